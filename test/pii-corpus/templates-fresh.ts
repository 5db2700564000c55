/**
 * Fresh held-out set, written blind on 2026-11-27 and run once: its author read only
 * test/pii-corpus/*.ts and the three seed businesses (/work/shared/seeds/), not the engine
 * (src/core/redact/**) nor its README or tests, and did not run the engine on a draft. The figures
 * of that one run are in fresh-first-run.txt. (The author did see the repository's recent commit
 * subjects in `git log`, which name a few forms the engine had just learnt.)
 *
 * It is what customers of a CRM, a WhatsApp commerce inbox and a lead-automation tool in India, the
 * US and Europe type: CRM notes, e-mail signatures, exports, meeting moves, WhatsApp chats in
 * English, Hinglish, Spanish, Polish, Italian and Portuguese, KYC forms, refunds and leads. It adds
 * forms the older sets lack: e-mail addresses spelt to dodge scrapers ({EMAIL_SPELT}), names with
 * initials ({NAME_INIT}), a family name alone after a title ({LAST}), names as exports write them
 * ({NAME_REV}: "Kumar, Ravi", "KOWALSKI Jan"), names right before or after a phone number, names in
 * lists and sign-offs, Title Case lines and lowercase chat. Hard negatives are plain text: brands
 * named like people (Allen Solly, Louis Philippe, Raymond, Zara, Mercedes-Benz), places and streets
 * named after people (Indira Nagar, Nehru Place, al. Jana Pawła II, Via Giuseppe Garibaldi,
 * Karl-Marx-Straße), festivals, job titles, company names and a company CIN, beside look-alikes.
 */
import type { Domain } from './templates.ts';

export const FRESH_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Call back {NAME_INIT} re: renewal of the Gold plan ({~PRICE}/yr). Prefers calls after {~TIME}, desk {PHONE}.',
    'Met {NAME} and {NAME} at the Allentics booth, Hall 3. Both want a demo of the WhatsApp inbox; {FIRST} signs the PO.',
    'Follow Up Call With {NAME} Re: Q3 Renewal For Sunrise Realty',
    'Attendees: {NAME}, {NAME_INIT}, {FIRST} (Head of Partnerships) and me. Agenda: pricing for {~QUANTITY}, SLA, onboarding by {~DATE}.',
    'Best regards,\n{NAME}\nRegional Sales Manager | ASRSBot Technology\nM: {PHONE} | E: {EMAIL}\nMIG-49, Barra-6, Kanpur 208027',
    'Contact (export): {NAME_REV} | {EMAIL} | {PHONE} | Stage: Proposal Sent | Owner: {FIRST}',
    'Frau {LAST} bittet um Rückruf unter {PHONE_EU}, Angebot {~REF_EU} läuft am {~DATE} ab. Ansprechpartnerin bei uns: {NAME}.',
    'Dhr. {NAME_INIT} heeft gebeld over factuur {~INVOICE}; graag terugbellen op {PHONE_EU}.',
    'Mme {LAST} souhaite déplacer le rendez-vous du {~DATE} à {~TIME}. Son adresse: {EMAIL_SPELT}.',
    'Note: customer {name} asked to stop WhatsApp campaigns (opt-out on {~DATE}). Also unsubscribed {EMAIL_SPELT}.',
    'Reschedule: {NAME} can do {~WEEKDAY} {~TIME} instead. Invite {EMAIL} and cc {FIRST} from Customer Success.',
    'Duplicate contacts merged: "{NAME}" and "{NAME_UP}" ({PHONE}) are the same person. Kept ID {~UUID}.',
    'Sig. {NAME} ha chiesto il preventivo per {~QUANTITY}; cellulare {PHONE_EU}. Sede: Via Giuseppe Garibaldi 12, Torino.',
    'Fleet deal: 12 Mercedes-Benz Sprinter vans for Zara Logistics; contact {NAME}, {PHONE}. Delivery at the Nehru Place warehouse in {~MONTH}.',
  ],
  whatsapp: [
    'my email is {EMAIL_SPELT} pls send the brochure 🙏',
    'sir mera email {EMAIL_SPELT} hai, invoice wahan bhej do. order {~ORDER}',
    'ok noted. {PHONE} {FIRST} – call after 6',
    'pls save my no {PHONE} - {name}',
    '{FIRST} {PHONE} will collect the parcel, awb {~TRACKING}',
    'thank u so much for the quick refund 😊\nregards\n{name}',
    'bhai ye 3 log aayenge site visit pe:\n{name} {PHONE}\n{name} {PHONE}\n{NAME} {PHONE}',
    'hola! soy {FIRST} {LAST}, me pasas el enlace de pago? mi correo es {EMAIL_SPELT} 😊',
    'dzień dobry, tu {NAME}. proszę o fakturę na maila {EMAIL_SPELT}, zamówienie {~ORDER}',
    'Rose Gold wala {~PRODUCT} available hai kya? size M. {FIRST} here from Lajpat Nagar',
    'is the Allen Solly shirt still on offer? delivery to {~PINCODE} before Diwali? - {name}',
    'good morning ji 🙏 Laxmi Puja ke liye 2 boxes chahiye, payment {UPI} se karunga. {FIRST}',
    'hey! met ur colleague {FIRST} at the Pune expo, she said to ping u. im {NAME}, i run a small bakery 🍰',
    'ciao, sono {FIRST}, scrivimi a {EMAIL_SPELT} per la fattura {~REF_EU}',
    'oi {FIRST}! o meu número novo é {PHONE_EU}, guarda aí 🙂',
  ],
  kyc: [
    'Name as per PAN: {NAME_UP}\nFather\'s Name: {NAME_UP}\nPAN: {PAN}\nDOB: {~DATE}\nMobile: {PHONE}',
    'KYC docs for Shree Ganesh Traders (proprietor {NAME}): GSTIN {GSTIN}, Aadhaar {AADHAAR}, cancelled cheque IFSC {IFSC}.',
    'Company: ASRSBot Technology, CIN U72500UP2019OPC118905. Authorised signatory {NAME_INIT}, PAN {PAN}.',
    'Titular de la cuenta: {NAME_REV}\nNIF: {NIF}\nIBAN: {IBAN}\nOficina: Calle de Alcalá 45, Madrid',
    'Weryfikacja klienta: {NAME}, PESEL {PESEL}, dowód sprawdzony {~DATE}. Adres biura: al. Jana Pawła II 27, Warszawa.',
    'W-9 received from {NAME_INIT} (sole proprietor), SSN {SSN}. Our office: 1 Lincoln Plaza, New York.',
    'Passport {PASSPORT} ({NAME_UP}) scanned; expiry {~DATE}. Nominee: Smt. {NAME}, relation: mother.',
    'Re-verify {LAST}, {FIRST}: Aadhaar {AADHAAR} does not match mobile {PHONE}. Old Aadhaar {~VERHOEFF_INVALID_12} rejected.',
    'Dear {NAME}, your KYC is pending. Please upload the PAN card (PAN {PAN}) before {~DATE}. – Team WACRM',
  ],
  refund: [
    'refund nahi aaya abhi tak 😡 UTR {~UTR}, amount {~PRICE}. my upi {UPI}. - {name}',
    'Refund request {~TICKET}: {NAME_REV} was charged {~PRICE} twice on card {CARD}. IMEI of the returned phone {~IMEI}.',
    'Hi, I returned the Louis Philippe blazer (order {~ORDER}) on {~DATE}. Please refund to card {CARD}. Thanks, {NAME}',
    'Devolución: {NAME} devolvió el pedido {~ORDER}. Reembolsar {~PRICE} al IBAN {IBAN}. Contacto: {EMAIL_SPELT}',
    'Zwrot dla {NAME} za zamówienie {~ORDER}, kwota {~PRICE}. Kontakt: {PHONE_EU}. Kurier InPost, nr przesyłki {~TRACKING}.',
    'Customer {FIRST} {LAST} disputes the charge on invoice {~INVOICE}; card {~LUHN_INVALID_16} on the form is wrong, actual card {CARD}. Approver: {NAME_INIT}',
    'Refund Approved For {NAME} - Order {~ORDER} - {~PRICE} - Processed By Finance Team',
    'Remboursement de {~PRICE} pour {NAME}, commande {~ORDER}. IBAN {IBAN}. Merci de confirmer à {EMAIL}.',
  ],
  lead: [
    'New lead via Facebook ad "Summer Sale 2026":\nName: {name}\nPhone: {PHONE}\nCity: {~CITY}\nBudget: {~PRICE}',
    'Lead from IndiaMART: {NAME_UP} ({PHONE}) needs {~QUANTITY} of {~PRODUCT}, delivery to {~PINCODE}.',
    'Leads to call today: 1) {NAME} {PHONE} 2) {NAME_INIT} {PHONE} 3) {FIRST} (no number, email {EMAIL_SPELT})',
    'Web form: first name "{FIRST}", last name "{LAST}", company "Raymond Textiles", role {~JOB_TITLE}, email {EMAIL}',
    'Hi, I am {NAME} from Tata Consultancy Services, looking for a CRM for 40 agents. Reach me at {EMAIL_SPELT} or {PHONE}.',
    'Interesado: {NAME}, de Santa Cruz de Tenerife, quiere {~ROOMS} cerca de la playa. Tel {PHONE_EU}.',
    'Nowy lead: {NAME}, firma z Krakowa, tel. {PHONE_EU}, mail {EMAIL_SPELT}. Spotkanie {~WEEKDAY} o {~TIME}.',
    'Neuer Lead: {NAME} (Geschäftsführer), Firmensitz Karl-Marx-Straße 10, Berlin. Telefon {PHONE_EU}, E-Mail {EMAIL}.',
    'Lead assigned to {FIRST} (Account Executive, Austin). Prospect {NAME_INIT} opened the pricing email 3 times; last open from IP {IP}.',
    '{NAME} <{EMAIL}> wrote: "Can we do a call on {~WEEKDAY}? My assistant {FIRST} will send the invite."',
    'referral from {name} — his cousin {NAME} wants the 2 BHK in Indira Nagar, call {PHONE}',
  ],
};
