/**
 * Blind evaluation set 97: driving schools and RTO/DMV/DVLA licence agents — learner-licence
 * applications, driving-test slot bookings, instructor rosters and car allocation (cars known by
 * nicknames, makes and plate numbers), fee receipts, medical certificates, and parents booking
 * lessons for teenagers, in India, the US, the UK and Europe. Hard negatives are the business's
 * own words: car nicknames that read like given names ("Laxmi", "Pepa", "Günther", "Rosie",
 * "Mercedes"), car models that are names (Octavia, Fabia, Zoe, Jazz, Clio), school brands built on
 * deity or place names, test centres and streets, plate numbers, form numbers (Form 1A, DL 44,
 * OL 237, D4, PKK), booking and application references, receipts, fees, dates, times and counts.
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH97_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Sarathi CRM · Lead {~ORDER}\nStudent: {NAME} | Mob: {PHONE}\nCourse: LMV 21-day on Swift Dzire MH12 KT 4471 ("Laxmi")\nLL test slot: {~DATE} {~TIME}, RTO Pune (MH-12)\nFee: {~PRICE} received, receipt {~INVOICE}\nNote: wants a Hindi-speaking instructor, assign {LAST} sir.',
    'Roster wk 14 – Shree Balaji Motor Training School\n07:00 Swift "Bumblebee" (KA-05-MN-2231) – {FIRST} with {NAME_INIT}\n08:00 Alto "Chhotu" (KA-05-MP-9918) – {FIRST} with {name}\n09:00 Honda Amaze – off road, service at Sai Ganesh Motors, job card {~ORDER}\n10:30 Skoda Octavia (dual control) – Ganesh Chaturthi holiday, no slots',
    'Pupil: {NAME_REV}\nProvisional licence rec\'d, NI no. {NINO}\nTheory pass cert {~REF_EU} (valid 2 yrs)\nPractical: Hendon test centre, {~WEEKDAY} {~DATE} {~TIME}, £62 paid online\nCar: Vauxhall Corsa "Bluebell" LD21 XKR, ADI {NAME_INIT}\nLessons taken: 24 of 30',
    'DMV agent note – {NAME}, teen permit. Van Nuys DMV written test {~DATE} at {~TIME}. Parent signing the DL 44: {NAME}, cell {PHONE}. SSN {SSN} verified. 6 hrs BTW left in the Prius "Herbie" (CA 8MKL204); instructor {FIRST} prefers weekend slots.',
    'Autoescuela La Giralda – ficha alumno\nNombre: {NAME_REV}\nDNI: {NIF}\nTel.: {PHONE_EU}\nPermiso B · prácticas con el Seat Ibiza "Pepa" (4821 KLM)\nExamen teórico DGT: {~DATE}, Jefatura de Sevilla\nPagado: {~PRICE} (tasa DGT 94,05 € aparte)\nProfesor: {FIRST}',
    'Fahrschule Sonnenschein – Schülerakte\nName: {NAME}\nTel.: {PHONE_EU}\nSehtest + Erste-Hilfe-Kurs: liegt vor ({~DATE})\nAntrag Führerscheinstelle eingereicht, Vorgangsnr. {~REF_EU}\nPrüfung TÜV Süd: {~WEEKDAY}, {~TIME} Uhr, VW Golf "Günther" M-FS 2231\nFahrlehrer: Herr {LAST}',
    'Auto-école Rivoli · fiche élève\n{NAME_UP} – {EMAIL}\nTél : {PHONE_EU}\nCode de la route : réussi le {~DATE}\nHeures de conduite : 18/20 sur la Clio "Titine" (GH-482-KM)\nExamen pratique : créneau le {~DATE} à {~TIME}, moniteur {FIRST}\nRenault Zoe électrique en réserve',
    'OSK Omega – karta kursanta\nKursant: {NAME}\nPESEL: {PESEL}\nNr sprawy PKK: {~REF_EU} (Starostwo Powiatowe)\nBadanie lekarskie ważne do {~DATE}\nJazdy: 22/30 h, Toyota Yaris "Żabka" WA 4821K, instruktor {FIRST}\nEgzamin WORD Warszawa: {~DATE}, godz. {~TIME}',
    'LL renewal desk\nApplicant {NAME_INIT}, Aadhaar {AADHAAR}, mob {PHONE}\nForm 1A signed by Dr. {NAME}, Sai Krupa Clinic, dated {~DATE}\nSarathi appl. no. {~ORDER}; LL fee Rs. 150 + test fee Rs. 50 paid, UPI ref {~UTR}\nStatus: slot pending, RTO Andheri (MH-02)',
    'Fleet change {~DATE}: "Rocky" (Tata Nexon EV, DL 3C AB 1234) is in the workshop till {~WEEKDAY}; {FIRST}\'s 4pm pupils move to "Mercedes" (the old Maruti Celerio, DL 8C Q 7765). Odometer 48,211 km, next service at 50,000. Dashcam {~PRODUCT} ordered, {~SKU}.',
    'Thanks for booking your Pass Plus course with Red Line Driving.\n\nKind regards,\n{NAME}\nSenior ADI · Red Line Driving Ltd\nM: {PHONE} | E: {EMAIL}\nCompany no. 08842211 · Pass Plus module 3 of 6',
  ],
  whatsapp: [
    'Namaste sir, {FIRST} here, {NAME} ka papa 🙏 beta ka LL test kab hai? Sarathi pe slot {~DATE} dikha raha hai. Mere number {PHONE} pe call kar lena',
    'ok ma\'am, Swift "Bumblebee" kal {~TIME} ko free hai, {name} ko Koregaon Park gate 2 se pickup. Fees {~PRICE} GPay kar dena {UPI} pe ✅',
    'Hey! It\'s {FIRST} from Red Line Driving 🚗 Your test at Pinner is {~WEEKDAY} {~TIME}. Bring your provisional + theory cert. I\'ll be in the Corsa "Bluebell" (LD21 XKR) 👍',
    'hi this is {NAME}, {FIRST}\'s mom 🙂 can we move her drive from {~WEEKDAY} to {~WEEKDAY}? she has soccer til 5. my cell is {PHONE}. also is Herbie the Prius or the Civic lol',
    '[Forwarded]\nAppointment confirmed ✅\nDVSA booking ref {~REF_EU}\nCandidate: {NAME_UP}\nTest centre: Isleworth (Fleming Way)\nDate: {~DATE}  Time: {~TIME}\nFee: £62.00',
    '¡Hola {FIRST}! Soy {FIRST} de Autoescuela La Giralda 🚦 mañana práctica a las {~TIME} con el Ibiza "Pepa". Si no puedes avisa al {PHONE_EU} porfa 🙏',
    'Dzień dobry, tu {NAME}. Syn ({FIRST}) ma jazdę w {~WEEKDAY}? Instruktor {LAST} mówił, że Yaris "Żabka" jest w serwisie. Mój numer {PHONE_EU}',
    'Olá {FIRST}! Aqui é da Escola de Condução Estrela 🚗 o exame de código no IMT ficou para {~DATE} às {~TIME}. Traga o Cartão de Cidadão. Qualquer dúvida liga {PHONE_EU}',
    '*Instructors group* 🚘\n{FIRST}: aaj Alto "Chhotu" ka clutch gaya 😩\n{FIRST}: koi baat nahi, {name} ko Nexon "Rocky" mein shift karo, 11:30 wala\nOwner: ok, {~PRICE} ka bill Sai Ganesh Motors se le lena, job card {~ORDER}',
    'Hallo {FIRST}, hier {NAME} von der Fahrschule Sonnenschein. Deine Autobahnfahrt ist am {~WEEKDAY} um {~TIME}, wir nehmen den Golf "Günther". Kosten {~PRICE}. LG',
    'Bonjour, c\'est {FIRST} 😊 ma fille veut faire la conduite accompagnée (AAC). Vous avez des places en {~MONTH} ? mon mail : {EMAIL_SPELT}',
  ],
  kyc: [
    'LEARNER LICENCE APPLICATION (Form 2)\nApplicant name: {NAME_UP}\nSon/Daughter/Wife of: {NAME}\nAadhaar: {AADHAAR}\nMobile: {PHONE}\nEmail: {EMAIL}\nClass of vehicle: MCWG, LMV\nBlood group: B+\nRTO: MH-12 Pune\nApplication no.: {~ORDER} | Date: {~DATE}',
    'Provisional licence application – {NAME_REV}\nNational Insurance no.: {NINO}\nIdentity: Indian passport {PASSPORT}\nEyesight: can read a plate at 20 m ✔\nD4 medical: not required (car only)\nFee: £34 online · DVLA ref {~REF_EU}',
    'DL 44 – Driver License / ID Card Application (minor)\nApplicant: {NAME}\nSSN: {SSN}\nParent/Guardian: {NAME_INIT}, phone {PHONE}\nDriver ed certificate OL 237 no. {~SERIAL}\nDriver training OL 238: to be signed by instructor\nVision: 20/40 pass\nAppointment: {~DATE} {~TIME}, Santa Clara DMV',
    'Permit applicant {NAME} has no SSN; ITIN {ITIN} letter + consular ID brought for the AB 60 licence. Contact {EMAIL}. Written test scheduled {~DATE}, 46 questions, 38 to pass.',
    'Solicitud de permiso de conducción – Jefatura Provincial de Tráfico\nApellidos y nombre: {NAME_REV}\nDNI/NIE: {NIF}\nDNI anterior (erróneo en la matrícula): {~NIF_INVALID}\nTeléfono: {PHONE_EU}\nCorreo: {EMAIL}\nCentro de reconocimiento: CRC Triana, informe {~REF_EU} del {~DATE}\nClase: B | Tasa 4.1 abonada: 94,05 €',
    'Wniosek o wydanie PKK\nImię i nazwisko: {NAME}\nPESEL: {PESEL}\nOrzeczenie lekarskie nr {~REF_EU} z dnia {~DATE}\nKategoria: B\nTel.: {PHONE_EU}\nOSK Omega, nr ewid. 00123, Skoda Fabia WA 7730M',
    'FORM 1-A MEDICAL CERTIFICATE\nName of applicant: {NAME}\nAge: 18 yrs | Identification mark: mole on left cheek\nCertified by Dr. {NAME_INIT}, MBBS, Reg. no. as per stamp\nVisual acuity 6/6, colour vision normal, no night blindness\nDate: {~DATE}  Place: Nashik',
    'TAX INVOICE – Shree Balaji Motor Training School\nGSTIN: {GSTIN}\nBilled to: {NAME} | PAN {PAN}\nInvoice {~INVOICE} dated {~DATE}\nLMV course (21 sessions) ₹ 5,500.00\nCGST 9% ₹ 495.00 · SGST 9% ₹ 495.00\nTotal {~PRICE}\nPaid by IMPS, IFSC {IFSC}, UTR {~UTR}',
    'Antrag auf Ersterteilung Klasse B (BF17)\nName, Vorname: {NAME_REV}\nTelefon: {PHONE_EU}\nE-Mail: {EMAIL}\nKonto für Lastschrift: {IBAN}\nSehtest vom {~DATE}, Erste-Hilfe-Kurs DRK Nr. {~TICKET}\nBegleitperson: {NAME}',
    'Dossier permis B – Auto-école Rivoli\nCandidat : {NAME_UP}\nTéléphone : {PHONE_EU}\nE-mail : {EMAIL_SPELT}\nN° de dossier : {~REF_EU}\nÉvaluation de départ : 25 h recommandées\nForfait 20 h : {~PRICE} · facture {~INVOICE}',
    '{"name":"create_learner","arguments":{"full_name":"{NAME}","mobile":"{PHONE}","aadhaar":"{AADHAAR}","class":"LMV","batch":"{~TIME}","vehicle":"MH12 KT 4471","vehicle_nick":"Laxmi","school":"Sai Ganesh Motor Training School"}}',
  ],
  refund: [
    'Hi, I\'m {NAME}. I paid {~PRICE} for the 10-lesson pack on {~DATE} (receipt {~INVOICE}) but my instructor {FIRST} cancelled 3 times. Please refund to my card {CARD}.',
    'Refund request – practical test cancelled (examiner unavailable)\nCandidate: {NAME_REV}\nBooking ref: {~REF_EU}\nOriginal slot: {~DATE} {~TIME}, Goodmayes\nOut of pocket: 2 hrs car hire £70 (Fiesta "Rosie", BD51 SMR)\nPay to: {IBAN}',
    'sir maine {~PRICE} diya tha UPI {UPI} se, UTR {~UTR}, par beti {FIRST} ka course start hi nahi hua. refund kar do pls, number {PHONE}',
    'Parent refund: {NAME} withdrew {FIRST} from Teen Driver Ed (summer session, 30 hrs classroom). Paid {~PRICE} by Visa {CARD}. 50% refund per policy {~VERSION}, approved by {NAME_INIT}, ticket {~TICKET}.',
    'Buenas, soy {NAME}, DNI {NIF}. Me di de baja de la Autoescuela La Giralda el {~DATE} y me cobraron la matrícula ({~PRICE}) igualmente. Ruego devolución a la cuenta {IBAN}. Tel. {PHONE_EU}',
    'Reklamacja – OSK Omega\nZwrot za 5 niewykorzystanych godzin jazd (5 × 120 zł)\nKursant: {NAME}\nNr faktury: {~INVOICE}\nKonto: {IBAN}\nKontakt: {EMAIL}',
    'Sehr geehrte Damen und Herren,\nfür die abgesagte Prüfungsfahrt am {~DATE} (TÜV-Gebühr {~PRICE}) bitte ich um Erstattung auf {IBAN}.\nMit freundlichen Grüßen\n{NAME}\n{PHONE_EU}',
    'ticket_id,student,phone,amount,reason,status\n{~TICKET},{NAME},{PHONE},{~PRICE},double charged – Nexon Rocky slot,open\n{~TICKET},"{NAME_REV}",{PHONE},{~PRICE},LL test fee paid twice,closed',
    '---------- Forwarded message ---------\nFrom: {NAME} <{EMAIL}>\nDate: {~DATE}\nSubject: Refund for medical certificate fee\n\nThe Form 1A fee of Rs. 300 was charged twice (txn {~UTR}). Kindly reverse it, IFSC {IFSC}, a/c holder {NAME_UP}.',
    '{"tool":"issue_refund","args":{"receipt":"{~INVOICE}","amount":"{~PRICE}","student":"{NAME}","payer_email":"{EMAIL}","reason":"slot moved by RTO","vehicle":"Bumblebee","approved_by":"{FIRST}"}}',
    'Bonjour, je suis {NAME}. L\'auto-école Rivoli m\'a facturé 2 h de conduite le {~DATE} (facture {~INVOICE}) alors que la Clio "Titine" était en panne. Merci de me rembourser {~PRICE}. Tél : {PHONE_EU}',
  ],
  lead: [
    'New enquiry – website\nName: {NAME}\nPhone: {PHONE}\nEmail: {EMAIL}\nInterested in: automatic lessons (Honda Jazz)\nPostcode area: HA5\nPreferred: {~WEEKDAY} evenings\nSource: Google Ads campaign "Pass in {~MONTH}"',
    'Hi, my daughter {FIRST} just turned 15½ and needs her learner\'s permit + 50 hrs. Do you pick up from {~CITY} High? — {NAME}, {PHONE}',
    'Lead from JustDial: {name}, {PHONE}, 2-wheeler + 4-wheeler dono chahiye, budget {~PRICE}, area Kothrud. Callback {~TIME} ke baad.',
    'created_time,full_name,phone_number,email,course,campaign\n{~DATE},{NAME},{PHONE},{EMAIL},LMV 30-day,Diwali Offer {~VERSION}\n{~DATE},{name},{PHONE},{EMAIL},Refresher 10-day,Diwali Offer {~VERSION}',
    'Nuevo contacto: {NAME} quiere sacarse el carné B en {~MONTH}. Tel {PHONE_EU}, correo {EMAIL_SPELT}. Pregunta por el pack intensivo (20 prácticas + teórico) de {~PRICE}.',
    'Zapytanie z formularza: {NAME}, tel. {PHONE_EU}, kurs kat. B od {~MONTH}, woli Yarisa "Żabka" i instruktora {LAST}. Kod rabatowy WIOSNA25.',
    'Anfrage über das Portal: {NAME_REV}, {PHONE_EU}, B197 (Automatik + Schaltung), Start im {~MONTH}. Der Vater ({NAME}) zahlt, Rechnung bitte an {EMAIL}.',
    '{"tool":"create_lead","args":{"parent_name":"{NAME}","teen_name":"{FIRST}","teen_age":15,"phone":"{PHONE}","email":"{EMAIL}","package":"Teen Starter 6hr BTW","pickup_city":"{~CITY}","source_ip":"{IP}"}}',
    'Pedido de informação: {NAME}, tel. {PHONE_EU}, quer tirar a carta de condução categoria B. Tem 17 anos e o pai ({FIRST}) pergunta o preço do pacote com 32 aulas: {~PRICE}.',
    'Franchise lead: {NAME_INIT}, ADI Part 3 passed, currently {~JOB_TITLE}, wants to join Red Line Driving with own Corsa (dual controls). Email {EMAIL}, mob {PHONE}. Franchise fee £185/wk, ref {~TICKET}.',
    'Namaste, main {NAME} bol raha hoon, Nashik se. Bete {FIRST} ke liye Sai Ganesh Motor Training School mein admission chahiye, LL already hai (Sarathi appl. {~ORDER}). Mera no. {PHONE}, email {EMAIL}.',
  ],
};
