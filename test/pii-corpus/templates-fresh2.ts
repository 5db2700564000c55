/**
 * Second fresh held-out set, written blind on 2026-11-27 and run once (figures in fresh2-first-run.txt).
 *
 * How it was written. Its author read test/pii-corpus/*.ts (the template format, the slots of
 * generate.ts, values.ts and lookalikes.ts, and the older sets, so as not to copy them), the three
 * seed privacy policies in /work/shared/seeds/, /work/shared/DESIGN.md, docs/HELPERS.md and
 * scripts/eval-pii.ts (to register the set). The author did NOT read src/core/redact/** (the engine,
 * its README or its tests), read no diff of src/, and did not run the engine on a draft of these
 * templates: they were written, type-checked, put through the generator alone (no engine) to check
 * that every slot parses, and then run once; the templates were not changed after that run (only
 * this comment was, to say so).
 * Two disclosures: before writing, the author also opened test/pii-corpus/fresh-first-run.txt (to
 * copy the layout of a first-run file), which lists the misses and false positives of the first
 * fresh set, and ran `git log --oneline -3 -- test/pii-corpus scripts/eval-pii.ts`, whose output
 * showed three commit subjects that name forms the engine was recently taught. No template here was
 * written to target or to dodge those forms; where a form below resembles one, it is because the
 * brief asks for it (names beside phone numbers, names in lists, sign-offs).
 *
 * Content: what customers of a CRM, a WhatsApp commerce inbox and a lead-automation tool in India,
 * the US and Europe type. CRM activity feeds, CSV exports with surname-first names in quotes,
 * minutes of meetings with attendee and apology lists, call logs, GDPR erasure requests, US and
 * Indian e-mail signatures; WhatsApp chats in English, Hinglish, Spanish, Polish, German, French,
 * Italian and Portuguese, lowercase chat, an exported group chat with timestamps, a guest list;
 * KYC and bank forms (V-KYC logs, joint US accounts, UK right-to-work, Spanish, Polish, German,
 * French, Italian and Portuguese forms, GST registration, name-mismatch reports); refund requests,
 * chargebacks and refund batches; leads from ads, a chatbot transcript, a JSON payload, open-house
 * sign-in sheets, referrals and Title Case subject lines. Names sit at the start, middle and end of
 * messages, after greetings, labels, honorifics (Herr, M., pani, Dott.ssa, sahab, Mr) and verbs, in
 * parentheses, in quotes and in lists.
 *
 * Hard negatives are plain text: brands and companies named after people (Peter England, Van
 * Heusen, Tommy Hilfiger, Dr. Reddy's Laboratories, Johnson & Johnson, Morgan Stanley, Wells Fargo,
 * Mahindra & Mahindra, Ferrero, Sézane, Galeries Lafayette, John Deere), streets and places named
 * after people (Sardar Patel Marg, Subhash Chandra Bose Road, Netaji Subhas Place, Lokmanya Tilak
 * Terminus, Martin Luther King Jr. Blvd, Lincoln Park, Washington Heights, Plaza de Pablo Ruiz
 * Picasso, Avenida de Miguel de Unamuno, ul. Mikołaja Kopernika, ul. Józefa Piłsudskiego, ul. Marii
 * Skłodowskiej-Curie, Konrad-Adenauer-Ufer, Goethestraße, rue Victor Hugo, rue Jean Jaurès, avenue
 * Charles de Gaulle, Corso Vittorio Emanuele II, Avenida Almirante Reis), festivals (Ganesh
 * Chaturthi, Guru Nanak Jayanti, Diwali, San Fermín), products (Samsung Galaxy, Nike Air Force 1,
 * Ganesh idol) and job titles, beside look-alike slots.
 */
import type { Domain } from './templates.ts';

export const FRESH2_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Subject: Quarterly Business Review With {NAME} And The Mahindra & Mahindra Procurement Team ({~DATE})',
    '{~UUID},"{NAME_REV}",{PHONE},{EMAIL},Closed Won,{~PRICE},owner={FIRST}',
    'MoM {~DATE}\nPresent: {NAME_INIT}; {NAME}; {FIRST} {LAST} (Godrej Properties)\nApologies: {NAME}\nAP: {FIRST} shares the revised quote by {~WEEKDAY}.',
    'Warm regards,\n\n{NAME} | Senior Account Executive\nAllClients, Inc. · 1200 Martin Luther King Jr. Blvd, Austin TX\nDirect {PHONE} · {EMAIL}',
    'Gesprächsnotiz: Herr {LAST} (Einkauf, Siemens Healthineers) ruft am {~WEEKDAY} zurück, Durchwahl {PHONE_EU}. Bestellung {~PO} über {~QUANTITY} liegt vor.',
    'RDV annulé par {NAME} ; à recontacter après le {~DATE}. Le showroom de la rue Victor Hugo reste fermé pendant les travaux.',
    'Customer: {NAME_REV} (s/o {NAME}), flat {~ROOMS}, Tower C, Sardar Patel Marg. Wants possession before Ganesh Chaturthi.',
    'Inbound call 00:04:12 from {PHONE}; caller identified as {NAME}, transferred to {FIRST} in Collections. Disposition: PTP {~PRICE} on {~DATE}.',
    'Deal {~PO} reassigned: owner changed from {FIRST} to {NAME_INIT}',
    'GDPR erasure request {~REF_EU} from {EMAIL}: delete contact {NAME_REV} and every WhatsApp thread. Verified by {FIRST} on {~DATE}.',
    'spoke w/ {name} re pricing, wants 10% off on {~SKU}, will revert by {~WEEKDAY}. mob {PHONE}',
    'Account: Tata Motors Ltd (Pimpri plant). Renewal {~INVOICE} of {~PRICE} due {~MONTH}; decision maker is the {~JOB_TITLE}, champion {NAME}. Shuttle from Lokmanya Tilak Terminus.',
    'Notatka: rozmowa z panią {LAST} z działu zakupów, prosi o ofertę na {~QUANTITY}. Spotkanie z {NAME} w biurze przy ul. Mikołaja Kopernika 5.',
    'La Dott.ssa {NAME} (Ferrero, ufficio acquisti) chiede di spostare la call alle {~TIME}. Referente interno: {FIRST}.',
    '{FIRST} changed the contact name from "{name}" to "{NAME}" · {~DATE} {~TIME}',
    'Reunión con {NAME} y su socia {NAME} en la oficina junto a la Plaza de Pablo Ruiz Picasso; quieren conectar WACRM con su ERP antes de {~MONTH}.',
    'Hi {FIRST} and {FIRST},\nattaching the Dr. Reddy\'s Laboratories contract redlines. Johnson & Johnson signed on {~DATE}; PO {~PO}.\n– {NAME}',
  ],
  whatsapp: [
    'haan ji main {FIRST} bol rahi hoon, kal Karol Bagh wale store se {~PRODUCT} liya tha, bill {~INVOICE}. exchange ho jayega?',
    'mummy ka number bhi add kar lo: {PHONE} ({NAME})',
    'hey its {name} from the yoga class 🧘 do u still have the Peter England kurta in xl? the Phoenix Marketcity store is sold out',
    'buenas, le escribe {NAME} por el pedido {~ORDER}. ¿me podéis llamar al {PHONE_EU}? gracias',
    'cześć, mówi {FIRST}. paczka miała przyjść wczoraj a dalej nic, nr śledzenia {~TRACKING}. mój numer {PHONE_EU}',
    'Hallo, hier ist {NAME}. Könnten Sie mir die Rechnung {~INVOICE} nochmal als PDF an {EMAIL} schicken? Danke!',
    'coucou c\'est {FIRST} 😘 tu peux me mettre de côté la robe Sézane en 38 ? je passe {~WEEKDAY} vers {~TIME}',
    'buongiorno, sono {NAME}, ho ordinato {~QUANTITY} di {~PRODUCT} ma ne sono arrivati meno. numero ordine {~ORDER}',
    'boa tarde! fala {FIRST} {LAST}, queria saber se a encomenda {~ORDER} já saiu. o meu email é {EMAIL_SPELT}',
    '[{~TIME}] {NAME}: payment kar diya {UPI} pe\n[{~TIME}] {FIRST}: ok receive hone pe confirm karti hoon',
    'my husband will collect it, the name on his id is "{NAME_UP}" ok?',
    'is the Van Heusen shirt also in the Diwali sale? n will u deliver to MG Road before Guru Nanak Jayanti? pin {~PINCODE}. thx, {name}',
    'pls tell {FIRST} the otp {~OTP} expired, send again 🙏',
    'guest list for the store launch 🎉\n1. {NAME}\n2. {name}\n3. {NAME_INIT}\n4. Mrs {LAST} + 1',
    'namaskar {LAST} sahab, aapka {~PRODUCT} dispatch ho gaya hai, AWB {~TRACKING}. koi dikkat ho to {PHONE} pe call karein',
    'Thank you Sir 🙏 Kindly share NEFT details. My name as per bank: {NAME_UP}, IFSC {IFSC}',
    'oye soy {name}, la del pedido de zapatillas, me llegaron las Nike Air Force 1 en otra talla 😩 ticket {~TICKET}',
  ],
  kyc: [
    'Customer Information Form\nFull name: {NAME_UP}\nMother\'s maiden name: {LAST}\nDate of birth: {~DATE}\nPAN: {PAN}\nAadhaar: {AADHAAR}\nAddress: 14, Subhash Chandra Bose Road, Kolkata {~PINCODE}',
    'V-KYC session {~UUID}: agent {FIRST} verified {NAME} against PAN {PAN}; liveness passed; customer IP {IP}.',
    'Account opening, joint applicants: {NAME} (SSN {SSN}) and {NAME} (ITIN {ITIN}). Branch: Wells Fargo, Lincoln Park, Chicago.',
    'Right-to-work check for {NAME_REV}: NI {NINO}, passport seen. Line manager {NAME_INIT}; start {~DATE}.',
    'Solicitud de alta\nApellidos y nombre: {NAME_REV}\nDNI/NIE: {NIF}\nDocumento caducado: {~NIF_INVALID}\nDomicilio: Avenida de Miguel de Unamuno 12, Salamanca',
    'Wniosek kredytowy: wnioskodawca {NAME}, PESEL {PESEL}, nr rachunku {IBAN}. Poręczyciel: {NAME_REV}. Oddział przy ul. Marii Skłodowskiej-Curie 3.',
    'Kontoinhaber: {NAME}\nIBAN: {IBAN}\nVerwendungszweck: Rechnung {~INVOICE}\nAnschrift: Konrad-Adenauer-Ufer 3, Köln',
    'GST REG-06 for Shri Balaji Enterprises: GSTIN {GSTIN}; proprietor {NAME_UP}; bank IFSC {IFSC}; nominee {NAME}.',
    'Nominee details\nName: {NAME}\nRelationship: Spouse\nMobile: {PHONE}\nGuardian (if minor): N/A',
    'Name mismatch: PAN shows "{NAME_UP}", Aadhaar shows "{NAME}". Aadhaar no. {AADHAAR}; the earlier number {~VERHOEFF_INVALID_12} failed the checksum.',
    'Justificatif reçu de M. {LAST} ({EMAIL}) : RIB avec IBAN {IBAN}. Adresse : 8 avenue Charles de Gaulle, Neuilly-sur-Seine.',
    'Passport no. {PASSPORT}, surname {LAST}, given name {FIRST}. Documents verified at Passport Seva Kendra, Netaji Subhas Place, on {~DATE}.',
    'Cliente: {NAME}, codice pratica {~REF_EU}, IBAN {IBAN}. Filiale di Corso Vittorio Emanuele II, Milano.',
    'Titular: {NAME}\nTelemóvel: {PHONE_EU}\nIBAN: {IBAN}\nMorada: Avenida Almirante Reis 40, Lisboa',
    'Vendor {NAME} (DBA Jefferson Home Services) sent a W-9 with SSN {SSN}; EIN not provided. Signed PDF serial {~SERIAL}.',
  ],
  refund: [
    'Hi Team,\nRequesting a refund of {~PRICE} for order {~ORDER}; the Tommy Hilfiger watch stopped working after a week (serial {~SERIAL}).\nRegards,\n{NAME}\n{PHONE}',
    'Refund status: UTR {~UTR} credited to {UPI} on {~DATE}. Customer {name} confirmed on call.',
    'Chargeback notice: cardholder {NAME_REV}, card {CARD}, amount {~PRICE}, reason code 13.1 (merchandise not received). Respond by {~DATE}.',
    'Mr {LAST} says the refund for the Samsung Galaxy S24 (IMEI {~IMEI}) went to the wrong card; the card he gave us is {CARD}, not {~LUHN_INVALID_16}.',
    'paisa wapas kab aayega? 2 hafte ho gaye. order {~ORDER}, amount {~PRICE}, naam {NAME}',
    'Hola, soy {NAME}. Pedí el reembolso del pedido {~ORDER} hace diez días y todavía nada. Mi IBAN es {IBAN}. Un saludo.',
    'Erstattung für {NAME_INIT}: Betrag {~PRICE}, Bestellnummer {~ORDER}, Rücksendung per DHL ({~TRACKING}).',
    'Rimborso richiesto da {NAME} per il reso {~REF_EU}. Contatto: {EMAIL}. Il corriere ha ritirato il pacco il {~DATE}.',
    'Reklamacja {~TICKET}: pani {NAME} prosi o zwrot {~PRICE} na konto {IBAN}. Towar odebrany w paczkomacie przy ul. Józefa Piłsudskiego.',
    'Bonjour, je suis {NAME} et je n\'ai toujours pas reçu le remboursement de la commande {~ORDER} (Galeries Lafayette). Mon numéro : {PHONE_EU}.',
    'Pedido de reembolso de {NAME}: encomenda {~ORDER}, valor {~PRICE}. Reembolsar por MB Way para {PHONE_EU}.',
    'Refund batch {~DATE}:\n- {NAME_REV}: {~PRICE} (order {~ORDER})\n- {NAME_REV}: {~PRICE} (order {~ORDER})\nApproved by {NAME_INIT}',
    'Partial Refund Issued To {NAME} For Damaged Ganesh Idol - Ticket {~TICKET}',
    'Ticket {~TICKET} | Priority: High | Requester: {EMAIL} | Subject: refund not received | Agent: {FIRST} | CSAT pending',
    'hi its {name}, the refund of {~PRICE} came to my sbi acc but the coupon wasnt returned. order {~ORDER}',
  ],
  lead: [
    'Lead (Google Ads, "Villas near Mahabaleshwar"): {NAME} | {PHONE} | {EMAIL} | best time {~TIME} | utm_campaign=festive_offer',
    '{NAME_INIT} wants a site visit to the {~ROOMS} at Godrej Woods this {~WEEKDAY}; coming with his wife {FIRST}.',
    'Connected with {NAME}, {~JOB_TITLE} at Morgan Stanley, after the webinar. Asked for a case study; email {EMAIL}.',
    'Bot: May I know your name?\nUser: {name}\nBot: Thanks! Your phone number?\nUser: {PHONE}\nBot: Which city?\nUser: {~CITY}',
    '{"first_name":"{FIRST}","last_name":"{LAST}","phone":"{PHONE}","source":"Instagram","campaign":"Black Friday {~SKU}"}',
    'Nuevo contacto desde la web: {NAME} quiere presupuesto para reformar un piso de {~ROOMS} en Pamplona, después de San Fermín. Teléfono {PHONE_EU}, correo {EMAIL}.',
    'Zapytanie ofertowe od {NAME} (dział logistyki): {~QUANTITY} palet, termin {~DATE}. Tel. {PHONE_EU}.',
    'Anfrage von {NAME} ({EMAIL}): Angebot für {~QUANTITY}, Lieferung an die Goethestraße 7, Frankfurt am Main.',
    'Prospect : {NAME_REV}, gérant d\'une boulangerie rue Jean Jaurès à Toulouse ; rappeler au {PHONE_EU} avant {~TIME}.',
    'Nuovo lead da Instagram: {FIRST} ({~CITY}) chiede il listino di {~PRODUCT}. Scrivere a {EMAIL_SPELT}',
    'Lead do site: {NAME}, empresa Sonae, cargo {~JOB_TITLE}. Quer uma demonstração na {~WEEKDAY}. Contacto {PHONE_EU}.',
    'Referral bonus: {NAME} referred two friends ({NAME} and {NAME_INIT}); credit {~PRICE} after their first order.',
    'Sir enquiry aayi hai Justdial se – {NAME}, {~CITY}, {~QUANTITY} chahiye, call karo {PHONE}',
    'Open house sign-in (Washington Heights): {NAME} {PHONE}; {NAME} {EMAIL}; {NAME_INIT} – no contact left.',
    'Hot Lead From The John Deere Dealer Meet At Jio World Centre: {NAME}',
  ],
};
