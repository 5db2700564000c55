/**
 * A second template set, written after the engine was tuned on templates.ts and run once
 * as-is to measure how far the engine generalises to phrasing it was not tuned on (see the README).
 * It adds look-alikes the first set lacks: UTR, IMEI (Luhn-valid 15 digits), OTP, PIN codes,
 * purchase orders and serial numbers, and capitalised decoys that are not names.
 */
import type { Domain } from './templates.ts';

export const HOLDOUT_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Forwarding to {FIRST} for approval. PO {~PO} raised on {~DATE}; Will do the follow-up from the Austin office.',
    'Spoke to Mrs. {NAME} yesterday, she wants a callback on {PHONE} after {~TIME}.',
    'CC: {NAME} <{EMAIL}>\nSubject: Renewal quote {~INVOICE}\nBill to: Orbit Analytics LLP, GST 18%.',
    'Owner - {NAME} | Stage: Negotiation | Value {~PRICE} | Next step: Mark as resolved once paid.',
    '{NAME}\'s account was merged. Old serial {~SERIAL} retired; device IMEI {~IMEI} re-registered.',
    'Note from {FIRST}: customer prefers Hindi, lives near Paris Road, Grace period granted till {~DATE}.',
  ],
  whatsapp: [
    'namaste {FIRST} ji 🙏 otp {~OTP} kisi ko share mat karna',
    'sent ₹ to {UPI}, utr {~UTR}. pls confirm {name}',
    'whatsapp me on {PHONE}, this is {name} from the Jordan showroom',
    'ok {name} 👍 delivery to pin {~PINCODE} tomorrow',
    'bhaiya order {~ORDER} abhi tak nahi aaya, {FIRST} here 😕',
    'gracias {FIRST}! mi correo es {EMAIL}',
    'dziękuję, {NAME}. Mój numer: {PHONE}',
  ],
  kyc: [
    'PAN card holder: {NAME_UP} | PAN: {PAN} | DOB {~DATE}',
    'Re-KYC: Aadhaar no. {AADHAAR} / mobile linked {PHONE} / name {NAME}.',
    'Supplier GSTIN {GSTIN} (legal name {NAME}); bank a/c IFSC {IFSC}.',
    'Passport {PASSPORT} issued to {NAME}, valid till {~DATE}.',
    'Payroll: {NAME}, NI number {NINO}, IBAN {IBAN}.',
    'Form W-7 for {NAME}, ITIN {ITIN}; SSN {SSN} belongs to the spouse.',
  ],
  refund: [
    'Refund {~PRICE} to the {CARD} card? The UTR {~UTR} shows the first attempt failed.',
    'Customer says IMEI {~IMEI} device was defective; refund via UPI {UPI}.',
    '{NAME} called from {PHONE} about a duplicate charge on card {CARD}.',
    'Refund for {name}: ticket {~TICKET}, order {~ORDER}, amount {~PRICE}.',
    'Reverse the charge for {NAME}. Her server IP {IP} was flagged during checkout.',
  ],
  lead: [
    'New signup {EMAIL} from {IP}; company size 51-200; Hope Street office.',
    'Lead {NAME} ({PHONE}) wants a {~ROOMS} near pin {~PINCODE}.',
    'Demo booked by {NAME} for {~DATE} {~TIME}; rep: {FIRST}.',
    'Inbound call from {PHONE}, caller did not leave a name, asked about {~QUANTITY}.',
    'Chase Bank referral: {NAME}, {EMAIL}. Budget {~PRICE}.',
    'Lead form: first name {FIRST}, email {EMAIL}, message "Mark me as interested, will Bill you later".',
  ],
};
