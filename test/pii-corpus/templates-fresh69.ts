/**
 * Blind evaluation set 69: clinics, dental and eye-care chains, physiotherapy and telemedicine in
 * India, the US, the UK and Europe. Appointment booking and rescheduling chats, SMS and WhatsApp
 * reminders, front-desk call notes, referral letters, intake forms, teleconsult summaries, billing
 * and refund queries, no-show follow-ups, caregiver and emergency contacts, staff rosters. Hard
 * negatives sit next to the PII: tokens, rooms and chairs, UHID/MRN-like IDs, dosages ("1-0-1"),
 * lab values, CPT/ICD codes, prices, dates, hospitals and streets named after people, and drug or
 * device brands that look like names. Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH69_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Front desk call note ({~DATE}, {~TIME}): {NAME} rang from {PHONE} to move her scaling appointment at Clove Dental, Koramangala (Chair 3) to {~WEEKDAY}. Token {~TICKET} cancelled, no fee charged.',
    'Referral letter\n\nDear Dr. {LAST},\n\nThank you for seeing {NAME}, 58 y/o, UHID {~ORDER}, with raised IOP (24/22 mmHg) despite Timolol 0.5% 1-0-1. CDR 0.7 OU. Kindly evaluate for SLT at Sankara Nethralaya.\n\nYours sincerely,\nDr. {NAME_INIT}\nConsultant Ophthalmologist, Aravind Eye Hospital',
    'Teleconsult summary (Practo video, {~DATE})\nPatient: {NAME_REV} | 34 F | MRN {~REF_EU}\nC/o fever x 3 days, Dolo 650 SOS taken. Advised CBC, CRP. Rx: Azithral 500 mg 1-0-0 x 3 days, Montair LC 0-0-1.\nCallback no.: {PHONE}\nConsultant: Dr. {NAME}',
    'Roster w/c {~DATE}, Harley Street Physio\nMon 08:00-14:00: {NAME_INIT} (Room 2)\nTue: {FIRST} (hydro pool)\nWed/Thu: locum {NAME}, mobile {PHONE}\nFri: closed for Thera-Band and Compex stock check, audit ref {~SKU}.',
    'Caller: Mrs. {LAST}, daughter-in-law of patient {NAME}. Wants the cataract surgery moved from {~DATE} because her husband {FIRST} is travelling. Biometry done, IOL Alcon AcrySof IQ +21.5 D. Call back on {PHONE} after 6 pm.',
    'Johns Hopkins Outpatient Center, PT dept: pt {NAME} no-showed for initial eval on {~DATE}. Left VM at {PHONE}. CPT 97161 not billed. Next open slot {~WEEKDAY} {~TIME}, Room 4B.',
    'Emergency contact updated for {NAME} (MRN {~ORDER}): son {NAME}, {PHONE}, e-mail {EMAIL}. Allergies: penicillin, sulfa. Meds: Metformin 500 mg 1-0-1, Januvia 100 mg 0-0-1, HbA1c 8.1% on {~DATE}.',
    "Hi {FIRST},\nGP referral came in from St Thomas' Hospital for {NAME_UP}, 2WW derm. UBRN not attached yet (ticket {~TICKET}). Pt prefers texts to {PHONE}. Can you book her into Dr {LAST}'s Thursday list?\nCheers,\n{FIRST}",
    'Telefonnotiz Zahnarztpraxis am Kurfürstendamm, {~DATE}: Frau {LAST} ruft wegen Kontrolle nach Implantat 36 an. Rückruf unter {PHONE_EU}. Termin verschoben auf {~WEEKDAY}, {~TIME} Uhr, Behandlungszimmer 2. Rechnung {~INVOICE} über {~PRICE} per Lastschrift von IBAN {IBAN}.',
    'Teladoc visit summary\nMember: {NAME}  |  Plan: Aetna Choice POS II\nVisit ID {~UUID}\nAssessment: acute sinusitis (J01.90). Rx Amoxicillin 875 mg BID x 10 days, sent to CVS #4412.\nSession IP {IP}. F/u with PCP Dr. {LAST} at Mount Sinai if not better in 7 days.',
    'OPD roster {~MONTH}, Apollo Clinic Jubilee Hills\nDr. {NAME} (Ortho): Mon/Wed 10-1, Room 12\nDr. {NAME_INIT} (Physio): Tue/Thu/Sat, Gym 2\nFront desk: {FIRST}, ext. 214\nOn-call coordinator {name}: {PHONE}',
    'To: Dr. {NAME}, Endodontist, Smile Dental Studio, Bandra\nRe: {NAME}, tooth 46, irreversible pulpitis, RVG attached. Pt on Ecosprin 75 mg OD, pls check with physician before RCT. Est. ₹8,500 + zirconia crown. Pt mob {PHONE}.\nThx, {FIRST} (Sabka Dentist, Andheri E)',
    'Nota de recepción, Clínica Dental Sanitas (calle de Alcalá 121): la paciente {NAME} (DNI {NIF}) llama para anular la cita del {~DATE}. Teléfono de contacto {PHONE_EU}. Presupuesto {~INVOICE}: {~PRICE}, ortodoncia Invisalign, 18 alineadores.',
    'Notatka z rejestracji, Medicover ul. Marszałkowska: pacjentka {NAME}, PESEL {PESEL}, przełożenie wizyty u okulisty na {~DATE}, godz. {~TIME}, gabinet 14. Kontakt: {PHONE_EU}. Recepta na Xalatan 0-0-1.',
  ],
  whatsapp: [
    "Hi {FIRST} 👋 Reminder from Dr. Agarwal's Eye Hospital: your eye check-up is on {~DATE} at {~TIME}. Token no. {~TICKET}. Pls bring your old specs & Refresh Tears drops. Reply 1 to confirm, 2 to reschedule.",
    'hello doc this is {name}, my mother {NAME} has bp 160/100 since morning, she took amlodipine 5mg 1-0-0. can we do video call?? my no {PHONE}',
    'ji sir appointment kal 11 baje ka hai na? mera naam {name} hai, token 23 tha. physio ke liye knee wala. pls confirm on {PHONE}',
    'Namaste {FIRST} ji 🙏 Aapka dental cleaning {~WEEKDAY} ko {~TIME} baje hai, Chair 2. Payment {~PRICE} UPI pe kar sakte ho: {UPI}. Clove Dental',
    "hey it's {FIRST} from Specsavers Oxford St 👓 your glasses (Varilux, SPH -2.25 CYL -0.50) are ready for collection. ref {~ORDER}. any q's call {PHONE}",
    'sorry cant come today, stuck on Rajiv Gandhi Salai near Tidel Park 😩 can we shift to {~WEEKDAY}? - {name}',
    'Dr {LAST} says continue Pan-D 40 1-0-0 before bfast n Zerodol SP 0-0-1 x 5 days. if pain not better msg on this no {PHONE} or mail {EMAIL_SPELT}',
    'Hola {FIRST}, te recordamos tu cita de fisioterapia en Quirónsalud el {~DATE} a las {~TIME}. Si no puedes venir, llámanos al {PHONE_EU}. ¡Gracias!',
    "Bonjour Mme {LAST}, votre rendez-vous Doctolib avec l'orthoptiste est confirmé le {~DATE} à {~TIME}, cabinet 3, avenue Victor Hugo. En cas d'empêchement : {PHONE_EU}.",
    'Dzień dobry, tu {FIRST} z LUX MED. Przypominamy o wizycie u stomatologa {~DATE} o {~TIME}. Prosimy o potwierdzenie SMS-em na {PHONE}.',
    '[SMS] Hi {FIRST}, you missed your appt at Aspen Dental on {~DATE}. To rebook reply YES or call {PHONE}. Reply STOP to opt out. Ref {~TICKET}',
    'yes mam this is {NAME}, husband of {NAME} (bed no 12, ward 3B). she is allergic to Augmentin not Crocin. pls note. my email {EMAIL}',
    'bhaiya reports bhej do: HbA1c 7.9, FBS 142, TSH 5.2, Vit D 14. whatsapp pe {PHONE} ya email {EMAIL} pe. patient name {NAME_UP}',
    'good morning sir, {FIRST} here from Tata 1mg 🩺 your teleconsult with Dr. {NAME} is at {~TIME}. link valid for 15 min. Order {~ORDER} (Ozempic 0.25 mg) on hold till Rx upload',
  ],
  kyc: [
    'PATIENT INTAKE FORM, Narayana Health City\nName: {NAME_UP}\nAadhaar: {AADHAAR}\nPAN (for 80D receipt): {PAN}\nMobile: {PHONE}\nEmergency contact: {NAME} (brother), {PHONE}\nInsurer: Star Health, TPA claim {~TICKET}\nUHID: {~ORDER}   Pincode: {~PINCODE}',
    'New patient registration\nLast, First: {NAME_REV}\nSSN: {SSN}\nEmail: {EMAIL}\nCell: {PHONE}\nPrimary insurance: Blue Cross Blue Shield PPO, group {~REF_EU}\nPreferred pharmacy: Walgreens, Martin Luther King Jr Blvd\nBP 128/82, wt 162 lb',
    'Self-pay patient {NAME} has no SSN; ITIN {ITIN} given for the HSA receipt. Card on file {CARD}. Visit 99203 at the Cleveland Clinic express care, $185.00 self-pay rate, invoice {~INVOICE}.',
    'Private patient form, Bupa Cromwell Hospital\nSurname, forename: {NAME_REV}\nNI number: {NINO}\nNext of kin: {NAME} (wife), {PHONE}\nGP: Dr {LAST}, Wimpole Street\nMembership ref {~REF_EU}, excess £100',
    'NRI patient intake, Apollo Hospitals Greams Road\nName: {NAME}\nPassport: {PASSPORT}\nE-mail: {EMAIL}\nLocal attendant: {name}, {PHONE}\nPackage: TKR ₹3,85,000, invoice {~INVOICE}, admission {~DATE}',
    'Formulario de admisión, Clínica Baviera\nNombre y apellidos: {NAME}\nDNI/NIE: {NIF} (el anterior {~NIF_INVALID} estaba mal escrito)\nTeléfono: {PHONE_EU}\nCorreo: {EMAIL_SPELT}\nMutua: Adeslas, nº autorización {~REF_EU}',
    'Karta pacjenta, Centrum Rehabilitacji\nImię i nazwisko: {NAME}\nPESEL: {PESEL}\nOsoba do kontaktu: {NAME} (córka), tel. {PHONE_EU}\nSkierowanie NFZ nr {~ORDER}, 10 zabiegów: krioterapia + laser',
    'Patientenaufnahme Augenklinik Charité\nName: {NAME_REV}\nTelefon: {PHONE_EU}\nE-Mail: {EMAIL}\nKrankenkasse: Techniker Krankenkasse\nHausarzt: Dr. med. {LAST}\nVisus re 0,8, li 0,5; Tensio 18/21 mmHg',
    'Caregiver form: patient {NAME} (dementia, Donepezil 5 mg 0-0-1). Primary caregiver: daughter {FIRST}, {PHONE}, {EMAIL}. Backup: neighbour Mrs. {LAST}. Caregiver Aadhaar {AADHAAR}; earlier no. {~VERHOEFF_INVALID_12} failed verification.',
  ],
  refund: [
    "Hi, I'm {NAME}. I was charged twice for my teleconsult on {~DATE} ({~PRICE} each) on card {CARD}. Invoice {~INVOICE}. Please refund one. Thanks",
    'Refund approved: physio package cancelled after 4 of 10 sessions (₹800/session). Refund {~PRICE} to {UPI} for patient {NAME}, UTR {~UTR}. Approved by {NAME_INIT}, Billing, ReLiva Physiotherapy.',
    'Billing query from Mrs. {LAST}: Lenskart order {~ORDER}, Hoya lenses returned, refund to card pending. Card no. she typed {~LUHN_INVALID_16} fails check; card on file {CARD}. Call {PHONE}.',
    'Dear Billing team,\nmy insurer (Niva Bupa) settled claim {~TICKET} but you also took ₹12,400 from me at discharge. Kindly refund to my SBI a/c, IFSC {IFSC}. Your GSTIN on the bill is {GSTIN}.\nRegards,\n{NAME}',
    'EOB dispute: patient {NAME_REV}, DOS {~DATE}, CPT 92014 + 92015. Aetna paid $142.50, pt overpaid {~PRICE}. Refund check mailed to address on file; questions to {EMAIL}. Claim {~REF_EU}.',
    'Rückerstattung: Herr {LAST} hat die Zahnreinigung ({~PRICE}) doppelt bezahlt. Bitte auf IBAN {IBAN} überweisen, Rechnungsnr. {~INVOICE}. Rückfragen an {EMAIL}.',
    'Reembolso solicitado por {NAME} (NIF {NIF}): sesión de fisioterapia cancelada el {~DATE}, importe {~PRICE}. IBAN {IBAN}. Ticket {~TICKET}.',
    'No-show fee dispute: {NAME} says she rang {PHONE} to cancel her eye test at Boots Opticians on {~DATE}, so the £30 DNA charge should be waived. Ticket {~TICKET}, store 0412.',
  ],
  lead: [
    'New enquiry via website: {NAME} wants an Invisalign consult at Harley Street Dental. Email {EMAIL}, phone {PHONE}. Budget around £4,000. Prefers {~WEEKDAY} mornings.',
    'Lead from Practo: {name}, LASIK enquiry, -4.5 D both eyes, age 27. Callback {PHONE} after 7pm. Campaign {~SKU}.',
    'No-show follow-up list {~DATE}\n1. {NAME_REV} / {PHONE} / missed 2x, physio knee\n2. {NAME_REV} / {PHONE} / teleconsult link not opened\n3. Token {~TICKET} / walk-in, no details',
    'Hi {FIRST}, we noticed you missed your eye screening at Vision Express Manchester on {~DATE}. Book again online or just reply to this email.\n{NAME}, Patient Care',
    'Corporate lead: {NAME}, {~JOB_TITLE} at Infosys Mysuru, wants a dental + eye camp for 400 staff, {~PRICE} per head quoted. Mail {EMAIL_SPELT}.',
    'Demande de devis via Doctolib : {NAME}, implant dentaire, mutuelle MGEN. Tél. {PHONE_EU}, e-mail {EMAIL}. Rappeler {~WEEKDAY} avant {~TIME}.',
    "Physio lead (Instagram DM): 'hi this is {FIRST}, post ACL surgery at Kokilaben, need home physio in Andheri W 5 days/wk. my no {PHONE}'. Assigned to {NAME_INIT}, ₹1,200/visit.",
    'Telehealth signup: {NAME}, {EMAIL}, from IP {IP} on {~DATE}. Plan: GLP-1 weight program, Wegovy 0.25 mg weekly. Referred by {NAME}.',
  ],
};
