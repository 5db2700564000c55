/**
 * Blind evaluation set 66: real estate, rentals and property management in India, the US, the UK
 * and Europe — brokers' lead notes, tenant and landlord chats, site visits, rent reminders and
 * receipts, lease and rental-agreement drafts, tenant screening and KYC, maintenance requests,
 * society/HOA notices, listings with agents' contact lines, home-loan pre-approvals, CRM exports,
 * co-living, student housing and short-term rentals. Hard negatives sit next to the real PII: flat,
 * plot and floor numbers, BHK and square feet, rents and deposits in ₹/$/£/€, RERA numbers,
 * listing IDs, postcodes, and streets, societies, builders and agencies named after people.
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH66_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    `Site visit log — Lodha Park, Tower 3, Flat 2104 ({~ROOMS}, 21st floor). Visitor: {NAME} ({PHONE}). Broker on duty: {FIRST}. Next visit {~WEEKDAY} {~TIME}. MahaRERA P51900012345.`,
    `CRM export row: lead_id=LD-{~OTP}; name="{NAME_REV}"; mobile={PHONE}; email={EMAIL}; project=Godrej Woods, Sector 43; budget={~PRICE}; stage=site_visit_done`,
    `Maintenance ticket {~TICKET}: tenant {NAME} in unit 4B, Victoria Gardens, reports a leaking geyser in the master bath. Plumber Mr. {LAST} to attend on {~DATE} between {~TIME} and 1 pm. Tenant cell {PHONE}.`,
    `Lease renewal note: landlord {NAME_INIT} agreed to a 5% escalation, rent goes from £1,450 to £1,522.50 pcm from {~DATE}. Tenant {NAME} wants the break clause at month 6. Property: 14 Albert Road, Flat 2, SE5 8RW.`,
    `Owner: {NAME_UP} | PAN {PAN} | Flat C-702, Nehru Nagar CHS, Ghatkopar East | Carpet 650 sq ft | Rent ₹38,000 | Deposit ₹1,50,000 | Listing {~SKU}`,
    `Call with {FIRST} from Kushal Builders re: possession of plot 117, Gandhi Road layout. Buyer {NAME} asked for the NOC by {~DATE}; reach on {PHONE} after 6 pm.`,
    `HOA ledger note — Maple Ridge HOA, lot 52. Homeowner {NAME} paid Q3 dues of $1,260.00 by card {CARD}; the $35 late fee was waived by board treasurer {NAME_INIT}.`,
    `Übergabeprotokoll (Berlin, Prenzlauer Berg): Mieter {NAME}, Wohnung 3. OG links, 68 m², Kaltmiete 1.140 €, Kaution 3 Monatsmieten auf IBAN {IBAN}. Handy {PHONE_EU}. Hausverwaltung Schulz & Partner.`,
    `followed up w/ {name} abt the 3bhk in Whitefield, says hes waiting for home loan sanction frm HDFC. call bak on {~WEEKDAY}. alt no {PHONE}`,
    `Student housing — Room 12, Cluster B, Marie Curie House. Resident: {NAME}, booking {~INVOICE}. Guarantor: {NAME} ({EMAIL}). Weekly rent £189, 44-week contract from {~DATE}.`,
    `Co-living check-out, Harmony House, Koramangala 5th Block: bed 3 of room 204 vacated by {name}. Deductions ₹1,200 (mattress) and ₹450 (lost key). Balance to UPI {UPI} by {~DATE}.`,
  ],
  whatsapp: [
    `hi {name} this is {FIRST} from Sai Krupa Realty, 2bhk in Shivaji Park available, rent 45k + maintenance 3k, deposit 3 months. visit kab kar sakte ho? my no {PHONE}`,
    `sir rent for oct not recieved yet 🙏 ₹22,500 pending for flat 304, pls transfer to {UPI} or HDFC a/c with IFSC {IFSC}. - {FIRST} (owner)`,
    `Hey {FIRST}! Just a reminder your rent of $2,150 for Apt 5C is due on the 1st. Zelle to {EMAIL} or call me at {PHONE}. Thx, {NAME}`,
    `ok done ✅ paid 18500 rent + 1200 electricity. screenshot bhej diya. UTR {~UTR}. flat 12, 3rd floor, Ambedkar Colony`,
    `landlord here — plumber coming tmrw {~TIME}, his name is {name}, number {PHONE}. pls keep the kitchen sink area clear 🔧`,
    `hola {FIRST}, soy {NAME}, el casero del piso de la calle Príncipe de Vergara 84, 3ºB. La fianza son 2 meses (1.900 €). Mi móvil {PHONE_EU}`,
    `cześć, tu {NAME}, w sprawie mieszkania na ul. Jana Pawła II 15/42 — 48 m², 2 pokoje, czynsz 3200 zł + media. tel. {PHONE_EU}`,
    `Bonjour {FIRST}, la visite du T3 rue Victor Hugo (62 m², 4e étage) est confirmée {~WEEKDAY} à 18h. Dossier locataire à envoyer à {EMAIL_SPELT}. Cordialement, {NAME}`,
    `guest checked in to the airbnb at Baga, villa 7. guest name {name}, 4 pax, 3 nights. check-out {~DATE} by 11am. host contact {PHONE}`,
    `Sir I am {NAME} tenent of B-1203 Mahatma Gandhi Residency. lift not working since 3 days, secretary not picking call. my mob {PHONE}`,
    `bro {name} ne bola broker fee 1 month ka rent hai, 35k. mai negotiate kar raha hu, uska email hai {EMAIL_SPELT}`,
    `Hi, this is {NAME_INIT} from Foxtons re the 1 bed in Clapham at £1,850 pcm — viewing slot {~WEEKDAY} 12:15. Call me on {PHONE} or just reply here.`,
  ],
  kyc: [
    `Leave and licence agreement (11 months): Licensor {NAME_UP}, PAN {PAN}, Aadhaar {AADHAAR}; Licensee {NAME}, PAN {PAN}. Premises: Flat 901, Tower A, Raheja Vistas, NIBM Road, Pune 411048. Licence fee ₹32,000 per month, security deposit ₹1,00,000.`,
    `Tenant screening — applicant {NAME}, SSN {SSN}, employer Wells Property Group, monthly income $7,400, rent-to-income 31%. Unit 2B, 418 Lincoln Ave. Credit pulled {~DATE}.`,
    `Applicant without SSN: {NAME} provided ITIN {ITIN} and passport {PASSPORT}; co-signer {NAME}, phone {PHONE}. Lease start {~DATE}, unit 9F, Franklin Tower.`,
    `Right to Rent check — tenant {NAME}, NI number {NINO}, share code verified {~DATE}. Property: 7 Churchill Court, Flat 3, M14 5TQ. Agent: {NAME_INIT}, Hamptons Lettings.`,
    `Contrato de arrendamiento de vivienda. Arrendador: {NAME}, NIF {NIF}. Arrendatario: {NAME_REV}, NIE {NIF}. Inmueble: calle Alfonso XII 23, 2º izq., 28014 Madrid. Renta mensual 1.350 €. Fianza: una mensualidad, IBAN {IBAN}.`,
    `Umowa najmu okazjonalnego: Wynajmujący {NAME}, PESEL {PESEL}; Najemca {NAME}, PESEL {PESEL}, tel. {PHONE_EU}. Lokal nr 42, ul. Marii Skłodowskiej-Curie 8, Kraków. Kaucja 4 500 zł.`,
    `Home loan pre-approval: applicant {NAME}, co-applicant {NAME}, PAN {PAN} / {PAN}. Sanction up to ₹85,00,000 @ 8.45% for 240 months. Project RERA No. PRM/KA/RERA/1251/446/PR/190711/002637. Disbursal to builder a/c, IFSC {IFSC}.`,
    `Police verification form (tenant): Name {NAME_UP}, Aadhaar {AADHAAR}, permanent address Shastri Nagar, Jaipur, mobile {PHONE}. Landlord: {NAME}, owner of H.No. 221, Sector 15.`,
    `Tax invoice for brokerage: Sai Estate Consultants, GSTIN {GSTIN}, billed to {NAME} — one month's rent ₹48,000 + 18% GST. Invoice {~INVOICE}, dated {~DATE}.`,
    `Co-living KYC: resident {name}, Aadhaar {~VERHOEFF_INVALID_12} rejected (checksum), resubmitted {AADHAAR}. Bed 2, room 305, Harmony House HSR. Emergency contact {NAME} {PHONE}.`,
  ],
  refund: [
    `Deposit return: tenant {NAME} vacated Flat 5A, Kensington Mansions on {~DATE}. Deposit £2,100 protected with the DPS, ref {~REF_EU}. Return to IBAN {IBAN} less £120 cleaning.`,
    `Security deposit refund — ₹75,000 less ₹8,500 painting = ₹66,500. Pay to {NAME}, IFSC {IFSC}, or UPI {UPI}. Owner sign-off: {NAME_INIT}.`,
    `Short-stay dispute: guest {NAME} was charged €480 on card {CARD} for a cancelled stay (listing 53108822, Lisbon Alfama). Host {NAME} refuses to refund. Case {~TICKET}.`,
    `Hi, {NAME} here. I moved out of 1207 Jefferson Towers on {~DATE} and still haven't got my $1,800 deposit back. Please call {PHONE} or email {EMAIL}.`,
    `Holding deposit refund — landlord withdrew the offer on 22 Nelson Street, Flat 4, so applicant {NAME} gets £400 back on card {CARD} within 7 days.`,
    `Zwrot kaucji: najemca {NAME}, mieszkanie 17, ul. Kościuszki 3, Wrocław. Kwota 3 200 zł na rachunek {IBAN}. Kontakt {PHONE_EU}.`,
    `Devolución de fianza: {NAME_REV} dejó el piso de la avenida Blasco Ibáñez 12 el {~DATE}. Importe 1.100 € a la cuenta {IBAN}. Dudas: {EMAIL}.`,
    `maintenance overcharge: society charged ₹6,800 twice for Q2 to flat D-404 (Tagore Heights). resident {name}, paid via {UPI}, UTR {~UTR}. treasurer {NAME} to reverse by {~DATE}`,
  ],
  lead: [
    `New lead (99acres): {NAME} | {PHONE} | {EMAIL} | looking for {~ROOMS} in Baner/Balewadi, budget ₹90L–1.1Cr, ready to move. Source listing {~ORDER}.`,
    `Zillow inquiry: "Hi, I'm {NAME}, interested in 1842 Washington St, 3bd/2ba, 1,650 sq ft listed at $649,000. Already pre-approved. Reach me at {PHONE}."`,
    `Rightmove lead — {NAME_REV} ({EMAIL}) asked about the 2 bed flat at Victoria Gardens, Leeds LS6, £1,150 pcm. Wants a viewing {~WEEKDAY} after 5. Mobile {PHONE}.`,
    `Subject: Your mortgage pre-approval\nDear {NAME},\nYou are pre-approved for a 30-year fixed loan up to $512,000 at 6.375%. Please send your last two pay stubs and your ITIN letter ({ITIN}). File {~INVOICE}.\nBest,\n{NAME_INIT}, Loan Officer, Jackson Home Lending\n{PHONE}`,
    `Walk-in at the sales gallery: {name} with wife and 2 kids, wants 3 BHK above 10th floor, east facing, Prestige Lakeside Habitat. Ph {PHONE}. Revisit {~DATE} {~TIME}.`,
    `Lead via Housing.com — name: {NAME}; email: {EMAIL_SPELT}; phone: {PHONE}; requirement: PG for girls near Manipal Hospital, single occupancy, ₹12k max.`,
    `Immobilien-Anfrage: Guten Tag, mein Name ist {NAME}, ich interessiere mich für die 3-Zimmer-Wohnung in der Goethestraße 17, 84 m², Warmmiete 1.480 €. Erreichbar unter {PHONE_EU}. Mit freundlichen Grüßen, {LAST}`,
    `Referral: {NAME} (owns 2 flats in Gandhi Nagar) referred {name}, who wants to sell a 2400 sq ft plot near Rajiv Gandhi IT Park. Contact {PHONE}.`,
    `Short-term rental lead from Booking.com: {NAME}, 2 adults, 5 nights in the studio on Rue Lafayette, €135/night, arriving {~DATE}. Guest phone {PHONE}, booked from IP {IP}.`,
    `Hi {FIRST}, thanks for your interest in Sterling Heights by Mahindra Lifespaces. Your site visit is booked for {~DATE} at {~TIME}. Your relationship manager is {NAME}, {PHONE}.`,
    `leads_export.csv\nlead_id,name,phone,email,project,bhk,budget\n{~ORDER},"{NAME_REV}",{PHONE},{EMAIL},Shanti Niketan Phase 2,2,₹65L\n{~ORDER},{NAME},{PHONE},{EMAIL_SPELT},Victoria Gardens,3,₹1.2Cr`,
    `Zapytanie z Otodom: dzień dobry, nazywam się {NAME}, interesuje mnie kawalerka przy ul. Mickiewicza, 28 m², 2 400 zł. Proszę o kontakt: {EMAIL} lub {PHONE_EU}.`,
  ],
};
