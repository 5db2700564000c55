/**
 * Blind evaluation set 79: PR, advertising and influencer-marketing agencies in India, the US, the UK
 * and Europe — media lists of journalists with beats, press-release distribution notes, influencer
 * outreach DMs and contracts, campaign briefs, shoot call sheets, freelancer invoices and payment
 * follow-ups, event guest lists, crisis-comms Slack threads and PR-CRM CSV exports. Real PII sits
 * beside hard negatives: publication and show names that look like people (Femina, Vogue, The Hindu,
 * Marie Claire, Jimmy Kimmel Live), agencies named after people (Ogilvy, Leo Burnett, Dentsu, Saatchi),
 * campaign IDs, hashtags, follower counts, rates in ₹/$/£/€, dates and times.
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH79_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'CALL SHEET — Day 2 — "Monsoon Edit" (client: Marks & Spencer, agency: Saatchi & Saatchi)\nCall: {~TIME} | Wrap: 20:00 | Weather: rain likely\nDirector: {NAME} {PHONE}\nDOP: {NAME_INIT}\nTalent: {NAME_UP} (look 1–4), {NAME} (look 5)\nDriver (Innova, {~TRACKING}): {FIRST} {PHONE}\nUnit base: {~STREET}, {~CITY} {~PINCODE}',
    'FOR IMMEDIATE RELEASE\nGucci names new India lead; Ogilvy retained for launch.\n…\nMedia contacts:\n{NAME_REV} | {EMAIL} | {PHONE}\n{NAME} | {EMAIL_SPELT}\n###',
    'Media list — Lifestyle (Mumbai)\n1. {NAME}, Features Editor, Femina — {EMAIL} — {PHONE} — beat: beauty, wellness\n2. {NAME}, Senior Writer, Vogue India — {EMAIL} — prefers WhatsApp after {~TIME}\n3. Grazia desk (generic inbox only, no named contact)\nLast refreshed {~DATE}.',
    'journalist_id,full_name,outlet,beat,email,phone,last_pitched\nJ-00417,"{NAME_REV}",The Hindu BusinessLine,FMCG,{EMAIL},{PHONE},{~DATE}\nJ-00422,"{NAME_REV}",Marie Claire UK,fashion,{EMAIL},{PHONE},{~DATE}',
    'Press release distribution note ({~DATE}): embargo lifts {~TIME} IST. Send to {NAME} at Mint ({EMAIL}) and {NAME_INIT} at Economic Times. Do NOT send to the Forbes India general desk. Release ID {~TICKET}.',
    'Campaign brief #GlowUpDiwali / campaign ID CMP-24-0117\nClient: Lakmé (brand manager {NAME}, {EMAIL})\nAgency lead: {NAME}, Ogilvy Mumbai\nBudget: {~PRICE} across {~QUANTITY} of sampling kits\nKPIs: 2.4M reach, 4% ER. Deadline {~DATE}.',
    'Contact record updated by {FIRST}. Stakeholder: {NAME_INIT} ({~JOB_TITLE}, Leo Burnett Chicago). Direct line {PHONE}. Notes: not the same person as the Leo Burnett founder, obviously lol — this is the CMO\'s chief of staff.',
    'Outlet: Jimmy Kimmel Live (ABC). Booking producer {NAME}, {EMAIL}, cell {PHONE}. Segment pitch for the {~PRODUCT} launch, tape date {~DATE}. Ticket {~TICKET}.',
    'Deal stage moved to "Contract sent" for creator {NAME} (@thedesiwanderer, 412K followers). Fee {~PRICE} for 2 Reels + 3 Stories. Manager: {NAME}, {PHONE}.',
    'export_pr_crm_{~DATE}.csv\nname;publication;city;email;mobile\n{NAME};Le Figaro Madame;{~CITY};{EMAIL};{PHONE_EU}\n{NAME};Gala;{~CITY};{EMAIL};{PHONE_EU}\n{NAME};Twój Styl;{~CITY};{EMAIL};{PHONE_EU}',
    'Coverage tracker: Dentsu x Tanishq piece ran in Harper\'s Bazaar on {~DATE}, byline {NAME}. AVE {~PRICE}. Thank-you note sent to {EMAIL} by {FIRST}.',
    'Call log {~DATE} {~TIME}: {LAST} from The Guardian rang back on {PHONE} re: the Saatchi & Saatchi layoffs story. Wants a quote from {NAME} by EOD. Do not confirm numbers.',
    'Influencer roster (Q3)\n- {NAME} | @fitwithfuel | 1.2M | ₹4.5L per Reel | mgr {EMAIL}\n- {NAME} | @chaiandchapters | 88K | ₹60,000 | {PHONE}\n- Cosmopolitan India (publication, not a creator)',
    'Guest list — launch night, Soho House Mumbai, {~DATE}\nVIP: {NAME} (+1), {NAME_UP}, {NAME_INIT}\nPress: {NAME} (Elle), {NAME} (GQ)\nRSVP contact: {EMAIL}. Doors {~TIME}.',
  ],
  whatsapp: [
    '#crisis-glowco (Slack export {~DATE})\n[{~TIME}] {name}: BBC Newsnight wants someone on camera tonite\n[{~TIME}] {name}: not {FIRST}, she\'s on leave. try {NAME}?\n[{~TIME}] {name}: his mob is {PHONE}, cc {EMAIL}\n[{~TIME}] {name}: 👍 drafting Q&A v{~VERSION}',
    'Hallo {FIRST}, hier ist {NAME} von der Agentur. Kurze Frage zum Dreh für Bunte am {~DATE}: passt {~TIME}? Meine Nummer: {PHONE_EU}. LG',
    'hi {FIRST}! this is {NAME} from Brandwagon PR 👋 loved ur last reel on #SkinFirst. would u be open to a paid collab w/ Nykaa? budget {~PRICE}, 1 reel + 2 stories. lmk or call {PHONE}',
    'hey @gymbro.daily, {name} here (talent mgr at Wavemaker). rate card pls? brand wants 3 deliverables by {~DATE}',
    'bhai {name} ka shoot kal {~TIME} pe hai, driver ka number {PHONE} hai, pickup from {~STREET} ✌️',
    'crisis-comms 🔴\n{name}: the Vogue piece goes live at {~TIME}, legal hasn\'t signed off\n{name}: ping {FIRST} on {PHONE}, she has the holding statement\n{name}: ok, also muting #BoycottGlowCo for now',
    'yaar {FIRST} payment abhi tak nahi aaya 😭 invoice {~INVOICE} was due {~DATE}. UPI {UPI} pe bhej do pls',
    'hola {FIRST}! soy {NAME} de la agencia, te escribo por la campaña con Mango. ¿Me pasas tu email? o escríbeme a {EMAIL_SPELT} 🙏',
    'cześć {FIRST}, tu {NAME} z agencji. Sesja dla Elle Polska w {~WEEKDAY} o {~TIME}, kierowca będzie pod numerem {PHONE_EU}.',
    'Hi {FIRST}, confirming you for the Marie Claire cover shoot. Call time {~TIME}, studio address pinned. Any issue call me {PHONE} — {NAME}',
    'ok so {name} from the Times of India called again 🙄 wants comment on the recall. her email is {EMAIL_SPELT}. dont reply till {FIRST} approves',
    'hey is this {NAME}? got ur number {PHONE} from {FIRST} at Dentsu Creative. We\'re casting for a {~PRODUCT} ad, shoot on {~DATE}',
    'thx {FIRST}!! just saw the story, 240K views already 🔥 sending the usage-rights addendum to {EMAIL} tonight',
    'Salut {FIRST}, c\'est {NAME} de l\'agence. Le tournage pour Jimmy Kimmel Live est reporté au {~DATE}. Rappelle-moi au {PHONE_EU} stp.',
  ],
  kyc: [
    'Freelancer onboarding — {NAME_UP}\nRole: photographer (call sheet day rate {~PRICE})\nPAN: {PAN}\nAadhaar: {AADHAAR}\nBank: IFSC {IFSC}, UPI {UPI}\nGSTIN: {GSTIN}\nMobile: {PHONE}',
    'Talent release form. Name: {NAME}. DOB on file. Passport no. {PASSPORT} (for the Dubai shoot, flight {~DATE}). Emergency contact {NAME}, {PHONE}. Agency: Ogilvy Mumbai.',
    'W-9 recieved from {NAME} (stylist, Brooklyn). SSN {SSN}. Remit to {EMAIL}. PO {~PO}. Not to be confused with client contact at Leo Burnett.',
    'Non-resident creator {NAME} — ITIN {ITIN}, paid via wire, invoice {~INVOICE}, amount {~PRICE}.',
    'UK freelancer set-up: {NAME_REV}, NI number {NINO}, IBAN {IBAN}, email {EMAIL}. Day rate £650, first booking {~DATE} (Tatler shoot).',
    'Alta de proveedor: {NAME}, NIF {NIF}, IBAN {IBAN}, tel. {PHONE_EU}. Campaña Vogue España, factura {~INVOICE}. (El NIF anterior {~NIF_INVALID} era incorrecto.)',
    'Umowa z influencerką: {NAME}, PESEL {PESEL}, rachunek {IBAN}, tel. {PHONE_EU}. Wynagrodzenie {~PRICE}, kampania #LatoZGlamour.',
    'Vendor KYC — Saatchi & Saatchi approved supplier list\nMakeup artist: {NAME}\nPAN {PAN} · Aadhaar {AADHAAR} (old no. {~VERHOEFF_INVALID_12} bounced)\nPayout: {UPI}',
    'Honorar für {NAME} (Fotograf, Berlin): IBAN {IBAN}, Tel. {PHONE_EU}, Rechnung {~INVOICE} vom {~DATE}. Shooting für GQ Deutschland.',
  ],
  refund: [
    'INVOICE {~INVOICE}\nFrom: {NAME}, Freelance Copywriter\nPAN {PAN} | GSTIN {GSTIN}\nTo: Leo Burnett India, Mumbai\nFor: 6 captions + 1 blog, #FeminaMissIndia campaign\nAmount: {~PRICE} + 18% GST\nPay to: A/c holder {NAME_UP}, IFSC {IFSC}\nQueries: {EMAIL}',
    'Hi {FIRST},\nGentle remider — invoice {~INVOICE} for the Femina shoot ({~PRICE}) is now 45 days overdue. Bank details: IFSC {IFSC}, UPI {UPI}.\nThanks,\n{NAME}\nFreelance stylist | {PHONE}',
    'Payment follow-up: {NAME} says the €1,200 for the Marie Claire France story hasn\'t landed. IBAN {IBAN}. UTR from our side {~UTR}. Please check with {FIRST} in finance.',
    'Dear Accounts (Dentsu India),\nThis is {NAME}, the drone operator from the {~DATE} shoot. PO {~PO}, invoice {~INVOICE}, {~PRICE}. Kindly release. Reach me at {EMAIL} or {PHONE}.\nRegards',
    'Refund to client: event cancelled (Vogue Beauty Awards table). Card {CARD} to be credited {~PRICE}; the number {~LUHN_INVALID_16} on the form was mistyped. Approved by {NAME_INIT}.',
    'Slack #finance-ops\n{name}: did we pay {NAME} yet? she emailed {EMAIL} thrice\n{name}: wire went {~DATE}, ref {~UTR}, $2,400 net of fees\n{name}: ok pls send her the remittance',
    'Kill fee for {NAME} (writer, Condé Nast Traveller) — 50% of £900. Pay to {IBAN}. Ticket {~TICKET}.',
  ],
  lead: [
    'New inbound via website: {NAME}, Head of Brand at a D2C skincare startup, {EMAIL}, {PHONE}. Wants influencer campaign, budget {~PRICE}, launch {~MONTH}. Referred by Ogilvy alum.',
    'Lead: {NAME_REV} — {~JOB_TITLE} @ Mango. Looking for PR agency in Barcelona/Madrid. Contacto: {EMAIL}, {PHONE_EU}.',
    'Pitch request from {NAME} ({EMAIL_SPELT}) for a Jimmy Kimmel Live booking for their founder. Visited pricing page from {IP}.',
    'RFP: Leo Burnett is pitching too. Our contact {NAME_INIT}, procurement, {EMAIL}. Submission {~DATE} {~TIME} GMT. Ref {~REF_EU}.',
    'Hey, this is {FIRST} from a Pune-based sneaker brand 👟 we need 20 micro-influencers (10–50K followers) for #StepUpPune. budget ₹8L. whatsapp me {PHONE}',
    'Inbound from {NAME} (The Hindu Group events team): want a crisis-comms retainer. Call back {PHONE} between {~TIME} and 6pm. Campaign code CC-2025-031, SKU ref {~SKU}.',
    'Lead note: met {NAME} at Cannes Lions (Palais, {~WEEKDAY}). Runs brand at a Warsaw fintech. Card said {EMAIL}, mobile {PHONE}. Follow up re: Kampania {~MONTH}.',
  ],
};
