/**
 * Blind evaluation set 102: e-sports teams, gaming cafés and online gaming communities —
 * tournament registrations with real names next to gamer tags and in-game names, Discord and
 * WhatsApp chats, prize payouts, age verification with parents' consent, gaming-café seat
 * bookings and hardware orders. Hard negatives are the business's own words: game characters,
 * agents and heroes named like people (Sage, Jett, Reyna, Nina Williams, Arthur Morgan, Lara
 * Croft), maps (Ascent, Haven, Erangel, Miramar), gamer tags, team and café brands, hardware
 * models, seat/station numbers, match IDs, prices, dates, times, versions and counts.
 * Any literal text is meant as non-PII; all PII comes from placeholders.
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH102_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Registration #VCT-IN-Q3: captain {NAME} (IGN: FrostByte, main Jett on Ascent/Haven), phone {PHONE}, email {EMAIL}. Team "Night Owls" seeded 4th, entry fee {~PRICE} paid {~DATE}.',
    'Café note — Respawn Lounge, Koramangala: regular {NAME_INIT} booked Station PC-14 (RTX 4070, 240 Hz) for {~TIME} on {~WEEKDAY}, 3 hrs, combo pack {~PRICE}. Prefers Sage/Killjoy lobbies, no voice.',
    'Lead owner {FIRST} updated the sponsorship deal with Velocity Gaming. Contact: {NAME}, {PHONE_EU}. Jersey order {~QUANTITY}, invoice {~INVOICE}, kit delivery by {~DATE}.',
    'player_id,real_name,ign,team,role,phone\nP-00417,"{NAME_REV}",Zer0Cool,Team Phoenix,IGL,{PHONE}\nP-00418,"{NAME_REV}",ClutchGod,Team Phoenix,Entry,{PHONE}\nP-00419,Reyna (bot),—,—,sub,—',
    'Ticket {~TICKET}: {NAME} says his Alienware Aurora R16 (serial {~SERIAL}) crashes in Tekken 8 whenever he picks Nina Williams or Paul Phoenix. Driver {~VERSION}. Called back on {PHONE}.',
    '{"tool":"register_player","args":{"real_name":"{NAME}","ign":"Viper_07","email":"{EMAIL}","team":"Orangutan Blaze","agent_pool":["Sage","Jett","Omen"],"seed":4,"match_id":"{~UUID}"}}',
    'Anti-cheat review: account "Ghost_Rider99" (real name {NAME}) logged in from {IP} during Match {~ORDER} on Erangel. Vanguard build {~VERSION}. Escalated to {FIRST} (Trust & Safety).',
    'Meeting with Herr {LAST} (Head of Esports, LevelUp Arena München) am {~DATE} um {~TIME}. Thema: 40 Plätze für die FIFA-Liga, Preis {~PRICE} pro Saison. Rückruf unter {PHONE_EU}.',
    'Forwarded message\nFrom: {NAME} <{EMAIL}>\nSubject: Prize split — BGMI Masters Series S3\n\nHi team, please split the {~PRICE} equally across Zer0Cool, Snax_OP, ClutchGod and me. Our manager {NAME_INIT} will confirm the UPI IDs.',
    'Customer: {NAME_UP}\nMembership: Pixel Den Gold ({~TICKET})\nFavourite games: Red Dead Redemption 2 (Arthur Morgan), Tomb Raider (Lara Croft)\nHours left: 14\nNotes: birthday party for 8 kids on {~DATE}, call {PHONE}.',
    'Bonjour, note CRM — Mme {LAST} a réservé la salle VIP (6 postes, Mirage et Inferno en boucle) pour le {~DATE} à {~TIME}. Acompte {~PRICE}, facture {~INVOICE}. Joignable au {PHONE_EU}.',
    'Roster update (Discord #admin): {FIRST} moved from academy to main, {NAME} benched until {~DATE}. Coach "Sova Sensei" keeps Bind + Lotus practice at {~TIME}. Patch {~VERSION} scrims only.',
  ],
  whatsapp: [
    'bhai {FIRST} kal ka scrim 9 baje hai Ascent pe, Jett mat lena, Reyna lock kar 😂 lobby id {~OTP}',
    'hi {name} 👋 your PC at Respawn Lounge is booked — Station 07, {~DATE} {~TIME}, 2 hrs, {~PRICE}. Reply YES to confirm',
    'bro Sage ka ult kaha gaya 💀 anyway {name} ka number {PHONE} hai, usko add kar do team group mein',
    'hola {FIRST}! tu plaza para el torneo de EA FC 25 está confirmada 🎮 Grupo C, primer partido el {~DATE} a las {~TIME}. Dudas al {PHONE_EU}',
    'cześć {FIRST}, wygraliście 2. miejsce w CS2 Cup 🏆 nagroda {~PRICE}, podaj proszę numer konta (IBAN) i PESEL do rozliczenia, mapa finałowa Nuke',
    '[20:14] {FIRST}: gg wp\n[20:15] FrostByte: rematch on Haven?\n[20:15] {FIRST}: ya but my mom {NAME} says off by 10, text her on {PHONE} if we go late 😭',
    'Hallo {FIRST}, dein Platz im LAN-Turnier (Halle B, Tisch 12) ist bestätigt. Bitte Ausweis mitbringen, Check-in {~TIME}. Bei Fragen: {PHONE_EU}',
    'ok sir payment done to {UPI} ✅ prize money for Valorant Weekly, ticket {~TICKET}, utr {~UTR}',
    'mate the Logitech G Pro X from order {~ORDER} arrived dead 😤 can you sort it, I\'m {NAME}, email is {EMAIL_SPELT}',
    'Olá {FIRST}! A tua reserva na Arena Kratos (2 PCs + PS5) ficou para {~WEEKDAY} às {~TIME}. Sinal de {~PRICE} pago ✔️',
    'guys new tryout: {NAME} (ign "Mercy Main", plays Ana + Lucio too), DM him on discord or wa {PHONE}, available after {~TIME}',
    'salut {FIRST}, le coach Jinx te met en sub pour le match contre Team Geralt samedi, ramène ton casque HyperX Cloud III 🎧',
  ],
  kyc: [
    'Prize payout KYC (BGMI Masters, 1st place): {NAME_UP}, PAN {PAN}, Aadhaar {AADHAAR}, bank IFSC {IFSC}. TDS 30% on {~PRICE}. Team: Orangutan.',
    'Parental consent form\nPlayer (under 18): {NAME}, IGN: LilTracer, form date {~DATE}\nParent/guardian: {NAME}\nRelationship: Mother\nMobile: {PHONE}\nEmail: {EMAIL}\nConsent to stream on Twitch: Yes\nGame titles: Fortnite, Minecraft (skin: Steve)',
    'US prize winner W-9: {NAME}, SSN {SSN}, address on file, prize {~PRICE} for Apex Legends Open (Bangalore + Wraith comp). Form received {~DATE}.',
    'Non-US player {NAME} filed W-8BEN; ITIN {ITIN}, passport {PASSPORT}. Winnings held until {~DATE}, ref {~INVOICE}.',
    'UK payout — winner {NAME_REV}, NI number {NINO}, sort code on file, IBAN {IBAN}. Event: Rocket League Winter Cup, division 2. Paid {~DATE}.',
    'Verificación de edad — jugador {NAME}, DNI {NIF}, tutor legal {NAME}, tel. {PHONE_EU}. Torneo: LoL Amateur (campeón favorito: Lux). Firmado el {~DATE}.',
    'Weryfikacja wieku: zawodnik {NAME}, PESEL {PESEL}, opiekun prawny {NAME_INIT}, tel. {PHONE_EU}. Turniej CS2, mapa Mirage, numer zgłoszenia {~TICKET}.',
    'Age check failed (ID scanned {~DATE}): Discord account "Annie_Bot" (real name {NAME}) registered from {IP}. Invalid Aadhaar entered: {~VERHOEFF_INVALID_12}; valid one later: {AADHAAR}.',
    'Sponsor onboarding: Pixel Den Esports LLP, GSTIN {GSTIN}, signatory {NAME}, PAN {PAN}. Contract value {~PRICE}, PO {~PO}.',
    'Guardian ID check at Respawn Lounge front desk: kid {FIRST} (12) with father {NAME}, ID passport {PASSPORT}, phone {PHONE}. Allowed: PEGI 12 titles only (no GTA V, no Call of Duty). Seat PC-03.',
    'Vérification d\'identité pour le versement du prix: {NAME}, IBAN {IBAN}, tél. {PHONE_EU}. Tournoi Street Fighter 6 (personnage: Chun-Li), 3e place, {~PRICE}.',
  ],
  refund: [
    'Refund request {~TICKET}: {NAME} cancelled the Valorant 5v5 registration (team "Sage Advice") before {~DATE}. Refund {~PRICE} to card {CARD}.',
    'Hi, this is {FIRST}. My Razer DeathAdder V3 (SKU {~SKU}, order {~ORDER}) double-clicks after 2 weeks. Please refund to UPI {UPI}. Tracking for return {~TRACKING}.',
    'Return form\nName: {NAME}\nEmail: {EMAIL}\nItem: ASUS ROG Ally Z1 Extreme\nIMEI/serial: {~SERIAL}\nReason: stick drift in Elden Ring\nAmount: {~PRICE}\nBank IBAN: {IBAN}',
    'Seat booking refund — Respawn Lounge: {NAME_INIT} booked PC-22 for {~DATE} {~TIME} but power cut ho gaya, 3 hrs wasted. Refund Rs. 450 + 1 free hour. Contact {PHONE}.',
    'Card declined twice: {~LUHN_INVALID_16}. Customer {NAME} then paid with {CARD}. Duplicate charge {~PRICE} for Lenovo Legion 5 order {~ORDER} to be reversed. Invoice {~INVOICE}.',
    'Reembolso: {NAME} pide la devolución de la inscripción al torneo de Clash Royale ({~PRICE}), pedido {~ORDER}. Cuenta {IBAN}. Responder a {EMAIL}.',
    'Rückerstattung für {NAME_REV}: Headset HyperX Cloud Alpha, Bestellung {~REF_EU}, Betrag {~PRICE}. Kontakt {PHONE_EU}, E-Mail {EMAIL}.',
    '{"tool":"issue_refund","args":{"customer":"{NAME}","order_id":"{~ORDER}","amount":"{~PRICE}","reason":"Tournament Ezio Cup cancelled","upi":"{UPI}","ticket":"{~TICKET}"}}',
    'Zwrot: {NAME} zwraca kontroler DualSense Edge (SN {~SERIAL}), zamówienie {~ORDER}, kwota {~PRICE}. Konto: {IBAN}. Tel. {PHONE}.',
    'Chargeback alert — player {NAME} (IGN: Master_Chief_117) disputes {~PRICE} for Battle Pass + 2 Jinx skins. Login IPs {IP} and {IP}. Dispute ID {~UUID}.',
    'From: {EMAIL}\nSubject: refund for LAN ticket\n\nHey, we booked 5 seats for the Last of Us marathon (Ellie, Joel and Dina cosplay night) but only 3 of us could come. Please refund 2 × {~PRICE}.\nThanks,\n{NAME}',
  ],
  lead: [
    'New franchise enquiry: {NAME} wants to open a 30-seat gaming café in {~CITY} under the Respawn Lounge brand. Budget {~PRICE}, space {~ROOMS}. Call {PHONE}, email {EMAIL}.',
    'Website form\nFull name: {NAME}\nGamer tag: ShadowKing\nGame: BGMI (Erangel/Miramar)\nTeam size: 4\nPhone: {PHONE}\nCity: {~CITY}\nHow did you hear about us: Instagram',
    'Bulk hardware lead: {NAME_INIT} from a college esports club needs {~QUANTITY} of HP Omen 16 and 20 Logitech G502. Quote by {~DATE}, ref {~PO}. Reach at {EMAIL}.',
    'Hey! I\'m {FIRST}, I run a Discord server (12k members) for Genshin Impact — mostly Raiden, Hu Tao and Zhongli mains. Want to co-host a tournament? my wa is {PHONE}',
    'Sponsorship lead — brand "Geralt Energy Drink" (not the Witcher guy 😅). Contact {NAME}, Marketing Manager, {PHONE_EU}, {EMAIL}. Budget {~PRICE} for {~MONTH} split.',
    'Interesado: {NAME}, quiere inscribir a su equipo "Los Lobos" en la liga de Valorant. Contacto {PHONE_EU} o {EMAIL_SPELT}. Jugadores: 5 + 1 suplente. Disponibles los {~WEEKDAY}.',
    'Anfrage von {NAME}: Firmenevent für 25 Personen, Mario Kart + Just Dance Turnier, am {~DATE} ab {~TIME}. Rückruf an {PHONE_EU}, Angebot {~INVOICE}.',
    'Lead from LinkedIn: {NAME} ({~JOB_TITLE}) at a school in {~CITY}, interested in our "Minecraft Education" weekend camp for ages 8–12. Email {EMAIL}, intro call {~WEEKDAY} {~TIME}.',
    'Zapytanie: {NAME} chce zarezerwować całą salę (40 stanowisk) na turniej League of Legends, {~DATE}. Tel. {PHONE_EU}, e-mail {EMAIL}. Postać przewodnia plakatu: Ezreal.',
    '{"tool":"create_lead","args":{"name":"{NAME}","phone":"{PHONE}","source":"Discord #tryouts","ign":"Kratos_OP","rank":"Immortal 2","preferred_agents":["Reyna","Chamber"],"created":"{~DATE}"}}',
    'Call back {LAST} sir re: Twitch streaming setup — wants Elgato Stream Deck + Sony A6400, quote {~PRICE}, SKU {~SKU}. He streams as "Sonic_Baba" on {~WEEKDAY}s. Number {PHONE}.',
    'Re: Partnership — Team Soul x Pixel Den\n\nHi {FIRST}, thanks for the deck. We can offer {~QUANTITY} of café vouchers for the Lara Croft cosplay night.\n\nBest,\n{NAME}\nPartnerships | Pixel Den Gaming Café\n{PHONE} | {EMAIL}',
  ],
};
