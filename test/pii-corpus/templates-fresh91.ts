/**
 * Blind evaluation set 91: veterinary clinics, pet boarding and pet insurance. Appointment
 * bookings, vaccination reminders, surgery consent forms, lab reports, boarding check-in sheets,
 * pet-insurance claims, pharmacy orders, grooming, lost-pet microchip lookups and owner WhatsApp
 * chats, in India, the US, the UK and Europe (with Spanish, German, French, Italian, Polish and
 * Dutch lines). The owners are the PII. The pets carry human-sounding names (Bruno, Max, Coco,
 * Simba, Luna, Rocky, Bella …) written as plain text: they are hard negatives, as are microchip
 * numbers, weights, doses, breeds, vaccine names, kennel and cage numbers, invoice and claim
 * numbers, prices, dates, times and clinics named after people (Dr. Patel's Pet Clinic is a
 * business). Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH91_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Appointment booked: Bruno (Labrador Retriever, 28.6 kg) for annual DHPPi + rabies booster on {~DATE} at {~TIME}. Owner {NAME}, mobile {PHONE}. Reminder sent via SMS.',
    'Lab report #LR-4471 for Luna, 4y spayed female Siamese. ALT 112 U/L (ref 12–130), creatinine 1.9 mg/dL, slightly raised. Requested by Dr. Patel\'s Pet Clinic. Results emailed to owner {NAME} at {EMAIL}.',
    'Client record\nOwner: {NAME_REV}\nPhone: {PHONE}\nEmail: {EMAIL}\nPatient: Max, Beagle, neutered male, 14.2 kg\nMicrochip: 900263000418275\nInsurer: PawSure Gold, policy PS-77120\nNotes: nervous at the scales, muzzle on file.',
    'Surgery list {~WEEKDAY}: 09:00 Coco (Shih Tzu) dental scale + 2 extractions; 11:30 Simba (DSH cat) castration; 14:00 Rocky (German Shepherd) lump removal, owner {NAME} to collect by {~TIME}. Theatre nurse: {FIRST}.',
    'Vaccination reminder batch {~DATE}: Bella due Nobivac KC, Charlie due Nobivac L4, Daisy overdue FeLV. Contact owners by phone; Bella\'s owner {NAME} asked for calls only after 6 pm on {PHONE}.',
    'Pharmacy order {~ORDER}: Apoquel 16 mg x 30 tabs, Bravecto 20–40 kg x 1 chew, for Rocky (Boxer, 31.0 kg). Dispensed by {FIRST}. Charged {~PRICE} to card on file. Owner {NAME}.',
    'Spoke with Mrs. {LAST} re Teddy (Cavapoo). Still vomiting twice a day after switching to Hill\'s i/d. Advised bland diet and recheck {~WEEKDAY} {~TIME}. Callback number {PHONE_EU}.',
    'Cita confirmada: Toby (Yorkshire Terrier, 3,4 kg) vacuna antirrábica el {~DATE} a las {~TIME} en Clínica Veterinaria San Antón. Propietaria: {NAME}, tel. {PHONE_EU}. Importe estimado {~PRICE}.',
    'Termin: Balu (Berner Sennenhund, 46 kg), Kastration am {~DATE}. Halter {NAME}, Tel. {PHONE_EU}, E-Mail {EMAIL}. Nüchtern ab 22 Uhr. Tierarztpraxis Dr. Weber, Raum 2.',
    'date,patient,species,weight_kg,procedure,owner,owner_phone\n{~DATE},Simba,cat,5.1,FVRCP booster,{NAME},{PHONE}\n{~DATE},Luna,dog,22.8,Leptospirosis L4,{NAME},{PHONE}',
    'Ticket {~TICKET}: website booking widget double-booked Dr. Sharma at {~TIME}. Affected client {NAME} ({EMAIL}) was moved to the 5 pm slot with Dr. Green. Bella the Pomeranian, no charge for the mix-up.',
    'Referral to Hospital Veterinario Madrid for MRI. Patient: Milo, French Bulldog, 12.4 kg, chip 941000024567813. Referring vet: Dr. Anjali Rao\'s Animal Care. Owner {NAME}, {EMAIL}, {PHONE}.',
  ],
  whatsapp: [
    'owner: hi doc, bruno ate half a chocolate bar 😩 he is 18 kg lab mix\nclinic: Hi! How long ago? Please come in now, we are at {~STREET}\nowner: 20 min ago, coming. this is {name}, number if needed {PHONE}',
    '[{~TIME}] Paws & Claws Boarding: Hi there, Coco has settled into kennel 14 nicely and finished her breakfast 🐶\n[{~TIME}] {FIRST}: yay thank you!! she\'s a fussy eater\n[{~TIME}] Paws & Claws Boarding: Pickup on {~DATE} before 6 pm please',
    'Hello {FIRST} ji, Max ka rabies vaccine due hai on {~DATE}. Dr. Patel\'s Pet Clinic, Koramangala. Reply YES to confirm slot at {~TIME}. For queries call {PHONE}.',
    'me: is luna ok after the spay?\nvet nurse: She\'s doing great, eating a little. You can collect at 4\nme: amazing. invoice to {EMAIL} pls\nvet nurse: Will do, total is {~PRICE}\n— {NAME}',
    '{name}: hey, rocky lost his collar in the park 😢 chip is 985112004573380 can you check it\'s still on my number {PHONE}\nclinic: Checked, the registry has your old number. Send your new email and we will update it\nowner: ok it\'s {EMAIL}',
    'Hola {FIRST}! Te recordamos que Nala tiene cita de peluquería el {~WEEKDAY} a las {~TIME}. Baño + corte: {~PRICE}. Si no puedes venir, escríbenos o llama al {PHONE_EU}. Saludos, Guau Guau Grooming',
    'Dzień dobry, tu {NAME}. Czy Reksio może dostać drugą dawkę Nobivac DHPPi w {~WEEKDAY}? Waży już 9,5 kg. Mój numer: {PHONE_EU}.',
    'Goedemorgen! Bella (Labradoodle) mag morgen om {~TIME} opgehaald worden bij Dierenkliniek De Linde. Groetjes, {FIRST} — vragen? bel {PHONE_EU}',
    '{name}: simba not peeing since morning, keeps going to the litter box\nDr Mehta: Please bring him immediately, could be a blockage. Token {~TICKET}\nowner: ok on the way, paying by upi {UPI}',
    'Bonjour {FIRST}, Minou est prêt(e) à rentrer après son détartrage 🦷. Facture {~INVOICE} : {~PRICE}. Clinique Vétérinaire du Parc, {~STREET}. Bonne journée !',
    'Ciao {FIRST}, Leo ha fatto il richiamo del vaccino oggi, tutto ok. Prossimo appuntamento il {~DATE}. Per info scrivici a {EMAIL} o chiama {PHONE_EU}. Ambulatorio Veterinario Rossi',
  ],
  kyc: [
    'SURGERY CONSENT FORM\nPatient: Max (Golden Retriever, 32.5 kg)\nProcedure: TPLO right stifle\nEstimate: {~PRICE}\nI, {NAME}, being the owner of the above animal, consent to general anaesthesia and the procedure described.\nEmergency contact: {PHONE}\nWitnessed by: {NAME_INIT}, RVN   Date: {~DATE}',
    'New client registration\nFull name: {NAME}\nEmail: {EMAIL}\nMobile: {PHONE}\nAddress: {~STREET}, {~CITY}\nPet name: Bella   Species: Dog   Breed: Pomeranian   DOB: {~DATE}\nMicrochip: 941000016320775\nHow did you hear about us? Instagram',
    'Pet insurance application — PetPlan Plus\nPolicyholder: {NAME_UP}\nNational Insurance number: {NINO}\nPhone: {PHONE}\nPet: Rocky, Staffordshire Bull Terrier, 4 yrs\nPre-existing conditions: none declared\nMonthly premium: £27.40',
    'Pet import paperwork (India)\nOwner name: {NAME}\nPassport no.: {PASSPORT}\nPAN: {PAN}\nAnimal: Coco, Shih Tzu, female, 6.8 kg\nRabies titre: 2.4 IU/ml (lab ref RT-2231)\nNOC from AQCS requested on {~DATE}',
    'Boarding check-in sheet\nGuest: Simba (Persian cat)   Cage: C-07\nArrival: {~DATE} {~TIME}   Departure: {~DATE}\nFood: Royal Canin Persian, 35 g twice daily\nMeds: none\nOwner: {NAME}   Tel: {PHONE}\nVet on file: Dr. Kapoor\'s Pet Hospital\nChecked in by: {FIRST} (front desk)',
    'Alta de cliente — Clínica Veterinaria Los Olivos\nTitular: {NAME}\nDNI/NIE: {NIF}\nTeléfono: {PHONE_EU}\nCorreo: {EMAIL}\nMascota: Luna, Galgo Español, hembra, 24 kg, chip 724098100552301',
    'Formularz zgody na zabieg\nWłaściciel: {NAME}\nPESEL: {PESEL}\nTelefon: {PHONE_EU}\nZwierzę: Max, owczarek niemiecki, 35 kg\nZabieg: kastracja\nData: {~DATE}\nLekarz prowadzący: lek. wet. {NAME}',
    'Adoption agreement — Happy Tails Rescue\nAdopter: {NAME}\nSSN (for background check): {SSN}\nPhone: {PHONE}\nEmail: {EMAIL}\nDog: Rocky, Pit mix, approx. 2 yrs, 21 kg, chip 956000011223344\nAdoption fee: $175.00 (receipt {~INVOICE})',
    'Einverständniserklärung Narkose\nTierhalter/in: {NAME_REV}\nIBAN für Lastschrift: {IBAN}\nTier: Balu, Berner Sennenhund, 46 kg\nKostenvoranschlag: {~PRICE}\nOrt, Datum: {~CITY}, {~DATE}',
    'Vet hospital vendor onboarding\nBusiness: Dr. Reddy\'s Pet Clinic LLP\nGSTIN: {GSTIN}\nContact person: {NAME}\nAccount IFSC: {IFSC}\nAuthorised signatory Aadhaar: {AADHAAR}\nPO reference: {~PO}',
    'Lost pet microchip lookup\nChip scanned: 977200008765432\nResult: registered on PetLog\nKeeper: {NAME}\nKeeper phone: {PHONE}\nAnimal: Bella, Cocker Spaniel, liver roan\nFound at: {~CITY} by warden, {~DATE} {~TIME}',
  ],
  refund: [
    'Claim {~TICKET} — PawSure Insurance\nPolicyholder: {NAME}\nPet: Coco (Cavalier King Charles, 8.9 kg)\nCondition: otitis externa\nVet invoice {~INVOICE}: {~PRICE}\nExcess: £99\nPay to account: {IBAN}',
    'Hi, I\'m {NAME}. I paid {~PRICE} twice for Luna\'s spay at Dr. Patel\'s Pet Clinic on {~DATE} with my card {CARD}. Both show on my statement as txn ref {~LUHN_INVALID_16}. Please refund the duplicate to the same card.',
    'Refund request: boarding for Max cancelled 48h in advance. Booking {~ORDER}, 5 nights in kennel 22 at ₹1,200/night. UPI for refund: {UPI}. Contact {PHONE}. — {FIRST}',
    'Dear {FIRST},\nYour claim for Rocky\'s cruciate surgery has been approved. Eligible amount {~PRICE} less 10% co-pay. Payment ref {~UTR} will reach your account within 5 working days.\nKind regards,\nClaims Team, FurCover Pet Insurance',
    'Reclamación: {NAME} ({NIF}) solicita el reembolso de la factura {~INVOICE} por la ecografía de Toby. Importe {~PRICE}. IBAN: {IBAN}. Teléfono de contacto {PHONE_EU}.',
    'Erstattungsantrag Tierkrankenversicherung\nVersicherungsnehmer: {NAME}\nTier: Luna, Maine Coon, 6,2 kg\nRechnung {~INVOICE} vom {~DATE}: {~PRICE}\nBankverbindung: {IBAN}\nRückfragen an {EMAIL}',
    'claim_id,policy_holder,email,pet,diagnosis,amount,status\nCLM-{~OTP},{NAME},{EMAIL},Bella,gastroenteritis,{~PRICE},approved\nCLM-{~OTP},{NAME},{EMAIL},Simba,FLUTD,{~PRICE},pending docs',
    'The grooming salon cut Bruno\'s ear while trimming (photos attached). I want a refund of {~PRICE} for the full groom. I\'m {NAME}, you can reach me on {PHONE} or {EMAIL_SPELT}.',
    'Pharmacy return: order {~ORDER}, Simparica Trio 10–20 kg x 3, unopened, for Daisy. Refund {~PRICE} to card {CARD}. Approved by store manager {FIRST}. Tracking for return parcel {~TRACKING}.',
    'Rimborso richiesto da {NAME} per la visita di Leo (Bassotto, 9 kg) presso Clinica Veterinaria Dott. Bianchi. Fattura {~INVOICE}, totale {~PRICE}. Accredito su {IBAN}.',
    'Insurance claim form (US)\nMember: {NAME_REV}\nITIN: {ITIN}\nPet: Max, Dachshund, IVDD hemilaminectomy\nTotal billed: {~PRICE}\nDate of service: {~DATE}\nAdjuster: {NAME_INIT}',
  ],
  lead: [
    'Website enquiry: Looking for boarding for Bruno (Indie, 15 kg) from {~DATE} to {~DATE}, AC kennel if possible. Name: {NAME}. Phone: {PHONE}. Email: {EMAIL}.',
    'Hi, we just moved to {~CITY} with our two cats, Luna and Simba. Are you taking new patients? Both need FVRCP boosters. Thanks, {NAME} ({PHONE_EU})',
    'New lead from Instagram ad "Puppy Pack {~PRICE}": {name} asked about vaccinations for Coco, 9-week Golden Retriever. Reply via DM or call {PHONE}.',
    'Grooming lead: {FIRST} wants a full groom + nail trim for Bella (Maltese, 3.2 kg) every 6 weeks. Prefers {~WEEKDAY} mornings. Quote sent: {~PRICE} per visit. Email {EMAIL}.',
    'Pet insurance quote request\nName: {NAME}\nEmail: {EMAIL}\nZip / PIN: {~PINCODE}\nPet: Rocky, Rottweiler, 3 yrs, 44 kg\nPlan: Accident & Illness, $250 deductible\nSource: Google Ads',
    'Lead owner: {NAME}. Clinic: Dr. Sharma\'s Veterinary Hospital (12 kennels, 3 vets) is evaluating our booking software {~VERSION}. Demo on {~DATE} at {~TIME}. Their office cat Max may wander into the call, ha.',
    'Solicitud de presupuesto: esterilización de Kira (Podenco, 18 kg). Nombre: {NAME}. Móvil: {PHONE_EU}. Prefiere contacto por WhatsApp.',
    'Anfrage Hundepension: Wir suchen für Rocky und Bella (Golden Retriever) einen Platz vom {~DATE} bis {~DATE}. Viele Grüße, {NAME}, {PHONE_EU}',
    'Zapytanie: hotel dla kota Filemon na 10 dni w {~MONTH}. Kontakt: {NAME}, {EMAIL}, tel. {PHONE_EU}.',
    'Hello! Referral from Dr. Patel\'s Pet Clinic. My dog Simba needs physiotherapy after surgery; is hydrotherapy available? — {NAME_INIT}, {PHONE}',
    'Lost & found lead: a man called {FIRST} rang from {~CITY} saying he found a black Labrador answering to "Max", chip 900182001987654. His number is {PHONE}. Passed to the registry, ticket {~TICKET}.',
    'Aanvraag: {NAME} wil Luna (Britse korthaar) laten chippen en inenten. E-mail: {EMAIL}, telefoon {PHONE_EU}. Voorkeur: {~WEEKDAY} na 17:00.',
  ],
};
