/**
 * Message templates: CRM notes, WhatsApp chats, KYC forms, refund requests, lead messages, in
 * English, Hinglish-style chat, Spanish and Polish. Slots: {NAME} full name, {FIRST} given name,
 * {name} lowercase name, {NAME_UP} upper-case name, {EMAIL}, {PHONE}, {CARD}, {IBAN}, {IP},
 * {SSN}, {ITIN}, {AADHAAR}, {PAN}, {GSTIN}, {UPI}, {IFSC}, {PASSPORT}, {NINO}; look-alikes as
 * {~KIND} (see lookalikes.ts). Pure decoys (capitalised words that are not names) are plain text.
 */
export type Domain = 'crm' | 'whatsapp' | 'kyc' | 'refund' | 'lead';

export const TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Call note: spoke with {NAME} ({PHONE}) about order {~ORDER}; follow up on {~DATE} at {~TIME}.',
    'Lead owner {NAME} updated the deal. Contact email {EMAIL}, phone {PHONE}. Quote total {~PRICE} for {~QUANTITY}.',
    'Mr. {NAME} asked to move the demo. Ticket {~TICKET} stays open. Will you confirm with the team?',
    'Account: Acme Retail Pvt Ltd. Billing contact {NAME}, {EMAIL}. Invoice {~INVOICE} of {~PRICE} is overdue.',
    'Assigned to {FIRST}. Customer {NAME} reported login issues from IP {IP} after the app update to {~VERSION}.',
    'Meeting with Dr. {NAME} on {~DATE}. Grace period for payment ends soon; Mark the task as done after the call.',
    'Customer name: {NAME}\nPhone: {PHONE}\nEmail: {EMAIL}\nNotes: prefers WhatsApp, order {~ORDER}.',
    'Escalation from {NAME} regarding SKU {~SKU}; replacement shipped, tracking {~TRACKING}.',
    'Dear {FIRST}, thank you for choosing Sunrise Realty. The {~ROOMS} flat in Tower B is available from {~DATE}.',
    'Hi {FIRST},\nYour request {~TICKET} is resolved. Reference UUID {~UUID}.\nRegards,\n{NAME}',
  ],
  whatsapp: [
    'hi {name} 👋 pls share ur upi id for the refund of {~PRICE}',
    'hey this is {FIRST} from Bright Homes 🏠 call me on {PHONE} when free',
    'ok sir, payment done to {UPI} ✅ order {~ORDER}',
    'my name is {name} and my number is {PHONE} 🙏',
    'hello {FIRST}! ur delivery is out today, awb {~TRACKING} 🚚',
    'bhai {name} ka number {PHONE} hai, order {~ORDER} ka status check karo',
    'thanks {FIRST} 😊 see you at {~TIME}',
    'can you ask {name} to send the invoice {~INVOICE} by {~DATE}',
    'hola {FIRST}, tu pedido {~ORDER} llega mañana. Escríbenos a {EMAIL} 📦',
    'cześć {FIRST}, zamówienie {~ORDER} jest w drodze, numer kontaktowy {PHONE}',
  ],
  kyc: [
    'KYC for {NAME_UP}: PAN {PAN}, Aadhaar {AADHAAR}, mobile {PHONE}.',
    'Applicant {NAME}, passport no. {PASSPORT}, GSTIN {GSTIN}, bank IFSC {IFSC}.',
    'Vendor onboarding: {NAME}, GST {GSTIN}, PAN {PAN}, payout IBAN {IBAN}.',
    'US contractor {NAME}: SSN {SSN}, email {EMAIL}. W-8 pending.',
    'Non-resident {NAME} filed with ITIN {ITIN}; phone {PHONE}.',
    'UK employee {NAME}, National Insurance number {NINO}, start date {~DATE}.',
    'Aadhaar {AADHAAR} verified for {NAME}. Old number {~VERHOEFF_INVALID_12} was rejected by UIDAI check.',
    'Nombre: {NAME}\nIBAN: {IBAN}\nTeléfono: {PHONE}',
    'Imię i nazwisko: {NAME}, IBAN {IBAN}, tel. {PHONE}',
  ],
  refund: [
    'Refund request from {NAME}: card {CARD} charged twice for order {~ORDER} ({~PRICE}).',
    'Please refund {~PRICE} to card ending in the number on file. The card number {~LUHN_INVALID_16} in the form is a typo; correct card is {CARD}.',
    'Customer {NAME} wants the refund to {UPI} instead of the original card. Ticket {~TICKET}.',
    'Chargeback on invoice {~INVOICE}; cardholder {NAME}, contact {EMAIL}.',
    'Refund of {~PRICE} approved by {NAME} for SKU {~SKU} on {~DATE}. Bank transfer IBAN {IBAN}.',
    'Hi team, {NAME} here. My refund for order {~ORDER} is still pending, call me at {PHONE}.',
  ],
  lead: [
    'New lead: {NAME}, {EMAIL}, {PHONE}, budget {~PRICE}, looking for a {~ROOMS} apartment.',
    'Lead from web form. Name: {NAME}. Company: Orbit Analytics. Message: "Interested in the {~VERSION} rollout."',
    'Inbound WhatsApp lead {name} ({PHONE}) asked for pricing on {~QUANTITY}.',
    'Route this lead to {FIRST}. Prospect {NAME} from Madrid, email {EMAIL}.',
    'Lead score 82 for {NAME}; visited pricing page from {IP} on {~DATE} at {~TIME}.',
    'Referral by {NAME} for {NAME}; both prefer email: {EMAIL}.',
    'Hope this helps! Summer offer ends {~DATE}. Contact Sales at {EMAIL} for the {~ROOMS} units.',
  ],
};
