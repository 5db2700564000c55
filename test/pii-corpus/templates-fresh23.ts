/**
 * Twenty-third blind held-out template set: healthcare and wellness businesses — clinics, dental
 * chains, diagnostic labs, pharmacies, physiotherapy centres, gyms and insurers' claim desks in
 * India, the US and Europe. Appointment booking and reminders, lab report delivery, prescription
 * refills, claim intake, membership renewals, CRM exports (CSV, JSON, key: value), call-centre
 * wrap-ups, WhatsApp chats and automated lead routing. Mostly English, with some Hinglish, Hindi
 * words in Latin script, Spanish, Polish, German, French, Dutch and Italian.
 *
 * Phone numbers appear with and without labels, mid-sentence, right after names, in brackets,
 * after a slash, in lists of alternates, in signatures and table rows, after "ext", "WhatsApp",
 * "reach", "ring", "dial", "text", "SMS" and their equivalents in other languages. Names appear
 * full, first-only, lower-case, upper-case, initialled, surname-only after titles and reversed.
 * Hard negatives are plain text or look-alike slots: medicine names, dosages, lab test names,
 * hospital, lab and insurer brands, token and queue numbers, bed and room numbers, claim and
 * policy numbers, dates, times, prices, pincodes and tracking numbers, placed next to real PII.
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH23_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Appointment booked: {NAME} with Dr. {LAST} (orthopaedics), {~DATE} at {~TIME}, room 304. Reminder SMS to {PHONE}; token 17 at the front desk.',
    'patient_id,name,phone,email,last_visit,test\nPT-0042,{NAME_REV},{PHONE},{EMAIL},{~DATE},HbA1c + CBC\nPT-0043,{NAME_REV},{PHONE_EU},{EMAIL},{~DATE},Lipid profile',
    '{"patient": "{NAME}", "mobile": "{PHONE}", "email": "{EMAIL}", "clinic": "Clove Dental Koramangala", "procedure": "RCT + crown", "estimate": "{~PRICE}", "pincode": "{~PINCODE}"}',
    'Call wrap-up — caller {NAME_INIT} rang about her HbA1c report (sample ID {~ORDER}). Report re-sent to {EMAIL}. Callback requested on {PHONE} after {~TIME}. Disposition: RESOLVED.',
    'Name: {NAME}\nDOB: {~DATE}\nPrimary phone: {PHONE}\nAlternate: {PHONE} / {PHONE_EU}\nPreferred pharmacy: Apollo Pharmacy, Indiranagar\nAllergies: penicillin, sulfa drugs',
    'Refill request from Mrs. {LAST}: Metformin 500 mg x 60, Atorvastatin 10 mg x 30. Rx {~INVOICE}. She asked us to ring {PHONE} before dispatch; courier AWB {~TRACKING}.',
    'Physio follow-up: {FIRST} is on session 6 of 10 (knee ACL rehab). Therapist: {NAME}. Next slot {~WEEKDAY} {~TIME}, bay 3. Reach patient at {PHONE}, ext 214 for the clinic.',
    'Membership renewal due for {NAME_UP} — Cult.fit Elite annual plan, {~PRICE}, expires {~DATE}. Card on file ending 4417 failed; new card {CARD} provided over the phone.',
    'Lead source: Practo | Clinic: Dr. Batra\'s Homeopathy, Andheri | Contact: {name} | WhatsApp {PHONE} | Interest: hair fall consultation | Budget {~PRICE}',
    'Termin bestätigt: Herr {LAST}, Zahnreinigung am {~DATE} um {~TIME}, Zahnarztpraxis am Stadtpark, Raum 2. Rückruf bitte unter {PHONE_EU} oder mobil {PHONE}.',
    'Nota de llamada: Sra. {LAST} pide cambiar la cita de fisioterapia del {~DATE}. Sanitas póliza {~REF_EU}. Teléfono de contacto {PHONE_EU}, correo {EMAIL}.',
    'Claim intake summary\nClaimant: {NAME}\nPolicy: Star Health Family Optima, policy no. {~REF_EU}\nHospital: Max Super Speciality, Saket, bed 12B\nAmount claimed: {~PRICE}\nPhone: {PHONE}\nClaim ref: {~TICKET}',
    'Agent {FIRST} escalated ticket {~TICKET}: patient {NAME} says the MRI (brain, with contrast) was billed twice, {~PRICE} each. Patient mobile {PHONE} — do not call before {~TIME}.',
    'Owner: {NAME_INIT} | Stage: Consult booked | Lab: Thyrocare Aarogyam C | Home collection {~DATE} {~TIME} | Pincode {~PINCODE} | Phone: {PHONE} | Email: {EMAIL}',
    'Notatka: Pani {LAST} zadzwoniła w sprawie wyników morfologii. Wyniki wysłane na {EMAIL}. Numer do kontaktu: {PHONE_EU}. Luxmed, gabinet 21, kolejka nr 8.',
    'Pharmacy export row: {NAME} | {PHONE} | Pantoprazole 40 mg | qty 30 | batch SKU {~SKU} | paid {~PRICE} | delivered {~DATE}',
    'Signed,\nDr. {NAME}\nConsultant Cardiologist, Fortis Escorts\nOPD: Mon–Fri, room 118\nMobile: {PHONE} | Desk: {PHONE} ext 3302',
    'Rappel RDV: Mme {LAST}, bilan sanguin (NFS, TSH) le {~DATE} à {~TIME}, Laboratoire Cerballiance. Confirmer par SMS au {PHONE_EU}.',
  ],
  whatsapp: [
    'hi {name}, ur appointment with Dr. {LAST} at Smile Dental is on {~DATE} at {~TIME} 🦷 reply YES to confirm or call {PHONE}',
    'namaste ji 🙏 main {FIRST} bol rahi hu, meri mummy ki sugar report (HbA1c, fasting) kab tak aayegi? mera number {PHONE} hai',
    'report ready ✅ {FIRST}, your CBC + thyroid panel is uploaded. Sample ID {~ORDER}. For queries WhatsApp {PHONE} only, no calls pls',
    'bhaiya dawai kab tak aayegi? Dolo 650 aur Azithral 500 mangwaya tha, order {~ORDER}. {name} — {PHONE}',
    'hey its {FIRST} from Gold\'s Gym 💪 ur membership ends {~DATE}. renew at {~PRICE} before {~WEEKDAY} and get 1 month free. text me {PHONE}',
    'Sir claim ke liye documents bhej diye: discharge summary, bills ({~PRICE}), Aadhaar {AADHAAR}. patient name {NAME_UP}, claim no {~TICKET}',
    'ok so dr said 1 tab twice daily after food for 5 days. pls remind me on {PHONE} haha. also send bill to {EMAIL} 🙏',
    'hola {FIRST} 😊 te recordamos tu cita en Clínica Dental Vitaldent el {~DATE} a las {~TIME}. Si no puedes venir, llámanos al {PHONE_EU} o escribe por aquí',
    'dzień dobry, tu {NAME}, chciałam przełożyć wizytę u fizjoterapeuty z {~WEEKDAY} na inny dzień. mój nr {PHONE_EU}, gabinet Medicover',
    'hallo {FIRST}, je uitslagen van het bloedonderzoek zijn binnen. Bel de huisartsenpraktijk op {PHONE_EU} of app {PHONE} tussen {~TIME} en 17:00',
    'token no. 23 chal raha hai, aap 31 ho. {name} ji 15 min mein aa jao. koi doubt ho toh {PHONE} pe ring karna',
    'mom ka number {PHONE} / papa ka {PHONE} — dono pe reminder bhej dena for the cataract surgery on {~DATE} 🙏',
    'hi this is {NAME_INIT} from Walgreens pharmacy. Ur refill of Lisinopril 20 mg is ready for pickup, Rx {~INVOICE}. questions? dial {PHONE}',
    'ciao {FIRST}! la tua prenotazione per la visita dermatologica è confermata per il {~DATE} ore {~TIME}. Per disdire chiama il {PHONE_EU}',
    'payment for physio sessions done 👍 {~PRICE} to {UPI}, UTR {~UTR}. pls share receipt {FIRST}',
    '{FIRST}: can u send me Dr. {LAST}\'s number\n{FIRST}: its {PHONE}, clinic timing {~TIME} onwards, room 5, 2nd floor',
    'Guten Tag {FIRST}, Ihr Rezept für Ibuprofen 600 liegt in der Apotheke am Markt bereit. Rückfragen per SMS an {PHONE_EU}.',
  ],
  kyc: [
    'Insurance KYC — Proposer: {NAME_UP}, PAN {PAN}, Aadhaar {AADHAAR}, mobile {PHONE}, email {EMAIL}. Policy: HDFC ERGO Optima Secure, sum insured {~PRICE}.',
    'Provider empanelment: Sunrise Diagnostics LLP, GSTIN {GSTIN}, authorised signatory {NAME}, PAN {PAN}. Settlement account IFSC {IFSC}. Pincode {~PINCODE}.',
    'New patient registration (US)\nName: {NAME_REV}\nSSN: {SSN}\nPhone: {PHONE}\nInsurance: Aetna PPO, member ID {~REF_EU}\nPrimary care: Dr. {LAST}',
    'Cashless claim pre-auth: patient {NAME}, Aadhaar {AADHAAR}, TPA Medi Assist, claim ID {~TICKET}, admitted {~DATE}, room 412, estimated bill {~PRICE}.',
    'Medical tourism intake: {NAME}, passport {PASSPORT}, contact {PHONE}, procedure knee replacement at Apollo Chennai, arrival {~DATE}.',
    'UK patient {NAME_INIT}, National Insurance number {NINO}, NHS referral for physiotherapy, phone {PHONE}. GP surgery: Riverside Medical Centre.',
    'Pharmacy franchise KYC: owner {NAME_UP}, drug licence DL-20B, GSTIN {GSTIN}, PAN {PAN}, bank IFSC {IFSC}, UPI {UPI}, shop phone {PHONE}.',
    'Contractor nurse {NAME} (non-resident), ITIN {ITIN}, payroll email {EMAIL}, direct deposit IBAN {IBAN}. Shift: night, ward 7.',
    'Paciente: {NAME}\nDNI: {NIF}\nTeléfono: {PHONE_EU}\nMutua: Adeslas, póliza {~REF_EU}\nAlergias: ninguna conocida',
    'Pacjent: {NAME_REV}, PESEL {PESEL}, tel. {PHONE_EU}, skierowanie na RTG kolana, NFZ, termin {~DATE}.',
    'Verify caller: name {name}, last 4 of card on file, DOB {~DATE}. Caller read card {CARD} and confirmed mobile {PHONE}. Member ID {~ORDER}.',
    'Reimbursement bank details for {NAME}: IBAN {IBAN}, phone {PHONE_EU}. Krankenkasse: Techniker Krankenkasse, Versichertennummer {~REF_EU}.',
    'Lab partner onboarding — Metropolis franchise, contact {NAME}, PAN {PAN}, GSTIN {GSTIN}, landline {PHONE}, alt {PHONE}, collection centre {~PINCODE}.',
    'Gym corporate tie-up KYC: HR contact {NAME_INIT}, {EMAIL}, company GSTIN {GSTIN}, invoice {~INVOICE}, {~QUANTITY} memberships at {~PRICE}.',
    'Login audit for patient portal: user {EMAIL} ({NAME}) signed in from {IP}, app {~VERSION}, session {~UUID}, OTP {~OTP} verified.',
    'Claimant {NAME_UP} submitted Aadhaar {AADHAAR} (masked copy rejected, number {~VERHOEFF_INVALID_12} failed check). Resubmission requested via SMS to {PHONE}.',
  ],
  refund: [
    'Refund request: {NAME} cancelled the full body checkup (Healthians, 82 tests) booked for {~DATE}. Paid {~PRICE} by card {CARD}. Order {~ORDER}. Contact {PHONE}.',
    'Hi team, I was charged twice for my dental cleaning ({~PRICE}) at Aspen Dental. Please refund to my card. — {NAME}, {PHONE}, {EMAIL}',
    'Pharmacy refund: Montelukast 10 mg strip returned unopened, batch {~SKU}, invoice {~INVOICE}. Customer {NAME}; UPI {UPI}; call/SMS {PHONE}.',
    'Claim partially settled: {~PRICE} of {~PRICE} approved. Claimant {NAME_REV}. Remaining amount disallowed (non-payable items: gloves, PPE kit). Claim {~TICKET}. Queries: dial {PHONE}.',
    'gym membership cancel karna hai, 3 months ka {~PRICE} refund chahiye. name {name}, phone {PHONE}, UPI {UPI}, IFSC {IFSC} agar bank transfer ho',
    'Reembolso solicitado por {NAME}: sesiones de fisioterapia no realizadas ({~QUANTITY}), importe {~PRICE}. IBAN {IBAN}. Tel. {PHONE_EU}.',
    'Zwrot za wizytę: Pan {LAST} odwołał wizytę stomatologiczną {~DATE}. Kwota {~PRICE} na konto {IBAN}. Kontakt: {PHONE_EU} lub {EMAIL}.',
    'Refund ticket {~TICKET}\nPatient: Mr. {LAST}\nLab: Dr Lal PathLabs (vitamin D + B12 panel)\nReason: sample hemolysed, not re-collected\nAmount: {~PRICE}\nReach him on {PHONE} (WhatsApp) or {PHONE_EU} (office)',
    'Erstattung: Frau {LAST}, Physiotherapie 6x KG, Rechnung {~INVOICE}, Betrag {~PRICE}. Bitte auf {IBAN} überweisen. Tel. {PHONE_EU}.',
    'Remboursement demandé par {NAME}: consultation annulée le {~DATE}, montant {~PRICE}. Tél {PHONE_EU}, mail {EMAIL}.',
    'Wrap-up: {NAME_INIT} called re. refund for missed telehealth slot at {~TIME}. Offered credit, declined. Refund to card {CARD}, 5–7 business days. Caller ID {PHONE}.',
    'Customer {NAME_UP} disputes CVS order {~ORDER}: received Amoxicillin 250 mg instead of 500 mg. Return label tracking {~TRACKING}. Callback {PHONE}.',
    'Terugbetaling: {NAME} heeft de fysiotherapie-afspraak van {~DATE} afgezegd. Bedrag {~PRICE} naar {IBAN}. Bel of app {PHONE_EU}.',
    'Rimborso per {NAME}: visita cardiologica annullata, importo {~PRICE}, fattura {~INVOICE}. IBAN {IBAN}, cellulare {PHONE_EU}.',
    'Refund approved for {FIRST}: yoga studio pass (10 classes, 4 used), {~PRICE} back via UPI {UPI}, UTR {~UTR}. Original voucher no. {~LUHN_INVALID_16} cancelled.',
    'Hello, my name is {NAME}. I paid {~PRICE} for the Apollo 24|7 annual health plan on {~DATE} but never activated it. Please refund. You can text me at {PHONE} or write to {EMAIL_SPELT}.',
  ],
  lead: [
    'New lead (Google Ads – "dental implants near me"): {NAME}, {PHONE}, {EMAIL}. Routed to Clove Dental, HSR Layout. Pincode {~PINCODE}. Score 82.',
    'Lead routing rule fired: city {~CITY} → Physio team B. Lead {NAME_REV}, mobile {PHONE}, interest: back pain, preferred time {~TIME}.',
    'Website form: name={name}&phone={PHONE}&email={EMAIL}&service=IVF+consultation&clinic=Nova+IVF&source=facebook',
    '{"lead_id": "{~UUID}", "full_name": "{NAME_UP}", "phone": "{PHONE}", "whatsapp": "{PHONE}", "product": "Star Health Senior Citizens Red Carpet", "premium_quote": "{~PRICE}"}',
    'Hi, I\'m {FIRST} — looking for a full body checkup package for my parents (both 60+). Please call me on {PHONE} after {~TIME} or WhatsApp {PHONE}. Location {~CITY}, {~PINCODE}.',
    'Lead: {NAME} | Title: {~JOB_TITLE} | Company wellness program for {~QUANTITY} | Email {EMAIL} | Direct {PHONE} ext 12 | Assigned to {NAME_INIT}',
    'Walk-in enquiry at Anytime Fitness, {~STREET}: {name} wants the 6-month plan, trial on {~WEEKDAY}. Mobile {PHONE}. Sales rep: {FIRST}.',
    'Interesado: {NAME}, quiere presupuesto de ortodoncia invisible en Sanitas Dental. Móvil {PHONE_EU}. Prefiere que le llamen por la tarde, después de las {~TIME}.',
    'Nowy lead: {NAME}, pakiet badań profilaktycznych w Diagnostyka, tel. {PHONE_EU}, e-mail {EMAIL}, miasto {~CITY}.',
    'Neuer Lead: {NAME_REV}, Interesse an Zahnimplantat, Tel. {PHONE_EU}, Rückruf erwünscht am {~WEEKDAY}. Quelle: Doctolib.',
    'Lead dupliqué détecté: {NAME} ({PHONE_EU}) et {NAME} ({PHONE_EU}) — même adresse e-mail {EMAIL}. Fusionner ?',
    'Missed call from {PHONE} at {~TIME} — IVR option 2 (lab reports). Auto-created lead, name unknown. Send SMS template LAB_REPORT_V2.',
    'Lead sheet row: {~DATE} | {NAME} | {PHONE} | Knee replacement | Fortis Mohali | Budget {~PRICE} | Status: Hot',
    'Referral from Dr. {LAST} (Medanta): patient {NAME}, ring {PHONE} to book a cardiology consult; prefers Hindi. Ref no. {~TICKET}.',
    'Chatbot transcript lead: "mera naam {name} hai, diabetes ke liye diet plan chahiye, number {PHONE}". Intent: nutrition. Routed to {FIRST}.',
    'Corporate lead: {NAME}, HR at {~CITY} office, wants flu vaccination camp for {~QUANTITY}. Reach at {PHONE} / {EMAIL}. Follow up {~DATE}.',
    'Nuovo contatto: {NAME}, interessato a abbonamento palestra annuale, cell. {PHONE_EU}, mail {EMAIL}. Promo valida fino al {~DATE}.',
  ],
};
