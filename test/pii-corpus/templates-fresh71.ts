/**
 * Blind evaluation set 71: citizen services that businesses and agents handle on customers'
 * behalf in India, the US, the UK and Europe — visa and passport agents, tax-filing and
 * accounting practices, company-registration consultants, driving-licence and vehicle agents,
 * utility-connection and property-tax agents, immigration paralegals, benefits and pension
 * helpers. Intake notes, checklists, appointment confirmations, client chats, pasted portal
 * errors, fee receipts, power-of-attorney drafts and CSV trackers, with hard negatives (ARNs,
 * receipt and file numbers, form names, sections, fees, dates, buildings and schemes named after
 * people) next to the real PII. Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH71_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Intake note (visa desk, Andheri branch): client {NAME}, passport no. {PASSPORT}, mobile {PHONE}. Applying for UK Standard Visitor; VFS slot booked for {~DATE} at {~TIME}. Fee collected {~PRICE}, receipt {~INVOICE}. GWF ref to be added once the online form is submitted.',
    'Client: {NAME_REV}\nPractice ref: TX/24-25/0871\nService: ITR-2 filing, AY 2025-26 (LTCG on sale of {~ROOMS} flat)\nPAN: {PAN}\nAadhaar (linked): {AADHAAR}\nRefund bank IFSC: {IFSC}\nNotes: Form 16 from two employers; 26AS mismatch of {~PRICE} u/s 194A, follow up on {~DATE}.',
    'Called {NAME} re: Form I-130 for her husband. USCIS receipt IOE0923456781 received {~DATE}. Biometrics at the ASC near Lincoln Center on {~WEEKDAY} {~TIME}. Her SSN {SSN} was typed on the G-1145 by mistake, asked {FIRST} to re-sign a clean copy. — {NAME_INIT} (paralegal)',
    'Company formation — Pvt Ltd. Directors: (1) {NAME_UP}, DIN applied, PAN {PAN}; (2) {NAME}, NRI, passport {PASSPORT}. Name approved under RUN: "Sunrise Agritech Pvt Ltd". SPICe+ SRN T84521937, CIN expected in 7 working days. Govt fee {~PRICE}, our professional fee {~PRICE} + 18% GST.',
    'Self Assessment client {NAME} (NINO {NINO}) — SA100 + SA105 for 2024/25, UK property income. Online filing deadline 31 January. HMRC posted the agent authorisation code to the client; ask {FIRST} to read it out when we call on {PHONE}. Engagement letter ref {~REF_EU}.',
    'Vehicle desk: RC transfer (Form 29 + Form 30) from seller {NAME} to buyer {NAME}. Chassis no. last five 48213, hypothecation cleared. Seller mob {PHONE}. RTO slot {~DATE}, Vahan application no. {~ORDER}. Transfer fee {~PRICE}, smart card postal charges extra.',
    'Property tax (ward K-East): flat {~ROOMS}, {~STREET}. Owner as per Index II: {NAME_REV}; POA holder is her son {NAME}, {PHONE}, {EMAIL}. Arrears {~PRICE} incl. penalty under Section 152A; pay before {~DATE} to avoid 2% monthly interest.',
    'Relocation client {NAME} (Blue Card). Termin Bürgeramt Mitte {~DATE} um {~TIME} für die Anmeldung, then Ausländerbehörde. Docs: passport {PASSPORT}, Wohnungsgeberbestätigung, lease for {~ROOMS}. German mobile {PHONE_EU}, email {EMAIL}. Invoice {~INVOICE}.',
    'Pension helper visit: {NAME}, 74, widow of a retired railway employee. Jeevan Pramaan life certificate due in {~MONTH}; pension credited to SBI branch IFSC {IFSC}. Daughter {NAME} (mobile {PHONE}) will take her to the bank. Also check eligibility under the Indira Gandhi National Old Age Pension Scheme.',
    'SSA appointment prep for {NAME_REV}: SSN {SSN}; spouse {NAME}, SSN {SSN}. SSA-1 draft done; bring W-2s for the last 2 yrs and the DD-214. Field office in the Ronald Reagan Federal Building, {~TIME} on {~DATE}. Client phone {PHONE}.',
    'Expediente extranjería: {NAME_REV}, NIE/DNI {NIF}. Cita previa huellas TIE en la Comisaría, {~DATE} a las {~TIME}. Tasa modelo 790 código 012 ({~PRICE}) pagada. Tel. {PHONE_EU}. Ojo: el número {~NIF_INVALID} del EX-17 tiene la letra mal, corregir antes de la cita.',
    'client_id,name,service,portal_ref,status,contact\nC-1041,"{NAME_REV}",passport renewal (Tatkaal),{~ORDER},PSK appt {~DATE},{PHONE}\nC-1042,{NAME},OCI misc services,{~TICKET},docs pending,{EMAIL}\nC-1043,{NAME_UP},PCC,{~ORDER},police verification clear,{PHONE}',
    'Client pasted from GOV.UK: "Sorry, there is a problem with the service. Reference: {~UUID}". She tried 3 times from {IP}. Client: {NAME}, NI {NINO}. Advised to wait 24h and retry; logged as {~TICKET}.',
  ],
  whatsapp: [
    'hi sir this is {FIRST} from Shree Ganesh Passport Services 🙏 ur appointment at PSK Lower Parel is confirmed for {~DATE} {~TIME}. ARN no {~ORDER}. pls carry orignal adhar + 10th marksheet. any doubt call {PHONE}',
    'ma\'am {name} here, my pan and adhar not linking, portal says "PAN {PAN} is already linked with another Aadhaar" 😭 what to do?? late fee {~PRICE} already paid, challan UTR {~UTR}',
    'bhaiya mere papa ka naam {NAME} hai, unki pension 3 mahine se nahi aayi. passbook me IFSC {IFSC} hai. aap Nirman Bhawan wale office me follow up kar sakte ho? mera no. {PHONE}',
    'Hi {FIRST}! Quick update on your ITR: e-verified ✅ ack no. {~TRACKING}, refund of {~PRICE} expected in 4-5 weeks. Our fee {~PRICE} can go to {UPI}. Thanks! – {NAME_INIT}, CA',
    'ok so the DVLA site keeps saying "We cannot find a match for the details entered" 🙄 I put NI number {NINO} and postcode exactly. licence renewal is due {~DATE}. can u try from ur side? – {name}',
    'hola {FIRST}! soy {NAME} de Gestoría Alcalá. Tu cita para el empadronamiento es el {~DATE} a las {~TIME}. Trae pasaporte y contrato de alquiler. Cualquier cosa: {PHONE_EU} 📄',
    'dzień dobry, tu {FIRST} z biura rachunkowego. PIT-37 wysłany ✅ UPO nr {~ORDER}. Zwrot {~PRICE} pójdzie na konto {IBAN}. Pani {LAST} prosiła o kopię na maila {EMAIL_SPELT}',
    'reminder: biometrics tomorow {~TIME} at the JFK Federal Building, bring ur I-797C and passport {PASSPORT}. parking on {~STREET}. text me at {PHONE} if ur running late – {FIRST}',
    'Good evening {FIRST} ji, new electricity connection application no. {~ORDER} approved 👍 meter installation on {~WEEKDAY}. Security deposit {~PRICE} recieved, UTR {~UTR}. Lineman {name} will call from {PHONE}.',
    '{PHONE} se call aaya tha, bol raha tha "passport office se {NAME_INIT} bol raha hoon, police verification ke liye 500 bhejo". scam hai na? mera file no. {~ORDER} hai',
    'bonjour {FIRST}, votre rendez-vous à la préfecture pour le titre de séjour est confirmé le {~DATE} à {~TIME}. Merci d\'apporter 3 photos et le timbre fiscal de {~PRICE}. Contact : {EMAIL_SPELT} / {PHONE_EU}',
    'Hi, {NAME} here (son of {NAME}). dad\'s W-2 from the Lincoln Center job is missing, can the 1040 still go out before April 15? his ITIN is {ITIN}. my cell {PHONE}',
    'pasting the error from incometax portal: "Error E-4012: PAN {PAN} does not match the name {NAME_UP} as per ITD database. Request ID {~UUID}" – koi idea bhai? client {FIRST} is panicking, due date {~DATE}',
  ],
  kyc: [
    'DOCUMENT CHECKLIST — Passport re-issue (Normal)\nApplicant: {NAME_UP}\nOld passport no.: {PASSPORT}\nAadhaar: {AADHAAR}\nPAN (optional): {PAN}\nFather\'s name: {NAME}\nMother\'s name: {NAME}\n[ ] Annexure F  [ ] Self-declaration  [x] Fee {~PRICE} paid, ref {~INVOICE}',
    'GENERAL POWER OF ATTORNEY (draft v2)\nI, {NAME}, holding PAN {PAN} and Aadhaar {AADHAAR}, residing at {~STREET}, {~CITY}, do hereby appoint {NAME_UP} (Aadhaar {AADHAAR}) as my lawful attorney to appear before the Sub-Registrar and the Municipal Corporation in respect of property tax assessment and mutation of flat {~ROOMS}.\nExecuted on {~DATE} at Pune.',
    'Form W-7 pack for {NAME}: not SSN-eligible, ITIN {ITIN} expired after 3 years of non-use. Passport {PASSPORT} certified copy via CAA. Dependent: daughter {FIRST}. Mail to IRS Austin, ITIN Operation. Prep fee {~PRICE}.',
    'DIR-3 KYC (due 30 Sept)\nDirector: {NAME}\nPAN: {PAN}\nAadhaar: {AADHAAR}\nPersonal mobile (OTP): {PHONE}\nPersonal email: {EMAIL}\nCompany GSTIN: {GSTIN}\nOTP {~OTP} received on {~DATE} — do not share further.',
    'Karta pobytu — wniosek\nCudzoziemiec: {NAME_REV}\nPaszport: {PASSPORT}\nPESEL: {PESEL}\nTel.: {PHONE_EU}\nUrząd Wojewódzki, sprawa nr WSC-II-S.6151.12345.2024, opłata skarbowa {~PRICE}, termin {~DATE}.',
    'Alta autónomo (RETA): cliente {NAME}, DNI {NIF}, IBAN para domiciliación {IBAN}, correo {EMAIL}. Modelo 036 presentado el {~DATE}; cuota {~PRICE}/mes. Epígrafe IAE 843.9.',
    'US TAX ORGANIZER 2024\nTaxpayer: {NAME_REV}    SSN: {SSN}\nSpouse: {NAME}    ITIN: {ITIN}\nDependents: 1 (son, {FIRST})\nForms received: W-2 (2), 1099-INT, 1098-E\nEngagement fee {~PRICE}, invoice {~INVOICE}',
    'GST REG-01 for proprietor {NAME}: PAN {PAN}, Aadhaar authentication OTP on {PHONE}, principal place of business {~STREET}, PIN {~PINCODE}. ARN AA270524012345K generated {~DATE}. GSTIN {GSTIN} allotted — send certificate to {EMAIL}.',
    'DL renewal (Form 9): applicant {NAME}, S/o {NAME}, Aadhaar {AADHAAR}. Medical certificate Form 1-A signed by Dr. {NAME_INIT}, MBBS. Sarathi application no. {~ORDER}, slot {~DATE} {~TIME}. Fees {~PRICE}.',
    'OCI checklist for {NAME} (US citizen, ex-Indian passport {PASSPORT}): surrender certificate no. {~ORDER}, US passport copy, proof of address, parents\' Indian passports. Fee {~PRICE} + VFS charges {~PRICE}. Contact {PHONE}, {EMAIL}.',
    'MCA V3 error while filing INC-32 for {NAME}: "DIN/DPIN/PAN {PAN} not found. Please check and re-enter (Error code MCA-ERR-0412)". Retry after DIR-3 KYC; portal build {~VERSION}.',
    'Right to Rent check by letting agent: tenant {NAME}, NI no. {NINO}, share code sent by the tenant separately, eVisa valid until {~DATE}. Guarantor: {NAME_REV}, {PHONE}. Checked by {NAME_INIT}, {~JOB_TITLE}.',
  ],
  refund: [
    'FEE RECEIPT\nReceived from {NAME} the sum of {~PRICE} towards passport + PCC service charges, paid by card {CARD}. Receipt no. {~INVOICE} dated {~DATE}. Agency GSTIN {GSTIN}. This is a computer generated receipt.',
    'Refund request: client {NAME} withdrew the H-1B transfer. Paid {~PRICE} on card {CARD} on {~DATE}; the USCIS filing fee of $780 was never sent, so full refund. The card on the intake form ({~LUHN_INVALID_16}) is a typo, use the one above. Ticket {~TICKET}.',
    'hi, this is {name}. I paid twice for the vehicle registration renewal 😤 once via UPI to {UPI} and once by card, UTR {~UTR}. {~PRICE} each time. pls refund one to the same upi',
    'Erstattung: Herr {LAST} hat die Gebühr für die Steuererklärung doppelt überwiesen. Bitte {~PRICE} zurück auf {IBAN}. Rechnungsnr. {~INVOICE}, Kundennr. {~REF_EU}. Rückfragen an Frau {LAST} unter {PHONE_EU}.',
    'Reembolso pendiente para {NAME}: canceló la renovación de la tarjeta TIE. Importe {~PRICE}, a devolver al IBAN {IBAN}. Factura {~INVOICE} del {~DATE}.',
    'Dear {FIRST},\nWe have processed a refund of {~PRICE} for the Companies House incorporation you cancelled (our ref {~INVOICE}). The £50 government fee is non-refundable as the company number had already been allocated. Expect the money in 5-10 working days.\nKind regards,\n{NAME}\nClient Accounts, Sharma & Associates',
    'Chargeback dispute: cardholder {NAME_REV} disputes {~PRICE} billed by "QuickVisa Services". Evidence: signed engagement letter, e-mail from {EMAIL} confirming the DS-160 submission, login from IP {IP} on {~DATE} at {~TIME}.',
    'Property tax overpaid for {~ROOMS} unit: owner {NAME}; Aadhaar {~VERHOEFF_INVALID_12} was keyed in wrongly on the portal, correct one is {AADHAAR}. Refund {~PRICE} to the a/c with IFSC {IFSC}. Rajiv Gandhi Bhavan ward office ref {~TICKET}.',
  ],
  lead: [
    'New enquiry via website: {NAME}, {EMAIL}, {PHONE}. Wants help with Schengen visa (France) for a family of 4, travel in {~MONTH}. Budget {~PRICE}. Met us at the expo in Pragati Maidan.',
    'Lead (WhatsApp): "hi my name is {name}, need new gas connection + property tax name change for my late father {NAME}\'s flat in {~CITY}. call after 6pm {PHONE}"',
    'Referral from {NAME_INIT} (existing client): his brother-in-law {NAME} needs a Delaware LLC + EIN, and an ITIN for himself. Reach him at {EMAIL_SPELT} or {PHONE}. Quote sent: {~PRICE}.',
    'Web form — First name: {FIRST} | Last name: {LAST} | Email: {EMAIL} | Phone: {PHONE} | Service: sole trader + VAT registration | Message: "do i need a UTR before i register for VAT? started trading {~DATE}"',
    'Walk-in at Shastri Bhawan helpdesk: {NAME_UP}, wants Atal Pension Yojana enrolment + Ayushman card for parents. Mobile {PHONE}. Token {~TICKET}, asked to come back {~WEEKDAY}.',
    'Lead from Google Ads (campaign "ITR filing 2025"): {name} / {PHONE}. Salaried, Form 16 + rental income, needs ITR-2 before 31 July. Landing page hit from {IP}.',
    'Inbound call — {NAME} from {~CITY}: "I\'m calling for my mother, {NAME}, she needs her Social Security card replaced and help with Medicare Part B." Callback {PHONE}. Assigned to {FIRST}.',
    'Nowy klient: {NAME}, PESEL {PESEL}, e-mail {EMAIL}. Potrzebuje pomocy z zameldowaniem i wnioskiem o Rodzina 800 plus. Kontakt tel. {PHONE_EU} po {~TIME}.',
    'Prospect : Mme {LAST} cherche un accompagnement pour sa déclaration de revenus (formulaire 2042) et son dossier CAF. Joignable au {PHONE_EU}, courriel {EMAIL}. Rappel prévu le {~DATE}.',
    'From: {EMAIL}\nSubject: company registration Ireland\nHi, I\'m {NAME}, director of a Polish sp. z o.o. We want a branch office in Dublin and a PPSN for me. My PESEL is {PESEL} if needed. Can we talk on {~WEEKDAY}? {PHONE}\nBest,\n{FIRST}',
  ],
};
