/**
 * Fourteenth blind held-out template set, written without reading the engine, its tests or any
 * other held-out set. Messages that sales, support and operations staff of small businesses
 * (clinics, real-estate brokers, coaching institutes, D2C shops, travel and insurance agents,
 * logistics firms) in India, the US and Europe paste into an AI assistant or push through an
 * automation: meeting reschedules, lead hand-offs, follow-up drafts, complaint summaries,
 * voicemail transcripts, appointment reminders, WhatsApp exports and forwards, CSV/TSV/Markdown
 * rows, webhook JSON, and e-mail threads with signatures and quoted replies. Mostly English, plus
 * Hinglish, Spanish, Polish, German, French, Italian and Portuguese.
 *
 * Phone numbers (the weakest area) are introduced in many everyday ways: with and without a label
 * word, mid-sentence, right after a name, in brackets, in lists and tables, in signatures
 * ("M:", "T"), in voicemail transcripts, "reach me at", "call karna ho toh", "oddzwoń na".
 * Names appear full, first-only, lowercase, upper-case, initialled, surname-only and reversed.
 * Hard negatives sit next to real PII: brands and firms named after people (Dr. Reddy's, Philips,
 * Johnson & Johnson, Baker Hughes, Sharma Travels, Müller Logistik), streets named after people
 * (calle Goya, ulica Mickiewicza), clinics, buildings, festivals (Diwali, Onam, Eid, Pongal),
 * weekdays, months, job titles, and look-alike numbers ({~KIND}: orders, invoices, policy and
 * booking references, UTRs, OTPs, tracking numbers, IMEIs, prices, dates and times).
 */
import type { Domain } from './templates.ts';

export const FRESH14_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Reschedule note: {NAME} can no longer make {~WEEKDAY} at {~TIME}, asked for any slot after lunch instead. Best on {PHONE} after 6, not the clinic landline. Ref {~TICKET}.',
    'On {~DATE}, {NAME} <{EMAIL}> wrote:\n> Could we push the site visit for the {~ROOMS} at Lodha Park to next week?\n> My cell is {PHONE} if that is easier.\n\nSure, moved it. Thanks,\n{FIRST} | {~JOB_TITLE}, Keystone Brokers',
    'lead_id,contact,email,phone,city,budget\n{~ORDER},"{NAME_REV}",{EMAIL},{PHONE},{~CITY},{~PRICE}',
    'Voicemail (0:42), auto-transcribed: "hi, this is {NAME} calling about the renewal, policy number {~REF_EU}... um you can call me back on {PHONE} any time before five, thanks."',
    'Hand-off to {FIRST}: Harbor Ford dealership on {~STREET} wants three more seats. Decision maker is {NAME_INIT}, {~JOB_TITLE}; direct line {PHONE}. PO {~PO} is already approved.',
    "Draft a polite follow-up to {NAME}: we sent quote {~INVOICE} ({~PRICE}) on {~DATE} and heard nothing back. Mention that Dr. Reddy's already signed. Her number if the email bounces: {PHONE}.",
    '| Patient | Phone | New slot |\n|---|---|---|\n| {NAME} | {PHONE} | {~WEEKDAY} {~TIME} |\n| {NAME_REV} | {PHONE} | {~MONTH} 14, 11:00 |',
    'Thanks again for your patience, we will get this sorted.\n\n--\n{NAME}\n{~JOB_TITLE} · Marigold Travels\nM: {PHONE}\n{EMAIL}\nBooking ref {~REF_EU}',
    'Rückrufbitte: Herr {LAST} hat wegen der Rechnung {~INVOICE} angerufen, erreichbar unter {PHONE_EU} ab {~TIME}. Bitte nicht vor Montag zurückrufen.',
    'Mme {LAST} souhaite décaler son rendez-vous du {~DATE} ; elle laisse son portable {PHONE_EU}. Dossier {~TICKET}, pas de frais d\'annulation.',
    'Nota per il team: il sig. {NAME} ha chiesto un preventivo per {~QUANTITY}, richiamarlo al {PHONE_EU} oppure scrivere a {EMAIL} entro venerdì.',
    'Driver {FIRST} ({PHONE}) says consignee {NAME_UP} is not reachable at {~STREET}, pincode {~PINCODE}. AWB {~TRACKING}, second attempt on {~WEEKDAY}.',
    '{"event":"invitee.canceled","payload":{"name":"{NAME}","email":"{EMAIL}","text_reminder_number":"{PHONE}","cancel_reason":"clash with Diwali puja","start_time":"{~DATE} {~TIME}","uuid":"{~UUID}"}}',
    'Renewals due in {~MONTH}:\n1) {NAME} - policy {~PO} - {PHONE}\n2) {NAME_REV} - policy {~REF_EU} - {PHONE}\n3) {LAST} family - premium {~PRICE}, no number on file',
    "Appointment moved: patient {NAME} at Dr. Batra's Homeopathy, Koramangala, new slot {~WEEKDAY} {~TIME}. Patient asked us to text {PHONE} rather than call.",
    'Parent callback: {NAME} (father of {FIRST}, JEE 2026 batch B). Reach him at {PHONE} or his wife on {PHONE}. Fee receipt {~INVOICE}, balance {~PRICE}.',
    'Resumen de la llamada con {NAME}: quiere ver el piso de {~ROOMS} en la calle Goya el {~WEEKDAY}. Su móvil {PHONE_EU}, correo {EMAIL}. Ref. interna {~REF_EU}.',
    'Pan {LAST} prosi o kontakt w sprawie zamówienia {~ORDER}; tel. {PHONE_EU}, najlepiej po 16:00. Faktura {~INVOICE} jeszcze nieopłacona.',
    'Callback requested: {NAME} [{PHONE}] re: Sunday open house. Spoke to {FIRST} at the front desk.',
  ],
  whatsapp: [
    'Forwarded\n*Site visit tomorrow* 🏡\n{~ROOMS} @ Prestige Shantiniketan\nclient {FIRST}, {~TIME}\ncontact {PHONE}\npls confirm 🙏',
    'sir mera naam {name} hai, {~DATE} ko order kiya tha {~ORDER}, abhi tak nahi aaya. whatsapp yahi hai but call karna ho toh {PHONE}',
    '[{~DATE}, {~TIME}] {NAME}: guys new lead from Justdial, {FIRST} from Andheri, number {PHONE}, wants 2 tickets to Goa in {~MONTH}',
    'ok noted 👍 {FIRST} ka alternate no. {PHONE} hai, primary wala band aa raha hai',
    'hey its {name} lol new number, save it 👉 {PHONE}',
    'Reminder 🔔 Your appointment at Smile Dental with Dr. {LAST} is on {~WEEKDAY} at {~TIME}. Reply YES to confirm or call {PHONE} to reschedule.',
    'can u call {FIRST}?? {PHONE} .. she is waiting at gate 3 with parcel {~TRACKING}',
    'Hola {FIRST}! Soy {NAME} de Viajes Sol y Mar 🌞 te paso mi número directo {PHONE_EU}, el presupuesto de {~PRICE} vale hasta el {~DATE}',
    'Cześć, tu {FIRST} z biura. Klient {NAME} dzwonił dwa razy, oddzwoń na {PHONE_EU} proszę 🙏 chodzi o fakturę {~INVOICE}',
    'Hallo {FIRST}, kurze Info: das Paket {~TRACKING} liegt in der Packstation. Bei Fragen 📞 {PHONE_EU}. Gruß, {NAME}',
    'numbers for the Diwali hamper list:\n{name} - {PHONE}\n{name} - {PHONE}\n{FIRST} (office) - {PHONE}\ntotal {~QUANTITY}',
    'bro OTP {~OTP} gaya hai {PHONE} pe, customer {FIRST} bol raha hai usne request nahi kiya 🤔',
    "Ciao {FIRST}, ti giro il contatto dell'idraulico di cui ti parlavo: {NAME}, {PHONE_EU}. Digli che ti mando io 😉",
    'Olá {FIRST}! A sua encomenda {~ORDER} sai hoje. Qualquer dúvida ligue {PHONE_EU} ou responda aqui 📦',
    'Voice note transcript: "haan {FIRST} ji, main {NAME} bol raha hoon Sharma Travels se... aapke number {PHONE} pe PNR bhej diya hai, {~TIME} ki flight hai"',
    "pls add {PHONE} to the Sunday batch group, it's {FIRST}'s mom",
    '🚨 {NAME_UP} ka payment {~PRICE} pending hai, {UPI} pe bhejna tha. jo UTR {~UTR} diya woh match nahi ho raha',
  ],
  kyc: [
    'Onboarding checklist for {NAME} (Thane branch):\n- PAN: {PAN}\n- Aadhaar: {AADHAAR}\n- Mobile linked to Aadhaar: {PHONE}\n- Bank IFSC: {IFSC}\nApplication {~TICKET}',
    'Proposal form. Proposer: {NAME_UP}; Nominee: {NAME}; PAN {PAN}; contact {PHONE}; sum assured {~PRICE}; proposal no. {~PO}.',
    'Forwarding KYC of new franchise partner {FIRST}: GSTIN {GSTIN}, PAN {PAN}. The Aadhaar he sent, {~VERHOEFF_INVALID_12}, fails validation so I asked him to resend. His number is {PHONE}.',
    'W-9 received from {NAME_REV}: SSN {SSN}, mailing address on {~STREET}. Follow up at {EMAIL} or cell {PHONE}.',
    'Tenant screening: applicant {NAME}, ITIN {ITIN} (no SSN yet), works at Johnson & Johnson as {~JOB_TITLE}. Landlord reference {PHONE}.',
    'Visa file for {NAME_UP}: passport {PASSPORT}, travel in {~MONTH}, hotel confirmation {~REF_EU}. Emergency contact {NAME}, {PHONE}.',
    'UK payroll setup for {NAME}: NI number {NINO}, salary to {IBAN}, start date {~DATE}. Mobile {PHONE}.',
    'Alta de cliente: {NAME_REV}, DNI {NIF}, teléfono {PHONE_EU}, e-mail {EMAIL}. El documento que nos dio antes, {~NIF_INVALID}, estaba mal escrito.',
    'Dane klienta: {NAME}, PESEL {PESEL}, tel. {PHONE_EU}, nr zamówienia {~ORDER}. Proszę o weryfikację do {~WEEKDAY}.',
    '{"applicant":{"full_name":"{NAME}","pan":"{PAN}","mobile":"{PHONE}","email":"{EMAIL}"},"source":"app","app_version":"{~VERSION}","request_id":"{~UUID}"}',
    'verified ✅ {name}, aadhaar {AADHAAR}, pan {PAN}. device IMEI {~IMEI} matched. callback no. {PHONE}',
    'Lieferantenstammdaten: Müller Logistik GmbH, Ansprechpartner {NAME}, Tel. {PHONE_EU}, IBAN {IBAN}. USt-IdNr. folgt bis {~DATE}.',
    "Dossier locataire : M. {NAME}, passeport {PASSPORT}, IBAN {IBAN}, portable {PHONE_EU}, disponible à partir du {~DATE}.",
    "Motor claim KYC: insured {NAME_INIT}, PAN {PAN}, chassis {~SERIAL}, garage Maruti Suzuki Arena, {~CITY}. Insured's mobile {PHONE}.",
    'Reviewer note: the card on file {CARD} belongs to {NAME}, but the one typed on the form, {~LUHN_INVALID_16}, is invalid. Signup IP {IP}.',
    'Pls verify: name as per PAN is {NAME_UP}, name as per bank is {NAME_REV}, mismatch flagged. UPI {UPI}, IFSC {IFSC}.',
    'Seller registration: GSTIN {GSTIN}, owner {NAME}, reach her at {PHONE}, pickup pincode {~PINCODE}, first PO {~PO}.',
  ],
  refund: [
    'Complaint summary: {NAME} ordered {~PRODUCT} ({~SKU}) on {~DATE} and got a damaged unit. Wants a full refund of {~PRICE} to card {CARD}. Prefers a call on {PHONE} after 7pm.',
    'Refund ticket {~TICKET}: customer {FIRST} says the Philips trimmer died in a week. Refund {~PRICE} via UPI {UPI}, UTR {~UTR}.',
    "Dear {FIRST},\n\nWe're sorry about the delay on your return (RMA {~SERIAL}). {~PRICE} will be credited to {IBAN} within 5-7 working days.\n\nWarm regards,\nCustomer Care, Urban Nest\n📞 {PHONE}",
    'bhaiya refund kab aayega?? {~DATE} ko order {~ORDER} cancel kiya tha. paise {UPI} pe bhejo. mera no {PHONE} - {name}',
    'VM from {PHONE} at {~TIME}: "Hello, it\'s {NAME}, calling about invoice {~INVOICE}, I was charged twice, {~PRICE} each time. Please call me back, my number is {PHONE}. Thanks, bye."',
    "Subject: Re: Re: Cancelled tour, refund\n\n{FIRST}, any update? It's been three weeks.\n\n> On {~WEEKDAY}, {NAME} <{EMAIL}> wrote:\n> Booking {~REF_EU} for the Kerala package was cancelled because of the Onam rush. Please refund {~PRICE}.",
    'Reclamación: la Sra. {LAST} devolvió {~QUANTITY} del pedido {~ORDER}. Reembolso de {~PRICE} a la cuenta {IBAN}. Contacto: {PHONE_EU}.',
    'Zwrot środków dla {NAME}: kwota {~PRICE}, konto {IBAN}, zamówienie {~ORDER}. Klientka prosi o SMS na {PHONE_EU}, nie e-mail.',
    'Rimborso richiesto da {NAME} per il soggiorno del {~DATE}; IBAN {IBAN}; cellulare {PHONE_EU}. Pratica {~TICKET}.',
    'order_id\tcustomer\tamount\tmethod\tcontact\n{~ORDER}\t{NAME}\t{~PRICE}\tcard {CARD}\t{PHONE}\n{~ORDER}\t{NAME}\t{~PRICE}\tUPI {UPI}\t{PHONE}',
    '{"event":"refund.processed","refund_id":"{~UUID}","amount":"{~PRICE}","notes":{"customer_name":"{NAME}","phone":"{PHONE}","email":"{EMAIL}"},"acquirer_data":{"arn":"{~UTR}"}}',
    'Chargeback notice: cardholder {NAME_UP}, card {CARD}, txn {~INVOICE} from IP {IP}. Ask {FIRST} in accounts (ext. 32) to pull the invoice.',
    'Summary for the manager, 3 complaints about Nike batch {~SKU}:\n(1) {NAME}, {PHONE}, refunded\n(2) {NAME_INIT}, {PHONE}, replacement sent\n(3) {LAST}, no phone, email {EMAIL}',
    'Clinic billing: patient {NAME} paid {~PRICE} for the LASIK consult on {~DATE}, but insurance covered it. Refund to the card she used, {CARD}. Patient contact {PHONE}.',
    "Hi, I'm {FIRST}. You can reach me at {PHONE} about my refund for the Christmas order {~ORDER}. Tracking {~TRACKING} shows delivered but nothing came.",
    "Bonjour, je suis {NAME}, j'attends le remboursement de ma commande {~ORDER} ({~PRICE}). Vous pouvez me joindre au {PHONE_EU} ou par mail : {EMAIL_SPELT}.",
    'Erstattung: Frau {LAST} bittet um Rücküberweisung von {~PRICE} auf {IBAN}. Rückfragen gern an {PHONE_EU}. Vorgangsnummer {~REF_EU}.',
  ],
  lead: [
    'New lead via website form\nName: {NAME}\nWhatsApp: {PHONE}\nEmail: {EMAIL}\nInterested in: {~ROOMS} near Hiranandani Gardens\nBudget: {~PRICE}\nClick ID: {~UUID}',
    'Quick one: met {NAME} at the Tata Motors dealer meet, {~JOB_TITLE}, keen on fleet tracking for {~QUANTITY}. Card says {PHONE} / {EMAIL}. Can you qualify by {~WEEKDAY}?',
    'Lead from IndiaMART: {name}, {~CITY}, needs {~QUANTITY} of {~PRODUCT}, mob {PHONE}. Enquiry ID {~ORDER}.',
    'Referral 🙌 {FIRST} (my cousin) wants spoken-English coaching for her son, weekend batch. Her number {PHONE}. She said call after Eid.',
    'Inbound call log {~DATE}\n{~TIME} | {PHONE} | {NAME} | Bali honeymoon package\n{~TIME} | {PHONE} | unknown | hung up\n{~TIME} | {PHONE} | {FIRST} | visa query',
    'Please reach out to {NAME}, he filled the contact form twice. Try {PHONE} (mobile) or {PHONE_EU} (Madrid office). Quote ref {~REF_EU}.',
    'Contacto nuevo de la feria: {NAME}, {~JOB_TITLE} en una cadena de clínicas dentales; llamarle al {PHONE_EU} la semana que viene, no antes del martes.',
    'Nowy lead z Facebooka: {NAME}, tel {PHONE_EU}, e-mail {EMAIL_SPELT}, pyta o mieszkanie {~ROOMS} przy ulicy Mickiewicza.',
    'Neuer Interessent: {NAME_REV}, möchte Beratung zur Hausratversicherung. Telefon {PHONE_EU}, erreichbar ab {~TIME}. Quelle: Messe {~CITY}.',
    '{"firstname":"{FIRST}","lastname":"{LAST}","phone":"{PHONE}","company":"Baker Hughes","jobtitle":"{~JOB_TITLE}","hs_context":"{~UUID}"}',
    'LEAD: {NAME_UP} / {PHONE} / {~CITY} / 2 adults + 1 child / Dubai in {~MONTH} / budget {~PRICE}',
    "hi {FIRST}, passing this one to you since you cover Pune: {NAME}, runs a small D2C candle brand, 📱 {PHONE}. Don't call on {~WEEKDAY}s, she is at the flea market.",
    'Best,\n{NAME}\nHead of Partnerships, Ashoka Logistics\nT {PHONE} · {EMAIL}\n{~STREET}, {~CITY} {~PINCODE}',
    'Il cliente {NAME} vorrebbe una demo del gestionale; fisso {PHONE_EU}, cellulare {PHONE}. Ci ha trovati alla fiera di {~CITY}.',
    'Olá, sou {NAME} e gostaria de um orçamento para {~QUANTITY}. O meu contacto é {PHONE_EU}. Obrigado!',
    'Meeting booked ✅ {NAME} with {FIRST} from our side, {~WEEKDAY} {~TIME} IST. If the Zoom link fails, dial her on {PHONE}.',
    'Lead sheet row 48: "{NAME_REV}","{EMAIL}","{PHONE}","Warm","{~DATE}","follow up after Pongal"',
    'Hey, this is {FIRST} from Cedar & Pine Realty. Reach me at {PHONE} or just reply here, saw you were looking at the {~ROOMS} on {~STREET}!',
  ],
};
