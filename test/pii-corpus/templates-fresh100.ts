/**
 * Blind evaluation set 100: IT helpdesks and managed-service providers (MSPs) for small offices —
 * PSA tickets, device inventories with hostnames and usernames built from people's names
 * (LAPTOP-Priya, DESKTOP-Jan), IP and MAC addresses, serial numbers, licence keys, password and MFA
 * resets, on-call rosters, escalation e-mails, RMAs, licence credit notes and inbound leads.
 * Texts are written the way techs, clients and tools write them (PSA notes, WhatsApp, e-mails with
 * signatures, forwarded messages, CSV exports, tool-call JSON) in India, the US, the UK and Europe,
 * with Hinglish, Spanish, German, French, Polish and Portuguese lines. Hard negatives are the
 * trade's own words: product and server names that look like people's names (Jenkins, Alexa,
 * Norton, Kaspersky, Dell, Brother, ATLAS, HERMES, Apollo, Orion), Windows builds that look like IP
 * addresses (10.0.22631.3155), MAC addresses of shared equipment (printers, access points, firewalls),
 * KB numbers, licence keys, service tags, tickets, POs, versions, dates, times and prices.
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH100_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Ticket {~TICKET} | Client: Bluebird Dental (3 sites) | Contact: {NAME} ({PHONE}) | Issue: LAPTOP-{FIRST} stuck on BitLocker recovery after KB5034441. Priority P2, SLA due {~DATE} {~TIME}.',
    'Escalation to L2: user {NAME_REV} cannot sign in from {IP}; account locked 5 times since {~TIME}. Device DESKTOP-{FIRST} (Dell Latitude 5440, service tag {~SERIAL}) on build 10.0.22631.3155. Call {PHONE} before touching the FortiClient VPN profile.',
    '---------- Forwarded message ---------\nFrom: {NAME} <{EMAIL}>\nDate: {~DATE} {~TIME}\nSubject: RE: [{~TICKET}] Printer on 2nd floor offline\n\nHi Helpdesk, the Brother HL-L2350DW (MAC 3C:2A:F4:1B:77:0D) still shows offline after the firmware {~VERSION} update. Can {FIRST} come by on {~WEEKDAY}?',
    'Account: Orbit Analytics GmbH (Managed Plus, {~QUANTITY}). Primary contact {NAME_INIT}, IT champion {FIRST}. Renewal {~MONTH} 2025, quote {~PRICE}, PO {~PO}. Backups: Veeam to Synology DS920+ at the {~CITY} office.',
    'Password reset via phone. Caller said she is {NAME} from Accounts; verified with her manager {NAME_INIT} on Teams before resetting. MFA re-registered on new iPhone 15 (IMEI {~IMEI}). Temp password sent by SMS to {PHONE}. Ticket {~TICKET} closed at {~TIME}.',
    'Subject: URGENT – escalation {~TICKET} (P1, file server ATLAS down)\n\nHi {FIRST},\n\nHERMES and ATLAS have been unreachable since {~TIME}; last good Datto backup {~DATE}. The client MD, {NAME}, wants an update every 30 minutes on {PHONE}.\n\nThanks,\n{NAME}\nService Delivery Manager | Kaseya & NinjaOne partner\nM: {PHONE}',
    'hostname,assigned_to,email,serial,os,last_ip,last_seen\nLAPTOP-{FIRST},{NAME},{EMAIL},{~SERIAL},Windows 11 Pro 23H2,{IP},{~DATE}\nPRN-FLOOR2,Reception (shared),,{~SERIAL},Ricoh IM C3000 fw {~VERSION},,{~DATE}\nFW-01,Server room,,FGT60F-{~OTP},FortiOS 7.2.8,,{~DATE}',
    'On-call roster, week of {~DATE}\nMon–Wed: {NAME} ({PHONE})\nThu–Fri: {FIRST} ({PHONE_EU})\nWeekend: {NAME_REV}\nBackup: NOC bridge, runbook v3.2. Escalate to Tier 3 after 15 min; Jenkins alerts go to the #ops channel only.',
    'Ticketnotiz {~TICKET}: Herr {LAST} meldet, dass der Kyocera ECOSYS im Büro {~CITY} nicht druckt. Rückruf unter {PHONE_EU} bis {~TIME}. Techniker: {FIRST}. M365 Business Premium ({~QUANTITY}) am {~DATE} verlängert.',
    "Note d'intervention {~TICKET} : Mme {LAST} ({EMAIL}) n'arrive plus à se connecter au VPN FortiGate depuis {IP}. Poste PC-{FIRST}, numéro de série {~SERIAL}. Rappel prévu {~WEEKDAY} à {~TIME}, tél. {PHONE_EU}.",
    '{"tool":"psa.create_ticket","arguments":{"requester":"{NAME}","requester_email":"{EMAIL}","device":"LAPTOP-{FIRST}","ip":"{IP}","summary":"Outlook keeps asking for password after M365 migration","priority":"P3","due":"{~DATE}","asset_tag":"{~SKU}","device_id":"{~UUID}"}}',
    'Nota CRM: {NAME} (Clínica Dental Sonrisa, {~CITY}) pide presupuesto para renovar {~QUANTITY} de antivirus Sophos. Tel. {PHONE_EU}, correo {EMAIL}. Oferta {~INVOICE} por {~PRICE}, válida hasta {~DATE}.',
  ],
  whatsapp: [
    'bhaiya LAPTOP-{FIRST} phir se hang ho gaya 😩 ticket {~TICKET} reopen karo pls, {name} ka number {PHONE} hai',
    'hi {FIRST}, wifi down at reception again. UniFi AP shows firmware {~VERSION}, MAC 74:AC:B9:3E:01:5F. can u come before {~TIME}?',
    '[{~TIME}] {NAME}: server HERMES not pinging from {IP} 😬\n[{~TIME}] NOC Bot: alert {~TICKET} acknowledged by on-call\n[{~TIME}] {FIRST}: on it, remoting in via NinjaOne',
    'sir password reset ho gaya? OTP {~OTP} aaya tha but expire ho gaya. mera email {EMAIL} hai, laptop serial {~SERIAL}',
    'hola {FIRST}! el portátil de {name} no arranca, pantallazo azul después de la actualización {~VERSION}. te llamo al {PHONE_EU}? ticket {~TICKET}',
    'cześć {FIRST}, drukarka na 2 piętrze znowu offline 🙄 zgłoszenie {~TICKET}, dzwoń na {PHONE_EU}, jestem do {~TIME}',
    'Hallo {FIRST}, kannst du das Passwort für {name} zurücksetzen? Sie ist im Homeoffice, erreichbar unter {PHONE_EU}. Danke! 🙏',
    'Olá {FIRST}, o portátil novo do {LAST} já chegou? tracking {~TRACKING}, fatura {~INVOICE} de {~PRICE} 📦',
    'bonjour {FIRST} 👋 la licence Bitwarden de {name} expire le {~DATE}, tu peux renouveler {~QUANTITY} ? merci',
    'on-call swap: {FIRST} takes {~WEEKDAY} night, I ({NAME_INIT}) take the weekend. pager {PHONE} 📟',
    'guys Alexa in the boardroom is joining Teams calls by itself again 🤦 also Jenkins agent BUILD-02 out of disk. {FIRST} pls check, I am with client {NAME} till {~TIME}',
    'Forwarded: "Hi, I\'m {NAME}, new joiner in Finance from {~DATE}. Please create my account, personal email {EMAIL_SPELT}, mobile {PHONE}." 👆 {FIRST} can u take this',
  ],
  kyc: [
    'New starter form\nFull name: {NAME}\nStart date: {~DATE}\nJob title: {~JOB_TITLE}\nNational Insurance no.: {NINO}\nPersonal mobile: {PHONE}\nLaptop: Lenovo ThinkPad T14 Gen 4, serial {~SERIAL}, hostname LAPTOP-{FIRST}',
    'Identity check before MFA reset (script v2.1): caller {NAME}, employee ID {~SKU}, DOB matched HR record, callback number on file {PHONE}. Reset approved by {NAME_INIT}; Duo bypass valid {~TIME} to {~TIME}.',
    'Employee onboarding – Bengaluru branch\nName: {NAME_UP}\nPAN: {PAN}\nAadhaar: {AADHAAR}\nMobile: {PHONE}\nAsset issued: HP EliteBook 840 G10, serial {~SERIAL}, hostname LAPTOP-{FIRST}\nOffice PIN code {~PINCODE}',
    'Contractor access request: {NAME}, SSN {SSN} (background check only), email {EMAIL}. VPN group VPN-CONTRACTORS, expires {~DATE}. Requested by {NAME_INIT}, PO {~PO}.',
    'Karta nowego pracownika: {NAME}, PESEL {PESEL}, tel. {PHONE_EU}, e-mail {EMAIL}. Laptop Dell Latitude 5440, nr seryjny {~SERIAL}, konto domenowe aktywne od {~DATE}.',
    'Alta de usuario: {NAME_REV}, DNI/NIE {NIF}, móvil {PHONE_EU}. Equipo asignado PC-{FIRST} (S/N {~SERIAL}). El DNI {~NIF_INVALID} del formulario anterior era erróneo.',
    'MSP vendor registration: Sai Infotech Solutions, GSTIN {GSTIN}, contact person {NAME}, bank IFSC {IFSC}, UPI {UPI}. Rate card {~PRICE}/hour, SLA 4h, Tally AMC included.',
    'Leaver checklist for {NAME_REV} (last day {~DATE}): disable AD account, convert mailbox to shared, wipe iPhone IMEI {~IMEI}, recover YubiKey {~SERIAL}, forward mail to line manager {NAME}. HR ref {~REF_EU}.',
    'Travel laptop loan: {NAME}, passport {PASSPORT}, flying to {~CITY} on {~DATE}. Loaner LOAN-07 (MacBook Air M2, serial {~SERIAL}), roaming eSIM on {PHONE}.',
    'Right-to-work + IT access: {NAME}, NI {NINO}, personal email {EMAIL_SPELT}. Building pass {~TICKET}, meeting room Kilimanjaro, desk 4B.',
    'Remote worker setup: {NAME}, ITIN {ITIN}, home IP {IP} allow-listed on the RD Gateway. Office LTSC key NK3PM-7W2CR-QX8H9-4TJYB-6MG2D (volume, do not share), Windows build 10.0.19045.4170.',
  ],
  refund: [
    'Credit note request: Sunrise Dental was billed for {~QUANTITY} of M365 Business Standard but only uses 18. Contact {NAME} ({EMAIL}). Invoice {~INVOICE}, overcharge {~PRICE}. Refund to card {CARD}.',
    'RMA {~TICKET}: faulty Dell P2422H monitor, serial {~SERIAL}, returned via courier {~TRACKING}. Refund {~PRICE} to {NAME_REV}, IBAN {IBAN}.',
    'Hi team, this is {NAME} from Apollo Logistics. Your direct debit took {~PRICE} twice on {~DATE} for the Datto backup plan. Please reverse one; call me on {PHONE}.',
    'Refund approved by {NAME_INIT}: domain renewal charged to card {CARD} although the client moved registrar. The number {~LUHN_INVALID_16} in the e-mail is a typo. Ticket {~TICKET}.',
    'AMC cancellation refund: {NAME}, {~PRICE} via UPI {UPI} or NEFT IFSC {IFSC}. UTR of original payment {~UTR}. Client GSTIN {GSTIN}.',
    'Reembolso solicitado por {NAME}: la licencia de Kaspersky para {~QUANTITY} se cobró dos veces (factura {~INVOICE}, {~PRICE}). IBAN {IBAN}, tel. {PHONE_EU}.',
    'Prośba o zwrot: {NAME}, faktura {~INVOICE}, kwota {~PRICE}, za nieużywane licencje Sophos. Numer rachunku {IBAN}, kontakt {EMAIL}.',
    'Gutschrift bitte: Frau {LAST} hat den Laptop (S/N {~SERIAL}) innerhalb von 14 Tagen zurückgeschickt, Sendung {~TRACKING}. Betrag {~PRICE}, Kundennummer {~REF_EU}.',
    '{"tool":"billing.issue_refund","arguments":{"customer":"{NAME}","email":"{EMAIL}","invoice":"{~INVOICE}","amount":"{~PRICE}","reason":"Duplicate Veeam licence renewal","card":"{CARD}","approved_by":"{NAME_INIT}"}}',
    "Demande de remboursement : {NAME} a payé {~PRICE} pour une intervention sur site annulée le {~DATE} (ticket {~TICKET}). Virement sur IBAN {IBAN}, joignable au {PHONE_EU}.",
    'pls refund {name} for the Norton renewal, order {~ORDER}, {~PRICE}. she says she never asked for auto-renew. her number {PHONE}',
    'Pedido de reembolso: o cliente {NAME} devolveu o router Ubiquiti (S/N {~SERIAL}, MAC F0:9F:C2:10:AB:34), encomenda {~ORDER}. Valor {~PRICE}, IBAN {IBAN}.',
  ],
  lead: [
    'Web form: Name {NAME} | Company: Bluebird Logistics | Employees: 25 | Email {EMAIL} | Phone {PHONE} | Message: "Our IT guy left, we need someone to manage 20 laptops, a Synology NAS and Microsoft 365. Budget around {~PRICE}/month."',
    'Inbound call {~TIME}: {NAME_INIT}, practice manager at a dental clinic in {~CITY}, wants a quote for managed backup (Veeam) + firewall (FortiGate 60F). Callback {PHONE}, best on {~WEEKDAY}.',
    'Referral from {NAME} (client, Orion Accounting): their neighbour {NAME} runs a 12-seat law office and wants phishing training. Email {EMAIL}.',
    'Lead: {NAME} visited "Managed IT for small offices" from {IP} on {~DATE} and downloaded the security checklist {~VERSION}. Assign to {FIRST}.',
    'Lead from IndiaMART: {name}, CA firm in {~CITY}, 8 systems, Tally server + CCTV. "humko AMC chahiye, rate batao". Mobile {PHONE}, budget {~PRICE}.',
    'Nuevo lead: {NAME}, gerente de una gestoría en {~CITY} con 15 puestos. Quiere migrar a Google Workspace. Tel. {PHONE_EU}, email {EMAIL}. Presupuesto {~PRICE}.',
    'Neuer Interessent: {NAME_REV}, Steuerkanzlei mit 12 Arbeitsplätzen, braucht Intune und Backup. Telefon {PHONE_EU}, E-Mail {EMAIL}. Termin {~DATE} um {~TIME}.',
    'Nowy lead: {NAME}, biuro rachunkowe w {~CITY}, 10 komputerów, pytają o wsparcie IT i kopie zapasowe. Tel. {PHONE_EU}, e-mail {EMAIL_SPELT}.',
    'LinkedIn InMail from {NAME} ({~JOB_TITLE}): "We have 3 offices, Meraki switches and a flaky VPN. Can someone call me at {PHONE}?" Tags: SMB, 40 seats, source LinkedIn.',
    '{"tool":"crm.create_lead","arguments":{"name":"{NAME}","company":"Hermes Travel Ltd","phone":"{PHONE}","email":"{EMAIL}","seats":14,"interest":["helpdesk","backup","M365"],"source":"webchat","created_at":"{~DATE} {~TIME}"}}',
    "Prospect : {NAME}, cabinet d'architectes à {~CITY}, 9 postes Mac, veut un contrat d'infogérance. Tél. {PHONE_EU}, courriel {EMAIL}. Devis {~INVOICE} envoyé.",
    'Hi, we are a 15-person marketing agency and our printer/Wi-Fi situation is a mess. Could you send pricing?\n\nBest,\n{FIRST}\n\n{NAME} | Office Manager\nBrightside Creative, {~STREET}\nT: {PHONE} | E: {EMAIL}',
  ],
};
