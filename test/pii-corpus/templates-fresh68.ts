/**
 * Blind evaluation set 68: events, weddings, catering and venue bookings in India, the US, the UK
 * and Europe — planners' lead notes, guest lists and RSVP chats, seating charts as tables, vendor
 * coordination (caterers, decorators, photographers, DJs, mehendi artists), venue contracts and
 * deposits, corporate offsites and conference registrations, speaker and attendee badges, invoices
 * and refund requests for cancelled events, and family WhatsApp groups organising a wedding. Hard
 * negatives sit next to the real PII: booking and invoice numbers, table numbers, headcounts, menu
 * items, prices, dates and times, halls and venues named after people ("Taj Mahal Palace", "Albert
 * Hall", "Victoria Ballroom", "Tagore Hall", "Nehru Centre"), vendors and brands that look like
 * names ("Maggiano's", "Lenôtre", "Marks & Spencer", "Ben & Jerry's"), and song titles ("Sweet
 * Caroline", "Jolene", "Billie Jean"). Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH68_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    "Lead note: {NAME} ({PHONE}) enquiring for sangeet + reception at Shanti Lawns, approx 350 pax, pure veg. Quoted {~PRICE} for the Jasmine package, booking ref {~ORDER}. Call back {~WEEKDAY} after {~TIME}.",
    "Venue: Taj Mahal Palace, Crystal Room. Client: Mrs. {LAST} (bride's mother), contact {EMAIL}. Soft hold till {~DATE}; deposit {~PRICE} received against invoice {~INVOICE}. Albert and Victoria rooms are NOT free that weekend, pls dont offer them.",
    "Seating chart – {FIRST} & {NAME} wedding, Victoria Ballroom\n| Table | Guest | Diet | Seats |\n|---|---|---|---|\n| 1 (top table) | {NAME} | veg | 2 |\n| 4 | {NAME_REV} | Jain, no onion/garlic | 3 |\n| 7 | the {LAST} family | kids meal x2 | 5 |\n| 12 | {NAME_INIT} | gluten free | 1 |\nTotal covers: 186. Menu: Paneer Tikka, Dal Makhani, Chicken Chettinad, Gulab Jamun.",
    "Vendors confirmed for the {LAST}–{LAST} wedding (Udaipur, {~DATE}):\n- Caterer: Bikanervala Caterers, contact {NAME}, {PHONE}\n- Decor: Petals & Pearls, {FIRST} ({PHONE})\n- Photo/video: Candid Clicks, lead shooter {NAME}, advance {~PRICE} paid to {UPI}\n- DJ: SoundKraft Entertainment (Kala Chashma, London Thumakda, Sweet Caroline on the list)\n- Mehendi: {name}, 4 artists, bride + 40 guests",
    "Enquiry from Hitched.co.uk\nCouple: {FIRST} & {NAME}\nDate: {~DATE} (Saturday)\nVenue: The Victoria Ballroom, Grosvenor House\nGuests: 120 day / 180 evening\nPhone: {PHONE}\nEmail: {EMAIL}\nNotes: wants the Prince Albert suite for bridal prep, budget {~PRICE}. Follow-up task {~TICKET}.",
    "Firmenevent-Anfrage: Frau {LAST} (Müller & Söhne GmbH) plant ein Sommerfest für 220 Gäste im Kurhaus Wiesbaden. Buffet {~PRICE} p.P., Rückruf bitte unter {PHONE_EU}. Angebot Nr. {~REF_EU}, gültig bis {~DATE}.",
    "Rehearsal dinner – Maggiano's Little Italy, private room. Host {NAME}, cell {PHONE}. 42 guests, family-style menu at $58/pp, card on file {CARD}. Order {~ORDER}; cake from Ben & Jerry's? no, from Magnolia Bakery.",
    "Registration export – DevSummit Bengaluru 2025\nreg_id,name,company,email,mobile,ticket\n{~TICKET},\"{NAME_REV}\",Infosys,{EMAIL},{PHONE},Speaker\n{~TICKET},\"{NAME_REV}\",Freshworks,{EMAIL},{PHONE},Delegate\nHall allocation: Tagore Hall (keynotes), Ambedkar Auditorium (workshops).",
    "BADGE PRINT QUEUE – batch {~SKU}\n{NAME_UP}\n{~JOB_TITLE} · Speaker · Day 2, 11:40, Nehru Centre Hall B\n---\n{NAME_UP}\nAttendee · Lunch: veg · QR {~UUID}",
    "Offsite Q3 – Goa, 3 nights, 64 pax. Travel desk owner: {NAME}. Rooming list v3 sent {~DATE}; airport pickups from {~TIME}. Escalate to {FIRST} if the Marriott block drops below 30 rooms. PO {~PO}.",
    "Call with Mr {LAST} re: 25th anniversary dinner at The Oberoi. Wants Chef's table for 14, Moët & Chandon on arrival. Ph {PHONE}. Said his wife {FIRST} must not know – surprise! Quote {~INVOICE} to follow.",
  ],
  whatsapp: [
    "[{~DATE}, {~TIME}] {FIRST} Bua: guys mehendi is at 4 pm at Shanti Lawns 🌿 band baaja wale {name} ka number {PHONE} hai, koi unko call karo",
    "[{~TIME}] {FIRST}: sangeet playlist final?? Gallan Goodiyaan, Kala Chashma, Jolene 😂\n[{~TIME}] {FIRST}: haan and DJ ka advance {~PRICE} bhej diya {UPI} pe\n[{~TIME}] {FIRST}: screenshot bhejo pls, UTR {~UTR}",
    "hi this is {FIRST} from Royal Caterers 🙏 tasting on {~WEEKDAY} {~TIME} at our Karol Bagh kitchen, max 6 ppl. pls confirm headcount. my no {PHONE}",
    "rsvp: me + {name} coming 🎉 2 adults 1 kid, veg. pls book room at Radisson, checkin {~DATE}",
    "Mummy ji says invite the {LAST} family also, their number is {PHONE} . and {name} uncle ka email {EMAIL_SPELT} hai, e-card wahan bhejna",
    "hola {FIRST}! confirmamos la boda el {~DATE} en la Finca Santa María 💍 vamos 2 adultos + niño, menú sin gluten para mí. mi móvil {PHONE_EU} – {FIRST}",
    "cześć {FIRST}, sala Wiktoria zarezerwowana na wesele {~DATE}, zadatek {~PRICE} przelej na konto {IBAN}. w razie czego dzwoń {PHONE_EU} – {FIRST}",
    "Salut {FIRST} ! Le traiteur Lenôtre confirme 85 couverts pour samedi, facture {~INVOICE}. Appelle {NAME} au {PHONE_EU} pour le plan de table 🥂",
    "omg yes we'll be there!! {FIRST} and I are bringing the kids. can u text me the hotel block code? my new number is {PHONE} xx",
    "photographer bhaiya {name} ne bola drone shots extra {~PRICE}, teaser reel by {~DATE}. first dance Mr. Brightside rakh lo 😂",
    "Guys pls pay ur share for Haldi decor 🌼 {~PRICE} each → GPay {PHONE} (name shows {NAME_UP}) 🙏 deadline {~WEEKDAY}",
    "Reminder from {NAME}: shuttle from Hotel Jai Mahal to the mandap leaves at {~TIME} sharp. Table nos are on the card, ur at table 9 😄",
  ],
  kyc: [
    "Vendor KYC – Marigold Decorators (Prop. {NAME_UP})\nPAN: {PAN}\nGSTIN: {GSTIN}\nBank: HDFC Bank, A/c holder {NAME}, IFSC {IFSC}\nMobile: {PHONE}\nAgreement No. {~PO}",
    "Venue contract – Leela Palace Bengaluru, Grand Ballroom. Booked by {NAME}, PAN {PAN}, Aadhaar {AADHAAR} (ID proof for the liquor licence). Event date {~DATE}, 450 guests, security deposit {~PRICE}.",
    "Speaker onboarding (Product Summit London): {NAME}, flying in from Pune, passport {PASSPORT}. Honorarium £1,500 via BACS to IBAN {IBAN}. UK co-host {NAME}, NI number {NINO}.",
    "W-9 on file for DJ contractor {NAME} (Bassline Events LLC): SSN {SSN}, email {EMAIL}. Paid {~PRICE} for the Hilton Garden Inn gala, 1099 due {~DATE}.",
    "Non-resident wedding photographer {NAME}, ITIN {ITIN}, invoice {~INVOICE}. Shot the Jack Daniel's tasting + the reception at the Ritz-Carlton.",
    "Contrato de alquiler – Salón Reina Victoria\nTitular: {NAME_REV}\nDNI/NIE: {NIF}\nIBAN para devolver la fianza: {IBAN}\nTel.: {PHONE_EU}\nFianza: 1.500 € (ref. {~REF_EU}). El DNI {~NIF_INVALID} del primer formulario no es válido.",
    "Umowa najmu sali – Dwór Korona\nNajemca: {NAME}, PESEL {PESEL}\ntel. {PHONE_EU}\nZadatek 3 000 zł, faktura {~INVOICE}, termin {~DATE}",
    "Guest registration (Form C, destination wedding Jaipur):\n1. {NAME_UP} – passport {PASSPORT} – room 214\n2. {NAME_UP} – passport {PASSPORT} – room 215\nGroup code {~SKU}, arrival {~DATE} {~TIME}",
    "Caterer staff ID check: {NAME} Aadhaar {AADHAAR} ok. Helper {name} gave {~VERHOEFF_INVALID_12} – fails check, ask again before the {~WEEKDAY} event.",
  ],
  refund: [
    "Subject: Refund – cancelled reception, booking {~ORDER}\n\nHi, this is {NAME}. Our reception at the Victoria Ballroom on {~DATE} was cancelled by the venue. The deposit of {~PRICE} was paid by card {CARD}. Please refund to the same card or to IBAN {IBAN}.\n\nThanks,\n{FIRST}",
    "Refund req: event postponed, planner {NAME_INIT} approved 50% refund of invoice {~INVOICE}. Send to UPI {UPI}; UTR of the original payment {~UTR}.",
    "Hello, I registered for DevSummit (order {~ORDER}) but my visa got rejected. Name on ticket: {NAME_REV}. Charged {~PRICE} to card {CARD}. The number {~LUHN_INVALID_16} in my first mail was a typo, sorry!",
    "Stornierung Hochzeitsfeier im Hotel Adlon, Buchungsnr. {~REF_EU}. Bitte die Anzahlung von {~PRICE} auf IBAN {IBAN} (Kontoinhaber {NAME}) zurücküberweisen.\nMfG {NAME}",
    "Solicito la devolución de la señal del catering Casa Lucio (factura {~INVOICE}). Titular: {NAME}, DNI {NIF}. Teléfono {PHONE_EU}. Gracias.",
    "Chargeback dispute: customer {NAME} ({EMAIL}) says the DJ no-showed at the Hilton Garden Inn on {~DATE} (Billie Jean was supposed to be the opener). Contract {~PO}, amount {~PRICE}, ticket {~TICKET}.",
    "Dear Sir/Madam,\nI am writing on behalf of my daughter {FIRST} and her fiancé {NAME} about the £2,000 deposit for the Albert Hall Manchester ({~DATE}). The event was cancelled 9 months ahead, which your T&Cs say is fully refundable.\nKind regards,\nMrs {NAME_INIT}",
    "bhaiya mehendi artist aayi hi nahi 😡 {~PRICE} advance diya tha {UPI} pe, refund karo warna consumer court. {name}, {PHONE}",
    "Refund batch – cancelled offsite {~DATE}\n| Attendee | Amount | Method |\n|---|---|---|\n| {NAME_REV} | {~PRICE} | card {CARD} |\n| {NAME} | {~PRICE} | IFSC {IFSC} |\n| {NAME} | {~PRICE} | UPI {UPI} |\nApproved by {FIRST}, ref {~INVOICE}.",
  ],
  lead: [
    "New enquiry via WedMeGood\nName: {NAME}\nEvent: Wedding + Sangeet\nDate: {~DATE}\nCity: {~CITY}\nGuests: 300-400\nBudget: {~PRICE}\nPhone: {PHONE}\nEmail: {EMAIL}\nMessage: lawn like Shanti Lawns or Raj Vilas, veg + Jain menu, no alcohol",
    "Hi, I'm {NAME}, {~JOB_TITLE} at Nordlicht GmbH. We're planning a 3-day offsite for 60 people in Lisbon in {~MONTH}. Please send a proposal to {EMAIL_SPELT} or call {PHONE}.",
    "Lead from Instagram DM: {name} – bride, Delhi, {~MONTH} wedding, wants pastel decor like the Tiffany & Co. theme we did at the Imperial. Shared number {PHONE}, prefers voice notes.",
    "Corporate lead – registration desk + badges for 800 attendees at the Marriott Marquis, Times Square. Contact: {NAME_REV} (procurement), {EMAIL}, {PHONE}. RFP {~PO}, decision by {~DATE}.",
    "Missed call from {PHONE} at {~TIME} – said she's {FIRST}, the bride's sister from the {LAST} booking ({~ORDER}); wants to add 25 covers and a live chaat counter.",
    "Demande de devis : séminaire d'entreprise, 45 personnes, Domaine de la Tour, 2 nuits. Contact : Mme {LAST}, {PHONE_EU}, {EMAIL}. Budget {~PRICE} HT.",
    "Referral from {NAME} (last year's Tagore Hall client): her colleague {NAME} got engaged, wedding in {~MONTH}. Call {FIRST} on {PHONE} after 6 pm.",
    "Hi there! We're {FIRST} & {FIRST}, marrying at St Mary's Church then reception at the Victoria Ballroom. Could you quote a string quartet for the ceremony (Canon in D, A Thousand Years)? {PHONE}\nx {FIRST}",
    "Booth scan, Expo Hall 3 (Nehru Centre): {NAME_UP} | {~JOB_TITLE} | {EMAIL} | badge {~SERIAL} | interested in 2026 gala dinner",
    "Zapytanie ze strony: wesele 120 osób, {~MONTH}, Sala Bankietowa Kopernik. Imię i nazwisko: {NAME}, tel. {PHONE_EU}, e-mail {EMAIL}. Menu: rosół, schabowy, tort od Wedel.",
  ],
};
