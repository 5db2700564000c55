/**
 * Blind evaluation set 94 — printing, photo studios and personalised gifts. Orders for wedding
 * albums, passport photos, visiting cards, engraved and printed gifts with names on them, proof
 * approvals, reprints and refunds, courier delivery and bulk corporate orders with GST/VAT details;
 * CRM notes, customer WhatsApp chats and e-mails from India, the US, the UK and Europe (with some
 * Spanish, German, French, Italian and Polish lines). Names printed or engraved ON a product are
 * still PII when they belong to a customer or a recipient. Hard negatives sit right next to real
 * PII: paper sizes (A4, 12x18), GSM, quantities, Pantone and hex colour codes, SKUs and order
 * numbers, fonts named after people (Helvetica, Gill Sans, Futura, Garamond, Baskerville), product
 * names (Canvas Classic, Album Premium), prices, dates, times, greetings and signatures.
 *
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH94_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Order {~ORDER} — Album Premium, 12x18 lay-flat, 40 pages, 300 GSM matte. Couple: {NAME} & {NAME}. Cover text in Garamond, gold foil. Proof sent to {EMAIL} on {~DATE}.',
    'Customer: {NAME}\nMobile: {PHONE}\nProduct: Canvas Classic 16x20 (SKU {~SKU})\nQty: {~QUANTITY}\nPrice: {~PRICE}\nNote: crop the left edge, keep the Pantone 186 C border.',
    'Proof approval log — visiting cards for {NAME_INIT}, Senior Architect. Front: name in Futura Bold, phone {PHONE}, mail {EMAIL}. Back: logo #FF5733 on white, 350 GSM, 500 cards. Approved {~DATE} {~TIME}.',
    'Bulk corporate order {~PO}: 250 engraved steel bottles for Nimbus Softech Pvt Ltd, GSTIN {GSTIN}. Billing contact {NAME}, {PHONE}. Laser text "Team Nimbus 2025" in Helvetica, no individual names.',
    'Studio booking: passport & visa photos for {NAME} on {~WEEKDAY} at {~TIME}. 35x45 mm, white background, 8 copies. Passport no. {PASSPORT} (renewal). Paid {~PRICE} via UPI {UPI}.',
    'order_id,customer,phone,product,size,engraving,total\n{~ORDER},{NAME},{PHONE},Wooden Photo Frame,A4,"Forever {FIRST}",{~PRICE}\n{~ORDER},{NAME},{PHONE},Ceramic Mug,11oz,"World\'s Best Nani",{~PRICE}',
    'Courier handover: {~QUANTITY} of A3 posters to {NAME}, {~STREET}, {~CITY} {~PINCODE}. Consignee phone {PHONE}. AWB {~TRACKING}. Font on the tube label: Gill Sans.',
    'Atelier Lumière — fiche client\nNom : {NAME_REV}\nTél. : {PHONE_EU}\nE-mail : {EMAIL}\nCommande : tirage Fine Art 30x40, papier Baryta 310 g, {~PRICE}\nRetrait prévu le {~DATE}.',
    'Wedding shoot follow-up: bride {FIRST}, groom {FIRST}. Photographer assigned {NAME}. Album Premium proof v2 ({~VERSION}) uploaded, client IP {IP} opened it at {~TIME}. Fonts: Baskerville for names, Futura for dates.',
    'Reprint job {~TICKET}: 24 prints 4x6 glossy for Mrs. {LAST}. Original order {~ORDER} had a colour shift (expected #2E8B57, got olive). No charge. Ping her on {PHONE} when ready.',
    'Kundennotiz: Fotobuch A4 quer, 60 Seiten, Softcover. Auftraggeber {NAME}, Tel. {PHONE_EU}. Widmung auf Seite 1: „Für {FIRST}, in Liebe". Schrift Garamond, Rechnung {~INVOICE} über {~PRICE}.',
  ],
  whatsapp: [
    '[{~TIME}] {name}: hi bhaiya, my wedding album proof came?\n[{~TIME}] PrintHub: Yes ma\'am, sent on mail {EMAIL}. Names on cover "{FIRST} weds {FIRST}" in Garamond. Pls approve today.\n[{~TIME}] You: ok will check',
    'Hello! I want 100 visiting cards, 300 GSM, matte finish. Name: {NAME}, Mobile: {PHONE}, Email: {EMAIL}. Can you use Helvetica and Pantone 286 C blue?',
    '{name}: the mug says "Happy Birthday {FIRST}" but I wrote {FIRST}!!\nPrintHub: So sorry, reprinting order {~ORDER} now at no cost. Dispatch by {~DATE}.\nCustomer: pls call me on {PHONE} before sending',
    'Hi, passport photo for my son {NAME}, he needs 6 copies 2x2 inch for US visa. Can I pay to {UPI}? Amount {~PRICE} right? Thanks',
    'Hola, soy {NAME}. Quiero un lienzo Canvas Classic de 40x60 con la foto de la boda y el texto "{FIRST} y {FIRST}, 2025". Mi móvil es {PHONE_EU}. ¿Precio? Vi {~PRICE} en la web.',
    'Dzień dobry, tu {NAME}. Zamówienie {~ORDER} — fotoksiążka A4, 40 stron. Proszę o fakturę na mój e-mail {EMAIL}. Telefon {PHONE_EU}. Pozdrawiam!',
    'PrintHub: Your order {~ORDER} (Engraved Wooden Plaque, 8x10) is out for delivery. Track: {~TRACKING}.\n{name}: ok, my husband {FIRST} will receive, his no is {PHONE}',
    'good morning 🙏 sir need 500 flyers A5 130 gsm, colour code #1E90FF same as last time, invoice to {NAME_UP} GST {GSTIN}. Delivery {~WEEKDAY}.',
    '{name}: can you engrave "To {NAME}, with love — Mum" on the pen? font Futura or Gill Sans whichever looks nicer\nPrintHub: Gill Sans suits better. ₹450 incl. gift box, done by {~TIME} tomorrow.',
    'Ciao! Sono {NAME}, ho ordinato 2 stampe Fine Art 50x70 ({~SKU}). Potete spedire a {~STREET}, {~CITY}? Il mio cellulare è {PHONE_EU}. Grazie mille!',
    'hey its {FIRST} from the Saturday shoot. email me the edits at {EMAIL_SPELT} pls, the Dropbox link expired. Album Premium still {~PRICE}?',
  ],
  kyc: [
    'Passport photo service — ID check\nApplicant: {NAME}\nPassport No.: {PASSPORT}\nAadhaar: {AADHAAR}\nPhoto size: 35x45 mm, 6 copies\nToken: {~TICKET}\nVerified by counter staff on {~DATE}.',
    'Corporate account onboarding (bulk gifting)\nCompany: Saffron Weaves LLP\nGSTIN: {GSTIN}\nPAN: {PAN}\nAuthorised signatory: {NAME}\nPhone: {PHONE}\nBank: IFSC {IFSC}\nDefault paper: 170 GSM art paper, Pantone 7621 C.',
    'Freelance photographer W-9 on file: {NAME}, SSN {SSN}, mailing email {EMAIL}. Rate $85/hr for event coverage, Canvas Classic retouching included. Contract {~INVOICE}.',
    'Vendor form — second shooter {NAME}, ITIN {ITIN} (no SSN). Payout card on file {CARD}, invoices monthly. Equipment serial {~SERIAL}.',
    'UK payroll: studio assistant {NAME_REV}, NI number {NINO}, start date {~DATE}, 20 hrs/week. Payslip sent to {EMAIL}. Uniform: black tee, logo Pantone Black 6 C.',
    'Factura a nombre de {NAME}, NIF {NIF}, teléfono {PHONE_EU}. Concepto: álbum de boda 30x30, 50 páginas, papel 250 g. Total {~PRICE}. Ref. {~REF_EU}.',
    'Faktura VAT dla osoby prywatnej: {NAME}, PESEL {PESEL}, e-mail {EMAIL}. Pozycja: kubek z nadrukiem "{FIRST} 30", 2 szt., {~PRICE}. Numer zamówienia {~ORDER}.',
    'Photo ID for OCI card: {NAME}, passport {PASSPORT}, appointment {~DATE} {~TIME}. 2x2 inch, matte, 4 copies. Note: reference number {~VERHOEFF_INVALID_12} on the receipt is not an Aadhaar.',
    'KYC for trade account: proprietor {NAME_UP}, PAN {PAN}, Aadhaar {AADHAAR}, GSTIN {GSTIN}, UPI {UPI}. Monthly volume approx. {~QUANTITY} of A4 brochures, 130 GSM gloss.',
    'Mietvertrag Studio-Equipment: Mieter {NAME}, IBAN {IBAN}, Tel. {PHONE_EU}. Kaution {~PRICE}, Rückgabe am {~DATE}. Softbox SN {~SERIAL}, Hintergrund 2,7 m in #F5F5DC.',
    'Dossier client : {NAME}, IBAN {IBAN}, e-mail {EMAIL}. Commande d\'entreprise : 300 carnets A5 gravés, police Futura, couleur Pantone 2728 C. N° TVA intracom. en attente. Bon de commande {~PO}.',
  ],
  refund: [
    'Refund request {~TICKET}: {NAME} says the Album Premium arrived with pages 12–14 misprinted (magenta cast, should be #C0C0C0 silver). Refund {~PRICE} to card {CARD}. Original order {~ORDER}.',
    'Hi team, I paid {~PRICE} for a personalised cushion with "{FIRST} & {FIRST}" but the name was spelt wrong. Please refund to UPI {UPI} or reprint. — {NAME}, {PHONE}',
    'Chargeback notice: cardholder {NAME_UP}, card {CARD}, amount {~PRICE}, reason "not as described" (Canvas Classic 24x36 delivered as 18x24). Transaction IP {IP}. Respond by {~DATE}.',
    'Reembolso solicitado por {NAME} ({EMAIL}): las tarjetas de visita llegaron en 250 g en vez de 350 g. Pedido {~ORDER}. Devolver {~PRICE} a la cuenta {IBAN}.',
    'Rückerstattung: Frau {LAST} hat 3 Leinwände 60x90 retourniert, Sendung {~TRACKING}. Betrag {~PRICE} auf IBAN {IBAN} überweisen. Kontakt: {EMAIL}.',
    'Refund approved\nCustomer: {NAME}\nEmail: {EMAIL}\nItem: Engraved Crystal Award, SKU {~SKU}\nEngraving: "Employee of the Year — {NAME}"\nReason: cracked in transit\nAmount: {~PRICE}\nUTR: {~UTR}',
    'Dear {FIRST},\nWe are sorry your passport photos (35x45 mm) were rejected by VFS for shadows. A free retake is booked for {~WEEKDAY} at {~TIME}, or we can refund {~PRICE}.\nWarm regards,\nStudio Desk',
    'Zwrot środków dla {NAME}, PESEL {PESEL}: fotokalendarz A3 z błędnym podpisem „{FIRST} i {FIRST}". Kwota {~PRICE} na rachunek {IBAN}. Zgłoszenie {~TICKET}.',
    'Reprint instead of refund: {NAME_INIT} ({PHONE}) accepted a reprint of 50 wedding invites, 300 GSM, Baskerville Italic. Old invoice {~INVOICE}, card {~LUHN_INVALID_16} on the form is a typo, ignore.',
    'Rimborso: il cliente {NAME} ({PHONE_EU}) segnala che la cornice incisa con "{FIRST} 18" è arrivata rotta. Ordine {~ORDER}, importo {~PRICE}. Rimborso su carta {CARD}.',
    'Refund of {~PRICE} to {NAME} via NEFT — account IFSC {IFSC}, ref {~UTR}. Reason: 200 corporate diaries printed with Pantone 186 C instead of 185 C. PO {~PO}.',
  ],
  lead: [
    'New enquiry from website: {NAME}, {EMAIL}, {PHONE}. Interested in wedding album + pre-wedding shoot in {~CITY}, {~MONTH}. Budget around {~PRICE}.',
    'Lead: HR manager {NAME} ({EMAIL}) wants 400 Diwali gift hampers with engraved pens — employee names in Futura, logo in Pantone 021 C. GSTIN {GSTIN}. Asked for a quote by {~DATE}.',
    'Form submission\nName: {NAME}\nPhone: {PHONE}\nService: Passport photos\nMessage: need 2x2 photos for my daughter {FIRST} and me, walk-in {~WEEKDAY} around {~TIME}?',
    'Hi there — I\'m {NAME}, office manager at a law firm in {~CITY}. We need 50 boxes of visiting cards, 400 GSM, Garamond, and letterheads A4. Reach me at {EMAIL} or {PHONE}.',
    'Anfrage: {NAME} möchte 120 bedruckte Tassen mit Vornamen der Mitarbeiter (z. B. „{FIRST}") zum Firmenjubiläum. Tel. {PHONE_EU}, USt-IdNr. folgt. Schrift Helvetica Neue, Farbe #003366.',
    'Demande de devis : {NAME}, {EMAIL_SPELT}. 80 faire-part de mariage 15x15, papier 300 g, police Baskerville, prénoms « {FIRST} & {FIRST} ». Livraison à {~CITY} avant le {~DATE}.',
    'Solicitud: {NAME} ({PHONE_EU}) pide presupuesto para 200 calendarios de pared A3 con logo Pantone 348 C para su empresa. Correo {EMAIL}. Cantidad mínima {~QUANTITY}.',
    'Instagram DM lead — {name}: "do u do photo cakes toppers + a canvas for my mom {NAME}? her bday is {~DATE}" — assigned to {FIRST} from the gifting desk.',
    'Lead score 82 | source: Google Ads "custom photo album" | {NAME} | {EMAIL} | {PHONE} | product viewed: Album Premium 12x12, Canvas Classic 20x30 | session IP {IP}',
    'Referral from {NAME} ({PHONE}): her colleague {NAME_INIT} needs 1,000 branded notebooks, 80 GSM ruled, Pantone 7462 C cover, with GST invoice. Follow up {~WEEKDAY}.',
    'Zapytanie ofertowe: {NAME}, {EMAIL}, tel. {PHONE_EU}. 150 grawerowanych długopisów z imionami pracowników, czcionka Gill Sans. Termin: {~DATE}. Budżet ok. {~PRICE}.',
  ],
};
