/**
 * Blind evaluation set 77: pharmaceutical and medical-device field sales in India, the US, the UK
 * and Europe — medical representatives' doctor-visit notes, sample and stock requests from chemists
 * and distributors, CME and conference invitations with RSVPs, KOL contracts and honoraria, expense
 * claims, territory hand-overs, adverse-event reports passed on from doctors (patient initials and
 * ages are hard negatives), hospital purchase committee follow-ups and CRM exports as CSV. Drug
 * brands and molecules that look like names (Augmentin, Dolo, Crocin, Allegra, Lyrica, Xarelto),
 * batch and lot numbers, doctors' registration numbers, dosages, prices and hospitals or chemists
 * named after people are plain text or look-alikes and must pass unchanged.
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH77_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Visit note {~DATE} {~TIME}: met Dr. {NAME} at Apollo Clinic, Jubilee Hills. Discussed Augmentin 625 Duo vs Moxikind-CV, she prefers Augmentin for URTI. Left 10 strips Dolo 650 (batch DL24B117, exp 08/26). Next call {~WEEKDAY}. Mobile {PHONE}.',
    'Dr. {NAME_INIT} (MCI Reg. No. 58213, Maharashtra Medical Council) wants Lyrica 75 mg samples for neuropathy patients. Clinic landline {PHONE}. Rx potential approx 40 scripts/month.',
    'Territory hand-over Pune West -> Pune East. Outgoing MR: {NAME}. Incoming MR: {NAME}. Key doctors: Dr. {LAST} (Jehangir Hospital, cardio, Xarelto 20 mg user), Dr. {NAME_INIT} (Ruby Hall, diabeto). Pending POB from Sai Medicos, invoice {~INVOICE}, {~PRICE}.',
    'Account ID,Doctor,Speciality,Phone,Email,Last Visit,Brand Focus\nHCP-00{~OTP},"{NAME_REV}",Cardiology,{PHONE},{EMAIL},{~DATE},Xarelto 15mg\nHCP-00{~OTP},"{NAME_REV}",Endocrinology,{PHONE},{EMAIL},{~DATE},Jardiance 10mg',
    'Call report – St. Thomas\' Hospital, London. Saw {NAME} (Lead Pharmacist) re: formulary listing of Eliquis 5 mg vs Xarelto. NHS PO {~PO} raised. Her direct line {PHONE}, email {EMAIL}. GMC 7034521 on the form is the consultant\'s, not hers.',
    'Hospital purchase committee follow-up, Fortis Escorts: committee chair Dr. {NAME}, purchase officer {NAME}. Quote for 20 infusion pumps (model IP-7, {~SERIAL}) submitted at {~PRICE}. PO {~PO} expected by {~DATE}. Call back on {PHONE}.',
    'CRM sync error row 14: "{LAST}, Dr." missing speciality; phone {PHONE}; pincode {~PINCODE}; last sample drop Crocin Advance x {~QUANTITY} on {~DATE}.',
    'KOL profile: {NAME}, MD DM (Neuro), Nizam\'s Institute. Advisory board fee Rs 75,000 per meeting, PAN {PAN}. Bank: IFSC {IFSC}. Speaks at Lyrica CME series. Assistant {FIRST} handles calendar – {PHONE}.',
    'Notiz Außendienst: Termin mit Dr. {NAME} (Praxis am Marienplatz) am {~DATE}. Interesse an Xarelto und Allegra 120 mg Mustern, {~QUANTITY}. Rückruf unter {PHONE_EU}. Charge L23-0917.',
    'Note visite: Dr {NAME} (cabinet rue {~STREET}), RPPS 10003456789. Souhaite docs sur Lyrica et le patch Qutenza. Tél. {PHONE_EU}, e-mail {EMAIL}.',
    'US field note: met {NAME}, NP at Mercy Clinic Springfield. Sampled Trulicity 0.75 mg (lot D384920A). NPI 1538249076 on file is the practice NPI. Office phone {PHONE}. Follow-up {~WEEKDAY} {~TIME}.',
    'Reassigned from {NAME} to {FIRST} on {~DATE}. Reason: {FIRST} left the company. Accounts: Lilavati Hospital, Dr. Reddy\'s distributor depot Thane, Jaslok Pharmacy.',
  ],
  whatsapp: [
    'sir good morning 🙏 this is {FIRST} from Mankind Pharma, kal aapke clinic aaya tha. Dolo 650 aur Crocin ke samples reception pe chhod diye hai. koi requirement ho toh call karo {PHONE}',
    'hi {name}, chemist bhaiya ko bol do Augmentin 625 ka stock nahi hai, distributor se 5 box mangwa rahe hai. batch no AUG4471 expire ho raha hai {~DATE} ko',
    'dr {LAST} ne bola allegra 180 ke 20 strip chahiye, pls arrange by {~WEEKDAY}. unka number {PHONE}',
    'Dear Dr. {FIRST}, you are invited to our CME on "Anticoagulation in AF – Xarelto update" at Taj Vivanta, {~DATE}, {~TIME}. Pls RSVP by reply or call {NAME} on {PHONE} 🙏',
    'rsvp yes for me and Dr. {NAME_INIT}. veg meal pls. my email is {EMAIL_SPELT}',
    'bro {name} ka expense claim reject ho gaya, hotel bill {~PRICE} ka tha aur limit Rs 3500 hai. usko bolo {EMAIL} pe revised bill bheje',
    'AE alert 🚨 Dr. {NAME} called, pt R.K. 54M on Xarelto 20 mg had GI bleed on {~DATE}. Need to report within 24 hrs. Dr ka number {PHONE}',
    'ok noted {FIRST}. lot no. LY-23-0451 of lyrica 150 recall wala hai? Sanjivani Medical ko bata diya',
    'hola {FIRST}, soy {NAME} de Laboratorios Cinfa. ¿Me confirmas la visita del {~DATE} a las {~TIME}? Llevo muestras de Augmentine y Dalsy. Mi móvil {PHONE_EU}',
    'cześć {FIRST}, tu {NAME} z Polpharmy. Przyślę próbki Xarelto i Lyrica w {~WEEKDAY}, zadzwoń pod {PHONE_EU} jak coś',
    'hey {name}, the Medtronic rep dropped the demo stent kit ({~SERIAL}) at cath lab. ping me on {PHONE} b4 {~TIME}',
    'thanx sir. Regards, {NAME} | Territory Manager, Sun Pharma | {PHONE}',
  ],
  kyc: [
    'KOL consultancy agreement – Speaker: Dr. {NAME_UP}. PAN {PAN}. Aadhaar {AADHAAR}. Honorarium Rs 50,000 + GST (GSTIN {GSTIN}). Bank IFSC {IFSC}. MCI Reg. 71264 (Karnataka). Contract ref KOL/2025/0388.',
    'Honorarium payment form (UK): Consultant {NAME}, National Insurance number {NINO}, GMC number 6123457, fee £1,200 for advisory board on {~DATE}. Pay to IBAN {IBAN}.',
    'HCP speaker onboarding (US). Name: {NAME_REV}\nSSN: {SSN}\nNPI: 1942301187 (not SSN)\nEmail: {EMAIL}\nPhone: {PHONE}\nHonorarium cap: $2,500 per program.',
    'Foreign speaker {NAME}, ITIN {ITIN}, passport {PASSPORT}, for ESC satellite symposium. Travel booked, invoice {~INVOICE}.',
    'Distributor onboarding: Shree Balaji Pharma Distributors, proprietor {NAME}, GSTIN {GSTIN}, PAN {PAN}, drug licence no. 20B-MH-PZ3-118204 / 21B-MH-PZ3-118205. Contact {PHONE}.',
    'Contrato de ponente: Dr. {NAME}, NIF {NIF}, colegiado nº 282845691, IBAN {IBAN}. Honorarios 900 € por charla sobre Xarelto. Tel. {PHONE_EU}.',
    'Umowa KOL: dr n. med. {NAME}, PESEL {PESEL}, PWZ 3219874, IBAN {IBAN}. Honorarium 4 500 zł brutto. Kontakt: {EMAIL}.',
    'Rejected form: Aadhaar {~VERHOEFF_INVALID_12} failed check for Dr. {NAME}. Resubmitted with {AADHAAR}. UPI for TA reimbursement: {UPI}.',
    'Expense claim – MR {NAME}, emp code EMP-40218. Corporate card {CARD}. Items: CME dinner {~PRICE}, cab {~PRICE}. The card no. {~LUHN_INVALID_16} typed on the bill is wrong.',
  ],
  refund: [
    'Chemist return note: Gupta Medical Store returning 12 strips Augmentin 625 Duo (batch AU2311K, exp {~DATE}) – short expiry. Credit note against invoice {~INVOICE} for {~PRICE}. Contact {NAME}, {PHONE}.',
    'Dr. {NAME} paid the conference registration twice by card {CARD}. Please refund {~PRICE}. Reg. ID ISCCON-2025-1182.',
    'Refund of CME registration to {UPI} for {name}, UTR {~UTR}. Amount Rs 2,000.',
    'Distributor claim: Mahaveer Pharma wants rate difference of {~PRICE} on Dolo 650 (MRP Rs 33.60 per strip of 15) for {~QUANTITY}. PO {~PO}. Owner {NAME}, email {EMAIL}.',
    'Erstattung Fortbildungsgebühr: Dr. {NAME}, IBAN {IBAN}, Betrag 180,00 €. Rechnungsnr. {~REF_EU}. Rückfragen {PHONE_EU}.',
    'Devolución: Farmacia {LAST} devuelve lote 3K0982 de Dalsy 40 mg/ml. Abono de {~PRICE}. Contacto {NAME}, {PHONE_EU}.',
    'Reimbursement query from {NAME_INIT}: mileage for 412 km (Nashik–Aurangabad) at Rs 8/km not paid. Claim {~TICKET}. Reach me on {PHONE} or {EMAIL_SPELT}.',
    'Ticket {~TICKET}: device return – glucometer {~SERIAL} from Dr. Batra\'s Clinic, patient initials S.M., 67F, reported error E-4. Rep {NAME} to collect. Replacement {~SKU}.',
  ],
  lead: [
    'New doctor lead from CME: Dr. {NAME}, paediatrics, Rainbow Children\'s Hospital. Interested in Crocin drops & Calpol. Mobile {PHONE}, email {EMAIL}. Met at booth {~TIME}.',
    'Conference RSVP export\nName,Hospital,Email,Phone,Session\n"{NAME}",Kokilaben Dhirubhai Ambani Hospital,{EMAIL},{PHONE},Xarelto symposium\n"{NAME}",Sir Ganga Ram Hospital,{EMAIL},{PHONE},Lyrica workshop',
    'Lead: {LAST} Pharmacy chain (7 outlets) wants to stock Allegra 120 and Montair LC. Owner {NAME}. Reach at {PHONE}. Expected volume {~QUANTITY}/month.',
    'Hi, this is {NAME}, procurement at Royal Free Hospital. We need a quote for 50 units of the CGM sensor (ref {~SKU}). You can reach me on {PHONE} or {EMAIL}.',
    'Medical device lead (EU): Klinikum rechts der Isar, OA Dr. {NAME}. Interesse an TAVI-Klappen. E-Mail: {EMAIL_SPELT}. Tel. {PHONE_EU}.',
    'Referral by Dr. {NAME} for Dr. {NAME}; both endocrinologists in Indore, both want Jardiance samples. Ping {FIRST} on {PHONE}.',
    'Web enquiry: "I am {NAME}, chemist at Shivam Medicos, Indore {~PINCODE}. Please send distributor contact for Xarelto 10 mg." Sent from {IP}.',
    'Prospect: Clinique {LAST}, Lyon. Contact: Mme {NAME}, pharmacienne. Courriel {EMAIL}. Budget {~PRICE} for Lyrica and Versatis.',
  ],
};
