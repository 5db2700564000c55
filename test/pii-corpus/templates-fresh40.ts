/**
 * Blind evaluation set 40: rural and small-town commerce and finance. Microfinance and self-help-group
 * (SHG) loans, agri-input dealers and crop insurance, dairy cooperatives, kirana and wholesale
 * distributors, gold loans, post-office and small-savings agents, farm-equipment rentals and mandi
 * traders, with small European and US equivalents (farm co-ops, credit unions, hardware stores).
 * Formats: voice-note transcripts (lower case, no punctuation, Hinglish with Marathi, Telugu and
 * Tamil words in Latin script), loan officer visit notes, KYC checklists as key: value, ledger lines,
 * CSV and JSON exports, SMS reminders, WhatsApp broadcast lists and e-mails with signatures, in
 * English, Hinglish, Spanish, Polish, Portuguese, German and French. Hard negatives sit next to the
 * real PII: khasra and survey numbers, loan account numbers, quintals, litres and kilograms, prices
 * in ₹, $ and €, dates, village and district names, cattle ear tags (12 digits that fail Verhoeff),
 * seed variety codes, group and shop names that look like people's names ("Lakshmi SHG", "Ganesh
 * Traders", "Sai Krupa Dairy"), and cooperative society registration numbers.
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH40_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Visit note, Khed branch, {~DATE}: met {NAME} at her house in Wadgaon village. Member of Lakshmi SHG (12 members), loan a/c MFI/KHD/2024/0871, EMI {~PRICE} paid up to date. Husband runs a 2-buffalo dairy, pours 9 litres a day to Sai Krupa Dairy. Mobile {PHONE}.',
    'Loan officer: {NAME_INIT}\nBorrower: {NAME}\nActivity: kirana shop, Ganesh Traders supplies on 15-day credit\nLoan amount: {~PRICE}\nKhasra no. 214/3, 0.8 ha\nNext visit: {~WEEKDAY}',
    'Gold loan renewal - customer {NAME_UP}, pledged 32.5 g (22 ct), packet no. GL-0093, loan a/c 30418870021, interest 0.95% p.m. Called on {PHONE}, will come {~WEEKDAY} with the receipt {~INVOICE}.',
    'Dealer CRM | Shree Balaji Agro Inputs, Nanded\nFarmer: {NAME}\nPhone: {PHONE}\nBought: 4 bags DAP, 2 bags urea, seed Pusa Basmati 1121 (10 kg)\nCredit till kharif harvest: {~PRICE}\nSurvey no. 87/2A',
    'Crop insurance (PMFBY) claim follow-up: {NAME}, policy for soybean JS-335 on survey no. 41/1, loss reported {~DATE}. Bank a/c with IFSC {IFSC}. Farmer prefers calls after {~TIME} on {PHONE}.',
    'Tractor rental log: Mahindra 575 DI booked by {NAME} for rotavator work, 6 hours @ {~PRICE}/hr, village Pimpalgaon, taluka Niphad. Advance via {UPI}. Operator Ramesh Tractor Services.',
    'Co-op member update - Valley Farmers Cooperative (reg. CO-4471-WI)\nMember: {NAME_REV}\nPatronage dividend: {~PRICE}\nBulk feed order: 40 bags layer mash\nEmail on file: {EMAIL}\nPhone: {PHONE}',
    'Credit union call note {~DATE}: {NAME} asked about a $15,000 equipment loan for a used baler. Member since 2011, share account ending 0042. Callback {PHONE}. Ticket {~TICKET}.',
    'Hardware store account, Miller & Sons Hardware: contractor {NAME} (house account 5521) picked up 14 bags concrete mix and fencing wire, PO {~PO}. Billing email {EMAIL}.',
    'Mandi trader note: lot 118, 42 quintals onion at {~PRICE}/qtl, arhatiya Jai Kisan Trading Co., seller {NAME} from Lasalgaon. Payment by RTGS to IFSC {IFSC}, UTR {~UTR}.',
    'Post office agent diary: RD account for {NAME}, {~PRICE}/month, 60 instalments, maturity {~MONTH} 2029. Also opened SSY for daughter. Mobile {PHONE}, PIN code {~PINCODE}.',
    'Cooperativa Agrícola San Isidro - visita {~DATE}: socio {NAME}, DNI {NIF}, entrega 1.200 kg de aceituna, variedad picual. Teléfono {PHONE_EU}. Anticipo {~PRICE}.',
    'Spółdzielnia Mleczarska Mlekpol, punkt skupu Grajewo: dostawca {NAME}, PESEL {PESEL}, 18 400 litrów w {~MONTH}, tel. {PHONE_EU}. Faktura {~INVOICE}.',
    'Raiffeisen Genossenschaft Hohenlohe - Gesprächsnotiz: Landwirt {NAME} bestellt 8 t Kalkammonsalpeter, Lieferung KW 14. Rückruf unter {PHONE_EU}, Lastschrift von {IBAN}.',
    'Dairy society secretary note: Sai Krupa Dudh Utpadak Sahakari Sanstha (Reg. No. PNA/JNR/AGR/1187/2009). Member {NAME} milk bill for 10 days: 96 litres, fat 6.2, SNF 8.7, {~PRICE}. Cow ear tag {~VERHOEFF_INVALID_12}.',
    'Coopérative agricole du Val de Loire: adhérent {NAME}, commande de 3 t de semences blé Rubisko, livraison {~DATE}. Tél. {PHONE_EU}, courriel {EMAIL}.',
  ],
  whatsapp: [
    'voice note transcript: haan ji main {name} bol rahi hoon lakshmi shg se is mahine ka kist {~PRICE} jama kar diya hai receipt bhej do mera number {PHONE} hai',
    'transcript: namaskar sir me {name} wadgaon madhun boltoy maza dudh bill ajun ala nahi 86 litre dila hota society la phone kara {PHONE}',
    'transcript: anna nenu {name} ni cheptunna gold loan renewal kavali packet number gl 0093 monday vastanu na number {PHONE}',
    'transcript: vanakkam naan {name} pesuren tractor vaadagai ku venum naalaiku kaalaila 4 mani neram paddy field ku call pannunga {PHONE}',
    '📢 Broadcast: Ganesh Traders kirana wholesale\nNew stock: sugar {~PRICE}/qtl, toor dal, Fortune oil 15 L tins\nList: {name}, {name}, {name}\nOrder on {PHONE} ya UPI {UPI}',
    'bhaiya {FIRST} ka urea ka 6 bag ka paisa baaki hai {~PRICE} khasra 112/4 wale khet ke liye liya tha, unka number {PHONE} hai yaad dila dena',
    'sir SHG meeting {~WEEKDAY} ko 11 baje hai anganwadi mein. Durga Mahila Bachat Gat ke sab members aayenge. {FIRST} didi ka aadhaar {AADHAAR} aur pan {PAN} lana hai KYC ke liye',
    'Kisan bhai dhyan de 🌾 PMFBY ka last date {~DATE} hai. Soybean JS-9560 aur kapas ke liye premium 2%. Form bharne ke liye {name} se milo, mobile {PHONE}',
    'dudh sangh update 🥛 fat rate {~PRICE}/kg fat. {FIRST} tai tumcha payment {UPI} var pathavla, UTR {~UTR}',
    'mandi bhav aaj: pyaaz {~PRICE}/qtl, 3400 bori aayi. {name} ji aapka lot 118 bik gaya, hisaab {~INVOICE}, paisa kal aayega',
    'hey {FIRST}, tool shed rental is ready 🚜 post-hole digger + trailer, $85/day. Pick up at Carter Farm Supply after {~TIME}. Text me at {PHONE}',
    'hola {FIRST} 👋 la cooperativa paga la liquidación de la uva el {~DATE}. Si cambiaste de cuenta mándame el IBAN nuevo a {EMAIL_SPELT} o llámame al {PHONE_EU}',
    'cześć {FIRST}, odbiór zboża w skupie w {~WEEKDAY}, 24 tony pszenicy, cena {~PRICE}/t. Dzwoń {PHONE_EU}',
    'olá {FIRST}, a cooperativa leiteira vai recolher 1.400 litros amanhã. O pagamento vai para o IBAN {IBAN}. Qualquer coisa liga {PHONE_EU} 🐄',
    'hallo {FIRST}, die Hofladen-Bestellung über 20 kg Kartoffeln und 6 Liter Milch ist fertig. Abholung {~WEEKDAY}. Gruß {NAME}, {PHONE_EU}',
    'post office wale {name} sir ne bola MIS ka interest {~PRICE} {~DATE} ko aayega, passbook leke aana. unka number {PHONE}',
  ],
  kyc: [
    'SHG MEMBER KYC CHECKLIST\nGroup: Lakshmi SHG, Wadgaon (NRLM code MH-KHD-0412)\nName: {NAME_UP}\nAadhaar: {AADHAAR}\nPAN: {PAN}\nMobile: {PHONE}\nNominee: {NAME}\nLand: khasra 214/3, 0.8 ha',
    'Gold loan KYC\ncustomer_name: {NAME}\nid_proof: Aadhaar {AADHAAR}\nold_aadhaar_on_form: {~VERHOEFF_INVALID_12} (rejected)\npan: {PAN}\nornament_weight: 32.5 g\nloan_account: GL-30418870021',
    'Agri-input dealer licence renewal: firm Ganesh Traders, proprietor {NAME}, GSTIN {GSTIN}, PAN {PAN}, fertiliser licence no. FL/NND/2019/447, bank IFSC {IFSC}.',
    'Dairy cooperative member form\nMember name: {NAME_REV}\nSociety: Sai Krupa Dudh Utpadak Sahakari Sanstha, Reg. No. PNA/JNR/AGR/1187/2009\nAadhaar: {AADHAAR}\nBank IFSC: {IFSC}\nCattle: 3 HF cows, tags {~VERHOEFF_INVALID_12}, {~VERHOEFF_INVALID_12}',
    'Crop insurance enrolment (PMFBY)\nFarmer: {NAME}\nFather/Husband: {NAME}\nAadhaar: {AADHAAR}\nSurvey no.: 41/1, village Shirur, district Pune\nCrop: soybean JS-335, 2.1 ha\nPremium: {~PRICE}\nMobile: {PHONE}',
    'Post Office small savings KYC: depositor {NAME}, PAN {PAN}, Aadhaar {AADHAAR}, scheme SCSS, deposit {~PRICE}, agent code SAS/PUN/0331, date {~DATE}.',
    'Microfinance JLG onboarding,\nborrower,{NAME},aadhaar,{AADHAAR},mobile,{PHONE},loan_cycle,2,amount,{~PRICE},centre,Pimpalgaon-07',
    'NRI remittance for farm purchase: {NAME}, passport {PASSPORT}, PAN {PAN}, receiving a/c IFSC {IFSC}, invoice {~INVOICE}.',
    'Credit union membership application\nName: {NAME}\nSSN: {SSN}\nEmail: {EMAIL}\nPhone: {PHONE}\nEmployer: Harvest Valley Grain Co-op\nShare deposit: $25.00',
    'Farm labour contractor W-9 on file: {NAME}, ITIN {ITIN}, seasonal crew of 14, Yakima County. Contact {PHONE}.',
    'UK farm shop seasonal staff: {NAME}, NI number {NINO}, start {~DATE}, pay to sort-coded account, phone {PHONE}.',
    'Alta de socio - Cooperativa del Campo Virgen de la Vega\nNombre: {NAME}\nNIF: {NIF}\nNIF anterior (erróneo): {~NIF_INVALID}\nIBAN: {IBAN}\nTeléfono: {PHONE_EU}\nHectáreas: 14,5',
    'Deklaracja członkowska - Bank Spółdzielczy w Łowiczu\nImię i nazwisko: {NAME}\nPESEL: {PESEL}\nIBAN: {IBAN}\nTelefon: {PHONE_EU}\nGospodarstwo: 22 ha, nr ewidencyjny 061234567',
    'Ficha de associado - Cooperativa Agrícola de Vila Real\nNome: {NAME}\nIBAN: {IBAN}\nTelemóvel: {PHONE_EU}\nEmail: {EMAIL}\nProdução: 3.200 kg castanha',
    'Mitgliedsantrag Raiffeisenbank Oberland eG\nName: {NAME_REV}\nIBAN: {IBAN}\nTelefon: {PHONE_EU}\nBetrieb: Milchvieh, 45 Kühe\nGeschäftsanteil: 100 €',
    'kyc done for {name} sir, aadhaar {AADHAAR} pan {PAN} photo ok, gold loan ticket {~TICKET} open kar diya',
  ],
  refund: [
    'Refund request, Shree Balaji Agro Inputs: farmer {NAME} returned 2 bags of spurious DAP (batch B-2291). Refund {~PRICE} to {UPI}. Bill {~INVOICE}.',
    'SHG loan over-collection: Lakshmi SHG paid {~PRICE} twice for the {~MONTH} instalment. Refund to leader {NAME}, bank IFSC {IFSC}, loan a/c MFI/KHD/2024/0871.',
    'Gold loan closure excess: customer {NAME_UP} paid {~PRICE} extra on {~DATE}, refund by NEFT, UTR {~UTR}. Ph {PHONE}.',
    'Crop insurance premium refund: duplicate enrolment for {NAME}, survey no. 87/2A, soybean. Premium {~PRICE} reversed to bank a/c, IFSC {IFSC}.',
    'transcript: sir main {name} bol raha hoon tractor booking cancel ho gayi thi baarish ki wajah se advance {~PRICE} wapas kar do phonepe {UPI} pe',
    'Dairy society: milk rejected on {~DATE} (sour, 24 litres), deduction of {~PRICE} charged by mistake to member {NAME}. Credit in next bill. Tag {~VERHOEFF_INVALID_12}.',
    'Mandi dispute: trader Jai Kisan Trading Co. deducted 1.5 quintal as moisture loss from lot 118. Farmer {NAME} ({PHONE}) wants {~PRICE} back. Gate pass {~ORDER}.',
    'Hardware store return: {NAME} returned a chainsaw, serial {~SERIAL}, paid with card {CARD}. Refund {~PRICE}. Old card {~LUHN_INVALID_16} on receipt is not the one to use.',
    'Credit union dispute form: member {NAME} disputes a $240.00 feed store charge on debit card {CARD}, posted {~DATE}. Contact {EMAIL}.',
    'Co-op overbilling: Valley Farmers Cooperative billed {NAME} for 60 bags of seed corn (hybrid P1197) instead of 40. Credit memo {~INVOICE}, email {EMAIL}.',
    'Devolución - Cooperativa San Isidro: el socio {NAME} (NIF {NIF}) pagó dos veces el gasóleo agrícola, {~PRICE}. Transferir a {IBAN}.',
    'Zwrot - Bank Spółdzielczy: pobrano podwójną prowizję od kredytu na ciągnik. Klient {NAME}, PESEL {PESEL}, zwrot {~PRICE} na {IBAN}.',
    'Reembolso pedido por {NAME}: adubo NPK 10-10-10 chegou molhado, 500 kg. Devolver {~PRICE} para {IBAN}. Contacto {PHONE_EU}.',
    'Rückerstattung Landhandel Meier: {NAME} hat 12 Sack Saatgut zurückgegeben, Gutschrift {~PRICE} auf {IBAN}, Beleg {~INVOICE}.',
    'Remboursement coopérative: M. {LAST} a payé deux fois la location de la moissonneuse le {~DATE}. Virement de {~PRICE} sur {IBAN}, tél. {PHONE_EU}.',
    'kirana distributor credit note: Ganesh Traders returned 3 cartons expired biscuits (SKU {~SKU}), adjust {~PRICE} against {NAME} account, GSTIN {GSTIN}.',
  ],
  lead: [
    'New MFI lead from field camp: {NAME}, Pimpalgaon, wants {~PRICE} for a second buffalo. Mobile {PHONE}. Referred by Durga Mahila Bachat Gat.',
    'Gold loan lead (missed call campaign): {name}, {PHONE}, approx 40 g jewellery, branch Shirur, call back {~WEEKDAY} after {~TIME}.',
    'Lead: agri-drone spraying enquiry from {NAME}, 12 acres cotton, village Ashti, district Beed. WhatsApp {PHONE}, email {EMAIL}.',
    'Kirana onboarding lead: Sai Ram General Stores, owner {NAME}, GSTIN {GSTIN}, wants monthly credit of {~PRICE} from Ganesh Traders. Phone {PHONE}.',
    'transcript: madam maza naav {name} aahe mala dairy sathi loan pahije don gayi ghyaychya aahet maza number {PHONE} aahe',
    'transcript: sir na peru {name} maa ooru kondapalli drip irrigation subsidy gurinchi telusukovali call cheyyandi {PHONE}',
    'Web form - Farm equipment rental\nName: {NAME}\nEmail: {EMAIL_SPELT}\nPhone: {PHONE}\nEquipment: combine harvester, 3 days\nFarm size: 40 acres\nStart: {~DATE}',
    'Post office RD agent lead list (CSV)\nname,phone,scheme,amount\n{NAME},{PHONE},RD,{~PRICE}\n{NAME},{PHONE},MIS,{~PRICE}',
    '{"lead_source":"krishi_mela","name":"{NAME}","mobile":"{PHONE}","crop":"tur BDN-711","land_survey":"112/4","interested_in":"crop insurance"}',
    'From: {EMAIL}\nSubject: Quote for 200 cattle ear tags\n\nHi, we run a 60-cow dairy near Eau Claire and need tags plus an applicator. Budget around $450.\n\nThanks,\n{NAME}\nTwin Oaks Dairy\n{PHONE}',
    'Credit union lead: {NAME} wants to refinance a pickup, 2019 F-150, balance $18,400. Prefers email {EMAIL}. Branch: Main St, Viroqua.',
    'Solicitud web - Caja Rural de Teruel\nNombre: {NAME}\nTeléfono: {PHONE_EU}\nCorreo: {EMAIL}\nInterés: préstamo para tractor, 45.000 €',
    'Nowy lead - dealer maszyn rolniczych: {NAME}, gospodarstwo 35 ha pod Siedlcami, pyta o kombajn. Tel. {PHONE_EU}, e-mail {EMAIL}.',
    'Pedido de contacto: {NAME} quer seguro agrícola para 8 ha de vinha em Alijó. Telemóvel {PHONE_EU}, email {EMAIL}.',
    'Anfrage Landtechnik Huber: {NAME} möchte einen Frontlader für 3 Monate mieten. Tel. {PHONE_EU}. Bitte Angebot bis {~DATE}.',
    'Best regards,\n{NAME}\nField Officer, Annapurna Microfinance, Khed branch\nM: {PHONE}\nE: {EMAIL}\nLoan a/c queries: quote centre code KHD-07 and group name only',
  ],
};
