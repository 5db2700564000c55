/**
 * Blind evaluation set 73: freight forwarding, customs brokerage and B2B logistics between India,
 * the US, the UK and Europe. Booking requests, consignee and notify-party details, customs holds,
 * duty and demurrage invoices, proof-of-delivery disputes, warehouse inbound notes, driver and
 * transporter chats on WhatsApp, importer KYC, e-mail threads with signatures and CSV exports.
 * Hard negatives sit next to the real PII: AWB and B/L numbers, container and seal numbers, HS
 * codes, IEC/EORI/VAT/MRN numbers, weights and dimensions, incoterms, vessels named after people
 * or places (MSC Isabella, Maersk Edinburgh), ports, terminals, prices, dates and times.
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH73_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Booking request BKG-MUM-24117\nShipper: Shree Ganesh Textiles, Tiruppur\nConsignee: Northbridge Apparel Ltd, Manchester\nNotify party: {NAME}, {PHONE}, {EMAIL}\nPOL Nhava Sheva (INNSA) / POD Felixstowe (GBFXT)\n2 x 40HC, HS 6109.10.00, FOB, ETD {~DATE}. Vessel MSC Isabella, voy. FX415W.',
    'Hi {FIRST},\n\nCBP at Newark put container MSKU7834512 on a CET hold (tailgate exam). ISF was filed on {~DATE}; entry no. 336-4471829-5. Our broker fee is {~PRICE} plus exam charges TBA.\n\nPlease do not release the D/O until duty is paid.\n\nBest regards,\n{NAME}\n{~JOB_TITLE} | Oceanic Freight Solutions Inc.\nDirect: {PHONE} | {EMAIL}',
    'shipment_id,awb,consignee_contact,contact_phone,pieces,gross_kg,incoterm,eta\nSHP-880214,176-84215573,"{NAME_REV}",{PHONE},14,1285.50,DAP,{~DATE}\nSHP-880215,098-55120934,Heinrich Logistik GmbH,,6,412.00,EXW,{~DATE}\nSHP-880216,020-33178245,"{NAME_REV}",{PHONE},3,88.20,CIF,{~DATE}',
    'POD dispute on invoice {~INVOICE}. Consignee claims 3 cartons short (47 of 50 delivered, 18.6 kg missing). Driver {NAME} got the POD signed at 14:20, Dock 7, Tilbury; receiver signature reads "{NAME_INIT}". Seal ML-4471920 intact per photo. Claim value {~PRICE}. Escalated to {FIRST} in claims.',
    'INBOUND GRN 2024/11/0382 - Bhiwandi WH-3, bay 12\nASN / PO {~PO}, 22 pallets (1.2 x 1.0 x 1.5 m), 9,840 kg\nReceived by: {NAME_UP}\nTransporter: Shivshakti Roadlines, truck MH04 KT 7812, driver mob {PHONE}\nRemarks: 2 pallets wet, photos uploaded. Time in {~TIME}.',
    'Demurrage & detention statement for B/L MEDUJ4471829, containers MSCU1234567 and TGHU8827310 (free time 7 days, ended {~DATE}). 11 days x $95 x 2 = $2,090.00. Bill to: Crescent Overseas Pvt Ltd, attn. Mr. {LAST}. Remit to IBAN {IBAN} quoting ref {~REF_EU}.',
    'Beste {FIRST},\n\nDe douane in Rotterdam (ECT Delta) heeft een fysieke controle aangekondigd voor container CMAU5510284, schip CMA CGM Marco Polo, reis 0FL3EW1MA. Volgens hen klopt GN-code 8504.40.90 niet met factuur {~INVOICE}. Kunt u het technisch datablad sturen?\n\nMet vriendelijke groet,\n{NAME}\nDouane-expediteur\nT {PHONE_EU}',
    'Sehr geehrte Frau {LAST},\n\nanbei die Zollanmeldung (MRN 24DE851200012345E6) fuer die Sendung aus Chennai, AWB 020-33178245, 3 Colli, 214 kg, Incoterm DDP Frankfurt. Einfuhrumsatzsteuer {~PRICE}. Rueckfragen gerne an {EMAIL} oder telefonisch unter {PHONE_EU}.\n\nMit freundlichen Gruessen\n{NAME_INIT}\nZollabteilung',
    'Call log {~DATE} {~TIME}: {NAME} from the importer rang about the hold on HAWB DEL/LHR/55821. HMRC wants a commercial invoice showing EORI GB205672212000 and commodity code 6204.62.31. They will mail it from {EMAIL_SPELT}. Next call {~WEEKDAY}.',
    '---------- Forwarded message ---------\nFrom: "{NAME_REV}" <{EMAIL}>\nDate: {~DATE}\nSubject: RE: SHP-771043 / Maersk Edinburgh 432E - short shipped?\n\nDear Team,\nOnly 18 of 20 pallets loaded at Mundra, 2 rolled to the next sailing (Maersk Kensington 434E). Please amend B/L MAEU239875412 and revise freight to {~PRICE}.\n\nThanks & regards\n{FIRST}\nM: {PHONE}',
    'Task for {FIRST}: book a 20ft trailer Felixstowe (Trinity terminal) to Leicester on {~WEEKDAY}, VBS slot {~TIME}. Haulier contact {NAME} ({PHONE}). Container OOLU8451236, VGM 18,400 kg, seal 0087541. Check Dover and A14 traffic before dispatch.',
    'Customs query - BE 7718204 dt {~DATE}, Nhava Sheva. Assessing officer asked for the catalogue and end-use letter for HS 8471.30.10 (24 units laptops, CIF value USD 18,960). Importer contact Shri {NAME}, {PHONE}. CHA licence R-11/2019. Pls reply before 5 pm.',
    'Hello {NAME},\nthis is {NAME} from the Heathrow export desk. Your consignment (MAWB 618-44120375, 6 pcs, 97 kg chg wt) is on BA0118 tomorrow; screening done at Cargo Centre, Shed 4. Invoice {~INVOICE} for {~PRICE} follows.\nCheers,\n{FIRST}\n{PHONE}',
  ],
  whatsapp: [
    'bhai {name} container TCLU4418823 abhi tak gate-in nahi hua Mundra CFS pe, driver ka number bhejo pls',
    'driver {FIRST} ka no. {PHONE} hai, gaadi GJ12 BX 4471 Kandla se nikal gayi 🚛 eta kal subah {~TIME}',
    'hi sir this is {name} from Sai Logistics, ur shipment awb 176-40128835 landed BOM, customs duty {~PRICE} pay karna hai. call me {PHONE}',
    'ok noted ✅ seal no 2281447 ka photo bhejo. and pls ask {name} to share POD copy, consignee bol raha 2 boxes damaged 😡',
    'hello {FIRST}, pickup tomorrow from Okhla Phase 2 warehouse, 6 cartons 48x40x36 cm, 92 kg. contact person {NAME} {PHONE} 📦',
    'hola {FIRST}, el contenedor MSCU7712054 llegó a Valencia (terminal MSC) pero aduanas lo ha parado 😩 llámame al {PHONE_EU} o escribe a {EMAIL} 🙏',
    'cześć {FIRST}, kierowca {NAME} będzie na rampie 4 o {~TIME}, tel. {PHONE_EU}. Zlecenie {~ORDER}, 33 palety, DCT Gdańsk.',
    'Good morning {FIRST} ji 🙏 BL draft attached, pls check consignee name spelling. Vessel ONE Harmony v.045W, cut-off {~DATE} 18:00',
    'sir mera naam {name} hai, main driver hoon, gaadi Bhiwandi godown pe 3 ghante se khadi hai, unloading nahi ho raha. mera no {PHONE}',
    'pls send trip payment to transporter UPI {UPI} amt ₹18,500 for MUM-PNQ, LR no 44718 🙏 {name} ne confirm kiya',
    'hey, {FIRST} here from the Felixstowe desk 👋 ur haulier got turned away at the gate, no VBS booking. new slot {~DATE} {~TIME}, ping me on {PHONE}',
    'bonjour {FIRST}, le camion est au Havre terminal TNMSC, conteneur CMAU3391022 bloqué pour contrôle douane. Rappelez-moi au {PHONE_EU} svp, merci {NAME}',
  ],
  kyc: [
    'Importer KYC - IEC 0515012345 (per DGFT)\nFirm: Anand Exim, Ludhiana\nProprietor: {NAME_UP}\nPAN {PAN} | GSTIN {GSTIN}\nAadhaar {AADHAAR}\nMobile {PHONE} | Email {EMAIL}\nAD code 0510001, bank IFSC {IFSC}',
    'Customs broker onboarding for {NAME}: passport {PASSPORT}, PAN {PAN}. Aadhaar first entered as {~VERHOEFF_INVALID_12} failed verification; corrected to {AADHAAR}. Branch: Nhava Sheva, CB licence 11/2356.',
    'Importer of Record setup (CBP Form 5106)\nName: {NAME_REV}\nSSN: {SSN} (sole proprietor, no EIN yet)\nPhone: {PHONE}\nContinuous bond 24-0887412, FIRMS code N104, port of entry 4601 Newark.',
    'Non-resident importer {NAME}, ITIN {ITIN}, contact {EMAIL}. Single-entry bond {~PRICE}; first entry expected on {~DATE} via JFK, MAWB 176-99120388.',
    'UK sole trader {NAME} applying for a duty deferment account: NINO {NINO}, EORI GB 123456789000, VAT reg GB 293 4471 82. Bank IBAN {IBAN}. Tel {PHONE}.',
    'Alta de cliente importador\nNombre: {NAME}\nNIF: {NIF} (el {~NIF_INVALID} del formulario anterior era erróneo)\nEmpresa: Importaciones Levante SL, EORI ESB86412377\nTel. {PHONE_EU}\nIBAN {IBAN}',
    'Dane zleceniodawcy: {NAME}, PESEL {PESEL}, NIP 527-28-44-117, EORI PL5272844117000, tel. {PHONE_EU}, e-mail {EMAIL_SPELT}. Odprawa w Gdyni, kod CN 0901.21.00.',
    'KYC pending for consignee {NAME_INIT} (Pune): GSTIN {GSTIN} ok on portal but legal name differs from invoice {~INVOICE}. IEC 3109004417 not yet linked on ICEGATE. Recheck before filing the BE.',
    'Transporter KYC: {NAME}, vehicle RC MH46 AR 2210 (32 ft MXL), PAN {PAN}, UPI {UPI}, IFSC {IFSC}, mob {PHONE}. TDS u/s 194C @ 1%, freight {~PRICE} per trip.',
  ],
  refund: [
    'Duty refund claim: excess IGST of {~PRICE} paid on BE 4471823 dated {~DATE} (Nhava Sheva). Refund to importer {NAME}, PAN {PAN}, bank IFSC {IFSC}. Bank UTR {~UTR}.',
    'Hi, {NAME} here. We were billed demurrage twice for container SEGU4471820 (invoices {~INVOICE} and {~INVOICE}). Please reverse {~PRICE} to card {CARD}. My number is {PHONE}.',
    'Card on the booking was {~LUHN_INVALID_16} (typo by CS). Correct card for the £640.00 storage refund is {CARD}, cardholder {NAME_UP}, Heathrow bonded WH.',
    'Refund approved by {FIRST}: air freight overcharged on AWB 157-22810447, chargeable weight 312 kg billed instead of 231 kg (volumetric 167 x 6000). Credit note CN-24-0912 for {~PRICE} to IBAN {IBAN}.',
    'Guten Tag Herr {LAST}, die Standgeld-Rechnung {~INVOICE} ueber €1.480,00 (Container HLXU8817230, Hamburg CTA) wurde irrtuemlich doppelt belastet. Bitte erstatten Sie den Betrag auf IBAN {IBAN}. Rueckfragen: {PHONE_EU}. Gruss, {NAME}',
    'Chargeback notice: cardholder {NAME} disputes $2,340.00 for "customs clearance fee" (entry 336-7718204-1, ETA {~DATE}). Contact on file {EMAIL}; payment made from IP {IP}.',
    'Refund for cancelled booking BKG-DEL-55190 (Hapag-Lloyd, Mundra to Hamburg, 1x20GP): ₹42,000 advance to go back via UPI {UPI} as requested by {name}. Ticket {~TICKET}.',
    'Post-summary correction filed: HTS 8471.30.0100 instead of 8473.30.5100, overpaid duty $1,118.42 to be refunded to IOR {NAME_REV} by ACH. Broker ref {~REF_EU}. Questions to {EMAIL}.',
    'Hola {FIRST}, reclamamos la devolución de {~PRICE} por la inspección en Algeciras (contenedor MRKU2231574, buque MSC Paloma) que no correspondía. Titular: {NAME}, IBAN {IBAN}.',
  ],
  lead: [
    'New website enquiry: {NAME}, {EMAIL}, {PHONE}. Wants a door-to-door quote for 3 x 40HC garments Tiruppur to Rotterdam, DAP, cargo ready {~MONTH}. HS 6109.10.',
    'Lead via LinkedIn: {NAME_INIT}, {~JOB_TITLE} at a Leicester importer, ~120 TEU/yr ex Mundra, currently with Kuehne + Nagel. Call back {~WEEKDAY} on {PHONE}.',
    'Rate request: LCL 4.2 cbm / 780 kg, Chennai to Newark, pickup pin {~PINCODE}. Contact {name} ({PHONE}), prefers WhatsApp. Target under $1,200 all-in.',
    'Hallo, mein Name ist {NAME}, wir importieren Gewuerze aus Kochi nach Hamburg (ca. 2 x 20DV pro Monat). Bitte ein Angebot CIF Hamburg an {EMAIL} oder {PHONE_EU}.',
    'Inbound lead {FIRST} from a Dutch distributor: air freight BLR to AMS, 450 kg pharma at 2-8°C, CEIV handler needed. email {EMAIL_SPELT}, mobile {PHONE}.',
    'Referral from {NAME} (carrier sales): {NAME} at Crescent Overseas needs customs brokerage at Felixstowe, about 40 entries a month. Reach them at {EMAIL}.',
    'Dzień dobry, nazywam się {NAME}. Szukamy spedytora na trasę Nhava Sheva - Gdańsk, 1 x 40HC miesięcznie, części samochodowe (HS 8708.99). Kontakt: {PHONE_EU}, {EMAIL}.',
    'quote req frm {name}: 2 pallets 120x80x160 Delhi to London Heathrow, ddp, pls call {PHONE} after {~TIME}. ref {~TICKET}',
  ],
};
