/**
 * Blind evaluation set 99: tailoring boutiques, alteration shops and laundry / dry-cleaning pickup
 * services — measurement cards, order slips naming garments, fabrics, mills and styles (many of them
 * named like people: Raymond suiting, Georgette, Harris Tweed, Prince of Wales check, Nehru jacket,
 * Peter Pan collar, Usha and Singer machines, Loro Piana, Zegna), pickup and delivery slots, customer
 * WhatsApp chats with voice-note transcripts, UPI/card payments and loyalty-card numbers, in India,
 * the US, the UK and Europe (some Hinglish, Spanish, German, French, Polish and Portuguese).
 * Hard negatives are order/slip/token numbers, loyalty-card numbers, UTRs, dates, pickup slots,
 * prices, measurements, garment counts and app versions. Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH99_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'MEASUREMENT CARD — Silver Needle Tailors, Karol Bagh\nCustomer: {NAME}\nMobile: {PHONE}\nOrder slip {~ORDER} | Trial: {~DATE} {~TIME}\nShirt: collar 15.5, chest 40, waist 34, sleeve 25, length 30 (Mandarin collar, no pocket)\nTrouser: waist 33, seat 41, inseam 31, bottom 7.5\nFabric: Raymond Premium 2/120s, Linen Club ivory\nMaster-ji note: customer prefers slim fit, same as last Diwali order.',
    'CRM note (alterations): {NAME_INIT} dropped off 3 pcs on {~WEEKDAY} — Prince of Wales check suit (take in waist 1"), Harris Tweed jacket (shorten sleeves 2 cm), Georgette saree blouse (re-stitch hooks). Slip {~INVOICE}, est. {~PRICE}. Call back on {PHONE} once ready.',
    'Customer profile\nName: {NAME_REV}\nEmail: {EMAIL}\nLoyalty card: {~LUHN_INVALID_16} (Gold tier, 2,340 points)\nPreferred store: Chanel Alterations, {~STREET}\nLast visit: {~DATE} — hemmed 2 pairs of Chinos, Oxford shirt cuffs turned.',
    'Bespoke order {~ORDER}: Nehru jacket in Vitale Barberis Canonico wool, Bandhgala buttons in antique brass, lining Bemberg Ruby. Client {NAME} (ref. by {NAME}). First fitting {~DATE}, second fitting {~DATE}. Balance {~PRICE} due at delivery.',
    'order_id,customer,phone,garment,fabric,service,pickup_slot,amount\n{~ORDER},{NAME},{PHONE},Anarkali suit,Chanderi silk,dry clean + steam press,{~WEEKDAY} 10-12,{~PRICE}\n{~ORDER},{NAME_REV},{PHONE},Sherwani,Banarasi brocade,dry clean,{~WEEKDAY} 4-6,{~PRICE}\n{~ORDER},{name},{PHONE_EU},Chesterfield coat,Melton wool,stain removal,{~WEEKDAY} 18-20,{~PRICE}',
    'From: Stitch & Press Laundry <orders@stitchandpress.example>\nTo: {EMAIL}\nSubject: Your pickup {~TICKET} is confirmed\n\nDear {FIRST},\nOur rider will collect your bag on {~DATE} between {~TIME} and 11:00. Wash & Fold: 6 kg, Dry Clean: 2 items (Jacquard kurta, Peter Pan collar dress). Pincode {~PINCODE}.\n\nWarm regards,\n{NAME}\nStore Manager, Stitch & Press — Indiranagar',
    'Kundennotiz Änderungsschneiderei Nadel & Faden: Frau {LAST} bringt am {~DATE} ein Dirndl (Saum kürzen) und einen Loden-Mantel (Futter ersetzen). Rückruf unter {PHONE_EU}. Auftrag {~REF_EU}, Preis {~PRICE}. Stoff: Liberty Tana Lawn, Muster "Betsy".',
    'Internal: {FIRST} at the Chelsea branch wants the Crombie overcoat for {NAME} pulled from rack C-14 before {~TIME}. Ticket {~TICKET}. Customer says the Savile Row label must stay; do not touch the Windsor lapels. Garment tag {~SKU}.',
    'Fitting notes {~DATE} — bride {NAME}, lehenga by Sabyasachi-inspired pattern, blouse bust 34, under-bust 29, waist 28, armhole 15. Dupatta in Organza with gota patti border. Mother {NAME_INIT} paying advance via UPI {UPI}. Delivery before {~DATE}. Invoice {~INVOICE}.',
    'Fiche client — Retouches Madeleine (boutique, Lyon)\nM. {LAST}, tél. {PHONE_EU}, courriel {EMAIL}\nPantalon Chino: ourlet -3 cm; veste Norfolk en tweed: manches -1,5 cm\nTicket {~REF_EU} — prêt le {~WEEKDAY}, {~PRICE}',
    'Account merge request: duplicates found for {NAME_UP} — card LC-{~REF_EU} and LC-{~REF_EU}. Both list {PHONE}. Keep the older one (member since {~MONTH} 2019, Platinum). Agent: {FIRST}.',
  ],
  whatsapp: [
    '[{~TIME}] {FIRST}: bhaiya my blouse ready hai kya? order {~ORDER}\n[{~TIME}] Silver Needle: Ji ma\'am, Georgette wala ready hai, Chanderi wala kal. Total {~PRICE}\n[{~TIME}] {FIRST}: ok pickup Saturday 5 baje, my husband {NAME} will come, number {PHONE}',
    '🎤 Voice note (0:37) — transcript: "hello bhaiya, main {NAME} bol rahi hoon, woh Raymond ka suit jo diya tha uska trouser thoda tight hai, waist ek inch badha do, aur Nehru jacket ka button change karna hai… mera number {PHONE} hai, slip number {~ORDER}"',
    'hi {name} 👋 your dry cleaning is ready! 2 x Harris Tweed blazer, 1 x Jacquard saree. Pay {~PRICE} on UPI to {UPI} or card at counter. Loyalty card {~LUHN_INVALID_16} gets 10% off 🎉',
    'Forwarded message:\n> {FIRST}: pls send rider to collect curtains + 4 bedsheets, slot {~WEEKDAY} {~TIME}\n> address: flat {~ROOMS}, {~STREET}, pin {~PINCODE}\nok noted ✅ rider will call from {PHONE} — OTP for handover {~OTP}',
    'hola {FIRST}, tu vestido de Organza ya está listo en Arreglos Carmen 🧵 Dobladillo y entalle: {~PRICE}. Recogida el {~WEEKDAY} hasta las {~TIME}. Cualquier cosa llama al {PHONE_EU} o escribe a {EMAIL}',
    'cześć, tu {NAME} 🙂 czy marynarka Prince of Wales z zamówienia {~REF_EU} jest gotowa? mogę odebrać w {~WEEKDAY} po {~TIME}, mój nr {PHONE_EU}',
    '🎤 Voice note (1:12) transcript: "Hi it\'s {FIRST}, um, the Peter Pan collar on my daughter\'s dress came off again after the wash, can the Jacquard one also get pressed? Oh and my email changed, it\'s {EMAIL_SPELT}. Thanks!"',
    'payment done ✅ UPI ref {~UTR} to {UPI} for order {~ORDER} — {~PRICE}. pls deliver Sherwani by {~DATE}, shaadi hai 🙏 — {name}',
    'Olá {FIRST}! A sua encomenda {~REF_EU} (fato Zegna, ajuste de mangas) está pronta na Costura Lisboa. Valor {~PRICE}. Contacto: {PHONE_EU}',
    'hey it\'s {NAME} — can the laundry guy swap my pickup from {~WEEKDAY} to {~WEEKDAY}? Same address, 3 shirts (Oxford, Tattersall, Madras check) + 1 Chesterfield. my cell {PHONE}',
    'Hallo {FIRST}, Ihr Anzug (Loro Piana Stoff, Modell "Windsor") ist fertig. Abholung ab {~DATE}, {~TIME}. Bonuskarte {~REF_EU}: 5 von 10 Stempeln. Rückfragen: {PHONE_EU}',
  ],
  kyc: [
    'Vendor onboarding — fabric supplier\nFirm: Arvind Mills Agency (Surat)\nProprietor: {NAME}\nPAN: {PAN}\nGSTIN: {GSTIN}\nBank: IFSC {IFSC}\nMobile: {PHONE}\nSupplies: Georgette, Chiffon, Crepe de Chine, Ruby satin — MOQ {~QUANTITY}',
    'Franchise KYC (Dhobi Express, outlet {~PINCODE}): applicant {NAME_UP}, Aadhaar {AADHAAR}, PAN {PAN}, email {EMAIL}. Rent agreement dated {~DATE}. Machines: 2 x Usha Janome, 1 x Singer 4423, Electrolux dryer model {~SKU}.',
    'Tailor registration (home karigar program)\nName: {NAME_INIT}\nAadhaar: {AADHAAR}\nUPI for weekly payout: {UPI}\nSkills: zardozi, Lucknowi chikan, Nehru jacket finishing\nPrevious Aadhaar on file {~VERHOEFF_INVALID_12} failed verification.',
    'Alta de proveedor — Arreglos y Tintorería Don Jacinto, S.L.\nResponsable: {NAME_REV}\nNIF: {NIF}\nTeléfono: {PHONE_EU}\nIBAN: {IBAN}\nNota: NIF antiguo {~NIF_INVALID} rechazado por letra de control.',
    'Umowa z krawcową (zlecenie {~REF_EU}): {NAME}, PESEL {PESEL}, tel. {PHONE_EU}, konto {IBAN}. Zakres: przeróbki marynarek Harris Tweed i płaszczy Chesterfield, stawka {~PRICE}.',
    'UK seamstress contractor form — {NAME}, NI number {NINO}, phone {PHONE}, email {EMAIL}. Start {~DATE}. Station: Savile Row annexe, bench 7. Tools issued: Bernina 770 QE, shears serial {~SERIAL}.',
    'US payroll setup for new presser at Kelly\'s Dry Cleaners: {NAME}, SSN {SSN}, address {~STREET}, phone {PHONE}. Shift {~TIME}–16:00, badge {~SKU}.',
    'Seasonal alterations helper (ITIN filer): {NAME_REV}, ITIN {ITIN}, cell {PHONE}. Bridal season {~MONTH}–August, rate {~PRICE}/hr.',
    'Corporate uniform account — Grand Victoria Hotel\nContact: {NAME} ({~JOB_TITLE})\nGSTIN: {GSTIN}\nContract {~PO}, 240 uniforms (Bandhgala for doormen, Mandarin-collar shirts for F&B)',
    'Passport copy for overseas fabric buying trip (Biella mills — Vitale Barberis Canonico, Zegna): {NAME}, passport {PASSPORT}, mobile {PHONE}, travel {~DATE}. Hotel booking ref {~TICKET}.',
  ],
  refund: [
    'Refund request {~TICKET}: {NAME} was charged twice for dry cleaning of a Georgette saree and a Harris Tweed blazer — card {CARD}, amount {~PRICE} each, on {~DATE}. Order {~ORDER}.',
    'Customer {NAME} says her Peter Pan collar dress shrank after Wash & Fold. Compensation {~PRICE} to be refunded to UPI {UPI}. UTR of original payment {~UTR}. Loyalty card {~LUHN_INVALID_16} — reverse 120 points.',
    'Damage claim: Chanel-style bouclé jacket (label: Chanel, bought {~MONTH} 2022) — button lost during steam press. Claimant {NAME_INIT}, {EMAIL}, {PHONE}. Slip {~INVOICE}. Store credit offered {~PRICE}.',
    'The card on the refund form ({~LUHN_INVALID_16}) fails the check — customer {FIRST} confirmed the correct card is {CARD}. Refund {~PRICE} for cancelled sherwani stitching, order {~ORDER}.',
    'Reembolso solicitado por {NAME}: arreglo de traje Zegna no realizado a tiempo. Pedido {~REF_EU}, importe {~PRICE}. Transferencia a IBAN {IBAN}. Tel. {PHONE_EU}',
    'Erstattung: Frau {LAST} — Trachtenjacke beim Reinigen verfärbt (Farbe "Altrosa"). Betrag {~PRICE}, IBAN {IBAN}, Vorgang {~REF_EU} vom {~DATE}.',
    '{"tool":"issue_refund","arguments":{"order_id":"{~ORDER}","customer_name":"{NAME}","customer_phone":"{PHONE}","method":"upi","vpa":"{UPI}","amount":"{~PRICE}","reason":"Nehru jacket delivered late, {~DATE}"}}',
    'Hi team, {NAME} here — my Oxford shirts came back with a Raymond label from someone else\'s order. Slip {~ORDER}. Please refund the {~PRICE} pickup fee and call me on {PHONE}.',
    'Zwrot dla {NAME}: płaszcz Chesterfield zniszczony w pralni, zamówienie {~REF_EU}, kwota {~PRICE}, konto {IBAN}. Kontakt {EMAIL}.',
    'Chargeback notice — merchant: Kelly & Sons Tailors. Cardholder {NAME_UP}, card {CARD}, invoice {~INVOICE}, disputed {~PRICE}. Customer claims the Prince of Wales suit was never delivered (tracking {~TRACKING}).',
  ],
  lead: [
    'New lead (website): {NAME}, {EMAIL}, {PHONE}. Wants a three-piece wedding suit in Loro Piana or Raymond fabric, Bandhgala option, budget {~PRICE}, wedding on {~DATE}.',
    'Inbound WhatsApp lead {name} ({PHONE}): "alteration ka rate kya hai? 5 kurtis + 2 Patiala salwar". Route to Lajpat Nagar store, quote sent {~PRICE}.',
    'Lead form — Corporate laundry\nCompany: Hotel Windsor Grand\nContact: {NAME_REV}\nRole: {~JOB_TITLE}\nVolume: {~QUANTITY} per week (bed linen, Jacquard napkins)\nEmail: {EMAIL}\nCity: {~CITY}',
    'Referral from {NAME} for {NAME}: bridal blouse + Anarkali, prefers Georgette and Organza. Call {PHONE} after {~TIME}. Campaign code DIWALI25, app {~VERSION}.',
    '{"tool":"create_lead","arguments":{"name":"{NAME}","phone":"{PHONE_EU}","email":"{EMAIL}","interest":"made-to-measure Harris Tweed jacket","source":"instagram","preferred_slot":"{~WEEKDAY} {~TIME}"}}',
    'Nuevo cliente potencial: {NAME}, {EMAIL_SPELT}, tel. {PHONE_EU}. Quiere arreglar un vestido de novia (Pronovias, modelo "Valentina") antes del {~DATE}. Presupuesto {~PRICE}.',
    'Lead (Instagram DM): "hi, I\'m {FIRST}, saw your Chanel-jacket reel, do you do Peter Pan collars on kids\' dresses? I\'m in {~CITY}, email {EMAIL}"',
    'Neuer Interessent: {NAME_REV}, Tel. {PHONE_EU}. Maßhemd aus Oxford-Stoff, Kragen "Kent", 4 Stück, Lieferung bis {~DATE}. Quelle: Google Maps, Bewertung 4.8.',
    'Pickup subscription lead — {NAME_INIT}, {PHONE}, pincode {~PINCODE}, plan "Weekly 15 kg", starts {~DATE}. Visited pricing page from {IP}. Loyalty card will be issued: {~REF_EU}.',
    'Nowy klient: {NAME}, e-mail {EMAIL}, tel. {PHONE_EU}. Szycie garnituru Prince of Wales, tkanina Vitale Barberis Canonico, termin {~DATE}. Źródło: polecenie od {FIRST}.',
    'Prospect list (export {~DATE})\nname;phone;interest;visits\n{NAME};{PHONE};sherwani + safa;3\n{name};{PHONE};Nehru jacket alteration;1\n{NAME_REV};{PHONE};dry clean subscription;2',
  ],
};
