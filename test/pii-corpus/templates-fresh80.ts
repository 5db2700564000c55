/**
 * Blind evaluation set 80: amateur and semi-professional sports clubs, leagues and ticketing in
 * India, the US, the UK and Europe — membership renewals, youth registrations with parents'
 * details, match-day ticket orders and refunds, season-ticket transfers, coaching rosters, player
 * transfer and visa paperwork, injury and medical-clearance notes, fixtures, sponsorship invoices,
 * parents' WhatsApp groups and CSV member exports. Hard negatives sit next to the real PII: jersey
 * numbers, scores, seat/row/block numbers, ticket and membership IDs, kick-off times, prices, and
 * stadiums, trophies and clubs named after people (Ranji Trophy, Wankhede Stadium, Santiago
 * Bernabéu, Stamford Bridge …), which are plain text and must pass unchanged.
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH80_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Membership renewal 2025/26 — {NAME_REV}, member ID MBR-{~OTP}, renewed Senior Adult category for {~PRICE}. Contact {EMAIL} / {PHONE}. Locker 14 kept; parking permit P-22 expires {~DATE}.',
    'Youth registration U-12 (Juniors): player {NAME}, DOB {~DATE}, shirt no. 7. Parent/guardian: {NAME} — mobile {PHONE}, alt. {PHONE_EU}. Medical: mild asthma, inhaler in kit bag. Training Tuesdays {~TIME} on Astro pitch 2.',
    'Coaching staff roster 2025\nHead coach: {NAME_INIT} ({PHONE})\nAssistant: {NAME} ({EMAIL})\nPhysio: {NAME_REV}\nGK coach: {FIRST} (ext. 214)\nUEFA B licence renewal due {~DATE}.',
    'Call note {~DATE}: {FIRST} from Hammersmith Vets FC rang about the 5-a-side league fee ({~PRICE}). They lost 3-1 to Stamford Bridge Wanderers last week and want the fixture moved. Callback on {PHONE} after {~TIME}.',
    'Season ticket transfer: holder {NAME} (member no. {~ORDER}) transferring Block 112, Row K, Seat 23 to {NAME} for the remaining 9 home games. New holder email {EMAIL}. Admin fee £25 paid, ref {~TICKET}.',
    'Injury note — {NAME_UP}, #14, hamstring strain (grade 1) vs Deccan Gymkhana on {~DATE}. Cleared by Dr. {LAST} for light training from {~WEEKDAY}. Physio {FIRST}, {PHONE}. Do not share outside the medical group.',
    'member_id,last_name,first_name,email,phone,category,paid\n{~OTP},{LAST},{FIRST},{EMAIL},{PHONE},Senior,Y\n{~OTP},{LAST},{FIRST},{EMAIL},{PHONE_EU},Junior U-14,N\n{~OTP},{LAST},{FIRST},{EMAIL},{PHONE},Social,Y',
    'Inter-club T20 fixtures, Day 2 ({~DATE}): Match 5 Shivaji Park Gymkhana vs Parsee Cyclists at the Wankhede Stadium nets, toss {~TIME}. Match 6 Bandra XI vs Karnatak Sporting. Scorer: {NAME} ({PHONE}). Last year\'s final: 245/6 chased in 19.4 overs. Winner goes to the Ranji Trophy trials.',
    'Sponsor: Sharma Sweets & Caterers (GSTIN {GSTIN}), contact {NAME}, {EMAIL}. Invoice {~INVOICE}: shirt-front branding, 2025 season, {~PRICE} + 18% GST. Logo on U-16 kits, 40 sets (SKU {~SKU}).',
    'Hi {FIRST},\nYour 2025 membership (No. {~ORDER}) is active until {~DATE}. Your two guest passes are valid for the Davis Cup tie screening in the clubhouse on {~WEEKDAY}.\nCheers,\n{NAME}\nMembership Secretary, Ealing Lawn Tennis Club',
    'Transfer/visa paperwork: outgoing player {NAME} (ex-Mohun Bagan reserves) joining a Northern League club. Indian passport {PASSPORT}, arrival {~DATE}. Agent {NAME_INIT}, {PHONE}. ITC request {~TICKET} raised with the FA; GBE points 15; NINO to be applied for after landing.',
  ],
  whatsapp: [
    'U-11 Tigers parents 🐯⚽\n{name}: can someone give {FIRST} a lift sat? we r stuck at work\n{name}: yes np, pick up 8:15 from the Lidl car park\n{name}: thank uuu 🙏 my no. {PHONE} if any issue',
    'bhai {name} ka jersey no. 18 hai na? kal Ranji Trophy trials ke liye uska naam bhejna hai, contact {PHONE} bhi list mein daal do',
    'hi this is {FIRST}, {FIRST}\'s mum 😊 she can\'t make training thurs, got a fever. also she wants number 9 not 23 lol',
    'Match day ⚽ KO {~TIME}, meet at the ground 1hr before.\nXI: 1 {LAST}, 2 {LAST}, 4 {FIRST}, 5 {LAST}, 7 {FIRST} (c), 9 {LAST}, 10 {FIRST}, 11 {LAST}. Subs 12-16 TBC.\nAny issues ping {name} on {PHONE}',
    'refund chahiye, IPL wala match rain se cancel hua 😡 order {~ORDER}, 4 tickets North Stand Block C, ₹3,200 each. UPI {UPI} pe bhej do pls. - {name}',
    'hola {FIRST}! la cuota del club para esta temporada son {~PRICE}, me la pasas por Bizum al {PHONE_EU}? gracias!! {NAME} (tesorera) 😘',
    'cześć, tu {FIRST} z Orlików Kraków 👋 mecz w sobotę o {~TIME} na stadionie im. Henryka Reymana, ostatnio 2:2. Mój numer {PHONE_EU}, mail {EMAIL_SPELT}',
    'hey coach its {name} 🙂 my email is {EMAIL_SPELT} for the tournament forms. im wearing #21 again this season',
    '{FIRST} ne hat-trick maara 🔥🔥 4-1 se jeete! next match {~WEEKDAY} {~TIME} at Chinnaswamy, {name} bhaiya pls kit bag le aana',
    'Hallo zusammen, Training fällt heute aus (Platz gesperrt). Nächstes Spiel Sa. {~TIME} gegen SV Werder Bremen U-15, Treffpunkt Vereinsheim. Rückfragen an {NAME}, {PHONE_EU}. LG Trainer {LAST}',
    'salut {FIRST}, l\'inscription de ton fils est validée ✅ licence n° {~OTP}, cotisation {~PRICE}. Entraînement au stade Pierre-de-Coubertin mercredi 14h. Tél du club : {PHONE_EU}',
    'guys whoever took seat 14 row F at the Duleep Trophy game pls return the cooler 😂 its {name}\'s. call him {PHONE}. also 245/6 was a crazy chase',
  ],
  kyc: [
    'Player registration — reserve squad\nName: {NAME_UP}\nDOB: {~DATE}\nAadhaar: {AADHAAR}\nPAN: {PAN}\nMobile: {PHONE}\nJersey no.: 27 | Position: Left back\nAIFF reg. ref: {~TICKET}',
    'Overseas player file: {NAME}, passport no. {PASSPORT}, signing for the Isthmian League side. NI number {NINO}; contract start {~DATE}; wages £220/week paid to IBAN {IBAN}.',
    'USL League Two W-9 for assistant coach {NAME}: SSN {SSN}, stipend $1,500/season, email {EMAIL}, cell {PHONE}. Kit size L, jersey 33.',
    'Non-resident umpire {NAME} paid via ITIN {ITIN} for the Minor League Cricket weekend (3 matches, $450 total). Contact {EMAIL}.',
    'Ficha federativa — Jugador: {NAME_REV}\nDNI/NIE: {NIF}\nTeléfono: {PHONE_EU}\nDorsal: 8 | Categoría: Juvenil A\nCuenta para la cuota: {IBAN}\nDNI anterior {~NIF_INVALID} rechazado por letra incorrecta.',
    'Karta zawodnika: {NAME}, PESEL {PESEL}, numer koszulki 10, badania lekarskie ważne do {~DATE}. Rodzic/opiekun: {NAME}, tel. {PHONE_EU}, konto {IBAN}.',
    'Coach payout details (academy, Pune): {NAME}, PAN {PAN}, IFSC {IFSC}, UPI {UPI}. Aadhaar {AADHAAR}; earlier Aadhaar {~VERHOEFF_INVALID_12} failed verification. Honorarium ₹18,000/month.',
    'Medical clearance: {NAME} (U-17, #5) fit to play after concussion protocol, cleared {~DATE} by {NAME_INIT}, MBBS. Next review {~DATE}. Emergency contact {NAME} — {PHONE}.',
    'Sponsor KYC — Gupta Sports Emporium, GSTIN {GSTIN}. Authorised signatory {NAME}, PAN {PAN}. Invoice {~INVOICE}: ₹2,50,000 + GST for Vijay Hazare Trophy boundary banners.',
    'Anmeldung Jugendabteilung: Kind {NAME}, geb. {~DATE}; Erziehungsberechtigte/r {NAME_REV}, Tel. {PHONE_EU}, E-Mail {EMAIL}; SEPA-Lastschrift IBAN {IBAN}, Beitrag 96 € / Jahr.',
  ],
  refund: [
    'Refund request — ticket order {~ORDER}, Eden Gardens, Block G, Row 14, Seats 101-104 (4 × ₹1,500). Match abandoned after 12.3 overs. Card {CARD} to be credited. Customer: {NAME}, {PHONE}.',
    'Hi, {NAME} here, season ticket holder since 2011 (Block 508, Row Q, Seat 77). I was charged twice for the 2025/26 renewal, £645 each. The card number {~LUHN_INVALID_16} on the form was mistyped, correct one is {CARD}. Pls call {PHONE}.',
    'Chargeback notice: cardholder {NAME_REV}, card {CARD}, disputed {~PRICE} for Davis Cup tie tickets (Court 1, Row C). Order {~ORDER}, dispute opened {~DATE}. Contact {EMAIL}.',
    'Reembolso: el partido del {~DATE} en el Santiago Bernabéu se aplazó. Pedido {~ORDER}, 2 entradas Fondo Sur, sector 124, fila 9. Titular {NAME}, IBAN {IBAN}, tel. {PHONE_EU}.',
    'Zwrot za karnet: {NAME}, karnet nr {~TICKET}, sektor B3, rząd 12, miejsce 5. Kwota {~PRICE} na konto {IBAN}. Kontakt {EMAIL}.',
    'Youth camp cancellation: {FIRST} (Summer Soccer Camp, week 3, starting {~DATE}) — refund $275 to the original card. Parent {NAME}, {EMAIL}, {PHONE}. Ticket {~TICKET}.',
    'rfnd pls!! paid ₹999 for Duleep Trophy final pass via {UPI}, UTR {~UTR}, but QR never came. – {name}, {PHONE}',
    'Refund approved by {NAME_INIT} (Box Office Manager) for invoice {~INVOICE}, hospitality box 14 at Stamford Bridge, {~PRICE}. Transfer to IBAN {IBAN} within 5–7 working days.',
    'Remboursement demandé par {NAME} pour le match du {~DATE} au Parc des Princes (tribune Auteuil, rang 22, place 8), commande {~ORDER}. Coordonnées : {EMAIL_SPELT}, {PHONE_EU}.',
  ],
  lead: [
    'New enquiry via website: {NAME} wants to join the Sunday veterans league (over-40s). Email {EMAIL}, mob {PHONE}. Played for Corinthian-Casuals reserves. Prefers {~WEEKDAY} evenings.',
    'Lead: corporate box at Wankhede Stadium for the IPL season, 12 seats, budget {~PRICE}. Contact {NAME_UP}, {EMAIL}, {PHONE}. Company: Orbit Logistics.',
    'Sponsoring-Anfrage: {NAME} (Marketing, Müller Bau GmbH) möchte Bandenwerbung im Stadion an der Hafenstraße, Saison 2025/26, Budget 4.500 €. Rückruf unter {PHONE_EU} oder {EMAIL}.',
    'Trial request: my son {FIRST} (12, goalkeeper) wants a trial with your academy. We moved from Leeds. I\'m {NAME}, reach me on {PHONE} or {EMAIL_SPELT}. He wore #1 for Roundhay Juniors.',
    'Referral from {NAME} (coach, Gachibowli Stadium) for {NAME} — badminton, U-15 state ranking 7, ex-Gopichand Academy. Email: {EMAIL}.',
    'WhatsApp lead {name} ({PHONE}) asked the price for 20 custom jerseys with names & numbers; quoted {~PRICE} for {~QUANTITY}.',
    'Hi there, this is {NAME} — I run a pub team in Hackney, 14 players, looking for a league slot for the autumn season. Call me on {PHONE}, not before {~TIME}. Cheers',
    'Hola, quiero inscribir a mi hija {FIRST} en la escuela de fútbol femenino, categoría alevín. Soy {NAME_REV}, mi correo es {EMAIL_SPELT} y mi móvil {PHONE_EU}. ¿Quedan plazas los martes?',
    'Lead score 74: {NAME} visited /season-tickets from {IP} on {~DATE}, abandoned cart {~ORDER} (2 × Block 115, Row D). Send reminder to {EMAIL}.',
  ],
};
