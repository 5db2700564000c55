/**
 * Fresh held-out set 39: automotive and mobility. Car and two-wheeler dealerships, service centres
 * and workshops (job cards, bay allocations), roadside assistance, motor insurance claims and
 * surveyors, vehicle loans and EMI collections, used-car marketplaces, ride-hailing driver
 * onboarding, fleet leasing and EV charging support, across India, the US and Europe. Formats:
 * WhatsApp-style chats (lowercase, Hinglish, emoji), job cards, claim forms as key: value, CSV and
 * JSON exports, e-mails with signatures, call-centre transcripts with speaker labels and SMS
 * templates, mostly in English with Hinglish, Hindi in Latin script, Spanish, German, Polish,
 * French and Italian. Hard negatives sit next to the real PII: registration plates, chassis and
 * VIN-like codes, engine numbers, policy and claim numbers, odometer readings, prices in ₹/$/€,
 * dates and times, part numbers, workshop bay numbers, and car models or dealerships that read
 * like people's names (Kia Carens, Renault Zoe, Alfa Romeo Giulia, Mercedes, Dodge, Ford).
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH39_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'JOB CARD #JC-24-08817 | Bay 6 | Advisor: {NAME}\nVehicle: Hyundai Creta SX, reg MH 12 QW 4471, VIN MALC381CLMM123456\nOdometer in: 41,208 km | Promised {~DATE} {~TIME}\nCustomer mob: {PHONE}\nComplaint: brake noise front LH, AC weak. Est. {~PRICE}',
    'Service reminder call — customer {NAME} ({PHONE}) owns a 2019 Maruti Celerio, DL 3C BK 2290. Last service at 29,950 km; next due at 40,000 km or {~DATE}. Spoke to wife, asked to call back {~WEEKDAY} after {~TIME}.',
    'Roadside assistance log RSA-77120\nCaller: {NAME_REV}\nCallback: {PHONE}\nLocation: NH48 near km stone 112, {~CITY}\nIssue: flat tyre, spare also punctured. Tow to Kia Carens authorised dealer, ETA 45 min. Ticket {~TICKET}.',
    'Agent: Thank you for calling Ford Roadside, this is bay dispatch. Can I have the name on the policy?\nCaller: It\'s {NAME}.\nAgent: And a number we can text the tow driver\'s ETA to?\nCaller: {PHONE}.\nAgent: Got it. 2021 Ford Maverick, plate 8TRK512, mileage about 38,400. Case {~TICKET}.',
    'Surveyor note (claim OG-25-1901-1801-00048812): Insured {NAME_INIT}, vehicle Tata Nexon EV, KA-05-MN-7788. Front bumper 86511-K2000 and LH headlamp to be replaced; labour {~PRICE}. Spot survey done {~DATE}. Insured reachable at {PHONE}, email {EMAIL}.',
    'Hi {FIRST},\n\nYour Mercedes C 200 (reg HR26 DK 8337) is ready for pickup from Bay 11. Invoice {~INVOICE} totals {~PRICE}, including the B-service and wiper blades A2228200500.\n\nKind regards,\n{NAME}\nService Advisor, Silver Arrow Motors\n{PHONE}',
    'Fleet lease account FL-DE-3390 — Ansprechpartner {NAME}, Tel. {PHONE_EU}, E-Mail {EMAIL}. 14 VW ID.4 Pro, Laufleistung 30.000 km/Jahr, Rückgabe am {~DATE}. Schadenprotokoll für Kennzeichen M-LX 4021 folgt.',
    'EMI collection follow-up: borrower {NAME}, loan a/c VL0098812734, Honda Activa 6G (RJ14 SW 6602). Bounce on {~DATE}, overdue {~PRICE}. Alternate contact {PHONE}. UTR for part-payment {~UTR}. Do NOT visit before {~TIME}.',
    'Used-car inspection report\nListing: 2017 Skoda Octavia 1.8 TSI, 92,114 km, asking {~PRICE}\nChassis: TMBJJ7NE8H0123456 | Engine: CJS 482117\nSeller: {NAME} ({PHONE})\nInspector: {NAME_INIT}\nScore 7.4/10, repaint on RR door, tyres 2022 week 14.',
    'Cliente {NAME} llamó por la garantía del Seat León (matrícula 4821 KMB). Kilometraje 61.300 km. Cita en taller el {~DATE} a las {~TIME}, box 3. Teléfono de contacto {PHONE_EU}. Presupuesto {~PRICE}.',
    'Notatka serwisowa: Pan {LAST} odbiera Skodę Fabia WA 59217 po wymianie rozrządu. Przebieg 143 220 km, faktura {~INVOICE}, kwota {~PRICE}. Kontakt: {PHONE_EU}, {EMAIL}.',
    'Driver onboarding — city {~CITY}\nApplicant: {NAME}\nMobile: {PHONE}\nVehicle: Maruti Dzire Tour S, UP 32 NT 1184, CNG, 2023\nDocs pending: permit, PUC. Training slot {~WEEKDAY} {~TIME}. Referral code DRV-5521.',
    'EV charging support ticket {~TICKET}: session {~UUID} at charger {~SERIAL} (firmware {~VERSION}) stopped at 18.4 kWh. User {NAME} ({EMAIL}) billed {~PRICE} twice. Connector CCS2 #2, site Renault Zoe Hub, {~STREET}.',
    'Nota officina: sig. {LAST} ha lasciato la Alfa Romeo Giulia (targa GE 482 KM) per tagliando 60.000 km. Ricambi 55282942 e 46337528. Ritiro previsto {~DATE}. Cellulare {PHONE_EU}.',
    'Parts back-order for job JC-11932: filter 04152-YZZA1 and pads 04465-0K090 shipped, tracking {~TRACKING}, PO {~PO}. Inform customer {NAME} on {PHONE}; car stays in Bay 2 until {~WEEKDAY}.',
    'Note client : M. {LAST} signale un bruit sur sa Peugeot 3008 (immatriculation GH-417-TZ), 74 500 km. RDV atelier le {~DATE} à {~TIME}. Joignable au {PHONE_EU}. Devis {~PRICE}.',
  ],
  whatsapp: [
    'hi {name} sir, ur activa service ho gaya hai 🛵 bill {~PRICE}, pickup kab tak? 😊',
    'bhai meri gaadi MH 04 KL 2213 highway pe band ho gayi 😩 towing bhejo, mera number {PHONE} hai',
    'hello {FIRST} 👋 ur creta is in bay 4, odometer 52,310 km. washing bhi kar de? ✅',
    'ma\'am aapka claim {~TICKET} approve ho gaya 🎉 surveyor {NAME} kal {~TIME} aayenge, unka number {PHONE}',
    'emi {~PRICE} due on {~DATE} 🙏 pls pay via {UPI} and send screenshot. loan a/c VL7731920044',
    'hey its {FIRST} from Zoomcar 🚗 ur booking for the Mahindra Thar is confirmed, start otp {~OTP}',
    'yaar {name} ka number de na, wo apni swift 2018 bech raha tha 52k km pe, {~PRICE} bol raha tha',
    'sir driver {NAME} ka licence aur rc upload karo app pe, vehicle UP 14 DT 9021 pending hai ⏳',
    'hola {FIRST}! tu Seat Ibiza ya está lista 🔧 son {~PRICE}, pásate antes de las {~TIME} 👍',
    'hej {name}, auto z warsztatu do odbioru 🚙 rejestracja KR 4WJ21, płatność {~PRICE}. jak coś dzwoń {PHONE_EU}',
    'charger not starting again 😤 station id {~SERIAL}, my email is {EMAIL}, pls refund the {~PRICE} session',
    'kal {~WEEKDAY} ko test drive hai Kia Sonet ka, {FIRST} bhaiya ko bolo {~TIME} tak aa jaye 🙏 contact {PHONE}',
    'ok noted ✅ tyre 215/60 R16 x2 ordered, {~QUANTITY} in stock at {~CITY}. will call {name} on {PHONE}',
    'hallo {FIRST}, dein Polo (B-KX 3310) hat TÜV bestanden 🎉 Rechnung {~INVOICE}, abholen ab {~TIME}',
    'bro rapido onboarding done? 🏍️ my pan {PAN} and dl got rejected twice, reg no. TS 09 EZ 4412',
    'salut {FIRST} 😊 ta Clio est prête, 3 pneus changés, total {~PRICE}. on ferme à {~TIME}!',
  ],
  kyc: [
    'Vehicle Loan Application\nApplicant: {NAME_UP}\nPAN: {PAN}\nAadhaar: {AADHAAR}\nMobile: {PHONE}\nVehicle: Tata Punch Adventure, ex-showroom {~PRICE}\nDealer: Sharma Autowheels (GSTIN {GSTIN})\nPincode: {~PINCODE}',
    'Driver partner KYC — {NAME}\nDL: uploaded, verified {~DATE}\nAadhaar (masked by applicant): XXXX XXXX 4821\nAadhaar (full, for e-sign): {AADHAAR}\nBank: {IFSC}, payout UPI {UPI}\nVehicle RC: KA 01 AK 7734, chassis MA1TA2NDKP2A12345',
    'CLAIM FORM — MOTOR OWN DAMAGE\nPolicy No: 3001/284715932/00/000\nInsured: {NAME}\nPAN: {PAN}\nContact: {PHONE}\nEmail: {EMAIL}\nDate of loss: {~DATE} at {~TIME}\nVehicle: Hyundai i20, reg DL 8C AF 0912, odometer 18,320 km',
    'Lease applicant (US) — {NAME_REV}\nSSN: {SSN}\nPhone: {PHONE}\nEmail: {EMAIL}\nVehicle: 2024 Chevrolet Malibu LT, VIN 1G1ZD5ST5RF123456\nMSRP {~PRICE}, 36 mo / 12,000 mi per year',
    'Solicitud de renting — Titular: {NAME}\nDNI/NIE: {NIF}\nTeléfono: {PHONE_EU}\nIBAN domiciliación: {IBAN}\nVehículo: Toyota Corolla Hybrid, matrícula 7712 LPK\nCuota {~PRICE}/mes, 48 meses',
    'Wniosek leasingowy: {NAME}\nPESEL: {PESEL}\nTel.: {PHONE_EU}\nE-mail: {EMAIL}\nPojazd: Skoda Kamiq, nr VIN TMBGP9NW5P3012345, rej. PO 3KX92\nRata {~PRICE}, wpłata własna 10%',
    'ITIN holder vehicle finance:\nName: {NAME}\nITIN: {ITIN}\nMobile: {PHONE}\nCo-signer: {NAME_INIT}\nUnit: 2022 Dodge Charger, stock #D48213, odometer 27,805 mi',
    'UK hire-purchase check\nCustomer: {NAME_UP}\nNI number: {NINO}\nPhone: {PHONE}\nVehicle: Ford Puma ST-Line, reg LK71 XTM\nDeposit {~PRICE}, agreement ref HP-00419927',
    'Passport verification for self-drive rental (foreign national): {NAME}, passport {PASSPORT}, mobile {PHONE}. Vehicle Mahindra XUV700 AX7, reg GA 07 R 5521. Security hold {~PRICE} on card {CARD}.',
    'Two-wheeler loan e-KYC\nname: {name}\naadhaar: {AADHAAR}\naadhaar entered first (rejected): {~VERHOEFF_INVALID_12}\npan: {PAN}\nscooter: Ather Rizta Z, on-road {~PRICE}',
    'Dealer onboarding — Bajaj Auto authorised outlet\nProprietor: {NAME}\nGSTIN: {GSTIN}\nPAN: {PAN}\nSettlement a/c IFSC: {IFSC}\nContact: {PHONE}, {EMAIL}\nShowroom: {~STREET}, {~CITY}',
    'Surveyor empanelment form\nSurveyor: {NAME_INIT}\nIRDAI licence SLA-88120\nPAN: {PAN}\nMobile: {PHONE}\nEmail: {EMAIL_SPELT}\nJurisdiction: {~CITY}, {~PINCODE}',
    'Fahrzeugübergabe Protokoll\nMieter: {NAME}\nTelefon: {PHONE_EU}\nIBAN: {IBAN}\nFahrzeug: Opel Corsa-e, FIN W0V7H9EC5N4123456, Kennzeichen F-RA 2209\nKm-Stand 12.481, Tank/Akku 80 %',
    'customer_id,name,pan,aadhaar,mobile,vehicle_reg,chassis\nCUST-48112,{NAME},{PAN},{AADHAAR},{PHONE},TN 09 BX 4402,MALBB51RLKM654321',
    '{"applicant":"{NAME}","ssn":"{SSN}","phone":"{PHONE}","vehicle":{"make":"Jeep","model":"Cherokee","vin":"1C4PJMDX5KD123456","miles":48210},"quote":"{~PRICE}"}',
    'Domanda di finanziamento: richiedente {NAME}, cellulare {PHONE_EU}, IBAN {IBAN}. Veicolo Fiat Panda Hybrid, targa FX 219 KT, anticipo {~PRICE}, rate dal {~DATE}.',
  ],
  refund: [
    'Booking amount refund — Kia Carens (booking KB-24-55120) cancelled by {NAME}. Refund {~PRICE} to {UPI}; if UPI fails use a/c with IFSC {IFSC}. Contact {PHONE}.',
    'Claim settlement advice\nClaim No: CLM/MOT/2025/0048817\nInsured: {NAME}\nVehicle: MH 02 FG 5510\nAssessed loss {~PRICE}, less excess {~PRICE}\nNEFT to {IFSC}, UTR {~UTR}\nQueries: {EMAIL}',
    'Hi, this is {NAME}. My EV charging session {~UUID} charged my card {CARD} for {~PRICE} but the car got 0 kWh. Charger {~SERIAL}. Please refund.',
    'Extended warranty cancelled within 30 days by {NAME} ({EMAIL}). Contract EW-TOY-771204, Toyota Fortuner, odometer 9,880 km. Pro-rata refund {~PRICE} on {~DATE}. The card on the form, {~LUHN_INVALID_16}, fails the check; refund to {CARD}.',
    'Reembolso señal de reserva: cliente {NAME}, DNI {NIF}, Seat Arona matrícula 3390 MGT. Importe {~PRICE}. Transferencia a {IBAN}. Tel. {PHONE_EU}.',
    'Zwrot kaucji za wynajem: {NAME}, PESEL {PESEL}, auto Toyota Yaris WX 12873, przebieg przy zwrocie 24 811 km. Kwota {~PRICE} na konto {IBAN} do {~DATE}.',
    'Rückerstattung Ladevorgang {~TICKET}: Kunde {NAME}, E-Mail {EMAIL}, Ladesäule {~SERIAL}, 0,0 kWh geladen, belastet {~PRICE}. Erstattung auf IBAN {IBAN}.',
    'Remboursement franchise : M. {LAST}, sinistre 2025-AUTO-44127, Renault Mégane AB-381-QK. Montant {~PRICE} par virement sur {IBAN}. Contact {PHONE_EU}.',
    'Ride cancellation fee dispute: rider {NAME} ({PHONE}) charged {~PRICE} for trip {~ORDER}; driver partner {NAME_INIT} marked no-show at {~TIME}. Refund to wallet, ticket {~TICKET}.',
    'Agent: Refund desk, am I speaking with the account holder?\nCaller: Yes, {NAME}.\nAgent: The duplicate EMI of {~PRICE} on {~DATE} — where should it go?\nCaller: To {UPI}, or my number {PHONE}.\nAgent: Noted, loan VL-5521-8830, UTR {~UTR}.',
    'US dealer refund: overpaid doc fee on 2023 Ford Bronco, VIN 1FMDE5BH4PLA12345, deal #F-20913. Customer {NAME}, SSN on file {SSN}, refund {~PRICE} by check to address on file. Call {PHONE}.',
    'Rimborso acconto: cliente {NAME}, Lancia Ypsilon ordine {~ORDER}, acconto {~PRICE}. Bonifico su {IBAN} entro il {~DATE}. Email {EMAIL}.',
    'refund_id,customer,upi,amount,reason,vehicle\nRF-88120,{NAME},{UPI},{~PRICE},"accessory kit not fitted",KA 51 MP 2290',
    '{"refund_ref":"RF-EV-20931","user":"{NAME}","email":"{EMAIL}","session":"{~UUID}","amount":"{~PRICE}","iban":"{IBAN}","charger":"{~SERIAL}"}',
    'UK parking/charging refund: {NAME}, NI {NINO}, card {CARD}, Tesla Model Y reg YD23 KPX, charged {~PRICE} at {~TIME}. Ref {~TICKET}.',
    'Sir, service ka extra charge {~PRICE} wapas karna tha, job card JC-77120, Bay 9. Mera naam {name}, number {PHONE}, upi {UPI} 🙏',
  ],
  lead: [
    'New used-car lead\nName: {NAME}\nPhone: {PHONE}\nEmail: {EMAIL}\nInterested in: 2020 Hyundai Verna SX(O), 38,400 km, listed {~PRICE}\nPreferred visit: {~WEEKDAY} {~TIME}',
    'Test drive request — Mahindra Scorpio-N Z8L. Prospect {NAME}, {PHONE}, {~CITY}. Exchange: Maruti Wagon R 2015, DL 9C AQ 4121, 1,04,000 km. Route to sales {FIRST}.',
    'SMS: Dear {FIRST}, thank you for your interest in the Honda Elevate. Your test drive is booked for {~DATE} {~TIME} at Bay 3. Ref {~TICKET}. Reply STOP to opt out.',
    'Inbound web lead: {NAME_REV} | {EMAIL} | {PHONE} | wants trade-in value for 2016 Toyota Camry, 88k miles, VIN 4T1BF1FK5GU123456 | budget {~PRICE}',
    'Fleet enquiry from {NAME}, procurement at a logistics firm: 25 Tata Ace EV on 36-month lease, PO {~PO}, delivery {~MONTH}. Email {EMAIL}, direct {PHONE}.',
    'Lead desde coches.net: {NAME}, {PHONE_EU}, {EMAIL}. Interesado en Dacia Sandero Stepway 2021, 45.200 km, {~PRICE}. Quiere financiación a 60 meses.',
    'Lead z Otomoto: {NAME}, tel. {PHONE_EU}, mail {EMAIL}. Pyta o Opel Astra 2019, 112 000 km, cena {~PRICE}. Jazda próbna {~WEEKDAY} o {~TIME}.',
    'Anfrage über mobile.de: {NAME}, {PHONE_EU}, {EMAIL}. Interessiert an BMW 320d Touring, EZ 03/2020, 67.800 km, {~PRICE}. Rückruf erbeten ab {~TIME}.',
    'Driver sign-up lead (ride-hailing): {name}, {PHONE}, owns Bajaj RE auto, reg MH 43 BF 2110. Wants Hindi training batch in {~CITY}. Source: referral DRV-8812.',
    'Dealer walk-in register — Ferrari of Beverly Hills\nVisitor: {NAME}\nPhone: {PHONE}\nEmail: {EMAIL}\nInterested: Roma Spider, Purosangue waitlist\nSales: {NAME_INIT}',
    'EV home charger lead: {NAME} ({EMAIL_SPELT}) wants a 7.4 kW wallbox for a Renault Zoe. Site survey {~DATE}, pincode {~PINCODE}, quote {~PRICE}.',
    'Agent: Thanks for calling Royal Enfield, which model were you looking at?\nCaller: The Classic 350, Gunmetal Grey.\nAgent: Lovely. Your name and number?\nCaller: {NAME}, {PHONE}.\nAgent: Booking {~ORDER}, showroom visit {~WEEKDAY}.',
    'lead_id,name,phone,email,model,budget,source\nL-55120,{NAME},{PHONE},{EMAIL},Kia Seltos HTX,{~PRICE},CarDekho\nL-55121,{NAME},{PHONE},{EMAIL},Nissan Magnite XV,{~PRICE},Walk-in',
    '{"lead":{"name":"{NAME}","mobile":"{PHONE}","email":"{EMAIL}","vehicle_interest":"Citroën C3 Aircross","exchange_reg":"GJ 01 RT 7781","odometer_km":61234,"callback":"{~TIME}"}}',
    'Nuovo contatto da AutoScout24: {NAME}, {PHONE_EU}, {EMAIL}. Interessato a Fiat 500e, 19.000 km, prezzo {~PRICE}. Richiama {~WEEKDAY}.',
    'Hi team, lead from the Mercedes-Benz Experience Day: {NAME} ({PHONE}) wants an EQB 350 demo. Their colleague {FIRST} may join. Assign to {NAME_INIT}, follow up before {~DATE}.',
  ],
};
