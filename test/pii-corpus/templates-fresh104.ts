/**
 * Blind evaluation set 104: translation, notary and document-attestation agencies — birth, marriage
 * and degree certificate translations that quote parents' and spouses' names, apostille and embassy
 * attestation orders, sworn translators' rosters, court and visa document deadlines, and invoices,
 * in India, the US, the UK and Europe (with Hinglish, Spanish, German, French, Polish and Portuguese).
 * Hard negatives are the trade's own words: universities, courts and offices named after people
 * (Anna University, Savitribai Phule Pune University, Jawaharlal Nehru University, Uniwersytet Adama
 * Mickiewicza, Humboldt-Universität, King's College London, Lincoln's Inn), name-like brands
 * (Victoria Lingua Services, Grace Translation Bureau, Madison Legal LLP, Sterling & Grace,
 * Shree Ganesh Overseas), CAT tools, document and form names, order/case/court references, dates,
 * times, prices, word counts and versions.
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH104_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    "Case {~ORDER} | Birth certificate translation Hindi→English for {NAME}. Father's name on certificate: {NAME_UP}; mother's name: {NAME_UP}. Issued by Registrar of Births & Deaths, Pune Municipal Corporation. 2 pages, ₹850/page. Due {~DATE}.",
    'Apostille order {~ORDER}: degree certificate, Savitribai Phule Pune University, B.E. 2019. Applicant {NAME}, passport {PASSPORT}, mobile {PHONE}. HRD attestation done at Mantralaya; MEA apostille slot {~DATE} {~TIME}.',
    'Note from {FIRST} (front desk): client {NAME_INIT} called re marriage certificate for UK spouse visa. Spouse: {NAME}. Home Office deadline {~DATE}. Quote sent: £45 certified translation + £30 notarisation. Ticket {~TICKET}.',
    'Sworn translator roster — Spanish (traductor jurado, MAEC):\n- {NAME} · {PHONE_EU} · {EMAIL} · available Mon–Thu\n- {NAME_REV} · {PHONE_EU} · backup only, no court work\nCAT tool: Trados Studio {~VERSION}. Rate €0.11/word, minimum 1 page.',
    'Account: Victoria Lingua Services Ltd (corporate). Contact {NAME}, {~JOB_TITLE}. Invoice {~INVOICE} for {~PRICE} overdue since {~DATE}. PO {~PO}. Reminder sent to {EMAIL}.',
    'Court bundle: translation of Urteil (Amtsgericht Berlin-Mitte, Az. 12 F 345/23) for {NAME_REV}. Filing deadline {~WEEKDAY}, {~DATE}. Translator: {NAME_INIT}, ermächtigte Übersetzerin. Word count 3,480.',
    'Client: {NAME}\nMobile: {PHONE}\nEmail: {EMAIL}\nDocs: birth cert (Tamil), school leaving cert, degree (Anna University)\nService: MEA apostille + UAE embassy attestation + MOFA\nPackage: Gold Express, {~PRICE}\nRef: {~ORDER}',
    "Called the {LAST} family about the acte de naissance for the French long-stay visa (VLS-TS). Mother {NAME} wants the translation to keep the spelling from passport {PASSPORT}. VFS Global appointment in {~CITY}, {~DATE} at {~TIME}.",
    'US immigration packet for {NAME}: certified translation of a Polish akt małżeństwa (marriage record) for Form I-130. Spouse listed as {NAME_REV}. USCIS RFE response due {~DATE}. Billed {~PRICE}, case {~TICKET}.',
    "Task for {FIRST}: chase the notary at Lincoln's Inn (Chancery Lane) for the notarial certificate on {NAME}'s degree from King's College London; FCDO apostille to follow, tracking {~TRACKING}.",
    'Escalation {~TICKET}: {NAME} says the father\'s name "{NAME_UP}" was transliterated wrongly in the English translation (draft {~VERSION}, {~DATE}). Reissue free of charge, stamped by Grace Translation Bureau, sworn translator no. 14.',
  ],
  whatsapp: [
    'hi {name} ji 🙏 aapka birth certificate translation ready hai, 2 copies notarised. Andheri office se pickup after {~TIME} ya courier karu? awb {~TRACKING} milega',
    'bhaiya degree attestation ka status? MEA apostille hua kya? order {~ORDER} — {FIRST}',
    'hello {FIRST}, for the marriage cert translation pls send clear scan of both pages + spouse name exactly as in passport. my no {PHONE} 📄',
    'Sir UAE embassy attestation takes 7–10 working days after MOFA. Total {~PRICE}. Pay on {UPI} and share screenshot 🙏',
    'hola {FIRST}! la traducción jurada del acta de nacimiento ya está firmada y sellada ✅ ¿te la envío a {EMAIL} o la recoges el {~WEEKDAY} a las {~TIME}?',
    'cześć {FIRST}, tłumaczenie przysięgłe aktu urodzenia gotowe, {~PRICE}. Pani {LAST} może odebrać w biurze przy {~STREET}. tel. {PHONE_EU}',
    'Olá {FIRST}, a certidão de casamento com apostila chegou ✅ Nome do cônjuge: {NAME}. Qualquer dúvida liga {PHONE_EU} 📎',
    '[Forwarded] From {NAME}: "need the diploma translated into German for Anerkennung, deadline {~DATE}, can u do?"\n{name} pls quote by {~TIME}',
    'ok noted: mother name {NAME_UP}, father name {NAME_UP}, DOB {~DATE}. sending draft {~VERSION} in 10 min 👍',
    "Bonjour {FIRST}, la traduction assermentée de l'acte de mariage est prête, tampon de la cour d'appel. Mon numéro : {PHONE_EU}. Facture {~INVOICE} 👍",
    'Grace period for the visa docs ends {~DATE} 😬 {FIRST} can u get the notary at Victoria House before {~TIME}? client is {NAME_INIT}',
  ],
  kyc: [
    'Apostille application form\nApplicant: {NAME_UP}\nPassport No.: {PASSPORT}\nAadhaar: {AADHAAR}\nMobile: {PHONE}\nDocument: Degree — Jawaharlal Nehru University, 2016\nPurpose: Employment, Qatar\nOrder: {~ORDER}',
    'Notary intake (UK): client {NAME}, NI number {NINO}, DOB {~DATE}. ID seen: passport. Document: Decree Absolute, Central Family Court. Notarial act ref {~REF_EU}. Fee £95.',
    'Solicitud de traducción jurada\nNombre: {NAME}\nDNI/NIE: {NIF}\nTeléfono: {PHONE_EU}\nCorreo: {EMAIL}\nDocumento: certificado de matrimonio (Polonia)\nCónyuge: {NAME_REV}\nNº de pedido: {~REF_EU}',
    'Wniosek o tłumaczenie przysięgłe\nImię i nazwisko: {NAME}\nPESEL: {PESEL}\nTelefon: {PHONE_EU}\nDokument: odpis zupełny aktu urodzenia (USC {~CITY})\nImiona rodziców: {FIRST} i {FIRST}\nTermin: {~DATE}\nNr zlecenia: {~ORDER}',
    'W-7 packet (Certifying Acceptance Agent): certified copy of passport for {NAME}, current ITIN {ITIN}, phone {PHONE}. Supporting doc: Mexican acta de nacimiento, parents {NAME} / {NAME}. Order {~ORDER}, ETA {~DATE}.',
    'MEA attestation checklist ✔\n1. Original degree (Rajiv Gandhi University of Health Sciences) ✔\n2. Passport copy {PASSPORT} ✔\n3. PAN {PAN} for invoice ✔\n4. Authority letter signed by {NAME} ✔\nBatch {~SKU}, courier {~TRACKING}',
    'Prüfung für beglaubigte Übersetzung: {NAME_REV}, geb. {~DATE}, Geburtsurkunde Standesamt {~CITY}. Mutter: {NAME}. Tel. {PHONE_EU}. Auftrag {~REF_EU}, Seiten: 3.',
    'Identity check — legalización consular (España): {NAME}, NIE {NIF}, IBAN for refund {IBAN}. Document: título universitario, Universidad Carlos III de Madrid. Legalización ref {~ORDER}.',
    'GST invoice details\nClient: {NAME} / Shree Ganesh Overseas Pvt Ltd\nGSTIN: {GSTIN}\nPAN: {PAN}\nService: HRD + MEA apostille, 3 documents\nAmount: {~PRICE}\nInvoice: {~INVOICE}',
    'Applicant form (visa translation pack)\nSurname, Given name: {NAME_REV}\nPassport: {PASSPORT}\nBank challan no.: {~VERHOEFF_INVALID_12}\nIFSC: {IFSC}\nPIN code: {~PINCODE}',
    'Onboarding tłumacza: {NAME}, tłumacz przysięgły języka angielskiego, lista Ministra Sprawiedliwości TP/2841/11. PESEL {PESEL}, konto {IBAN}, e-mail {EMAIL}. Umowa od {~DATE}.',
  ],
  refund: [
    'Refund request {~TICKET}: {NAME} paid {~PRICE} for UAE embassy attestation but the embassy rejected the degree (HRD stamp missing). Refund 50% to UPI {UPI}. UTR of original payment {~UTR}.',
    'Hi team, please refund invoice {~INVOICE} — client {NAME_INIT} cancelled the apostille after the MEA slot on {~DATE}. Paid by card {CARD}.',
    'Reembolso solicitado por {NAME}: la traducción jurada llegó después del plazo del consulado ({~DATE}). Importe {~PRICE}. IBAN: {IBAN}. Pedido {~REF_EU}.',
    'Zwrot: {NAME_REV}, zlecenie {~ORDER}, tłumaczenie odpisu aktu małżeństwa — błąd w nazwisku małżonka. Kwota 180 zł na konto {IBAN}. Kontakt {PHONE_EU}.',
    "From: {EMAIL}\nSubject: Re: Refund – certified translation {~ORDER}\n\nThe birth certificate translation spelt my mother's name as {NAME} instead of {NAME}. I want the rush fee ({~PRICE}) back.\n\n{NAME}\n{PHONE}",
    'Refund via voucher: order {~ORDER} ({NAME}) — translation redone by Victoria Lingua Services. Gift voucher code {~LUHN_INVALID_16}, valid until {~MONTH} 2026.',
    'Refund approved by {FIRST} (ops). Notary fee £85 non-refundable; FCDO apostille fee refunded {~PRICE}. Bank details on file for {NAME}. Ref {~TICKET}.',
    'Rückerstattung: beglaubigte Übersetzung der Heiratsurkunde für {NAME} storniert am {~DATE}. Betrag {~PRICE} auf {IBAN}. Bearbeitet von {NAME_INIT}.',
    'refund pls 🙏 order {~ORDER}, my degree attestation got delayed n i missed the visa appt at BLS {~CITY} on {~DATE}. paytm {PHONE} — {name}',
    "Remboursement : dossier {~REF_EU}, traduction de l'acte de naissance de {NAME}, délai non respecté. Montant {~PRICE}. Contact : {EMAIL_SPELT}",
    '{"tool":"issue_refund","arguments":{"order_id":"{~ORDER}","customer_name":"{NAME}","amount":"{~PRICE}","reason":"apostille rejected - wrong issuing authority","notify_phone":"{PHONE}"}}',
  ],
  lead: [
    'New enquiry via website: {NAME}, {EMAIL}, {PHONE}. Needs birth + marriage certificate translation (Marathi→English) and apostille for Canada PR. Source: Google Ads "apostille near me". Budget {~PRICE}.',
    'Lead {~TICKET}: {FIRST} from Madison Legal LLP wants 40 sworn Spanish translations for a court matter, hearing {~DATE}. Call back {PHONE} after {~TIME} EST.',
    'Formulario web: Nombre {NAME} | Email {EMAIL} | Tel {PHONE_EU} | Servicio: traducción jurada de título + apostilla de La Haya | Idioma: español → alemán | Plazo: {~DATE}',
    'Zapytanie: {NAME}, tel. {PHONE_EU}, e-mail {EMAIL_SPELT}. Tłumaczenie dyplomu (Uniwersytet Adama Mickiewicza) na niemiecki + apostille. Termin {~DATE}.',
    'leads_translation.csv\nlead_id,name,phone,email,doc,lang,created\n{~ORDER},"{NAME_REV}",{PHONE},{EMAIL},birth_cert,hi-en,{~DATE}\n{~ORDER},"{NAME_REV}",{PHONE},{EMAIL},degree,ta-en,{~DATE}',
    '{"name":"create_lead","arguments":{"full_name":"{NAME}","phone":"{PHONE}","email":"{EMAIL}","service":"embassy_attestation","country":"Kuwait","docs":3,"quoted":"{~PRICE}"}}',
    'Fwd: referral from {NAME_INIT} (immigration adviser, Victoria Street) — client {NAME} needs a Hindi birth certificate translated for a UK spouse visa; father {NAME_UP}. Reach {FIRST} on {PHONE} or {EMAIL}.',
    'Anfrage über Kontaktformular: {NAME}, {PHONE_EU}, benötigt beglaubigte Übersetzung Zeugnis (Humboldt-Universität zu Berlin) ins Englische für Visum USA. Rückruf {~WEEKDAY}.',
    'Demande de devis : {NAME}, {EMAIL}, {PHONE_EU}. Traduction assermentée acte de naissance + légalisation consulaire (Maroc). Réf. {~REF_EU}.',
    'IndiaMART lead: {name} | {PHONE} | "need PCC and degree attestation for Saudi, urgent" | city {~CITY} | pincode {~PINCODE}',
    'Signature on inbound lead email:\n--\n{NAME}\n{~JOB_TITLE}\nSterling & Grace Relocation Ltd\nT: {PHONE} | E: {EMAIL}\nCompany no. 08412377',
  ],
};
