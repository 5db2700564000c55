/**
 * Blind evaluation set 107: LPG cylinder, drinking-water can (20 L jar) and heating-oil delivery
 * businesses — refill bookings, consumer and connection numbers, delivery-boy assignments, subsidy
 * and DBT credits, tank-level sensor alerts, invoices, and customer complaints over WhatsApp and
 * phone, in India, the US, the UK and Europe.
 *
 * Hard negatives are the trade's own vocabulary: gas and water brands and agency names that look
 * like people's names (Indane, Bharatgas, Ujjwala, Annapurna Gas Service, Ganga Aqua, Calor,
 * Butagaz, Repsol Butano, Watchman Sonic, Apollo gauges), cylinder sizes, consumer numbers, booking
 * and cash-memo references, delivery OTPs, sensor serials/IMEIs, firmware versions, litres, prices,
 * dates and times. Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH107_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    `Refill booking {~ORDER} | Consumer no. {~PINCODE} | Indane 14.2 kg domestic\nCustomer: {NAME}\nMobile: {PHONE}\nBooked via IVRS on {~DATE} at {~TIME}. Assigned delivery boy: {FIRST}. Cash memo {~INVOICE}, amount {~PRICE}.`,
    `CRM note (Annapurna Gas Service): {NAME_REV} called from {PHONE} — cylinder leaking at the regulator. Mechanic visit scheduled {~WEEKDAY} {~TIME}. Ticket {~TICKET}. Safety check done last on {~DATE}.`,
    `consumer_no,consumer_name,mobile,last_refill,cylinders,delivery_boy\n{~PINCODE},{NAME_UP},{PHONE},{~DATE},2,{FIRST}\n{~PINCODE},{NAME_REV},{PHONE},{~DATE},1,{FIRST}`,
    `Tank alert — Watchman Sonic sensor {~SERIAL} (fw {~VERSION}) reports 18% (approx. 320 L of 1,800 L) at the {LAST} residence, {~STREET}. Auto-order {~ORDER} raised for 1,000 L kerosene-28 heating oil. Customer contact: {EMAIL}.`,
    `{"tool":"create_delivery","arguments":{"customer_name":"{NAME}","phone":"{PHONE}","product":"Bisleri 20L jar","qty":4,"route":"Ganga Aqua - Route 7","slot":"{~TIME}","order_ref":"{~ORDER}"}}`,
    `Account review, Heritage Propane & Heating Oil\nAccount holder: {NAME_INIT}\nService address: {~STREET}, {~CITY}\nAutomatic delivery: yes, degree-day K-factor 6.2\nLast fill {~DATE}: 142.5 gal @ {~PRICE}\nNotes: wife {FIRST} prefers text at {PHONE}.`,
    `Kundennotiz: Herr {LAST} (Tel. {PHONE_EU}) bestellt 3.000 Liter Heizöl EL schwefelarm. Liefertermin {~DATE}, Tankwagen 2. Auftragsnummer {~REF_EU}. Rechnung an {EMAIL}.`,
    `Complaint escalated to area sales officer. Consumer {NAME} (LPG ID {~UTR}{~OTP}) says the DBT subsidy for refill {~ORDER} was not credited. PAHAL status: bank seeding pending. Callback on {PHONE} before {~TIME}.`,
    `Delivery boy roster {~DATE}\n- {FIRST}: Sector 14, Sector 15 (38 cylinders)\n- {FIRST}: Old Market, Station Road (41 cylinders)\n- {FIRST}: commercial 19 kg route\nGodown keeper: {NAME}. Vehicle HR-26 tempo.`,
    `Hi {FIRST},\n\nYour Calor 47 kg propane order {~ORDER} is booked for {~WEEKDAY}. Please leave the side gate unlocked.\n\nKind regards,\n{NAME}\nCustomer Services | Calor Gas\n{PHONE}`,
    `Nota CRM: la Sra. {LAST} reclama que la bombona de butano Repsol de 12,5 kg llegó vacía. Pedido {~ORDER}, repartidor {FIRST}, teléfono de contacto {PHONE_EU}. Importe {~PRICE}.`,
    `---------- Forwarded message ---------\nFrom: {NAME} <{EMAIL}>\nDate: {~DATE}\nSubject: Water can deposit\n\nHi, I returned 3 empty jars to your boy last {~WEEKDAY}. Please adjust the deposit against invoice {~INVOICE}.`,
  ],
  whatsapp: [
    `bhaiya gas book kar do, consumer no {~PINCODE}, naam {name} hai. delivery boy {FIRST} ko bolna {~TIME} ke baad aaye 🙏`,
    `[{~DATE}, {~TIME}] Shree Durga Indane: Dear customer, your refill booking {~ORDER} is confirmed. DAC/OTP {~OTP} share only with the delivery person.\n[{~DATE}, {~TIME}] {FIRST}: ok thx`,
    `hello sir 20 litre ke 2 can bhejna, Kinley wala nahi Bisleri wala. address same hai, {name} {PHONE}`,
    `{FIRST} ji subsidy abhi tak nahi aaya, {~PRICE} kata tha booking {~ORDER} pe. DBT kab aayega? 😡`,
    `hey, this is {FIRST} on {~STREET}. Our Apollo gauge says quarter tank, can you squeeze us in before {~WEEKDAY}? call {PHONE}`,
    `Cylinder aaya but seal tuta hua tha 😠 delivery boy {FIRST} ne bola agency se baat karo. mera number {PHONE} hai, booking {~ORDER}`,
    `Ganga Aqua 💧 Hi {name}, your monthly bill for 24 jars is {~PRICE}. Autopay will debit your UPI ID {UPI}. Ignore if paid.`,
    `hola {FIRST}! el repartidor de Repsol pasa mañana entre las {~TIME}, ¿dejo la bombona vacía en la puerta? mi móvil {PHONE_EU}`,
    `cześć, butla 11 kg od Orlen Gaz nie dojechała, zamówienie {~REF_EU}. Proszę o kontakt: {NAME}, tel. {PHONE_EU}`,
    `olá {FIRST}, a botija de gás Galp chega {~WEEKDAY}? o meu número é {PHONE_EU} 🙂`,
    `Forwarded\n> {NAME_INIT}: tank sensor went offline again, IMEI {~IMEI}\nme: ok {FIRST} will check, firmware {~VERSION} has a known bug`,
  ],
  kyc: [
    `New LPG connection (KYC) — Ujjwala 2.0\nApplicant: {NAME_UP}\nAadhaar: {AADHAAR}\nMobile: {PHONE}\nBank IFSC: {IFSC}\nRation card category: BPL\nDistributor: Annapurna Gas Service\nApplication date: {~DATE}`,
    `Commercial 19 kg connection for Hotel Sai Palace. Proprietor {NAME}, PAN {PAN}, GSTIN {GSTIN}. Security deposit {~PRICE} for 5 cylinders, SV no. {~INVOICE}.`,
    `Name transfer request: consumer {~PINCODE} moving from late {NAME} to {NAME} (nominee). Documents: death certificate, Aadhaar {AADHAAR}, NOC. Old Aadhaar entry {~VERHOEFF_INVALID_12} failed verification.`,
    `DBT seeding form\nLPG ID: {~UTR}{~OTP}\nName as per bank: {NAME_REV}\nAadhaar: {AADHAAR}\nUPI / VPA: {UPI}\nIFSC: {IFSC}\nSubsidy status: PAHAL joined {~MONTH}`,
    `Propane account application (credit check)\nApplicant: {NAME}\nSSN: {SSN}\nEmail: {EMAIL}\nPhone: {PHONE}\nTank: 500 gal underground, serial {~SERIAL}`,
    `Warm Home Discount check for heating-oil customer {NAME_INIT}: NI number {NINO}, pension credit yes, account {~REF_EU}. Delivered 900 L on {~DATE}.`,
    `Alta de cliente butano — Nombre: {NAME}; NIF: {NIF}; Teléfono: {PHONE_EU}; IBAN para domiciliación: {IBAN}. El NIF {~NIF_INVALID} del primer formulario era erróneo.`,
    `Umowa na dostawę gazu płynnego LPG do zbiornika 2700 l\nKlient: {NAME}\nPESEL: {PESEL}\nTel.: {PHONE_EU}\nNr rachunku: {IBAN}\nNumer zbiornika: {~SERIAL}`,
    `Heizöl-Rahmenvertrag\nKunde: {NAME_REV}\nIBAN: {IBAN}\nE-Mail: {EMAIL_SPELT}\nTankvolumen: 6.000 l, Füllstandsanzeige Apollo, Vertragsnr. {~REF_EU}`,
    `US resident alien {NAME} opening a water delivery account (Primo 5-gal), ITIN {ITIN}, card on file {CARD}, cooler rental SKU {~SKU}.`,
    `Passport-based KYC for NRI booking: {NAME}, passport {PASSPORT}, local contact {FIRST} at {PHONE}. Double-bottle connection, 2 x 14.2 kg.`,
  ],
  refund: [
    `Refund request — online refill payment\nConsumer: {NAME}\nBooking {~ORDER} cancelled on {~DATE} (cylinder not delivered)\nAmount paid {~PRICE} via card {CARD}\nUTR {~UTR}`,
    `Sir, maine {~PRICE} UPI se pay kiya tha ({UPI}), phir delivery boy ne cash bhi le liya. Booking {~ORDER}. Please refund. — {name}, {PHONE}`,
    `Subsidy not received: DBT credit for refills on {~DATE} and {~DATE} missing. Consumer {NAME_UP}, bank IFSC {IFSC}. Grievance {~TICKET}.`,
    `Jar security deposit refund: customer {NAME} returned 3 empty 20L cans and 1 dispenser (SKU {~SKU}). Refund {~PRICE} to {UPI}. Closed by {FIRST}.`,
    `Dear Heritage team,\nYou delivered 150 gal on {~DATE} but our tank only took 98 gal (Apollo gauge showed 40%). Please credit the difference on invoice {~INVOICE} back to card {CARD}.\n{NAME}\n{PHONE}`,
    `Re: overcharge — Calor invoice {~INVOICE}\nHello, I was billed for two 13 kg butane cylinders but only one came. Refund {~PRICE} to IBAN {IBAN} please.\nThanks, {NAME_INIT}`,
    `Reclamación: me cobraron {~PRICE} dos veces por la bombona naranja (pedido {~ORDER}). Titular {NAME}, NIF {NIF}, tarjeta {CARD}.`,
    `Reklamacja: dostawa oleju opałowego 1500 l z dnia {~DATE}, faktura {~INVOICE}. Proszę o zwrot {~PRICE} na konto {IBAN}. {NAME}, PESEL {PESEL}`,
    `Rückerstattung Heizöl: Lieferung {~REF_EU} storniert, Betrag {~PRICE}. Kontoinhaber {NAME_REV}, IBAN {IBAN}, Rückfragen {PHONE_EU}.`,
    `Remboursement demandé par Mme {LAST} : bouteille Butagaz 13 kg consignée rendue le {~DATE}, ticket {~TICKET}. Tél. {PHONE_EU}, courriel {EMAIL}.`,
    `{"tool":"issue_refund","arguments":{"order_id":"{~ORDER}","amount":"{~PRICE}","reason":"cylinder underweight (13.1 kg net)","customer":"{name}","upi":"{UPI}"}}`,
  ],
  lead: [
    `New enquiry: commercial LPG for restaurant "Sai Krishna Dhaba", 10 x 19 kg per week. Contact {NAME}, {PHONE}, {EMAIL}. Quote {~PRICE} per cylinder.`,
    `Website lead (water cans): {NAME} wants 40 jars/week for office at {~STREET}, {~CITY}. Email {EMAIL_SPELT}. Trial from {~DATE}.`,
    `Lead: {NAME_REV}\nSource: Google Ads "heating oil near me"\nTank: 1,200 L, bunded, Apollo Ultrasonic\nPhone: {PHONE}\nAssigned to {FIRST}`,
    `Inbound call {~TIME}: {name} asking about new Bharatgas connection with Ujjwala scheme, number {PHONE}. Told them to bring Aadhaar + ration card.`,
    `Propane tank-swap lead, Liberty Propane\nName: {NAME}\nPhone: {PHONE}\nCurrent supplier: Patriot Fuel\nTank: 330 gal, owned\nEst. annual usage: 700 gal`,
    `Lead from BoilerJuice group order: {NAME_INIT}, {EMAIL}, wants 500 L kerosene with the village buy on {~DATE}. Price locked at {~PRICE}.`,
    `Solicitud web: {NAME}, {PHONE_EU}, interesado en depósito de propano de 1.000 litros para chalet en {~CITY}. Presupuesto {~PRICE}.`,
    `Nowy lead: {NAME}, {PHONE_EU}, pyta o zbiornik LPG 4850 l i dostawy co {~MONTH}. Źródło: formularz, {~DATE}.`,
    `Anfrage über Heizöl24: {NAME_REV}, {EMAIL}, 4.500 Liter Heizöl Premium, Lieferung bis {~DATE}. Rückruf unter {PHONE_EU}.`,
    `Demande de devis fioul domestique : M. {LAST}, {PHONE_EU}, 2 000 litres, cuve enterrée. Jauge connectée {~SERIAL}.`,
    `{"tool":"route_lead","arguments":{"name":"{NAME}","phone":"{PHONE}","interest":"Aquaguard water cooler + 20L can subscription","city":"{~CITY}","score":72}}`,
  ],
};
