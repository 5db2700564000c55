/**
 * Third fresh held-out set, written blind on 2026-11-27 and run once (figures in fresh3-first-run.txt).
 *
 * How it was written. Its author read test/pii-corpus/*.ts (the template format, the slots of
 * generate.ts, values.ts and lookalikes.ts, and the older sets, so as not to copy them), the openings
 * of the three seed privacy policies in /work/shared/seeds/, docs/HELPERS.md and scripts/eval-pii.ts
 * (to register the set). The author did NOT read src/core/redact/** (the engine, its README or its
 * tests), no `*-first-run.txt` file, no git log message and no diff, and did not run the engine on a
 * draft: the templates were written, type-checked, and then run once; they were not changed after
 * that run.
 *
 * Content: what customers of a CRM, a WhatsApp commerce inbox and a lead-automation tool in India,
 * the US and Europe type: forwarded e-mail headers and quoted replies, a markdown table and
 * semicolon CSV exports, German meeting minutes, CRM activity lines, a pasted signature block, an
 * exported WhatsApp chat, a group order thread, appointment reminders, delivery coordination, KYC
 * and bank forms (beneficiary addition, re-KYC, W-8BEN, lease application, SEPA mandate, Spanish,
 * Polish, French, Italian and Portuguese forms, NRI onboarding, merchant onboarding), refunds and
 * chargebacks, and leads from ad forms, webinar exports, trade fairs and IndiaMART; English,
 * Hinglish, Spanish, Polish, German, French, Italian and Portuguese, lowercase chat. Names sit at the
 * start, middle and end, after greetings, labels, honorifics (Frau, Herr, Mme, M., sig., signora,
 * p., didi) and verbs, after prepositions (con, von, avec, da, od, z, by, from, to), in parentheses,
 * in angle-bracket headers, in quotes, in lists and tables, in sign-offs and beside phone numbers.
 *
 * Hard negatives are plain text: brands and companies named after people (Ralph Lauren, Hugo Boss,
 * Calvin Klein, Louis Vuitton, Ben & Jerry's, Wendy's, Victoria's Secret, Levi's, Johnson Controls,
 * Pernod Ricard, Dr.Max, Sabyasachi, Birla Sun Life, Kotak Mahindra Bank, Bajaj Finserv, Tata
 * Consultancy Services, Hamilton Beach, Dick's Sporting Goods), hospitals, schools and places named
 * after people (Sir Ganga Ram Hospital, Ram Manohar Lohia Hospital, Johns Hopkins, Ospedale San
 * Raffaele, Policlinico Agostino Gemelli, Gregorio Marañón, Hospital de Santa Maria, Lycée Henri-IV,
 * St. Xavier's School, Uniwersytet Jagielloński, Fundação Calouste Gulbenkian, Indira Gandhi
 * International Airport, Jawaharlal Nehru Stadium, Rajiv Chowk, George Washington Bridge), streets
 * (Kasturba Gandhi Marg, ul. Adama Mickiewicza, Calle de Francisco Silvela, Robert-Koch-Platz,
 * place Georges-Pompidou, Via Alessandro Manzoni, Piazza Giuseppe Verdi, Rua Marquês de Pombal,
 * Florence Nightingale Close), festivals (Holi, Onam, Navratri, Durga Puja, Raksha Bandhan,
 * Thanksgiving, Semana Santa, Ferragosto, Fête de la Musique) and products (Dyson V15, iPhone 15 Pro,
 * Parle-G, Maggi, Ray-Ban Wayfarer, Philips Airfryer), beside look-alike slots.
 */
import type { Domain } from './templates.ts';

export const FRESH3_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    '> On {~DATE}, {NAME} <{EMAIL}> wrote:\n> the invoice {~INVOICE} still shows our old billing address, can you reissue?\n\nHi {FIRST}, reissued this morning.\nThanks, {NAME_INIT}',
    '---------- Forwarded message ---------\nFrom: {NAME} <{EMAIL}>\nDate: {~WEEKDAY}, {~DATE} at {~TIME}\nSubject: Re: Kotak Mahindra Bank onboarding\nTo: {EMAIL}',
    'Visit log {~DATE}: met the {~JOB_TITLE} at Sir Ganga Ram Hospital about the appointment-reminder bot; the real decision sits with {NAME_INIT}, who was away at a conference. Reach him through his EA {FIRST} on {PHONE}.',
    'id;nombre;telefono;email;etapa\n{~REF_EU};{NAME_REV};{PHONE_EU};{EMAIL};negociación\n{~REF_EU};{NAME_REV};{PHONE_EU};{EMAIL};ganado',
    'Protokoll Jour fixe {~DATE}\nTeilnehmer: {NAME}, {NAME_INIT}, Frau {LAST}\nEntschuldigt: Herr {LAST}\nTOP 1: Rollout bei Hugo Boss Metzingen verschoben auf {~MONTH}, Rückfragen von {FIRST}.',
    '{~TIME} · Task completed by {FIRST}: "Send price list to {name}". Next step assigned to {NAME}.',
    'Compte rendu : échange téléphonique avec {NAME} (Lycée Henri-IV, service intendance). Devis {~INVOICE} à renvoyer avant le {~DATE}. Portable : {PHONE_EU}.',
    'Note from {NAME}: the client is NOT Ralph Lauren India but a franchisee in Ambience Mall run by {NAME_UP}. Please fix the account before {~WEEKDAY}.',
    "Telefonata con il sig. {LAST} dell'Ospedale San Raffaele: vuole integrare i promemoria WhatsApp. Richiamare lunedì e chiedere di {FIRST} al centralino.",
    '| Owner | Contact | Phone | Stage |\n|---|---|---|---|\n| {FIRST} | {NAME} | {PHONE} | Demo done |\n| {FIRST} | {NAME_INIT} | {PHONE} | Negotiation |',
    'Escalation: {NAME_UP} ({EMAIL}) says the Holi campaign went out to her whole list without consent. Legal ({NAME}) to reply by {~DATE}.',
    'ok so {name} from the Birla Sun Life branch called again, wants a callback on {PHONE}, says the {~PRODUCT} demo crashed on {~VERSION}',
    'Reunião {~DATE}: presentes {NAME}, {NAME} e eu. A Fundação Calouste Gulbenkian quer lembretes por WhatsApp; proposta até {~WEEKDAY} para {EMAIL}.',
    'Spotkanie u klienta przy ul. Adama Mickiewicza 10: rozmawiałem z {NAME} i jej szefem, p. {LAST}. Kolejny kontakt {~DATE}, tel. {PHONE_EU}.',
    "Signature pasted from the thread:\n--\n{NAME_UP}\nVP Partnerships, Ben & Jerry's (Unilever)\no: {PHONE} | m: {PHONE}\nPlease consider the environment before printing.",
    "Account merge: Dick's Sporting Goods (store {~TICKET}), contact {NAME} moved from the {~CITY} region to owner {FIRST} {LAST}.",
  ],
  whatsapp: [
    'didi kal wala order cancel kar do, {FIRST} ne galat size bhej diya. Raksha Bandhan ke baad naya bhejna. mera naam {NAME} hai',
    'hi this is {name}!! 😍 loved the Dyson V15 demo at ur store, can u send the price to my wife also, her no is {PHONE}',
    '{~DATE}, {~TIME} - {NAME}: bhaiya address change karna hai\n{~DATE}, {~TIME} - Shop: ji bataiye\n{~DATE}, {~TIME} - {NAME}: flat 402, opp Ram Manohar Lohia Hospital, pin {~PINCODE}',
    'olá! aqui é a {FIRST}, amiga da {NAME}. vi o vestido na montra da Rua Augusta, ainda têm o 36? 📞 {PHONE_EU}',
    'na das ging ja schnell 👍 grüße an {FIRST}! meine neue nummer für die lieferung: {PHONE_EU}, bitte bei {LAST} klingeln',
    "salut, je suis passée chez vous avec {NAME} samedi, on voulait le sac Louis Vuitton vintage. vous le gardez jusqu'à {~WEEKDAY} ? merci, {FIRST}",
    'ciao {FIRST}, ti giro il contatto di mia sorella {NAME}: {PHONE_EU}. cerca le scarpe che avete in vetrina in Via Alessandro Manzoni',
    'hola, el pedido {~ORDER} lo recoge mi marido, {NAME}, DNI {NIF}. yo estoy fuera por Semana Santa',
    'dzięki! przelew poszedł, tytuł: zamówienie {~ORDER}, od {NAME}. fakturę na firmę proszę, mail {EMAIL}',
    'yaar delivery boy {FIRST} ne {PHONE} se call kiya tha, utha nahi paya. Navratri se pehle aa jayega na? pin {~PINCODE}',
    'Onam Sadhya Orders 🌼\n{NAME}: 2 kits pls\n{name}: 3 for me\n{NAME_INIT}: 1, paying to {UPI}',
    'hey sorry wrong number, i was looking for {NAME}? she sold me a Hamilton Beach blender on marketplace',
    'Reminder 🔔 Hi {FIRST}, your cleaning at Smile Dental (opposite Johns Hopkins Outpatient Center) is on {~DATE} at {~TIME}. Reply 1 to confirm, 2 to reschedule. Questions? {PHONE}',
    'pls check the name on the parcel, it should be {NAME_UP} not {NAME_UP}. tracking {~TRACKING}',
    'ok madam, {~QUANTITY} of Parle-G family pack packed. driver {FIRST} ({PHONE}) will reach by {~TIME}. delivery otp {~OTP}',
    'ma grazie a te {name}!! 😘 ci vediamo dopo Ferragosto',
  ],
  kyc: [
    'Beneficiary addition\nAccount holder: {NAME_UP}\nBank: Kotak Mahindra Bank, Kasturba Gandhi Marg branch\nIFSC: {IFSC}\nRegistered mobile: {PHONE}\nRef: {~UTR}',
    'Re-KYC reminder: Dear {NAME}, your Aadhaar {AADHAAR} linked to PAN {PAN} must be updated before {~DATE}. Visit our branch near Indira Gandhi International Airport or reply here.',
    'W-8BEN review: beneficial owner {NAME_REV}, US TIN {ITIN}, foreign TIN not provided. Signed by {NAME_INIT} as agent; reviewer flagged the date {~DATE}.',
    'Lease application. Applicant: {NAME}; SSN {SSN}; employer Johnson Controls; previous landlord {NAME} ({PHONE}). Unit {~ROOMS}, George Washington Bridge view.',
    'Datos del titular\nNombre: {FIRST}\nApellidos: {LAST} {LAST}\nNIF: {NIF}\nNIF anterior (erróneo): {~NIF_INVALID}\nCuenta: {IBAN}\nHospital de referencia: Gregorio Marañón',
    'Dane osobowe: {NAME_REV} | PESEL: {PESEL} | miejsce pracy: Uniwersytet Jagielloński | kontakt: {EMAIL}',
    'SEPA-Lastschriftmandat\nZahlungspflichtiger: {NAME}\nIBAN: {IBAN}\nMandatsreferenz: {~REF_EU}\nOrt: Berlin, Robert-Koch-Platz 4, {~DATE}\nUnterschrift: {NAME_INIT}',
    "Dossier {~REF_EU} : pièce d'identité de Mme {NAME} vérifiée par {FIRST} ; IBAN {IBAN} ; adresse 3 place Georges-Pompidou, Paris. Rejet précédent : nom inversé ({NAME_REV}).",
    'Modulo adeguata verifica: cliente {NAME}, nato il {~DATE}, residente in Piazza Giuseppe Verdi 8, Palermo. IBAN {IBAN}. Titolare effettivo: {NAME_REV}.',
    'NRI account, UK resident: {NAME}, NI number {NINO}, Indian passport {PASSPORT}, address proof a council tax bill for 9 Florence Nightingale Close, Derby. RM: {NAME_INIT}.',
    'video kyc failed for {name}, face not matching, retry link sent to {PHONE}. agent device {~SERIAL}, session ip {IP}',
    'Merchant onboarding: business name Sai Krishna Sweets & Namkeen; GSTIN {GSTIN}; owner {NAME}; settlement IFSC {IFSC}; contact {EMAIL}',
    'Card replacement: cardholder {NAME_UP}, old card {CARD}, reported lost on {~DATE}; new card dispatched by Blue Dart, AWB {~TRACKING}.',
    'Ficha de cliente: {NAME} · telemóvel {PHONE_EU} · IBAN {IBAN} · profissão {~JOB_TITLE} · morada Rua Marquês de Pombal 17, Leiria',
    'Aadhaar seeding request from {NAME_UP} (mobile {PHONE}): new number {AADHAAR}; the number on the old form, {~VERHOEFF_INVALID_12}, was mistyped.',
  ],
  refund: [
    "From: {NAME} <{EMAIL}>\nSent: {~WEEKDAY}, {~DATE}\nSubject: RE: Return {~TICKET}\n\nStill waiting for the {~PRICE}. The Levi's 501 went back unworn to the Calvin Klein outlet counter, your staff took it.",
    'refund kab tak aayega bhai?? {~PRICE} kata tha card {CARD} se, order {~ORDER}. - {name}',
    "Agent {FIRST}: I see two payments from {UPI} for order {~ORDER}. I've raised a refund for the duplicate, UTR will be {~UTR}.\nCustomer: thanks {FIRST}!",
    'Refund approved for {NAME_REV}: iPhone 15 Pro, IMEI {~IMEI}, dead on arrival. Amount {~PRICE} to the original payment method.',
    'Solicito la devolución de {~PRICE} del pedido {~ORDER}. Titular de la cuenta: {NAME}. IBAN: {IBAN}. Atentamente, {NAME_INIT}',
    'Sehr geehrte Damen und Herren, für die Rücksendung von {NAME} (Kundennr. {~REF_EU}) wurde bisher keine Gutschrift erstellt. Mit freundlichen Grüßen\n{NAME}',
    'Remboursement refusé : le colis de M. {LAST} a été livré le {~DATE} ({~TRACKING}). Contestation possible auprès de {EMAIL}.',
    "Wendy's gift card refund: requester {NAME}, card {~LUHN_INVALID_16} (fails check), callback {PHONE}. Case {~TICKET}.",
    'Zwrot dla {NAME}: {~PRICE}, konto {IBAN}. Powód: uszkodzony {~PRODUCT}. Zgłosił {FIRST} z magazynu.',
    'Reso n. {~REF_EU}: la signora {LAST} chiede il rimborso sulla carta {CARD}. Prodotto: Ray-Ban Wayfarer, acquistato il {~DATE}.',
    'refund_export.csv\norder_id,customer,amount,upi\n{~ORDER},{NAME},{~PRICE},{UPI}\n{~ORDER},{NAME_UP},{~PRICE},{UPI}',
    "Hi, my mom {NAME} ordered a Philips Airfryer for Durga Puja but it came broken. Her number is {PHONE}, can someone call her? She doesn't do chat.",
    'Chargeback won: issuer reversed {~PRICE}; customer {NAME} ({EMAIL}) was told by {FIRST} on {~DATE}.',
    'Devolução: a cliente {NAME} recebeu {~QUANTITY} a menos. Enviar {~PRICE} por MB Way ({PHONE_EU}). Aprovado por {NAME_INIT}.',
    "Refund for Victoria's Secret order {~ORDER} goes to {FIRST} {LAST}, not to the account holder {NAME}. Please confirm in writing.",
  ],
  lead: [
    'New lead via Facebook form "Dream Home by Tata Housing": Full name {NAME_UP} · Phone {PHONE} · City {~CITY} · Budget {~PRICE}',
    'Webinar attendees export\nemail,first,last,company\n{EMAIL},{FIRST},{LAST},Bajaj Finserv\n{EMAIL},{FIRST},{LAST},Tata Consultancy Services',
    "{NAME} (St. Xavier's School, Ahmedabad) wants WhatsApp fee reminders for {~QUANTITY}; principal's office {PHONE}.",
    'Lead score 87: {NAME_INIT} opened the pricing page six times, last visit from IP {IP} at {~TIME}. Assign to {FIRST}.',
    'Formulario web: me llamo {NAME} y tengo una clínica en la Calle de Francisco Silvela. Quiero recordatorios de citas por WhatsApp. Llamadme al {PHONE_EU} o escribid a {EMAIL_SPELT}',
    'Kontaktformular: Vorname {FIRST}, Nachname {LAST}, Firma Hugo Boss Outlet Partner GmbH, Telefon {PHONE_EU}, Nachricht: Rückruf bitte nach {~TIME}.',
    'Demande de démo envoyée par {NAME} ({~JOB_TITLE}, Pernod Ricard) pendant la Fête de la Musique ; rappeler au {PHONE_EU}.',
    "Richiesta preventivo da {NAME_REV}, studio dentistico vicino al Policlinico Agostino Gemelli. Contatto: {EMAIL}.",
    'Lead z targów: {NAME} (sieć aptek Dr.Max) chce demo w {~MONTH}. Numer {PHONE_EU}, mail {EMAIL}.',
    'Pedido de contacto: sou {FIRST} {LAST}, tenho uma loja perto do Hospital de Santa Maria e quero automatizar o WhatsApp. O meu email: {EMAIL_SPELT}',
    'IndiaMART buy lead: {~QUANTITY} of {~PRODUCT} required at {~CITY}. Buyer {NAME}, mobile {PHONE}, verified. Contact before {~DATE}.',
    'Thanksgiving promo sign-ups (Austin): {NAME}, {PHONE}; {NAME_UP}, {EMAIL}; {NAME_INIT}, {PHONE}',
    'sir ek lead aaya hai Rajiv Chowk metro ke paas wali shop se, naam {name}, bol rahe the Maggi ka bulk order chahiye. number {PHONE}',
    'Referred by {NAME}: "my cousin {FIRST} runs the canteen at Jawaharlal Nehru Stadium and needs billing, call her at {PHONE}"',
    'Lead reassigned by workflow: {NAME} to {NAME_INIT}. Source: LinkedIn, campaign "Sabyasachi Wedding Collection {~MONTH}", ref {~UUID}.',
  ],
};
