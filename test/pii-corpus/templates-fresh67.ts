/**
 * Blind evaluation set 67: consumer and small-business lending, EMI and BNPL, and debt collection
 * in India, the US, the UK and Europe. Loan applications and underwriting summaries, EMI and
 * instalment reminders by SMS and WhatsApp, collection call notes and field-visit reports,
 * promise-to-pay logs, settlement offers, NACH/ACH/SEPA mandate failures, guarantors and
 * co-applicants, skip-tracing notes, hardship requests, credit-bureau disputes and CSV exports of
 * overdue accounts. Hard negatives sit next to the real PII: loan account numbers, EMI amounts,
 * DPD counts, UTRs, UMRNs and mandate references, ticket and case IDs, rates, dates and lenders or
 * streets named after people. Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH67_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    "Call note {~DATE} {~TIME} - borrower {NAME} picked up on 2nd attempt ({PHONE}). LAN TCFPL0418873, 45 DPD, EMI ₹6,420 x 2 overdue + bounce charges ₹590. Customer says salary delayed, PTP {~DATE} for {~PRICE}. Tone cooperative. Next action: reminder call 1 day before PTP.",
    "Field visit report\nAgent: {NAME}\nCustomer: {NAME_REV}\nAddress visited: H.No 14, {~STREET}, near Subhash Chowk, {~CITY} {~PINCODE}\nMet: wife of customer (customer at work). She gave alt no. {PHONE} and said he will call back by {~WEEKDAY}.\nBucket: 61-90, POS ₹1,84,220. Photo + geo-tag uploaded, visit id {~TICKET}.",
    "Skip trace - acct ending 7781 (Bajaj Finserv consumer durable, {~PRODUCT}, IMEI {~IMEI}). Primary no. switched off since {~DATE}. Found alt numbers from reference list: brother {FIRST} {PHONE}, employer HR desk {PHONE}. Do NOT call after 7 pm per RBI fair practices code.",
    "PTP log | {NAME_INIT} | promised {~PRICE} on {~DATE} via UPI {UPI} | PTP kept? N | broken PTP count 3 | escalate to TL {FIRST}",
    "US collections - Reg F note. Consumer {NAME} (SSN {SSN} verified for identity only) requested calls only after 6 pm ET at {PHONE}. Validation notice mailed {~DATE}. Balance $3,412.18, charge-off 2024-02-29, account #CO-88412. 7-in-7 call cap: 4 used.",
    "UK arrears call: spoke with Mrs {LAST} re instalment plan ref {~REF_EU}. She is on Universal Credit; I&E completed, disposable income £42/month, offered £15/month token payment. Breathing Space not requested. Confirmation emailed to {EMAIL}. Agent {NAME}, {~TIME}.",
    "Underwriting summary - SME working capital\nApplicant: {NAME_UP}, prop. of Shree Ganesh Traders, GSTIN {GSTIN}\nPAN {PAN}\nCIBIL 742, CMR-4, ABB ₹3,10,000 over 12 months, FOIR 48%\nSanction ₹15,00,000 @ 16.5% p.a., tenure 36 months, PF 2% + GST\nCo-applicant: {NAME} (spouse), mob {PHONE}\nRecommendation: approve with NACH on HDFC a/c, IFSC {IFSC}.",
    "Nota de cobro: hablé con {NAME} ({PHONE_EU}), préstamo personal nº {~REF_EU}, 3 cuotas impagadas de {~PRICE}. Ofrece pagar el día {~DATE}. La dirección de Calle Goya 27 ya no es su domicilio; nuevo correo {EMAIL_SPELT}.",
    "Notatka windykacyjna: dłużnik {NAME}, PESEL {PESEL}, tel. {PHONE_EU}. Zaległość 2 raty (po {~PRICE}), 38 dni po terminie. Obiecał wpłatę do {~DATE}. Adres ul. Jana Pawła II 14 nieaktualny, sprawa {~TICKET}.",
    "Inkasso-Notiz {~DATE}: Herr {LAST} hat Rate Nr. 7 ({~PRICE}) nicht bezahlt, Lastschrift zurück (AM04). Rückruf unter {PHONE_EU} erbeten, Goethestraße ist die alte Adresse. Vorgang {~TICKET}.",
    "disposition: RTP (refused to pay). cust {name} says loan was taken by her ex-husband not her, asked for docs. email on file {EMAIL}. raised dispute {~TICKET}, stop calls 15 days. LAN LP/0722/99813, 92 DPD, total due ₹48,930",
    "Portfolio handover: {NAME} -> {NAME}. 212 accounts, 30+ DPD 7.8%, roll-forward 2.1%. Key account: Lakshmi Steel Traders (guarantor {NAME}, {PHONE}), CC limit ₹40 L renewed till {~DATE}. Review on {~WEEKDAY} at {~TIME}.",
    "Settlement approved: {NAME_REV}, LAN KKBK-PL-5567120. Outstanding ₹2,46,880; OTS at 55% = ₹1,35,784 in 3 tranches by {~DATE}. NOC to be mailed to {EMAIL} after closure. Approver: {NAME_INIT}, Collections Head. Explained CIBIL will show 'Settled' not 'Closed'.",
    "Tele-calling outcome: this is {FIRST} from Muthoot Finance calling for {NAME} regarding gold loan {~ORDER}. Interest due ₹3,215 at 12% p.a., auction notice on {~DATE}. Customer's son {FIRST} answered, gave his own number {PHONE}.",
  ],
  whatsapp: [
    "Dear {FIRST}, your EMI of Rs. 4,850 for Loan A/c XXXX4471 is due on 5th {~MONTH}. Pls keep sufficient balance in the a/c linked to NACH (UMRN HDFC7021107230012345). Ignore if paid. - Tata Capital",
    "hi {name} ji, aapka EMI ₹3,299 pending hai (12 DPD). aaj pay kar do warna bounce charge ₹500 + penal 2% lagega. link: pay.lendr.in/r/8GQ2X . help ke liye {PHONE} pe call karo",
    "sir main {FIRST} bol raha hu field executive, kal {~TIME} aapke ghar aaunga MG Road wale address pe. aapke papa ne bola aap {PHONE} pe milenge",
    "hey {FIRST}! 👋 your Simpl bill of ₹1,742 is due {~DATE}. Pay-in-3 split available 🙂 last txn ref {~UTR}",
    "ok done sir, paid ₹6,420 UTR {~UTR} from {UPI}. pls update, mera CIBIL kharab mat karna 🙏 - {name}",
    "Reminder: your Klarna payment 2 of 4 (€37.49) failed on {~DATE}. We'll retry in 3 days. Questions? Reply here or write to {EMAIL}. Order {~ORDER}.",
    "bro {name} ke loan ka guarantor main hu kya?? recovery wale 3 din se {PHONE} se call kar rahe hai. mera number {PHONE} hai, usko bolo settle kare yaar",
    "Hola {FIRST}, recordatorio: tu cuota 5/12 de {~PRICE} vence el {~DATE}. Si ya pagaste, ignora este mensaje. Dudas: {PHONE_EU} (L-V 9:00-18:00).",
    "Dzień dobry {FIRST}, rata {~PRICE} za {~MONTH} nie wpłynęła. Prosimy o kontakt: {PHONE_EU} lub {EMAIL}. Nr umowy {~REF_EU}.",
    "Bonjour {FIRST}, votre prélèvement SEPA de 89,90 € (mandat RUM ONEY-22-48810) a été rejeté (motif AM04). Merci de régulariser avant le {~DATE}. Service recouvrement : {PHONE_EU}",
    "this is {NAME} from Afterpay support. the $48.75 late fee on order {~ORDER} has been waived. your next instalment is due {~DATE}. reply STOP to opt out",
    "[{~TIME}] Agent: hello, am i speaking with {FIRST}?\n[{~TIME}] Customer: no this is his wife. he is not home, call {PHONE} after 8\n[{~TIME}] Agent: thank you maam, pls tell him 2 EMIs pending, 62 DPD",
    "{FIRST} sir my salary comes on 7th, will pay both EMIs ₹9,700 then. pls dont call my office no. {PHONE} its embarassing 😔",
  ],
  kyc: [
    "Loan application - PL\nApplicant: {NAME}\nAge: 34\nPAN: {PAN}\nAadhaar: {AADHAAR} (earlier entry {~VERHOEFF_INVALID_12} failed checksum)\nEmployer: Infosys, {~JOB_TITLE}, net salary ₹92,400\nMobile: {PHONE}\nEmail: {EMAIL}\nLoan amt ₹5,00,000, tenure 48m, ROI 13.25%",
    "Co-applicant details\nName: {NAME_UP}\nRelation: mother\nPAN {PAN}\nMobile {PHONE}\nGuarantor: {NAME} ({FIRST}'s uncle), PAN {PAN}, Aadhaar {AADHAAR}\nNACH mandate: IFSC {IFSC}, UMRN pending, max amount ₹25,000 monthly",
    "SBA 7(a) intake: owner {NAME}, SSN {SSN}; co-owner {NAME} files with ITIN {ITIN}. Requested $150,000 at Prime + 2.75%, 10 yr term. Business address 1200 Martin Luther King Jr Blvd, Suite 4. Contact {EMAIL}, {PHONE}.",
    "UK loan application: {NAME_REV}, NI number {NINO}, mobile {PHONE}. Affordability: net income £2,310/month, rent £950. Requested £7,500 over 48 months, representative APR 12.9%. Lloyds current account. Ref {~TICKET}.",
    "Solicitud de préstamo: {NAME}, DNI {NIF} (el {~NIF_INVALID} del formulario anterior tenía la letra mal), IBAN {IBAN}, móvil {PHONE_EU}. Importe 6.000 €, 24 meses, TAE 9,95%.",
    "Wniosek kredytowy: {NAME}, PESEL {PESEL}, tel. {PHONE_EU}, e-mail {EMAIL_SPELT}, rachunek {IBAN}. Kwota 20 000 zł, 36 rat, RRSO 18,4%. Wniosek {~REF_EU}.",
    "Video KYC log {~DATE} {~TIME}: customer {NAME} showed passport {PASSPORT} and PAN card {PAN}. Liveness pass, IP {IP}, device {~SERIAL}. Agent {NAME_INIT}. Session {~UUID}.",
    "eNACH registration failed\nCustomer: {NAME}\nBank: Punjab National Bank, IFSC {IFSC}\nReason: Account holder name mismatch (name as per bank: {NAME_UP})\nUMRN: not generated\nRetry link sent to {PHONE} and {EMAIL}",
    "SEPA-Lastschriftmandat: Kontoinhaber {NAME}, IBAN {IBAN}, Mandatsreferenz RV-2024-118842, Gläubiger-ID DE98ZZZ09999999999. Ratenkredit 12.000 €, 60 Monate, effektiver Jahreszins 6,9%.",
  ],
  refund: [
    "Mandate bounce report {~DATE}\nLAN | Customer | EMI | Reason | UTR\nMF-TW-88120 | {NAME_REV} | ₹2,150 | Insufficient funds | {~UTR}\nMF-TW-88134 | {NAME_REV} | ₹3,480 | Account closed | {~UTR}\nNext presentation {~DATE}; bounce charge ₹590 incl GST.",
    "Refund request: customer {NAME} paid EMI twice (₹7,200 via NACH + ₹7,200 via UPI {UPI}). Excess to be refunded to a/c with IFSC {IFSC} within 7 working days. Ticket {~TICKET}.",
    "Hardship request - {NAME} ({EMAIL}) lost job on {~DATE}; requests 3-month moratorium on home loan HL/2023/004512, EMI ₹38,900 @ 8.75%. Docs recieved: termination letter, 6 months bank stmt. Restructuring committee on {~WEEKDAY}.",
    "ACH return R01 (insufficient funds) on loan #SL-400918, amount $412.66, consumer {NAME}. Charge card on file {CARD} instead per consent dated {~DATE}. Do NOT re-present ACH more than twice (Nacha rule).",
    "Credit bureau dispute: consumer {NAME}, SSN {SSN}, disputes a 90-day late reported to Experian/Equifax/TransUnion for Jan 2024 on account ending 0192. Payment confirmation {~UTR} shows paid on {~DATE}. FCRA 30-day clock. Case {~TICKET}.",
    "CIBIL dispute ID {~TICKET}: {NAME_UP} (PAN {PAN}) says the Bajaj Finance loan showing Written Off ₹18,400 is not hers. Asked her to email the FIR copy from {EMAIL}. Resolution TAT 30 days.",
    "Settlement offer letter\nDear {NAME_INIT},\nWe are prepared to accept £1,250.00 in full and final settlement of your balance of £2,980.42 (account {~REF_EU}). This offer expires on {~DATE}. Pay by card or transfer to IBAN {IBAN}.\nYours sincerely,\n{NAME}\nRecoveries Team",
    "Oferta de quita: {NAME} acepta pagar el 60% (1.420,00 €) de la deuda en 2 plazos. Recibo SEPA devuelto MD06 el {~DATE}. Devolver 35 € de comisión al IBAN {IBAN}. Expediente {~TICKET}.",
    "Chargeback on BNPL order {~ORDER} ({~PRICE}) - card {CARD} (the {~LUHN_INVALID_16} in the dispute form is mistyped). Cardholder {NAME}, IP {IP} at checkout. Affirm ref {~UUID}.",
  ],
  lead: [
    "New loan lead (website): {NAME}, {PHONE}, {EMAIL}. Product: two-wheeler loan, on-road price ₹1,12,000, down payment 20%. City {~CITY}, pincode {~PINCODE}. Source: Google Ads, utm_campaign=diwali_emi.",
    "lead via whatsapp: {name} wants business loan 10 lakh for his kirana store on Nehru Road, GST {GSTIN}, turnover approx 60L. callback {PHONE} after {~TIME}",
    "overdue_accounts_20240315.csv\nloan_id,name,mobile,email,dpd,overdue_amt\nPL884120,\"{NAME_REV}\",{PHONE},{EMAIL},45,6420.00\nPL884157,{NAME},{PHONE},{EMAIL},91,18230.50\nPL884203,{NAME_UP},{PHONE},,12,2150.00",
    "BNPL pre-approval: {FIRST}, you're pre-approved for a ₹60,000 Pay Later limit at 0% for 30 days! Complete KYC by {~DATE}. OTP {~OTP} valid 10 min. Not you? Call {PHONE}.",
    "Referral: {NAME} referred his colleague {NAME} for a car loan (Maruti Swift, ex-showroom ₹6.49 L). Both work at Wells Fargo's Hyderabad office. Colleague's contact: {EMAIL_SPELT} / {PHONE}.",
    "Consolidation loan enquiry (UK): {NAME}, {PHONE}, wants to clear 3 credit cards (balances £4,200, £1,850, £760) at ~24.9% APR. Asked about Barclays vs Santander rates. Prefers email: {EMAIL}.",
    "Lead: Kredit für Photovoltaik, {NAME}, Karl-Marx-Straße 12, Tel. {PHONE_EU}, E-Mail {EMAIL}. Wunsch 18.000 € über 84 Monate. Rückruf {~WEEKDAY} {~TIME}.",
    "Prospect {NAME} ({~JOB_TITLE} at Mahindra Logistics) asked for a top-up on existing LAN 0003491275; current EMI ₹12,480, 22 of 60 paid, 0 DPD in last 12 months. Reach on {PHONE}, email {EMAIL}.",
    "Prêt personnel - demande de {NAME} ({EMAIL_SPELT}), tél. {PHONE_EU}. Montant 8 000 €, 36 mois, TAEG 5,9 %. Habite avenue Jean Jaurès, Lyon. Dossier {~REF_EU}.",
  ],
};
