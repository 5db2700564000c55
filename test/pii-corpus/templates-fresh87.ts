/**
 * Blind evaluation set 87: packers and movers, household and office relocation. Survey visits,
 * quotations, inventory lists (rooms, boxes, fragile items), truck and crew allocation, pickup and
 * delivery slots, damage and insurance claims, storage units, international moves with customs
 * and passports, deposits and refunds, customer WhatsApp chats and crew-leader notes, in India,
 * the US, the UK and Europe (with German, Spanish, French, Dutch and Polish lines).
 *
 * Hard negatives sit right next to the real PII: box and item counts, floor numbers, cubic feet
 * and m³, truck sizes (14 ft, 7.5 t), registration-like vehicle codes, lift notes, storage unit
 * numbers, quotation and LR/docket numbers, dates, times, prices, furniture brands and models,
 * and streets and societies named after people (Tilak Nagar, Shivaji Park, Rue Émile Zola).
 *
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH87_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Survey visit done by {FIRST} on {~DATE} at {~TIME}. Customer {NAME}, 3rd floor, Shivaji Park, lift available (4-person, no sofa). Approx 410 cu ft, 62 cartons, 1 Godrej Interio almirah to be dismantled. Contact {PHONE}.',
    'Quotation QT/MUM/2291 sent to {NAME} ({EMAIL}) for {~ROOMS} move Tilak Nagar → Whitefield. Vehicle: 19 ft closed container, crew of 4. Total {~PRICE} incl. transit insurance at 3% of declared value.',
    'Crew allocation {~WEEKDAY}\nTruck: MH 04 KL 2231 (Eicher 17 ft)\nCrew leader: {NAME}\nHelpers: {FIRST}, {FIRST}, {FIRST}\nJob: {~ORDER}, pickup 8:00 AM, floor 7, service lift booked till 11:30\nCustomer mobile: {PHONE}',
    'Crew-leader note ({NAME_INIT}): 48 boxes packed, 6 marked FRAGILE (crockery, glass top of IKEA Lack table). Customer {name} wants the Samsung fridge wrapped twice. LR no. 7712 handed over at {~TIME}.',
    'Storage account\nUnit: B-114 (10 x 10 ft, climate controlled)\nTenant: {NAME_REV}\nEmail: {EMAIL}\nPhone: {PHONE}\nMonthly rent: {~PRICE}, paid till {~DATE}\nAccess code changes every {~MONTH}; gate hours 7–21.',
    'Office relocation for Brightline Analytics: 42 workstations, 3 server racks, 180 crates. Facilities contact {NAME}, {PHONE}. IT asked us to label the rack at {IP} before switching it off. PO {~PO}.',
    'Kunde {NAME}, Umzug Berlin-Prenzlauer Berg → München-Schwabing am {~DATE}. 3. OG ohne Aufzug, Halteverbotszone beantragt. 7,5-t-LKW, 3 Packer, ca. 38 m³. Rückruf unter {PHONE_EU}.',
    'US move: {NAME} from {~CITY} to Austin, TX. 26 ft truck, 2-day transit, 1,450 cu ft, piano (Yamaha U1) needs a 4-man crew. Bill of lading {~INVOICE}. Cell {PHONE}, email {EMAIL}.',
    'Hi {FIRST},\nThanks for walking us through the flat at Rue Émile Zola today. Our estimate: 22 m³, 2 porteurs, monte-meubles on the 5th floor. Quote {~INVOICE} attached, valid till {~DATE}.\nBest,\n{NAME}\nSurvey team, Relocate Europe',
    'Follow-up: {NAME} ({PHONE}) disputes the extra charge for the long carry (38 m from truck to entrance). Ticket {~TICKET}. Offered {~PRICE} discount on the storage invoice.',
    'job,customer,phone,from,to,volume,truck\n{~ORDER},{NAME},{PHONE},Koregaon Park Pune,Andheri West Mumbai,380 cu ft,14 ft Tata 407\n{~ORDER},{NAME},{PHONE},Baner Pune,Gachibowli Hyderabad,560 cu ft,19 ft container',
  ],
  whatsapp: [
    'hi {name} 🙏 this is {FIRST} from Shifting Express. our team will reach Tilak Nagar by {~TIME} tmrw, 2 trucks (14 ft + Tata Ace). pls keep the lift booked',
    'sir boxes count 54 hai, fragile 8. {name} ji ko bol dena driver ka number {PHONE} hai, truck MH 12 QX 4410',
    'hey {FIRST}! survey confirmed for {~WEEKDAY} 11am. it will take 30–40 mins. pls send location pin 📍',
    'advance of {~PRICE} received on {UPI} ✅ balance at delivery. docket {~TRACKING}',
    'ok noted. fridge LG 260L + washing machine + 2 beds (1 Godrej, 1 IKEA Malm). 4th floor no lift 😅 extra ₹800 for stairs',
    'hello {name}, your goods are in our Bhiwandi warehouse, unit C-07. for release pls call {PHONE} or mail {EMAIL}',
    'hola {FIRST}! la mudanza sale el {~DATE} a las 8:00. Camión de 20 m³, 2 operarios. Cualquier cosa, llámame al {PHONE_EU} 🚚',
    'cześć {FIRST}, przeprowadzka w sobotę, 6 piętro, winda jest. wycena {~PRICE}. mój numer {PHONE_EU}',
    'thx {name}!! the guys were super careful with the glass cabinet 😊 can u send the final invoice to {EMAIL_SPELT}',
    'hoi {FIRST}, de verhuislift staat om 9:00 bij de Van Baerlestraat, 3e verdieping. bel {PHONE_EU} als de lift te laat is',
    'good morning {FIRST} ☀️ crew leader {name} here, we r stuck near Shivaji Park signal, reaching in 20 min. 3 helpers + 1 driver',
  ],
  kyc: [
    'International relocation – customs file\nShipper: {NAME_UP}\nPassport no.: {PASSPORT}\nPAN: {PAN}\nDestination: Rotterdam, NL\nMode: 20 ft FCL, 31 m³, 140 packages\nBaggage rule: transfer of residence, arriving {~DATE}',
    'For the household goods declaration we need a copy of passport {PASSPORT} (pages 1, 2 and the visa page) and the Aadhaar {AADHAAR} of {NAME}. Inventory of 212 items must be signed on each page.',
    'US customs form 3299 prepared for {NAME}. SSN {SSN}, arriving JFK {~DATE}, container no. MSKU 4418205, 1,200 cu ft. Unaccompanied air baggage: 6 cartons.',
    'Storage onboarding (Unit 2B-31, 5 x 10 ft)\nName: {NAME}\nID checked: passport {PASSPORT}\nMobile: {PHONE}\nEmail: {EMAIL}\nNotes: no perishables, no hazardous items, insurance cover {~PRICE}.',
    'Billing details for corporate move: Northwind Logistics India Pvt Ltd, GSTIN {GSTIN}. Employee relocated: {NAME}, PAN {PAN}. Invoice {~INVOICE} raised for {~PRICE} + 18% GST.',
    'UK move-in check: tenant Mr {LAST}, National Insurance number {NINO}, new address 14 Gladstone Road, Flat 3. Luton van 3.5 t, 3 hrs booked, {~DATE}.',
    'Mudanza internacional Madrid → Lyon. Cliente: {NAME}, DNI {NIF}. Teléfono {PHONE_EU}. Volumen 18 m³, sin piano, 1 moto (matrícula 4821 KLM). Presupuesto {~INVOICE}.',
    'Przeprowadzka Kraków → Hamburg. Klient: {NAME}, PESEL {PESEL}. Kontakt {PHONE_EU}. 27 m³, 3 piętro bez windy, termin {~DATE}.',
    'Customs broker checklist for {NAME_REV}: passport {PASSPORT} ✔, PAN {PAN} ✔, Aadhaar {AADHAAR} ✔, employer letter ✔, packing list (86 boxes, 4 crates) ✔. Bill of lading {~TRACKING}.',
    'ITIN holder {NAME}, ITIN {ITIN}, shipping 9 crates from Houston to Pune. Broker fee {~PRICE}. Docket {~ORDER}.',
    'Déménagement Paris → Bruxelles pour {NAME}. Pièce d’identité vérifiée. Contact {PHONE_EU}, {EMAIL}. 25 m³, 4e étage avec ascenseur, cartons livrés le {~DATE}.',
  ],
  refund: [
    'Damage claim {~TICKET}: customer {NAME} reports a cracked mirror on the IKEA Hemnes dresser and a dent on the Godrej Interio wardrobe. Declared value {~PRICE}. Photos received from {EMAIL}.',
    'Deposit refund\nCustomer: {NAME}\nStorage unit: A-208 (vacated {~DATE})\nAmount: {~PRICE}\nBank: IBAN {IBAN}\nReason: unit returned clean, padlock removed.',
    'Refund of token advance for cancelled survey. Customer {NAME}, UPI {UPI}. UTR {~UTR}, amount Rs. 2,500. Cancellation was 48 hrs before pickup so no deduction.',
    'Insurance claim form\nPolicy holder: {NAME}\nPhone: {PHONE}\nLR / docket no.: 40418\nItems damaged: 2 of 64 boxes (kitchen), 1 LED TV 55"\nClaim amount: {~PRICE}\nBank a/c IFSC: {IFSC}',
    'Hi {FIRST},\nWe are sorry about the scratched dining table. We have approved {~PRICE} against claim {~TICKET}; it will be credited to the card you paid with ({CARD}) within 7 working days.\nRegards,\n{NAME}\nClaims desk',
    'Kunde {NAME} verlangt Erstattung für den beschädigten Kleiderschrank (IKEA Pax, 2 m). Schaden beim Transport im 7,5-t-LKW, Auftrag {~REF_EU}. Überweisung an {IBAN}.',
    'Reembolso de la fianza para {NAME} ({NIF}): {~PRICE}. Trastero 14, liberado el {~DATE}. Transferencia a {IBAN}.',
    'refund req from {name}: overcharged for 2 extra helpers, invoice {~INVOICE}. call back on {PHONE}. note: crew sheet shows 4 helpers, 5 hrs, so only ₹600 refundable.',
    'Zwrot kaucji dla {NAME}, PESEL {PESEL}. Magazyn nr 12, 6 m². Kwota {~PRICE}, przelew na {IBAN}.',
    'Claim summary – US\nClaimant: {NAME}\nSSN (last move file): {SSN}\nMove date: {~DATE}, 26 ft truck\nDamaged: sectional sofa leg, lamp (2 of 11 fragile cartons)\nSettlement: {~PRICE} by check',
    'UK claim: {NAME}, NI {NINO}, reports a broken marble top after the 7.5 t lorry delivery to 22 Nelson Street. Ref {~TICKET}. Cheque for {~PRICE} approved by {NAME_INIT}.',
  ],
  lead: [
    'New enquiry from website\nName: {NAME}\nMobile: {PHONE}\nEmail: {EMAIL}\nMoving from: Sector 62 Noida\nMoving to: Koramangala Bengaluru\nSize: {~ROOMS}\nPreferred date: {~DATE}',
    'Lead: {NAME} wants a quote for a 1 BHK from Shivaji Park to Thane, 2nd floor both sides, lift at drop only. Approx 35 cartons + bike (Royal Enfield Classic 350). Call after {~TIME} on {PHONE}.',
    'hi i need packers for 3bhk on {~DATE}, from Tilak Nagar to Powai. how much for 19 ft truck? my no {PHONE} – {name}',
    'Quote request (US): {NAME}, {EMAIL}, moving a 2-bedroom from Brooklyn to {~CITY}. 3rd-floor walk-up, ~900 cu ft, 1 IKEA Kallax, 1 Peloton. Budget {~PRICE}.',
    'Lead from Google Ads (campaign {~UUID}): {NAME}, {PHONE}. Office move, 60 desks, 12th floor, goods lift 1,500 kg. Visit requested {~WEEKDAY}.',
    'Anfrage: {NAME}, Umzug innerhalb Hamburgs, 2-Zimmer-Wohnung, 4. OG mit Aufzug, ca. 25 m³. Kontakt: {EMAIL}, Tel. {PHONE_EU}.',
    'Solicitud de presupuesto: {NAME}, mudanza de Valencia a Sevilla, piso 3º sin ascensor, 45 cajas. Teléfono {PHONE_EU}, correo {EMAIL}.',
    'Offerte aanvraag van {NAME}: verhuizing Utrecht → Den Haag, 2e verdieping, verhuislift nodig. Bereikbaar op {PHONE_EU}.',
    'Referral from {NAME} (previous job {~ORDER}): colleague {NAME} is relocating to London in {~MONTH}, needs storage for 6 months. Email {EMAIL_SPELT}.',
    'lead,source,name,phone,email,from,to,size\n{~TICKET},justdial,{NAME},{PHONE},{EMAIL},Andheri East,Vashi,2 BHK\n{~TICKET},website,{NAME},{PHONE},{EMAIL},Indiranagar,HSR Layout,{~ROOMS}',
    'Zapytanie: {NAME}, przeprowadzka biura w Warszawie, 14 stanowisk, 2 piętro. Wycena do {~DATE}. Tel. {PHONE_EU}, mail {EMAIL}.\nPozdrawiam,\nZespół Przeprowadzki 24',
  ],
};
