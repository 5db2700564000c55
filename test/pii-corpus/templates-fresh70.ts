/**
 * Blind evaluation set 70: B2B SaaS customer support and technical account management, as support
 * engineers paste tickets into an AI assistant: bug reports with log lines and stack traces, webhook
 * payloads and JSON snippets, audit-log exports, SSO/SCIM provisioning errors, billing disputes,
 * account-ownership transfers, GDPR/DSAR deletion requests, on-call handoffs, Slack threads and
 * status-page drafts. Real PII (names in every slot form, phones, e-mails, IPs, bank and tax
 * identifiers) sits beside hard negatives: request and trace IDs, UUIDs, commit hashes, versions,
 * build numbers, HTTP status codes, ports, timestamps, error codes, ticket and invoice numbers,
 * prices, and product or company names that look like people (Jenkins, Alfred, Casper, Ruby, Julia,
 * Django). Some lowercase chat, typos, Hinglish, Spanish, German, French and Polish.
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH70_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Ticket {~TICKET} (P2) - SAML login loop for {NAME} <{EMAIL}> since deploy of build 4812 (web {~VERSION}). HAR attached, request_id req_8f3kQ2xLm9, last 302 from the IdP after 1.84s. Reporter on Chrome 124 from {IP}.',
    "pasting the log from the customer's tenant (acme-prod-eu):\n2024-05-14T09:12:44.381Z ERROR [webhook-dispatcher] delivery failed status=502 attempt=3/5 trace_id=4bf92f3577b34da6a3ce929d0e0e4736 user={EMAIL} src_ip={IP}\n    at DispatchWorker.send (dispatcher.js:214:17)\n    at async Retry.run (retry.js:88:9)\ncan someone from the Jenkins pipeline side look? commit 9c1e4ab broke the retry backoff imo",
    'Audit export (last 24h), tenant t_51902:\ntimestamp,actor,actor_ip,action,target\n2024-06-02 11:04:12,{EMAIL},{IP},role.update,workspace/casper-staging\n2024-06-02 11:09:55,{EMAIL},{IP},api_key.revoke,key_7Hq2\n2024-06-02 11:30:01,system,-,export.started,job 00193\nCustomer asks who {NAME} is and why they had admin.',
    "On-call handoff (Thu -> Fri)\n- INC-2291 still open: p99 latency on /v2/events back to 340ms after rollback to {~VERSION}\n- {FIRST} from Northwind called twice ({PHONE}), wants an RCA by {~DATE}\n- Alfred (our deploy bot) is paused, don't re-enable until {NAME_INIT} signs off\n- ping {name} if the Redis failover alarm fires again on port 6379",
    "Status page draft - Investigating: Elevated 503s on the Ruby SDK ingestion endpoint since {~TIME} UTC. Affected region eu-west-1, ~4% of requests. Next update in 30 minutes.\n(internal: customer contact for Globex is {NAME}, {EMAIL}, escalated via {~TICKET} - don't publish this line)",
    "From: {NAME} <{EMAIL}>\nSubject: Re: [{~TICKET}] CSV import drops rows over 10,000\n\nHi support,\nwe're on the Team plan, workspace id 7f3a-ops. Import job imp_20240611_883 finished with status 207 and 1,412 rows skipped, error code E_ROW_SCHEMA_14. Can you check? My cell is {PHONE} if easier.\n\nThanks,\n{FIRST}",
    'Kunde meldet: Export nach Excel bricht bei 65.536 Zeilen ab (Version {~VERSION}, Build 20240603.2). Ansprechpartner laut CRM: {NAME_REV}, Tel. {PHONE_EU}, Mail {EMAIL}. Ticket {~TICKET}, Prioritaet hoch.',
    'RCA for INC-1187: the Django admin upgrade to 4.2 changed the session cookie SameSite default; Julia notebooks on the analytics cluster were not affected. Impact: 47 min, 12,338 failed logins. First reported by {NAME} ({EMAIL}) from {IP}. Owner of the fix: {NAME_INIT}.',
    'TAM notes, QBR with Initech ({~DATE}): attendees {NAME} (VP Eng), {NAME} (IT admin, {EMAIL}) and from our side {FIRST}. Asks: raise API rate limit from 600 to 1,200 req/min, SCIM for 2,400 seats, SOC 2 Type II report. Renewal {~PRICE} ARR, due in {~MONTH}.',
    'Zgłoszenie {~TICKET}: użytkownik {NAME} ({EMAIL}) nie może zalogować się przez SSO od {~DATE}. Błąd AADSTS50105, tenant 3c1f9e. Proszę o kontakt pod numerem {PHONE_EU}.',
    "Bonjour, ici {NAME} de chez Lumière SAS. Depuis la mise à jour {~VERSION}, l'API renvoie des 429 toutes les 2 minutes (limite 100 req/s). Vous pouvez me joindre au {PHONE_EU} ou par mail {EMAIL_SPELT}. Ticket {~TICKET}.",
    'Hola, escribe {NAME} de Comercial Andina. El webhook de facturas devuelve 500 desde el {~DATE}, id de petición 01HZX4K9QW7R2M5T. Su correo: {EMAIL}. Preguntó por el Sr. {LAST}, que llevaba la cuenta antes.',
    'JIRA SUP-4471 | reporter: {name} | assignee: casper-bot | labels: sso, scim, p1\nDescription: after the IdP cert rotation (sha256 fingerprint 5E:2A:91:0C:7F:B3...) users like {EMAIL} get 401 on /scim/v2/Users. Repro from {IP}. Fixed in {~VERSION}?',
    "Sentry issue PAYMENTS-3KQ (1,204 events, 38 users): TypeError: Cannot read properties of undefined (reading 'plan') at BillingBanner.render (banner.tsx:57). Most recent user: {EMAIL}, ip {IP}, Firefox 126.0. First seen {~DATE}, release {~VERSION}.",
  ],
  whatsapp: [
    "[10:42] {name}: anyone seen 504s from the Jenkins agent pool? build #8812 hung at 97%\n[10:43] {name}: yeah its the Hooli customer again, {NAME} - she pinged me at {PHONE}\n[10:44] {name}: ok lemme check trace 7d1c0e2a9b",
    'yaar {FIRST} ka ticket {~TICKET} abhi tak open hai, usne 3 baar mail kiya {EMAIL} se. kal tak fix nahi hua toh escalate karna padega, TAM ko loop mein daalo pls',
    '@channel heads up: {NAME} (admin at Stark Logistics) is asking us to delete all data for ex-employee {NAME} under GDPR art. 17. DSAR-0412, SLA 30 days. who owns this?',
    "fyi the user in the screenshot is {NAME_INIT}, not the account owner. owner is {name}, email {EMAIL}. don't send invoice {~INVOICE} to the wrong person lol",
    'lol ruby 3.3 broke our gem again 🙃 anyway {FIRST} can u ping the customer? her number is {PHONE}, she said after 4pm IST',
    'thx {FIRST}! customer confirmed the fix on v2.18.1 🎉 closing {~TICKET}. fwiw their ip allowlist was missing {IP}, that was the whole issue',
    'dzięki {FIRST}, klient potwierdził. Kontakt po stronie klienta: {NAME}, tel. {PHONE_EU}. Zamykam zgłoszenie {~TICKET} 👍',
    'oye {name}, el cliente de Bogotá dice que el SSO falla con error 0x80070005. Me pasó su mail: {EMAIL_SPELT}. lo miras tú?',
    'quick q - is {EMAIL} the same person as {NAME_REV} in the SCIM export? the dedupe script flagged 2 rows w/ uuid {~UUID}',
    "this is {NAME}, TAM for the Umbrella account - I'm OOO on {~WEEKDAY}, {FIRST} covers. urgent stuff: {PHONE}",
    'hey {name} 👋 the Alfred workflow for Acme keeps firing twice, req ids 9f2b1c and 9f2b1d, 200 OK both times. can u check before the 3pm sync w/ {FIRST}?',
    'kurze Frage: Herr {LAST} von der Müller GmbH ruft ständig an ({PHONE_EU}), wegen Ticket {~TICKET}. Kann jemand aus Tier 2 übernehmen? Status 500 bei /api/v3/export seit {~TIME}.',
  ],
  kyc: [
    'SCIM sync failed for 3 of 214 users (Okta -> workspace 88213):\n{"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"status":"409","detail":"userName {EMAIL} already exists","scimType":"uniqueness"}\nalso failing: {EMAIL} (400 invalidValue: givenName empty), {NAME} (no primary email).',
    'Ownership transfer request for org acme-eu (org_id 4471902): current owner {NAME} ({EMAIL}) is leaving the company. New owner: {NAME}, {EMAIL}, phone {PHONE}. Verified via signed letter dated {~DATE}; HR contact {NAME_INIT}.',
    'GDPR deletion request, ref {~TICKET}. Data subject: {NAME}, e-mail {EMAIL}, last login from {IP}. Identity checked against the billing record. Scope: workspace messages and audit logs older than 24 months; backups roll off in 35 days.',
    'Reseller onboarding - Kaveri Cloud Solutions Pvt Ltd. Signatory {NAME_UP}, PAN {PAN}, GSTIN {GSTIN}, settlement account IFSC {IFSC}. Contract value {~PRICE}, PO {~PO}.',
    'Customer updated tax details before invoice {~INVOICE} is issued: VAT ID DE301456789 (company), billing contact {NAME}, IBAN for SEPA direct debit {IBAN}. Reverse charge applies.',
    'SAML response debug (decoded), IdP Azure AD:\n<saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">{EMAIL}</saml:NameID>\n<Attribute Name="displayName"><AttributeValue>{NAME}</AttributeValue></Attribute>\nInResponseTo="_a7c3f19e2d" NotOnOrAfter="2024-06-11T10:15:00Z" - clock skew 312s, that is why it fails.',
    'Contractor payout setup for the overflow support vendor: {NAME}, W-9 received, SSN {SSN}, remittance to {EMAIL}. Rate $85/hr, net-30.',
    'New TAM hire in London: {NAME}, NI number {NINO}, start {~DATE}, laptop serial {~SERIAL}, Okta group tam-emea.',
    'Alta de administrador en el panel: {NAME}, NIF {NIF}, teléfono {PHONE_EU}. Empresa: Soluciones Django Ibérica SL, pedido {~ORDER}. El primer DNI que mandó ({~NIF_INVALID}) tenía la letra mal.',
    'Weryfikacja właściciela konta przed przeniesieniem: {NAME}, PESEL {PESEL}, e-mail {EMAIL}. Firma Casper Sp. z o.o., faktura {~INVOICE}.',
    'provisioning.log\n[WARN] 2024-06-11 08:00:02 user_deprovision skipped: {EMAIL} owns 14 dashboards (transfer to {EMAIL} first)\n[INFO] 2024-06-11 08:00:03 group_sync ok: 212 members, 0 errors, took 2.3s\n[ERROR] 2024-06-11 08:00:05 invite_failed name="{NAME}" reason=domain_not_verified',
  ],
  refund: [
    'Billing dispute {~TICKET}: {NAME} says they were charged {~PRICE} twice on invoice {~INVOICE} after upgrading 25 -> 40 seats. Card on file {CARD} (Stripe ch_3PQx7aLk). Please issue a credit note, not a refund.',
    'Hi, this is {NAME}, finance at Wayne Components. We cancelled on {~DATE} but invoice {~INVOICE} for {~PRICE} still went out. Please refund to IBAN {IBAN}; our PO was {~PO}.\n- {FIRST}',
    'Chargeback alert from Stripe: dispute du_1OqL8m, reason "product_not_received", amount {~PRICE}. Cardholder {NAME_REV}, card {CARD}, signup IP {IP}. Customer since {~MONTH} 2022, 3 active seats.',
    'annual plan ka refund: {NAME} ne {~PRICE} pay kiya tha UPI {UPI} se, GSTIN {GSTIN} invoice {~INVOICE} pe hai. Pro-rated refund approve karo, ticket {~TICKET}.',
    'Customer pasted card {~LUHN_INVALID_16} in the ticket (fails Luhn, typo). Actual card per Stripe: {CARD}. Contact {EMAIL}. Refund {~PRICE} for the 12 unused seats.',
    'Reclamación de facturación: {NAME} indica un cargo duplicado de {~PRICE} (factura {~INVOICE}). Pide la devolución a la cuenta {IBAN}. Teléfono {PHONE_EU}.',
    'Re: overcharge on usage tier\nFrom: {EMAIL}\n\nYour dashboard says 1.2M events but we only sent 840,000 (see export job exp_7781). Please credit the difference ({~PRICE}).\nRegards, {NAME_INIT}, Controller',
    'Mme {LAST} conteste la facture {~INVOICE} ({~PRICE}) : résiliation envoyée le {~DATE}. Remboursement sur IBAN {IBAN}, contact {EMAIL}.',
  ],
  lead: [
    'Expansion opp: Globex wants to go from 50 to 300 seats on Enterprise. Champion {NAME} ({EMAIL}, {PHONE}), economic buyer {NAME_REV}. Trial workspace trial-88a1 expires {~DATE}.',
    'Trial signup flagged: {EMAIL} from {IP}, company "Jenkins & Sons Plumbing" (not the CI tool lol), 3 invites sent. Assign to {FIRST} in the SMB queue.',
    'Intro from our partner: "meet {NAME}, Head of Platform at Initrode - they are evaluating us vs. two competitors for SSO + audit logs." Their number {PHONE}. Call {~WEEKDAY} at {~TIME}.',
    'Renewal risk: {NAME} (admin) posted in the community forum that the Julia connector v0.9 is "unusable". NPS 3. Renewal {~PRICE} on {~DATE}. TAM {FIRST} to call {PHONE}.',
    'Webhook payload from the website form:\n{"event":"demo_requested","ts":1718093512,"lead":{"name":"{NAME}","email":"{EMAIL}","phone":"{PHONE}","company":"Ruby Analytics","seats":"51-200"},"utm_source":"g2"}',
    'sir {name} ne demo maanga hai, unka email {EMAIL} aur whatsapp {PHONE}. 200 seats ka requirement hai, pricing {~PRICE} per year bol diya.',
    'Nowy lead z webinaru: {NAME}, {EMAIL}, firma Alfred Logistics. Pytał o SSO i SCIM dla 120 użytkowników, kontakt {PHONE_EU}.',
    'Handoff AE -> TAM: signed order form {~ORDER}, 24-month term. Day-to-day admin: {NAME}, {EMAIL}. Exec sponsor: Dr. {LAST}. Kickoff {~DATE}; they run Django + Celery and need EU data residency.',
  ],
};
