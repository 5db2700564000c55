/**
 * Blind evaluation set 93 — car and bike rental and self-drive subscriptions: bookings with
 * driving-licence checks, security deposits and refunds, pickup and drop at stations and airports,
 * damage and fuel disputes, traffic-challan and toll pass-through charges, roadside assistance calls,
 * renter KYC, long-term subscription contracts and support chats, in India, the US, the UK and
 * Europe (with Spanish, German, French, Italian and Polish lines). Hard negatives sit right next to
 * the real PII: vehicle registration numbers (KA 01 AB 1234, AB12 CDE), car and bike models,
 * odometer readings, fuel levels, booking and challan numbers, per-day prices, dates and times, and
 * stations and streets named after people (Chhatrapati Shivaji Terminus, Gare Saint-Lazare,
 * Rajiv Chowk).
 *
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH93_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Booking {~ORDER} — Hyundai Creta (KA 01 AB 1234), self-drive, 3 days at ₹2,450/day. Renter {NAME}, mobile {PHONE}. Pickup at Kempegowda Intl Airport T2 on {~DATE} at {~TIME}; odometer out 41,208 km, fuel 7/8.',
    'Roadside call log {~TICKET}: flat tyre on NH48 near Rajiv Chowk exit. Caller {NAME} ({PHONE}) was driving a VW Polo, reg DL 3C AS 4471. Tow partner dispatched, ETA 40 min. Customer calm, asked us to text updates instead of calling.',
    'Damage dispute — rental {~ORDER}\nCustomer: {NAME_REV}\nEmail: {EMAIL}\nVehicle: Toyota Yaris, AB12 CDE\nClaim: scratch on rear bumper, 14 cm, photos at return {~DATE} {~TIME}\nQuoted repair: £185.00, excess held £250.00\nStatus: customer contests, says scratch was on the check-out sheet.',
    'Note from {FIRST} (Heathrow desk): Mr. {LAST} returned the Vauxhall Corsa LR19 XKD with fuel at 1/4, agreed refuel charge £42.60. Receipt sent to {EMAIL}. No further action.',
    'Challan pass-through: e-challan {~INVOICE} for over-speeding on Western Express Highway, vehicle MH 02 DN 7719 (Mahindra XUV700). Hirer at time of offence: {NAME}, licence verified {~DATE}. Fine Rs. 2000 + ₹99 admin fee to be debited from deposit. Informed on {PHONE}.',
    'Subscription renewal call — {NAME} wants to extend the 12-month plan on the Tata Nexon EV (TS 09 FK 3302) by 6 months at ₹21,999/month. Current odometer 18,450 km, under the 1,500 km/month cap. Send revised contract to {EMAIL} before {~WEEKDAY}.',
    'Cliente: {NAME}. Tel. {PHONE_EU}. Recogida en la estación de Atocha el {~DATE} a las {~TIME}, Seat Ibiza 4521 LKM, 39 €/día, franquicia 900 €. Pide silla infantil y segundo conductor.',
    'Kunde {NAME} (Tel. {PHONE_EU}) meldet Panne auf der A9 kurz vor Ingolstadt, VW Golf M-RT 4820, Kilometerstand 63.112. Abschleppdienst beauftragt, Ticket {~TICKET}. Ersatzwagen ab Hauptbahnhof München, Ankunft ca. {~TIME}.',
    'Escalation: US toll pass-through. E-ZPass charges of $38.75 posted to rental {~ORDER} (Ford Escape, plate 8KXR219 CA) after return at LAX. Renter {NAME}, {PHONE}, disputes two toll plazas on I-405. Card on file {CARD} — hold refund until toll authority confirms.',
    'Hi {FIRST},\nThanks for riding with us. Your Royal Enfield Classic 350 (GA 03 Q 5521) is booked from Panjim bus stand, {~DATE}, 9:00 AM, ₹1,200/day plus ₹5,000 refundable deposit. Carry your original licence.\nCheers,\n{NAME}\nGoa Bike Rentals, Calangute',
    'Account flag: logins for renter {EMAIL} from IP {IP} and a second device within 10 minutes; booking {~ORDER} for a BMW X1 at Gare Saint-Lazare changed twice. Manual review by {NAME_INIT} before release of the keys.',
  ],
  whatsapp: [
    'hi {name} 👋 ur creta KA 01 AB 1234 is ready at indiranagar hub, 100 ft road. fuel full, odo 41208. pls come by {~TIME}',
    'bhai {name} pickup kab hai? airport T1 pe hu, my no {PHONE} 🙏',
    'hello sir this is {FIRST} from ZoomWheels, deposit ₹3,000 refund initiated to {UPI} ✅ booking {~ORDER}, ref {~UTR}',
    'car broke down near rajiv chowk metro 😩 swift DL 8C AF 2290, pls call me {PHONE}',
    'ok {FIRST} thanks! dropping the activa at MG road station by {~TIME}, fuel half only sorry 🙈',
    'hey it\'s {name}, my email for the invoice is {EMAIL_SPELT} — need it for office reimbursement, booking {~ORDER}',
    'sir challan aaya hai 😬 {~INVOICE}, rs 500 no helmet, bike was with me on {~DATE}. name {NAME}, can u adjust from deposit?',
    'hola {FIRST}, soy de Rentacar Málaga. Tu Fiat 500 (1234 KBC) está listo en el aeropuerto, puerta 3. Llámame al {PHONE_EU} si te retrasas 🚗',
    'cześć {name}, tu obsługa klienta. Zwrot kaucji 800 zł na konto {IBAN} w ciągu 5 dni roboczych. Nr rezerwacji {~ORDER} 👍',
    'good morning {FIRST} ☀️ reminder: ur xuv700 subscription payment of ₹24,500 is due {~DATE}. pay via the app or reply here',
    'thanks {name}! 5 stars for the Classic 350, see u at Chhatrapati Shivaji Terminus stand next trip 🏍️',
  ],
  kyc: [
    'Renter KYC — India\nName: {NAME_UP}\nMobile: {PHONE}\nAadhaar: {AADHAAR}\nPAN: {PAN}\nDriving licence: verified via DigiLocker on {~DATE}\nVehicle requested: Mahindra Thar, 5 days, ₹3,800/day\nPickup: Chhatrapati Shivaji Terminus parking, {~TIME}',
    'KYC check failed for {NAME}: Aadhaar {AADHAAR} name does not match licence. Booking {~ORDER} (Honda City, MH 01 EB 6623) on hold. Asked customer to re-upload from {EMAIL}.',
    'name,mobile,email,pan,booking,vehicle,deposit\n{NAME},{PHONE},{EMAIL},{PAN},{~ORDER},Maruti Baleno KA 05 MN 8812,₹5000',
    'Foreign renter verification: {NAME}, passport {PASSPORT}, international driving permit sighted. Contact {PHONE}. Bike: Royal Enfield Himalayan, 14 days Manali–Leh, deposit ₹15,000. Counter: Kashmere Gate ISBT.',
    'US renter profile\nFull name: {NAME}\nSSN (last check for long-term lease credit): {SSN}\nEmail: {EMAIL}\nPhone: {PHONE}\nVehicle: Tesla Model 3, plate 7ABC123\nSubscription: $899/month, 3,000 mi cap\nApplication date: {~DATE}',
    'Subscription credit file for {NAME_REV}: ITIN {ITIN}, employer letter received, monthly $649 Kia Seltos plan. Address proof from 1450 Martin Luther King Jr Blvd accepted. Reviewer: {NAME_INIT}.',
    'UK hire — DVLA check code shared by {NAME}. National Insurance number {NINO} recorded for the subscription affordability check. Car: Nissan Qashqai AB12 CDE, £94/day, pickup King\'s Cross St Pancras, {~DATE} {~TIME}.',
    'Verificación de cliente: {NAME}, DNI {NIF}, teléfono {PHONE_EU}, correo {EMAIL}. Carné de conducir válido hasta 2031. Vehículo: Seat León 8841 MZP, recogida en Sants Estació. Nota: el documento {~NIF_INVALID} de la reserva anterior no era válido.',
    'Weryfikacja najemcy: {NAME}, PESEL {PESEL}, tel. {PHONE_EU}. Samochód: Skoda Octavia WA 12345, odbiór Dworzec Centralny, ul. Marszałkowska, {~DATE}. Kaucja 1500 zł.',
    'Corporate renter onboarding — Blue Arrow Logistics Pvt Ltd, GSTIN {GSTIN}. Authorised signatory {NAME}, {EMAIL}. 10 × Tata Ace on 24-month subscription, ₹18,200/vehicle/month. Fleet PO {~PO}.',
    'Fahrerprüfung: Frau {LAST}, Führerschein Klasse B seit 2009, Tel. {PHONE_EU}. Fahrzeug Audi A3 B-KL 2291, Abholung Berlin Hauptbahnhof, Kaution 500 €. Buchung {~ORDER}.',
  ],
  refund: [
    'Refund request — booking {~ORDER}\nCustomer: {NAME}\nReason: vehicle (VW Polo, KA 03 MJ 7754) not available at Majestic station at {~TIME}\nAmount: ₹4,900 rental + ₹5,000 deposit\nRefund to: {UPI}\nApproved by: {FIRST}',
    'Deposit refund for {NAME}: ₹10,000 less ₹1,250 fuel difference (out full, in 1/2) and ₹300 FASTag toll pass-through for Mumbai–Pune Expressway. Net ₹8,450 to account ending via IFSC {IFSC}. UTR {~UTR}.',
    'Dear {FIRST},\nWe have refunded $250.00 security deposit for your Jeep Wrangler rental {~ORDER} to the card {CARD}. Please allow 5–10 business days.\nRental dates: {~DATE} to {~DATE}\nMiles driven: 842\nBest regards,\n{NAME}\nCustomer Care, Sunset Car Rental, Orlando MCO',
    'Chargeback note: {NAME} ({EMAIL}) disputes €180 damage charge on Peugeot 208 GH-482-KL returned at Gare Saint-Lazare. Photos show dent pre-existing on check-out sheet. Recommend full refund to IBAN {IBAN}.',
    'Remboursement de la caution: M. {LAST}, 600 € remboursés le {~DATE} sur {IBAN}. Renault Clio FR-217-AB, niveau carburant plein, kilométrage 28 440. Contact: {PHONE_EU}.',
    'Rimborso richiesto da {NAME}, tel. {PHONE_EU}: Fiat Panda EF 532 GH restituita all\'aeroporto di Fiumicino con pieno, addebito carburante 65 € errato. Prenotazione {~ORDER}, rimborso su IBAN {IBAN}.',
    'Toll overcharge: rental {~ORDER}, plate 6TRL904 (Chevy Malibu). Customer {NAME}, {PHONE}, was billed $74.20 for SunPass tolls although they paid cash at every booth. Refund $74.20 + $15 admin fee. Ticket {~TICKET}.',
    'date,booking,customer,vehicle,deposit,deduction,refund,upi\n{~DATE},{~ORDER},{NAME},Honda Activa 6G KA 51 HE 2210,₹2000,₹150 late drop,₹1850,{UPI}',
    'Zwrot kaucji — {NAME_REV}, PESEL {PESEL}. Toyota Corolla KR 7H221, zwrot na Lotnisku Chopina {~DATE} o {~TIME}, pełny bak. Przelew 1200 zł na rachunek {IBAN}.',
    'Subscription early termination: {NAME} ended the 12-month Hyundai Venue plan after 7 months. Foreclosure fee ₹12,000 waived as per clause 9.2; balance deposit ₹30,000 refunded to account with IFSC {IFSC}. Confirmation sent to {EMAIL}.',
    'Hi, this is {NAME}. I was charged £65 for a congestion charge on the Mini Cooper LK21 RFX, but I never drove into central London — I returned it at Paddington by 8:10 AM. Please refund to {CARD}. My number is {PHONE}.',
  ],
  lead: [
    'New subscription enquiry from website: {NAME}, {EMAIL}, {PHONE}. Interested in Kia Sonet for 18 months in Pune, budget ₹20k/month. Prefers delivery to Koregaon Park, not Shivaji Nagar hub.',
    'Lead: {NAME_INIT} — corporate fleet, 25 Maruti Dzire for staff transport in Gurugram from {~DATE}. Callback at {~TIME} on {PHONE}. Quote ref {~INVOICE}.',
    'Hi, I\'m {FIRST} {LAST}. Looking to rent a Harley-Davidson for a Route 66 trip, 10 days from Chicago Union Station. Can you email me at {EMAIL}? Budget around $150/day.',
    'Website form\nName: {NAME}\nEmail: {EMAIL_SPELT}\nPhone: {PHONE}\nCity: {~CITY}\nVehicle interest: Royal Enfield Classic 350, weekend rental\nMessage: is ₹1,500/day including helmet?',
    'Anfrage über das Kontaktformular: {NAME}, {EMAIL}, Tel. {PHONE_EU}. Möchte ab {~MONTH} einen VW ID.3 im Auto-Abo für 6 Monate, Übergabe am Hauptbahnhof Frankfurt.',
    'Demande de devis: {NAME}, {PHONE_EU}, {EMAIL}. Location longue durée Citroën C3 pour 12 mois à Lyon, livraison gare Part-Dieu. Budget 420 €/mois.',
    'lead from insta dm: {name} wants 2 scooties for goa trip, {~DATE} to {~DATE}, near Margao station. no number yet, reply on dm only',
    'Richiesta preventivo da {NAME}, {EMAIL}, cellulare {PHONE_EU}: noleggio Vespa 125 a Roma, ritiro Stazione Termini via Giovanni Giolitti, 3 giorni, 45 €/giorno.',
    'Zapytanie: {NAME}, {EMAIL}, tel. {PHONE_EU}. Wynajem długoterminowy Toyota Yaris Cross na 24 miesiące, odbiór Kraków Główny, ul. Pawia. Budżet 2 200 zł/mies.',
    'Referral: existing subscriber {NAME} referred {NAME} ({PHONE}) for a Tata Punch subscription. Referral code ZW-REF-2291. Both get ₹2,000 off first month. Assigned to {FIRST}.',
    'Inbound call summary — {NAME} from {~CITY} asked about airport pickup at Heathrow T5 for a 7-seater, 14 days, approx £70/day. Follow up by email {EMAIL}. Do not call before {~TIME}.',
  ],
};
