/**
 * Blind evaluation set 101: online pharmacies, medicine delivery and e-prescriptions — prescription
 * uploads with doctors' and patients' names, refill reminders, substitution requests, delivery slots,
 * cold-chain notes, insurance and payment details, and pharmacist chats, from India, the US, the UK
 * and Europe. Hard negatives are the trade's own words: drug and brand names that read like people's
 * names (Allegra, Lyrica, Valium, Crestor, L-Thyroxin Henning, Dr. Reddy's, Dr. Morepen, Eli Lilly),
 * pharmacy and clinic names built on saints and given names (Farmacia San Rafael, Pharmacie
 * Saint-Michel, Ruby Hall Clinic, Lily Clinic, Krishna Medical), strengths, batch numbers, PZN,
 * RxBIN/PCN, drug licences, order, invoice and tracking numbers, dates, times and prices.
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH101_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Rx upload RX-24-118203 verified. Patient {NAME} ({PHONE}), prescribed by Dr. {NAME_INIT}. Items: Dolo 650 x 15, Augmentin 625 Duo x 10, Pan 40 x 14. Order {~ORDER}, delivery slot {~DATE} {~TIME}.',
    'Refill reminder queued for {NAME_REV}: Thyronorm 50 mcg (90 tabs) runs out on {~DATE}. Preferred channel WhatsApp {PHONE}. Last invoice {~INVOICE}, {~PRICE}. Do NOT substitute, patient insists on Eltroxin, not Thyrox.',
    'Substitution request {~TICKET}: Crestor 10 mg out of stock at the Whitefield hub. Pharmacist {FIRST} suggests Rosuvas 10 (Sun Pharma) or the Dr. Reddy\'s generic. Customer {NAME} approved on call {PHONE} at {~TIME}.',
    'Cold-chain note: 2 x Lantus SoloStar + 1 x Ozempic 0.5 mg packed with 3 gel packs, logger {~SERIAL}, dispatched {~TIME}. Keep at 2-8 °C. Recipient {NAME}, {~STREET}, {~CITY} {~PINCODE}. AWB {~TRACKING}.',
    'Claim rejected (NCPDP 75, prior auth required) for Wegovy 1.7 mg. RxBIN 610014, PCN MEDDPRIME, Group RX8820. Patient {NAME}, SSN {SSN}, callback {PHONE}. Prescriber Dr. {LAST} to send PA. Internal ref {~REF_EU}.',
    'EPS token received from Boots Clapham Junction for {NAME_INIT}. Items: Sertraline 50mg x 28, Levothyroxine 25mcg x 56. Exemption: prepayment certificate. NI number {NINO} was typed into the notes by mistake, please remove. Contact {EMAIL}.',
    'Rezept-Eingang: Patientin {NAME_REV}, verordnet von Dr. med. {LAST}, Praxis am Marienplatz. PZN 04114918 (Ibuflam 600), PZN 00999848 (Novalgin Tropfen). Zuzahlung {~PRICE}, Abholung {~WEEKDAY} ab {~TIME}. Rückruf unter {PHONE_EU}.',
    'order_id,patient,doctor,drug,qty,slot,phone\n{~ORDER},{NAME},Dr. {NAME},Allegra 120mg,{~QUANTITY},{~DATE} {~TIME},{PHONE}\n{~ORDER},"{NAME_REV}",Dr. {LAST},Lyrica 75mg,{~QUANTITY},{~DATE} {~TIME},{PHONE}',
    'Thanks for flagging the Lyrica vs Pregabalin mix-up on order {~ORDER}, corrected stock sheet {~VERSION} attached.\n\n--\n{NAME}\nRegistered Pharmacist, MedPlus Koramangala\nDL No. KA-B21-20B-118274\n{PHONE} | {EMAIL}',
    '{"tool":"create_refill","arguments":{"patient_name":"{NAME}","phone":"{PHONE}","drug":"Januvia 100 mg","substitutes_ok":["Istavel","Zita"],"qty":90,"next_refill":"{~DATE}","order_ref":"{~ORDER}"}}',
    'Nota CRM: la Sra. {LAST} llamó por la receta electrónica de Sintrom 4 mg; el Dr. {NAME} aún no la ha renovado. DNI {NIF}, tel. {PHONE_EU}. Recogida en Farmacia San Rafael el {~WEEKDAY}, pedido {~REF_EU}.',
  ],
  whatsapp: [
    'hi {name} 🙏 your Rx from Dr. {LAST} is verified ✅ Ozempic 1mg pen needs cold delivery, slot {~TIME} ok? refund of {~PRICE} for the old order will go to {UPI}',
    'bhaiya Crocin nahi mila, Calpol 500 de sakte ho kya? mummy ka naam {NAME} hai, order {~ORDER}, {~TIME} ke baad ghar pe koi nahi hoga, call karna {PHONE}',
    '[{~TIME}] {FIRST} (Netmeds): Valium 5 is Schedule H1, we need the original Rx photo 📷\n[{~TIME}] {FIRST}: ok sending, doctor is Dr. {NAME_INIT}\n[{~TIME}] {FIRST} (Netmeds): got it 👍 delivery OTP {~OTP}',
    'Hola {FIRST}, su pedido de Frenadol y Gelocatil sale hoy 🚚 ¿Nos confirma el teléfono {PHONE_EU}? El repartidor llega entre las {~TIME} y las {~TIME}. Ref. {~REF_EU}',
    'Dzień dobry, tu {NAME}. Czy jest Apap Noc albo Ketonal Forte? Recepta od dr {LAST}, kod 4821, PESEL {PESEL}. Odbiór w aptece przy {~STREET}.',
    'Olá {FIRST}! A sua receita do Ben-u-ron e do Brufen está pronta na Farmácia Santa Maria 💊 Total {~PRICE}. Dúvidas: {PHONE_EU} ou {EMAIL_SPELT}',
    'Bonjour Mme {LAST}, votre Doliprane 1000 et le Spasfon sont disponibles à la Pharmacie Saint-Michel. Retrait {~WEEKDAY} avant {~TIME}, pensez à la carte Vitale. Contact : {PHONE_EU}',
    'Forwarded\n*Dr. {NAME}* ({PHONE}): Please give {FIRST} Montair LC for 10 days + Ascoril syrup. If Montair not there, Montek LC is same salt.\n— pls deliver by {~TIME}, payment {~PRICE} cash',
    'insulin delivery ka status?? Humalog Mix 25 2 pens ordered {~DATE}, still showing "packed" 😤 tracking {~TRACKING}. my no {PHONE} / mail {EMAIL}',
    'hey it\'s {FIRST} - CVS says my Adderall is on backorder, can you transfer the script from the Walgreens on {~STREET}? Dr {LAST} already e-prescribed it. cb {PHONE}',
    'Hallo {FIRST}, hier ist Ihre Shop Apotheke 👋 Ihr E-Rezept für Ibuprofen 800 und Pantoprazol 40 ist eingelöst. Lieferung {~WEEKDAY}, ca. {~TIME}. Sendungsnr. {~TRACKING}. Fragen? {PHONE_EU}',
  ],
  kyc: [
    'E-PRESCRIPTION UPLOAD FORM\nPatient name: {NAME_UP}\nAge/Sex: 64/F\nAadhaar (Schedule H1 register): {AADHAAR}\nPrescribing doctor: Dr. {NAME_INIT}, MBBS MD\nClinic: Apollo Clinic, {~CITY}\nDrugs: Alprazolam 0.25 (Restyl), Zolfresh 10\nUploaded: {~DATE} {~TIME}',
    'Payment details - monthly refill plan\nCardholder: {NAME}\nCard: {CARD}\nBackup card (failed validation): {~LUHN_INVALID_16}\nPlan: Jardiance 25 mg + Glycomet GP2, {~PRICE}/month\nBilling email: {EMAIL}',
    'Insurance verification - Walgreens Specialty\nMember: {NAME_REV}\nSSN: {SSN}\nITIN: {ITIN}\nPlan: Aetna Silver 70, RxBIN 004336, RxPCN ADV\nDrug: Humira Pen 40 mg/0.4 mL, 2 pens / 28 days\nCopay card savings: {~PRICE}',
    'Franchise pharmacy onboarding\nProprietor: {NAME}\nPAN: {PAN}\nGSTIN: {GSTIN}\nBank IFSC: {IFSC}\nUPI for settlements: {UPI}\nDrug licence: 20B/21B-MH-PZ4-118823\nStore: Krishna Medical & General Stores, {~STREET}, {~PINCODE}',
    'Repeat prescription sign-up (Lloyds Pharmacy Online)\nFull name: {NAME}\nNI number: {NINO}\nGP surgery: Castle Mead Medical Centre\nGP: Dr {NAME_INIT}\nRepeat items: Ramipril 5mg, Atorvastatin 20mg\nMobile: {PHONE}\nCollection: {~WEEKDAY} after {~TIME}',
    'Alta de paciente - farmacia online\nNombre: {NAME_REV}\nDNI/NIE: {NIF}\nDNI introducido antes (erróneo): {~NIF_INVALID}\nMédico: Dr. {NAME}\nMedicamentos: Adiro 100, Eutirox 75\nTeléfono: {PHONE_EU}\nIBAN para domiciliación: {IBAN}',
    'Formularz: realizacja e-recepty\nImię i nazwisko: {NAME}\nPESEL: {PESEL}\nLekarz: lek. {NAME_INIT}\nLeki: Euthyrox N 50, Polopiryna S, Xanax 0,5 mg (zamiennik: Afobam)\nTelefon: {PHONE_EU}\nKwota: {~PRICE}',
    'Personal import declaration\nConsignee: {NAME_UP}\nPassport: {PASSPORT}\nAadhaar entered first (checksum failed): {~VERHOEFF_INVALID_12}\nGoods: Imatinib 400 mg (Veenat), {~QUANTITY}\nInvoice {~INVOICE}, value {~PRICE}\nAWB {~TRACKING}',
    '{"name":"verify_patient","arguments":{"full_name":"{NAME}","aadhaar":"{AADHAAR}","pan":"{PAN}","rx_image_id":"{~UUID}","doctor":"Dr. {NAME}","warehouse":"Tata 1mg Gurgaon WH-2"}}',
    'Kundenkonto (DocMorris)\nName: {NAME_REV}\nE-Mail: {EMAIL}\nTelefon: {PHONE_EU}\nIBAN: {IBAN}\nKrankenkasse: Techniker Krankenkasse\nDauermedikation: Ramipril 5, Metformin 1000, L-Thyroxin Henning 75\nKundennr. {~REF_EU}',
    'Account security log - rx portal {~VERSION}\nUser: {EMAIL}\nName on account: {NAME}\nLogin IP: {IP}\n2FA code sent: {~OTP}\nDevice IMEI: {~IMEI}\nAction: viewed Rx for Eliquis 5 mg and Xarelto 20 mg',
  ],
  refund: [
    'Refund request {~TICKET}: {NAME} was charged twice for Wegovy 2.4 mg ({~PRICE} each). Card {CARD}. Reverse one charge to the original method, UTR {~UTR}.',
    'Cold-chain breach: Mounjaro 5 mg arrived warm, logger {~SERIAL} shows 14 °C for 3 h. Replace free of cost and refund the delivery fee {~PRICE}. Patient {NAME_REV}, {PHONE}. Batch D567213, EXP 11/2026.',
    'sir mera refund abhi tak nahi aaya, order {~ORDER} cancel kiya tha kyunki Dolo ki jagah Dolopar bhej diya. UPI {UPI} pe bhej do pls. naam {NAME}',
    'Reclamación: el pedido {~REF_EU} llegó sin el Enantyum. Solicito el reembolso de {~PRICE} a la cuenta {IBAN}.\nAtentamente,\n{NAME}\n{PHONE_EU}',
    'Zwrot za zamówienie {~ORDER}: zamiast Nurofenu dostałam Ibuprom Max. Proszę o zwrot {~PRICE} na konto {IBAN}. {NAME}, tel. {PHONE_EU}',
    'Subject: Refund - Boots Online Doctor order {~ORDER}\n\nHi,\nMy Sildenafil (generic Viagra) was declined by the prescriber, Dr {LAST}, on {~DATE}, but I was still charged {~PRICE}. Please refund.\n\nKind regards,\n{NAME_INIT}\n{PHONE}',
    'refund_id,customer,amount,method,reason,utr\n{~TICKET},{NAME},{~PRICE},UPI {UPI},Ecosprin 75 substituted without consent,{~UTR}\n{~TICKET},"{NAME_REV}",{~PRICE},card {CARD},Crocin Advance expired on delivery,{~UTR}',
    'Bom dia, sou {NAME}. Paguei {~PRICE} pelo Voltaren e pelo Aerius mas a encomenda {~ORDER} nunca chegou. Podem devolver para o IBAN {IBAN}? Obrigada, {FIRST}',
    '{"tool":"issue_refund","arguments":{"order_id":"{~ORDER}","customer":"{name}","amount":"{~PRICE}","reason":"Keppra 500 replaced with Levipil 500 without approval","notify":"{EMAIL}"}}',
    'Demande de remboursement : commande {~REF_EU}, Spedifen 400 facturé deux fois. Titulaire : {NAME_REV}, carte {CARD}. Merci de rappeler M. {LAST} au {PHONE_EU}.',
    'Chargeback {~TICKET}: cardholder {NAME_UP} disputes {~PRICE} for an Eliquis 90-day supply shipped {~DATE} via UPS {~TRACKING}. Signed for by "{FIRST}" at the door. Invoice {~INVOICE}.',
  ],
  lead: [
    'New lead (Google Ads, "insulin home delivery"): {NAME}, {PHONE}, {EMAIL}. Needs Novorapid FlexPen + Lantus every month, pincode {~PINCODE}. Landing page {~VERSION}.',
    'Website enquiry: "Do you stock Allegra 180 and Zyrtec? My father {NAME} needs them before {~DATE}." Reply to {EMAIL_SPELT}',
    'IndiaMART lead: {FIRST} ji {~CITY} mein chemist shop chalate hain, Dr. Morepen glucometer strips bulk mein chahiye ({~QUANTITY}), GST {GSTIN}, call {PHONE}',
    'B2B lead: HR head {NAME} ({EMAIL}) wants a pharmacy benefit for 1,200 employees at a Pune IT park. Quoted {~PRICE} per employee/year, PO {~PO} expected {~MONTH}.',
    'Neuer Lead über das Kontaktformular: Herr {LAST} möchte Mounjaro per E-Rezept bestellen. Rückruf {~WEEKDAY} zwischen {~TIME} und {~TIME} unter {PHONE_EU}. Hausarzt: Dr. {NAME}, Praxis Sankt Georg.',
    'Lead: {NAME} ({PHONE_EU}) pregunta por Ozempic y Saxenda, quiere entrega en {~CITY}. Presupuesto enviado: {~INVOICE}.',
    '---------- Forwarded message ---------\nFrom: {NAME} <{EMAIL}>\nDate: {~DATE}\nSubject: Clinic partnership - e-prescriptions\n\nHello, we run Lily Clinic (3 doctors) and would like our Rx to go straight into your app. Our lead doctor is Dr. {NAME_INIT}.\nBest,\n{FIRST}',
    'Lead z Facebooka: {name}, tel {PHONE_EU}, pyta o dostawę Euthyroxu i Concoru do {~CITY}; kontakt najlepiej po {~TIME}.',
    'Inbound call: {NAME} from {~CITY} asked about moving from Express Scripts to our mail-order. Meds: Synthroid 88 mcg, Lipitor 40 (Pfizer, not the Eli Lilly one she mentioned). Best number {PHONE}, email {EMAIL}. Callback {~WEEKDAY}.',
    '| Lead | Phone | Interest | Status |\n|---|---|---|---|\n| {NAME} | {PHONE} | Trulicity refills | hot |\n| {NAME_REV} | {PHONE} | cold-chain B2B for clinic | {~DATE} |\n| Sun Pharma rep | - | Rosuvas promo | ignore |',
    'Referral from Dr. {NAME} (Ruby Hall Clinic): patient {FIRST} needs Revlimid 10 mg, {~QUANTITY} per cycle, price quoted {~PRICE}. Lead id {~UUID}.',
  ],
};
