/**
 * Blind evaluation set 76: restaurants, cafés and small hotels run by owner-operators in India, the
 * US, the UK and Europe — table reservations by phone and WhatsApp, review replies, staff shift
 * swaps, supplier orders, POS and delivery-app disputes, guest registers and C-form-style foreigner
 * registration, loyalty sign-ups, private dining, lost and found, GST/VAT invoices. Hard negatives
 * sit next to the real PII: table and room numbers, covers, bill numbers, dishes and drinks named
 * after people or places, cafés and hotels named after people, prices, dates and times.
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH76_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Reservation log — Café Rosa, Bandra\nTable 14, 6 pax, {~WEEKDAY} {~TIME}\nGuest: {NAME} / {PHONE}\nNote: one Chicken Tikka Masala no chilli, birthday cake at 9, bill no. {~INVOICE}',
    'Booking #{~OTP} confirmed by phone. Table for {NAME_INIT}, 4 covers, window side. Mobile {PHONE}. Deposit {~PRICE} taken on the POS, ref {~ORDER}.',
    'Private dining enquiry — The Wellington Room (seats 18)\nFrom: {NAME}\nEmail: {EMAIL}\nDate: {~DATE}, approx 16 guests, set menu B (Caesar salad, Beef Wellington, Peach Melba). Quote sent {~PRICE} + VAT.',
    'Guest register, Hotel Victoria Inn, room 204: {NAME_REV}, arrived {~DATE} {~TIME}, 2 adults, car reg noted. Contact {PHONE}, email {EMAIL}.',
    'Complaint handled by {FIRST} (duty manager). Mrs {LAST} at table 7 found a hair in the Eggs Benedict. Comped {~PRICE}, voucher code {~TICKET}. Follow-up call on {PHONE} done.',
    'Loyalty sign-up (Benedict\'s Bistro card): {NAME}, DOB not given, mobile {PHONE}, email {EMAIL_SPELT}. Points start at 0, card no. {~SKU}.',
    'Lost & found: black umbrella + Kindle left at table 22 on {~DATE}. Guest said name was {NAME}, callback {PHONE}. Kept in office drawer, tag {~TICKET}.',
    'Reservas — Restaurante Casa Lucía, Sevilla\nMesa 5, 4 personas, {~TIME}\nA nombre de: {NAME}\nTel: {PHONE_EU}\nNota: celíacos x2, paella sin marisco.',
    'Re: table for tonight\nHi, this is {NAME} — I booked for 8 at {~TIME} under {LAST}. Running 20 min late, please hold the table. {PHONE}',
    'Event sheet #{~ORDER}: Margherita x6, Quattro Stagioni x4, 2 btl Montepulciano, 1 btl Dom Pérignon. Host {NAME}, paid by card {CARD}. Room: Garibaldi (upstairs).',
  ],
  whatsapp: [
    'hi ji, table for 5 chahiye tonight 8:30 baje, naam {name} hai, number {PHONE} 🙏',
    'Hello Spice Garden! Booking for {FIRST}, 3 pax, Saturday {~TIME}. Can we get the corner table near the Old Monk poster? 😄',
    'shift swap pls 🙏 {name} can u take my sat dinner shift (5-11), i\'ll do ur {~WEEKDAY} brunch. manager ok\'d it',
    'guys who closed last night?? till short by {~PRICE}. {FIRST} pls check z-report {~INVOICE}',
    'bhaiya sabzi order for kal: 20 kg onion, 10 kg tomato, 5 kg paneer from Amul, dhaniya 2 bunch. Payment {UPI} pe karenge. - {FIRST}, Sharma Dhaba',
    'hey {FIRST} it\'s {NAME} from the Lord Nelson pub, ur linen delivery is 2 bags short again (order {~ORDER}). call me {PHONE}',
    'Ciao {FIRST}! Confermo il tavolo per 2 alle {~TIME}, nome {NAME}. Per modifiche scrivi a {EMAIL} 🍝',
    'dzień dobry, stolik na 4 osoby w piątek o {~TIME}, na nazwisko {LAST}, tel {PHONE_EU}. dziękuję!',
    'swiggy rider says order {~ORDER} delivered but customer {name} says never got the Butter Chicken + 2 Garlic Naan. refund {~PRICE}? cust no {PHONE}',
    'Hallo {FIRST}, kannst du am {~WEEKDAY} die Frühschicht übernehmen? Ich tausche mit dir Sonntag. Gruß, {NAME}',
    'good morning team ☕ today\'s specials: Eggs Florentine, Shakshuka, Cubano sandwich. {FIRST} on bar, {name} on floor, {FIRST} off sick',
    'sir room 12 guest {NAME_UP} checkout pending, bill {~PRICE}, passport copy le liya hai ({PASSPORT}) - reception',
  ],
  kyc: [
    'FORM C — Foreigner registration\nHotel: Hotel Krishna Palace, Jaipur\nGuest name: {NAME_UP}\nPassport No: {PASSPORT}\nArrival: {~DATE}, room 301\nMobile in India: {PHONE}\nNext destination: Udaipur',
    'Guest registration card (Hotel Bismarck, Hamburg)\nName: {NAME_REV}\nTel.: {PHONE_EU}\nE-Mail: {EMAIL}\nZimmer 17, Anreise {~DATE}, 3 Nächte',
    'New staff onboarding — The Duke of York café\nName: {NAME}\nNI number: {NINO}\nBank: sort code on file, IBAN {IBAN}\nStart: {~DATE}, 30 hrs/wk, barista',
    'Vendor master: Gupta Dairy Farms. Prop. {NAME}, PAN {PAN}, GSTIN {GSTIN}, IFSC {IFSC}. Supplies milk 60 L/day, paneer 8 kg/day. Contact {PHONE}.',
    'Ficha de huésped — Hostal San Fermín\nNombre y apellidos: {NAME}\nDNI/NIE: {NIF}\nHabitación 3, entrada {~DATE}\nTel. {PHONE_EU}',
    'Karta meldunkowa — Pensjonat Pod Kopcem\nGość: {NAME}\nPESEL: {PESEL}\nPokój nr 8, 2 noce, {~PRICE}\ntel. {PHONE_EU}',
    'W-9 for line cook {NAME}: SSN {SSN}, address on file. Diner: Lou\'s Luncheonette. Pay rate $18/hr, start {~DATE}.',
    'Employee file: {NAME_INIT}, sous chef, Aadhaar {AADHAAR}, PAN {PAN}, salary a/c IFSC {IFSC}. Old Aadhaar {~VERHOEFF_INVALID_12} on form was wrong.',
  ],
  refund: [
    'Uber Eats dispute #{~TICKET}: guest {NAME} claims Caesar salad missing from order {~ORDER}. Amount {~PRICE}. Our packing photo at {~TIME} shows it in bag. Reply to {EMAIL}.',
    'Double charge on POS terminal 2, bill {~INVOICE}. Card {CARD} charged twice ({~PRICE}). Guest {NAME}, refunded via terminal, RRN {~UTR}.',
    'Zomato complaint: "Dal Makhani cold, Paneer Tikka burnt". Customer {name}, order {~ORDER}. Refund {~PRICE} to {UPI} approved by {FIRST}.',
    'Hi, I\'m writing about our stay in room 9 at the Prince Albert Guesthouse ({~DATE}). We were charged {~PRICE} for the minibar we didn\'t use. Please refund to IBAN {IBAN}. Kind regards, {NAME}',
    'Reply to review (Google, 2★): Dear {FIRST}, we\'re sorry the Pad Thai and the Tom Yum took 45 min on a busy {~WEEKDAY}. We\'d love to have you back — please email {EMAIL_SPELT} and ask for {FIRST}. — The team at Mama Rosa\'s',
    'Deliveroo adjustment {~ORDER}: rider {FIRST} marked delivered 21:40, customer {NAME_INIT} disputes. Partial refund £6.50 (Fish & Chips). Contact {PHONE}.',
    'Chargeback notice: card ending 4421 / full PAN {CARD}, cardholder {NAME_REV}, bill {~INVOICE} dated {~DATE}, {~PRICE}. Guest says no-show fee was not agreed.',
  ],
  lead: [
    'Website enquiry — wedding lunch, 80 pax, {~MONTH}. Name: {NAME}. Phone: {PHONE}. Email: {EMAIL}. Menu interest: Shahi Paneer, Mutton Rogan Josh, Gulab Jamun.',
    'Catering lead from Instagram DM: {name}, office party for 40 on {~DATE}, budget {~PRICE}. "call me on {PHONE} pls".',
    'Corporate account request: Ms {LAST} ({EMAIL}) wants 12 rooms at the Hotel Gandhi Residency for {~DATE}–{~DATE}. GSTIN for invoice {GSTIN}.',
    'Lead via TheFork: {NAME}, 10 couverts, menu dégustation, vin: Château Margaux 2015. Tél {PHONE_EU}. Réponse avant {~DATE}.',
    'Supplier lead: Fresh Linen Co. rep {NAME_INIT} offered napkins at {~PRICE}/100 ({~QUANTITY}). Reach {FIRST} on {PHONE} or {EMAIL_SPELT}.',
    'Hen party enquiry, Saturday {~TIME}, 14 ladies, bottomless brunch (Mimosas, Bellini, Aperol Spritz). Organiser: {NAME}, {PHONE}. Found us via Sir Winston\'s Tea Rooms.',
    'Invoice — Café Nero Bianco S.r.l., P.IVA on letterhead\nBill to: {NAME}\nVAT inv. {~INVOICE}, {~DATE}\n2x Tiramisù, 1x Carbonara, 2x Peroni — {~PRICE}\nPaid: card {CARD}',
    'Tax invoice (GST) — Sagar Ratna Caterers, GSTIN {GSTIN}\nBilled to: {NAME_UP}, {PHONE}\nInv {~INVOICE} · 120 plates Veg Thali @ ₹ 350 · CGST 2.5% · SGST 2.5%\nTotal {~PRICE}',
  ],
};
