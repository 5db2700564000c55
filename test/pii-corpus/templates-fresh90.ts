/**
 * Blind evaluation set 90: security-guard and manpower-supply agencies. Guard onboarding (ID
 * proofs, police verification, PF/ESI/UAN registration, bank details for wages), shift rosters
 * per site, attendance and overtime, incident reports from sites, client site contracts and
 * invoices, uniform and equipment issue, supervisor WhatsApp groups and replacement requests —
 * mostly India, with some UK, US and European operations (German, Spanish, Polish and Dutch lines).
 * Hard negatives sit right next to real PII: post and gate numbers, shift timings, site codes,
 * badge and roster IDs, agency licence and PF/ESI establishment codes, headcounts, wages, dates,
 * vehicle plates, and sites named after people (Nehru Place, Raheja Towers, Sardar Patel Stadium).
 *
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH90_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Site visit note — Raheja Towers, Gate 3 (client code RT-GGN-07). Met facility head {NAME} ({PHONE}), who wants 2 additional guards on the 22:00–06:00 shift from {~DATE}. Current headcount 14 (12 guards + 2 supervisors). Quote sent at {~PRICE} per guard per month, invoice {~INVOICE}.',
    'Client: Nehru Place Traders Association\nContract ref: CTR/2024/NP-118\nSite code: NP-02 (Post 1 main gate, Post 4 basement parking)\nClient contact: {NAME}, {EMAIL}\nBilling GSTIN: {GSTIN}\nRate: {~PRICE} per 12-hour post per month\nRenewal due: {~DATE}',
    'INCIDENT REPORT {~TICKET}\nSite: Sardar Patel Stadium, East Stand, Gate 9\nDate/time: {~DATE}, {~TIME}\nReported by: guard {NAME} (badge SG-2291), night shift 22:00–06:00\nDetails: unknown vehicle DL 8C AF 4417 tried to enter through the service gate without a pass. Driver refused to give his name and left after 10 minutes. CCTV cam 14 footage saved.\nSupervisor {NAME} informed on {PHONE}.',
    'Account note (UK ops, Canary Wharf): spoke to {NAME} at the client about weekend cover at Unit 4, Churchill Place. They need 3 SIA-licensed officers on Saturday 07:00–19:00. Officer {NAME} (NI {NINO}) will lead the team. Invoice {~INVOICE} for {~PRICE} goes out on {~WEEKDAY}.',
    'Post orders update — Lincoln Plaza lobby, Post L-2. Client PM {NAME} ({EMAIL}) approved the three-shift pattern: 06:00–14:00, 14:00–22:00, 22:00–06:00. Guard rate $21.50/hr, OT at 1.5x after 40 hrs. New hire {NAME} cleared the background check; SSN {SSN} is with payroll only.',
    'Escalation from {NAME}, secretary of Sharma Complex RWA: the guard at Post 2 was found sleeping at 03:40 on {~DATE}. Replacement sent from the reliever pool. Complaint ticket {~TICKET}. Please call back on {PHONE} before {~TIME}.',
    'Minutes — quarterly review with the Indira Gandhi Medical College estate office.\nPresent: {NAME} (client), {NAME} (our ops manager), {FIRST} (area supervisor).\n1) Deployment: 38 guards across 6 posts.\n2) Two lady guards needed for the OPD night shift.\n3) Invoice {~INVOICE} of {~PRICE} still pending.\n4) PO {~PO} to be amended for the new headcount.',
    'Objektnotiz Frankfurt, Standort FRA-03 (Lager Halle B, Tor 2): Ansprechpartner beim Kunden ist Herr {LAST}, Tel. {PHONE_EU}. Nachtschicht 22:00–06:00 mit 2 Sicherheitsmitarbeitern, Stundensatz 24,80 €. Rechnung {~INVOICE}, Zahlungsziel 30 Tage.',
    'Client master record\nClient: Shivaji Park Gymkhana\nSite ID: MUM-SPG-01 | Posts: 5 | Guards: 11\nAuthorised signatory: {NAME_UP}\nPAN: {PAN}\nContact: {PHONE} / {EMAIL}\nOur PSARA licence: PSARA/MH/2021/0392',
    'Nota de cliente (Madrid, Centro Comercial Gran Vía 2): la responsable de seguridad, {NAME}, pide reforzar el turno de noche (22:00–06:00) con un vigilante más desde el {~DATE}. Contacto: {PHONE_EU}. Presupuesto {~INVOICE}: {~PRICE}/mes. Vigilante asignado: {NAME_REV}, DNI {NIF}.',
    'Roster signed off by {NAME_INIT}, Ops Manager North. Site: Tata Steel guest house, Post 3. Shift B 14:00–22:00, 4 guards. Overtime approved for 2 guards (4 hrs each). Roster ref RST-2411-TSG.',
    'Regards,\n{NAME}\nArea Supervisor – South Delhi\nShield Force Security Services Pvt. Ltd. | PSARA/DL/2019/0457\nM: {PHONE} | {EMAIL}\nSites: Nehru Place, Lodhi Road, Kalkaji',
  ],
  whatsapp: [
    '[22:04] {name}: Post 3 pe relief nahi aaya abhi tak, Raheja Towers gate 2\n[22:06] {name}: wait karo, {FIRST} ko bhej raha hu. uska number {PHONE}\n[22:31] {name}: ok sir reached 👍',
    'Night Shift Supervisors 🛡️\n{name}: good evening all. attendance for NP-02 please by 22:30\n{name}: NP-02 — 6/6 present, 1 on OT\n{name}: Sardar Patel Stadium east — 9/10, {FIRST} absent, informed at {~TIME}\n{name}: noted. replacement from reliever pool',
    'Sir replacement chahiye Nehru Place Post 4 ke liye kal se. {NAME} ne resign kar diya, uska final settlement {~PRICE} pending hai. New guard ka Aadhaar {AADHAAR} aur photo bhej raha hu, police verification form bhi.',
    '{FIRST} ji namaste 🙏 aapki salary {~DATE} ko credit ho gayi hai. UTR {~UTR}. Nahi dikhe to {PHONE} pe call karo.\n— Accounts, Shield Force Security',
    'bhaiya 2000 advance chahiye, mera UPI {UPI} hai. kal se double duty 08:00–20:00 kar lunga Sector 18 site pe',
    '{name}: Cześć, jutro na obiekcie Magazyn Łódź-Olechów brakuje jednego ochroniarza na zmianę 06:00–18:00\n{name}: Dzwoń do {FIRST}, numer {PHONE_EU}, on ma wolne\n{name}: ok, wpisuję do grafiku, brama 2',
    'Canary Wharf Ops\n{name}: Evening all, {NAME} is covering Gate B tonight 19:00–07:00. Radio channel 4. His mobile is {PHONE} if control room needs him. Van LK19 ZRT parked in bay 12.',
    'Goedemorgen team, {FIRST} is vandaag ziek. Wie kan de dienst 07:00–15:00 bij Distributiecentrum Tilburg, poort 5 overnemen? Bel {NAME} op {PHONE_EU}. Groet, planning',
    'Incident update 🚨\nSite: Rajiv Chowk metro exit 7 (post RC-7)\nTime {~TIME}\nguard {name} ne pickpocket pakda, police ko hand over kiya. FIR copy pending. photo group me mat bhejo, DM {FIRST} sir at {PHONE}',
    'Lincoln Center Security Team\n{name}: who can pick up Sat 22:00-06:00 at post L-2? $24/hr + OT\n{name}: i can\n{name}: ok {FIRST} confirmed. send your hours to {EMAIL} before {~WEEKDAY}',
    'uniform issue today:\n{NAME} – 2 shirts, 1 trouser, 1 cap, lathi, whistle, torch {~SERIAL}\n{NAME} – shoes size 9 pending\ncollect from store near gate 1 after 10am',
    'Buenas noches, soy {FIRST}, vigilante del turno de noche en el Parking Avenida de América. Hoy no puedo ir, mi hija está enferma. Mi teléfono es {PHONE_EU}. Lo siento mucho.',
  ],
  kyc: [
    'GUARD ENROLMENT FORM\nFull name: {NAME_UP}\nFather\'s name: {NAME}\nMobile: {PHONE}\nAadhaar: {AADHAAR}\nPAN: {PAN}\nBank IFSC: {IFSC}\nUPI (for advances): {UPI}\nPosting: Nehru Place, Post 2 | Shift A 06:00–14:00\nBadge no.: SG-{~OTP}',
    'To the SHO, Police Station Kalkaji\nSub: Police verification of security guard\nApplicant {NAME}, son of {NAME}, resident of {~STREET}, PIN {~PINCODE}. ID proof: Aadhaar {AADHAAR}. Joined on {~DATE} and posted at Raheja Towers, Gate 1. Form ref PV/2024/0817. Agency licence PSARA/DL/2018/0211.',
    'PF/ESI registration sheet\nEmployee: {NAME_REV}\nDate of joining: {~DATE}\nAadhaar (for UAN seeding): {AADHAAR}\nPAN: {PAN}\nBank IFSC: {IFSC}\nEstablishment PF code: DLCPM0026293000\nESI employer code: 31000123450001001\nGross wage: {~PRICE}, basic 60%',
    'Please resend documents for {NAME}: the Aadhaar typed in the form, {~VERHOEFF_INVALID_12}, fails validation on the UAN portal. Send a clear photo of the card again. Mobile for OTP: {PHONE}. OTP received at the office: {~OTP}.',
    'New starter — Security Officer (UK)\nName: {NAME}\nNational Insurance no.: {NINO}\nBank: {IBAN}\nEmail: {EMAIL}\nSIA badge expiry: {~DATE}\nSite: Victoria Station concourse, Post V4, nights 19:00–07:00',
    'Onboarding checklist — {NAME}\nSSN: {SSN}\nSpouse ITIN: {ITIN}\nGuard card: G-{~OTP}\nDirect deposit confirmation to: {EMAIL}\nAssigned post: Jefferson Ave warehouse, Dock 3, 22:00–06:00',
    'Alta de vigilante — Madrid\nNombre: {NAME}\nDNI/NIE: {NIF}\nCuenta: {IBAN}\nTeléfono: {PHONE_EU}\nTIP: pendiente\nServicio: Centro Logístico Getafe, puesto 2, turno 22:00–06:00',
    'Karta pracownika ochrony\nImię i nazwisko: {NAME}\nPESEL: {PESEL}\nNr konta: {IBAN}\nTelefon: {PHONE_EU}\nObiekt: Galeria Mokotów, stanowisko P-3\nWpis na listę kwalifikowanych pracowników ochrony: tak',
    'Personalbogen Sicherheitsdienst\nName: {NAME_REV}\nTelefon: {PHONE_EU}\nIBAN für Lohn: {IBAN}\nE-Mail: {EMAIL}\nSachkunde §34a: vorhanden\nEinsatzort: Objekt HH-12, Hafen Tor 4, Schicht 18:00–06:00',
    'Overseas deployment (Dubai mall project, 24 guards): documents received from {NAME} — passport {PASSPORT}, Aadhaar {AADHAAR}, PAN {PAN}. Medical done on {~DATE}. Contact {PHONE}, {EMAIL}.',
    'Dear {FIRST}, welcome to Suraksha Manpower Services. Please bring your original Aadhaar card, PAN card, two passport-size photos and a cancelled cheque to our Nehru Place office on {~WEEKDAY} by 10:00. Your UAN will be generated after joining. Roster ID RST-NP-118.\nRegards, {NAME}, HR',
  ],
  refund: [
    'Subject: Uniform deposit refund — {NAME}\nThe guard left on {~DATE} after 11 months at Sardar Patel Stadium. Uniform returned (2 shirts, 1 jacket, shoes). Please refund the deposit of {~PRICE} to UPI {UPI} or to the account with IFSC {IFSC}. Ref {~TICKET}.',
    'Credit note request: Raheja Towers was billed for 16 guards in {~MONTH} but only 14 were deployed (2 posts vacant from the 12th). Invoice {~INVOICE}, excess {~PRICE}. Client GSTIN {GSTIN}. Approved by {NAME_INIT}.',
    'Wage dispute — guard {NAME} ({PHONE}) says 36 hrs of overtime for {~MONTH} were not paid. Attendance register shows 26 days + 36 OT hrs at Nehru Place Post 1. OT rate ₹95/hr, amount due ₹3,420. Paid today, UTR {~UTR}.',
    'Hi {FIRST}, about the deduction from your pay: £45 was taken for the lost radio ({~SERIAL}). The radio has since turned up at Gate C, so it will be refunded in the next payroll. Payslip ref {~REF_EU}. NI number on file: {NINO}.\nPayroll team',
    'Client dispute: {NAME} from Jefferson Ave Logistics questions invoice {~INVOICE} ({~PRICE}). Holiday premium was billed for 07/04 at 1.5x on 48 hrs. The difference of $312.00 will go back to the card on file, {CARD}, once approved.',
    'Reclamación de {NAME}: en la nómina de {~MONTH} faltan 12 horas nocturnas (22:00–06:00) en el Parking Avenida de América. DNI {NIF}. Abonar la diferencia en la cuenta {IBAN}. Ref. {~REF_EU}.',
    'Korekta wynagrodzenia dla {NAME}, PESEL {PESEL}: w {~MONTH} naliczono 168 h zamiast 192 h. Różnicę proszę przelać na konto {IBAN}. Obiekt: Magazyn Łódź-Olechów, brama 2.',
    'Recovery cancelled: the metal detector ({~SERIAL}) issued to guard {NAME} at Indira Gandhi Stadium was damaged in the rain, not by misuse. Refund the ₹1,800 deducted from the {~MONTH} wages. Account IFSC {IFSC}, contact {PHONE}.\n— {NAME}, Admin',
    'emp_id,name,site,days,ot_hrs,deduction,refund\nSG-1044,{NAME},NP-02,26,12,₹600,₹600\nSG-1187,{NAME},RT-GGN-07,30,0,₹0,₹0\nSG-1201,{NAME},SPS-E9,24,8,₹450,₹450',
    'Gutschrift für Kunde Logistikpark Hamburg: Im {~MONTH} wurden 2 Nachtschichten an Tor 4 nicht besetzt. Rechnung {~INVOICE}, Gutschrift 396,80 €. Ansprechpartnerin Frau {LAST}, {EMAIL}. Überweisung auf {IBAN}.',
    'Refund for training fee: {NAME} paid {~PRICE} by card {CARD} for the fire-safety course that was cancelled. Order {~ORDER}. Confirmation sent to {EMAIL}.',
  ],
  lead: [
    'Hi, we run a 22-floor commercial building at Raheja Towers, Gurugram. Need 8 guards + 1 supervisor, 3 shifts (06:00–14:00, 14:00–22:00, 22:00–06:00) from {~DATE}. Please quote.\n{NAME}, Facility Manager, {PHONE}, {EMAIL}',
    'Enquiry form\nCompany: Shree Balaji Warehousing\nLocation: {~CITY}, PIN {~PINCODE}\nRequirement: 12 unarmed guards, 2 gunmen, 24x7\nBudget: {~PRICE} per month\nContact: {NAME}\nMobile: {PHONE}\nGSTIN: {GSTIN}',
    'Sir mera naam {NAME} hai, ex-army, 8 saal service. Security supervisor ki job chahiye Delhi NCR me. Mobile {PHONE}. Night shift bhi chalega, gunman licence bhi hai.',
    'Website lead {~TICKET}: {NAME_UP} wants housekeeping + security for an office at Nehru Place ({~ROOMS}) — 2 guards 09:00–21:00 and 3 housekeeping staff. Call back on {~WEEKDAY} after {~TIME} on {PHONE}.',
    'Hello, I manage a retail unit on Oxford Street and need door supervisors on Friday and Saturday nights, 20:00–04:00, starting {~DATE}. Two SIA-licensed staff. Could someone call me on {PHONE}? Thanks, {NAME}',
    'RFP: event security for a Lincoln Park concert, 3,500 attendees, 40 guards + 4 leads, 14:00–00:00. Bids due {~DATE}. Contact {NAME}, Procurement, {EMAIL}, {PHONE}. PO will be issued as {~PO}.',
    'Guten Tag, wir suchen für unser Lager in Duisburg ab {~DATE} einen Werkschutz, Mo–Fr 18:00–06:00, 2 Mitarbeiter. Bitte Angebot an {EMAIL}. Rückfragen gern unter {PHONE_EU}.\nMit freundlichen Grüßen\n{NAME}',
    'Hola, somos una comunidad de vecinos en Valencia (Calle Colón 18, 120 viviendas). Buscamos conserje-vigilante de lunes a sábado, 08:00–20:00. Presupuesto aproximado 2.100 €/mes. Contacto: {NAME}, {PHONE_EU}.',
    'Dzień dobry, szukamy ochrony dla budowy w Gdańsku: 3 posterunki, 24/7, od {~DATE}. Proszę o ofertę na {EMAIL} lub telefonicznie {PHONE_EU}. Pozdrawiam, {NAME}',
    '{name} referred {NAME} for the lady guard opening at Sardar Patel Stadium (women\'s gate, 08:00–20:00). She has 3 yrs experience at Phoenix Mall. Number {PHONE}. Expected salary ₹16,500 + PF/ESI.',
    'Beste, wij zoeken beveiligers voor ons bedrijventerrein in Rotterdam-Waalhaven, 2 personen, nachtdienst 22:00–06:00, vanaf {~DATE}. Graag een offerte.\nMet vriendelijke groet,\n{NAME}\n{PHONE_EU}',
    'source,company,contact,reach,headcount,site\nIndiaMART,Gandhi Nagar Textiles,{NAME},{PHONE},6,Surat GIDC\nJustdial,Raheja Developers,{NAME},{PHONE},15,Malad West\nReferral,Tata Projects,{NAME},{EMAIL},20,Nehru Place',
  ],
};
