/**
 * Blind evaluation set 72: gig-economy platforms' partner operations in India, the US, the UK and
 * Europe — food-delivery riders, restaurant partners, home-service professionals, freelance
 * marketplaces and quick-commerce dark stores. Partner onboarding and KYC, payout and incentive
 * disputes, three-party order escalations (customer, rider, restaurant), rider safety incidents,
 * deactivation appeals, shift and slot bookings, rating complaints, referral bonuses, filled-in
 * support macros and CSV payout exports. Hard negatives sit next to the real PII: order and partner
 * IDs, payout batches, UTRs, OTPs, masked proxy numbers, amounts, distances, ETAs, ratings, dates,
 * and restaurants, dark stores and brands named after people (Haldiram's, Wendy's, Papa John's,
 * Domino's, Café Coffee Day). Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH72_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    "Escalation ESC-88213 | Order {~ORDER} from Haldiram's, Sector 18\nCustomer: {NAME} ({PHONE})\nRider: {NAME} (partner ID RDR-4471902)\nIssue: items missing (2x Raj Kachori). Restaurant says packed at {~TIME}, rider says bag was sealed. Refund of {~PRICE} raised, ticket {~TICKET}.",
    "Safety incident SI-2024-0193 — rider {NAME_UP} reported a minor collision near {~STREET} at {~TIME} on {~DATE}. Rider ok, bike damaged. Emergency contact on file: {FIRST} (sister), {PHONE}. Insurance claim number CLM-55102, order {~ORDER} reassigned (ETA 38 min, 4.2 km).",
    "Deactivation appeal — partner {NAME_REV}, courier ID UK-CR-20931, NI {NINO}. Account paused on {~DATE} after 3 late deliveries and a 4.31★ rating (threshold 4.40★). Partner says the Papa John's on {~STREET} kept him waiting 25+ min each time. Recommend reinstating; reviewer {NAME_INIT}.",
    "Internal note: customer rang via masked number +91 80 4718 XXXX (proxy, do NOT store). Real contact after verification: {PHONE}, email {EMAIL}. Order {~ORDER} from Domino's, OTP {~OTP} shared with rider {FIRST} at the gate.",
    "Restaurant partner call — owner {NAME} of Wendy's franchise #4471 ({~CITY}) disputes commission on payout batch PB-2024-W37 ({~PRICE}). Wants breakdown by {~WEEKDAY}. Callback on {PHONE_EU} before {~TIME}.",
    "Home services job HS-71820 (deep clean, {~ROOMS}). Professional: {NAME} (Pro ID PRO-30917, 4.8★, 212 jobs). Customer {NAME} complained about a broken vase worth {~PRICE}. Photos in ticket {~TICKET}. Pro's mobile {PHONE}.",
    "Rating complaint: customer {name} gave 1★ to rider {NAME_INIT} for order {~ORDER} (Café Coffee Day, 1.8 km, delivered at {~TIME}). Rider uploaded GPS trace, was at drop point 3 min early. Remove rating? — {FIRST}, Trust & Safety",
    "Hi {FIRST},\n\nThanks for reaching out about your incentive for week 42. We've checked your trips (61 of 65 target) and the {~PRICE} bonus doesn't apply this time. If you think this is wrong, reply to this email or use the Help tab in the partner app.\n\nRegards,\n{NAME}\nPartner Experience Team",
    "Vorfall Nr. 2024-0877: Fahrer {NAME} meldet, dass die Kundin {NAME} an der Tür aggressiv wurde. Bestellung {~ORDER}, Restaurant \"Hans im Glück\", Lieferzeit {~TIME}. Rückruf an Fahrer unter {PHONE_EU}. Kunde gesperrt bis {~DATE}.",
    "Dark store DS-BLR-HSR-04 shift report {~DATE}: picker {NAME} no-show for the 06:00–14:00 slot, replaced by {FIRST}. Stock variance on {~SKU}: {~QUANTITY}. Store manager {NAME_REV} — reach on {PHONE}.",
    "this is {NAME} from the Koramangala hub, rider {name} called me saying the restaurant (Meghana Foods) refused to hand over order {~ORDER} without OTP {~OTP}. pls check and call him on {PHONE}",
    "Zgłoszenie {~TICKET}: kurier {NAME}, PESEL {PESEL}, twierdzi, że nie otrzymał wypłaty za tydzień 38 ({~PRICE}). Kontakt: {PHONE_EU}, e-mail {EMAIL}. Partia wypłat PB-PL-0938, referencja przelewu {~REF_EU}.",
  ],
  whatsapp: [
    "bhaiya {name} bol raha hu, order {~ORDER} ka pickup Haldiram's pe 20 min se wait kar raha hu 😤 restaurant wale bol rahe 10 min aur. customer {FIRST} ko call kiya {PHONE} pe, nahi utha raha",
    "hi {FIRST} 👋 ur slot for {~WEEKDAY} 7pm–11pm (Indiranagar zone) is confirmed ✅ surge 1.4x, min guarantee ₹650. reply STOP to cancel",
    "sir mera payout {~PRICE} abhi tak nahi aaya, UTR {~UTR} bhi nahi dikh raha. UPI {UPI} pe bhejna tha. partner id DE-77120 hai",
    "hey this is {FIRST} from Papa John's on {~STREET} — ur rider for order {~ORDER} left without the drinks 🙄 can u ask him to come back? his masked no. is +44 20 3808 XXXX",
    "ok so customer ka naam {name} hai, address galat daala hai, ETA 12 min dikha raha but 3.6 km door hu. uska number {PHONE} hai, support pe forward karo pls 🙏",
    "Hola {FIRST}, soy {NAME}, repartidor. Tu pedido {~ORDER} de Telepizza llega en 8 min. Si no contestas al timbre te llamo al {PHONE_EU} 🛵",
    "thx {FIRST}!! got the referral bonus ₹2,000 for referring {NAME} 🎉 next one is my cousin, his mail is {EMAIL_SPELT}",
    "rider here, cust {name} says food is cold but it was 4.7★ rated Domino's & I reached in 19 min (2.1 km). OTP was {~OTP}. pls dont deduct 🙏 my no {PHONE}",
    "Cześć {FIRST}, tu {NAME} z dark store Mokotów. Zmiana na {~WEEKDAY} 14:00–22:00 potwierdzona. Jak coś, dzwoń {PHONE_EU}.",
    "Salut {FIRST}, c'est {NAME} du support livreurs. Ton virement de {~PRICE} est parti le {~DATE} sur l'IBAN {IBAN}. Réf. lot PB-FR-2211.",
    "Mr. {LAST} pls check ur registered email, KYC link expires at {~TIME}. agar na mile to {EMAIL} pe mail karo ya 080-6179-XXXX (masked) pe call mat karna",
    "good morning {name} ☀️ ur rating dropped to 4.3★ after order {~ORDER} (Café Coffee Day). customer {NAME_INIT} left a complaint. u can appeal within 48 hrs",
  ],
  kyc: [
    "Rider onboarding — {NAME_UP}\nPAN: {PAN}\nAadhaar: {AADHAAR}\nMobile: {PHONE}\nBank: IFSC {IFSC}, UPI {UPI}\nDL no. MH12 20190034567, bike MH-12-KT-4471\nBGV vendor ref: BGV-880214 (cleared {~DATE})",
    "Restaurant partner KYC: Sharma Ji Ka Dhaba (FSSAI 11521998000483), owner {NAME}, GSTIN {GSTIN}, PAN {PAN}. Settlement account IFSC {IFSC}. Manager contact {NAME} ({PHONE}), {EMAIL}.",
    "Aadhaar {AADHAAR} verified via DigiLocker for {NAME}. Earlier upload {~VERHOEFF_INVALID_12} failed checksum, partner re-uploaded. Onboarding batch OB-2024-1187, training slot {~DATE} {~TIME}.",
    "US courier onboarding (Dasher-style): {NAME}, SSN {SSN}, email {EMAIL}, phone {PHONE}. Background check via Checkr report 8f2a-44c1 clear. Vehicle: 2016 Honda Civic, plate 7KXL412.",
    "Freelancer verification — {NAME_REV}. ITIN {ITIN} (non-resident), payout card {CARD}, login from IP {IP}. Profile: logo designer, 4.9★ (318 reviews), hourly rate $35. Passport (India) {PASSPORT}.",
    "UK rider right-to-work check: {NAME}, NI number {NINO}, share code W7K 4PX 9QZ, DOB on file. Payout to IBAN {IBAN}. Zone: Manchester Central. Checked by {NAME_INIT} on {~DATE}.",
    "Alta de repartidor autónomo: {NAME}\nNIF: {NIF}\nIBAN: {IBAN}\nTeléfono: {PHONE_EU}\nCorreo: {EMAIL}\nNIF anterior {~NIF_INVALID} rechazado (letra de control incorrecta).",
    "Rejestracja kuriera: {NAME_REV}, PESEL {PESEL}, tel. {PHONE_EU}, IBAN {IBAN}. Umowa zlecenie nr UZ/2024/0912, start {~DATE}.",
    "Home-service pro onboarding: {NAME} (AC repair, Urban-style marketplace). PAN {PAN}, Aadhaar {AADHAAR}, alt. mobile {PHONE}. Toolkit deposit ₹1,499 paid, txn UTR {~UTR}. Training centre: Andheri East, batch B-47.",
    "Dark store picker KYC — name as per PAN: {NAME_UP}; name as per bank: {NAME_REV}. Mismatch flagged. PAN {PAN}, account IFSC {IFSC}. Store DS-GGN-12, employee code QC-20418.",
  ],
  refund: [
    "partner_id,partner_name,payout_batch,week,orders,amount_inr,upi_id,utr\nRDR-4471902,{NAME},PB-2024-W37,37,142,{~PRICE},{UPI},{~UTR}\nRDR-4471977,{NAME_REV},PB-2024-W37,37,98,{~PRICE},{UPI},{~UTR}",
    "courier_id,name,email,phone,iban,amount_gbp,batch\nUK-CR-20931,{NAME},{EMAIL},{PHONE},{IBAN},£412.60,PB-UK-2024-38\nUK-CR-20944,{NAME},{EMAIL},{PHONE},{IBAN},£388.15,PB-UK-2024-38",
    "Payout dispute {~TICKET}: rider {NAME} says week 37 incentive (₹3,200 for 70 orders) missing. System shows 68 orders, 2 cancelled by Haldiram's kitchen. Adjustment of ₹640 approved by {NAME_INIT}. Credited to UPI {UPI}, UTR {~UTR}.",
    "Customer refund: {NAME} charged twice on card {CARD} for order {~ORDER} ({~PRICE}) from Wendy's. Card number she typed in chat was {~LUHN_INVALID_16} (typo). Reversal ref RR-55120, 5–7 working days.",
    "Restaurant payout hold: {NAME} (owner, Papa John's franchise, GSTIN {GSTIN}) disputes ₹18,450 deduction for packaging complaints. Invoice {~INVOICE}, settlement UTR {~UTR}. Call back {PHONE}.",
    "Reembolso solicitado por {NAME} ({EMAIL}) — pedido {~ORDER} de Burger King, rider {FIRST} marcó entregado pero no llegó. Importe {~PRICE}, devolver a IBAN {IBAN}.",
    "Freelance marketplace: client {NAME} opened dispute on milestone M3 ($1,250) against freelancer {NAME_REV}. Contract CT-990214, escrow release blocked until {~DATE}. Freelancer contact: {EMAIL_SPELT}.",
    "Hi team, {NAME} here (Pro ID PRO-30917). My payout for jobs HS-71820 and HS-71833 ({~PRICE}) went to an old account. Please send to IFSC {IFSC} instead. Reach me on {PHONE}, thanks!",
    "US driver pay adjustment: {NAME}, last 4 of SSN not needed — full SSN {SSN} submitted for 1099-NEC correction. Tips owed $86.40 for 14 orders on {~DATE}. Batch PB-US-1042.",
    "Erstattung für {NAME}: Bestellung {~ORDER} (Vapiano, 23,90 €) kam kalt an, Fahrer {NAME_INIT}, 5,4 km, 47 Min. Gutschrift {~PRICE} auf IBAN {IBAN}, Vorgang {~TICKET}.",
  ],
  lead: [
    "Referral: {NAME} ({PHONE}) referred {NAME} as a rider in Pune. Bonus ₹1,500 unlocks after 50 deliveries within 30 days. Referral code REF-7X4K9, campaign DIWALI24.",
    "New restaurant lead: Sagar Ratna, Lajpat Nagar — contact {NAME}, {EMAIL}, {PHONE}. Avg order value ₹420, 180 orders/day on other apps. Demo slot {~DATE} at {~TIME}, assigned to {FIRST}.",
    "Inbound partner enquiry from web form: Name: {name} | City: {~CITY} | Vehicle: e-bike | Phone: {PHONE} | Preferred shift: evening | Source: Instagram ad #IG-4471",
    "Hi, this is {NAME}, I run two cloud kitchens (Behrouz Biryani & Faasos brand licences) in Whitefield. Want to list on your platform — pls reach me at {EMAIL_SPELT} or {PHONE}.",
    "Slot booking: pro {NAME_REV} booked Sat 09:00–13:00 and Sun 14:00–18:00 (plumbing, zone Salt Lake). 3 jobs auto-assigned, first at {~TIME}, 6.2 km away. Confirmation sent to {EMAIL}.",
    "Nuevo socio restaurante: {NAME}, \"Casa Lucio\" (Madrid), teléfono {PHONE_EU}, correo {EMAIL}. Comisión propuesta 28%, alta prevista {~DATE}.",
    "Lead score 91 — freelancer {NAME} (React dev, 4.96★, 212 jobs) applied to Top Rated programme from IP {IP}. Recommended by {NAME_INIT}. Follow up on {~WEEKDAY}.",
    "Dark store franchise enquiry: {NAME} wants to open a 2,500 sq ft store near {~STREET}. Budget {~PRICE}. Contact {PHONE}, alt. {PHONE_EU}. Told him Zepto-style 10-min radius is 2.5 km.",
    "Referral programme export\nreferrer,referee,referee_phone,status,bonus\n{NAME},{NAME},{PHONE},ACTIVE,£50.00\n{NAME_REV},{NAME},{PHONE},PENDING,£0.00",
    "Dear {FIRST},\nWelcome to the Partner Programme! Your McDonald's-area zone (Camden) opens on {~DATE}. Onboarding call with {NAME} at {~TIME}. Questions? {EMAIL}\n— Partner Growth",
  ],
};
