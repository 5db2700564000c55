/**
 * Blind evaluation set 95: home healthcare and elder care agencies. Caregiver and nurse visit
 * scheduling, patient intake with family contacts, medication charts, vitals logs, physiotherapy
 * sessions, equipment rental (oxygen concentrators, hospital beds), invoices and insurance claims,
 * caregiver attendance, family WhatsApp updates and complaint handling, in India, the US, the UK
 * and Europe (with Spanish, German, Italian, Polish and Dutch lines). Real PII sits right next to
 * hard negatives: drug names and doses, vitals, shift times, device serials, invoice and claim
 * numbers, room numbers, prices, dates, hospitals and diseases named after people, kinship words,
 * lowercase chat names, greetings and signatures.
 *
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH95_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    `Visit note {~DATE}: nurse {NAME} saw Mr. {LAST} at {~TIME}. BP 130/85, SpO2 96%, fasting sugar 142 mg/dL. Metformin 500 mg given after breakfast, Telma 40 held as advised. Next visit {~WEEKDAY} 9:00–11:00. Family contact: {PHONE}.`,
    `caregiver,patient,date,check_in,check_out,hours\n{NAME},"{NAME_REV}",{~DATE},07:58,16:02,8.0\n{NAME},"{NAME_REV}",{~DATE},{~TIME},20:00,6.5\n# missed punch flagged for {FIRST}, supervisor to confirm before payroll`,
    `Physio session 6/12 — {NAME_INIT} (PT) with {NAME}, post hip replacement at Sir Ganga Ram Hospital. Walked 40 m with walker, knee flexion 95°. Charge ₹1,200/session, paid via UPI {UPI}. Next session {~WEEKDAY} {~TIME}.`,
    `Rental {~ORDER}: oxygen concentrator 5 L/min, serial {~SERIAL}, delivered {~DATE} to {NAME} at {~STREET}, {~CITY}. Deposit {~PRICE}, rent ₹3,500/month. Technician {FIRST} demonstrated the flow meter. Customer mobile {PHONE}.`,
    `MAR — Resident: {NAME_REV} | Room 214 | Allergies: penicillin\n08:00 Metformin 500 mg PO ✓ ({FIRST})\n13:00 Telma 40 ✓\n20:00 Donepezil 5 mg (Alzheimer's) — refused, informed son {NAME} on {PHONE}`,
    `Pflegebericht {~DATE}: Frau {LAST} war heute unruhig (Parkinson, Madopar 125 mg um 7:00 und {~TIME}). RR 140/90, Puls 78. Tochter {NAME} telefonisch informiert unter {PHONE_EU}. Pflegekraft: {NAME}.`,
    `Intake call {~DATE} {~TIME}: {NAME} ({PHONE}, {EMAIL}) wants 4-hour companion visits for her father, discharged from Johns Hopkins after a fall. Medicare home health eval requested. Rate quoted $32/hr. Ticket {~TICKET}.`,
    `Rota change for {~WEEKDAY}: carer {NAME} (NI {NINO}) covers the 07:30 double-up call at Flat 3 with {FIRST}. Client Mrs {LAST}, 88, hoist transfer, Lewy body dementia. Mileage 14 miles @ 45p. Rota ref {~REF_EU}.`,
    `Turno notte {~DATE}: la badante {NAME} presso il sig. {LAST}, stanza 3. Saturazione 94%, glicemia 156 mg/dL. Somministrato Eutirox 50 mcg alle 6:30. Per urgenze chiamare il figlio al {PHONE_EU}.`,
    `2025-02-11T07:02:14Z EVV clock_in caregiver="{NAME}" client_id=C-20931 gps_ok=true ip={IP}\n2025-02-11T11:04:55Z EVV clock_out caregiver="{NAME}" duration=4h02m tasks=bath,meds,meal\n2025-02-11T11:05:10Z alert pendant imei={~IMEI} battery=18%`,
    `Nota de visita: la auxiliar {NAME} acompañó a doña {NAME} a traumatología en el Hospital Gregorio Marañón. Tensión 135/80. Próxima sesión de fisioterapia el {~DATE} a las {~TIME}. DNI de la paciente {NIF}, teléfono del hijo {PHONE_EU}.`,
  ],
  whatsapp: [
    `[{~DATE}, {~TIME}] {name}: good morning didi 🙏 nani ka BP aaj 150/90 tha, sugar 168 fasting. Glycomet 500 de di hai\n[{~DATE}, {~TIME}] {name}: thank you. nurse kal kitne baje aayegi?\n[{~DATE}, {~TIME}] Sahara Care Desk: Sister {FIRST} will come at 9:30 AM, her number {PHONE}`,
    `Hi {FIRST}, update from CareBridge: mum had a good night, SpO2 96% on 2 L oxygen, ate half her porridge. Physio {NAME} comes {~WEEKDAY} at 11. Invoice {~INVOICE} for £420.00 is on the portal. — Team Lead, Leeds office`,
    `papa ne aaj physio ke saath 20 steps chale 😊 {name} sir bahut patient hain. bill ₹2,400 is UPI pe bhej do: {UPI}. pic bhej raha hoon`,
    `Hoi {FIRST}, oma heeft vandaag goed gegeten. Bloeddruk 128/82, suiker 7,8 mmol/L. Verpleegkundige {NAME} komt morgen om 8:15. Vragen? Bel {PHONE_EU}. Groetjes, Thuiszorg Zonnebloem`,
    `Dzień dobry, tu {NAME} z agencji opieki. Babcia dostała dziś Polpril 5 mg i Metformax 850, ciśnienie 135/85. Proszę o przelew 2 400 zł na konto {IBAN}, tytuł: opieka {~MONTH}. Pozdrawiam`,
    `{name}: is the hospital bed getting picked up today?\nAmeriCare Rentals: Yes, between 2–4 PM. Serial {~SERIAL}. Driver {FIRST} will call from {PHONE}.\n{name}: ok grandpa is at Mass General for his Parkinson's follow-up till 3`,
    `mummy ki medicine chart:\nTelma 40 – 1-0-0\nEcosprin 75 – 0-1-0\nShelcal 500 – 0-0-1\nkoi doubt ho to caretaker {FIRST} ko call karna {PHONE}. aur haan OTP {~OTP} kisi ko mat dena`,
    `Hallo {FIRST}, Opa hatte heute Physiotherapie, 25 Minuten Gangtraining. Nächster Termin {~WEEKDAY} um {~TIME}. Die Rechnung {~INVOICE} über 186,40 € geht an die Pflegekasse. Liebe Grüße, {NAME}`,
    `Buenas {FIRST}! La abuela está tranquila, hoy Sintrom 4 mg y saturación 95%. La cuidadora nueva es {NAME}, su móvil {PHONE_EU}. Mañana a las 10:00 viene la enfermera. Besos`,
    `{name} (Care Coordinator): Reminder — nurse visit moved from 10:30 AM to {~TIME} because of the Alzheimer's day-care trip. Please keep the oxygen concentrator (serial {~SERIAL}) switched off when nobody is home. Emergency line: {PHONE}`,
    `Ciao {FIRST}, la nonna oggi ha fatto fisioterapia con {NAME}. Pressione 130/80, ha preso Cardioaspirina 100 mg. Il letto ortopedico arriva giovedì, ordine {~ORDER}. Un abbraccio`,
  ],
  kyc: [
    `PATIENT INTAKE FORM\nName: {NAME}\nAge: 79 | Blood group: B+\nAadhaar: {AADHAAR}\nPrimary contact (son): {NAME}, {PHONE}\nDiagnosis: Type 2 diabetes, early Parkinson's\nReferred by: Sir Ganga Ram Hospital, Delhi\nCurrent meds: Metformin 500 mg BD, Telma 40 OD\nPackage: 12-hr attendant, ₹28,000/month`,
    `Caregiver onboarding checklist — {NAME_REV}\nSSN: {SSN}\nEmail: {EMAIL}\nPhone: {PHONE}\nCPR cert expires: {~DATE}\nTB test: negative ({~DATE})\nPay rate: $19.50/hr, weekend differential $2\nEmergency contact: {NAME}`,
    `New client assessment — {NAME}, NI number {NINO}. Lives alone, Flat 4B. Needs morning and evening calls (08:00, 19:30), medication prompt for Co-codamol 30/500 and Amlodipine 5 mg. Next of kin: daughter {NAME}, {EMAIL}. Funding: local authority, 14 hrs/week at £24.60.`,
    `Ficha de ingreso: paciente {NAME}, DNI {NIF}. Alzheimer en fase moderada. Contacto familiar: {NAME} (hija), {PHONE_EU}, {EMAIL_SPELT}. Servicio: ayuda a domicilio 4 h/día, 14 €/hora. Domiciliación bancaria {IBAN}. DNI antiguo rechazado: {~NIF_INVALID}.`,
    `Karta podopiecznego: {NAME}, PESEL {PESEL}. Rozpoznanie: choroba Parkinsona, nadciśnienie (RR 145/90). Opiekunka: {NAME}, tel. {PHONE_EU}. Leki: Madopar 250 mg 3x dziennie. Pokój 7.`,
    `Attendant KYC — {NAME_UP}\nPAN: {PAN}\nAadhaar: {AADHAAR}\nOld Aadhaar on form (mismatch, ignore): {~VERHOEFF_INVALID_12}\nBank: A/c ending 4417, IFSC {IFSC}\nPolice verification done on {~DATE}\nSkills: bed bath, Ryle's tube feeding, BP monitoring\nSalary ₹18,500 + food`,
    `NRI family registration: patient {NAME} (mother), 82, post-stroke. Son {NAME} lives in Dubai, passport {PASSPORT}, WhatsApp {PHONE}. Card on file for monthly billing: {CARD}. Plan: nursing + physio, ₹65,000/month.`,
    `Aufnahmebogen Häusliche Pflege\nPatient: {NAME_REV}\nPflegegrad 3, Demenz vom Alzheimer-Typ\nAngehörige: {NAME} (Sohn), Tel. {PHONE_EU}\nIBAN für den Eigenanteil: {IBAN}\nHausarzt: Praxis Dr. {LAST}\nHilfsmittel: Pflegebett, Rollator`,
    `Intakeformulier thuiszorg — cliënt {NAME}, geboren 1941. Contactpersoon: {NAME} (dochter), {PHONE_EU}, e-mail {EMAIL}. Medicatie: Metoprolol 50 mg, Omeprazol 20 mg. Hulpmiddel: zuurstofconcentrator, serienummer {~SERIAL}.`,
    `Private-pay client intake — {NAME}. Payer: daughter {NAME}, ITIN {ITIN}, statements to {~STREET}, {~CITY}. Long-term care policy claim pending. Rate $34/hr, 40 hrs/week. Prefers a Spanish-speaking caregiver. Call {PHONE} after 6 pm.`,
    `Scheda assistito: {NAME}, anni 86. Pratica {~REF_EU}. Familiare di riferimento: {NAME} (nipote), cell. {PHONE_EU}, mail {EMAIL}. Terapia: Coumadin 5 mg secondo INR, Lasix 25 mg.`,
  ],
  refund: [
    `Complaint {~TICKET}: {NAME} says the night nurse did not arrive on {~DATE} but ₹2,200 was still billed. Caregiver on roster: {NAME}. Refund to UPI {UPI} approved by ops, UTR {~UTR}.`,
    `Dear {NAME},\nWe have processed a refund of £180.00 for the two missed visits (invoice {~INVOICE}). It will reach the card ending 4821 in 5–7 working days. We are sorry for the worry this caused your mother.\nKind regards,\nClient Services, Bluebell Home Care`,
    `Hospital bed returned {~DATE} (serial {~SERIAL}). Deposit $250.00 less $40 cleaning fee refunded to card {CARD}; the earlier card {~LUHN_INVALID_16} was declined. Customer {NAME}, {EMAIL}. Rental ref {~ORDER}.`,
    `claim_id,patient,policy_holder,service,amount,status\nCLM-884213,{NAME},{NAME},home nursing 10 days,₹24000,approved\nCLM-884214,{NAME},{NAME},physiotherapy x8,₹9600,query raised\nCLM-884215,{NAME},self,oxygen concentrator rental,₹7000,rejected - prescription missing`,
    `Medicare claim {~INVOICE} denied for HCPCS E0260 (semi-electric hospital bed). Patient {NAME}, SSN {SSN} on the appeal form. Please resend the face-to-face note from Dr. {LAST} dated {~DATE}. Amount at issue: $1,247.80.`,
    `Reclamación {~TICKET}: {NAME} solicita la devolución de 96,00 € por dos visitas no realizadas el {~DATE}. Reembolso a la cuenta {IBAN}. DNI {NIF}. Atendido por {FIRST}.`,
    `Sehr geehrte Frau {LAST},\nwir erstatten Ihnen 312,50 € für die Miete des Sauerstoffkonzentrators (Seriennr. {~SERIAL}, Rechnung {~INVOICE}) auf das Konto {IBAN}.\nMit freundlichen Grüßen\n{NAME}\nAbrechnung, Pflegedienst Lindenhof`,
    `Reklamacja nr {~REF_EU}: Pani {NAME} zgłasza, że opiekunka nie przyszła {~DATE}. Zwrot 180 zł na konto {IBAN}. PESEL podopiecznej: {PESEL}. Kontakt: {PHONE_EU}.`,
    `TAX INVOICE {~INVOICE}\nCareNest Home Health Pvt Ltd, GSTIN {GSTIN}\nBill to: {NAME}, {~CITY} {~PINCODE}\nNursing attendant (12 hr) x 30 days @ ₹950 = ₹28,500\nOxygen concentrator rental (serial {~SERIAL}) = ₹4,000\nTotal {~PRICE}\nPay via UPI {UPI} or NEFT, IFSC {IFSC}`,
    `{name}: i was charged twice for {~MONTH} nursing, ₹31,500 each time. txn ids {~UTR} and {~UTR}\nSupport: so sorry about this! I'm {FIRST} from billing, raised ticket {~TICKET}, refund in 3–5 days to the same card 🙏`,
    `Gentile {NAME}, a seguito del reclamo {~TICKET} le rimborsiamo 140,00 € per il turno notturno non coperto del {~DATE}. Bonifico su IBAN {IBAN}. Cordiali saluti, Ufficio amministrazione — Assistenza Domiciliare San Camillo`,
    `Beste {FIRST}, uw klacht {~TICKET} over de late avondzorg is afgehandeld. We crediteren € 62,40 op factuur {~INVOICE}. Met vriendelijke groet, {NAME}, Thuiszorg Het Anker`,
  ],
  lead: [
    `Website enquiry: {NAME} is looking for a live-in carer for her father (Alzheimer's) in {~CITY} from {~DATE}. Budget around £1,100/week. Email {EMAIL}, phone {PHONE}. Source: Google Ads, campaign eldercare_uk_v2.`,
    `Hi, I got your number from Apollo Hospitals. My mummy needs an ICU setup at home — oxygen concentrator, BiPAP, hospital bed. Please call me on {PHONE} after 7 pm. — {FIRST}`,
    `timestamp,name,phone,email,service,city\n{~DATE} {~TIME},{NAME},{PHONE},{EMAIL},physiotherapy at home,{~CITY}\n{~DATE} {~TIME},{NAME},{PHONE},{EMAIL},night nurse,{~CITY}`,
    `Referral from Johns Hopkins discharge planning: patient {NAME}, 74, CHF, going home {~WEEKDAY}. Needs skilled nursing 3x/week and PT. Case manager {NAME_INIT}, {PHONE}, {EMAIL}.`,
    `Hola, me llamo {NAME} y busco una cuidadora interna para mi madre, que tiene Parkinson. Vivimos en {~CITY}. ¿Cuánto cuesta al mes? Mi teléfono es {PHONE_EU} y mi correo {EMAIL_SPELT}.`,
    `Anfrage über das Kontaktformular: {NAME} sucht ab {~MONTH} eine 24-Stunden-Betreuung für die Mutter (Pflegegrad 4). Rückruf bitte unter {PHONE_EU} zwischen 17 und 19 Uhr.`,
    `Goedemiddag, ik ben {NAME} en zoek thuiszorg voor mijn vader na zijn heupoperatie in de Sint Maartenskliniek. Kunt u mij bellen op {PHONE_EU}? Of mailen naar {EMAIL}.`,
    `Lead {~TICKET} | {NAME_UP} | {PHONE} | Service: elder companion 6 hrs/day | Patient: nani, 84, uses walker | Budget ₹20k–25k | Location: {~CITY} | Status: site visit {~WEEKDAY} {~TIME}`,
    `Buongiorno, sono {NAME}. Mia nonna, 91 anni, ha bisogno di una badante convivente a {~CITY}. Potete richiamarmi al {PHONE_EU}? Grazie mille.`,
    `Dzień dobry, szukam opiekunki dla mamy po udarze, 8 godzin dziennie. {NAME}, tel. {PHONE_EU}, e-mail {EMAIL_SPELT}. Mama bierze Acard 75 mg i Bisocard 5.`,
    `Bot: Who is the care for?\nUser: my grandmother, she had a fall last week\nBot: Your name and best number?\nUser: {name}, {PHONE}\nBot: Thanks! A care advisor will call within 2 hours. Ref {~TICKET}.`,
    `Hi team, please send the brochure and rates for post-surgery nursing (knee replacement, 2 weeks from {~DATE}).\n\nThanks,\n{NAME}\nMobile: {PHONE}\nSent from my iPhone`,
  ],
};
