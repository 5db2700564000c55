/**
 * Blind evaluation set 103: astrology, horoscope, pandit and puja booking services — kundli and
 * birth-chart requests (date, time and place of birth), pandit assignments, temple and puja
 * packages named after deities and saints, gotra and nakshatra fields, 80G/Gift Aid donation
 * receipts and WhatsApp consultations, in India, the US, the UK and Europe.
 * Hard negatives are the business's own vocabulary: deity, saint and temple names (Lakshmi,
 * Hanuman, Shirdi Sai, Kashi Vishwanath), gotras that are also surnames (Kashyap, Bharadwaj),
 * nakshatras that are also given names (Rohini, Ashwini, Anuradha, Revati), planets, tarot cards,
 * zodiac signs in several languages, booking and receipt numbers, birth dates/times/places,
 * muhurat times, prices, counts (108 beads, 1,25,000 jaap) and versions.
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH103_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Kundli request {~ORDER}: native {NAME}, DOB {~DATE}, TOB {~TIME}, POB {~CITY}. Gotra: Kashyap, Nakshatra: Rohini (pada 3), Rashi: Vrishabh. Assigned to Pt. {NAME} for Shani Sade Sati remedies.',
    'Call note ({~WEEKDAY}): {NAME_INIT} wants Rudrabhishek at Kashi Vishwanath on Mahashivratri, Sawan package {~PRICE}. Callback {PHONE} after {~TIME}. Pandit slot: Acharya {LAST}.',
    'Pandit assignment sheet\nBooking: {~ORDER}\nPuja: Satyanarayan Katha + Navagraha Shanti\nYajman: {NAME_REV}\nPandit: {NAME}\nMuhurat: {~DATE} {~TIME}\nSamagri kit: SKU {~SKU}\nDakshina: {~PRICE}',
    'booking_id,devotee,phone,puja,temple,amount,status\n{~ORDER},{NAME},{PHONE},Maha Mrityunjaya Jaap (1,25,000),Mahakaleshwar Ujjain,{~PRICE},CONFIRMED\n{~ORDER},{name},{PHONE},Lakshmi Kuber Puja,Siddhivinayak,{~PRICE},PENDING',
    'Consultation summary — client {NAME} ({EMAIL}). Ascendant Leo, Moon in Rohini, Rahu Mahadasha till 2031, Venus antardasha. Recommended Gomed 7.25 ratti and Hanuman Chalisa 11 times on Tuesdays. Next review {~DATE}.',
    'Sai Seva desk: {FIRST} called again about the Ganesh Chaturthi e-puja video link. Ticket {~TICKET}. Prasad courier AWB {~TRACKING} to pincode {~PINCODE}.',
    'Kundli Milan for {NAME} & {NAME}: 28/36 gunas, Mangal Dosh cancelled, Nadi dosh absent. Girl\'s father {NAME_INIT}, contact {PHONE}. Report template {~VERSION}.',
    '---------- Forwarded message ---------\nFrom: {NAME} <{EMAIL}>\nDate: {~DATE}\nSubject: Griha Pravesh muhurat\n\nPanditji, we are shifting to our {~ROOMS} flat on {~STREET}. Please suggest a muhurat after Dev Uthani Ekadashi. My wife\'s nakshatra is Anuradha, mine is Ashwini.',
    'Houston temple desk: {NAME} booked Diwali Lakshmi Puja (virtual, CST) for a family of 4, slot {~TIME}. Stripe ref {~INVOICE}. Callback {PHONE}. Priest: Pt. {LAST}.',
    'Leicester Mandir CRM — Havan booking {~ORDER}. Yajman {NAME}, mobile {PHONE}, email {EMAIL}. Gotra Bharadwaj. Hall: Shri Ram Hall, capacity 120. Donation {~PRICE} eligible for Gift Aid.',
    'Notiz: {NAME} (Tel. {PHONE_EU}) möchte ein Geburtshoroskop, geboren am {~DATE} um {~TIME} in {~CITY}. Aszendent Jungfrau, Sonne im Skorpion. Termin am {~WEEKDAY}, Paket „Venus Deluxe" {~PRICE}.',
    '{"tool":"assign_pandit","arguments":{"booking_id":"{~ORDER}","puja":"Durga Saptashati Path","pandit_name":"{NAME}","pandit_phone":"{PHONE}","devotee":"{NAME}","gotra":"Vashishtha","nakshatra":"Revati","muhurat":"{~DATE} {~TIME}"}}',
  ],
  whatsapp: [
    'Namaste {FIRST} ji 🙏 aapki kundli ready hai. Janam tithi {~DATE}, samay {~TIME}, sthan {~CITY}. Shani ki sade sati chal rahi hai, Hanuman ji ki puja karein. Order {~ORDER}',
    'pandit ji ka number {PHONE} hai, {name} bol rahe the kal Satyanarayan katha {~TIME} baje ✅',
    '[{~DATE}, {~TIME}] {NAME}: Guruji mera nakshatra Bharani hai ya Krittika? birth time {~TIME}\n[{~DATE}, {~TIME}] Astro Shubh Labh: Krittika pada 1, Mesh rashi 🙏',
    'hello {FIRST}! your Mahalakshmi Diwali puja is booked for {~DATE} at Kolhapur Ambabai temple. Pandit {NAME_INIT} will video call on this number. Donation receipt {~INVOICE} 🪔',
    'Sir, payment of {~PRICE} done to {UPI} for Kaal Sarp Dosh Nivaran at Trimbakeshwar, UTR {~UTR}. Mera naam {NAME} hai, gotra Kashyap.',
    'hola {FIRST} ✨ tu carta astral está lista: ascendente Escorpio, Luna en Cáncer. Consulta con la astróloga el {~WEEKDAY} a las {~TIME}. Si prefieres, escríbeme a {EMAIL} o llama al {PHONE_EU}.',
    'cześć {FIRST}, horoskop urodzeniowy gotowy 🌙 ascendent w Wadze, Słońce w Lwie. Numer zamówienia {~ORDER}, kod do PDF: {~OTP}. Pytania? Zadzwoń {PHONE}.',
    'Bhaiya {name} ne bola tha Rudraksh 5 mukhi original chahiye, lab cert {~SERIAL}. Unka number {PHONE} 📿',
    'Forwarded: "Om Namah Shivaya 🙏 Shravan Somvar special Rudrabhishek @ {~PRICE} only, book now" — {FIRST} yeh genuine hai? papa {NAME} ko bhi bhejna hai, unka whatsapp {PHONE}',
    'Olá {FIRST}! Seu mapa astral: ascendente em Leão, Vênus na casa 7. Sessão de tarot (Rainha de Copas saiu 2x 😅) confirmada {~DATE} {~TIME}. Email pro recibo: {EMAIL_SPELT}',
    'thank u guruji 🙏 my daughter {FIRST} born {~DATE} {~TIME} at {~CITY}, naam ka akshar kya hoga? nakshatra Purva Phalguni aaya. my mail {EMAIL_SPELT}',
    'Hi {FIRST}, Ganesha Astro here 🔮 Mercury retrograde ends {~DATE}; your 3-question reading with the Tara Jyotish team is at {~TIME} EST. Questions? Call {PHONE}.',
  ],
  kyc: [
    'Pandit onboarding: {NAME_UP}, Aadhaar {AADHAAR}, PAN {PAN}, payout UPI {UPI}, bank IFSC {IFSC}. Specialisation: Vedic Karmakand, Yajurveda shakha. Service pincode {~PINCODE}. Agreement {~VERSION}.',
    '80G DONATION RECEIPT\nReceipt No: {~INVOICE}\nReceived with thanks from {NAME} (PAN {PAN}) the sum of {~PRICE} towards Gau Seva at Shri Krishna Gaushala, Vrindavan. Mode: UPI, UTR {~UTR}. Reg. No. CIT(E)/80G/2023-24/A/10345.',
    'NRI devotee verification: {NAME}, passport {PASSPORT}, OCI pending. Mobile {PHONE}. Tirupati Balaji Kalyanotsavam arjitha seva, ticket {~TICKET}, date {~DATE}.',
    'Priest contractor W-9: {NAME_REV}, SSN {SSN}; spouse {NAME}, ITIN {ITIN}. Temple: Hindu Temple of Greater Chicago, Ganesh shrine. Honorarium {~PRICE} per Saturday.',
    'UK priest employment: {NAME}, NI number {NINO}, religious worker visa, start {~DATE}. Temple: Shree Ghanapathy Temple, Wimbledon. Contact {PHONE}.',
    'Alta de cliente\nNombre: {NAME}\nDNI/NIE: {NIF}\nTeléfono: {PHONE_EU}\nServicio: Carta natal + revolución solar {~PRICE}\nNacimiento: {~DATE}, {~TIME}, {~CITY}\nNota: el DNI {~NIF_INVALID} del primer formulario era erróneo.',
    'Dane klienta: {NAME_REV}, PESEL {PESEL}, tel. {PHONE_EU}. Usługa: horoskop partnerski (synastria), faktura {~INVOICE}, konto {IBAN}.',
    'Temple trust vendor KYC: Maa Vaishno Samagri Bhandar, GSTIN {GSTIN}, proprietor {NAME}, PAN {PAN}, IFSC {IFSC}. Items: havan samagri 500 g, ghee diya {~QUANTITY}, SKU {~SKU}.',
    'Aadhaar {AADHAAR} verified for yajman {NAME}. The number {~VERHOEFF_INVALID_12} typed at the counter failed the checksum. Gotra Atri, Nakshatra Shravana.',
    'Spendenquittung Nr. {~INVOICE}: {NAME}, IBAN {IBAN}, Betrag {~PRICE} für den Sri Kamadchi Ampal Tempel in Hamm. Rückfragen: {EMAIL}.',
    'SANKALP FORM\nFull name: {NAME}\nFather/Husband: {NAME}\nGotra: Vatsa\nRashi: Makar\nDOB: {~DATE}  TOB: {~TIME}\nPlace: {~CITY}\nMobile: {PHONE}\nID: PAN {PAN}',
  ],
  refund: [
    'Refund request from {NAME}: card {CARD} charged twice for Navratri Durga Puja package {~ORDER} ({~PRICE}).',
    'Cancelled: Kaal Sarp puja at Trimbakeshwar, booking {~ORDER}, pandit {NAME_INIT} unavailable on Amavasya ({~DATE}). Refund {~PRICE} to {UPI}, UTR to follow.',
    'Dear {FIRST},\nYour refund of {~PRICE} for the Mangal Dosh Nivaran puja (invoice {~INVOICE}) has been initiated. The card number {~LUHN_INVALID_16} you typed in the form does not exist; we used {CARD}.\nJai Shri Ram,\nAccounts, Shubh Puja Seva',
    'Hi team, {NAME} here. Ordered a Shree Yantra (SKU {~SKU}) + Rudraksha mala 108+1 beads, tracking {~TRACKING} shows delivered but nothing came. Call me on {PHONE} pls.',
    'Chargeback alert: dispute on invoice {~INVOICE}, cardholder {NAME_REV}, customer email {EMAIL}, IP {IP}. Product: "Love & Marriage Report 2025" {~VERSION}.',
    'Solicitud de reembolso: {NAME} pagó {~PRICE} por una lectura de tarot (arcano La Emperatriz) que no se realizó. IBAN para devolución: {IBAN}. Tel. {PHONE_EU}.',
    'Erstattung: Die Online-Puja „Ganesha Segen" vom {~DATE} wurde storniert. Kundin {NAME}, Rückzahlung {~PRICE} auf IBAN {IBAN}. Vorgang {~TICKET}.',
    'donation galti se 2 baar ho gaya 🙏 {~PRICE} x2, Shirdi Sai annadaan fund, UTR {~UTR} aur {~UTR}. refund {UPI} pe kar dijiye. — {name}',
    'Remboursement demandé par {NAME} ({EMAIL}) : consultation de thème astral annulée, commande {~ORDER}, montant {~PRICE}. Rappeler au {PHONE_EU}.',
    'Zwrot: {NAME}, zamówienie {~ORDER} (horoskop roczny 2025, {~PRICE}), konto {IBAN}, kontakt {EMAIL}.',
    'Refund ledger: {~ORDER} | Hanuman Jayanti Sundarkand path | {NAME} | {PHONE} | {~PRICE} | approved by {FIRST} on {~DATE}',
  ],
  lead: [
    'New lead (Instagram ad "Kundli Milan in 24 hrs"): {NAME}, {PHONE}, {EMAIL}. Wants a marriage muhurat in {~MONTH}. Budget {~PRICE}.',
    'Web form — Free Janam Kundli\nName: {NAME}\nDate of birth: {~DATE}\nTime of birth: {~TIME}\nPlace of birth: {~CITY}\nGender: F\nWhatsApp: {PHONE}\nEmail: {EMAIL}\nUTM: navratri_sale_v2',
    'Inbound WhatsApp lead {name} ({PHONE}) asked for a Vastu consultation for a {~ROOMS} house on {~STREET}.',
    'Route to {FIRST} (Tamil/Telugu desk). Prospect {NAME} from Chennai wants Sudarshana Homam for Ayushya, email {EMAIL_SPELT}.',
    'Lead score 78 for {NAME}; viewed "Saturn Return Report" pricing from {IP} on {~DATE} at {~TIME}. Campaign: Shani Jayanti.',
    'Referral by {NAME} for {NAME} — both devotees of Shirdi Sai Baba, want the Guru Purnima group puja. Contact {EMAIL}.',
    'Event sign-up: Maha Shivratri jagran, London (Neasden). {NAME_INIT}, {PHONE}, party of 6, gotra Kaushik. Parking pass {~TICKET}.',
    'Nuevo contacto: {NAME} quiere carta natal y sinastría con su pareja. Nació el {~DATE} a las {~TIME} en {~CITY}. Móvil {PHONE}.',
    'Neue Anfrage: Herr {LAST} interessiert sich für ein Jahreshoroskop 2026 (Saturn-Transit, Jupiter im Krebs). Rückruf unter {PHONE_EU} am {~WEEKDAY}.',
    'lead_export.csv\nname,phone,email,interest,source\n{NAME},{PHONE},{EMAIL},Rahu Ketu Shanti,Google Ads\n{NAME_REV},{PHONE},{EMAIL},Gemstone (Neelam),Facebook',
    '{"tool":"create_lead","arguments":{"full_name":"{NAME}","mobile":"{PHONE}","email":"{EMAIL}","service":"Navagraha Puja","temple":"Kanchi Kamakshi","birth":{"date":"{~DATE}","time":"{~TIME}","place":"{~CITY}"},"nakshatra":"Uttara Ashadha"}}',
    'Thanks for your enquiry about the Ketu dasha report.\n\nWarm regards,\n{NAME}\nJyotish Visharad | Saraswati Astro Kendra\nMob: {PHONE} | {EMAIL}\nConsultations Mon–Sat, 10 AM–6 PM IST (not during Rahu Kaal)',
  ],
};
