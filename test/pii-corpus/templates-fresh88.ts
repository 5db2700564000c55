/**
 * Blind evaluation set 88: immigration and visa consultancies. Student, work and visitor visa files
 * for clients in India going to the US, the UK, Canada, Germany, Poland, Spain and Ireland: document
 * checklists, VFS and consulate biometrics and interview slots, sponsor and employer details,
 * bank-statement and funds proof, IELTS/TOEFL scores, police-clearance certificates, dependants,
 * fee payments and refunds, client WhatsApp chats and case-officer notes, with some German, Spanish,
 * Polish and French lines. Hard negatives sit next to real PII: visa classes and form numbers (F-1,
 * H-1B, Tier 2, D-type, I-20, DS-160), SEVIS-like and GWF-like references, band scores, dates,
 * times, fees, universities and institutes named after people (Johns Hopkins University, Max Mueller
 * Bhavan, Goethe-Institut, Trinity College), city names, lowercase chat names, greetings, signatures.
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH88_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Case note (F-1, Fall intake): {NAME} received the I-20 from Johns Hopkins University. SEVIS fee paid, DS-160 to be filled by {~DATE}. Client mobile {PHONE}. Counsellor: {FIRST}.',
    'Student file {~TICKET}\nApplicant: {NAME}\nPassport no.: {PASSPORT}\nIELTS overall 7.5 (L 8.0, R 7.5, W 6.5, S 7.0)\nDestination: Trinity College Dublin, MSc Data Science\nEmail: {EMAIL}',
    'Biometrics booked at VFS Global {~CITY} on {~DATE} at {~TIME} for {NAME} (UK Skilled Worker, formerly Tier 2). CoS issued by the sponsor; HR contact {NAME_INIT}, {EMAIL}.',
    'Germany D-type national visa: {NAME_REV} finished B1 at Max Mueller Bhavan / Goethe-Institut. Blocked account proof of {~PRICE} uploaded; Sperrkonto IBAN {IBAN}. Embassy appointment {~DATE}.',
    'Dependants on file for {NAME}: spouse {NAME}, son {FIRST} (age 6). Police clearance certificate from PSK {~CITY} still pending for the spouse. Next review {~WEEKDAY}.',
    'H-1B petition update: employer Brightline Analytics Inc. (petitioner), beneficiary {NAME_UP}, SSN {SSN} from the earlier OPT period. USCIS receipt WAC2512345678, I-797 approval expected in 15 days. Attorney fee {~PRICE}.',
    'Officer note, Canada study permit (SDS): GIC of CAD 20,635 confirmed for {NAME}. Aadhaar {AADHAAR} and PAN {PAN} match the bank statement. Application ref {~REF_EU}. Medicals due before {~DATE}.',
    'Poland work visa (type D, Karta Pobytu later): client {NAME}, employer contact Pan {LAST}, tel. {PHONE_EU}. Invoice {~INVOICE} for {~PRICE} raised; PESEL will be issued after arrival.',
    'Spain student visa (estudiante, Tipo D): {NAME}, NIE {NIF}. The older draft showed {~NIF_INVALID}, which the consulate rejected. Cita at BLS {~CITY} on {~DATE}.',
    'Interview prep for {FIRST}: US consulate Mumbai, B1/B2 visitor visa, slot {~DATE} {~TIME}. Sponsor (father) {NAME}, ITR filed under PAN {PAN}. Do not mention the earlier 214(b) refusal unless asked.',
    'From: {NAME} <{EMAIL}>\nSubject: Re: Ireland Stamp 2 checklist\nThanks, I will bring the TOEFL iBT score report (104) and the Trinity College offer letter.\nBest,\n{FIRST}',
    'UK dependant visa: main applicant {NAME}, National Insurance no. {NINO}, employer Harrow & Wembley NHS Trust. Partner {NAME} applying on GWF071234567. Priority service {~PRICE}.',
  ],
  whatsapp: [
    'hi {name} 🙏 ur VFS slot for biometrics is {~DATE} at {~TIME}, carry passport + appointment letter. any doubt call {PHONE}',
    'ma\'am this is {FIRST} from GlobalPath Visas. I-20 aa gaya hai! pls share ur SEVIS fee receipt on this number only',
    '{name}: sir my IELTS came 6.5 overall, writing 6.0 😟 is it ok for Canada?\nconsultant: yes for SDS you need 6 in each band, you are fine. send scorecard to {EMAIL}',
    'bhaiya passport no is {PASSPORT}, DOB on the DS-160 is wrong pls fix before {~WEEKDAY}',
    'Hallo {FIRST}, Ihr Termin bei der Deutschen Botschaft ist am {~DATE} um {~TIME}. Bitte Sperrkonto-Bestätigung mitbringen. Rückfragen: {PHONE_EU}',
    'Hola {FIRST}, soy {NAME} de la consultoría. Tu cita para el visado de estudiante es el {~DATE}. Mándame el NIE ({NIF}) y el certificado de antecedentes penales.',
    'Dzień dobry Pani {LAST}, wiza typu D dla {NAME} jest gotowa do odbioru w VFS {~CITY}. Numer zgłoszenia {~TICKET}.',
    '{name} 10:42: refund kab aayega? paid {~PRICE} for the Tier 2 file on {~DATE}\nGlobalPath 10:44: processing hai, UTR {~UTR}. pls share ur UPI {UPI} once more to confirm',
    'Bonjour {FIRST}, le dossier de visa pour {NAME} est complet. Merci de confirmer votre e-mail : {EMAIL_SPELT}',
    'good morning 🌞 pls send 6 months bank statement + CA report for funds proof. my mail is {EMAIL_SPELT}. Regards, {FIRST} (Visa Desk)',
    'ok noted {name}, PCC appointment at PSK {~CITY} on {~DATE} booked 👍 OTP {~OTP} came on {PHONE}',
  ],
  kyc: [
    'Client onboarding form\nFull name: {NAME}\nPassport: {PASSPORT}\nAadhaar: {AADHAAR}\nPAN: {PAN}\nVisa type: F-1 (student)\nIntended university: Johns Hopkins University\nIntake: {~MONTH} 2025',
    'APPLICANT NAME: {NAME_UP}\nPASSPORT NO: {PASSPORT}\nPLACE OF ISSUE: {~CITY}\nDATE OF ISSUE: {~DATE}\nFORM: DS-160\nCONFIRMATION NO: AA00C7X4K2\nCONTACT: {PHONE}',
    'Sponsor declaration: I, {NAME}, PAN {PAN}, declare that I will bear the tuition of {~PRICE} and living costs of my son {NAME} for his study at Trinity College Dublin. Account with IFSC {IFSC}.',
    'name,passport,aadhaar,visa,appointment,centre\n{NAME},{PASSPORT},{AADHAAR},Tier 4,{~DATE},VFS {~CITY}\n{NAME},{PASSPORT},{~VERHOEFF_INVALID_12},D-type,{~DATE},Goethe-Institut',
    'Employer details (H-1B): company Northfield Systems LLC, FEIN 12-3456789. Authorised signatory {NAME}, HR Manager, tel {PHONE}. Beneficiary SSN {SSN}, prior ITIN {ITIN}.',
    'Funds proof checklist for {NAME_REV}: FD receipt {~INVOICE}, savings statement (IFSC {IFSC}), education loan sanction {~PRICE}. GSTIN of sponsor\'s firm: {GSTIN}.',
    'Antragsteller: {NAME}\nReisepass-Nr.: {PASSPORT}\nE-Mail: {EMAIL}\nVisumkategorie: nationales Visum (D), Studium\nSperrkonto: {IBAN}\nSprachnachweis: Goethe-Zertifikat B2',
    'Datos del solicitante: {NAME_REV}, NIE {NIF}, teléfono {PHONE_EU}, correo {EMAIL}. Visado de estancia por estudios, Universidad Complutense. Tasa consular {~PRICE}.',
    'Wnioskodawca: {NAME}, PESEL {PESEL}, paszport {PASSPORT}. Pracodawca: Warsaw Logistics Sp. z o.o., stanowisko {~JOB_TITLE}. Karta pobytu, wniosek nr {~REF_EU}.',
    'Police clearance: PCC issued to {NAME} by RPO {~CITY} on {~DATE}, reference {~TICKET}. Address verification done at {~STREET}, PIN {~PINCODE}.',
    'Ireland Stamp 2 file: {NAME}, DOB {~DATE}, passport {PASSPORT}, IRP card pending. IELTS 7.0 TRF no. 24IN012345SHAR01. Guardian: {NAME_INIT}, {PHONE}.',
  ],
  refund: [
    'Refund request: {NAME} withdrew the Canada study permit file after the refusal. Service fee {~PRICE} paid by card {CARD}; refund the processing share only. Ticket {~TICKET}.',
    'Dear {FIRST},\nYour VFS premium lounge fee of {~PRICE} (invoice {~INVOICE}) will be refunded to UPI {UPI} within 7 working days.\nRegards,\nAccounts, GlobalPath Visas',
    'Rückerstattung: Herr {LAST} hat den Termin beim Goethe-Institut storniert. Betrag {~PRICE} geht zurück auf IBAN {IBAN}. Vorgang {~REF_EU}.',
    'refund status for {name}: ₹ 12,500 consultancy fee, NEFT to account at IFSC {IFSC}, UTR {~UTR}, paid on {~DATE}. card on file {~LUHN_INVALID_16} was declined earlier.',
    'Reembolso solicitado por {NAME} (NIE {NIF}): tasa del visado D de {~PRICE}, cita cancelada el {~DATE}. Transferencia a {IBAN}.',
    'Chargeback review: card {CARD} charged twice for the SEVIS I-901 service ($350). Cardholder {NAME}, email {EMAIL}, IP {IP}. Order {~ORDER}.',
    'Zwrot opłaty: {NAME}, PESEL {PESEL}, wiza pracownicza odrzucona. Kwota {~PRICE} na rachunek {IBAN}. Sprawa {~TICKET}.',
    'Hi {FIRST}, the IELTS retake fee (₹17,000) is non-refundable, but the document courier charge {~PRICE} (AWB {~TRACKING}) will be returned. Thanks, {NAME}',
    'Refund approved by case officer {NAME_INIT} on {~DATE} at {~TIME}: H-1B premium processing withdrawn, USD 2,805 back to {NAME} on the original card {CARD}.',
    'UK IHS refund after Skilled Worker refusal: applicant {NAME}, NI no. {NINO}, IHS reference IHS123456789. Amount {~PRICE}. Contact {PHONE}.',
    'Credit note {~INVOICE} issued to {NAME_REV} for the cancelled Ireland visitor visa. Consultancy GSTIN {GSTIN}; client PAN {PAN}.',
  ],
  lead: [
    'New lead from website: {NAME}, {EMAIL}, {PHONE}. Wants MS in the US (F-1), GRE 318, TOEFL 102. Budget {~PRICE}. Source: Instagram ad "Study in Boston".',
    'Walk-in enquiry at the {~CITY} branch on {~DATE}: {NAME} asking about the Germany Opportunity Card and Blue Card. Has B1 from Max Mueller Bhavan. Call back {~WEEKDAY}, {~TIME}.',
    'Lead form\nName: {NAME}\nMobile: {PHONE}\nEmail: {EMAIL_SPELT}\nCountry: Ireland\nCourse: MBA, Trinity College\nIELTS: 7.5\nHow did you hear about us: referral by {FIRST}',
    'lead | {name} | {PHONE} | UK Tier 4 / Student route | warm | assigned to {FIRST}',
    'Webinar signup "Canada PR vs Study Permit" on {~DATE}: {NAME} ({EMAIL}), {NAME} ({EMAIL}), plus 38 others. Zoom meeting ID 845 2210 9931, passcode visa25.',
    'Referral: {NAME} recommended their cousin {NAME} for a visitor visa to Spain (Schengen C-type). Cousin\'s number {PHONE}. Offer code STUDY25.',
    'Interesado: {NAME}, tel. {PHONE_EU}, quiere estudiar un máster en la Universidad de Salamanca. Pregunta por el visado de estudiante y la tasa de {~PRICE}.',
    'Zapytanie: {NAME} z Indii szuka pracy w Polsce jako {~JOB_TITLE}. Kontakt {EMAIL}. Agencja w {~CITY}, oferta {~ORDER}.',
    'Neuer Interessent: {NAME_REV}, möchte einen Studienplatz an der TU München. Telefon {PHONE}, Deutschkurs am Goethe-Institut ab {~MONTH}.',
    'Hi team, {FIRST} here from Pune. My sister {NAME} needs help with a dependant visa for the UK. You can reach me at {PHONE} after 6 pm. Thanks!',
    'Lead score update: {NAME} (F-1, spring intake) moved to "documents pending" on {~DATE}. Lead ID {~UUID}. IP at signup {IP}.',
  ],
};
