/**
 * Blind evaluation set 41: media, entertainment and the creator economy. Influencer-marketing
 * agencies, talent and artist management, event ticketing and box offices, music and dance
 * teachers, photographers and wedding videographers, podcast guest booking, film-shoot location
 * and crew coordination, fan-club and membership support, across India, the US and Europe.
 * Formats: DMs and WhatsApp chats (lowercase, Hinglish, emoji, brand @handles), booking forms as
 * key: value, crew call sheets as tables, CSV and JSON exports, contracts' party blocks, e-mail
 * threads with signatures and ticket-support transcripts with speaker labels. Hard negatives sit
 * next to the real PII: stage names and band names that look like people's names, show and film
 * titles that contain names, seat and row numbers, booking references, prices in ₹/$/€, dates and
 * times, follower counts, episode numbers, ISRC codes and hashtags. Mostly English, with Hinglish,
 * Spanish, Portuguese, French, German, Italian and Polish.
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH41_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Talent roster update — Bloomline Creators\nCreator: {NAME} (stage name "Lady Jalebi", 412k followers on IG)\nManager: {FIRST}\nPhone: {PHONE}\nEmail: {EMAIL}\nNext deliverable: 3 reels for {~PRODUCT}, fee {~PRICE}, due {~DATE}.',
    'From: {EMAIL}\nTo: bookings desk\nSubject: Re: Midnight Marigold — Pune show, {~DATE}\n\nHi team,\nThe band is confirmed for the {~TIME} slot. Rider and stage plot attached. Please settle the advance of {~PRICE} against invoice {~INVOICE}.\n\nBest,\n{NAME}\nTour Manager, Midnight Marigold\nM: {PHONE}',
    'CALL SHEET — "Waiting for Meera" (feature), Day 7 of 22 | {~WEEKDAY} {~DATE}\nUnit call {~TIME} | Location: {~STREET}, {~CITY}\n\n| Role | Name | Phone | Call |\n|---|---|---|---|\n| Director | {NAME} | {PHONE} | {~TIME} |\n| 1st AD | {NAME} | {PHONE} | {~TIME} |\n| DoP | {NAME_INIT} | {PHONE_EU} | {~TIME} |\n| Location manager | {NAME} | {PHONE} | {~TIME} |\n\nScenes 42A, 43 — INT. MEERA\'S FLAT — NIGHT',
    'artist_id,legal_name,stage_name,mobile,email,followers\nART-0412,{NAME},DJ Saffron,{PHONE},{EMAIL},128k\nART-0413,"{NAME_REV}",Baba Bassline,{PHONE},{EMAIL},1.2M',
    'Campaign #GlowWithGaia (Q3) — shortlisted creators: {NAME} (beauty, 86.4k), {NAME} (travel, 210k), {NAME_INIT} (food, 45k). Brief sent by {FIRST} on {~DATE}. Budget {~PRICE} across 12 deliverables, PO {~PO}.',
    'Guest pipeline — "The Long Table" podcast, Ep. 118\nGuest: {NAME}, {~JOB_TITLE}\nBooked via: {EMAIL}\nRecording: {~WEEKDAY}, {~TIME} CET, Studio 2\nNotes: prefers to be introduced as Dr. {LAST}; do not mention the old band "Kiara Nights".',
    'Von: {EMAIL}\nBetreff: Drehgenehmigung {~CITY}, Motiv Altbauwohnung\n\nHallo Frau {LAST},\nwir bestätigen den Drehtag am {~DATE} ab {~TIME}. Die Motivmiete beträgt {~PRICE}, die Rechnung folgt unter {~INVOICE}.\nBei Rückfragen: {PHONE_EU}\n\nViele Grüße\n{NAME}\nAufnahmeleitung, Nordlicht Film GmbH',
    'Lead converted ✅ Couple: {NAME} & {NAME}\nEvent: Sangeet + wedding, {~DATE}, {~CITY}\nPackage: Cinematic Gold, {~PRICE} (advance paid, UTR {~UTR})\nPOC (bride\'s brother): {FIRST}, {PHONE}\nDrone + 2 cams, teaser reel within 10 days.',
    'Spring recital roster — Harmony House Music School\nStudent: {NAME} (piano, grade 4), parent {NAME}, {PHONE}\nStudent: {NAME} (violin), parent email {EMAIL}\nPieces: "Für Elise", "Ode to Joy" — Saturday {~TIME}, Hall B, row C.',
    'Member record FC-20931 — Official Fan Club of Los Hermanos Lunares\nName: {NAME}\nTier: Gold (renews in {~MONTH})\nEmail: {EMAIL}\nWelcome kit {~SKU}, tracking {~TRACKING}\nNote: member asked to update phone to {PHONE_EU}.',
    'Ciao {FIRST},\nti confermo il servizio fotografico per il matrimonio del {~DATE} a {~CITY}. Arrivo alle {~TIME}, con il secondo fotografo {NAME}.\nSaldo di {~PRICE} su IBAN {IBAN}.\nA presto,\n{NAME}\nStudio Luce & Grano — {PHONE_EU}',
    'Note d\'appel — {NAME} ({PHONE_EU}) souhaite réserver la salle pour le showcase de « Jeanne & les Loups » le {~DATE}. Jauge 300 places, devis {~INVOICE} à {~PRICE}. Rappeler {~WEEKDAY} avant {~TIME}.',
    'Notatka: rozmowa z p. {NAME} ({PHONE_EU}), agentką zespołu „Pan Tadeusz Orchestra". Koncert w {~CITY} {~DATE}, gaża {~PRICE}, rider techniczny do {~WEEKDAY}. Kontakt mailowy: {EMAIL}.',
    'Seguimiento campaña "Verano con Lola": creadora {NAME}, 92,3 mil seguidores, contacto {EMAIL}, móvil {PHONE_EU}. Tarifa acordada {~PRICE} por 2 reels + 4 stories, entrega el {~DATE}. #VeranoConLola',
    'Olá {FIRST},\nsegue o contrato da turnê "Fado na Estrada" — 6 datas, a primeira em {~CITY} no dia {~DATE}. O cachê de {~PRICE} será pago à produtora. Qualquer dúvida, fale com {NAME} pelo {PHONE_EU}.\nAbraço,\n{NAME_INIT}',
    '{"production":"Chai & Chaos S2","episode":"Ep. 06","crew":[{"role":"gaffer","name":"{NAME}","phone":"{PHONE}"},{"role":"sound","name":"{NAME}","email":"{EMAIL}"}],"call":"{~TIME}","ref":"{~UUID}"}',
  ],
  whatsapp: [
    'hii {name} 😍 loved ur last reel!! we\'re running a collab for #DiwaliDrip, 3 reels + 2 stories, budget {~PRICE}. can u mail ur rate card to {EMAIL}?',
    '[10:42] {FIRST}: bhai shoot kal {~TIME} se hai, location {~STREET} pe\n[10:43] {FIRST}: DoP ka number {PHONE} hai, usko call kar lena 🎥\n[10:44] Me: done 👍 call sheet bhejo',
    'hey! {FIRST} here from Lady Jalebi\'s team 💃 {~CITY} show on {~DATE} is SOLD OUT 🔥 guestlist: {name} +1, {name} +2. any changes ping me on {PHONE}',
    'didi dance class ki fees {~PRICE} bhej di {UPI} pe ✅ {FIRST} ka naam batch B mein daal dena 🙏',
    'podcast team here 🎙️ "Ep. 143 — Chai With Kabir" records {~WEEKDAY} {~TIME}. guest {NAME} confirmed, reach her at {PHONE} if she\'s late',
    'wedding shoot update 📸 bride {name} ke side se {FIRST} ji coordinate karenge, number {PHONE}. haldi {~DATE} {~TIME}, baraat next day',
    'holaa {FIRST}!! 🎶 ya tengo tus 2 entradas para Los Hermanos Lunares, fila 12 asientos 7 y 8, ref {~TICKET}. te las reenvío al {PHONE_EU} o a {EMAIL}?',
    'oi {FIRST} 😊 a aula de violão de quinta mudou pra {~TIME}. valor do mês {~PRICE}, pode ser pix. qualquer coisa me chama no {PHONE_EU}',
    'coucou {FIRST} ! le clip de « Jeanne & les Loups » sort le {~DATE} 🎬 tu peux envoyer les rushes à {EMAIL} ? merci 🙏',
    'ciao {name} 📷 stasera ti mando il link della gallery del matrimonio, password {~OTP}. per la stampa dell\'album chiama {NAME} al {PHONE_EU}',
    'hey {FIRST} 👋 Bandprobe für „Die Kleinen Meiers" ist {~WEEKDAY} um {~TIME}. Ersatz am Bass ist {NAME}, Nummer {PHONE_EU} 🎸',
    'cześć {FIRST} 🎤 bilety na stand-up "Wieczór z Kasią" – rząd F, miejsca 11-12, rezerwacja {~TICKET}. płatność BLIK na {PHONE_EU} ok?',
    'yo {name} 🙌 brand wants usage rights for 6 months, adding {~PRICE} on top. my manager {NAME} will send the contract, his email is {EMAIL_SPELT}',
    'ok final list for the fan meet 🎟️\n1. {name} - {PHONE}\n2. {name} - {PHONE}\n3. {NAME} - {EMAIL}\ngates open {~TIME}, event code {~TICKET}',
    'sir mera naam {name} hai, Kathak class ke liye enquiry thi 🙏 weekend batch {~TIME} wala available hai? mera number {PHONE}',
    '{FIRST} bhaiya 🙏 1.2M followers cross ho gaye!! 🎉 agency wale {NAME} ne {PHONE} se call kiya tha, collab ka rate {~PRICE} bol rahe',
  ],
  kyc: [
    'ARTIST MANAGEMENT AGREEMENT\nThis Agreement is made on {~DATE} between:\n(1) Bloomline Talent LLP, GSTIN {GSTIN} ("Manager"); and\n(2) {NAME_UP}, professionally known as "DJ Saffron", PAN {PAN}, Aadhaar {AADHAAR}, residing at {~STREET}, {~CITY} {~PINCODE} ("Artist").',
    'Creator payout onboarding\nLegal name: {NAME}\nChannel: "Kitchen Tales with Rosie" (1.8M subscribers)\nPAN: {PAN}\nBank IFSC: {IFSC}\nUPI: {UPI}\nMobile: {PHONE}',
    'W-9 received — Talent: {NAME}, stage name "Johnny Velvet"\nSSN: {SSN}\nEmail: {EMAIL}\nRate: {~PRICE} per episode, Season 3 (episodes 301–310)\nPayroll ref {~INVOICE}',
    'Non-resident performer withholding: {NAME}, ITIN {ITIN}, touring with "The Marigold Sisters"; agent phone {PHONE}. 1042-S for the show on {~DATE}.',
    'CONTRATO DE ACTUACIÓN ARTÍSTICA\nDe una parte, D. {NAME}, con NIF {NIF}, en nombre de la orquesta "Los Hermanos Lunares"; y de otra, Teatro Nube S.L.\nCaché: {~PRICE}. Fecha: {~DATE}. Cuenta de abono: {IBAN}. Teléfono de contacto: {PHONE_EU}.',
    'UMOWA O DZIEŁO nr {~INVOICE}\nZamawiający: Studio Filmowe Kadr Sp. z o.o.\nWykonawca: {NAME}, PESEL {PESEL}, tel. {PHONE_EU}\nPrzedmiot: montaż teledysku „Wieczór z Kasią", termin {~DATE}, wynagrodzenie {~PRICE}.',
    'Crew start form — "Chasing Rosalind" (feature)\nName: {NAME}\nNI number: {NINO}\nDepartment: Camera, 2nd AC\nDaily rate: {~PRICE}\nBank: {IBAN}\nEmergency contact: {NAME}, {PHONE}',
    'Visa list — "Sufi Static Live" Europe tour, leg 2\n{NAME_UP} | Passport {PASSPORT} | seat 14C\n{NAME_UP} | Passport {PASSPORT} | seat 14D\nFlight AI-131 departs {~TIME}, booking ref {~ORDER}',
    'Künstlervertrag — Vertragsparteien\nVeranstalter: Klangraum Events GmbH, vertreten durch {NAME}\nKünstler: {NAME_REV} (Künstlername „Baba Bassline")\nIBAN: {IBAN}\nTelefon: {PHONE_EU}\nGage: {~PRICE}, zahlbar bis {~DATE}',
    'Contrat de cession — Parties\nLe Producteur : Les Films du Phare SARL, représentée par Mme {LAST}\nL\'Artiste : {NAME}, joignable au {PHONE_EU}, courriel {EMAIL}\nRIB / IBAN : {IBAN}\nSigné à {~CITY} le {~DATE}',
    'Liberatoria fotografica\nIl/La sottoscritto/a {NAME}, codice cliente {~REF_EU}, autorizza Studio Luce & Grano all\'uso delle immagini del matrimonio del {~DATE}. Contatto: {PHONE_EU} — {EMAIL}',
    'TAX INVOICE {~INVOICE}\nBilled by: {NAME} Wedding Films, GSTIN {GSTIN}, PAN {PAN}\nBilled to: {NAME}\nEvent: Reception, {~DATE}, {~CITY}\nAmount: {~PRICE} (incl. 18% GST)\nPay to: IFSC {IFSC}, UPI {UPI}',
    '{"release_id":"{~UUID}","project":"Dil Se Dance S2","episode":14,"talent":{"name":"{NAME}","aadhaar":"{AADHAAR}","pan":"{PAN}","phone":"{PHONE}"}}',
    'Dancer onboarding (re-check): {NAME}, Aadhaar entered as {~VERHOEFF_INVALID_12} failed validation; corrected Aadhaar {AADHAAR}. PAN {PAN}. Batch: Bollywood Fusion, {~WEEKDAY} {~TIME}.',
    'Membership KYC — Platinum Fan Pass (Kiara Nights)\nHolder: {NAME}\nCard on file: {CARD}\nIP at signup: {IP}\nNFC wristband {~SERIAL}\nRenewal: {~MONTH}, {~PRICE}',
    'Alta de fotógrafo colaborador: {NAME}, NIF {NIF} (el anterior {~NIF_INVALID} era erróneo), móvil {PHONE_EU}, IBAN {IBAN}. Tarifa boda completa {~PRICE}.',
  ],
  refund: [
    'Chat transcript — TicketNest support {~TICKET}\nAgent: Hi, you\'re chatting with {FIRST}. How can I help?\nCustomer: hi, I booked 2 seats for "Midnight Marigold Live" (Row H, seats 21–22), booking ref {~ORDER}, but the show got moved to {~DATE}.\nAgent: Sorry about that! Can you confirm the email on the booking?\nCustomer: {EMAIL}\nAgent: Thanks. A refund of {~PRICE} is initiated to the card ending 4412.',
    'Refund request\nName: {NAME}\nPhone: {PHONE}\nEvent: Comedy Night ft. Uncle Bunty, {~DATE} {~TIME}\nTickets: 3 × Gold, Row B seats 4–6\nAmount: {~PRICE}\nUPI for refund: {UPI}\nReason: charged twice, UTR {~UTR}',
    'Cliente: Hola, soy {NAME}. Compré dos entradas para Los Hermanos Lunares en {~CITY} y el concierto se canceló.\nAgente: Lo siento mucho. ¿Me das el número de pedido?\nCliente: {~ORDER}. El cargo fue en la tarjeta {CARD}.\nAgente: Perfecto, el reembolso de {~PRICE} llegará en 5-7 días hábiles.',
    'Zgłoszenie {~TICKET}: {NAME} prosi o zwrot {~PRICE} za bilety na koncert „Die Kleinen Meiers" (sektor B2, rząd 8). Numer konta: {IBAN}. Kontakt: {PHONE_EU}, {EMAIL}.',
    'Subject: Refund — "An Evening with Ruth & Gus" (podcast live taping)\nHi, this is {NAME}. I bought a VIP meet & greet ({~PRICE}) on {~DATE} but the taping moved to {~WEEKDAY}. Please refund my Visa {CARD}. Order {~ORDER}. Call me at {PHONE} if needed.\nThanks,\n{FIRST}',
    'ma\'am main {name} ki mummy bol rahi hoon 🙏 summer dance camp cancel karna hai, fees {~PRICE} wapas chahiye. GPay {UPI} pe bhej dijiye. receipt no {~INVOICE}',
    'Dispute note — Studio Ember Photography\nClient {NAME} ({EMAIL}) requests a partial refund of {~PRICE}: second shooter {NAME} left at {~TIME}, before the first dance. Contract {~INVOICE}. Chargeback filed on card {CARD}.',
    'Bonjour,\nJe suis {NAME}, membre du fan-club « Les Amis de Jeanne » (n° de membre {~REF_EU}). J\'ai été débité deux fois de {~PRICE} le {~DATE}. Merci de rembourser sur l\'IBAN {IBAN}.\nCordialement,\n{NAME_INIT}\n{PHONE_EU}',
    'Kundin: Hallo, {NAME} hier. Mein Ticket für „Tatort live" war für Reihe 5, Platz 17, aber den Platz gab es nicht.\nMitarbeiter ({FIRST}): Das tut mir leid. Ihre Buchungsnummer?\nKundin: {~REF_EU}\nMitarbeiter: Die Erstattung über {~PRICE} geht auf Ihre Karte. Rückruf unter {PHONE_EU}?\nKundin: Ja, bitte.',
    'Richiesta rimborso corso di canto\nAllieva: {NAME}\nInsegnante: {NAME}\nLezioni non svolte: 4 (dal {~DATE})\nImporto: {~PRICE}\nIBAN: {IBAN}\nTelefono: {PHONE_EU}',
    'Olá, meu nome é {NAME}. Cancelei a inscrição no workshop de fotografia de casamento (turma de {~MONTH}) e ainda não recebi o reembolso de {~PRICE}. Pedido {~ORDER}. E-mail: {EMAIL}.',
    'Support ticket {~TICKET}\nFrom: {EMAIL}\nMember: {NAME_REV}\nItem: tour hoodie "Sufi Static — World Tour", {~SKU}, size L\nIssue: wrong size, tracking {~TRACKING}\nRefund {~PRICE} to original card; login IP {IP}.',
    'refund_id,customer,phone,event,seats,amount,status\nRF-0091,{NAME},{PHONE},Ella Tribute Night 21:00,K7;K8,{~PRICE},approved\nRF-0092,"{NAME_REV}",{PHONE},Ella Tribute Night 21:00,K9,{~PRICE},pending',
    'Hi {FIRST},\nyour refund for the Creator Pro plan (invoice {~INVOICE}, {~PRICE}) is on its way to {UPI}. Bank ref {~UTR}.\n— {NAME}, Billing, Reelstack',
    'Agent: I see the card number you read out, {~LUHN_INVALID_16}, fails validation. Could you check it again?\nCustomer ({NAME}): sorry, it\'s {CARD}.\nAgent: Got it. The refund of {~PRICE} for booking {~ORDER} goes back there.',
    'bhai mera movie ticket "Meera Ki Shaadi" ka, audi 3, seats J11-J12, {~TIME} wala show cancel hua. booking id {~ORDER}, {~PRICE} abhi tak nahi aaya 😤 mera number {PHONE}, naam {NAME}',
  ],
  lead: [
    'New booking enquiry (website form)\nName: {NAME}\nEmail: {EMAIL}\nPhone: {PHONE}\nEvent type: Wedding (3 days)\nDates: {~DATE}\nVenue city: {~CITY}\nBudget: {~PRICE}\nHow did you hear about us: Instagram @studioember',
    'Hi! I\'m {NAME}, {~JOB_TITLE} and author of "Letters to Anaya". I\'d love to be a guest on Ep. 150 of Creator Chai. My publicist {NAME} can be reached at {EMAIL} or {PHONE}.',
    'hello ji, hum ek D2C skincare brand hain 🌿 {~PRODUCT} launch ke liye 5 micro creators chahiye (10k-50k followers). contact {NAME}, {PHONE}, budget {~PRICE}',
    'Solicitud de presupuesto\nNombre: {NAME}\nCorreo: {EMAIL}\nTeléfono: {PHONE_EU}\nServicio: vídeo de boda + dron\nFecha: {~DATE}\nLugar: finca en {~CITY}\nComentarios: nos encantó vuestro vídeo "Boda en la Alhambra"',
    'Anfrage Tanzunterricht\nName: {NAME}\nE-Mail: {EMAIL}\nTelefon: {PHONE_EU}\nKurs: Salsa für Anfänger, {~WEEKDAY} {~TIME}\nNachricht: Wir kommen zu zweit, mein Partner heißt {FIRST}.',
    'Demande de tournage — repérage\nSociété : Les Films du Phare\nContact : {NAME}, {PHONE_EU}\nDécor recherché : appartement haussmannien, {~ROOMS}\nDates : du {~DATE} au {~DATE}\nÉquipe : 25 personnes',
    'Buongiorno, sono {NAME} e vorrei iscrivere mia figlia {FIRST} al corso di pianoforte (livello base). Disponibilità: {~WEEKDAY} pomeriggio. Potete richiamarmi al {PHONE_EU}? Grazie.',
    'Formularz: rezerwacja fotobudki\nImię i nazwisko: {NAME}\nE-mail: {EMAIL}\nTelefon: {PHONE_EU}\nData wesela: {~DATE}\nSala: Dwór pod Lipami, {~CITY}\nLiczba gości: 120',
    'Olá! Sou {NAME}, empresário da banda "Zé e os Tubarões". Queremos fechar 2 datas no festival em {~MONTH}. Cachê a partir de {~PRICE}. WhatsApp {PHONE_EU}, e-mail {EMAIL}.',
    '{"lead_id":"{~UUID}","source":"instagram_dm","handle":"@velvetframes.films","contact":{"name":"{NAME}","phone":"{PHONE}","email":"{EMAIL}"},"interest":"pre-wedding shoot","budget":"{~PRICE}","created_at":"{~DATE} {~TIME}"}',
    'Inquiry from {NAME} ({~JOB_TITLE}, Brightwave Inc.) for a 90-min DJ set by Johnny Velvet at their holiday party on {~DATE}. 300 guests. Call {PHONE} or email {EMAIL}. PO {~PO} to follow.',
    'Join request — Kiara Nights Fan Club\nFull name: {NAME_REV}\nEmail: {EMAIL_SPELT}\nCountry: India\nFavourite track: "Saawan Again" (ISRC INZ031900417)\nReferral code: KN-4471',
    'hi team, main {name} hoon, ek startup founder 🚀 aapke podcast pe aana chahta hoon. ep 87 with RJ Masala dekha tha, mast tha! contact: {PHONE}, {EMAIL}',
    'Casting call response — "Finding Farah" (web series)\nApplicant: {NAME}\nPlaying age: 22–28\nHeight: 5\'7"\nShowreel: link in DM\nAgent: {NAME_INIT}, {PHONE}\nAvailable from: {~MONTH}',
    'hi! humari shaadi {~DATE} ko hai {~CITY} mein 💍 candid + traditional dono chahiye. groom {name}, mera naam {name}. call after {~TIME} on {PHONE} 🙏',
    'Hello,\nWe manage the creator "Chef Ammi" (2.3M on YouTube) and are looking for a videographer for a 4-day Goa shoot starting {~DATE}. Day rate up to {~PRICE}.\n\nWarm regards,\n{NAME}\nPartnerships Lead, Reelstack Talent\n{PHONE} | {EMAIL}',
  ],
};
