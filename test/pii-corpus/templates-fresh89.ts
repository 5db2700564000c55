/**
 * Blind evaluation set 89: paying-guest (PG) hostels, student housing and co-living. Tenant
 * onboarding with ID proofs and parents'/guardians' contacts, police-verification forms, room and
 * bed allocation, rent and deposit payments and refunds, mess complaints, maintenance requests,
 * warden notes, late-entry and visitor logs, move-out inspections and residents' WhatsApp groups,
 * in Bengaluru, Pune, Delhi and Kota, plus students and co-living members in the US, the UK and
 * Europe (a few German, Spanish and Polish lines). Hard negatives sit right next to the PII: room
 * and bed numbers, floors, rents in ₹/$/€/£, dates, curfew times, menus, Wi-Fi names, receipt
 * numbers, colonies, roads and colleges named after people, lowercase chat names and greetings.
 *
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH89_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Tenant note (Sunshine PG, Koramangala 5th Block): {NAME} moved into room B-204, bed 3, on {~DATE}. Guardian {NAME} can be reached on {PHONE}. Rent ₹9,500 due by the 5th; curfew 10:30 pm explained.',
    'Warden log, 2nd floor, {~WEEKDAY}:\n- 23:47 late entry, room C-112, {FIRST} (said the cab from Rajiv Chowk got stuck)\n- guardian informed on {PHONE}\n- ticket {~TICKET} raised for the broken latch on the main gate',
    'Resident: {NAME_REV}\nCollege: St. Xavier\'s College, 2nd year B.Com\nRoom/Bed: A-301 / bed 2 (triple sharing)\nEmergency contact: {NAME} (parent), {PHONE}\nEmail: {EMAIL}',
    'Maintenance request {~TICKET} from {NAME}, room 407, 4th floor: geyser not heating since {~WEEKDAY}. Plumber slot booked for {~TIME}. Please call her on {PHONE} before going up, she has exams at Lady Shri Ram College till noon.',
    'Visitor log – Greenview Co-living, Indira Nagar\ndate,time_in,time_out,visitor,meeting,room\n{~DATE},{~TIME},{~TIME},{NAME},{NAME},D-09\n{~DATE},{~TIME},{~TIME},{NAME},{NAME},B-204',
    'Move-out inspection, flat 12B (3 BHK shared), Ambedkar Road, Pune. Outgoing member {NAME_INIT}. Damage: one cracked mirror (₹1,200), missing wardrobe key (₹300). Rest of the deposit to be returned to {UPI}. Inspected by {NAME} at {~TIME}.',
    'Spoke to Mrs. {LAST} (guardian of {FIRST}, room 16, Kota branch) at {PHONE}. She wants weekly attendance reports from the coaching centre and asked us to stop Sunday outings after 6 pm. Next call on {~DATE}.',
    'Mess committee minutes {~DATE}: menu for {~WEEKDAY} — poha & tea, dal-chawal, rajma, paneer on Friday. Complaint from {NAME} (E-18) about stale rotis noted; vendor Annapurna Caterers warned. Next meeting in the common room at {~TIME}.',
    'CRM > Residents > {NAME}\nStatus: notice period (30 days)\nLast rent: {~PRICE} received via UTR {~UTR}\nWi-Fi: GV_Tower2_5G (router SN {~SERIAL})\nPhone on file: {PHONE}',
    'Member note, Hive Living Berlin-Friedrichshain: {NAME} (room 3.14, €690/month) reported the washing machine broken again. Call back on {PHONE_EU}. Hausmeister visit scheduled {~WEEKDAY} {~TIME}.',
    'US housing office: student {NAME}, unit 4B, 2 beds / 1 bath, rent $1,150. Guarantor form page 2 still unsigned; guarantor SSN given as {SSN}. Reach her at {EMAIL} or {PHONE}.',
    'Thanks {FIRST}, your bed in room 5 (4th floor, Shivaji Nagar branch) is confirmed from {~DATE}.\n\nRegards,\n{NAME}\nResident Manager, Comfort Stay PG\n{PHONE}',
  ],
  whatsapp: [
    '[{~DATE}, {~TIME}] {name}: guys who took my milk from the 3rd floor fridge 😤\n[{~DATE}, {~TIME}] {name}: not me bro\n[{~DATE}, {~TIME}] Warden: pls label your stuff. Room B-204 & B-205 kitchen cleaning today',
    'Sunshine PG Residents 🏠\n{name}: wifi down again?? SunshinePG_5G not connecting\n{name}: same in room 302\nManager: router reset at {~TIME}, call {PHONE} if still down',
    'hi bhaiya, {FIRST} here from room 11, bed 2. rent ₹8,000 sent to {UPI} just now, UTR {~UTR}. pls send receipt 🙏',
    'Good morning all 🌞 Today\'s menu: aloo paratha + curd (breakfast), chole rice (lunch), veg biryani (dinner). Mess closes at 9:45 pm sharp. — {name}',
    '{name}: anyone going towards Rajiv Chowk metro? need to be back before 10:30 curfew\n{name}: me, leaving at {~TIME}\n{name}: cool. also my cousin {NAME} is visiting sat, her no. {PHONE} in case she calls the gate',
    'Aunty this is {NAME}\'s mother. She is not picking up since morning. Please check room A-17 and ask her to call me on {PHONE}. Thank you',
    'Hey {FIRST}! Welcome to Co-live Madrid Malasaña 🎉 Tu habitación es la 2B, renta €540 al mes. Si hay algún problema escribe a {name} al {PHONE_EU}. Wi-Fi: ColiveMAD_Guest',
    'Cześć {FIRST}, tu {NAME} z pokoju 7. Czynsz 1 450 zł wysłałem na konto {IBAN}, tytuł: czynsz {~MONTH}. Daj znać czy doszło 👍',
    'Kota Toppers Hostel parents group\nWarden: Attendance for test series on {~DATE} attached. {NAME_UP} (room 22) was absent, parents pls call {PHONE}.\n{name}: ok sir noted 🙏',
    'london flat chat 🇬🇧\n{name}: council tax bill came, £1,320 for the year split 4 ways\n{name}: i\'ll pay mine by friday, sort code + acc below\n{name}: {IBAN}',
    '{name}: who is the guy in room 9 playing music at 1am 😴\n{name}: lol it\'s {FIRST}, new guy from Lady Shri Ram College side\n{name}: college is for girls bro 😂 he\'s from St. Stephen\'s',
    'Hallo {FIRST}, hier ist {NAME} aus Zimmer 4, WG Kreuzberg. Die Miete (€620) habe ich heute überwiesen. Meine neue Nummer: {PHONE_EU}. Schönen Abend!',
  ],
  kyc: [
    'PG ADMISSION FORM\nName of resident: {NAME_UP}\nDOB: {~DATE}\nAadhaar no.: {AADHAAR}\nCollege: Christ University, Hosur Road\nRoom allotted: B-204 / bed 3\nFather\'s name: {NAME}  Mobile: {PHONE}',
    'Police verification – Tenant details (Bengaluru City Police)\nTenant: {NAME}\nPermanent address: H.No. 44, Gandhi Nagar, PIN {~PINCODE}\nID proof: Aadhaar {AADHAAR}\nOwner: {NAME}, PAN {PAN}\nPG address: 3rd Cross, Koramangala',
    'Onboarding checklist for {NAME}:\n[x] PAN card copy ({PAN})\n[x] college ID (Symbiosis, Pune)\n[ ] guardian consent signed by {NAME}\n[x] deposit ₹20,000 paid, receipt {~INVOICE}',
    'International student, room 506, 5th floor\nName: {NAME}\nPassport: {PASSPORT}\nVisa valid till {~DATE}\nLocal guardian: {NAME_INIT}, {PHONE}\nEmail: {EMAIL}',
    'resident_id,name,id_type,id_number,room,bed,guardian_phone\nR-1042,{NAME},Aadhaar,{AADHAAR},C-101,1,{PHONE}\nR-1043,{NAME},PAN,{PAN},C-101,2,{PHONE}\nR-1044,{NAME},Aadhaar,{~VERHOEFF_INVALID_12},C-102,1,{PHONE}',
    'Ficha de inquilino – Residencia Universitaria Colegio Mayor San Juan Evangelista\nNombre: {NAME}\nDNI/NIE: {NIF}\nTeléfono: {PHONE_EU}\nHabitación: 3.12 (planta 3)\nFianza: 600 €',
    'Formularz meldunkowy – akademik DS Żaczek, pokój 218\nImię i nazwisko: {NAME}\nPESEL: {PESEL}\nTelefon: {PHONE_EU}\nOpiekun: {NAME}\nKaucja: 900 zł',
    'UK student let, Room 3, 14 Victoria Road, Leeds\nTenant: {NAME}\nNI number: {NINO}\nGuarantor: {NAME}, {EMAIL}\nRent: £725 pcm, deposit £840 held with the DPS',
    'US student housing lease addendum\nResident: {NAME}\nSSN: {SSN} (for credit check)\nParent co-signer: {NAME}, ITIN {ITIN}\nUnit 12C, move-in {~DATE}',
    'Please verify: {FIRST} uploaded Aadhaar {AADHAAR} but the name on it reads {NAME_UP}. Room reservation {~ORDER} on hold until the guardian ({PHONE}) confirms. Checked by warden at {~TIME}.',
    'Kota hostel registration\nStudent: {NAME} (Allen batch, roll no. {~OTP})\nAadhaar: {AADHAAR}\nMother: {NAME}, {PHONE}\nBed: 2 of 3, room 14, ground floor',
  ],
  refund: [
    'Deposit refund request\nResident: {NAME}\nRoom: A-301, bed 1\nMove-out date: {~DATE}\nDeposit: ₹25,000, deductions ₹1,500 (painting)\nRefund to: A/c holder {NAME}, IFSC {IFSC}, UPI {UPI}',
    'Hi, I vacated room 208 (2nd floor) on {~DATE} but my ₹15,000 deposit hasn\'t come back yet. Receipt no. {~INVOICE}. Please transfer to {UPI} or call me at {PHONE}. — {NAME}',
    'Refund approved: {NAME} | deposit {~PRICE} minus one month notice | paid by NEFT to {IFSC}, UTR {~UTR} on {~DATE}. Approved by {NAME_INIT}, branch manager, Viman Nagar.',
    'Accounts team: please reverse the double charge on card {CARD} for {NAME}, booking {~ORDER}. The second ₹9,000 debit at {~TIME} was for the same bed (B-204/3). Card {~LUHN_INVALID_16} on file is expired, ignore it.',
    'Dear Sir/Madam, my son {NAME} stayed at your hostel near Talwandi, Kota till {~MONTH}. The mess advance of Rs. 6,000 is still pending. My PAN is {PAN} as asked for TDS. Kindly refund. Thank you, {NAME}',
    'Co-living Lisbon refund: member {NAME}, room 2, €480 deposit, final utilities €37.20 deducted. Transfer to {IBAN}. Questions to {EMAIL}.',
    'Hola, soy {NAME}, dejé la habitación 4A el {~DATE}. La fianza de 500 € todavía no me ha llegado. Mi IBAN es {IBAN} y mi NIE {NIF}. ¡Gracias!',
    'refund_id,resident,amount,mode,ref\nRF-{~OTP},{NAME},₹12000,UPI,{UPI}\nRF-{~OTP},{NAME},₹8500,NEFT,{IFSC}\nRF-{~OTP},{NAME},₹4000,cash,receipt {~INVOICE}',
    'Mess refund for leave days ({~DATE} to {~DATE}), 11 days × ₹120 = ₹1,320. Resident {NAME}, room 33, Lajpat Nagar branch. Credit to {UPI}.',
    'Hi team, {NAME} here (flat 7, London Bridge co-living). My £650 deposit was meant to come back within 10 days. Sort code 20-00-00 is the old one; please use {IBAN}. Mobile {PHONE}.',
    'Zwrot kaucji: {NAME}, pokój 12, 1 200 zł na rachunek {IBAN}. Wyprowadzka {~DATE}, pokój sprawdzony przez {NAME}.',
  ],
  lead: [
    'New enquiry via website: {NAME} looking for a single-sharing room near Manipal Hospital, Old Airport Road from {~MONTH}. Budget ₹12–14k. Phone {PHONE}, email {EMAIL}.',
    'Hi, I\'m {FIRST}. My daughter got into Lady Shri Ram College and we need a girls\' PG in Lajpat Nagar or near Moolchand. Food must be veg. Please call on {PHONE} after 7 pm.',
    'Lead from 99acres: {NAME_UP} | twin sharing | Hinjewadi Phase 1, Pune | move-in {~DATE} | {PHONE} | notes: works as {~JOB_TITLE}, needs parking for bike',
    'hello pg wale bhaiya, ek bed chahiye Kota mein for NEET batch, mera naam {name} hai, papa ka number {PHONE}. AC room ka rent kitna hai?',
    'Walk-in at Koramangala branch at {~TIME}: {NAME} (IT, Infosys) viewed rooms 104 and 210. Prefers 1st floor, ₹11,000 incl. food. Follow up {~WEEKDAY} — email {EMAIL_SPELT}.',
    'Website chat transcript\nVisitor (IP {IP}): do you have rooms near Rajiv Chowk?\nBot: Yes! Our Connaught Place co-living starts at ₹16,500.\nVisitor: great, I\'m {NAME}, reach me at {EMAIL}',
    'Enquiry – Studentenwohnheim München: {NAME}, Masterstudent an der TU, sucht ein WG-Zimmer ab {~MONTH}. Budget €750 warm. Tel. {PHONE_EU}.',
    'Consulta: {NAME} busca habitación en piso compartido cerca de la Universidad Complutense, presupuesto 450 €/mes. Teléfono {PHONE_EU}, correo {EMAIL}.',
    'Inbound lead (Instagram DM from {name}): wants a co-living studio in Austin for fall semester, $1,050–$1,200. Real name {NAME}, cell {PHONE}. Referred by {FIRST} from unit 8A.',
    'lead_id,name,phone,city,budget,source\nL-{~OTP},{NAME},{PHONE},Bengaluru,₹10000,JustDial\nL-{~OTP},{NAME},{PHONE},Pune,₹8500,walk-in\nL-{~OTP},{NAME},{PHONE},Delhi,₹15000,Google',
    'Dear Sir, I am {NAME} from Patna, joining St. Xavier\'s College Mumbai this year. Kindly share availability for a hostel bed with mess. My email is {EMAIL_SPELT}, WhatsApp {PHONE}. Regards, {NAME_INIT}',
  ],
};
