/**
 * Blind evaluation set 42: utilities and field service. Electricity, water, gas and broadband
 * connections; meter readings and bill disputes; rooftop-solar installers; appliance repair and
 * AMC contracts; pest control; elevator and HVAC maintenance; technician dispatch and visit
 * reports; society and building maintenance offices. India, the US and Europe.
 *
 * Formats: complaint tickets, terse lower-case technician visit notes, dispatch boards as tables,
 * IVR and call-centre transcripts with speaker labels, SMS and WhatsApp updates (Hinglish, emoji),
 * CSV and JSON exports, e-mails with signatures. Languages: mostly English, with Hinglish, Hindi in
 * Latin script, Spanish, German, French, Dutch and Polish.
 *
 * Hard negatives sit next to the real PII: consumer and connection numbers, meter serials, kWh,
 * m³ and litre readings, loads in kW/kVA, tariff codes, transformer, feeder and pole IDs,
 * flat/tower numbers, amounts in ₹/$/€/zł, dates and times, appliance model numbers, CUPS/EAN/PDL
 * supply-point codes, and company or brand names after founders (Godrej, Tata Power, Johnson
 * Controls, Otis, Carrier, Lennox, Trane, Schindler, Saunier Duval, Vaillant, Orkin) as plain text.
 *
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH42_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    `Complaint {~TICKET} | Consumer no. 0217-LT-004938 | Category: billing – meter not read since {~MONTH}\nRegistered by: {NAME}, Flat C-704, Tower 3\nMobile: {PHONE}\nLast reading 18,442 kWh on {~DATE}; sanctioned load 3 kW, tariff LT-1(A). Assigned: JE {NAME_INIT}, sub-division Kalyan East.`,
    `visit rpt {~TICKET} - tech {name}\ncust {name} not home, spoke w/ neighbour, callback {PHONE}\nsplit ac 1.5T daikin FTKF50, gas low, suction 45 psi -> topped up r32 ~600g\nodu fan noisy, capacitor 2.5uF replaced. next pm {~DATE}. amc valid till mar-26, godrej stabiliser ok.`,
    `DISPATCH BOARD – Zone South, {~WEEKDAY}\n| slot | job | tech | customer | contact | site |\n|---|---|---|---|---|---|\n| {~TIME} | {~TICKET} lift AMC quarterly | {NAME_INIT} | {NAME} | {PHONE} | Otis Gen2, Tower B, car 2 |\n| {~TIME} | {~TICKET} chiller trip | {FIRST} | Johnson Controls site office | – | YORK YCAJ 300 TR, plant room L2 |\n| {~TIME} | pest gel Rx | {FIRST} | {NAME} | {PHONE} | {~ROOMS}, roach + ant |`,
    `IVR: Welcome to Tata Power-DDL. For supply complaints press 1.\n[DTMF 1]\nAgent {FIRST}: Good evening, may I have the 12-digit CA number?\nCaller: {~VERHOEFF_INVALID_12}. The bill is in my father's name, {NAME}.\nAgent: Thank you. Outage on feeder F-12, DT 630 kVA at pole P-44, is logged under {~TICKET}. Restoration by {~TIME}. Any alternate number?\nCaller: Yes, {PHONE}.`,
    `Subject: Re: Service call {~TICKET} – no heat, Trane XR95 furnace\n\nHi {FIRST},\n\nOur tech replaced the flame sensor and the inducer pressure switch (part {~SKU}). Labor 1.5 h at $118/h plus parts. The Carrier coil is still under warranty until {~DATE}.\n\nIf the unit short-cycles again, reply here or call dispatch.\n\nBest,\n{NAME}\nService Coordinator, Lennox Premier Dealer\nDirect: {PHONE} | {EMAIL}`,
    `Beschwerde {~TICKET} – Zählerstand strittig\nKunde: Herr {LAST}, Kundennr. {~REF_EU}\nZähler-Nr. 1EMH0008812345, Tarif SWM Strom M-Basis\nGemeldeter Stand: 24.318 kWh (Ablesung {~DATE}); geschätzt wurden 26.900 kWh.\nRückruf unter {PHONE_EU}, E-Mail {EMAIL}.\nBearbeiter: {NAME_INIT}, Vattenfall Kundenservice`,
    `Incidencia {~TICKET} – avería gas natural\nTitular: {NAME_REV} (NIF {NIF})\nCUPS ES0230000087654321QF0F · contador G4, lectura 4.512 m³\nContacto: {PHONE_EU}\nTécnico de Nedgia asignado: {FIRST}, visita el {~WEEKDAY} de 9:00 a 14:00.`,
    `ELEVATOR ENTRAPMENT LOG\nBldg: Harbor View Condos, Car #3 (Schindler 3300, 2,500 lb)\nReported {~DATE} {~TIME} by front desk ({NAME})\nPassenger released by mechanic {NAME_INIT} after 22 min. Cause: door operator fault, code E-207.\nBoard contact for follow-up: {EMAIL}`,
    `Sunshine Heights CHS – maintenance register\nFlat A-1103 | owner {NAME} | complaint: seepage from terrace tank, 2nd time\nplumber {FIRST} visited {~DATE}, quoted {~PRICE} for waterproofing 180 sq ft\nsecretary to approve; owner mob {PHONE}\nmaint dues pending Q2: ₹ 7,450 (incl. sinking fund)`,
    `site survey — {~TICKET}\nclient: {name} | {PHONE}\nroof: rcc, 620 sq ft shadow-free, south tilt ok\nsanctioned load 5 kW, proposed 4.4 kWp (8 x 550 Wp mono perc), 5 kVA hybrid inverter\nnet meter app to msedcl pending, discom ref NM/2025/PN/118\nsurveyor: {NAME_INIT}`,
    `NOC ticket {~TICKET} – FTTH LOS\nSubscriber: {NAME} ({EMAIL})\nONT serial {~SERIAL}, firmware {~VERSION}, OLT port 0/3/7, rx power -27.8 dBm\nLast WAN IP {IP}; PPPoE id ftth_bng_44187\nField engineer {FIRST} to splice at FDB-12, ETA {~TIME}. Callback {PHONE}.`,
    `Rapport d'intervention {~TICKET} – entretien annuel chaudière Saunier Duval ThemaPlus\nClient : Mme {LAST}, {~STREET}\nTél. {PHONE_EU}\nTechnicien : {NAME}\nCO mesuré 18 ppm, rendement 96,4 %. Prochaine visite : {~MONTH}. Montant TTC : {~PRICE}.`,
    `Storingsmelding {~TICKET}\nKlant: {NAME_REV}\nAansluiting EAN 871687140012345678, meter {~SERIAL}\nMeterstand: 11.203 kWh (normaal) / 9.876 kWh (dal)\nMonteur {FIRST} van Stedin komt {~WEEKDAY} tussen 13:00 en 17:00. Klant bereikbaar op {PHONE_EU}.`,
    `Zgłoszenie {~TICKET} – awaria licznika\nOdbiorca: {NAME}, PESEL {PESEL}\nNr licznika {~SERIAL}, grupa taryfowa G11, moc umowna 14 kW, stan 32 118 kWh\nKontakt: {PHONE_EU}\nMonter: Pan {LAST}, termin {~DATE}.`,
    `Service Report – Route 14 (Orkin franchise)\nCustomer: {NAME}\nAcct {~ORDER} | {~ROOMS}\nTarget: subterranean termites; 14 bait stations checked, 3 active, 2 cartridges replaced.\nTech: {NAME_INIT}, lic. PCO-48817\nCustomer signature on file. Questions: {PHONE}`,
    `Agent: Mahanagar Gas, main {FIRST} bol rahi hoon, BP number bataiye.\nCustomer: BP number {~ORDER} hai, naam {NAME}.\nAgent: Sir aapka bill ₹1,846 ka hai, 38.2 SCM consumption, {~DATE} tak due. Meter reading ki photo WhatsApp kar dijiye.\nCustomer: theek hai, mera alternate number {PHONE} note kar lo.`,
  ],
  whatsapp: [
    `Hi {FIRST}, your electricity bill for CA {~VERHOEFF_INVALID_12} is ₹3,214.00 for 412 units, due {~DATE}. Pay before {~TIME} to avoid disconnection. -Adani Electricity`,
    `hi {name} 🙏 main {FIRST} from Urban Co. AC service ke liye aa raha hoon, {~TIME} tak pahunchunga. OTP {~OTP} ready rakhna 👍`,
    `bhaiya meter reading 06412 aayi hai, photo bhej raha hu 📸 consumer no. {~ORDER}, naam {name}. galat bill aaya hai ₹8,900 ka 😡`,
    `Tech update 🔧: {FIRST} has been assigned to your request {~TICKET}. He'll reach by {~TIME}. Call {PHONE} if the gate code is needed.`,
    `JioFiber: Dear {FIRST}, installation at Flat 1902, Tower 5 is scheduled {~WEEKDAY} 10-12. Engineer {NAME} ({PHONE}) will visit. Router JCOW414, plan 300 Mbps, order {~ORDER}.`,
    `[Society Maintenance 🏢]\n{FIRST}: lift no. 2 phir band hai B wing 😤\nSecretary {NAME}: Kone wale ko call kiya, tech {~TIME} tak aayega\n{FIRST}: ok, mera number {PHONE} de dena unko`,
    `Hola {FIRST} 👋 soy {NAME} de Fontanería Hermanos García. El técnico llegará mañana entre 9 y 11. La lectura del contador de agua es 1.284 m³. Si no estás, llámame al {PHONE_EU} 🙂`,
    `Hallo {FIRST}, Ihr Vaillant-Techniker {NAME} kommt am {~DATE} zwischen 8 und 12 Uhr. Auftragsnr. {~REF_EU}. Bei Verhinderung bitte {PHONE_EU} anrufen.`,
    `Hoi {FIRST}! Je zonnepanelen (12 x 410 Wp) zijn geïnstalleerd ☀️ Omvormer SolarEdge SE4000H, opbrengst vandaag 18,6 kWh. Vragen? App {NAME} op {PHONE_EU}`,
    `Dzień dobry, tu {NAME} z serwisu Bosch 🔧 Pralka WAN28281PL naprawiona (wymiana pompy), koszt {~PRICE}. Proszę o przelew na {IBAN}. Pozdrawiam!`,
    `namaste {FIRST} ji, aapke ghar ka pani ka meter {~SERIAL} badal diya gaya hai. purani reading 2,341 kilolitre thi. shikayat ke liye {PHONE} pe sampark karein - Jal Board`,
    `HP Gas: Cylinder booking {~ORDER} for {NAME_UP} confirmed. DAC {~OTP} - share only with the delivery person. Delivery by {~WEEKDAY}.`,
    `Hi {FIRST} 🐜 HiCare here. Termite treatment done at flat D-902. Drill holes: 48, chemical 12 L. Next follow-up {~DATE}. Rate us ⭐⭐⭐⭐⭐ Tech: {name}`,
    `Fwd: pls note new electrician contact for Tower 4 👇\n{NAME}\n📞 {PHONE}\n✉️ {EMAIL}\nrate: ₹350/visit, wiring extra`,
    `sir net nahi chal raha 3 din se 😭 user id {~ORDER}, router ki light red hai. pehle IP {IP} dikha raha tha. mera naam {NAME} hai, jaldi kisi ko bhejo`,
    `Con Edison: {FIRST}, a technician will read your meter on {~DATE}. Please provide access to the basement. Questions: {NAME_INIT} at {PHONE}. Reply STOP to opt out.`,
  ],
  kyc: [
    `NEW CONNECTION APPLICATION – LT Domestic\nApplicant: {NAME_UP}\nAadhaar: {AADHAAR}\nPAN: {PAN}\nPremises: Flat 1402, Tower C, Plot 18, Sector 62\nLoad applied: 5 kW single phase | Tariff: LT-1(B)\nMobile: {PHONE}\nDocs: sale deed, society NOC. Form fee ₹ 25 + security deposit {~PRICE}.`,
    `PM Surya Ghar registration\nName as per bill: {NAME}\nDISCOM consumer no.: {~ORDER}\nAadhaar: {AADHAAR}\nBank for subsidy: a/c holder {NAME}, IFSC {IFSC}\nVendor: Tata Power Solar, 3 kWp on-grid, subsidy ₹78,000`,
    `Start Service Request – Water & Sewer\nAccount holder: {NAME}\nSSN (for credit check): {SSN}\nService address: Apt 4B, Maple Court\nMove-in date: {~DATE}\nDeposit waived with a letter of credit from prior utility (PG&E).\nEmail for e-bill: {EMAIL}`,
    `Gas service application (Spanish-language desk)\nSolicitante: {NAME}\nITIN: {ITIN}\nTeléfono: {PHONE}\nDirección de servicio: W. Cermak Rd, Chicago\nMedidor anterior: {~SERIAL}, lectura 0412 CCF`,
    `Alta de suministro eléctrico\nTitular: {NAME_REV}\nDNI/NIE: {NIF}\nCUPS: ES0031405112345678JK0F\nPotencia contratada: 4,6 kW – peaje 2.0TD\nIBAN domiciliación: {IBAN}\nTeléfono: {PHONE_EU}\nNota: DNI del contrato anterior mal escrito ({~NIF_INVALID}).`,
    `Wniosek o przyłączenie do sieci gazowej\nWnioskodawca: {NAME}\nPESEL: {PESEL}\nAdres: ul. {~STREET} 14/3\nMoc przyłączeniowa: 25 kW (kocioł Viessmann Vitodens 100-W)\nTelefon: {PHONE_EU}\nE-mail: {EMAIL}`,
    `Change of tenancy – British Gas\nNew occupier: {NAME}\nNI number: {NINO}\nMPRN 41288302, opening reads: gas 04512 m³, elec E7 day 23144 / night 08817\nForwarding address confirmed by {EMAIL}. Contact {PHONE}.`,
    `NRI applicant – new water connection, PMC\nName: {NAME}\nPassport no.: {PASSPORT}\nPAN: {PAN}\nLocal POA holder: {NAME}, mob {PHONE}\nProperty tax ID: PT-412-B-773; connection size 15 mm, ferrule 1/2"`,
    `Commercial LT-2 connection – shop G-14, Orion Mall\nFirm: Sharma & Sons Electricals\nGSTIN: {GSTIN}\nProprietor: {NAME}, PAN {PAN}\nConnected load 12 kW, contract demand 10 kVA\nAuthorised signatory mob: {PHONE}`,
    `sir, new PNG connection ke liye documents: aadhaar {AADHAAR}, bijli bill ka CA {~VERHOEFF_INVALID_12} address proof ke liye. naam {name}. meter lagane ka charge ₹6,500 hai, refundable deposit ₹5,000.`,
    `Anmeldung Netzanschluss Strom\nAnschlussnehmer: {NAME}\nFertigstellung Rohbau: {~DATE}\nIBAN für SEPA-Lastschrift: {IBAN}\nZählerplatz: Keller, 3-Punkt-Befestigung; Leistung 30 kVA (Wallbox 11 kW)\nTel. {PHONE_EU}`,
    `Demande de raccordement Enedis\nDemandeur : {NAME_REV}\nCourriel : {EMAIL}\nTéléphone : {PHONE_EU}\nPDL n° 24147392881046\nPuissance demandée : 9 kVA, option Tempo. Installateur partenaire Schneider Electric.`,
    `Solar interconnection application – PSE&G\nCustomer of record: {NAME}\nUtility acct: {~ORDER}\nSystem: 7.2 kW DC / 6.0 kW AC, Enphase IQ8+ x 18\nInstaller: Freedom Solar, NABCEP lic. PV-0417\nHomeowner e-mail {EMAIL}, cell {PHONE}\n$100 application fee paid by card {CARD}`,
    `Subsidy DBT form\nBeneficiary: {NAME_UP}\nAadhaar-seeded a/c, IFSC {IFSC}\nUPI for refund: {UPI}\nLPG consumer no. {~ORDER}, distributor code 1401234\nOld ration card ref {~VERHOEFF_INVALID_12} (not Aadhaar)`,
    `Aanvraag nieuwe aansluiting (Liander)\nNaam: {NAME}\nIBAN: {IBAN}\nE-mail: {EMAIL}\nGewenste capaciteit: 3x25A; warmtepomp Daikin Altherma 8 kW\nContact: {PHONE_EU}`,
    `Hi, attaching my ID for the HOA elevator key fob.\nName: {NAME}\nUnit 2207, Tower B (Otis car 1 and 2 access)\nDriver's license copy attached.\nCard for the $45 fob fee: {CARD}\nThanks,\n{FIRST}`,
  ],
  refund: [
    `Bill dispute {~TICKET}\nConsumer: {NAME}, CA {~VERHOEFF_INVALID_12}\nBilled 1,240 units (avg 310/month) for {~MONTH}; meter {~SERIAL} found faulty (display stuck at 18844.2).\nRevised bill: {~PRICE}. Excess ₹ 6,912 to be refunded to UPI {UPI}.\nUTR of original payment: {~UTR}`,
    `Refund of security deposit – connection PDC on {~DATE}\nName: {NAME}\nBank: a/c holder {NAME}, IFSC {IFSC}\nAmount: ₹ 4,200 less final bill ₹ 1,136.50\nCancelled cheque attached. Contact {PHONE}.`,
    `Dear Billing Dept,\n\nMy account #{~ORDER} was charged twice for the {~MONTH} water bill ($148.22 each). Please refund the duplicate to the card I used, {CARD}.\nAlso, the read of 84,300 gal vs 12,100 gal last cycle looks like a false leak alert.\n\nThank you,\n{NAME}\n{PHONE}`,
    `Reclamación {~TICKET} – factura de gas estimada\nTitular: {NAME} (DNI {NIF})\nLectura real: 3.812 m³; estimada: 4.260 m³. Importe reclamado: {~PRICE}.\nDevolución al IBAN {IBAN}.\nOjo: en la referencia anterior el DNI figuraba como {~NIF_INVALID}.`,
    `Widerspruch gegen Jahresabrechnung {~REF_EU}\n\nSehr geehrte Damen und Herren,\nder abgerechnete Verbrauch von 6.420 kWh passt nicht zu meinem Zählerstand (Foto anbei, {~DATE}). Bitte erstatten Sie das Guthaben von 312,40 € auf {IBAN}.\n\nMit freundlichen Grüßen\n{NAME}\nTel. {PHONE_EU}`,
    `Reklamacja faktury nr {~INVOICE}\nOdbiorca: {NAME}, PESEL {PESEL}\nNadpłata 214,80 zł za okres rozliczeniowy {~MONTH} (odczyt 12 480 kWh). Proszę o zwrot na rachunek {IBAN}.\nKontakt: {EMAIL}`,
    `AMC cancellation – Voltas split AC 1.5T (183V CZTT)\nAMC no. {~ORDER}, paid {~PRICE} on {~DATE}\nNo visit in 5 months; complaints {~TICKET} and {~TICKET} unresolved.\nCustomer {NAME} requests full refund via UPI {UPI} or NEFT (IFSC {IFSC}).`,
    `sir mera broadband plan {~DATE} ko cancel ho gaya tha but auto-debit phir se hua ₹1,179 ka 😤 txn ref {~UTR}. refund kab aayega? naam {name}, reg mobile {PHONE}`,
    `Terugbetaling voorschot – eindafrekening\nKlant {NAME_REV}, klantnr. {~REF_EU}\nTe veel betaald: € 287,55 (verbruik 2.140 kWh i.p.v. geschatte 3.000 kWh)\nGraag storten op {IBAN} t.n.v. {NAME}.`,
    `Objet : remboursement trop-perçu – contrat {~REF_EU}\n\nBonjour,\nSuite au relevé du compteur Linky du {~DATE}, vous me devez {~PRICE}. Merci de virer la somme sur {IBAN}.\n\nCordialement,\n{NAME}\n{PHONE_EU}`,
    `Refund request – cancelled rooftop order\nCustomer: {NAME}\nBooking amount ₹25,000 paid by card {CARD} (txn {~UTR})\nReason: DISCOM rejected net-meter application (DT 100 kVA capacity exhausted, pole TR-117)\nInstaller: Waaree franchise, Pune`,
    `Refund ticket {~TICKET}: bed bug heat treatment failed, re-infestation within 30 days.\nCustomer {NAME}, {EMAIL}. Paid $1,450 (inv {~INVOICE}).\nTech on job: {NAME_INIT}. Manager approved 50% refund. Thermal sensor gateway ID {~LUHN_INVALID_16}.`,
    `refund_id,consumer_no,name,amount_inr,mode,upi_or_ifsc,phone\nRF-0912,{~ORDER},{NAME_UP},1240.00,UPI,{UPI},{PHONE}\nRF-0913,{~ORDER},"{NAME_REV}",315.50,NEFT,{IFSC},{PHONE}\nRF-0914,{~ORDER},{NAME},88.00,UPI,{UPI},{PHONE}`,
    `Agent: Thank you for calling Xfinity, this is {FIRST}.\nCustomer: Hi, I was billed for a modem rental after I returned it. Tracking {~TRACKING}.\nAgent: Can I get the name on the account?\nCustomer: {NAME}. Email is {EMAIL_SPELT}.\nAgent: I see the return scanned on {~DATE}. I'll credit $15.00 x 3 months and email you a confirmation.`,
    `To: Secretary, Green Park CHS\nRe: excess maintenance collected for flat B-604\nQ1 billed at ₹4.50/sq ft on 1,180 sq ft = ₹5,310; the AGM rate was ₹3.75. Please refund ₹885 to {UPI}.\n— {NAME}, {PHONE}`,
    `Kündigung Wartungsvertrag Aufzug (TK Elevator, vormals Thyssenkrupp)\nObjekt: WEG {~STREET} 12\nVertragsnr. {~REF_EU}, vorausbezahlt {~PRICE}\nAnteilige Rückerstattung bitte auf {IBAN}\nVerwalter: {NAME}, {EMAIL}`,
  ],
  lead: [
    `{"lead_id":"{~UUID}","source":"fb_ads_solar","name":"{NAME}","phone":"{PHONE}","email":"{EMAIL}","monthly_bill_inr":4200,"roof_sqft":650,"discom":"BSES Rajdhani","sanctioned_load_kw":5,"pincode":"{~PINCODE}"}`,
    `lead_id,created_at,full_name,mobile,city,service,size,quoted\n{~TICKET},{~DATE},{NAME},{PHONE},{~CITY},pest_control_gel,{~ROOMS},"{~PRICE}"\n{~TICKET},{~DATE},{NAME_UP},{PHONE},{~CITY},amc_ro_purifier,{~QUANTITY},"{~PRICE}"`,
    `New enquiry – rooftop solar\nName: {NAME}\nPhone: {PHONE}\nEmail: {EMAIL}\nAvg bill: ₹3,500–4,000/month (Tata Power, tariff LT-I)\nRoof: terrace of Tower 9, shared – needs society NOC\nPreferred call time: {~TIME}`,
    `hello ji, RO ka AMC chahiye, Kent Grand Plus model hai, 2 saal purana. {~CITY} mein service dete ho? mera naam {name}, number {PHONE}. saal ka kitna lagega?`,
    `Solicitud de presupuesto – placas solares\nNombre: {NAME}\nTeléfono: {PHONE_EU}\nCorreo: {EMAIL}\nConsumo anual: 5.400 kWh, potencia 5,75 kW, tejado a dos aguas de 60 m²\nComercializadora actual: Endesa (antes Iberdrola)`,
    `Anfrage Wärmepumpe\nName: {NAME}\nTel.: {PHONE_EU}\nGasverbrauch 2024: 18.500 kWh, Baujahr 1978, 140 m² Wohnfläche\nWunsch: Vaillant aroTHERM plus oder Stiebel Eltron WPL 25\nRückruf bitte {~WEEKDAY} ab {~TIME}`,
    `Zapytanie – fotowoltaika + magazyn energii\nImię i nazwisko: {NAME}\nTel. {PHONE_EU}\nE-mail: {EMAIL}\nZużycie roczne 4 200 kWh, przyłącze 3-fazowe, dach 38 m² (południe)\nPreferowany kontakt: {~WEEKDAY}`,
    `Demande de devis – contrat d'entretien climatisation (Daikin, 3 unités)\nNom : {NAME_REV}\nTél. : {PHONE_EU}\nFonction : {~JOB_TITLE}\nSurface : 240 m², magasin franchisé Carrefour Market. Rappel souhaité le {~DATE}.`,
    `Offerteaanvraag laadpaal + zonnepanelen\nNaam: {NAME}\nTelefoon: {PHONE_EU}\nE-mail: {EMAIL_SPELT}\nVerbruik: 3.900 kWh/jaar, aansluiting 3x25A, dak 42 m² zuid\nHuidige leverancier: Vattenfall`,
    `Agent: Airtel Xstream, {FIRST} speaking. Which plan are you interested in?\nCaller: 1 Gbps wala. Address is Flat 1704, Tower 2, Prestige Lakeside.\nAgent: Feasibility OK, nearest FAT box FAT-22. Your name and mobile?\nCaller: {NAME}, {PHONE}. Email bhi likh lo, {EMAIL_SPELT}.\nAgent: Installation ₹1,000 waived. Lead ID {~ORDER}.`,
    `From: {EMAIL}\nSubject: quote for quarterly pest plan\n\nHi, we have ants and the occasional mouse in a 2,100 sq ft ranch. Our neighbor uses Orkin, but we'd like a second quote. Free {~WEEKDAY} mornings.\n\n{NAME}\n{PHONE}`,
    `RFQ – lift modernisation, 2 cars, G+14, existing Otis (1998), 8 pax / 544 kg\nSociety: Sai Krupa CHS, Wing A & B\nContact: Hon. Secretary {NAME}, {PHONE}, {EMAIL}\nBudget {~PRICE}; comparing Kone and Schindler quotes. Last AMC PO {~PO}.`,
    `| lead | contact | phone | equipment | tons | status |\n|---|---|---|---|---|---|\n| {~TICKET} | {NAME} | {PHONE} | Carrier Infinity 24 | 3.5 | quote sent |\n| {~TICKET} | {NAME_INIT} | {PHONE} | Trane XV20i | 4 | site visit {~DATE} |\n| {~TICKET} | {NAME} | {PHONE} | Johnson Controls YORK YZ | 10 | cold |`,
    `IVR: Godrej Appliances ke liye 2 dabayein.\nCaller: fridge cooling nahi kar raha, model RT EON 244 P 2.3.\nAgent: Naam bataiye?\nCaller: {NAME}.\nAgent: Registered number {PHONE}? Serial {~SERIAL}, purchase {~DATE}, warranty khatam. Visit charge ₹350 lagega.`,
    `New lead 🔔 Solar Rooftop Campaign\n{NAME} | {PHONE} | {~CITY}\nbill: ₹2,800/mo, roof 400 sq ft, discom MSEDCL, pin {~PINCODE}\nassigned to {FIRST} (zone West) – call within 15 min`,
    `{"form":"water_purifier_amc","field_data":[{"name":"full_name","values":["{NAME}"]},{"name":"phone_number","values":["{PHONE}"]},{"name":"city","values":["{~CITY}"]},{"name":"model","values":["Aquaguard Aura"]}],"created_time":"{~DATE}","device_imei":"{~IMEI}"}`,
  ],
};
