/**
 * Blind evaluation set 105: university alumni relations and fundraising offices — alumni directory
 * updates, class-of reunion RSVPs, donation pledges and receipts (80G, Gift Aid, 501(c)(3)),
 * scholarship funds and halls named after donors, mentoring sign-ups and LinkedIn-style career updates.
 * CRM contact reports, batch WhatsApp groups, donor forms, CSV exports and tool-call JSON from India,
 * the US, the UK and Europe (with Hinglish, Spanish, German, French, Polish and Portuguese lines).
 * Hard negatives: donor-named halls, rooms and funds (Whitcombe Hall, Kapoor Reading Room, Stypendium
 * im. Kowalskich), name-like company names, class years, fund codes, constituent IDs, EINs, charity
 * numbers, receipt and UTR numbers, prices, dates and times.
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH105_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Alumni record update (Raiser\'s Edge NXT): {NAME_REV}, Class of 2009, B.Tech Mechanical. New employer: {~JOB_TITLE} at Hartwell Dynamics, {~CITY}. Preferred email {EMAIL}; mobile {PHONE}. Constituent ID {~REF_EU}.',
    'Contact report — {~DATE}\nProspect: {NAME} (MBA \'04)\nSolicitor: {NAME_INIT}, Associate Director, Major Gifts\nAsk: {~PRICE} toward the Whitcombe Hall renovation; donor wants naming rights on Room 214. Next step: lunch at the Faculty Club on {~WEEKDAY}.',
    'Duplicate merge: constituent {~REF_EU} ({NAME}, {EMAIL}) and {~REF_EU} ({NAME_UP}) look like the same person — same class year (1997), same phone {PHONE}. Kept the older record; 14 gifts and 3 event registrations moved.',
    'Stewardship note: {FIRST} called from {PHONE_EU} asking for the impact report on the Ashdown Memorial Scholarship (fund code SCH-0412). 6 scholars this year, average award {~PRICE}. Send by {~DATE}.',
    'Lost alumni trace: magazine returned from {~STREET}, {~CITY} {~PINCODE}. NCOA search found {NAME_INIT}; LinkedIn says {~JOB_TITLE}. Marked "Address unknown" until confirmed.',
    'Notiz (Alumni-Büro): Frau {LAST} hat angerufen, neue Nummer {PHONE_EU}. Spende von {~PRICE} für den Stipendienfonds ist eingegangen, Zuwendungsbestätigung Nr. {~INVOICE} geht am {~DATE} raus.',
    'Class agents, Class of 1999 (25th reunion): {NAME}, {NAME}, {NAME_INIT}. Participation goal 35%, currently 21% (142 of 676 donors). Reunion Weekend June 6–8; Homecoming dinner at Bhandari Auditorium, {~TIME}.',
    'constituent_id,name,class_year,email,phone,lifetime_giving\n{~REF_EU},"{NAME_REV}",2011,{EMAIL},{PHONE},"{~PRICE}"\n{~REF_EU},"{NAME_REV}",1988,{EMAIL},{PHONE_EU},"{~PRICE}"',
    '{"tool":"update_constituent","arguments":{"constituent_id":"{~REF_EU}","preferred_name":"{FIRST}","full_name":"{NAME}","email":"{EMAIL}","mobile":"{PHONE}","class_year":2015,"degree":"MSc Data Science","employer":"Lindqvist Analytics","title":"{~JOB_TITLE}"}}',
    'Fwd: address change\n\n---------- Forwarded message ---------\nFrom: {NAME} <{EMAIL}>\nDate: {~WEEKDAY}, {~DATE} at {~TIME}\nSubject: Class of 2002 — please update my details\n\nHi, I moved to {~CITY}. New mobile {PHONE}. Please keep sending the Carrington Review (print edition) but stop the phonathon calls.\n\n— {FIRST}',
    'Named fund note: Kapoor Family Endowed Chair in Economics — corpus {~PRICE}, payout 4.5% for FY 2025-26. Donor contact is {NAME}, {EMAIL}. Plaque wording for the Kapoor Reading Room to be approved by {~DATE}.',
    'Alumni cell note: {NAME} (Batch 2001-05, ECE) ne bataya ki wo ab {~CITY} mein {~JOB_TITLE} hain. Mobile {PHONE}, email {EMAIL}. Silver Jubilee reunion ke liye 2 seats book karni hain.',
  ],
  whatsapp: [
    'Hi all 🎉 Class of 2000 Silver Jubilee reunion on {~DATE}, Main Building lawns, {~TIME} onwards. RSVP here ya {name} ko DM karo ({PHONE}). Registration ₹3,500 per head, spouse free 🙏',
    'bhai {name} ka naya number {PHONE} hai, purana wala band ho gaya. batch ke group mein add kar do pls',
    '{FIRST}: count me in for the reunion dinner 🍻 +1 (wife). veg meal pls. paid {~PRICE} via UPI, UTR {~UTR}',
    'Hey {FIRST}! Mentoring program sign-up closes {~WEEKDAY}. 42 students still need mentors in product & consulting 👀 form link is in the group description',
    'sir 80G receipt nahi aaya abhi tak 😕 donation {~PRICE} kiya tha on {~DATE}, txn {~UTR}. PAN {PAN} hai, email {EMAIL}',
    'hola {FIRST}! somos la promoción 2010 de ADE 🎓 cena de reencuentro el {~DATE} a las {~TIME} en el Colegio Mayor. confirma a {name} al {PHONE_EU} 🙌',
    'cześć {FIRST}, zjazd absolwentów rocznika 2005 w {~CITY}, {~DATE}. Zapisy u {NAME} pod numerem {PHONE_EU} albo mailowo {EMAIL} 🥂',
    'Olá {FIRST}! O encontro de antigos alunos é {~WEEKDAY} às {~TIME}. Confirma com a {NAME} pelo {PHONE_EU}, por favor 😊',
    'guys RIP old canteen 😭 new Mehta Café opens in the Ramanujan Block next {~MONTH}. also {name} just became {~JOB_TITLE} 🎉🎉',
    'Forwarded: "Dear alumni, please update your details in the Almabase directory before {~DATE}. Helpdesk: {EMAIL_SPELT}" — {FIRST} can u check if mine is right? my mail is {EMAIL_SPELT}',
    '{name}: donated {~PRICE} to the Lakshmi Narayan Scholarship Fund 🙏 receipt no {~INVOICE}. anyone else from batch 98 want to pool in? target ₹5,00,000 by {~MONTH}',
  ],
  kyc: [
    '80G receipt request — Donor: {NAME_UP}, PAN {PAN}, address {~STREET}, {~CITY} {~PINCODE}. Amount {~PRICE}, mode NEFT, UTR {~UTR}. Trust 80G registration valid till AY 2026-27; Form 10BE to be issued by 31 May.',
    'Scholarship disbursal (Gupta Merit Scholarship 2025): recipient {NAME}, Aadhaar {AADHAAR}, bank IFSC {IFSC}, UPI {UPI}. Roll no. {~REF_EU}; semester fee {~PRICE}.',
    'Gift Aid declaration\nTitle: Dr\nFirst name: {FIRST}\nSurname: {LAST}\nHome address: {~STREET}, {~CITY}\nI am a UK taxpayer and understand that if I pay less Income Tax and/or Capital Gains Tax than the amount of Gift Aid claimed on all my donations in that tax year it is my responsibility to pay any difference.\nDate: {~DATE}\nDonation: £100 (+£25 Gift Aid)',
    'Payroll giving set-up (UK): {NAME}, NI number {NINO}, £20/month to the Alumni Annual Fund via Give As You Earn, charity no. 1137456, reference {~REF_EU}.',
    'US donor, matching gift via employer: {NAME}, {EMAIL}. The university is a 501(c)(3), EIN 36-4170322 — the donor does NOT need to give us an SSN; she sent {SSN} anyway, please purge it from the attachment.',
    'Certificado de donaciones (Modelo 182): donante {NAME_REV}, NIF {NIF}, importe {~PRICE}, fecha {~DATE}. Deducción del 80% en los primeros 250 €. Teléfono {PHONE_EU}.',
    'Stypendium im. Kowalskich — laureat: {NAME}, PESEL {PESEL}, IBAN {IBAN}, tel. {PHONE_EU}. Kwota 6000 zł, wypłata w {~MONTH}.',
    'International alumnus {NAME}, passport {PASSPORT}, joins the Board of Visitors; visa invitation letter ref {~INVOICE}. Flight lands {~DATE} {~TIME}.',
    'Non-resident donor {NAME} (ITIN {ITIN}) pledged {~PRICE} over 5 years to the Okafor Hall fund; 1st instalment due {~DATE}.',
    'CSR gift via alumni-led company Brightwell Foundation, GSTIN {GSTIN}; contact {NAME}, {EMAIL}, {PHONE}. 80G and CSR-1 certificates requested. PO {~PO}.',
    'Spendenquittung: {NAME}, IBAN {IBAN}, Betrag {~PRICE}, Zweck "Deutschlandstipendium – Fakultät für Physik". Bitte nicht mit Spendernummer {~REF_EU} verwechseln.',
  ],
  refund: [
    'Refund request: {NAME} was charged twice for the Reunion Gala ticket ({~PRICE}), order {~ORDER}. Card {CARD}. Please refund one; the other stays as a gift to the Class of 2014 fund.',
    'Hi, {FIRST} here (Class of \'91). The pledge payment of {~PRICE} on {~DATE} should have been the last instalment, but you took another one. Can you refund to {IBAN}? Pledge ref {~INVOICE}.',
    'Donation reversal — Giving Day: donor {NAME_REV}, txn {~UTR}, {~PRICE}. Reason: wrong fund (chose Athletics instead of the Fairbanks Library). Transfer, no refund; re-issue 80G receipt {~INVOICE}.',
    'Stripe dispute {~TICKET}: cardholder {NAME}, card {CARD}, IP {IP}. Says she never pledged. Phonathon caller {NAME_INIT} logged a verbal yes on {~DATE} at {~TIME}. Recording attached.',
    'bhaiya reunion cancel ho gaya mera, flight nahi mili 😔 refund {UPI} pe kar do pls. amount {~PRICE}, booking {~ORDER}',
    'Reembolso: {NAME}, inscripción al encuentro de antiguos alumnos ({~PRICE}), pedido {~ORDER}. Tarjeta {CARD}. Contacto {EMAIL}.',
    'Gift Aid was claimed on {NAME}\'s donation {~INVOICE} but the gift was refunded on {~DATE}; HMRC adjustment needed (£12.50). Donor email {EMAIL}.',
    '{"name":"issue_refund","arguments":{"payment_id":"{~UUID}","amount":"{~PRICE}","donor_name":"{NAME}","donor_email":"{EMAIL}","reason":"duplicate reunion registration","fund":"Harcourt Scholarship Fund"}}',
    'Zwrot: {NAME} zapłacił dwa razy za zjazd absolwentów ({~PRICE}), nr zamówienia {~ORDER}. Proszę o zwrot na IBAN {IBAN}. Kontakt: {PHONE_EU}.',
    'The card number {~LUHN_INVALID_16} on the pledge form is a typo (donor {NAME} confirmed by phone, {PHONE}); charge the corrected card {CARD} for the remaining {~PRICE}.',
    'Remboursement demandé par {NAME} ({EMAIL}) : dîner des anciens du {~DATE}, commande {~ORDER}, montant {~PRICE}. Tél. {PHONE_EU}.',
  ],
  lead: [
    'Career update (LinkedIn alert): {NAME} — MBA 2013 — is now {~JOB_TITLE} at Redmond Holloway Partners. Wealth screen rating: B. Flag for the Chancellor\'s Circle prospect list.',
    'Mentoring sign-up\nName: {NAME}\nGraduation year: 2008\nCurrent role: {~JOB_TITLE}\nCity: {~CITY}\nEmail: {EMAIL}\nPhone: {PHONE}\nMentees I can take: 2\nTopics: product management, switching careers',
    'Major gift prospect: {NAME} ({~CITY}), sold his startup last {~MONTH}. Capacity {~PRICE}+. Wants to name the new Sports Complex after his father. Intro via {NAME_INIT}, Class of 1995. Call {PHONE}.',
    'Web form "Stay connected"\nfirst_name={FIRST}\nlast_name={LAST}\nemail={EMAIL}\nclass_year=2019\nprogramme=LLM\ninterests=mentoring,reunions,giving\nutm_campaign=giving_tuesday_2025\nip={IP}',
    'Please route to {FIRST} in Regional Alumni (North America). {NAME} from the Class of 2016 wants to host a chapter meetup in {~CITY} on {~DATE}; expects ~40 people. Her number: {PHONE}.',
    'Congrats {FIRST}! 🎉 Saw the news — {~JOB_TITLE} at Sterling Marsh. Would you speak at the Career Connect panel on {~WEEKDAY} {~TIME}?\n— {NAME}, Alumni Relations',
    'Nuevo contacto: {NAME}, promoción 2007, ahora {~JOB_TITLE} en {~CITY}. Quiere ser mentor. Correo {EMAIL}, móvil {PHONE_EU}.',
    'Neuer Mentor: {NAME_INIT}, Abschlussjahrgang 2012, {~JOB_TITLE}. Erreichbar unter {PHONE_EU} oder {EMAIL_SPELT}. Alumni-Treffen am {~DATE} im Humboldt-Saal.',
    'Legacy society lead: {NAME_REV}, Class of 1969, has named the university in her will. Executor contact {NAME}, {EMAIL}. Do not solicit before {~DATE}. Bequest intention approx. {~PRICE}.',
    'Referral from the Dean\'s Office: {NAME} (PhD 2004) may add to the Whitaker Chemistry Scholarship (fund code SCH-1187). Email {EMAIL}, best after {~TIME} IST.',
    'Batchmate intro: {name} — yeh apne batch ka hai, ab {~JOB_TITLE} hai {~CITY} mein. mentoring ke liye interested hai, number {PHONE}',
    'Giving Tuesday lead list\nName | Class | Email | Last gift | Amount\n{NAME_REV} | 2003 | {EMAIL} | {~DATE} | {~PRICE}\n{NAME_REV} | 2017 | {EMAIL} | {~DATE} | {~PRICE}',
  ],
};
