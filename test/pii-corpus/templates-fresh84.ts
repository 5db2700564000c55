/**
 * Blind evaluation set 84: coworking spaces and facility management. Visitor logs and gate passes,
 * access-badge requests, meeting-room bookings, maintenance and housekeeping tickets, security
 * incident reports, parking allocation, member onboarding with company and GST/VAT details,
 * invoices and deposits, community-manager WhatsApp groups and vendor/contractor passes, in India,
 * the US, the UK and Europe (with some German, Dutch, Spanish and Polish lines).
 *
 * Hard negatives sit right next to the real PII: desk and cabin numbers (Desk 4B-17), floors and
 * rooms, badge IDs, ticket numbers, booking times, Wi-Fi network names, door codes, extensions,
 * vehicle registration-like codes, prices in ₹/$/€/£, and meeting rooms named after people (the
 * Tagore Room, the Curie room, Turing Hall, Kalam Boardroom), which are plain text and not PII.
 *
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH84_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Member note: {NAME} moved from Desk 4B-17 to Cabin C-03 on Floor 6. Badge BDG-20931 re-issued; old badge deactivated at {~TIME}. Contact {EMAIL}.',
    'Meeting-room booking\nRoom: Tagore Room (8 pax)\nBooked by: {NAME}\nSlot: {~DATE}, from {~TIME} (60 min)\nAttendee phone: {PHONE}\nBooking ref: {~TICKET}',
    'visitor_log.csv\nts,visitor,host,phone,gate,pass\n{~DATE} {~TIME},{NAME},{NAME},{PHONE},Gate 2,VP-4417\n{~DATE} {~TIME},Courier (Blue Dart),reception,,Gate 1,VP-4418',
    'Housekeeping ticket {~TICKET}: coffee spill near Desk 3A-09, Turing Hall. Reported by {FIRST} (ext. 2214). Assigned to the night crew; no follow-up with {NAME} needed.',
    'Security incident report, Floor 4, Curie room.\nTime: {~TIME}\nReporter: {NAME}, {PHONE}\nSummary: tailgating at the east door (code changed from 4471# to 9082#). CCTV clip saved as cam-07_{~DATE}.mp4.',
    'Parking allocation for {~MONTH}: slot B2-41 to {NAME} (vehicle KA 05 MN 4821), slot B2-42 to {NAME} (vehicle MH 12 AB 1234). Monthly charge {~PRICE} each, billed on invoice {~INVOICE}.',
    'Hi {FIRST},\nWelcome to Hive Works, Koramangala! Your desk is Desk 2C-11, Wi-Fi is HiveWorks-Members (password at reception), and the Kalam Boardroom can be booked from the app.\nCheers,\n{NAME}\nCommunity Manager | Reception ext. 11',
    'Maintenance ticket {~TICKET}\nIssue: AC in Cabin 7 not cooling (unit serial {~SERIAL})\nRaised by: {NAME} <{EMAIL}>\nVendor: CoolAir Services, ETA {~TIME}\nPriority: P2',
    'Account: Nimbus Analytics Ltd (UK). Primary contact {NAME}, {PHONE}; finance contact {EMAIL}. 12 hot desks, Floor 3, from {~DATE}. Deposit of £2,400 received, ref {~REF_EU}.',
    'Ops call with {NAME_INIT} about the Turing Hall projector: firmware {~VERSION}, replacement part {~SKU}. {FIRST} will be on site {~WEEKDAY} morning.',
    'Badge audit export\nbadge_id,holder,company,last_swipe,door\nBDG-10442,"{NAME_REV}",Lumen Labs,{~DATE} {~TIME},Main Lobby\nBDG-10443,"{NAME_REV}",Lumen Labs,{~DATE} {~TIME},Floor 5 East',
    'Lost and found: a laptop bag left in the Tagore Room after the 16:00 slot. Owner {NAME} confirmed by call on {PHONE}; collect from reception desk R-1 with badge.',
  ],
  whatsapp: [
    'hi all 👋 reminder from community team: Wi-Fi is now HW-Guest-5G, door code for Floor 3 is 2580#. any issue ping {FIRST} on {PHONE}',
    '[{~TIME}] {name}: is the curie room free at 3? need it for 30 mins\n[{~TIME}] community desk: yes booked for u, ref {~TICKET} 👍',
    'guys whose car is parked in B1-17? KA 01 HJ 7733 blocking the ramp 🚗 owner pls call security ext 4400. found it – it is {NAME}, calling now on {PHONE}',
    'hey {FIRST} ur guest {NAME} is at reception, gate pass VP-2291 printed ✅ pls come down to lobby',
    '{name}: AC in cabin 12 is dead again 🥵\ncommunity_desk: raised ticket {~TICKET}, technician by {~TIME}\nfacilities: on it, parts from vendor {~SKU}',
    'bhai {name} ka deposit refund abhi pending hai, {~PRICE} uske UPI {UPI} pe bhejna hai, invoice {~INVOICE} close karo',
    'Hallo {FIRST}, dein Besucher {NAME} wartet am Empfang (Etage 2, Raum Curie). Rückruf bitte unter {PHONE_EU}. Grüße, Community-Team',
    'hola {FIRST}! tu reserva de la sala Turing es el {~DATE} a las {~TIME}. si necesitas cambiarla escribe a {EMAIL} 🙂',
    'Cześć {FIRST}, pani {LAST} z firmy sprzątającej będzie jutro o {~TIME}, piętro 4, biurko 4B-17. Numer do niej: {PHONE_EU}.',
    'good morning coworkers ☀️ housekeeping on floor 5 from 9 to 11, pls clear desks 5A-01 to 5A-24. thanks, team hive',
    'pls share the Wi-Fi pwd for the kalam boardroom, client call at {~TIME} 🙏 – {name}\nsent on dm ✅ also ur parcel {~TRACKING} is at reception',
  ],
  kyc: [
    'Member onboarding form\nCompany: Vertex Ledger Pvt Ltd\nGSTIN: {GSTIN}\nCompany PAN: {PAN}\nAuthorised signatory: {NAME}\nSignatory Aadhaar: {AADHAAR}\nMobile: {PHONE}\nPlan: 10 dedicated desks, Floor 7 (Desks 7A-01 to 7A-10)',
    'Visitor ID check at Gate 3: {NAME_UP}, passport {PASSPORT}, host {NAME} (Cabin C-14). Pass VP-8830 valid until 19:00. Laptop serial {~SERIAL} declared.',
    'Contractor pass request\nVendor: Sparkline Electricals\nWorker: {NAME}\nID proof: Aadhaar {AADHAAR}\nPhone: {PHONE}\nWork area: DB room, Basement B1\nValidity: {~DATE} to {~DATE}\nPass no: CP-0517',
    'US member onboarding (sole proprietor): {NAME}, SSN {SSN}, email {EMAIL}, mailing-address plan $49/month, mailbox #214. Verified with a driver licence on {~DATE}.',
    'Access-badge request\nName: {NAME_REV}\nCompany: Brightpath Consulting (US)\nTax ID on file: ITIN {ITIN}\nAccess: Floors 2 and 4, Turing Hall\nBadge: BDG-31177 (issued {~DATE})',
    'UK membership agreement, Shoreditch site. Member: {NAME}, National Insurance {NINO}, phone {PHONE}. Company VAT GB 294 1157 03. Private office 3.12, £1,850 per month plus VAT.',
    'Alta de socio – espacio Malasaña\nNombre: {NAME}\nNIF: {NIF}\nTeléfono: {PHONE_EU}\nEmpresa: Datos Claros S.L.\nPuesto: mesa fija 2B-08, planta 2\nCuota: €240.00 al mes',
    'Formularz rejestracji gościa\nImię i nazwisko: {NAME}\nPESEL: {PESEL}\nTelefon: {PHONE_EU}\nGospodarz: {NAME} (biurko 3C-05)\nKarta gościa: G-114, ważna do {~TIME}',
    'Aanmelding flexplek, Amsterdam Zuidas\nNaam: {NAME}\nE-mail: {EMAIL}\nTelefoon: {PHONE_EU}\nIBAN voor incasso: {IBAN}\nWerkplek: Desk 1A-06, Curie-zaal op vrijdag',
    'KYC reject note: uploaded PAN {PAN} does not match the name {NAME} on the GST certificate ({GSTIN}). Asked {FIRST} to re-upload; booking {~TICKET} held for 48 hours.',
    'Neues Mitglied, Standort Berlin-Mitte: {NAME}, Telefon {PHONE_EU}, E-Mail {EMAIL}. Schreibtisch 5D-12, Zugangskarte ZK-2093, Türcode Etage 5: 7319.',
  ],
  refund: [
    'Refund request {~TICKET}: security deposit of ₹50,000 for Cabin C-09 (Floor 3). Member {NAME} vacated on {~DATE}. Pay to A/C holder {NAME}, IFSC {IFSC}. Deduction: ₹1,500 for a lost badge BDG-20417.',
    'Deposit refund, UK site. Member: {NAME}. Refund £600.00 to the card used at sign-up, {CARD}. Invoice {~INVOICE} credited. Contact {EMAIL} if it has not arrived in 5 working days.',
    'Hi {FIRST}, sorry the Kalam Boardroom was double-booked on {~DATE}. We have credited {~PRICE} to your account against booking {~TICKET}. – {NAME}, Community Desk',
    'Rückerstattung Kaution: {NAME}, IBAN {IBAN}, Betrag €1.200,00, Rechnung {~INVOICE}. Schlüsselkarte und Spind 14 zurückgegeben am {~DATE}.',
    'Reembolso de fianza: {NAME} (NIF {NIF}) deja la mesa 3A-21 el {~DATE}. Transferir €350.00 a {IBAN}. Ref. interna {~REF_EU}.',
    'Zwrot kaucji za biuro 2.07: {NAME}, PESEL {PESEL}, rachunek {IBAN}, kwota 2 400 zł. Faktura {~INVOICE}, karta dostępu oddana.',
    'UPI refund log\nmember,upi,amount,utr,status\n{NAME},{UPI},{~PRICE},{~UTR},SUCCESS\n{NAME},{UPI},₹ 2,360,{~UTR},PENDING',
    'Parking refund: slot P-07 was unavailable {~DATE} due to maintenance. Credit note CN-0318 issued to {NAME} for $45.00. Vehicle 7ABC123 removed from the whitelist.',
    'Day-pass refund ticket {~TICKET}\nCustomer: {NAME}\nPhone: {PHONE}\nCard: {CARD}\nAmount: $25.00 (1 day pass, Curie room upgrade not used)\nReason: Wi-Fi outage on HW-Members from {~TIME}',
    'Refund approved by {NAME_INIT} (Facilities Lead). Member {NAME} overcharged for 2 meeting-room hours in Turing Hall; {~PRICE} back to {UPI} by {~WEEKDAY}.',
    'Terugbetaling borg flexplek: {NAME}, IBAN {IBAN}, bedrag €500,00, factuur {~INVOICE}. Pasje 0427 ingeleverd bij de receptie.',
  ],
  lead: [
    'Website enquiry: {NAME} from a 15-person startup wants a private cabin for 6 months near MG Road. Budget ₹9,000 per seat. Reach at {PHONE} or {EMAIL}.',
    'Tour booked: {NAME} ({EMAIL}) visits the Whitefield centre on {~WEEKDAY} at {~TIME}. Show Desk zone 4B, the Tagore Room and the cafeteria on Floor 9.',
    'Lead form\nFull name: {NAME}\nCompany: Orbit Freight\nTeam size: 22\nPreferred city: {~CITY}\nPhone: {PHONE}\nNeeds: 2 cabins, 4 parking slots, 24x7 access\nSource: Google Ads',
    'New lead from the broker: {NAME_INIT} at Keystone Realty introduced {NAME}, who needs 40 seats in London by {~MONTH}. Call {PHONE}. Quote £420 per desk per month.',
    'hi, i am {name}, looking for a day pass for tomorrow, do u have parking? my number {PHONE}',
    'Anfrage über die Website: {NAME} sucht 3 feste Arbeitsplätze in München ab {~MONTH}, Budget €350 pro Platz. Rückruf unter {PHONE_EU}, E-Mail {EMAIL}.',
    'Consulta: {NAME} quiere reservar la sala Turing para un taller de 20 personas el {~DATE}. Contacto: {PHONE_EU} / {EMAIL_SPELT}.',
    'Zapytanie: {NAME} z firmy Polbit szuka biura na 8 osób w Krakowie, piętro z parkingiem. Telefon {PHONE_EU}. Oferta: 1 850 zł za stanowisko.',
    'Event lead: {NAME} (HR, Nimbus Analytics) wants Kalam Boardroom plus Turing Hall for an offsite, 60 pax, {~DATE}. Send the rate card to {EMAIL}; catering quote {~PRICE}.',
    'Referral: member {NAME} (Desk 2C-04) referred {NAME}, a freelance designer, for a hot-desk plan at $199/month. Email is {EMAIL_SPELT}, phone {PHONE}.',
    'Inbound call log\n{~TIME} | caller {PHONE} | {NAME} | asked about virtual office + GST registration address | follow up {~WEEKDAY}\n{~TIME} | caller unknown | hung up | -',
  ],
};
