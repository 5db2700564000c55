/**
 * Blind evaluation set 56: non-profits, religious and community organisations, and local
 * government contractors. Donation receipts and 80G / tax-deduction certificates, volunteer
 * sign-ups, temple, church, mosque and gurudwara event bookings, blood-donation drives, ward-office
 * grievance tickets handled by a private call centre, scholarship disbursements and NGO
 * beneficiary registers, from India, the US and Europe. Formats: registers as tables, grievance
 * tickets, donor e-mails with signatures, WhatsApp broadcasts (Hinglish, lower case, emoji),
 * receipts as key: value, CSV and JSON exports. Hard negatives sit next to the real PII: receipt
 * and registration numbers, ward and booth numbers, amounts in ₹/$/€, dates and times, deity,
 * saint and festival names (Ganesh Chaturthi, Guru Nanak Jayanti, Eid ul-Fitr, Santo Antônio),
 * organisations named after founders or saints (Ramakrishna Mission, St. Vincent de Paul Society,
 * Sri Sathya Sai Seva Samithi, Caritas, Malteser) and streets named after people (Mahatma Gandhi
 * Road, Rua Dom Pedro II, Avenida Simón Bolívar, Martin Luther King Jr. Blvd). Mostly English and
 * Hinglish, with Spanish, Portuguese, German, French, Polish and Italian.
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH56_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Donor CRM — Ramakrishna Mission Ashrama, Belur\nDonor: {NAME}\nMobile: {PHONE}\nEmail: {EMAIL}\nGift: {~PRICE} towards Swami Vivekananda Jayanti annadanam on {~DATE}\nReceipt no. {~INVOICE}',
    'Volunteer register — St. Vincent de Paul Society, Conference of St. Joseph\n| Sl | Volunteer | Phone | Shift |\n|----|-----------|-------|-------|\n| 1 | {NAME} | {PHONE} | {~WEEKDAY} {~TIME} |\n| 2 | {NAME_REV} | {PHONE} | {~WEEKDAY} {~TIME} |\n| 3 | {NAME_INIT} | {PHONE_EU} | {~WEEKDAY} {~TIME} |',
    'Grievance ticket {~TICKET} (Ward 14, Booth 112) — logged by Sahyog Call Centre for the ward office\nComplainant: {NAME}, {PHONE}\nIssue: streetlight out on Mahatma Gandhi Road near Hanuman Mandir since {~DATE}\nAgent: {FIRST} | escalate to JE if not closed by {~TIME}',
    'Call note: {NAME_INIT} called about the Christmas hamper drive; pledged {~PRICE} for {~QUANTITY}. Prefers email {EMAIL}. Tag: St. Anthony Parish, Martin Luther King Jr. Blvd.',
    'Blood donation camp, Guru Nanak Jayanti — Gurudwara Singh Sabha\nDonor: {NAME}\nBlood group: B+\nContact: {PHONE}\nBag no. {~SERIAL}\nNext eligible: {~DATE}',
    'Scholarship disbursal log (Sri Sathya Sai Seva Samithi)\nStudent: {NAME_UP}\nParent: {NAME}\nBank IFSC {IFSC}, UPI {UPI}\nAmount: {~PRICE}, UTR {~UTR}, released {~DATE}',
    'Donor note: Mr. {LAST} rang from {PHONE_EU} to ask why his Caritas receipt {~INVOICE} shows {~PRICE} instead of the standing order amount. Spoke to {FIRST}; resend by {~WEEKDAY}.',
    'Hi {FIRST},\n\nThank you for volunteering at the Ganesh Chaturthi pandal on {~DATE}. Your shift starts {~TIME} at Gate 3, Lokmanya Tilak Marg.\n\nWarm regards,\n{NAME}\nVolunteer Coordinator, Seva Bharati\n{PHONE} | {EMAIL}',
    'donor_id,name,email,phone,amount,receipt\nD-{~OTP},{NAME},{EMAIL},{PHONE},{~PRICE},{~INVOICE}\nD-{~OTP},{NAME_REV},{EMAIL},{PHONE},{~PRICE},{~INVOICE}',
    'Case worker {NAME} visited beneficiary {NAME_INIT} at House 23, Ward 9 (pincode {~PINCODE}) on {~DATE}. Ration kit {~SKU} handed over. Follow-up with daughter {FIRST} on {PHONE}.',
    'Parish office, Our Lady of Guadalupe: {NAME} booked the hall for a quinceañera on {~DATE} from {~TIME}. Deposit {~PRICE}, receipt {~INVOICE}. Phone {PHONE}.',
    'Spendernotiz (Malteser Hilfsdienst): Frau {LAST} hat am {~DATE} {~PRICE} für die Kältehilfe gespendet. Rückruf unter {PHONE_EU}, E-Mail {EMAIL}. Zuwendungsbestätigung {~INVOICE}.',
    'Note bénévole — Secours Catholique, rue Saint-Vincent-de-Paul: {NAME} disponible le {~WEEKDAY} à {~TIME}. Tél. {PHONE_EU}, courriel {EMAIL}.',
    'Masjid committee — Eid ul-Fitr iftar sponsor list\n{NAME} — {~PRICE} — {PHONE}\n{NAME} — {~PRICE} — {PHONE}\nSlip nos. {~INVOICE} and {~INVOICE}; Imam Bukhari Hall booked for {~DATE}.',
    'Contractor QA note ({~UUID}): agent {FIRST} closed grievance {~TICKET} for {NAME} without callback. Ward 27, booth 140. Citizen emailed {EMAIL} twice.',
    'NGO beneficiary export (JSON): {"beneficiary":"{NAME}","guardian":"{NAME_REV}","aadhaar":"{AADHAAR}","mobile":"{PHONE}","ward":"12","kit":"{~SKU}","date":"{~DATE}"}',
  ],
  whatsapp: [
    'jai shri ram 🙏 ram navami bhandara ke liye volunteers chahiye, {~DATE} ko {~TIME} se. naam bhejo {name} ko {PHONE} pe 🚩',
    'sat sri akal ji 🙏 langar seva list: {name}, {name}, {FIRST}. gurpurab pe {~TIME} tak pahunchna. any query {PHONE}',
    'blood donation camp 🩸 this {~WEEKDAY} at St. Mary\'s school hall. register with {FIRST} on {PHONE} ya mail karo {EMAIL}',
    'ganpati bappa morya 🐘 chanda receipt {~INVOICE} for {~PRICE} received from {name}, thank u! 80G certificate next week',
    'bhaiya {name} ka ward 11 wala complaint {~TICKET} abhi tak open hai 😤 call centre ka number {PHONE} lagta hi nahi',
    'eid mubarak 🌙 zakat collection {~PRICE} done. receipts with {name}, contact {PHONE} 🤲',
    'reminder 📢 scholarship forms due {~DATE}. {FIRST} ke paas jama karo, upi {UPI} pe form fee {~PRICE}',
    'hola a todos 🙌 la parroquia San Judas Tadeo necesita voluntarios el {~WEEKDAY}. Apúntate con {FIRST} al {PHONE_EU} o escribe a {EMAIL_SPELT}',
    'olá pessoal 🎉 festa de Santo Antônio no dia {~DATE}, Rua Dom Pedro II. voluntários falar com {FIRST} pelo {PHONE_EU} 🙏',
    'cześć 👋 zbiórka dla Caritasu w parafii św. Wojciecha w {~WEEKDAY}. zapisy u {name}, tel. {PHONE_EU}',
    'ciao a tutti 🙏 raccolta alimentare San Vincenzo de Paoli sabato alle {~TIME}. referente {FIRST}, cell. {PHONE_EU}',
    'thanks {FIRST} 😊 ur volunteer id is {~OTP}, badge collect karna gate 2 se, Swami Vivekananda Hall',
    'pls share with ur mohalla 🙏 free eye camp by Lions Club, ward 8, booth 61. contact {name} {PHONE}. bring aadhaar copy only, no originals',
    'church potluck 🍲 {~DATE} after 10 am mass. bring a dish, tell {NAME_INIT} at {PHONE} what ur bringing',
    'donation recd ✅ {~PRICE} via upi from {UPI}, ref {~UTR}. dhanyavaad {name} ji 🙏 Shirdi Sai trust',
  ],
  kyc: [
    'FORM 10BE — Certificate of donation u/s 80G\nDonee: Akshaya Patra Foundation, Reg. no. {~INVOICE}\nDonor name: {NAME_UP}\nDonor PAN: {PAN}\nAmount: {~PRICE}\nDate: {~DATE}\nMode: UPI, ref {~UTR}',
    'Beneficiary register — Shakti Mahila Samiti\n| Name | Aadhaar | Mobile | Ward |\n|---|---|---|---|\n| {NAME} | {AADHAAR} | {PHONE} | 4 |\n| {NAME_REV} | {AADHAAR} | {PHONE} | 7 |\n| {NAME_INIT} | {~VERHOEFF_INVALID_12} | — | 7 |',
    'Scholarship KYC: student {NAME}, Aadhaar {AADHAAR}, bank {IFSC}, guardian PAN {PAN}. Application {~TICKET}, sanctioned {~PRICE} under the Dr. B. R. Ambedkar Merit Scheme.',
    'Volunteer background check (US): {NAME}, SSN {SSN}, email {EMAIL}, phone {PHONE}. Assigned to Habitat for Humanity build, Cesar Chavez Ave, on {~DATE}.',
    'Donor acknowledgement (IRS 501(c)(3)): {NAME}, ITIN {ITIN}, gave {~PRICE} to St. Jude Children\'s Research fund on {~DATE}. No goods or services were provided.',
    'Ficha de voluntario — Cáritas Diocesana\nNombre: {NAME}\nDNI: {NIF}\nTeléfono: {PHONE_EU}\nCorreo: {EMAIL}\nCalle San Francisco de Asís, {~ROOMS}',
    'Darczyńca: {NAME}\nPESEL: {PESEL}\nTel.: {PHONE_EU}\nKwota: {~PRICE}\nPotwierdzenie nr {~INVOICE}\nFundacja im. Jana Pawła II',
    'Spendenquittung — Misereor\nName: {NAME}\nIBAN: {IBAN}\nBetrag: {~PRICE}\nDatum: {~DATE}\nAktenzeichen {~REF_EU}',
    'Temple trust FCRA donor: {NAME}, passport {PASSPORT}, email {EMAIL}. Foreign contribution {~PRICE} for Brahmotsavam, receipt {~INVOICE}.',
    'Contractor vendor KYC (ward office call centre): {NAME}, GSTIN {GSTIN}, PAN {PAN}, account IFSC {IFSC}. PO {~PO}.',
    'UK Gift Aid declaration: {NAME}, NI number {NINO}, email {EMAIL}. Donation {~PRICE} to St Mungo\'s on {~DATE}.',
    'Recurring donor mandate: {NAME_UP}, card {CARD}, monthly {~PRICE}. Rejected test card {~LUHN_INVALID_16} removed. Helpline {PHONE}.',
    'Modulo volontario — Comunità di Sant\'Egidio\nNome: {NAME}\nCellulare: {PHONE_EU}\nEmail: {EMAIL}\nDisponibilità: {~WEEKDAY}, ore {~TIME}',
    'Fiche donateur — Fondation Abbé Pierre: {NAME}, IBAN {IBAN}, reçu fiscal {~INVOICE} de {~PRICE}, émis le {~DATE}.',
    'Blood bank donor card: {NAME_UP}, Aadhaar {AADHAAR}, mobile {PHONE}, bag {~SERIAL}, camp at Swaminarayan Mandir on {~DATE}.',
    'Rejected form: NIE {~NIF_INVALID} fails the check letter. Applicant {NAME_REV}, correct DNI {NIF} per phone call from {PHONE_EU}.',
  ],
  refund: [
    'Refund request: {NAME} was charged {~PRICE} twice for the Durga Puja pandal pass, order {~ORDER}. UPI {UPI}, UTR {~UTR}. Please reverse by {~DATE}.',
    'Dear Sir/Madam,\nI donated {~PRICE} on {~DATE} (receipt {~INVOICE}) but my 80G certificate shows the wrong PAN. Correct PAN {PAN}.\nRegards,\n{NAME}\n{PHONE}',
    'Hall booking cancelled — Gurudwara Bangla Sahib community hall, {~DATE} {~TIME}. Refund {~PRICE} to {NAME}, IFSC {IFSC}. Booking ref {~TICKET}.',
    'Hi team, the St. Patrick\'s Day gala ticket {~ORDER} ({~PRICE}) was billed to card {CARD}. Please refund, I cannot attend. — {NAME}, {EMAIL}',
    'Reembolso: {NAME} pagó {~PRICE} por la peregrinación a Santiago de Compostela, referencia {~REF_EU}. IBAN {IBAN}. Tel. {PHONE_EU}.',
    'Reembolso solicitado por {NAME} — inscrição na Festa do Divino Espírito Santo, {~PRICE}, pedido {~ORDER}. Contato {EMAIL}.',
    'Zwrot darowizny: {NAME}, PESEL {PESEL}, kwota {~PRICE}, przelew z {~DATE}. Parafia pw. św. Maksymiliana Kolbe.',
    'Rückerstattung: {NAME} hat die Anmeldegebühr für das Johanniter-Sommerlager doppelt bezahlt ({~PRICE}). IBAN {IBAN}, Vorgang {~REF_EU}.',
    'Grievance {~TICKET}: property tax paid {~PRICE} via ward office kiosk, not reflected. Citizen {NAME}, mobile {PHONE}, ward 18, booth 203. Txn {~UTR}.',
    'Scholarship over-payment: {NAME_REV} received {~PRICE} instead of {~PRICE}. Recover to trust account, IFSC {IFSC}, by {~DATE}. Officer: {NAME_INIT}.',
    'Donor {NAME} asks to cancel the monthly pledge to Mother Teresa Home from {~MONTH}. Last debit {~PRICE}, invoice {~INVOICE}. Call back {PHONE}.',
    'Remboursement — {NAME}, inscription au pèlerinage de Lourdes annulée, {~PRICE}, IBAN {IBAN}, dossier {~REF_EU}.',
    'Rimborso: {NAME} ha versato {~PRICE} per la festa di San Gennaro, ricevuta {~INVOICE}. Contatto {EMAIL}, cell. {PHONE_EU}.',
    'refund pls 🙏 paid {~PRICE} twice for navratri garba pass, ref {~UTR}. my upi {UPI}. — {name}',
    'Chargeback {~TICKET}: card {CARD} disputed {~PRICE} to Saint Vincent Food Pantry on {~DATE}. Cardholder {NAME}, IP {IP}.',
  ],
  lead: [
    'New volunteer sign-up (web form)\nName: {NAME}\nEmail: {EMAIL}\nPhone: {PHONE}\nInterest: Diwali food drive, Swami Dayananda Nagar\nSubmitted from IP {IP} at {~TIME}',
    'CSR lead: {NAME}, {~JOB_TITLE} at a local bank, wants to fund {~QUANTITY} of school kits for the Jyotiba Phule Vidyalaya. Reach at {EMAIL} or {PHONE}.',
    'Corporate donor enquiry — {NAME_INIT} from {~CITY} asked about naming rights for the Guru Ravidas community hall. Budget {~PRICE}. Call {PHONE} after {~TIME}.',
    'Temple event booking enquiry: {NAME} wants the Sri Venkateswara Kalyana Mandapam for a wedding on {~DATE}, ~{~QUANTITY} guests. Mobile {PHONE}, email {EMAIL}.',
    'Website chat: "hi, i want to sponsor a child\'s education. i am {name}, reach me at {EMAIL_SPELT}" — visitor {~UUID}, page /sponsor.',
    'name,email,phone,campaign,source\n{NAME},{EMAIL},{PHONE},Janmashtami 2024,facebook\n{NAME_REV},{EMAIL},{PHONE_EU},Giving Tuesday,newsletter',
    'Nuevo voluntario: {NAME}, {EMAIL}, tel. {PHONE_EU}. Quiere ayudar en el comedor social de la Avenida Simón Bolívar los {~WEEKDAY}.',
    'Novo doador: {NAME}, {EMAIL}, telemóvel {PHONE_EU}. Interessado na campanha de Natal da Santa Casa da Misericórdia, {~PRICE}.',
    'Neue Ehrenamtliche: {NAME}, {EMAIL}, {PHONE_EU}. Einsatz bei der Tafel in der Bonhoefferstraße ab {~DATE}.',
    'Nouveau bénévole pour les Restos du Cœur : {NAME}, {EMAIL}, {PHONE_EU}, disponible le {~WEEKDAY}.',
    'Nowy wolontariusz: {NAME}, {EMAIL}, tel. {PHONE_EU}. Szlachetna Paczka, rejon ul. Kopernika, od {~DATE}.',
    'Lead from Mosque open day: {NAME} ({PHONE}) interested in the Ramadan ration drive. Assigned to {FIRST}, follow-up {~DATE}.',
    'Inbound call (ward office contractor, line 3): {NAME} wants to volunteer for the swachhata drive in ward 22. Mobile {PHONE}. Ticket {~TICKET}.',
    'From: {NAME} <{EMAIL}>\nSubject: Matching gift for the St. Vincent de Paul Society\n\nOur company matches up to {~PRICE}. Could someone call me on {PHONE}?\n\nBest,\n{FIRST}',
    'Booth 77 sign-up sheet, Ambedkar Jayanti rally — {NAME}, {PHONE}; {NAME}, {PHONE}; {NAME_INIT}, {PHONE}. Printed {~DATE}.',
  ],
};
