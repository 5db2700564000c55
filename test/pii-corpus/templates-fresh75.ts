/**
 * Blind evaluation set 75: motor and property insurance claims handling in India, the US, the UK
 * and Europe. First notice of loss by phone and WhatsApp, surveyor and loss-adjuster visit notes,
 * garage and repair-shop estimates, police report references, third-party and witness details,
 * cashless approvals, claim settlement letters, fraud-investigation notes, subrogation e-mails,
 * roadside assistance tickets and CSV claim registers. Hard negatives sit next to the real PII:
 * claim and policy numbers, registration plates, VINs and chassis numbers, FIR numbers, estimate
 * and invoice numbers, amounts, dates, garages, hospitals and streets named after people, and car
 * models that look like names (Kia Carens, Renault Zoe, Hyundai Santa Fe, Skoda Octavia).
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH75_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'FNOL (phone) – Claim CLM/MOT/24/0087123, policy 3001/214578963/00/000. Caller: {NAME}, insured, mob {PHONE}. Kia Carens KA 03 MN 4521 rear-ended at Silk Board junction on {~DATE} around {~TIME}. No injuries. Third-party vehicle: Maruti Swift Dzire, driver fled. Caller will file FIR at PS Madiwala.',
    'Surveyor visit note – Claim MTR-2024-551982\nSurveyor: {NAME_INIT} (IRDAI licence SLA/44217)\nGarage: Sai Baba Motors, Plot 14, {~STREET}, Pune\nVehicle: Hyundai Creta MH12 QR 7788, chassis MALC381CLKM512344, engine G4FGKW123456\nObserved: front bumper, LH headlamp, bonnet. Estimate {~INVOICE} for {~PRICE}. Insured {NAME} present during inspection, ph {PHONE}.',
    'Loss adjuster report (property) – escape of water at Flat 3, 22 Abbey Road, London NW8. Policyholder Mrs {LAST} met me on site on {~WEEKDAY}. Kitchen units and laminate flooring damaged, {~ROOMS} affected. Contractor quote {~INVOICE} at {~PRICE}. Contact for access: {NAME}, {PHONE}. Next visit {~DATE}.',
    'Fraud investigation note (SIU ref SIU/NZ/2024/117): claimant {NAME_REV} reported theft of Toyota Fortuner DL 8C AF 3321 from Nehru Place parking. CCTV shows vehicle leaving at {~TIME}. Claimant\'s PAN {PAN} also appears on claim CLM/MOT/23/0041877 (similar theft, 2023). Recommend statement recording; do not share findings with agent {FIRST}.',
    'From: {EMAIL}\nTo: recoveries@claims.example.com\nSubject: Subrogation – our ref SUB/UK/88314, your insured {NAME}\n\nDear Sirs,\nWe act for the owner of Renault Zoe LB19 XKT. Your policyholder\'s Ford Transit collided with our client\'s stationary vehicle on {~DATE} on {~STREET}. Repair costs of {~PRICE} (invoice {~INVOICE}) are claimed in full.\nYours faithfully,\n{NAME}\nRecoveries Team',
    'Witness statement taken by phone. Witness 1: {NAME}, pedestrian, tel {PHONE}; says the Hyundai Santa Fe jumped the red light at Lincoln Ave & 5th St. Witness 2 (the bus driver) declined to give details. Police report no. 24-118734, Officer badge #4471. Claim 0101-77-5502.',
    'Call back log – {FIRST} from Acko claims called insured at {~TIME}, no answer. Second attempt on alt number {PHONE} reached the insured\'s wife, who said {NAME} is at Sir Ganga Ram Hospital and will call after discharge. Claim ref AC-MOT-9931024.',
    'Aktennotiz Schadenfall KFZ-2024-0447812: Versicherungsnehmer Herr {LAST}, Tel. {PHONE_EU}, meldet Glasbruch am Skoda Octavia M-AB 1234. Werkstatt: Autohaus Müller & Söhne, Rosenheimer Str. 81. Kostenvoranschlag {~INVOICE} über {~PRICE}. Rückruf am {~DATE}.',
    'Nota de siniestro SIN-2024-0093321: asegurada {NAME}, DNI {NIF}, tel. {PHONE_EU}. Golpe en aparcamiento con un Seat León 4521 LMN en la {~STREET}. Perito asignado: {NAME_INIT}. Presupuesto del taller {~INVOICE}: {~PRICE}.',
    'Claims handler handover: {NAME} (handler) off from {~DATE}. Open files: 4. Priority – Renault Zoe total loss, insured {NAME}, bank details pending, IBAN given over phone: {IBAN}. VIN VF1AG000X67123456. Salvage with Copart, lot 55214.',
    'Cashless approval log: Network garage Bosch Car Service – Shree Ganesh Autos requested authorisation for estimate {~INVOICE} ({~PRICE}) on Tata Nexon MH 14 HG 2209. Approved by {NAME_INIT} subject to depreciation on plastic parts. Insured contact {name}, {PHONE}.',
  ],
  whatsapp: [
    'hello sir, this is {FIRST} from Bajaj Allianz motor claims. pls send RC, DL and photos of the Kia Carens from all 4 sides. claim no OC-24-1002-1801-00012345 🙏',
    'hi, mera accident hua hai Sion flyover pe, bike ka mudguard toot gaya. policy no 2311/KA/00045517. naam {name}, number {PHONE}. surveyor kab aayega?',
    'ok {name}, surveyor {NAME_INIT} aapke garage Jai Hind Motors aayenge {~WEEKDAY} ko {~TIME} tak. estimate {~INVOICE} ready rakhna',
    'bhaiya meri gaadi MH 02 DX 5567 towing mein hai, roadside ticket {~TICKET}. driver ka number {PHONE} hai, naam {FIRST}',
    'hi its {FIRST} again, the garage says the Hyundai Santa Fe needs a new radiator, quote is {~PRICE}. can u approve today? my email is {EMAIL_SPELT}',
    'thanks {FIRST} 👍 claim settled, {~PRICE} will be credited in 3-5 working days. UTR will follow',
    'hola, soy {NAME}. Tuve un golpe con el Renault Zoe en la rotonda de Getafe. Póliza 0088-AU-774512. Mi móvil {PHONE_EU}. ¿Me mandáis la grúa? 🚗',
    'dzień dobry, tu {FIRST} {LAST}. Szkoda nr PL/KOM/2024/55127, Skoda Fabia WX 4521K. Proszę o kontakt pod {PHONE_EU}, rzeczoznawca był {~DATE}.',
    'sir third party ka naam {name} hai, unka number {PHONE}. unki Honda City ki FIR no 0412/2024 PS Koramangala mein hai',
    'good morning ma\'am, Tow truck TKT-ROAD-88231 is 20 min away. Driver {FIRST} will call from {PHONE}. Pls stay with the Mahindra XUV700 near {~STREET}',
    'bonjour {FIRST}, votre sinistre 24-SIN-771203 est bien enregistré. L\'expert passera le {~DATE} au garage Renault Clio Service, rue Victor Hugo. Contact: {EMAIL}',
  ],
  kyc: [
    'Claim KYC (motor OD, claim > ₹1 lakh)\nInsured: {NAME_UP}\nPAN: {PAN}\nAadhaar: {AADHAAR}\nMobile: {PHONE}\nSettlement a/c IFSC: {IFSC}\nVehicle: Kia Sonet KA 51 MJ 8034, chassis MZBEP813LRN012345',
    'CKYC verification for claimant {NAME}: passport {PASSPORT}, PAN {PAN}. Old Aadhaar {~VERHOEFF_INVALID_12} on the claim form failed validation; re-collected Aadhaar {AADHAAR}. Claim CLM/FIRE/24/000771.',
    'Third-party injury claim (US) – claimant {NAME}, SSN {SSN}, DOB on file. Attorney contact {EMAIL}. Accident at Martin Luther King Jr Blvd, Hyundai Santa Fe VIN 5NMS3DAJ0PH123456. Demand {~PRICE}.',
    'UK motor total-loss settlement: policyholder {NAME_REV}, National Insurance number {NINO}, DVLA V5C doc ref 12345678901 held. Payout by BACS to IBAN {IBAN}.',
    'Datos del perjudicado: {NAME}\nNIF: {NIF}\nIBAN para indemnización: {IBAN}\nVehículo: Seat Ibiza 8832 KJP\nExpediente: SIN-AU-2024-118822 (presupuesto {~INVOICE})',
    'Dane poszkodowanego: {NAME}, PESEL {PESEL}, nr konta {IBAN}, tel. {PHONE_EU}. Pojazd Toyota Corolla KR 7Y123, VIN SB1K93BE10E123456. Szkoda OC nr 2024/OC/0771234.',
    'Non-resident driver {NAME} (rental car, Avis agreement RA 88123410) – ITIN {ITIN}, passport {PASSPORT}, contact {PHONE}. Claim 07-441-88921.',
    'Garage vendor onboarding for cashless network: Shree Balaji Car Care, GSTIN {GSTIN}, proprietor {NAME}, PAN {PAN}, bank IFSC {IFSC}, UPI {UPI}. Workshop at 12 Lal Bahadur Shastri Marg.',
    'Vérification assuré: {NAME}, IBAN {IBAN}, portable {PHONE_EU}. Sinistre 24-SIN-771203, Peugeot 3008 AB-123-CD, numéro de série VF3MCYHZRLS012345.',
  ],
  refund: [
    'CLAIM SETTLEMENT LETTER\nDate: {~DATE}\nTo: {NAME}\nPolicy No: 3001/214578963/00/000   Claim No: CLM/MOT/24/0087123\nDear {FIRST},\nWe are pleased to inform you that your claim for the Kia Carens KA 03 MN 4521 has been settled for {~PRICE} after deduction of compulsory excess and depreciation. Amount transferred to your account (IFSC {IFSC}), UTR {~UTR}.\nRegards,\n{NAME_INIT}\nClaims Manager',
    'Reimbursement of towing charges {~PRICE} (invoice {~INVOICE}) to insured {NAME} via UPI {UPI}. Roadside ticket {~TICKET}. Approved by {FIRST}.',
    'Excess refund: the £250 excess on claim UK-MOT-88314 was recovered from the third party insurer. Please refund to cardholder {NAME}, card {CARD}. The number {~LUHN_INVALID_16} on the earlier note was mistyped.',
    'Hi team, {NAME} here (policy HM-7782193). Flood claim for my flat on Gandhi Road was approved on {~DATE} but the {~PRICE} has not arrived. Please call me on {PHONE} or write to {EMAIL}.',
    'Pago de indemnización aprobado: {~PRICE} a {NAME_REV}, IBAN {IBAN}. Expediente SIN-2024-0093321, taller Talleres San José, factura {~INVOICE}.',
    'Dear Mr. {LAST},\nFurther to your claim 0101-77-5502 for the Hyundai Santa Fe, we enclose a cheque for $4,812.50 less your $500 deductible. If you prefer direct deposit, reply quoting the claim number.\nSincerely,\n{NAME}, Senior Adjuster',
    'Partial settlement note: contents claim (burglary, 14 Victoria Street, Manchester). Items: LG TV SN-4412098833, MacBook serial C02XK1ABJGH5. Paid {~PRICE} to {NAME}, sort code 20-45-77, IBAN {IBAN}. Police crime ref GMP 06HH/123456/24.',
    'Rückerstattung Selbstbeteiligung: {~PRICE} an Frau {LAST} ({NAME}), IBAN {IBAN}. Schaden KFZ-2024-0447812, Rechnung Autohaus Müller {~INVOICE}.',
    'wypłata odszkodowania {~PRICE} dla {NAME}, konto {IBAN}, decyzja z dnia {~DATE}. Szkoda PL/KOM/2024/55127.',
  ],
  lead: [
    'claim_no,policy_no,reg_no,insured,mobile,email,loss_date,status\nCLM/MOT/24/0087123,3001/214578963/00/000,KA03MN4521,{NAME},{PHONE},{EMAIL},{~DATE},SURVEY_DONE\nCLM/MOT/24/0087190,3001/214579001/00/000,MH12QR7788,"{NAME_REV}",{PHONE},{EMAIL},{~DATE},CASHLESS_APPROVED',
    'Claim ID;Insured;Vehicle;Reg;Handler;Reserve\nSIN-2024-0093321;{NAME};Seat León;4521 LMN;{NAME_INIT};{~PRICE}\nSIN-2024-0093388;{NAME};Renault Zoe;1187 KHT;{NAME_INIT};{~PRICE}',
    'Roadside assistance ticket {~TICKET}\nCaller: {NAME}\nCallback: {PHONE}\nVehicle: Kia Carens, KA 05 NB 7721\nLocation: near Lilavati Hospital, Bandra Reclamation, pincode {~PINCODE}\nIssue: flat tyre, no spare. Assigned partner: Rapid Tow (vendor code RT-0092). ETA {~TIME}.',
    'Web FNOL form submitted {~DATE} {~TIME}\nName: {NAME}\nEmail: {EMAIL}\nPhone: {PHONE}\nPolicy: HM-7782193 (home)\nLoss: storm damage to roof tiles, {~ROOMS}\nDescription: "water came thru ceiling in kids room, pls send someone asap"',
    'Renewal lead after claim closure: {NAME} (NCB lost after claim CLM/MOT/23/0041877). Interested in zero-dep add-on for Hyundai Santa Fe. Contact {EMAIL} / {PHONE}. Premium quote {~PRICE}.',
    'Inbound call {~TIME}: "hi, this is {NAME}, calling about the Renault Zoe claim, my husband {FIRST} was driving" – callback requested on {PHONE}. Claim 24-SIN-771203.',
    'Third-party register export\nTP driver: {NAME} | Mobile: {PHONE} | Vehicle: Honda Amaze DL 3C BU 7741 | FIR: 0412/2024 | Insurer: New India Assurance | TP policy 31120031240100004471\nTP pillion rider: name not given | Injury: minor, treated at Kokilaben Dhirubhai Ambani Hospital',
    'Pedido de peritaje: {NAME}, correo {EMAIL_SPELT}, móvil {PHONE_EU}. Vehículo Hyundai Santa Fe 9921 LKB, siniestro en Calle de Alcalá 120, Madrid el {~DATE}.',
    'Garage estimate EST-24-00931 – Joseph Motors, 14 Sir Pherozeshah Mehta Road\nCustomer: {NAME}\nVehicle: Honda City MH 01 CK 4471, VIN MAKGM652LPN012345\nParts: bumper {~PRICE}, headlamp {~PRICE}\nLabour: 6 hrs\nGSTIN of workshop: {GSTIN}\nContact: {PHONE}',
    'Loss adjuster lead list – {~MONTH}\n1. {NAME_REV}, 8 Nelson Street, subsidence, tel {PHONE}\n2. {NAME_REV}, unit 4B, fire (kitchen), email {EMAIL}\n3. Commercial – Tesco Express, Churchill Way – no personal contact',
  ],
};
