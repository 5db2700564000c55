/**
 * Blind evaluation set 98: school transport, daycare and creche operators — bus route rosters whose
 * stops are named after people and landmarks, authorised pickup persons, parent and driver contact
 * sheets, attendance and absence messages, fee reminders, allergy notes, field-trip consent forms and
 * GPS/app alerts, from India, the US, the UK and Europe. Hard negatives are the trade's own words:
 * stops and streets named after famous people (Nehru Chowk, Martin Luther King Jr. Blvd, Rue Victor
 * Hugo), brand, room and route names (Little Acorns, Butterfly Room, Route R-14), vehicle numbers,
 * receipt and order numbers, dates, times, fees, app versions and headcounts.
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH98_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Route R-14 (Nehru Chowk → Gandhi Nagar → St. Xavier\'s Gate) — driver {NAME}, mob {PHONE}; attendant {FIRST}. Pickup 7:05, 32 seats, bus KA-05-AB-1234.',
    'Call note {~DATE} {~TIME}: mother {NAME_INIT} rang about Koala Room (Toddlers). Authorised pickup added: {NAME} ({PHONE}). Ticket {~TICKET}, nothing else changed.',
    'Contact sheet export\nchild_ref,guardian,relation,phone,email,stop\nLA-{~OTP},"{NAME_REV}",Mother,{PHONE},{EMAIL},Martin Luther King Jr. Blvd & 5th\nLA-{~OTP},"{NAME_REV}",Grandfather,{PHONE},,Lincoln Park Library',
    'Allergy note (Butterfly Room): {FIRST} — severe peanut allergy, EpiPen Jr in red bag, Piriton 2.5 ml. Parent {NAME} on {PHONE}. Reviewed by Nurse Lead on {~DATE}, care plan {~VERSION}.',
    'Escalation: bus 7 arrived at Victoria Road stop {~TIME} instead of 7:40. Parent {LAST} complained via app (IP {IP}). Little Acorns Transport ref {~TICKET}; GPS unit {~SERIAL}.',
    'Absence logged: {name} off sick {~WEEKDAY}, dad said by phone ({PHONE}). Rainbow Kita Gruppe Sonnenblume, no lunch to be charged. Kostenstelle {~REF_EU}.',
    '---------- Forwarded message ---------\nFrom: {NAME} <{EMAIL}>\nDate: {~DATE}\nSubject: Field trip to Science City — consent\n\nHi Ms. {LAST}, please find the signed form attached. {FIRST} can go; no nuts in the packed lunch please.',
    'Driver onboarding checklist for {NAME_UP}: licence verified, police verification {~TICKET}, route Shivaji Park loop, vehicle MH 12 DE 1433, first shift {~DATE}. Supervisor: {NAME_INIT}.',
    'Lead teacher {NAME} updated the Sunflower Room roster: 18 enrolled, 3 on waitlist, order of nappies {~QUANTITY}. Emergency contact for {FIRST}: {NAME} {PHONE}. Bright Steps app {~VERSION}.',
    'Nota CRM: la Sra. {LAST} ({PHONE_EU}) pide cambiar la parada de Avenida Simón Bolívar a Plaza Colón desde el {~DATE}. Ruta 3, Guardería Los Peques. Ref. {~REF_EU}.',
    'Notatka: odbiór dziecka przez {NAME} (babcia), tel. {PHONE_EU}. Przedszkole Słoneczko, grupa Biedronki, przystanek ul. Jana Pawła II. Zgłoszenie {~TICKET}.',
    'Hi {FIRST},\nRoute change confirmed for Oak Tree Nursery from {~DATE}: new stop at George Street / Queen Anne\'s Gate, {~TIME}.\nKind regards,\n{NAME}\nTransport Coordinator | {PHONE}',
  ],
  whatsapp: [
    'good morning parents 🚌 Route 5 is running 15 min late due to traffic near Rajiv Chowk. Driver {FIRST} ({PHONE}) will update. Kids at Indira Colony stop pls wait inside 🙏',
    '{name} aaj school nahi aayegi, fever hai 🤒 pls mark absent for {~DATE}. Bus uncle ko bhi bata dena',
    '[{~TIME}] BusBuddy Alert: Bus KA01-F-2231 has reached Nehru Place stop. Your child {FIRST} has boarded ✅ Track: app {~VERSION}',
    'hi ma\'am, my brother {NAME} will pick up my daughter today at 4pm, his number {PHONE}. he is on the authorised list na?',
    'Reminder 📢 Diwali picnic to Lodhi Garden on {~DATE}. Consent form by {~WEEKDAY}. Fee {~PRICE}. Queries: {FIRST} {PHONE}',
    'hola! soy {FIRST}, la mamá de la peque de Sala Azul 👋 hoy la recoge su abuelo {NAME}, tel {PHONE_EU}. gracias!!',
    'Hallo zusammen, Frau {LAST} hier aus der Kita Sonnenschein. Der Ausflug zum Tierpark Hagenbeck ist am {~DATE}, Abfahrt {~TIME}. Bitte Brotdose ohne Nüsse 🥜❌',
    'Bonjour, c\'est {FIRST} de la crèche Les Petits Loups 🐺 le car passe à 8h10 rue Victor Hugo. Contact chauffeur: {PHONE_EU}',
    'Dzień dobry, {FIRST} jutro nie będzie w przedszkolu (wizyta u lekarza). Odbiór w piątek przez {NAME}, tel {PHONE_EU}. Dziękuję!',
    'Olá! O autocarro da rota Marquês de Pombal vai chegar às {~TIME}. Motorista {FIRST}, telemóvel {PHONE_EU} 🚍',
    'hey {name} the bus broke down near Kennedy Circle 😩 sub bus #12 coming in 20 mins, I\'ll call from {PHONE}',
    'Thanks for paying Term 2 fees on time 🙏 receipt {~INVOICE}. Any issue msg {FIRST} or email {EMAIL_SPELT}',
  ],
  kyc: [
    'Admission form — Tiny Tots Creche\nChild: {NAME_UP}\nDOB: {~DATE}\nFather: {NAME} | PAN {PAN} | Mobile {PHONE}\nMother: {NAME} | Aadhaar {AADHAAR}\nPickup stop: Tilak Nagar Metro Gate 2',
    'Authorised pickup person verification: {NAME}, relation Uncle, Aadhaar {AADHAAR}, mobile {PHONE}. Photo ID checked at Gate 3 on {~DATE} {~TIME}. Verhoeff check failed on old entry {~VERHOEFF_INVALID_12} — re-collect.',
    'Driver background check (DBS) — Little Acorns Transport Ltd\nName: {NAME_REV}\nNI number: {NINO}\nDBS certificate ref: {~SERIAL}\nVehicle: Ford Transit, 16 seats, MOT expires {~DATE}',
    'Dependent Care FSA claim — provider: Sunshine Kids Daycare LLC, EIN on file. Parent: {NAME}, SSN {SSN}, phone {PHONE}. Period {~MONTH} 2024, amount {~PRICE}.',
    'W-10 provider info requested by parent {NAME_INIT} ({EMAIL}). Caregiver {NAME}, ITIN {ITIN}. Invoice {~INVOICE}, 40 hrs/week, rate {~PRICE}.',
    'Ficha de inscripción — Escuela Infantil Los Peques\nMadre/tutora: {NAME_REV}, DNI {NIF}\nTeléfono: {PHONE_EU}\nAutorizada a recoger: {NAME}, NIE {NIF}\nRuta: Calle Cervantes – Plaza Colón',
    'Karta zgłoszenia dziecka do przedszkola\nDziecko: {NAME_UP}, PESEL {PESEL}\nMatka: {NAME}, tel. {PHONE_EU}, e-mail {EMAIL}\nOsoba upoważniona do odbioru: {NAME_REV}\nGrupa: Motylki, sala 4',
    'SEPA-Lastschriftmandat Kita Regenbogen\nKontoinhaber: {NAME}\nIBAN: {IBAN}\nMandatsreferenz: {~REF_EU}\nBeitrag Krippe: {~PRICE} / Monat ab {~DATE}',
    'Driver KYC (school van, Pune): {NAME}, passport {PASSPORT}, licence MH12 2019 0045xxx, police NOC {~TICKET}, bank IFSC {IFSC}, UPI {UPI}. Route: Shivaji Nagar – Model Colony.',
    'Staff file: {NAME_INIT}, Lead Practitioner, Peacock Room. Phone {PHONE}. Paediatric First Aid cert exp {~DATE}. Emergency contact {NAME} {PHONE}.',
    '{"form":"field_trip_consent","trip":"Nehru Science Centre","date":"{~DATE}","child":"{NAME}","guardian":{"name":"{NAME}","phone":"{PHONE}","email":"{EMAIL}"},"allergies":["peanut"],"consent":true}',
  ],
  refund: [
    'Fee reminder: Dear {NAME}, Term 2 transport fee {~PRICE} for Route R-14 (Gandhi Nagar) is due on {~DATE}. Pay in the Little Acorns app or call {PHONE}. Receipt no. {~INVOICE}.',
    'Refund request — parent {NAME} ({EMAIL}) for cancelled Science City trip. Amount {~PRICE}, original txn UTR {~UTR}. Refund to UPI {UPI} within 5–7 days.',
    'Hi {FIRST}, we\'ve refunded {~PRICE} for the unused bus weeks in {~MONTH} to card {CARD}. Ref {~TICKET}. — Sunshine Kids Daycare Billing',
    'Late pickup fee applied: {FIRST} collected at {~TIME} by {NAME_INIT}. Charge $1 per minute = {~PRICE}. Invoice {~INVOICE}. Dispute? reply or call {PHONE}.',
    'Erstattung Essensgeld: Frau {LAST}, wegen 6 Krankheitstagen erstatten wir {~PRICE} auf IBAN {IBAN}. Vorgang {~REF_EU}. Kita Sonnenschein, Karl-Marx-Straße 12.',
    'Devolución cuota de transporte: {NAME_REV}, DNI {NIF}, ruta Avenida Simón Bolívar. Importe {~PRICE}. IBAN {IBAN}. Nº expediente {~REF_EU}.',
    'Zwrot opłaty za wycieczkę do Zoo: {NAME}, PESEL dziecka {PESEL}, kwota {~PRICE}, rachunek {IBAN}. Nr dokumentu {~INVOICE}.',
    'Tax-Free Childcare top-up mismatch: parent {NAME}, NI {NINO}, childcare account ref {~REF_EU}, payment {~PRICE} received {~DATE} for Oak Tree Nursery (Butterfly Room).',
    'Payment failed for {NAME} — card {~LUHN_INVALID_16} declined (checksum). Retry with {CARD}? Amount {~PRICE}, order {~ORDER}. Parent portal {~VERSION}.',
    'Fee receipt\nStudent: {NAME_UP}\nClass: Nursery B (Peacock)\nRoute: Tilak Road – Nehru Chowk\nAmount: {~PRICE}\nPaid by: {NAME}, PAN {PAN}\nGSTIN of school: {GSTIN}\nReceipt: {~INVOICE}',
    'tool_call refund_fee {"parent":"{NAME}","phone":"{PHONE}","amount":"{~PRICE}","reason":"bus route discontinued","route":"Kennedy Circle","invoice":"{~INVOICE}"}',
  ],
  lead: [
    'New enquiry via website: {NAME} is looking for a full-day place in the Teddy Room from {~MONTH}. Phone {PHONE}, email {EMAIL}. Needs bus from Lincoln Park Library stop.',
    'Lead from Google Ads: parent {name}, 2 kids (ages 3 and 5), area Gandhi Nagar, wants van pickup 7:30. Call back {PHONE} after {~TIME}. Campaign {~SKU}.',
    'Hi, I\'m {FIRST} and I run a small school van service in Kothrud (3 vans, 41 kids, GPS order {~QUANTITY}). Interested in your GPS tracker plan. My email {EMAIL_SPELT}, mob {PHONE}.',
    'Tour booked: {NAME_INIT} visiting Little Acorns Nursery on {~DATE} at {~TIME}. Interested in Butterfly Room + transport. Source: Mumsnet. Tel {PHONE}.',
    'Anfrage Krippenplatz: {NAME}, Kind 14 Monate, Wunschbeginn {~DATE}. Tel. {PHONE_EU}, E-Mail {EMAIL}. Abholung über Haltestelle Goethestraße.',
    'Solicitud de plaza: {NAME_REV}, hija de 2 años, desde {~MONTH}. Contacto {PHONE_EU} / {EMAIL}. Interés en ruta Plaza Colón. Visitó Guardería Los Peques el {~DATE}.',
    'Demande d\'inscription crèche Les Petits Loups: Mme {LAST}, enfant né le {~DATE}, tél. {PHONE_EU}, courriel {EMAIL_SPELT}. Arrêt de car: Place Jean Jaurès.',
    'Zapytanie: {NAME}, szuka miejsca w przedszkolu od września, dowóz z ul. Mickiewicza. Tel. {PHONE_EU}. Źródło: Facebook, kampania {~SKU}.',
    'Fleet lead: {NAME}, Transport Head, St. Mary\'s Convent School — 12 buses, wants BusBuddy Pro quote for {~QUANTITY}. Phone {PHONE}, {EMAIL}. Budget {~PRICE}.',
    'Pergunta de inscrição: {NAME}, filho de 4 anos, zona Marquês de Pombal, precisa de transporte às {~TIME}. Telemóvel {PHONE_EU}.',
    'Referral: {FIRST} (parent at Sunflower Room) referred {NAME}, {PHONE}. Offer: one month transport free, code ACORN{~OTP}. Follow up {~WEEKDAY}.',
  ],
};
