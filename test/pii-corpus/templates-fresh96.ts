/**
 * Blind evaluation set 96: developer conferences, hackathons and tech meetups. Participant and
 * speaker registrations, team formation, travel and visa-invitation letters, badge printing, prize
 * payouts (bank, UPI, IBAN), sponsor booth coordination, code-of-conduct reports, and Discord,
 * Slack and WhatsApp messages with handles next to real names, in India, the US, the UK and Europe
 * (with some German, Spanish, French and Polish lines). Hard negatives sit right next to the PII:
 * software and algorithm names that are people's names (Dijkstra, Bayes, Kotlin, Hadoop, Pascal,
 * Ada, Elixir, Django, Jenkins, the Grace Hopper track), version numbers, repo names, ticket and
 * badge IDs, rooms, tracks, talk titles, times, prices and documentation-range demo IPs
 * (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24).
 *
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH96_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    `Sponsor CRM — DevSummit Bengaluru 2026\nAccount: Hadoop User Group India (community partner)\nPrimary contact: {NAME}, {EMAIL}, {PHONE}\nBooth B-14 next to Hall Ada, setup on {~DATE} from {~TIME}.\nInvoice {~INVOICE} for {~PRICE} raised; PO {~PO} pending.`,
    `Call note ({~DATE}): {FIRST} from the Kotlin meetup wants to co-host the Android track. Reachable on {PHONE}. We agreed to move the talk "Dijkstra's algorithm in production" to Room Pascal at {~TIME}. Account owner: {NAME}.`,
    `speaker_id,full_name,email,phone,talk,track\nSPK-0412,{NAME},{EMAIL},{PHONE},"Elixir at scale: lessons from {~VERSION}",Grace Hopper track\nSPK-0413,{NAME},{EMAIL},{PHONE_EU},"Bayes for busy engineers",Data & ML\nSPK-0414,{NAME},{EMAIL},{PHONE},"Why we left Jenkins",DevOps`,
    `Escalation: speaker {NAME_INIT} (GitHub @lambda-lattice) says the demo server at 203.0.113.42 is unreachable from the venue Wi-Fi; their laptop reports {IP}. Ticket {~TICKET}. The Django 5.1 workshop starts at {~TIME} in Room Jenkins, so please prioritise.`,
    `Thanks for the quick turnaround on the booth layout!\n\n--\n{NAME}\n{~JOB_TITLE}, Developer Relations\nm: {PHONE} | e: {EMAIL}\nSee you at booth 7 (Hall Bayes), {~WEEKDAY} morning.`,
    `Notiz: Herr {LAST} vom Sponsor „Kotlin Tools GmbH“ hat angerufen und bittet um Rückruf unter {PHONE_EU}. Stand 12 in Halle Ada, Aufbau am {~DATE} ab {~TIME}. Rechnung {~INVOICE} über {~PRICE} bitte an {EMAIL} schicken.`,
    `Badge print queue (exported from attendee CRM)\n{NAME_REV} | Badge {~TICKET} | Speaker | Track: Elixir & Erlang\n{NAME_REV} | Badge {~TICKET} | Volunteer | Track: Grace Hopper\n{NAME_REV} | Badge {~TICKET} | Attendee | Track: Hadoop & Big Data\nPrinted at {~TIME} on printer ZEBRA-2, firmware {~VERSION}, serial {~SERIAL}.`,
    `Nota CRM: {NAME} (patrocinador Plata) confirma su stand para el hackathon de {~CITY}. Teléfono {PHONE_EU}, correo {EMAIL}. Factura {~INVOICE} por {~PRICE}. La charla "Hadoop ha muerto, larga vida a Spark" pasa a la sala Turing a las {~TIME}.`,
    `Notatka: Pani {LAST} z firmy partnerskiej prosi o fakturę za stoisko na meetupie „Rust & Kotlin Kraków”. Kontakt: {PHONE_EU}, {EMAIL}. Numer zamówienia {~ORDER}, kwota {~PRICE}. Prelekcja o algorytmie Dijkstry w sali Pascal o {~TIME}.`,
    `Compte rendu : {NAME} (sponsor Or) souhaite déplacer son stand près de la salle Pascal. Le joindre au {PHONE_EU} ou à {EMAIL}. Devis {~INVOICE}, goodies expédiés avec le suivi {~TRACKING}.`,
    `Hi team, {NAME} asked that their speaker bio read "{FIRST} maintains jenkins-x-plugins and the ada-lang formatter". Please update the site before {~WEEKDAY}. Release tag {~VERSION}, tracked in issue {~TICKET}.`,
  ],
  whatsapp: [
    `[{~TIME}] {name}: anyone got the wifi password for Hall Dijkstra?\n[{~TIME}] orga-bot: it's on the back of your badge ({~TICKET})\n[{~TIME}] {name}: +1, also my teammate {NAME} is stuck at the gate, pls call {PHONE}`,
    `#team-formation\nnull_pointer_pranav: looking for a frontend dev for our Elixir + Phoenix idea 🙌\n{FIRST}: count me in! I'm {NAME} on the registration list, GitHub @async-await-ahh\nmod-bot: please add yourselves to the team sheet, deadline {~WEEKDAY} {~TIME}`,
    `Bhai {FIRST}, prize money ka transfer ho gaya? Mera UPI id hai {UPI}. Team "Kotlin Kaizen" ne 2nd place liya tha, {~PRICE} aana chahiye. UTR {~UTR} bhej dena pls 🙏`,
    `@here Speaker check-in update: {NAME} just landed at BLR, reach them on {PHONE} if the cab doesn't show. Their talk "Bayes, Pascal and the art of guessing" moved to {~TIME} in Room Hopper. Slides are tagged {~VERSION} in the repo.`,
    `{FIRST}: ¡Hola! Soy del equipo "Django Desencadenado". ¿Me pasas el número de {NAME}?\nOrga: claro, es el {PHONE_EU}. El jurado empieza a las {~TIME} en la sala Ada.\n{FIRST}: ¡gracias! 🙌`,
    `{FIRST}: cześć, zgubiłam identyfikator {~TICKET} 😅\nwolontariusz: spoko, podejdź do recepcji i podaj imię, nazwisko i telefon\n{FIRST}: {NAME}, {PHONE_EU}\nwolontariusz: dzięki, nowy wydruk będzie gotowy o {~TIME}`,
    `{FIRST}: Moin! Unser Demo-Server läuft auf 198.51.100.23, falls ihr testen wollt.\n{name}: bei mir geht nix, meine IP ist {IP}, vielleicht Firewall?\n{FIRST}: Jenkins-Build {~VERSION} ist grün, probier nochmal.`,
    `hey, this is {name}. I'm not comfortable posting in #general. The person who made those comments during the Hadoop workshop was {NAME} (badge {~TICKET}). Please call me on {PHONE} rather than email. thanks`,
    `{NAME} created group "HackNight {~MONTH} — Team Pascal"\nAdmin added {PHONE}\n{FIRST}: welcome! standup at {~TIME}, repo is github.com/hacknight/ada-scheduler, main branch is on {~VERSION}`,
    `good morning everyone ☀️ reminder: lightning talk sign-up closes at {~TIME}. ping {name} or mail {EMAIL_SPELT} to grab a slot. topics so far: Dijkstra's algorithm on GPUs, Kotlin Multiplatform {~VERSION}, "Why Bayes?"`,
    `{FIRST} : Salut ! Le badge de {NAME} n'a pas été imprimé. Son numéro : {PHONE_EU}.\nAccueil : ok, je relance l'impression, réf {~TICKET}. Rendez-vous salle Elixir à {~TIME}.`,
  ],
  kyc: [
    `INVITATION LETTER\n\nTo the Consular Section, Embassy of Germany, New Delhi\n\nWe confirm that {NAME_UP}, holder of passport no. {PASSPORT}, is invited to speak at JSWorld Berlin on {~DATE}. Talk: "Dijkstra's algorithm for route planning in Kotlin". Travel and hotel (booking ref {~REF_EU}) are covered by the organisers.\n\nContact: {NAME}, Program Chair, {EMAIL}, {PHONE_EU}`,
    `Prize payout form — HackBLR 2026\nWinner: {NAME}\nPAN: {PAN}\nAadhaar: {AADHAAR}\nBank IFSC: {IFSC}\nUPI (backup): {UPI}\nPrize: {~PRICE} (Best use of Django)\nTeam ID: T-{~OTP}`,
    `US prize winners must submit tax info before payout.\nName: {NAME}\nSSN: {SSN}\nMailing address: {~STREET}, {~CITY}\nAmount: {~PRICE} (Grand Prize, Ada track)\nForm received {~DATE}.`,
    `Hi {FIRST}, congrats on winning the Hadoop challenge! Since you don't have an SSN, please confirm the ITIN we have on file, {ITIN}, and the payout email {EMAIL}. Payment goes out on {~WEEKDAY}.`,
    `Payee details (UK hackathon, Manchester)\nFull name: {NAME}\nNational Insurance number: {NINO}\nIBAN: {IBAN}\nContact: {PHONE}\nInvoice ref: {~INVOICE}\nCategory: Hadoop/Spark challenge, runner-up`,
    `Datos para el pago del premio (Hackathon Madrid):\nNombre: {NAME}\nDNI/NIE: {NIF}\nIBAN: {IBAN}\nEquipo: "Los Pascalitos", proyecto de clasificador de Bayes ingenuo\nImporte: {~PRICE}\nNota: el DNI {~NIF_INVALID} del formulario anterior tenía la letra mal; corregido arriba.`,
    `Formularz wypłaty nagrody — Hackathon Wrocław\nImię i nazwisko: {NAME}\nPESEL: {PESEL}\nNumer konta (IBAN): {IBAN}\nTelefon: {PHONE_EU}\nKategoria: najlepsze użycie Elixira, wersja {~VERSION}`,
    `Einladungsschreiben\n\nSehr geehrte Damen und Herren,\nhiermit laden wir {NAME} (Reisepassnummer {PASSPORT}) als Referent:in zur Konferenz „Kotlin & Co.“ am {~DATE} in {~CITY} ein. Der Vortrag „Bayes im Browser“ findet im Saal Hopper statt. Rückfragen: {EMAIL}, {PHONE_EU}.\n\nMit freundlichen Grüßen\nDas Orga-Team`,
    `Sponsor KYC — Gold tier\nCompany: Pascal Labs Pvt Ltd\nGSTIN: {GSTIN}\nAuthorised signatory: {NAME}, PAN {PAN}\nAadhaar: {AADHAAR}\nNote: the earlier Aadhaar entry {~VERHOEFF_INVALID_12} failed validation and was discarded.`,
    `Travel desk: please book flights for {NAME_INIT}. Passport {PASSPORT}, mobile {PHONE}, email {EMAIL}. Arrival {~DATE} at {~TIME}; keynote in the Grace Hopper track the next morning. Card for the hotel guarantee: {CARD} (the old test card {~LUHN_INVALID_16} bounced).`,
    `Lettre d'invitation\n\nNous certifions que {NAME}, passeport n° {PASSPORT}, interviendra au DevFest Lyon le {~DATE} (atelier « Ada et la programmation sûre », salle Dijkstra). Contact : {EMAIL}, {PHONE_EU}.`,
  ],
  refund: [
    `Refund request {~TICKET}\nAttendee: {NAME}\nEmail: {EMAIL}\nTicket: Early Bird, {~PRICE}\nReason: the visa invitation letter arrived too late. Order {~ORDER}.\nPlease refund to card {CARD}.`,
    `Hi, I'm {NAME}. I bought two workshop seats (order {~ORDER}) but the Jenkins pipelines workshop got cancelled. Please refund {~PRICE} to my UPI {UPI}. My number is {PHONE}.`,
    `claim_id,speaker,iban,amount,notes\nTR-{~OTP},{NAME},{IBAN},{~PRICE},"train Berlin–Hamburg, talk: Bayes in Rust"\nTR-{~OTP},{NAME},{IBAN},{~PRICE},"hotel 2 nights, Kotlin workshop"`,
    `Hola, soy {NAME}. Compré la entrada para el meetup de Django en {~CITY} (pedido {~ORDER}) y no pude asistir. ¿Podéis devolver {~PRICE} a mi cuenta {IBAN}? Mi DNI es {NIF}. Gracias.`,
    `Dzień dobry, nazywam się {NAME}. Proszę o zwrot {~PRICE} za bilet na hackathon (zamówienie {~ORDER}). Numer konta: {IBAN}. Tel. {PHONE_EU}. Pozdrawiam`,
    `Erstattung: {NAME} storniert die Teilnahme an der Hadoop-Schulung. Bestellnummer {~REF_EU}, Betrag {~PRICE}. Auszahlung auf IBAN {IBAN}. Rückfragen an {EMAIL}.`,
    `Reimbursement for volunteer {NAME}: cab fare Rs. 1,240 plus lunch. A/c holder {NAME_UP}, IFSC {IFSC}, UPI {UPI}. UTR of the original payment {~UTR}. Approved by {FIRST} on {~DATE}.`,
    `Stripe dispute on order {~ORDER} ({~PRICE}), card {CARD}. Cardholder {NAME} claims they never attended "Grace Hopper track: Ada in safety-critical systems", but the badge scan log shows check-in at {~TIME} from scanner {~SERIAL}.`,
    `Refund approved: {NAME} ({EMAIL}), duplicate registration for the Pascal & Delphi retro meetup. {~PRICE} back to card {CARD}. Invoice {~INVOICE} voided.`,
    `Dear organisers,\n\nMy company paid twice for my DevOpsDays ticket (invoices {~INVOICE} and {~INVOICE}). Could you please refund one of them?\n\nKind regards,\n{NAME}\n{~JOB_TITLE}\n{PHONE}`,
    `Bonjour, je suis {NAME}. Le hackathon « Elixir & Erlang » a été annulé le {~DATE}. Merci de me rembourser {~PRICE} sur l'IBAN {IBAN}. Commande {~ORDER}.`,
  ],
  lead: [
    `Booth lead (scanned {~DATE} {~TIME})\nName: {NAME}\nRole: {~JOB_TITLE}\nEmail: {EMAIL}\nPhone: {PHONE}\nInterest: Jenkins migration, Kotlin backend\nBadge: {~TICKET}`,
    `New registration — Hack the Monsoon, Pune\nFull name: {NAME}\nGitHub: @curry-howard\nEmail: {EMAIL}\nWhatsApp: {PHONE}\nT-shirt: L\nDietary: veg\nTeam: "Dijkstra's Disciples"\nHeard about us: Hadoop meetup`,
    `CFP submission {~UUID}\nSpeaker: {NAME_REV}\nContact: {EMAIL}\nTitle: "From Pascal to Elixir: 30 years of concurrency"\nLevel: intermediate\nPreferred slot: {~WEEKDAY} {~TIME}`,
    `Hi! I'm {FIRST}, organising a Django Girls day in {~CITY}. Could your company sponsor the coffee? Budget is about {~PRICE}. Reach me at {EMAIL_SPELT} or {PHONE}.`,
    `rsvp,name,email,phone,ticket\nyes,{NAME},{EMAIL},{PHONE},{~TICKET}\nmaybe,{name},{EMAIL},,{~TICKET}\nyes,{NAME},{EMAIL},{PHONE_EU},{~TICKET}`,
    `Nuevo contacto desde el stand: {NAME}, {~JOB_TITLE} en una startup de {~CITY}. Quiere una demo de la integración con Jenkins. Tel: {PHONE_EU}, email: {EMAIL}.`,
    `Lead z meetupu „Kotlin Warszawa”: {NAME}, tel. {PHONE_EU}, e-mail {EMAIL}. Pytał o wersję {~VERSION} i licencje na {~QUANTITY}.`,
    `Kontaktanfrage: {NAME} möchte beim Elixir-Stammtisch einen Vortrag halten. Erreichbar unter {PHONE_EU} oder {EMAIL_SPELT}. Thema: „Bayes’sche Statistik mit Nx“, Termin am {~WEEKDAY}.`,
    `{name} [{~TIME}]: met {NAME} at the Grace Hopper track lunch, they're a {~JOB_TITLE} evaluating our API. card says {EMAIL}, {PHONE}. spun up a demo server for their team at 192.0.2.15`,
    `Prospect salon : {NAME}, rencontré·e au stand 12. Tél. {PHONE_EU}, courriel {EMAIL}. Intéressé·e par notre offre Hadoop managée ; relancer le {~DATE}.`,
    `Mentor sign-up\nName: {NAME_INIT}\nHandle: @dijkstra_fan\nEmail: {EMAIL}\nAvailable: {~WEEKDAY}s from {~TIME}\nStacks: Ada, Pascal, Kotlin, Django {~VERSION}`,
  ],
};
