/**
 * Thirtieth blind held-out template set: public-sector-adjacent and non-profit work done through
 * CRMs — NGOs and donor management, churches, temples and mosques taking event registrations,
 * municipal service desks (water, electricity, property tax), schools writing to parents, blood banks
 * and volunteer drives — in India, the US and Europe. Donation receipts (80G, Gift Aid), volunteer
 * sign-ups, complaint tickets, grievance escalations, bill disputes and refunds, beneficiary KYC for
 * aid disbursement, WhatsApp broadcasts and replies, form submissions, CRM exports (CSV, JSON,
 * key: value, tab-separated), meeting minutes with attendee lists and automated routing to field
 * officers. Mostly English, with some Hinglish, Bengali and Tamil words in Latin script, Spanish,
 * Polish, German, French, Italian, Portuguese and Dutch. Phone numbers come labelled and unlabelled,
 * after names, in brackets, after slashes, pipes and colons, as alternates, in signatures and in
 * table rows; names come full, first-only, lower- and upper-case, initialled, as surnames after
 * titles (Shri, Smt., Fr., Rev., Sra., Pani, Herr, Frau, Mme …) and reversed, often several per
 * message. Hard negatives are plain text or look-alike slots: institutions named after people
 * (St. Mary's Church, Gandhi Ashram, Ramakrishna Mission, Nehru Yuva Kendra, Red Cross, Salvation
 * Army), festivals (Durga Puja, Christmas Eve, Eid), ward and zone numbers, consumer and meter
 * numbers, amounts, receipt numbers, dates, times and pincodes, placed next to real PII.
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH30_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Donor record updated by {FIRST}: {NAME} ({PHONE}) pledged {~PRICE} for the Durga Puja food drive at Ramakrishna Mission, Ward 14. 80G receipt {~INVOICE} to go out on {~DATE}.',
    'Grievance escalation — Water Supply, Zone 3. Complainant: Smt. {LAST}, consumer no. {~TRACKING}, meter {~SERIAL}. Ward officer {NAME_INIT} / {PHONE}. SLA breached at {~TIME}; forward to the Executive Engineer.',
    'Minutes – volunteer committee, St. Mary\'s Church hall, {~DATE}\nPresent: Fr. {LAST}, {NAME}, {NAME}, {NAME_INIT}, Sr. {LAST}\nApologies: {FIRST}\nAction: {FIRST} to call the Red Cross blood bank before {~WEEKDAY}; volunteer coordinator mobile {PHONE}.',
    'donor_id,name,phone,email,amount,receipt\n{~ORDER},"{NAME_REV}",{PHONE},{EMAIL},"{~PRICE}",{~INVOICE}\n{~ORDER},"{NAME}",{PHONE_EU},{EMAIL},"{~PRICE}",{~INVOICE}\n{~ORDER},"{NAME_UP}",{PHONE},,"{~PRICE}",{~INVOICE}',
    '{"ticket":"{~TICKET}","dept":"Property Tax","ward":"W-22","citizen":"{NAME}","mobile":"{PHONE}","alt_contact":"{PHONE}","assessment_no":"{~REF_EU}","assigned_to":"{NAME_INIT}","status":"escalated"}',
    'Beneficiary: {NAME_UP}\nFather/Husband: Shri {NAME}\nVillage: Rampur, Block 2\nPincode: {~PINCODE}\nMobile: {PHONE}\nField officer: {FIRST} ({PHONE})\nScheme: Nehru Yuva Kendra skills camp, batch {~SKU}',
    'Name\tRole\tPhone\tShift\n{NAME}\tvolunteer coordinator\t{PHONE}\t{~TIME}\n{NAME_REV}\tfirst aid\t{PHONE_EU}\t{~TIME}\n{name}\tdriver\t{PHONE}\t{~TIME}',
    'Spendenquittung {~INVOICE} für Herrn {LAST} über {~PRICE}, erstellt am {~DATE}. Rückfragen bitte an Frau {NAME}, Tel. {PHONE_EU}, Caritas-Büro {~CITY}.',
    'Gift Aid declaration received from Mrs {NAME} on {~DATE} — NI {NINO} was written on the paper form by mistake, please strike it. Donation {~PRICE} to the Salvation Army Christmas Eve appeal; thank-you call from {FIRST} on {PHONE}.',
    'Auto-routing rule fired: complaint {~TICKET} (Electricity, Zone 7, pole {~SKU}) → field officer {NAME} | {PHONE}. CC junior engineer {NAME_INIT}, {EMAIL}. Customer {name} reachable after {~TIME}.',
    'Parent communication log, Class 7B: spoke to Mrs. {LAST} (mother of {FIRST}) on {PHONE}; father {NAME} prefers email {EMAIL}. PTM on {~WEEKDAY} at {~TIME}, fee receipt {~INVOICE} sent.',
    'Blood donation camp — Gandhi Ashram, {~DATE}. Donors: {NAME} (O+, {PHONE}), {NAME_INIT} (B+), {NAME_UP} (A-, {PHONE}). Emergency contact for the camp: Dr. {LAST} {PHONE}. {~QUANTITY} collected.',
    'Ficha de voluntaria: Sra. {LAST}, teléfono {PHONE_EU}, correo {EMAIL}. Disponible los {~WEEKDAY} para el reparto de Cáritas en {~CITY}. Contacto de emergencia: {NAME} ({PHONE_EU}).',
    'Notatka: Pani {LAST} zgłosiła awarię wodomierza {~SERIAL} (ul. {~STREET}). Oddzwonić na {PHONE_EU}. Sprawę przejmuje Pan {NAME}, tel. wewn. 214.',
    'Compte rendu — Secours populaire, antenne de {~CITY}. Présents : Mme {LAST}, M. {NAME}, {NAME_INIT}. Mme {LAST} rappellera la donatrice {NAME} au {PHONE_EU} avant le {~DATE}.',
    'Eid ul-Fitr registration list (masjid committee): {NAME} +3 guests, {NAME} +1, {NAME_REV} — {PHONE}. Zakat receipt {~INVOICE} issued for {~PRICE}. Coordinator: Br. {FIRST}, {PHONE}.',
    'Temple event desk: Diwali volunteer sign-ups closed at {~TIME}. Lead volunteer {NAME} — cell {PHONE} / alt {PHONE}. Parking team: {FIRST}, {FIRST}, {name}. Hall booked until {~DATE}.',
    'Verbale riunione Croce Rossa, sede di {~CITY}, {~DATE}: presenti Sig.ra {LAST}, {NAME}, {NAME}. Referente volontari {FIRST}, cell. {PHONE_EU}. Ricevuta {~INVOICE} da {~PRICE}.\n--\n{NAME}\nSegreteria | {PHONE_EU}',
  ],
  whatsapp: [
    'namaskar {name} ji 🙏 ur water bill complaint {~TICKET} is assigned to ward officer {FIRST} ({PHONE}), visit kal {~TIME} tak',
    'Broadcast: Durga Puja bhog volunteers, report at the pandal by {~TIME}! Contact {FIRST} da {PHONE} or {FIRST} di {PHONE} 🪔',
    'nomoshkar {FIRST} dada, ami {NAME} bolchi, blood camp e O- donor lagbe, call me {PHONE}',
    'vanakkam {name}, Pongal event registration confirmed ✅ seat {~SKU}. any doubt ping {FIRST} anna on {PHONE}. romba nandri',
    '{NAME}: sir my electricity bill {~PRICE} came this month, meter no {~SERIAL}, consumer no {~TRACKING}, pls check 😟 my no. {PHONE}',
    'Reminder from Sunshine Public School: PTM on {~WEEKDAY} {~TIME}. Class teacher Mrs {LAST} – {PHONE}. Please reply with your child\'s name & your mobile.',
    'thank u for ur donation of {~PRICE} to Helping Hands Foundation 💛 80G receipt {~INVOICE} sent to {EMAIL}. donor helpline {PHONE}',
    'hola {FIRST}! gracias por apuntarte al banco de alimentos 🥫 el sábado te espera {NAME} en la parroquia San José, su móvil {PHONE_EU}',
    'cześć, tu {FIRST} z fundacji. zbiórka krwi w {~WEEKDAY} o {~TIME}, koordynatorka Pani {LAST} tel {PHONE_EU}',
    'Hallo {FIRST}, die Tafel braucht am {~WEEKDAY} noch Fahrer. Melde dich bei Herrn {LAST} unter {PHONE_EU} 🚐',
    'fwd: emergency contact for Christmas Eve shelter night – {NAME} {PHONE} / {NAME} {PHONE}',
    'ok noted. {name} bhaiya ka number {PHONE} hai, unse property tax receipt {~INVOICE} le lena, ward 9 office {~TIME} tak khula hai',
    'Olá {FIRST}, a sua inscrição no voluntariado da Cruz Vermelha foi recebida. Coordenador: {NAME}, telemóvel {PHONE_EU}. 🙌',
    'Hoi {FIRST}, bedankt voor je gift van {~PRICE}! Vragen? Bel {NAME} op {PHONE_EU} of mail {EMAIL_SPELT}',
    'Bonjour {FIRST}, votre don de {~PRICE} pour les Restos du Cœur est bien reçu 🙏 reçu fiscal n° {~INVOICE}. Contact : {NAME_INIT} – {PHONE_EU}',
    'my mom {NAME} needs B+ blood urgently at {~CITY} civil hospital 🙏🙏 pls call {PHONE} or {PHONE}. need {~QUANTITY}',
    'Eid Mubarak {FIRST} bhai 🌙 iftar packets count {~QUANTITY}? send names + numbers to {FIRST} on {PHONE}',
    '[{~TIME}] {FIRST}: pls add {name} to the volunteers group, his no is {PHONE}',
  ],
  kyc: [
    'Beneficiary KYC (flood relief disbursement): {NAME_UP}, Aadhaar {AADHAAR}, bank IFSC {IFSC}, mobile {PHONE}. Ration card no {~REF_EU}. Verified by field officer {NAME_INIT} on {~DATE}.',
    'Scholarship applicant {NAME}, father Shri {NAME}, PAN {PAN}, Aadhaar {AADHAAR}. Old Aadhaar {~VERHOEFF_INVALID_12} on the form failed the check. School: Ramakrishna Mission Vidyalaya, pincode {~PINCODE}.',
    'Donor verification for 80G: {NAME_REV}, PAN {PAN}, receipt {~INVOICE}, amount {~PRICE}. Trust GSTIN {GSTIN}. Contact {EMAIL}.',
    'NGO vendor onboarding — Gandhi Ashram Khadi Bhandar: proprietor {NAME}, GSTIN {GSTIN}, PAN {PAN}, UPI {UPI}, IFSC {IFSC}.',
    'FCRA foreign donor: {NAME}, passport no. {PASSPORT}, email {EMAIL}, phone {PHONE}. Donation {~PRICE} by wire, UTR {~UTR}.',
    'US volunteer background check: {NAME}, SSN {SSN}, cell {PHONE}. Emergency contact: {NAME} {PHONE}. Cleared for youth ministry at St. Mary\'s Church on {~DATE}.',
    'Food pantry intake: {NAME} files with ITIN {ITIN}, household of 4, case {~TICKET}, phone {PHONE}. Intake by {FIRST} at the Salvation Army center.',
    'UK Gift Aid audit: donor {NAME}, NI number {NINO}, declaration dated {~DATE}. Sent by {FIRST} from the finance team, {PHONE}.',
    'Solicitud de ayuda al alquiler — Ayuntamiento de {~CITY}\nSolicitante: {NAME_REV}\nDNI/NIE: {NIF}\nIBAN: {IBAN}\nTeléfono: {PHONE_EU}\nExpediente: {~REF_EU}\nDNI del cónyuge: {~NIF_INVALID} (letra errónea, pedir copia)',
    'Wniosek o zasiłek celowy (MOPS): Pani {NAME}, PESEL {PESEL}, nr rachunku {IBAN}, tel. {PHONE_EU}. Sprawa nr {~REF_EU}, pracownik socjalny Pan {LAST}.',
    'Antrag Härtefallfonds Stadtwerke: Frau {NAME}, IBAN {IBAN}, Tel. {PHONE_EU}, Zählernummer {~SERIAL}, Kundennummer {~REF_EU}. Bearbeiter: Herr {LAST}.',
    'Demande d\'aide – CCAS de {~CITY} : Mme {NAME_REV}, IBAN {IBAN}, tél. {PHONE_EU}, dossier {~REF_EU}, rendez-vous le {~DATE} à {~TIME}.',
    'Widow pension disbursement list (Block 4, Ward 11):\n1. {NAME} | Aadhaar {AADHAAR} | {PHONE}\n2. {NAME} | Aadhaar {AADHAAR} | {PHONE}\n3. {NAME} | Aadhaar {~VERHOEFF_INVALID_12} (mismatch) | {PHONE}',
    'kyc docs from {name} for the widow pension: aadhaar {AADHAAR}, pan {PAN}, bank passbook ifsc {IFSC}, upi {UPI}. call on {PHONE} after {~TIME}',
    'Richiesta bonus utenze – Comune di {~CITY}: Sig. {NAME}, IBAN {IBAN}, cell. {PHONE_EU}, contatore {~SERIAL}, protocollo {~REF_EU}.',
    'Pedido de apoio – Junta de Freguesia: Sr. {NAME}, IBAN {IBAN}, telemóvel {PHONE_EU}, processo {~REF_EU}.',
    'Aanvraag noodfonds gemeente {~CITY}: dhr. {NAME}, IBAN {IBAN}, tel. {PHONE_EU}, dossiernummer {~REF_EU}.',
  ],
  refund: [
    'Refund request: {NAME} paid the property tax twice for assessment {~REF_EU} ({~PRICE} each, UTR {~UTR} and {~UTR}). Refund to UPI {UPI}. Ward 12 desk, call {PHONE}.',
    'Bill dispute — electricity, consumer no. {~TRACKING}, meter {~SERIAL}: Shri {LAST} says the reading on {~DATE} was wrong, billed {~PRICE}. Ward officer {NAME} ({PHONE}) to inspect. Refund via IFSC {IFSC} if approved.',
    'Donation refund: donor {NAME_REV} was charged {~PRICE} twice on card {CARD} for the Christmas Eve appeal. Duplicate txn {~ORDER}. Donor helpline {PHONE} called back by {FIRST}.',
    'Hi, I am {NAME}. I donated to the Red Cross flood fund, the card {~LUHN_INVALID_16} on the form is wrong, my actual card is {CARD}. pls refund {~PRICE}. my number {PHONE}',
    'Water bill refund approved — Zone 5, connection {~ORDER}. Amount {~PRICE}. Beneficiary {NAME_UP}, IFSC {IFSC}, UPI {UPI}. Approved by {NAME_INIT}, Executive Engineer.',
    'School fee refund for {FIRST} (Class 4) – parent Mr. {LAST}, {EMAIL}, {PHONE}. Receipt {~INVOICE}, {~PRICE}, refund to card {CARD} within 7 days.',
    'Event registration refund: Durga Puja pandal pass {~TICKET} cancelled by {name}. refund {~PRICE} to {UPI} by {~DATE}. pls confirm on {PHONE}',
    'Rückerstattung Spende: Herr {NAME} bittet um Rückbuchung von {~PRICE} (Lastschrift doppelt). IBAN {IBAN}, Tel. {PHONE_EU}, Spendenquittung {~INVOICE} stornieren.',
    'Devolución cuota de socio: Sra. {NAME}, IBAN {IBAN}, recibo {~INVOICE} de {~PRICE}. Llamar al {PHONE_EU} antes de las {~TIME}.',
    'Zwrot nadpłaty za wodę: Pan {NAME_REV}, nr klienta {~REF_EU}, licznik {~SERIAL}, kwota {~PRICE}, konto {IBAN}, tel. {PHONE_EU}.',
    'Remboursement — inscription annulée au pèlerinage de la paroisse Saint-Pierre : M. {LAST}, {EMAIL}, IBAN {IBAN}, montant {~PRICE}.',
    'Rimborso quota campo estivo parrocchia: famiglia {LAST}, referente {NAME}, cell. {PHONE_EU}, IBAN {IBAN}, ricevuta {~INVOICE}.',
    'Terugbetaling: mevrouw {LAST} heeft de gift van {~PRICE} dubbel betaald. IBAN {IBAN}, telefoon {PHONE_EU}, referentie {~REF_EU}.',
    'Refund ticket {~TICKET} | Requester: {NAME} | Contact: {PHONE} / {EMAIL} | Item: blood bank donor T-shirt {~SKU} x {~QUANTITY} | Amount {~PRICE} | Status: pending',
    'Parish festival: vendor {NAME} wants a refund for booth {~SKU}; paid with card {CARD}. SSN {SSN} was written on the W-9 copy — shred it. Reach at {PHONE}.',
    'Duplicate 80G receipt cancellation: {NAME} (PAN {PAN}) donated {~PRICE} on {~DATE}; second receipt {~INVOICE} void, refund UTR {~UTR} to IFSC {IFSC}.',
    'Gift Aid overclaim: Mrs {LAST} asked for her {~PRICE} back, NI {NINO}. Handled by {NAME}, {PHONE}.\n\nThanks,\n{FIRST}\nSupporter Care | {PHONE}',
  ],
  lead: [
    'New volunteer sign-up (web form): Name: {NAME} | Phone: {PHONE} | Email: {EMAIL} | Interest: blood donation drive | City: {~CITY} | Submitted: {~DATE} {~TIME}',
    'CSR lead: {NAME}, {~JOB_TITLE} at a logistics firm, wants to sponsor the Nehru Yuva Kendra sports day. Budget {~PRICE}. Call {PHONE} or assistant {FIRST} at {PHONE}.',
    'Lead routed to field officer {NAME_INIT} (Zone 2): citizen {name} interested in the rooftop solar subsidy, mobile {PHONE}, consumer no. {~TRACKING}.',
    'Major donor prospect: Mr. and Mrs. {LAST} — met at the Salvation Army gala on {~DATE}. Mrs. {LAST} ({EMAIL}) prefers calls on {PHONE} after {~TIME}.',
    'Form submission: {"form":"temple_hall_booking","name":"{NAME}","phone":"{PHONE}","event":"Satyanarayan Puja","guests":"{~QUANTITY}","date":"{~DATE}","referred_by":"{NAME}"}',
    'Interesada en voluntariado: {NAME}, móvil {PHONE_EU}, correo {EMAIL_SPELT}. Viene recomendada por Sor {LAST} de la parroquia Santa María.',
    'Nowy wolontariusz: {NAME}, tel. {PHONE_EU}, e-mail {EMAIL}; chce pomagać przy zbiórce w {~MONTH}. Zgłosiła go Pani {LAST}.',
    'Neuer Ehrenamtlicher über die Website: {NAME_REV}, Handy {PHONE_EU}, Mail {EMAIL}. Rückruf durch Frau {LAST}.',
    'Nouveau bénévole : {NAME}, {PHONE_EU}, {EMAIL_SPELT} — disponible le {~WEEKDAY}. Parrain : M. {LAST}.',
    'Lead list export (tab-separated):\nname\tphone\tsource\n{NAME}\t{PHONE}\tEid food drive\n{NAME_REV}\t{PHONE}\tChristmas Eve carols\n{name}\t{PHONE_EU}\tRed Cross stall',
    'bhai ye lead dekho: {name}, blood donor registration, O+, {PHONE}, ward 17, pincode {~PINCODE}. call karke confirm karo kal {~TIME} tak',
    'Parent enquiry for admission: {NAME} (father), {NAME} (mother), contact {PHONE} | {PHONE}, email {EMAIL}. Child: {FIRST}, Class 1. Visit booked for {~WEEKDAY}.',
    'Grant lead: Ramakrishna Mission outreach — programme officer {NAME} ({EMAIL}), phone {PHONE}. Proposal due {~DATE}, ask {~PRICE}.',
    'Lead from church bulletin QR: Rev. {LAST} forwarded {NAME} — "call me on {PHONE}, evenings only". Interested in the food pantry shift on {~WEEKDAY}.',
    'Nuovo volontario: {NAME}, cellulare {PHONE_EU}, email {EMAIL}. Segnalato da Suor {LAST}, Caritas di {~CITY}.',
    'Novo voluntário: {NAME}, telemóvel {PHONE_EU}, email {EMAIL}. Indicado pela Sra. {LAST}.',
    'Lead via WhatsApp click-to-chat, IP {IP}: {FIRST} wants to volunteer for Durga Puja; number {PHONE}, brother {FIRST} also ({PHONE}).',
    'Nieuwe vrijwilliger: {NAME}, mobiel {PHONE_EU}, mail {EMAIL}, beschikbaar in {~MONTH}. Aangemeld door dhr. {LAST}.',
  ],
};
