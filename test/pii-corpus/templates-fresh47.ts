/**
 * Blind evaluation set 47: B2C banking, payments and insurance support. UPI and card disputes,
 * failed transfers, loan and EMI queries, KYC re-verification, nominee updates, claim intimation,
 * fraud and phishing reports, branch appointment booking, credit-card sales calls and
 * debt-collection call notes, from India, the US and Europe. Formats: IVR and chat transcripts
 * with speaker labels, complaint forms as key: value, SMS alerts, e-mails with signatures and
 * legal footers, CSV/JSON case exports and terse call-centre agent notes. Hard negatives sit next
 * to the real PII: transaction and reference numbers, UTRs, masked card and account numbers
 * (XXXX1234), amounts in ₹/$/€, dates and times, branch codes, SWIFT/BIC codes, policy and claim
 * numbers, bank and insurer names that contain founders' names, and OTP-like short codes.
 * Languages: mostly English and Hinglish, with Spanish, German, French, Italian, Polish and
 * Portuguese.
 *
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH47_TEMPLATES: Record<Domain, readonly string[]> = {
  // Call-centre agent notes, debt-collection notes, case exports.
  crm: [
    `CALL NOTE 14:05 | cust {NAME} | reg mob {PHONE} | card XXXX4417 blocked on cust req, txn of {~PRICE} at merchant disputed | ref {~TICKET} | next: chargeback form by {~DATE}`,
    `Collections – Bucket 2 (31-60 DPD)\nBorrower: {NAME_REV}\nLoan a/c XXXXXX8812, EMI {~PRICE} overdue since {~DATE}\nRPC done on {PHONE} at {~TIME}. PTP given for {~WEEKDAY}. Cust says salary delayed. No abusive lang used. Agent: {NAME_INIT}`,
    `cx {name} cld abt failed IMPS, amt debited but benef not credited. UTR {~UTR}. adv 5 wrkg days TAT. alt no {PHONE}. email for ack {EMAIL}. closed FCR=N`,
    `case_id,opened,customer,mobile,email,category,amount,status\n{~TICKET},{~DATE},{NAME},{PHONE},{EMAIL},UPI_DISPUTE,{~PRICE},PENDING_NPCI`,
    `{"caseId":"{~UUID}","channel":"IVR","customer":{"name":"{NAME}","phone":"{PHONE}"},"product":"Kotak Mahindra Bank Credit Card","maskedPan":"XXXX XXXX XXXX 9031","disputeAmount":"{~PRICE}","rrn":"{~UTR}","assignee":"{FIRST}"}`,
    `Fraud desk note: {NAME} (DOB withheld) reports phishing SMS claiming to be from Wells Fargo asking for OTP. Cust did NOT share code. Sender ID VM-WFBANK. Callback on {PHONE}. Card ending 2290 hot-listed at {~TIME}, new card dispatched, AWB {~TRACKING}.`,
    `Nota de llamada – reclamación cargo no reconocido. Titular: {NAME}, NIF {NIF}. Tarjeta terminada en 6621, importe {~PRICE} el {~DATE}. BIC BSCHESMMXXX. Contacto: {PHONE_EU}. Gestor: {NAME_INIT}.`,
    `Inkasso-Notiz: Schuldner {NAME_REV}, IBAN {IBAN}. Offene Rate {~PRICE} seit {~DATE}. Ratenzahlung vereinbart, Rückruf am {~WEEKDAY} unter {PHONE_EU}. Sachbearbeiter: Hr. {LAST}, Deutsche Bank Filiale 472.`,
    `Notatka windykacyjna: dłużnik {NAME}, PESEL {PESEL}, tel. {PHONE_EU}. Zaległość {~PRICE}, umowa nr {~REF_EU}. Klient prosi o kontakt po {~TIME}. Konsultant: {FIRST}.`,
    `Claim intimation logged – Bajaj Allianz Motor. Insured: {NAME}, mob {PHONE}. Policy OG-25-1902-1801-00004471, claim no {~ORDER}. Accident at {~STREET}, {~CITY} on {~DATE}. Surveyor {NAME} to visit. Garage GSTIN {GSTIN}.`,
    `Agent {FIRST} >> cust {NAME_UP} wants EMI date change 5th to 10th on personal loan, foreclosure stmt req'd. PAN {PAN} verified. Sent stmt to {EMAIL}. ROI 13.5% unchanged. Ticket {~TICKET}.`,
    `Nota chiamata: il sig. {LAST} segnala bonifico SEPA non arrivato, importo {~PRICE}, CRO {~REF_EU}. IBAN beneficiario {IBAN}. Richiamare al {PHONE_EU} entro le {~TIME}. Operatore: {NAME}.`,
    `Note d'appel: Mme {LAST} conteste un prélèvement de {~PRICE} du {~DATE}. Carte se terminant par 3308, BIC BNPAFRPPXXX. Joignable au {PHONE_EU} ou {EMAIL}. Dossier {~TICKET}.`,
    `Wrap-up: Chase CC acct ending 7719. Cust {NAME} disputes $89.99 recurring charge. SSN last4 only (no full). Provisional credit issued {~DATE}. Email conf to {EMAIL}; cb {PHONE}. Auth code {~OTP} (merchant auth, not OTP).`,
    `Nota de atendimento: cliente {NAME}, telemóvel {PHONE_EU}, reclama transferência MB WAY falhada de {~PRICE} em {~DATE}. Ref. operação {~REF_EU}. Encaminhado para back-office, agente {FIRST}.`,
    `DNC flag set for {NAME} per cust request — collections calls only 08:00–20:00 per RBI Fair Practices Code. Alt contact (spouse) {NAME}, {PHONE}. Branch code 0456, loan {~INVOICE}.`,
  ],
  // Chat, IVR transcripts and SMS alerts.
  whatsapp: [
    `[IVR] Welcome to ICICI Bank PhoneBanking. Please enter your 4 digit TPIN.\n[Caller] ****\n[Agent {FIRST}] Hello, am I speaking with {NAME}?\n[Caller] haan ji, {NAME} bol raha hoon, mera UPI payment fail ho gaya but paisa kat gaya\n[Agent] UTR number bataiye please\n[Caller] {~UTR}`,
    `Customer: hi my card got declined at {~TIME} and I see {~PRICE} debited\nBot: Sorry about that! Please share the last 4 digits of your card.\nCustomer: 4417\nBot: Thanks. Your complaint {~TICKET} is registered. We'll SMS updates to the number ending 55.\nCustomer: pls use {PHONE} instead, this is {NAME}`,
    `Dear Customer, Rs. 2,499.00 debited from A/c XX8812 on {~DATE} to VPA {UPI}. UPI Ref {~UTR}. Not you? SMS BLOCK 8812 to 56161 or call the number on the back of your card. -Axis Bank`,
    `Your OTP for nominee update is {~OTP}. Valid for 10 mins. Do not share with anyone incl. bank staff. -SBI`,
    `bhai {name} ne mujhe {UPI} pe ₹5,000 bheje the, transaction pending dikha raha hai, ref {~UTR}. bank ko call kiya {PHONE} se, koi reply nahi 😤`,
    `Agent ({NAME}): Thank you for contacting HDFC ERGO. How may I help?\nYou: I want to intimate a claim, hospitalisation from {~DATE}\nAgent ({NAME}): Policy number please?\nYou: 2856 2031 9876 5432 001\nAgent: Thanks {FIRST}, please share patient's mobile\nYou: {PHONE}`,
    `hola {FIRST}, te escribo del BBVA por la incidencia {~TICKET}. La transferencia de {~PRICE} salió el {~DATE}. Si no la ves, llámanos al {PHONE_EU} 🙏`,
    `[Chat] Kunde: Hallo, ich bin {NAME}, meine Überweisung an {IBAN} ist zurückgekommen.\n[Chat] Berater {FIRST}: Danke! Ich sehe eine Rücklastung vom {~DATE} über {~PRICE}. BIC COBADEFFXXX stimmt?\n[Chat] Kunde: ja. Rückruf bitte unter {PHONE_EU}`,
    `SMS: Cher client, votre rendez-vous en agence Société Générale est confirmé le {~DATE} à {~TIME} avec {NAME}. Code de confirmation {~OTP}. Pour annuler : {PHONE_EU}.`,
    `User: someone called me from "Goldman Sachs Marcus" asking for my OTP, number was {PHONE}\nAssistant: Thank you for reporting. We never ask for OTPs. Please share your registered email so we can flag the account.\nUser: {EMAIL}\nAssistant: Done, reference {~TICKET}. Stay safe, {FIRST}!`,
    `ok madam EMI {~PRICE} ka bounce hua kyunki balance kam tha 😓 {name} ji please NACH mandate check karo, loan no {~INVOICE}, mera no {PHONE}`,
    `Cześć {FIRST}! Tu mBank. Twoja reklamacja transakcji kartą **** 5521 na kwotę {~PRICE} ma numer {~REF_EU}. W razie pytań dzwoń: {PHONE_EU}.`,
    `[IVR transcript] Caller ID {PHONE}. Menu: 2 (cards) > 4 (lost/stolen). Agent: may I have your full name? Caller: {NAME_UP}. Agent: last four of the card? Caller: 0093. Agent: blocked at {~TIME}, replacement in 7-10 days.`,
    `Olá {FIRST}, o Millennium bcp informa: pagamento de {~PRICE} recusado em {~DATE}. Se não reconhece, contacte {PHONE_EU} ou {EMAIL_SPELT}.`,
    `Ciao {FIRST}, sono {NAME} di Intesa Sanpaolo. Ho preso in carico la sua contestazione {~TICKET} sull'addebito del {~DATE}. Mi può scrivere a {EMAIL}?`,
    `wife ka naam nominee mein add karna hai — {NAME}, unka mobile {PHONE}. account XXXXXXX4471, branch code 01234. OTP {~OTP} aaya hai, share karun?`,
  ],
  // KYC re-verification, nominee updates, identity forms.
  kyc: [
    `KYC RE-VERIFICATION FORM\nCustomer ID: {~ORDER}\nName: {NAME_UP}\nPAN: {PAN}\nAadhaar: {AADHAAR}\nMobile: {PHONE}\nEmail: {EMAIL}\nBranch: Andheri West (code 0789)\nIFSC: {IFSC}\nDate: {~DATE}`,
    `Nominee update request\nAccount holder: {NAME}\nAccount no: XXXXXXXX2231\nNominee name: {NAME}\nRelationship: Daughter\nNominee DOB: {~DATE}\nNominee mobile: {PHONE}\nWitness: {NAME_INIT}`,
    `Periodic KYC due. Dear {FIRST}, your KYC with Aditya Birla Sun Life Insurance is due for update. Please upload your PAN ({PAN}) and passport ({PASSPORT}) before {~DATE}. Ref {~INVOICE}.`,
    `video_kyc_log: session={~UUID} agent={NAME} customer={NAME} geo_city={~CITY} ip={IP} pan_match=TRUE aadhaar_masked=XXXX-XXXX-4821 liveness=PASS`,
    `Customer Identification Program (CIP) – US\nFull legal name: {NAME}\nSSN: {SSN}\nPhone: {PHONE}\nE-mail: {EMAIL}\nAccount type: Checking, routing 021000021\nOpened at Charles Schwab Bank branch on {~DATE}`,
    `W-9 received for non-resident applicant {NAME_REV}, ITIN {ITIN}. Contact {EMAIL}, {PHONE}. Account pending at Raymond James, case {~TICKET}.`,
    `Actualización de datos KYC\nTitular: {NAME_REV}\nDNI/NIE: {NIF}\nTeléfono: {PHONE_EU}\nCorreo: {EMAIL}\nIBAN: {IBAN}\nOficina: 0049-1500 (Banco Santander)\nFecha: {~DATE}`,
    `Aktualizacja danych klienta (KYC)\nImię i nazwisko: {NAME}\nPESEL: {PESEL}\nTelefon: {PHONE_EU}\nE-mail: {EMAIL}\nRachunek: {IBAN}\nOddział: 1020 4795 (PKO BP)`,
    `Legitimationsprüfung (VideoIdent) – Kunde {NAME}, Tel. {PHONE_EU}, E-Mail {EMAIL_SPELT}. Vorgang {~UUID}, abgeschlossen um {~TIME}. Konto bei der Sparkasse, BLZ 10050000.`,
    `UK account re-verification: {NAME}, NI number {NINO}, mobile {PHONE}, email {EMAIL}. Lloyds Bank sort code 30-94-57, acct ending 1180. Reviewed by {NAME_INIT} on {~DATE}.`,
    `KYC-Mismatch: name on PAN "{NAME_UP}" vs name on Aadhaar "{NAME}". Aadhaar {AADHAAR}. Cust to visit branch with originals. Appointment {~DATE} {~TIME}. Contact {PHONE}.`,
    `Merchant onboarding KYC – Razorpay Current a/c. Business GSTIN {GSTIN}, proprietor {NAME}, PAN {PAN}, settlement a/c IFSC {IFSC}, UPI {UPI}, phone {PHONE}. MCC 5411.`,
    `Mise à jour KYC – client {NAME}, tél. {PHONE_EU}, courriel {EMAIL}. Pièce d'identité vérifiée le {~DATE}. IBAN {IBAN}, BIC CRLYFRPPXXX. Conseiller : M. {LAST}.`,
    `Re-KYC reminder sent via SMS to {PHONE} and e-mail to {EMAIL} for {NAME}. Template ID 1107161234567890123, DLT entity Tata AIG General Insurance. Due {~DATE}.`,
    `Aggiornamento adeguata verifica: cliente {NAME}, cell. {PHONE_EU}, e-mail {EMAIL}, IBAN {IBAN}. Filiale Banca Mediolanum n. 0306, pratica {~REF_EU}.`,
  ],
  // Disputes, failed transfers, chargebacks, claims and refunds.
  refund: [
    `COMPLAINT FORM – UPI DISPUTE\nName: {NAME}\nRegistered Mobile: {PHONE}\nPayer VPA: {UPI}\nPayee: merchant (static QR, MID 4001237)\nAmount: {~PRICE}\nUTR/RRN: {~UTR}\nDate & Time: {~DATE} {~TIME}\nDescription: amount debited, merchant says not received`,
    `Subject: Chargeback request – card {CARD}\n\nDear Disputes Team,\nI, {NAME}, did not authorise the charge of {~PRICE} on {~DATE} (ARN 74332745012345678901234). Please raise a chargeback.\n\nRegards,\n{NAME}\n{PHONE}\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. American Express will never ask for your PIN.`,
    `Dear {FIRST},\nWe have processed the reversal of {~PRICE} for your failed NEFT transfer (UTR {~UTR}) to a/c XXXX5567, IFSC {IFSC}. It will reflect within 2 working days.\nWarm regards,\n{NAME_INIT}\nGrievance Redressal Cell, Punjab National Bank\nThis is a system generated mail. Please do not reply.`,
    `refund_id,customer,upi_id,amount,utr,reason\n{~ORDER},{NAME},{UPI},{~PRICE},{~UTR},DUPLICATE_DEBIT\n{~ORDER},{NAME_REV},{UPI},{~PRICE},{~UTR},TIMEOUT`,
    `{"dispute":{"id":"DSP-{~OTP}","cardholder":"{NAME}","card":"{CARD}","amount":"{~PRICE}","merchant":"{~PRODUCT} Store","reason_code":"10.4","contact":{"email":"{EMAIL}","phone":"{PHONE}"}}}`,
    `Claim intimation – Health\nPolicy holder: {NAME}\nPatient: {NAME}\nPolicy no: 12120034230400000117\nClaim no: CL-{~INVOICE}\nHospital: Max Super Speciality, {~CITY}\nAdmission: {~DATE}\nEstimated bill: {~PRICE}\nContact: {PHONE}, {EMAIL}\nBank for reimbursement: IFSC {IFSC}`,
    `Reclamación – transferencia fallida\nNombre: {NAME}\nNIF: {NIF}\nIBAN ordenante: {IBAN}\nImporte: {~PRICE}\nFecha: {~DATE}\nReferencia: {~REF_EU}\nTeléfono: {PHONE_EU}\nCaixaBank, BIC CAIXESBBXXX`,
    `Sehr geehrte Damen und Herren,\nhiermit widerspreche ich der Lastschrift über {~PRICE} vom {~DATE} (Mandatsreferenz {~REF_EU}). Bitte erstatten Sie den Betrag auf {IBAN}.\nMit freundlichen Grüßen\n{NAME}\nTel. {PHONE_EU}\n--\nCommerzbank AG, Sitz Frankfurt am Main, HRB 32000`,
    `Reklamacja: {NAME}, PESEL {PESEL}, tel. {PHONE_EU}. Przelew BLIK na {~PRICE} z dnia {~DATE} nie dotarł do odbiorcy. Nr transakcji {~REF_EU}. Proszę o zwrot na rachunek {IBAN}.`,
    `Demande de remboursement – sinistre habitation\nAssuré : {NAME}\nContrat AXA n° 0000456789123\nSinistre n° {~INVOICE} du {~DATE}\nMontant estimé : {~PRICE}\nTél. : {PHONE_EU}\nE-mail : {EMAIL}\nIBAN de remboursement : {IBAN}`,
    `Hi, this is {NAME}. I sent {~PRICE} via Zelle to the wrong person on {~DATE} at {~TIME}. Confirmation {~TRACKING}. Bank of America says they can't reverse. Please call me at {PHONE} or email {EMAIL_SPELT}. Card on file {CARD}.`,
    `sir mera ₹12,000 ka ATM withdrawal fail hua, cash nahi nikla but account se kat gaya. ATM ID S1BW000123, txn {~UTR}, {~DATE} {~TIME}. naam {name}, mob {PHONE}. pls refund jaldi 🙏`,
    `Richiesta rimborso – sinistro auto\nContraente: {NAME}\nPolizza Generali n. 390/2024/000118\nTarga: FG 123 AB\nData sinistro: {~DATE}\nCell.: {PHONE_EU}\nIBAN: {IBAN}`,
    `Pedido de reembolso: {NAME}, telemóvel {PHONE_EU}. Débito duplicado de {~PRICE} no cartão terminado em 2044 em {~DATE}. Ref. {~REF_EU}. IBAN para devolução {IBAN}. Caixa Geral de Depósitos, BIC CGDIPTPL.`,
    `Ombudsman escalation: complainant {NAME_REV}, card {CARD}, disputed {~PRICE}. Bank ref {~TICKET}, 30 days elapsed without resolution. Contact {EMAIL}, {PHONE}. Aadhaar {AADHAAR} attached as ID proof.`,
  ],
  // Credit-card and loan sales calls, branch appointment booking, loan and EMI enquiries.
  lead: [
    `Lead: Credit Card – HDFC Millennia\nName: {NAME}\nMobile: {PHONE}\nEmail: {EMAIL}\nCity: {~CITY}\nIncome: {~PRICE}/month\nPAN: {PAN}\nSource: outbound tele-sales, disposition INTERESTED, callback {~DATE} {~TIME}`,
    `Sales call script log – agent {NAME_INIT}: "Good afternoon, am I speaking with {NAME}? I'm calling from Citi about a pre-approved card with a limit of {~PRICE}." Cust asked to call back on {PHONE} after {~TIME}.`,
    `Branch appointment booked\nCustomer: {NAME}\nPhone: {PHONE}\nPurpose: Home loan enquiry (ticket size {~PRICE})\nBranch: Koramangala, code 0212, IFSC {IFSC}\nSlot: {~WEEKDAY} {~TIME}\nRM: {NAME}`,
    `Personal loan lead: {name} wants ₹3,00,000 for 36 months, EMI approx {~PRICE}. CIBIL 742. contact {PHONE} / {EMAIL}. Bajaj Finserv offer code PL{~OTP}. assigned to {FIRST}`,
    `lead_id,full_name,phone,email,product,score\n{~TICKET},{NAME},{PHONE},{EMAIL},Platinum Travel Card,0.82\n{~TICKET},{NAME_REV},{PHONE},{EMAIL},Gold Loan,0.41`,
    `Hi {FIRST}! 👋 Aapka pre-approved loan of {~PRICE} ready hai at 10.99% p.a. Apply karne ke liye reply YES ya call karo {PHONE}. -Tata Capital. T&C apply. To opt out SMS STOP to 56161.`,
    `Dear {NAME},\nThank you for your interest in a J.P. Morgan Private Client account. Your advisor {NAME} will call you on {PHONE} on {~DATE}.\n\n{NAME}\nJ.P. Morgan Chase Bank, N.A. Member FDIC. Investments are not FDIC insured.`,
    `Solicitud de préstamo personal: {NAME}, DNI {NIF}, tel. {PHONE_EU}, email {EMAIL}. Importe {~PRICE} a 48 meses. Oficina Banco Sabadell 0081-0200. Cita el {~DATE} a las {~TIME}.`,
    `Terminvereinbarung Baufinanzierung: Herr {LAST}, Tel. {PHONE_EU}, E-Mail {EMAIL}. Beratung am {~DATE} um {~TIME} in der Filiale Berlin-Mitte (Postbank, BIC PBNKDEFFXXX). Berater: {NAME}.`,
    `Rendez-vous conseiller – crédit immobilier. Client : {NAME}, {PHONE_EU}, {EMAIL}. Agence Crédit Agricole n° 00412, le {~DATE} à {~TIME}. Apport : {~PRICE}.`,
    `Lead z formularza: karta kredytowa Santander Bank Polska. Imię i nazwisko: {NAME}, tel. {PHONE_EU}, e-mail {EMAIL}, dochód {~PRICE}. Zgoda marketingowa: TAK. Oddz. {~PINCODE}.`,
    `Outbound insurance call – Max Life term plan. Prospect {NAME}, age 34, mob {PHONE}. Cover ₹1 Cr, premium {~PRICE}/yr. Spouse {NAME} to be nominee. Quote ref {~INVOICE}, follow-up {~WEEKDAY}.`,
    `Lead Wells Fargo Active Cash card: {NAME_UP}, {PHONE}, {EMAIL}. Stated income {~PRICE}. Consent to soft pull given at {~TIME}. SSN collected on secure form only: {SSN}.`,
    `Appuntamento in filiale UniCredit (cod. 02008) per mutuo prima casa: sig.ra {NAME}, cell. {PHONE_EU}, e-mail {EMAIL}, {~WEEKDAY} alle {~TIME}. Consulente: {NAME_INIT}.`,
    `Marcação de reunião – crédito habitação Novo Banco. Cliente {NAME}, telemóvel {PHONE_EU}, {EMAIL}. Dia {~DATE}, {~TIME}. Montante {~PRICE}.`,
    `agent notes: cust {name} not intrstd in CC, but asked abt gold loan. wife {FIRST} handles finances, her no {PHONE}. try again after {~DATE}. lead src: Kotak 811 app, campaign {~SKU}`,
  ],
};
