/**
 * Blind evaluation set 57: telecom and internet service providers' retail and field operations in
 * India, the US and Europe. SIM activation and port-in requests, postpaid billing disputes, fibre
 * installation appointments, router replacement, roaming packs, store walk-in logs, dealer
 * commission queries and network-outage complaints, written as store walk-in registers (tables),
 * installation work orders (key: value), customer chats (Hinglish, lowercase, emoji), IVR
 * transcripts with speaker labels, CSV/JSON exports, SMS notifications and e-mails with
 * signatures. Hard negatives sit next to the real PII: ICCID- and IMEI-like numbers, company
 * service numbers and short codes, plan names, data amounts (GB), speeds (Mbps), ticket and order
 * numbers, amounts in ₹/$/€/£, dates, times and operator names. Mostly English and Hinglish, with
 * Spanish, Portuguese, German, French, Italian, Polish and Dutch.
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH57_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Store walk-in register — Andheri W outlet\n| Token | Customer | Mobile | Purpose | Time |\n|---|---|---|---|---|\n| W-114 | {NAME} | {PHONE} | Port-in to postpaid 599 plan | {~TIME} |\n| W-115 | {NAME} | {PHONE} | eSIM swap, IMEI {~IMEI} | {~TIME} |',
    'INSTALLATION WORK ORDER\nWO No: {~ORDER}\nCustomer: {NAME_REV}\nContact: {PHONE}\nAddress: {~STREET}, {~CITY} {~PINCODE}\nPlan: FibreMax 300 Mbps, unlimited data\nONT serial: {~SERIAL}\nSlot: {~DATE} {~TIME}\nTechnician: {NAME_INIT}',
    'Billing dispute note — postpaid account. {NAME} called from {PHONE} disputing {~PRICE} of international roaming charges on bill {~INVOICE}. Operator helpline 198 and 121 were also dialled per CDR; those are not customer numbers. Credit note pending for ticket {~TICKET}.',
    'Router replacement logged for {NAME}. Old router {~SERIAL} (firmware {~VERSION}) dead after the outage on {~DATE}. New unit {~SKU} dispatched, AWB {~TRACKING}. Customer email {EMAIL}.',
    'customer_id,name,msisdn,email,plan,data_used_gb,bill_amount\nCUST-88214,{NAME},{PHONE},{EMAIL},Unlimited 5G Max,187.4 GB,{~PRICE}\nCUST-88215,{NAME_REV},{PHONE},{EMAIL},Prepaid 299,1.5 GB/day,{~PRICE}',
    'IVR transcript — call ID {~UUID}\nIVR: Please enter your ten digit mobile number.\nCaller: {PHONE}\nIVR: For fibre complaints press 2.\nAgent ({FIRST}): Hi, you are speaking to {FIRST} at JioFiber support. Who am I speaking with?\nCaller: This is {NAME}, my line has been down since {~TIME}, ticket {~TICKET}.',
    'Subject: Your port-in request {~ORDER}\n\nHi {FIRST},\n\nYour number port from Vi to Airtel is scheduled for {~DATE}, between 10 PM and 6 AM. The UPC sent to your old number is valid for 4 days. New SIM ICCID 8991 0000 5123 4567 890 is linked to this request.\n\nBest,\n{NAME}\nRetail Team Lead, Airtel Store Koramangala\n{EMAIL}',
    'Dealer commission query from {NAME} (dealer code DLR-40331, GSTIN {GSTIN}). Activations in {~MONTH}: 142 prepaid, 38 postpaid. Claimed {~PRICE}, paid {~PRICE}. Reply to {EMAIL} with the statement.',
    'Outage complaint: {NAME_UP}, {~CITY}. Line speed dropped from 500 Mbps to 3 Mbps after the fibre cut on {~DATE}. Contact {PHONE} or {EMAIL}. Escalation ref {~TICKET}.',
    'Kundenservice-Notiz: Herr {LAST} meldet seit {~WEEKDAY} keinen Internetzugang (Tarif MagentaZuhause L, 100 Mbit/s). Rückruf unter {PHONE_EU}. Techniker-Termin {~DATE} um {~TIME}, Auftrag {~ORDER}.',
    'Nota cliente: la Sra. {LAST} pide la portabilidad de su línea a Movistar Fusión. Teléfono {PHONE_EU}, DNI {NIF}. Router HGU {~SERIAL}, pedido {~ORDER}, cuota {~PRICE}/mes.',
    'Note client : Mme {LAST} conteste la facture {~INVOICE} de {~PRICE} (Freebox Pop, 5 Gb/s). Rappeler au {PHONE_EU} avant {~TIME}. E-mail : {EMAIL}.',
    'Roaming pack activation — {NAME}, MSISDN {PHONE}. Pack: IR 30 days, 5 GB data, 100 min. Charged {~PRICE} on {~DATE}. Travelling with passport {PASSPORT}.',
    'Field visit report\nTechnician: {NAME}\nCustomer: {NAME_INIT}\nPhone on file: {PHONE}\nFault: LOS red on ONT {~SERIAL}\nAction: splice repaired, 940 Mbps on wired test\nCustomer sign-off: {~TIME}',
    'Walk-in log Verizon store #2231: {NAME} upgraded to Unlimited Plus, trade-in IMEI {~IMEI}, new line {PHONE}. Device {~PRODUCT} financed at {~PRICE}. Rep: {FIRST}.',
    'Notatka: Pan {LAST} zgłasza awarię światłowodu (Orange Światłowód 600 Mb/s) od {~DATE}. Kontakt {PHONE_EU}, e-mail {EMAIL}. Zlecenie serwisowe {~TICKET}.',
  ],
  whatsapp: [
    'bhai mera airtel fiber kal se band hai 😤 ticket {~TICKET} diya tha. naam {name}, number {PHONE}',
    'hi {name} 👋 ur jio sim activation done ✅ recharge ₹349 plan, 2GB/day. koi issue ho toh call karo {PHONE}',
    'sir plz port request cancel mat karna 🙏 upc code aaya tha 198 se. mera naam {name} hai, alt number {PHONE}',
    'ok {FIRST} ji, technician {NAME} aapke ghar {~TIME} tak aa jayega 🛠️ router {~SKU} le ke',
    'didi bill mein {~PRICE} extra laga hai roaming ka 😭 maine toh pack liya tha. mail kar diya {EMAIL_SPELT}',
    'new router ka wifi password nahi chal raha 😩 ip {IP} dikha raha hai admin page pe. {name} here',
    'thanks {FIRST}! speed ab 300 mbps aa rahi hai 🚀 order {~ORDER} close kar do',
    'bhaiya dealer commission {~MONTH} ka abhi tak nahi aaya 💸 {~PRICE} pending. upi {UPI} pe bhej do',
    'hola {FIRST} 📶 tu fibra se instala el {~DATE} a las {~TIME}. El técnico {NAME} te llamará al {PHONE_EU}',
    'oi {FIRST}, a portabilidade do seu número para a Vivo foi concluída ✅ dúvidas: {PHONE_EU} ou {EMAIL}',
    'hallo {FIRST}, dein Router ist defekt? 📦 Ersatzgerät {~SKU} kommt am {~WEEKDAY}. Sendungsnummer {~TRACKING}',
    'ciao {FIRST}! 🇮🇹 il tuo pacchetto roaming 10 GB è attivo fino al {~DATE}. assistenza: {PHONE_EU}',
    'hoi {FIRST}, storing in jouw wijk is opgelost 👍 ticket {~TICKET}. vragen? bel {name} op {PHONE_EU}',
    'cześć {FIRST} 😊 aktywacja karty SIM zakończona, numer {PHONE_EU}. pakiet 50 GB za {~PRICE}',
    'network nahi aa raha 2 din se 📵 {~CITY} mein. mera number {PHONE} aur email {EMAIL} hai, jaldi dekho pls',
    'yo {name} the store rep said ur esim qr expires at {~TIME} 😬 call t-mobile 611 or me at {PHONE}',
  ],
  kyc: [
    'SIM ACTIVATION CAF\nSubscriber: {NAME_UP}\nAadhaar (e-KYC): {AADHAAR}\nPAN: {PAN}\nAlternate mobile: {PHONE}\nICCID: 89 91 86 2200 1234 5678\nIMEI: {~IMEI}\nPOS code: POS-77812, activated {~DATE} {~TIME}',
    'Port-in KYC for {NAME}: UPC received, Aadhaar {AADHAAR} biometrics matched. Old Aadhaar entered {~VERHOEFF_INVALID_12} failed check. Plan: Postpaid 499, 75 GB rollover.',
    'eKYC exception: name on Aadhaar {NAME_UP} differs from CAF name {NAME}. Mobile {PHONE}. Retailer to re-verify before {~DATE}; transaction {~UUID}.',
    'US postpaid credit check — applicant {NAME}, SSN {SSN}, phone {PHONE}, deposit {~PRICE} waived. Order {~ORDER}, two lines on Unlimited Welcome.',
    'Business account opening: {NAME}, ITIN {ITIN}, email {EMAIL}. Fleet of 25 SIMs, 10 GB each, quote {~PRICE}/mo.',
    'UK contract check: {NAME}, NI number {NINO}, mobile {PHONE}. Handset {~PRODUCT} on 24-month plan, £38/month. Credit ref {~TICKET}.',
    'Foreign national SIM (Form C): {NAME}, passport {PASSPORT}, local reference {PHONE}, hotel {~STREET}, {~CITY}. Visa valid to {~DATE}.',
    'Alta de línea: {NAME}, NIE/DNI {NIF}, teléfono de contacto {PHONE_EU}, IBAN domiciliación {IBAN}. Tarifa Fibra 1 Gb + 50 GB, {~PRICE}/mes. DNI tecleado antes {~NIF_INVALID} rechazado.',
    'Aktywacja abonamentu: {NAME}, PESEL {PESEL}, tel. {PHONE_EU}, e-mail {EMAIL}. Numer zamówienia {~ORDER}, IMEI {~IMEI}.',
    'Neuvertrag Glasfaser: {NAME_REV}, IBAN {IBAN}, Telefon {PHONE_EU}. Anschlusskennung AK-5531-22, Bereitstellung am {~DATE}.',
    'Dealer onboarding — {NAME}, PAN {PAN}, GSTIN {GSTIN}, settlement IFSC {IFSC}, UPI {UPI}. Dealer code DLR-90122, territory {~CITY}.',
    'Contrat fibre : {NAME}, IBAN {IBAN}, portable {PHONE_EU}, e-mail {EMAIL}. Référence client {~REF_EU}, box {~SERIAL}.',
    'KYC re-verification SMS batch: {NAME} ({PHONE}) — Aadhaar {AADHAAR} linked; {NAME} ({PHONE}) — pending, PAN {PAN}. Batch run {~TIME}.',
    'Attivazione SIM: {NAME}, cellulare {PHONE_EU}, IBAN {IBAN}. Offerta 150 GB 5G a €9,99/mese, ICCID 8939 1000 9876 5432 101.',
    'Portabilidade: {NAME}, NIF {NIF}, contacto {PHONE_EU}. Pedido {~ORDER} de 8 de {~MONTH}.',
  ],
  refund: [
    'Refund request: {NAME} was double-billed {~PRICE} for the Netflix bundle on bill {~INVOICE}. Card {CARD} to be credited. Ticket {~TICKET}.',
    'Security deposit refund on disconnection — {NAME}, account closed {~DATE}, amount ₹1,500 to UPI {UPI}. Router {~SERIAL} returned at store.',
    'Port-out final bill dispute: {NAME} ({PHONE}) says {~PRICE} early termination fee is wrong; contract ended {~DATE}. Card on file {CARD}.',
    'Chargeback notice — cardholder {NAME}, card {CARD}, disputed {~PRICE} for the 12-month 1 Gbps upgrade. Our order {~ORDER}; response due {~DATE}.',
    'Refund via NEFT: {NAME}, IFSC {IFSC}, amount {~PRICE}, UTR {~UTR}. Reason: outage credit for 72 hours downtime in {~CITY}.',
    'The card number {~LUHN_INVALID_16} on the refund form fails validation; customer {NAME} confirmed the right card is {CARD} over the phone at {~TIME}.',
    'refunds_export.csv\nrefund_id,customer,email,amount,reason\nRF-20331,{NAME},{EMAIL},{~PRICE},roaming pack not activated\nRF-20332,{NAME_REV},{EMAIL},{~PRICE},duplicate recharge',
    '{"refund_id":"RF-77120","customer":"{NAME}","msisdn":"{PHONE}","iban":"{IBAN}","amount":"{~PRICE}","plan":"Postpaid Unlimited 5G","ticket":"{~TICKET}"}',
    'IVR callback transcript\nAgent: Thank you for calling Vodafone, this is {FIRST}.\nCustomer: Hi, {NAME} here, you charged me £60 twice for the router.\nAgent: I see order {~ORDER}. I will refund to the card ending in the number on file.\nCustomer: Please send confirmation to {EMAIL}.',
    'Reembolso: {NAME} pagó dos veces la factura {~INVOICE} ({~PRICE}). Devolver al IBAN {IBAN}. Contacto {PHONE_EU}.',
    'Erstattung: Kunde {NAME} hat für den Router-Tausch {~PRICE} zu viel bezahlt. Rückzahlung an {IBAN}, Vorgang {~TICKET}.',
    'Remboursement : {NAME}, forfait 5G 130 Go débité deux fois le {~DATE}. Carte {CARD}, dossier {~REF_EU}.',
    'Zwrot: {NAME}, nadpłata {~PRICE} za fakturę {~INVOICE}, konto {IBAN}, tel. {PHONE_EU}.',
    'Outage credit approved by {NAME} for {NAME}: 3 days of FibrePlus 200 Mbps, $21.50 off next bill. Account email {EMAIL}, ticket {~TICKET}.',
    'SMS: Dear {FIRST}, refund of {~PRICE} for txn {~UTR} has been initiated to {UPI}. It may take 5-7 days. -Airtel',
    'Rimborso: {NAME}, canone modem addebitato dopo il recesso del {~DATE}. Accredito su {IBAN}, pratica {~TICKET}.',
  ],
  lead: [
    'Lead: {NAME}, {~CITY}, wants fibre 1 Gbps + OTT pack. Phone {PHONE}, email {EMAIL}. Feasibility check for pincode {~PINCODE} pending. Source: store walk-in.',
    'New business lead — {NAME}, {~JOB_TITLE} at a 40-seat office. Needs 500 Mbps leased line and 20 postpaid SIMs. Contact {EMAIL}, {PHONE}. Budget {~PRICE}/mo.',
    'Enterprise SIM fleet enquiry from {NAME_INIT}: 150 IoT SIMs with 100 MB each, quote {~PRICE}. Callback {PHONE} on {~WEEKDAY}.',
    'lead_id,name,phone,email,interest,speed\nL-5501,{NAME},{PHONE},{EMAIL},fibre,300 Mbps\nL-5502,{NAME_REV},{PHONE},{EMAIL},5G home broadband,1 Gbps',
    '{"lead":"L-99120","name":"{NAME}","phone":"{PHONE}","email":"{EMAIL}","product":"Unlimited 5G","source":"SMS campaign 56767","created":"{~DATE}"}',
    'Referral: existing customer {NAME} referred {NAME} ({PHONE}) for postpaid family plan 4 lines. Referral bonus ₹500.',
    'Dealer lead — retailer {NAME} ({EMAIL}) wants to become a franchise partner in {~CITY}; GSTIN {GSTIN}. Expected 300 activations per month.',
    'Web form: Name: {NAME} | Mobile: {PHONE} | Email: {EMAIL_SPELT} | Plan interest: Fiber 150 Mbps ₹699 | Preferred install: {~DATE}',
    'Interesado: {NAME}, quiere fibra 600 Mb y 2 líneas móviles. Llamar al {PHONE_EU} por la tarde. Campaña {~TICKET}.',
    'Interessent: {NAME_REV}, Glasfaser 250 Mbit/s, Telefon {PHONE_EU}, E-Mail {EMAIL}. Verfügbarkeit Adresse {~STREET} geprüft.',
    'Prospect : {NAME}, intéressé(e) par la fibre 2 Gb/s, tél. {PHONE_EU}. Rappel {~WEEKDAY} {~TIME}.',
    'Potenziale cliente: {NAME}, fibra FTTH 2.5 Gbps, cell. {PHONE_EU}, email {EMAIL}. Preventivo {~PRICE}.',
    'Lead: {NAME}, interesse em fibra 500 Mbps e pacote roaming Europa. Tel. {PHONE_EU}, e-mail {EMAIL}.',
    'Lead (PL): {NAME}, światłowód 1 Gb/s, tel. {PHONE_EU}, e-mail {EMAIL}. Oferta ważna do {~DATE}.',
    'Lead (NL): {NAME}, wil glasvezel 1000 Mbit/s, bel {PHONE_EU}. Offerte {~ORDER}.',
    'Hi {FIRST}, thanks for visiting the T-Mobile store today. Your quote for 3 lines on Go5G Plus is {~PRICE}/mo. Reply to {EMAIL} or text {PHONE}. — {NAME}, Mobile Expert',
  ],
};
