/**
 * Blind evaluation set 54: marketing, sales development and customer-success operations inside
 * SaaS companies, in India, the US and Europe. SDR cadences and call notes, webinar registrations,
 * trial-to-paid conversions, churn interviews, NPS verbatims, partner referrals, sales-to-CS
 * handoffs, renewal negotiations and data-enrichment lists, written as CRM activity timelines,
 * Slack threads with @mentions and emoji, e-mail sequences with merge fields filled in, CSV rows
 * from enrichment tools, JSON webhooks, meeting-transcript snippets with speaker names and
 * LinkedIn-style messages. Hard negatives sit next to the real PII: deal and opportunity IDs, ARR
 * and seat counts, percentages, dates, times and time zones, product tiers and feature names that
 * look like names, companies named after their founders, Title Case job titles, UTM parameters and
 * URLs. Mostly English, with Spanish, German, French, Portuguese, Polish, Dutch and a little
 * Hinglish. Domains are reused as: crm = CRM timelines, handoffs and call notes; whatsapp = Slack
 * and chat threads; kyc = partner, reseller and enrichment records with identifiers; refund =
 * churn, cancellations, credits and renewal negotiations; lead = SDR outreach, webinars, inbound
 * forms and webhooks.
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH54_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Activity timeline — OPP-2025-04417 (Northwind Analytics, 140 seats, ARR $86,400)\n{~DATE} {~TIME} IST · Call logged by {NAME}: discovery with {NAME} (VP Revenue Operations), mobile {PHONE}.\n{~DATE} · Email sent to {EMAIL}: "Recap + Growth tier pricing".\nNext step: security review, stage moved to Proposal (60%).',
    'Sales → CS handoff\nAccount: Hartley & Finch Consulting (named after the founders, not a contact)\nChampion: {NAME}, Head of Marketing Ops — {EMAIL}, {PHONE}\nEconomic buyer: {NAME_INIT} (CFO)\nClosed-won {~DATE}, 75 seats on Scale plan, kickoff {~WEEKDAY} {~TIME} CET. CSM assigned: {FIRST}.',
    'Call notes ({~DATE}, 30 min, Gong rec #{~TICKET}): {FIRST} from the prospect said their current tool "Hubble Insights" drops 12% of leads. Follow-up owner {NAME}. Prospect direct line {PHONE}; assistant {NAME} handles calendar.',
    'QBR prep — Q3 usage down 18% vs Q2. Primary contact {NAME_REV} asked for a roadmap session on the Sage Copilot feature. Renewal date {~DATE}, deal ID DL-88213, current ARR €42,000. Reach at {EMAIL}.',
    'Renewal opportunity RN-{~ORDER} — stakeholder map:\n• {NAME} — Director of Customer Success (sponsor)\n• {NAME_INIT} — Procurement Manager, {EMAIL}\n• Legal: {LAST} (external counsel)\nAsk: 3-year term, 8% uplift cap, 250 seats.',
    'Nota de llamada: hablé con {NAME} ({PHONE}) sobre la migración al plan Enterprise. Quiere 20 licencias más antes del {~DATE}. Oportunidad OPP-ES-3310, importe {~PRICE}. Correo de seguimiento a {EMAIL}.',
    'Gesprächsnotiz {~DATE}: Frau {LAST} (Leiterin Vertrieb DACH) möchte die Testphase um 14 Tage verlängern. Rückruf unter {PHONE_EU}, Mail an {EMAIL}. Deal-Nr. D-{~REF_EU}, 60 Nutzer, Tarif Business Plus.',
    'Trial-to-paid conversion logged: workspace acme-growth-team converted on {~DATE} at {~TIME} UTC, 35 seats, card on file. Admin {NAME} <{EMAIL}>. Sales rep {FIRST} gets credit; invoice {~INVOICE}.',
    'Meeting transcript (auto) — Discovery, {~DATE}\n{NAME}: so we run about 400 demos a month across APAC.\n{NAME}: and who owns routing today?\n{NAME}: RevOps, mostly. Routing rules live in the Atlas workflow builder.\n[action item] send pricing to {EMAIL}',
    'Account note: "Morgan & Rhodes Ltd" is the company name (after its founders), not a contact. POC is {NAME}, Senior Partnerships Manager, {PHONE}. Opportunity OPP-UK-7720, £18,000 ARR, close date {~DATE}.',
    'Notes d\'appel — {~DATE} à {~TIME} (heure de Paris) : {NAME} (Responsable Marketing) évalue notre offre Pro. Tél. {PHONE_EU}, e-mail {EMAIL}. Concurrent cité : Lemlist. Prochaine étape : démo technique {~WEEKDAY}.',
    'Lead converted → Contact {NAME_REV}; Account: Shah Brothers Exports; Owner: {NAME}; Source: Partner Referral (Zenith Digital); Phone {PHONE}; Opp amount ₹14,40,000 for 120 seats; Stage: Negotiation (80%).',
    'Health score dropped to 41 for account ACC-{~ORDER}. Last login by admin {name} on {~DATE}. CSM {NAME} to call {PHONE} before the {~MONTH} renewal. Feature adoption: Autopilot 22%, Insights 9%.',
    'Notatka z rozmowy: {NAME} z działu sprzedaży klienta prosi o ofertę na 45 licencji planu Growth. Telefon {PHONE_EU}, e-mail {EMAIL}. Szansa sprzedaży OPP-PL-5521, termin {~DATE}.',
    'Gespreksnotitie: {NAME} (Customer Success Lead) wil de onboarding naar {~DATE} verplaatsen. Bereikbaar op {PHONE_EU}. Contract CT-{~REF_EU}, 90 seats, Premium-bundel.',
    'Handoff checklist ✔ Kickoff deck ✔ SSO config ✔ Data import from HubSpot\nOwner: {NAME} · Customer admin: {NAME} ({EMAIL}) · Escalation: {FIRST}, {PHONE}\nGo-live target {~DATE}; contract value $124,000; 3 workspaces.',
  ],
  whatsapp: [
    '#sales-wins 🎉 @{name} just closed Brightline Health — 220 seats, $96k ARR! Champion was {NAME}, intro came via partner @{FIRST}. 🚀🔥',
    '@channel heads up: {NAME} from the prospect side will join the 4:30 pm EST call. Her cell is {PHONE} if Zoom dies again 😅',
    'hey @{name} can you check why {EMAIL} bounced from the sequence? step 3 of "Q4 Outbound – VP Sales" 🤔',
    '{FIRST}: renewal call went ok-ish 😬 they want 15% off\n{FIRST}: lol no. max 7%, and only for a 2-yr term\n{FIRST}: ok will tell {NAME} tomorrow 10am IST',
    'bhai {name} ka demo kal {~TIME} pe hai, uska number {PHONE} hai, please reminder bhej do 🙏 deal DL-{~ORDER}',
    ':rotating_light: churn risk — {NAME} (admin at Riverstone) emailed saying they\'re moving to Salesforce. @{FIRST} can you grab 15 min with them? contact {EMAIL}',
    'NPS verbatim just in (score 3 😢): "Support never called back, I gave my number {PHONE} twice" — {NAME}, Ops Manager. ticket {~TICKET}',
    'who owns the Lincoln account? not the president lol, Lincoln Freight GmbH. their new buyer is {NAME}, {PHONE_EU} 📞',
    'hola equipo 👋 {NAME} pidió factura con otro correo: {EMAIL}. Oportunidad OPP-MX-{~ORDER} ya está en Closed Won ✅',
    'Hallo zusammen, {FIRST} aus Hamburg hat sich für das Webinar am {~DATE} angemeldet, Handy {PHONE_EU}. Kann jemand aus SDR-Team DACH nachfassen? 🙌',
    'oi pessoal! {NAME} (Diretora de Marketing) aceitou a demo de {~WEEKDAY} às {~TIME} BRT. WhatsApp dela: {PHONE} 🇧🇷',
    '@{name} pls update SFDC: {NAME} left the company, new champion is {NAME} ({EMAIL}). ARR at risk $54,000 👀',
    'thread 🧵 partner referral from Zenith Digital: {NAME}, {PHONE}, wants Scale tier for 60 users. who\'s on round robin today? @{FIRST}?',
    'cześć @{name}, {NAME} z firmy Kowalski i Syn prosi o przedłużenie triala do {~DATE}. Tel. {PHONE_EU} 👍',
    'reminder ⏰ QBR with {NAME_INIT} tomorrow 9:00 CET, deck in /drive/QBR-Q3. @{FIRST} bring the Atlas usage chart (up 32%)',
    'salut @{FIRST} 👋 {NAME} demande un devis pour 30 licences Premium, son e-mail {EMAIL}, rappel au {PHONE_EU} svp',
  ],
  kyc: [
    'Partner onboarding — referral programme\nPartner: {NAME}, Zenith Digital Pvt Ltd\nPAN {PAN} · GSTIN {GSTIN}\nPayout: IFSC {IFSC}, UPI {UPI}\nCommission tier: Gold (20%), first deal OPP-IN-{~ORDER}',
    'Reseller agreement RA-{~REF_EU}: {NAME} (Geschäftsführer), Becker & Sohn GmbH. Auszahlung an IBAN {IBAN}. Kontakt {EMAIL}, {PHONE_EU}. Provision 15 %, gültig ab {~DATE}.',
    'first_name,last_name,email,phone,title,company,employees,utm_source\n{FIRST},{LAST},{EMAIL},{PHONE},Head of Growth,Patel Robotics,201-500,linkedin\n{FIRST},{LAST},{EMAIL},{PHONE},VP Sales,Gupta & Rao LLP,51-200,webinar',
    'Affiliate payout form: {NAME_UP}, US resident, SSN {SSN}, W-9 received {~DATE}. Referral bonus {~PRICE} for 3 closed deals. Remit to {EMAIL}.',
    'Enrichment export (Clearbit-style) — row 418\nname: {NAME}\nwork_email: {EMAIL}\nmobile: {PHONE}\nseniority: Director\nlinkedin_url: linkedin.com/in/redacted-404\ncompany_domain: morganstack.io\nconfidence: 92%',
    'Alta de partner: {NAME}, NIF {NIF}, agencia Martín & Ortega Marketing S.L. Cuenta {IBAN}. Teléfono {PHONE_EU}. Comisión 12 % sobre ARR del primer año.',
    'Partner fiskalny: {NAME}, PESEL {PESEL}, działalność gospodarcza. Rachunek {IBAN}, tel. {PHONE_EU}. Program poleceń: poziom Silver, 10% prowizji.',
    'Referral payout — India\nReferrer: {NAME}\nAadhaar {AADHAAR} (masked copy requested), PAN {PAN}\nBank: IFSC {IFSC}\nDeal: OPP-{~ORDER}, 80 seats, ₹9,60,000 ARR\nTDS 10% deducted',
    'Contractor SDR onboarding: {NAME}, ITIN {ITIN}, phone {PHONE}, start {~DATE}. Quota 45 meetings/quarter, ramp 2 months, territory US-East.',
    'UK agency partner: {NAME}, National Insurance {NINO}, trading as Harrison Growth Studio. Payouts to {IBAN}. Email {EMAIL}.',
    'Data-processing addendum signatory: {NAME_REV}, Chief Revenue Officer, Bauer Analytics B.V.; e-mail {EMAIL}; tel. {PHONE_EU}. DPA v{~VERSION} signed {~DATE}.',
    '"lead_id","full_name","email","phone","job_title","arr_band","source"\n"L-{~ORDER}","{NAME}","{EMAIL}","{PHONE}","Marketing Operations Manager","$50k-$100k","g2"\n"L-{~ORDER}","{NAME}","{EMAIL}","{PHONE}","Founder & CEO","<$10k","utm_campaign=q4_webinar"',
    'Webinar sponsor invoice details: {NAME}, GSTIN {GSTIN}, billing email {EMAIL}. Sponsorship tier Platinum, {~PRICE} + 18% GST, PO {~PO}.',
    'Event badge scan export — SaaStr Europa {~DATE}\n{NAME} | {EMAIL} | {PHONE_EU} | Head of CS | Lindqvist AB\n{NAME} | {EMAIL} | {PHONE} | RevOps Lead | Sharma Cloud Pvt Ltd\nbooth: B-14, scanner SN {~SERIAL}',
    'Vendor record for the enrichment tool: account owner {NAME}, passport {PASSPORT} (for the visa letter to the Berlin summit), corporate card ending {~LUHN_INVALID_16} rejected, billed to {CARD} instead.',
    'Portuguese partner: {NAME}, agência Ferreira & Costa Digital, IBAN {IBAN}, telemóvel {PHONE_EU}, e-mail {EMAIL}. Comissão 15% por 24 meses.',
  ],
  refund: [
    'Churn interview — {~DATE}, 25 min\nInterviewer: {NAME} (CS Ops)\nCustomer: {NAME}, Marketing Director, {EMAIL}\nReason: "Atlas reports too slow, the team moved to Looker." Seats 40 → 0, ARR lost $28,800.',
    'Cancellation request from {NAME} ({PHONE}): wants pro-rated refund of {~PRICE} on the annual Growth plan, invoice {~INVOICE}. Policy allows credit only after 30 days; escalated to {FIRST}.',
    'Renewal negotiation, round 2 — {NAME} (Head of Procurement) countered at 12% discount for 3 years, 300 seats. Our floor: 8%. Next call {~WEEKDAY} {~TIME} GMT. Send redlines to {EMAIL}.',
    'Hi {FIRST},\n\nWe\'re sorry to see you go. Your subscription for workspace northstar-mktg ends on {~DATE}. A refund of {~PRICE} was issued to card {CARD} (ref {~UTR}).\n\nBest,\n{NAME}\nCustomer Success, Pledgeboard',
    'NPS detractor follow-up: {NAME} gave 2/10 — "billing double-charged us in {~MONTH}". Callback {PHONE}, ticket {~TICKET}. Credit note CN-{~REF_EU} approved for €1,200.',
    'Downgrade: {NAME_REV} moved from Enterprise (150 seats) to Team (40 seats) effective {~DATE}. Difference {~PRICE} credited to next invoice. Contact {EMAIL}.',
    'Solicitud de baja: {NAME}, correo {EMAIL}, teléfono {PHONE_EU}. Motivo: el equipo de ventas se redujo un 40%. Reembolso parcial de {~PRICE} a la cuenta {IBAN}.',
    'Kündigung eingegangen von {NAME} ({EMAIL}) zum {~DATE}. Grund: Budgetkürzung im Marketing. Gutschrift {~PRICE} auf IBAN {IBAN}. Ticket {~TICKET}.',
    'Refund via UPI for failed annual upgrade — customer {NAME}, UPI {UPI}, amount ₹23,600, UTR {~UTR}. Order {~ORDER}. Customer phone {PHONE}.',
    'Rezygnacja z subskrypcji: {NAME}, tel. {PHONE_EU}. Zwrot {~PRICE} na rachunek {IBAN} do {~DATE}. Powód: przejście na narzędzie Pipedrive.',
    'Churn transcript snippet\n{NAME}: honestly the Iris assistant was the only thing we used.\n{NAME}: and the Scout add-on?\n{NAME}: nobody touched it. we paid $9,000 for nothing.\n[CS note] offer 2 months free, confirm at {EMAIL}',
    'Renewal saved ✅ {NAME} agreed to renew at 5% uplift instead of 9%, 18-month term, 95 seats. Signed by {NAME_INIT} on {~DATE}. Deal RN-{~ORDER}, new ARR $68,400.',
    'Opzegging: {NAME} ({EMAIL}) wil per {~DATE} stoppen. Terugbetaling van {~PRICE} naar {IBAN}. Reden: overstap naar Intercom. Tel. {PHONE_EU}.',
    'Chargeback alert: card {CARD} disputed {~PRICE} for the Scale plan. Account owner {NAME}, last IP {IP}. Billing contact {EMAIL} not responding since {~DATE}.',
    'Pedido de cancelamento de {NAME}, telemóvel {PHONE_EU}. Reembolso de {~PRICE} referente à fatura {~INVOICE}. Motivo: churn após fusão com a Oliveira Tech.',
    'Executive escalation: {NAME_UP} (COO) threatened non-renewal over the SSO outage on {~DATE}. Credit of 15% approved by {NAME}. Mobile {PHONE}. Contract MSA-{~REF_EU}.',
  ],
  lead: [
    'Subject: Quick question about Patel Robotics\' outbound motion\n\nHi {FIRST},\n\nSaw you were promoted to Director of Demand Generation — congrats! Teams like Mehta Fintech booked 31% more meetings with our Cadence Pro tier.\n\nWorth 15 min on {~WEEKDAY}?\n\n{NAME}\nSDR, EMEA | {PHONE}',
    'Webinar registration — "Scaling CS without headcount" ({~DATE}, 11:00 AM PT)\nFirst name: {FIRST}\nLast name: {LAST}\nWork email: {EMAIL}\nPhone: {PHONE}\nJob title: Customer Success Manager\nutm_source=linkedin&utm_medium=paid&utm_campaign=cs_webinar_q3',
    '{"event":"form.submitted","form_id":"demo-request","submitted_at":"2025-03-14T09:22:41Z","fields":{"name":"{NAME}","email":"{EMAIL}","phone":"{PHONE}","company":"Rao & Iyer Associates","seats":"120"},"utm":{"source":"google","campaign":"brand_search"}}',
    'LinkedIn message: Hi {FIRST}, thanks for connecting! I noticed Gupta Logistics is hiring 4 SDRs. We help RevOps teams cut ramp time by 40%. Open to a chat? — {NAME}, Account Executive',
    'Sequence "Trial nurture – Day 3" sent to {EMAIL}:\nHi {FIRST}, you\'ve invited 2 teammates to your trial so far. Want me to set up the Salesforce sync before it expires on {~DATE}? Just reply or call me at {PHONE}. — {NAME}',
    'SDR cadence step 5/8 (call) — {NAME}, VP Marketing, {PHONE}. Outcome: voicemail. Left message re: Q4 budget. Next touch: LinkedIn InMail {~DATE}. Lead score 78, ICP fit A.',
    'Inbound chat transcript\nVisitor: hi, I\'m {NAME} from Singh Textiles, we have 60 reps\nBot (Aria): great! what\'s the best email?\nVisitor: {EMAIL}\nVisitor: or whatsapp me {PHONE}',
    'Hola {FIRST}, te escribo porque {NAME} de Fernández Consultores nos recomendó. Nuestro plan Growth incluye 25 usuarios y la función Clara IA. ¿Te va bien una llamada el {~DATE}? Mi móvil: {PHONE_EU}.',
    'Hallo {FIRST}, vielen Dank für Ihre Anmeldung zum Webinar "Pipeline-Hygiene 2025". Den Link senden wir an {EMAIL}. Bei Fragen erreichen Sie {NAME} unter {PHONE_EU}. Viele Grüße, Team Marketing',
    'Bonjour {FIRST}, suite à votre essai gratuit du plan Starter (14 jours), {NAME} vous propose un point de 20 minutes. Répondez à ce message ou appelez le {PHONE_EU}. utm_campaign=trial_fr_q2',
    'Olá {FIRST}, obrigado por baixar o e-book "Guia de Customer Success". O(a) consultor(a) {NAME} entrará em contato pelo {PHONE}. Confirme seu e-mail: {EMAIL}.',
    'Dzień dobry {FIRST}, dziękujemy za rejestrację na webinar {~DATE} o {~TIME}. Link wyślemy na {EMAIL}. Pytania? {NAME}, tel. {PHONE_EU}.',
    'hi {name} ji, aapne hamare free trial ke liye sign up kiya tha 🙂 main {FIRST} bol raha hoon SalesPilot se. kal 11 baje call kar sakte hain? mera number {PHONE}',
    'Partner referral received via portal: referrer {NAME} ({EMAIL}) → prospect {NAME}, CMO, {PHONE}. Est. 200 seats, Enterprise tier. Referral ID REF-{~ORDER}. SLA: first touch within 4 business hours.',
    '{"type":"contact.enriched","provider":"apollo","contact":{"full_name":"{NAME}","title":"Senior Account Executive","email":"{EMAIL}","mobile":"{PHONE}","company":"Hughes & Kerr Partners","employees":340},"confidence":0.87}',
    'Goedemiddag {FIRST}, ik zag dat Van Dijk Software net Series B heeft opgehaald. {NAME} van ons team helpt scale-ups met onboarding. Past {~WEEKDAY} om {~TIME}? Bel gerust {PHONE_EU}.',
  ],
};
