/**
 * Blind evaluation set 60: security, facility management and housing societies. Gate-pass and
 * visitor-management logs, security-guard agencies' rosters, CCTV incident reports, parking-sticker
 * requests, maintenance-fee defaulter lists, move-in/move-out forms, domestic-staff verification
 * and society WhatsApp groups, from India, the US (HOAs, building management) and Europe
 * (Hausverwaltung, syndic, administrador de fincas, wspólnota mieszkaniowa, condomínio,
 * amministratore di condominio). Formats: tables, incident reports, key: value forms, Hinglish
 * chatter with emoji, notices, e-mails with signatures, and CSV/JSON exports from a visitor app.
 * Hard negatives sit next to real PII: flat and tower numbers, vehicle registrations, gate-pass and
 * incident numbers, amounts in ₹/$/€, dates and times, society and building names after people
 * ("Shanti Niketan", "Gandhi Nagar", "Victoria Court", "Nehru Enclave") and guard agency names.
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH60_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'CCTV INCIDENT REPORT\nIncident No: {~TICKET}\nSite: Victoria Court, Block C basement\nDate/Time: {~DATE} {~TIME}\nReported by: {NAME} (Guard, Sentinel Guarding Services)\nPerson involved: {NAME}, Flat C-704, contact {PHONE}\nSummary: scratched vehicle MH 12 KT 4471 near pillar 14. Footage camera CAM-07 saved, serial {~SERIAL}.',
    'Gate-pass log — Shanti Niketan CHS, Tower 2\n| Pass No | Visitor | Mobile | Flat | In | Out |\n|---|---|---|---|---|---|\n| GP-{~OTP} | {NAME} | {PHONE} | T2-1103 | {~TIME} | — |\n| GP-{~OTP} | {NAME_UP} | {PHONE} | T2-0402 | {~TIME} | {~TIME} |',
    'Security roster, week of {~DATE} — Garuda Shield Security Pvt Ltd\nShift A (06:00–14:00): {NAME}, {PHONE}\nShift B (14:00–22:00): {NAME_INIT}\nShift C (22:00–06:00): {NAME_REV}\nSupervisor on call: {FIRST}, {PHONE}. Post: Main Gate, Gandhi Nagar Phase 2.',
    'From: Facility Desk, Lakeview Towers HOA\nTo: {EMAIL}\nSubject: Incident {~TICKET} – package theft in lobby\n\nHi {FIRST},\nWe reviewed the lobby camera for {~DATE} between {~TIME} and {~TIME}. The courier left the parcel (tracking {~TRACKING}) at the front desk. We have shared the clip with the Austin PD.\n\nBest,\n{NAME}\nProperty Manager, Lakeview Towers HOA\n{PHONE}',
    'Helpdesk ticket {~TICKET}: lift 3 of Nehru Enclave Tower B stuck at 9th floor, {~TIME}. Resident {NAME} (flat B-902) trapped for 20 min; technician from Kone called. Resident callback: {PHONE}.',
    'Hausverwaltung Rosenhof GmbH — Vorfallbericht {~TICKET}\nObjekt: Goethestraße 18, Tiefgarage\nMeldende Person: Herr {LAST}, Wohnung 3.2\nTelefon: {PHONE_EU}\nE-Mail: {EMAIL}\nSchaden: Rolltor beschädigt am {~DATE}, Kosten ca. {~PRICE}.',
    'Rapport d\'incident — Résidence Victor Hugo (syndic Foncia)\nN° {~TICKET}, le {~DATE} à {~TIME}\nDéclarant : Mme {LAST}, appartement 14, escalier B\nTél. : {PHONE_EU}\nDescription : intrusion dans le local vélos, caméra 2 ; le gardien {FIRST} a prévenu la police.',
    'Move-out checklist — Park Avenue Residences, Unit 12B\nResident: {NAME}\nForwarding email: {EMAIL}\nPhone: {PHONE}\nKeys returned: 3 of 3, fobs #4471 and #4472\nElevator booked: {~DATE}, {~TIME}\nDeposit held: {~PRICE}',
    'Visitor management note: delivery agent {NAME} entered without OTP approval at {~TIME}; guard {FIRST} overrode at gate 1. Flat owner {NAME} ({PHONE}) complained. Ticket {~TICKET}, Sai Krupa Apartments.',
    'Amministratore di condominio — Condominio Garibaldi, Via Roma 42\nVerbale sopralluogo del {~DATE}\nPresenti: sig. {NAME}, sig.ra {LAST}\nRecapito: {PHONE_EU}\nOggetto: infiltrazione box 7, preventivo {~PRICE}.',
    'Guard agency invoice query — Tiger Force Security Services\nContact: {NAME}, Operations Manager\nEmail: {EMAIL} | Mobile: {PHONE}\nInvoice {~INVOICE} for {~QUANTITY} guard-days at Prestige Lakeside, amount {~PRICE}. GSTIN {GSTIN}.',
    'Administración de fincas Cervantes — parte de incidencia {~TICKET}\nComunidad: Edificio Miramar, portal 3\nVecino: {NAME}\nDNI: {NIF}\nTeléfono: {PHONE_EU}\nDescripción: avería del portero automático desde el {~DATE}.',
    'Night patrol log, Kensington Gardens building\n23:40 — door 4 propped open, closed by {FIRST}\n01:15 — noise complaint from flat 22, resident {NAME_INIT}, {PHONE}\n03:05 — all clear. Officer badge 118, Securitas.',
    'Domestic staff register — Green Meadows Society, Wing A\nName: {NAME}\nRole: cook, works in A-301 and A-508\nMobile: {PHONE}\nAadhaar: {AADHAAR}\nPolice verification: done {~DATE}, ref {~ORDER}',
    'Hi team, please block the access card of {NAME} (unit 7C, Victoria Court) — lost on {~DATE}. New card issued, serial {~SERIAL}. Reach her at {EMAIL} or {PHONE}. — {FIRST}, Building Ops',
    'CCTV footage request from resident {NAME_REV}, flat 1402, Gandhi Nagar Heights: camera 5, {~DATE} {~TIME}–{~TIME}. Reason: two-wheeler KA 03 HM 2211 missing. Approved by secretary {NAME}. Incident {~TICKET}.',
  ],
  whatsapp: [
    'guys whoever parked white swift DL 8C AF 5521 in my slot B-14 pls move it 🙏🚗 – {name}, flat 904',
    'gate pe koi {name} aaya hai, bol raha hai courier hai, flat 1203 ka. koi confirm karo 🙄 guard ka number {PHONE}',
    'maintenance pay karna hai to {UPI} pe bhejo, {~PRICE} for oct-dec 🙏 receipt {~INVOICE} milega — treasurer {FIRST}',
    'new maid verified hai? naam {name}, number {PHONE}, tower 3 mein 4 ghar karti hai 🧹',
    'lift again band hai tower B 😡😡 secretary {name} ji pls check, ticket {~TICKET} raised on {~DATE}',
    '📢 Shanti Niketan CHS: water tank cleaning on {~WEEKDAY} {~TIME}. contact plumber {FIRST} at {PHONE} for any issue',
    'kisi ka dog tower 5 ke lift mein potty kar gaya 🐕 cctv check karo, guard {name} bol raha hai {~TIME} ka hai',
    'hi all, i am {name}, moved into C-1104 last week 👋 my number {PHONE}, email {EMAIL} if anyone needs',
    'electrician {FIRST} bhai ka number chahiye? {PHONE} 👍 accha kaam karta hai, {~PRICE} liya tha mujhse',
    'security agency badal rahe hai kya? Garuda Shield ke {name} ne bola contract {~DATE} ko khatam 🤔',
    'bro parcel gate pe pada hai since {~TIME}, awb {~TRACKING}, name pe {NAME} likha hai, kiska hai? 📦',
    'hola vecinos 👋 soy {name} del 3ºB, alguien ha visto un paquete a mi nombre? mi móvil {PHONE_EU}',
    'cześć sąsiedzi, {name} z mieszkania 12 🙂 brama garażowa znowu nie działa, zgłoszenie {~TICKET}. mój numer {PHONE_EU}',
    'hey neighbors, the HOA is towing cars without stickers after {~DATE} 🚨 questions → {FIRST} at {PHONE}',
    'driver {name} ka police verification pending hai, aadhaar {AADHAAR} diya hai usne, committee ko bhej do 🙏',
    'oi pessoal, sou {name} do apto 52, o porteiro {FIRST} pediu pra avisar: reunião do condomínio {~DATE} às {~TIME} 🏢',
    'visitor app dikha raha hai {NAME} ko OTP {~OTP} mila, but main ghar pe nahi hoon 😳 deny karo pls, flat 702',
  ],
  kyc: [
    'TENANT VERIFICATION FORM — Gandhi Nagar Police Station\nTenant name: {NAME_UP}\nMobile: {PHONE}\nAadhaar: {AADHAAR}\nPAN: {PAN}\nFlat: 2B-604, Shanti Niketan CHS\nLandlord: {NAME}\nAgreement from {~DATE}, rent {~PRICE}',
    'Domestic help verification\nFull name: {NAME}\nFather\'s name: {NAME}\nMobile: {PHONE}\nAadhaar no.: {AADHAAR}\nEmployer flats: A-203, A-1101\nAgency: Sahyog Placement Services\nVerification ref: {~ORDER}',
    'Move-in form — Nehru Enclave Apartments\nOwner/Tenant: Tenant\nPrimary occupant: {NAME}\nEmail: {EMAIL}\nPhone: {PHONE}\nPassport (for foreign nationals): {PASSPORT}\nVehicle: HR 26 DQ 7781 (sticker P-{~OTP})\nMove-in date: {~DATE}, slot {~TIME}',
    'Security guard onboarding — Sentinel Guarding Services\nGuard: {NAME_REV}\nDOB: {~DATE}\nMobile: {PHONE}\nAadhaar: {AADHAAR}\nPAN: {PAN}\nBank: IFSC {IFSC}\nPSARA licence no. 118/2023, posting: Victoria Court',
    'HOA resident registration — Maple Ridge Community Association\nName: {NAME}\nSSN (last background check): {SSN}\nEmail: {EMAIL}\nPhone: {PHONE}\nLot: 42, Unit 7B\nVehicles: 2, permit #{~OTP}',
    'Concierge staff file — Kensington Court Management Ltd\nEmployee: {NAME}\nNational Insurance: {NINO}\nMobile: {PHONE}\nStart date: {~DATE}\nShift: nights, lodge 2',
    'Mieterselbstauskunft — Hausverwaltung Schiller\nName: {NAME}\nTelefon: {PHONE_EU}\nE-Mail: {EMAIL}\nIBAN für Mietkaution: {IBAN}\nWohnung: 3. OG links, Schillerstraße 7\nEinzug: {~DATE}',
    'Ficha de inquilino — Administración de fincas Goya\nNombre: {NAME}\nDNI/NIE: {NIF}\nTeléfono: {PHONE_EU}\nCorreo: {EMAIL}\nPiso: 4º C, calle Velázquez\nFianza: {~PRICE}',
    'Karta lokatora — Wspólnota Mieszkaniowa "Słoneczne Osiedle"\nImię i nazwisko: {NAME}\nPESEL: {PESEL}\nTelefon: {PHONE_EU}\nMieszkanie nr 27, klatka B\nMiejsce postojowe: P-14',
    'Visitor pre-registration (contractor)\nCompany: Urban Company\nWorker: {NAME}\nID shown: Aadhaar {AADHAAR}\nPhone: {PHONE}\nHost flat: D-1502, Gandhi Nagar Heights\nValid: {~DATE} {~TIME}–{~TIME}, pass {~TICKET}',
    'Driver verification — Prestige Lakeside Habitat\nDriver: {NAME}\nLicence holder mobile: {PHONE}\nAadhaar: {AADHAAR}\nEmployer: {NAME}, villa 118\nVehicle: KA 51 MN 3302\nPolice verification certificate: {~INVOICE}',
    'Scheda portineria — Condominio Manzoni\nNominativo: {NAME}\nCellulare: {PHONE_EU}\nEmail: {EMAIL}\nInterno: scala A, int. 9\nTelecomando cancello n. {~OTP}',
    'Ficha de morador — Condomínio Edifício Camões\nNome: {NAME}\nTelemóvel: {PHONE_EU}\nE-mail: {EMAIL}\nFração: 3.º Dto\nLugar de garagem: 12, comando {~SERIAL}',
    'Formulaire d\'emménagement — Résidence Les Tilleuls\nNom : {NAME_REV}\nTél. : {PHONE_EU}\nCourriel : {EMAIL}\nLot : appartement 31, bâtiment A\nRéservation ascenseur : {~DATE} {~TIME}',
    'Access-card request — One World Center building management\nName: {NAME}\nCompany: Hudson Analytics LLC, floor 23\nEmail: {EMAIL}\nITIN: {ITIN}\nBadge: {~SERIAL}, activated {~DATE}',
    'Nanny verification (Hinglish form)\nNaam: {NAME}\nPati ka naam: {FIRST}\nMobile: {PHONE}\nAadhaar: {AADHAAR}\nKaam: flat B-404 aur B-702, Shanti Niketan\nAgency fee: {~PRICE}',
  ],
  refund: [
    'Maintenance defaulter list — Shanti Niketan CHS (as on {~DATE})\n| Flat | Member | Mobile | Due |\n|---|---|---|---|\n| A-101 | {NAME} | {PHONE} | {~PRICE} |\n| B-1204 | {NAME_UP} | {PHONE} | {~PRICE} |\n| C-303 | {NAME_REV} | — | {~PRICE} |',
    'Dear {FIRST},\nYour security deposit of {~PRICE} for unit 12B, Victoria Court, will be refunded to {IBAN} within 30 days of move-out ({~DATE}). Deductions: carpet cleaning {~PRICE}.\nRegards,\n{NAME}\nBuilding Manager',
    'refund chahiye parking sticker ka, double charge hua {~PRICE} 😤 UTR {~UTR}, mera upi {UPI}, flat 1706 — {name}',
    'HOA dues refund request\nHomeowner: {NAME}\nLot 42, Maple Ridge\nOverpaid: {~PRICE} (check #4471)\nCard on file: {CARD}\nEmail: {EMAIL}\nRequest ticket: {~TICKET}',
    'Reminder notice: Flat B-902 (Nehru Enclave) — {NAME}, your maintenance of {~PRICE} for {~MONTH} is pending. Late fee {~PRICE} applies after {~DATE}. Pay to IFSC {IFSC} or UPI {UPI}.',
    'Move-out settlement — Gandhi Nagar Residency\nTenant: {NAME}\nDeposit: {~PRICE}\nDeductions: painting {~PRICE}, key loss {~PRICE}\nRefund to UPI: {UPI}\nPhone: {PHONE}\nReceipt: {~INVOICE}',
    'Hausgeldabrechnung {~INVOICE} — Eigentümergemeinschaft Lindenhof\nEigentümer: {NAME}\nGuthaben: {~PRICE}\nErstattung auf IBAN {IBAN}\nRückfragen: {PHONE_EU}',
    'Devolución de la fianza — Comunidad Edificio Alhambra\nInquilino: {NAME}\nNIF: {NIF}\nImporte: {~PRICE}\nIBAN: {IBAN}\nFecha de salida: {~DATE}',
    'Zwrot nadpłaty czynszu — Wspólnota Mieszkaniowa Ogrodowa 5\nLokator: {NAME}\nPESEL: {PESEL}\nKwota: {~PRICE}\nRachunek: {IBAN}\nNr sprawy: {~TICKET}',
    'Parking-sticker fee refund — Lakeview Towers\nResident: {NAME}\nSticker #P-{~OTP}, vehicle TX ABC-4471\nAmount: {~PRICE}\nCard: {CARD}\nContact: {PHONE}',
    'CSV export: dues_defaulters.csv\nflat,member,email,phone,amount_due,since\nT1-0501,{NAME},{EMAIL},{PHONE},{~PRICE},{~DATE}\nT3-1102,{NAME},{EMAIL},{PHONE},{~PRICE},{~DATE}',
    'Rimborso quota condominiale — Condominio Verdi\nCondòmino: {NAME}\nImporto: {~PRICE}\nIBAN: {IBAN}\nTel.: {PHONE_EU}\nRif. pratica {~INVOICE}',
    'Security agency penalty adjustment: Tiger Force Security billed {~QUANTITY} guard-days, but guard {NAME} was absent {~DATE}. Credit note {~INVOICE} of {~PRICE}. Agency contact {EMAIL}, PAN {PAN}.',
    'hi {FIRST}, clubhouse booking cancel ho gayi hai, {~PRICE} refund aapke a/c mein 5-7 days mein, ref {~UTR}. any issue call {PHONE} 🙏 — Nehru Enclave office',
    'Remboursement du dépôt de garantie — Syndic Victor Hugo\nCopropriétaire : M. {LAST}\nMontant : {~PRICE}\nIBAN : {IBAN}\nContact : {EMAIL}',
  ],
  lead: [
    'Hi, I manage Victoria Court (84 units) and need 6 guards + 1 supervisor from {~DATE}. Please send a quote. {NAME}, {PHONE}, {EMAIL}',
    'Enquiry via website — facility management\nName: {NAME}\nSociety: Shanti Niketan CHS, 4 towers, {~QUANTITY}\nPhone: {PHONE}\nEmail: {EMAIL}\nNeed: housekeeping + security, budget {~PRICE}/month',
    '{"visitor_id":"{~UUID}","name":"{NAME}","mobile":"{PHONE}","flat":"B-1204","society":"Gandhi Nagar Heights","gate_pass":"GP-{~OTP}","in_time":"{~TIME}","purpose":"delivery"}',
    'visitor_log_export.csv\nentry_id,visitor_name,phone,host,flat,vehicle,in,out\n{~ORDER},{NAME},{PHONE},{NAME},A-702,MH 04 GK 1190,{~TIME},{~TIME}\n{~ORDER},{NAME_UP},{PHONE},{NAME_INIT},C-201,,{~TIME},',
    'hello sir, hum Garuda Shield Security se hai 🙏 aapki society ke liye trained guards available hai, {~PRICE} per guard. call karein {FIRST} ko {PHONE} pe',
    'Demo request for GateKeeper visitor app\nContact: {NAME_INIT}\nTitle: {~JOB_TITLE}\nHOA: Oak Hollow Homeowners Association, {~CITY}\nEmail: {EMAIL}\nUnits: 312',
    'Anfrage Hausmeisterservice — WEG Bismarckstraße 12\nAnsprechpartner: {NAME}\nTelefon: {PHONE_EU}\nE-Mail: {EMAIL}\nGewünschter Beginn: {~DATE}',
    'Solicitud de presupuesto de conserjería — Comunidad Torre Picasso\nContacto: {NAME}\nMóvil: {PHONE_EU}\nEmail: {EMAIL}\nViviendas: {~ROOMS}',
    'Zapytanie ofertowe — ochrona osiedla "Zielone Wzgórze"\nOsoba kontaktowa: {NAME}\nTel.: {PHONE_EU}\nE-mail: {EMAIL}\nLiczba budynków: 6, monitoring CCTV 24/7',
    'Lead from IndiaMART: CCTV AMC for Nehru Enclave, 48 cameras. Buyer {NAME} ({PHONE}), email {EMAIL_SPELT}. Quote {~INVOICE} sent for {~PRICE}.',
    'Good morning {FIRST}, following up on the concierge proposal for Kensington Gardens. Happy to walk the site on {~WEEKDAY}. Best, {NAME} | Sentinel Facility Services | {PHONE}',
    'Parking sticker application (online)\nResident: {NAME}\nFlat: Tower 4-0902\nVehicle 1: UP 16 BZ 8821 (car)\nVehicle 2: UP 16 CA 1022 (bike)\nMobile: {PHONE}\nEmail: {EMAIL}\nFee: {~PRICE}, request {~TICKET}',
    'Richiesta preventivo vigilanza — Residence Leonardo da Vinci\nReferente: {NAME}\nCell.: {PHONE_EU}\nEmail: {EMAIL}\n{~QUANTITY} appartamenti, portineria notturna',
    'Pedido de orçamento — Condomínio Jardim Pessoa\nSíndico: {NAME}\nTelemóvel: {PHONE_EU}\nE-mail: {EMAIL}\nServiço: portaria remota e câmaras',
    'Pilot signup for society app — admin {name} (secretary, Sai Krupa CHS), whatsapp {PHONE}. 220 flats, go-live {~DATE}, plan {~SKU}.',
    'Inbound call log: {NAME_REV} from Lakeside Condominiums Board asked about access-control upgrade, call back {PHONE} after {~TIME}. Lead ref {~ORDER}.',
  ],
};
