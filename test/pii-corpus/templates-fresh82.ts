/**
 * Blind evaluation set 82: airline and airport ground operations. Property irregularity reports
 * for lost and delayed baggage, wheelchair and special-assistance requests, rebooking after
 * cancellations, passenger manifests and PNR notes, crew rosters, lounge access, refunds and
 * compensation (EU261, DGCA), complaints over WhatsApp and e-mail, from India, the US, the UK and
 * Europe, with Spanish, German, French and Polish lines. Hard negatives sit right next to real PII:
 * PNRs and booking references, flight numbers (AI 302, 6E 2145, BA117), seats, gates, terminals,
 * bag tags, times, dates, fares, baggage weights, airport codes, airports named after people
 * (Indira Gandhi International, Chhatrapati Shivaji Maharaj, John F. Kennedy, Charles de Gaulle,
 * Frédéric Chopin), aircraft types, lowercase chat names, greetings and signatures.
 *
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH82_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'PIR DELAI12345 opened at Indira Gandhi International T3 baggage services. Pax {NAME}, PNR K7QX2M, flight AI 302 SYD-DEL, 1 bag missing (tag AI 098 221 734, black Samsonite, 23 kg). Contact {PHONE}, deliver to hotel near Aerocity. Case ref {~TICKET}.',
    'Delayed bag traced: tag 0220 BA 614 553 was short-shipped at LHR T5, now on BA117 departing {~TIME}. Courier to {FIRST} {LAST} at {EMAIL}; promised delivery by {~DATE}. Interim expenses approved up to £150.',
    'Ground ops handover {~DATE}, Chhatrapati Shivaji Maharaj Intl T2:\n- 6E 2145 BOM-BLR delayed 95 min, A320neo VT-IZQ tech snag, gate 41 changed to 46\n- WCHC for {NAME} seat 2C, ambulift booked, escort {FIRST} from PRM desk\n- Pax callback number {PHONE}\nSigned off by duty manager {NAME_INIT}.',
    'Crew roster LH 1614 FRA-WAW, A321neo, STD 14:05 / STA 15:50\nCPT {NAME_REV}\nFO {NAME_REV}\nPU {NAME}\nFA {NAME}, {NAME}\nReport time 12:50 at Terminal 1 crew centre, briefing room B12.',
    'Rebooking note: UA 917 EWR-FRA cancelled (crew duty limits). {NAME} and infant moved to LH 401 from John F. Kennedy T1, seats 31A/31B, same fare class. Customer reached on {PHONE}; confirmation resent to {EMAIL}. Waiver code CXL{~OTP}.',
    'Special assistance request (MAAS/WCHS)\nPassenger: {NAME_UP}\nPNR: 5TRW9L\nFlight: AF 1146 CDG-WAW, 737 MAX 8 not operated, replaced by A220-300\nNeeds: wheelchair to aircraft door, own mobility aid 18 kg (lithium battery 300 Wh)\nEmergency contact: {NAME}, {PHONE_EU}\nStation: Charles de Gaulle 2F, gate F32',
    'manifest_AI131_LHR_BOM.csv\nseq,surname_given,seat,pnr,bags,kg,ssr\n001,{NAME_REV},12A,Q8MZ4P,2,41,VGML\n002,{NAME_REV},12B,Q8MZ4P,1,19,\n003,{NAME_REV},14C,LX7T2K,0,0,WCHR\n004,{NAME_REV},27F,HN3V8D,1,23,\nTotal pax 4 / bags 4 / 83 kg',
    'Lounge access log, Frédéric Chopin Airport (WAW) Executive Lounge, {~DATE}: guest {NAME}, Privilege Club Gold no. 4417 2290, boarding LO 281 to Kraków at {~TIME}, gate 28. Companion {FIRST} admitted on paid pass {~PRICE}. Desk agent: {FIRST}.',
    'Notatka zmiany: lot LO 3921 WAW-KRK odwołany z powodu mgły. Pasażerka {NAME}, PESEL {PESEL}, tel. {PHONE_EU}, przebukowana na LO 3925 o {~TIME}, miejsce 7D. Bagaż 20 kg przeniesiony, numer zgłoszenia {~TICKET}.',
    'Vermerk Bodenabfertigung München T2: Fluggast {NAME}, Buchungscode ZT4K8W, Flug LH 2036 verpasst wegen verspätetem Zubringer LH 1941. Umbuchung auf LH 2040, Sitz 22C, Gate H14. Rückrufnummer {PHONE_EU}, E-Mail {EMAIL}.',
    'Incident at Heathrow T3, stand 322: passenger {NAME} (FF no. BA 44718823, Executive Club Silver) refused boarding on BA117 after dispute at gate. Security log {~TICKET}; witness statement from crew member {NAME_INIT}. Follow-up call {PHONE}.',
  ],
  whatsapp: [
    '[{~TIME}] {name}: hi, my bag didnt come on 6E 2145 from Bengaluru, tag 6E 123456, PIR no BLR6E88213\n[{~TIME}] Support: Hello! Sorry about that. Could you share a contact number for the delivery team?\n[{~TIME}] Customer: {PHONE}, im staying in Andheri, 2 blocks from Chhatrapati Shivaji Maharaj airport',
    '{name}: flight AI 302 cancelled?? im at T3 gate 12 with my mom, she needs wheelchair\nAgent {FIRST}: Hi, yes AI 302 is cancelled due to crew availability. We have rebooked you on AI 308 departing {~TIME}, seats 3A and 3C. Wheelchair will meet you at gate 15.\nCustomer: ok pls send boarding pass to {EMAIL}',
    'Hola {FIRST}, soy {NAME} 👋 Mi maleta no llegó en el IB 3166 desde Madrid-Barajas Adolfo Suárez, etiqueta IB 075 412 889, 23 kg. Mi teléfono es {PHONE_EU} y mi DNI {NIF}. ¿Cuándo la entregan? Gracias!',
    'hey its {name} again lol. PNR is 4HT7QW, flying UA 918 FRA-EWR tmrw 10:25, seat 41K. can u add lounge access? card ends 4471. my number changed, now {PHONE}',
    '{name}: hi need help with my booking\nSupport bot: Please confirm your booking reference (6 characters).\nCustomer: X9LP2R\nSupport bot: Thank you. Flight BA117 LHR-JFK, {~DATE}, Terminal 5, gate A10. Is the passenger {NAME}?\nCustomer: yes thats me. also refund for the seat fee £45 pls, to card {CARD}',
    'Bonjour, je suis {NAME}, vol AF 1780 Nice-Paris annulé hier soir. J\'ai dormi à Charles de Gaulle terminal 2E. Remboursement hôtel 129 € à envoyer sur {IBAN} svp. Merci, {FIRST}',
    'Dzień dobry, tu {NAME}. Lot LO 379 z Warszawy (Lotnisko Chopina) spóźniony 4 godz. Proszę o kontakt: {PHONE_EU} albo {EMAIL_SPELT}. Numer rezerwacji KJ8WQ2, miejsce 18F. Pozdrawiam',
    '{name}: bhai my dad ({NAME}) needs assistance at IGI T3 tomorrow, flight AI 131 at 13:40, his aadhaar {AADHAAR} if you need it for the entry pass\nGround staff: Thank you, sir. WCHR booked, please report to counter F, zone 4, two hours before.',
    'Hallo, hier {NAME}. Mein Koffer (Gepäckschein LH 220 318 447) ist seit {~DATE} verschollen, Flug LH 1615 Warschau-Frankfurt. Bitte zurückrufen unter {PHONE_EU}. Lieferadresse folgt per Mail an {EMAIL}. Danke, Gruß aus Frankfurt',
    'good morning team 🙏 {name} here, DGCA compensation for 6E 5012 denied boarding? i paid ₹8,450, UPI {UPI}. PNR ABX34K. thanks',
    'Hi {FIRST}! This is {FIRST} from Delta Sky Club at JFK Terminal 4. Your guest pass for DL 1 to London at {~TIME} is ready, gate B32. Text us at {PHONE} if plans change. Safe travels!',
  ],
  kyc: [
    'APIS data, flight AA 100 JFK-LHR, {~DATE}\nSurname/Given: {NAME_REV}\nPassport: {PASSPORT}, issuing state IND, expiry 2031-04-30\nSSN (US resident card holder): {SSN}\nSeat 23H, PNR QW2E7R, 2 bags 46 kg',
    'Lost passport report at Indira Gandhi International, T3 arrivals, {~TIME}:\nName: {NAME}\nPassport no.: {PASSPORT}\nAadhaar: {AADHAAR}\nPAN: {PAN}\nFlight arrived: EK 510 DXB-DEL, seat 44D\nContact: {PHONE}\nReported to immigration counter 7 and airport police.',
    'Crew ID renewal, Air India base Mumbai:\nEmployee: {NAME_UP}\nStaff no. AI 00457, rank Cabin Crew Grade II\nAEP (Airport Entry Permit) covers T1 and T2 Chhatrapati Shivaji Maharaj\nPAN {PAN}, Aadhaar {AADHAAR}\nBank for allowance: IFSC {IFSC}',
    'UK visa / ETA check for {NAME}, BA 256 BOM-LHR, Boeing 787-9: National Insurance no. {NINO} (previous UK residence), passport {PASSPORT}, address in Hounslow near Heathrow T4. Contact {EMAIL}.',
    'Verificación de identidad, mostrador Iberia T4 Madrid-Barajas:\nPasajero: {NAME}\nDNI/NIE: {NIF}\nVuelo IB 6251 MAD-JFK, asiento 15C, localizador 7MXQ9T\nTeléfono: {PHONE_EU}\nObservaciones: menor no acompañado (UMNR), 11 años, entrega a {NAME} en John F. Kennedy T7.',
    'Weryfikacja pasażera, LOT Polish Airlines, Lotnisko Chopina:\nImię i nazwisko: {NAME}\nPESEL: {PESEL}\nLot LO 26 WAW-ORD, Boeing 787-8, miejsce 34A\nRezerwacja: PL7KX4\nKontakt awaryjny: {NAME}, {PHONE_EU}',
    'New hire ground handling, Celebi Delhi, cargo terminal:\nName: {NAME}\nDOB {~DATE}\nPAN {PAN}, Aadhaar {AADHAAR}\nSalary account IFSC {IFSC}, UPI {UPI}\nBCAS AVSEC training batch 14, shift 06:00-14:00',
    'US customs (CBP) secondary inspection note, JFK T4: traveller {NAME}, ITIN {ITIN}, arrived on AI 101 from Delhi, 2 bags 28 kg + 23 kg. Declared ₹2,50,000 in cash and $1,900. Phone {PHONE}.',
    'Personalbogen Bodenpersonal Flughafen Frankfurt, Terminal 1 Halle B:\nName: {NAME_REV}\nIBAN: {IBAN}\nTelefon: {PHONE_EU}\nDienstausweis FRA-22718, Schichtplan KW 47, Vorfeldkontrolle',
    'Frequent flyer account merge request: {NAME} (Flying Blue 1029384756) and {NAME_INIT} — same person? Verified via passport {PASSPORT} and e-mail {EMAIL}. Login from {IP} flagged; last booking AF 218 CDG-BOM, seat 9K.',
  ],
  refund: [
    'Subject: EU261 compensation claim – LH 1614 cancelled\n\nDear Lufthansa customer relations,\n\nMy flight LH 1614 Frankfurt-Warsaw on {~DATE} was cancelled less than 14 days before departure. Booking reference ZK3P8N, 2 passengers. I claim €250 per passenger under Regulation (EC) 261/2004. Please transfer to IBAN {IBAN}.\n\nKind regards,\n{NAME}\n{PHONE_EU}',
    'Refund request #{~TICKET}\nPassenger: {NAME}\nPNR: 6EHK2Q, flight 6E 2145 BOM-BLR, cancelled\nFare paid: ₹6,870 (incl. ₹1,200 seat + 15 kg excess)\nRefund mode: UPI {UPI}\nDGCA CAR Section 3 compensation requested: ₹10,000\nPhone: {PHONE}',
    'Dear {FIRST},\n\nWe have processed your refund of {~PRICE} for BA117 (LHR-JFK, {~DATE}), booking reference YH4T2M, back to the card ending in 0009. Please allow 7-10 working days. Your claim number is {~TICKET}.\n\nBest regards,\nBritish Airways Customer Relations\nCase handler: {NAME}',
    'Reclamación Vueling VY 8001 Barcelona-Londres Gatwick, retraso de 5 h 20 min:\nNombre: {NAME}\nNIF: {NIF}\nLocalizador: R2K9LM\nCompensación solicitada: 400 € (art. 7 Reglamento 261/2004)\nCuenta para el abono: {IBAN}\nContacto: {EMAIL}',
    'Réclamation bagage endommagé – vol AF 1146, arrivée Paris-Charles de Gaulle terminal 2F, rapport PIR CDGAF41877. Valise rigide 24 kg, roue cassée. Montant demandé : 180 €. Titulaire : {NAME}, téléphone {PHONE_EU}, IBAN {IBAN}.',
    'Reklamacja: lot LO 3921 odwołany, rezerwacja QT5R8H. Proszę o zwrot 412,50 zł oraz odszkodowanie 250 EUR na rachunek {IBAN}. {NAME}, PESEL {PESEL}, tel. {PHONE_EU}.',
    'Chargeback dispute: cardholder {NAME}, card {CARD}, merchant "UNITED AIRLINES 0162", amount $1,284.60, ticket 016 2345678901 for UA 917 on {~DATE}. Cardholder says flight was cancelled and no refund issued; airline says rebooked on UA 961. Invoice {~INVOICE}.',
    'Hi team, I am {NAME} (PNR MK7Q2W). AI 302 from Sydney was delayed 11 hours and my connection at Indira Gandhi International to AI 865 was missed. Hotel ₹7,400 and meals ₹1,150 — please refund to my savings account, IFSC {IFSC}. Bank-registered mobile {PHONE}. Thanks, {FIRST}',
    'Interim expense claim for delayed baggage, American Airlines PIR JFKAA60421\nClaimant: {NAME}\nSSN for 1099 (if over $600): {SSN}\nToiletries $42.18, clothing $219.99, phone charger $24.00\nTotal $286.17, pay to card {CARD}\nE-mail {EMAIL}',
    'Refund approved: Lounge day pass at Chhatrapati Shivaji Maharaj T2 (GVK Lounge), {~DATE}, ₹2,950 reversed. Customer {NAME}, GSTIN {GSTIN} for corporate invoice {~INVOICE}. Agent {FIRST}, station BOM.',
    'Sehr geehrte Damen und Herren,\n\nmein Flug LH 401 von New York JFK nach Frankfurt am {~DATE} hatte 6 Stunden Verspätung (A340-300, Ankunft Terminal 1). Ich beantrage 600 € Ausgleichszahlung gemäß Art. 7 VO 261/2004 auf das Konto {IBAN}.\n\nMit freundlichen Grüßen\n{NAME}\nTel. {PHONE_EU}',
  ],
  lead: [
    'Group booking enquiry: 42 pax, Delhi to Goa Mopa, {~DATE}, A320neo charter or block seats on 6E flights. Contact {NAME}, travel desk, {PHONE}, {EMAIL}. Budget ₹4,800 per seat incl. 15 kg baggage.',
    'New lead from website form (corporate lounge membership)\nCompany: Meridian Pharma Pvt Ltd\nContact: {NAME}, Head of Travel\nEmail: {EMAIL}\nPhone: {PHONE}\nAirports: DEL T3, BOM T2, BLR T1\nEst. visits/month: 120\nSource IP: {IP}',
    'Charter request: 737 MAX 8, 160 seats, Kraków to Tenerife South, {~MONTH} season, 6 rotations. Please call {NAME} at {PHONE_EU} or write to {EMAIL}. Ref {~REF_EU}.',
    'Hi, I\'m {NAME} from a wedding planner in Jaipur. We need 85 seats Mumbai-Udaipur on 6E or AI, plus wheelchair for 3 elderly guests and 1 stretcher (STCR). Call {PHONE} after 6 pm. GST {GSTIN} for invoice.',
    'Ground handling tender — Frankfurt, Munich, Warsaw Chopin. Interested parties contact {NAME_INIT}, procurement, {EMAIL}, {PHONE_EU}. Submit bids by {~DATE} 17:00 CET, tender no. {~PO}.',
    'Lead note: {FIRST} from a travel agency in Madrid wants IATA fares for 20 students, MAD-WAW on LO 434 in {~MONTH}. Prefers WhatsApp {PHONE_EU}. Fare quoted €189 each, 23 kg bag incl. Follow up {~WEEKDAY}.',
    'Solicitud de presupuesto: vuelo chárter Madrid-Barajas Adolfo Suárez a Palma, 120 plazas, Airbus A321. Contacto {NAME}, {PHONE_EU}, {EMAIL}. Fecha prevista {~DATE}.',
    'Anfrage Firmenkunde: 15 Mitarbeiter, FRA-BOM mit LH 756, Business Class, Lounge-Zugang Terminal 1. Ansprechpartnerin {NAME}, {EMAIL}, Tel. {PHONE_EU}. Angebot bis {~WEEKDAY}.',
    'Inbound call: {NAME} wants to sell airport transfer packages at John F. Kennedy T4 and Newark Liberty. Callback {PHONE}, email {EMAIL_SPELT}. Not qualified yet; route to partnerships on {~DATE}.',
    'Sales handoff — UK SME travel account\nDecision maker: {NAME}\nRole: {~JOB_TITLE}\nMobile: {PHONE}\nRoutes: LHR-JFK (BA117), LGW-BCN, MAN-DEL\nSpend £84,000/yr, 210 segments\nNext step: demo on {~WEEKDAY} at {~TIME}\nOwner: {FIRST}',
  ],
};
