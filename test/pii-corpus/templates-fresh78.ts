/**
 * Blind evaluation set 78: personal finance advisers, mutual-fund distributors and wealth-management
 * desks in India, the US, the UK and Europe — client onboarding and KYC, risk-profile questionnaires,
 * SIP and standing-order mandates, portfolio review notes, nominee and joint-holder details,
 * redemption and transfer requests, tax-harvesting suggestions, relationship managers' WhatsApp chats
 * with clients and their families, compliance call summaries and CSV exports of client holdings.
 * Hard negatives sit next to the real PII: folio numbers, ISINs, fund names named after people or
 * places (Franklin India Bluechip, Fidelity, Vanguard, Morgan Stanley, Nippon India), NAVs, units,
 * amounts, returns, dates and tickers. Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH78_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Portfolio review — {NAME}, 62, retired. Holdings: Franklin India Bluechip (folio 1038274/52) 4,210.336 units @ NAV 912.45, Nippon India Small Cap 1,120 units. XIRR 14.2% vs Nifty 50 TRI 12.8%. Next review {~DATE}. Reach on {PHONE}.',
    'RM note ({~DATE} {~TIME}): client {NAME_REV} wants to switch ₹5,00,000 from HDFC Balanced Advantage to Parag Parikh Flexi Cap. Exit load 1% applies till {~DATE}. Confirmation mail sent to {EMAIL}.',
    'Compliance call summary — recording ID {~UUID}. Adviser {NAME_INIT} explained the risk of the Morgan Stanley Global Opportunity fund to {NAME}; client confirmed the suitability letter. No guarantee of returns was given. Call-back number on file: {PHONE}.',
    'client_id,name,pan,isin,scheme,units,nav,value\n{~INVOICE},{NAME_UP},{PAN},INF090I01239,Franklin India Flexi Cap - Growth,812.440,1512.33,{~PRICE}\n{~INVOICE},{NAME_UP},{PAN},INF204K01XI3,Nippon India Growth Fund,95.112,3801.10,{~PRICE}',
    'Tax-loss harvesting idea for {NAME}: book the short-term loss on Vanguard FTSE All-World (VWRL) — cost £10,420, now £9,880 — and buy iShares MSCI ACWI (SSAC) to avoid the 30-day bed-and-breakfast rule. NI number {NINO} to be quoted on the CGT summary.',
    'Mr. {LAST} called from his office line {PHONE}: wants Fidelity Contrafund (FCNTX) trimmed by 15% and proceeds parked in Vanguard Federal Money Market (VMFXX). Ticket {~TICKET}.',
    'Household: {NAME} (primary), spouse {NAME} (joint holder, second name on folio 5521908/11). Nominee: daughter {FIRST}, 100%. Mobile of primary {PHONE}, email {EMAIL}.',
    'Wealth desk handover: {FIRST} is going on leave, {NAME} will cover the Benson, Lakshmi & Ortiz family office accounts till {~DATE}. Escalations via {EMAIL}.',
    'Review notes — Sra. {LAST}: cartera moderada, 60/40. Amundi MSCI World 48%, DWS Euro Bond 32%, cuenta de efectivo 20%. Rentabilidad YTD +6,4 %. IBAN para reembolsos {IBAN}. Tel. {PHONE_EU}.',
    'Rebalance done on {~DATE}: sold 120 units of AAPL at $189.40 and 35 units of MSFT; bought 400 units of BND. Client {NAME_REV} approved by phone ({PHONE}). Order ref {~ORDER}.',
  ],
  whatsapp: [
    'hi {name} ji 🙏 ur SIP of ₹10,000 in Axis Bluechip got debited today, units allotted 182.345 @ 54.84. folio {~ORDER} 👍',
    'namaste sir, this is {FIRST} from Sharekhan wealth desk. mummy ji ka nominee form pending hai, kindly send her aadhaar {AADHAAR} wala photo bhi',
    'bhaiya papa ({NAME}) ka redemption 2 din mein aa jayega, bank IFSC {IFSC} confirm kar do pls',
    'Ok noted. Will call u at {~TIME}. my new no is {PHONE} save kar lo 🙂',
    'hey {FIRST}! quick one — Nippon India Silver ETF is up 11% this month, want to book some? also send ur PAN {PAN} again, the scan was blurry',
    'sir maine {UPI} pe ₹2,500 bhej diye for the advisory fee, screenshot attached. txn {~UTR}',
    'Hi, I am {name}, {FIRST}\'s son. Dad is in hospital, can you pause his SIP for 3 months? call me on {PHONE} not his number',
    'thx {name}!! got the cas statement. btw Franklin ka NAV kitna hai aaj? 🤔',
    'good morning {FIRST} 🌞 ur mandate for ₹25,000/month (ICICI Pru Technology) is registered, first debit on {~DATE}. mail copy to {EMAIL_SPELT}',
    'cześć {FIRST}, przelew z rachunku {IBAN} dotarł, jednostki funduszu PZU Akcji Rynku Polskiego kupione po 212,40 zł. Pozdrawiam',
    'hola {FIRST}, el traspaso del Fondo Santander Acciones Españolas ya está hecho 👌 si tienes dudas escríbeme a {EMAIL} o llama al {PHONE_EU}',
    'Ma\'am your husband {NAME} said to share the otp {~OTP} only with him, pls dont forward it to me 😅',
  ],
  kyc: [
    'CLIENT ONBOARDING — INDIVIDUAL\nName (as per PAN): {NAME_UP}\nPAN: {PAN}\nAadhaar (masked not accepted): {AADHAAR}\nMobile: {PHONE}\nEmail: {EMAIL}\nBank: State Bank of India, IFSC {IFSC}\nPIN code: {~PINCODE}',
    'Joint holder 2: {NAME}, PAN {PAN}, relationship: spouse. Nominee: mother {NAME}, DOB {~DATE}, share 50%. Guardian not applicable.',
    'Risk profile questionnaire — {NAME_REV}. Q3 investment horizon: 7+ years. Q5 reaction to a 20% fall: buy more. Score 34/40 → Aggressive. Suggested: 70% equity (Mirae Asset Large Cap, Kotak Emerging Equity), 30% debt.',
    'US brokerage account opening: {NAME}, SSN {SSN}, phone {PHONE}. Beneficiary on the IRA: son {NAME}. Funding via ACAT from Morgan Stanley, account ending 4471.',
    'W-8BEN/W-9 check: non-resident alien {NAME} has no SSN; ITIN {ITIN} supplied. Dividend withholding at 25% under the India–US treaty. Contact {EMAIL}.',
    'ISA transfer form — Applicant: {NAME_REV}\nNational Insurance No: {NINO}\nCeding provider: Hargreaves Lansdown, plan ref {~REF_EU}\nAcquiring: Vanguard Investor UK\nValue approx £42,300\nDaytime tel: {PHONE}',
    'NRI KYC: {NAME}, passport {PASSPORT}, overseas address Dubai, PAN {PAN}. Rejected Aadhaar {~VERHOEFF_INVALID_12} — checksum fail, asked client for a fresh copy.',
    'Alta de cliente: {NAME}, DNI {NIF}, IBAN {IBAN}, móvil {PHONE_EU}. Perfil de riesgo: conservador. Fondo elegido: Bestinver Internacional FI. El DNI anterior {~NIF_INVALID} era incorrecto.',
    'Karta klienta: {NAME}, PESEL {PESEL}, rachunek {IBAN}, tel. {PHONE_EU}, e-mail {EMAIL}. Profil: zrównoważony.',
    'Corporate treasury account for Lakshmi Textiles Pvt Ltd — GSTIN {GSTIN}; authorised signatory {NAME_INIT}, PAN {PAN}. Liquid fund sweep: Aditya Birla Sun Life Liquid Fund, ISIN INF209K01VF1.',
    'Depotantrag: Herr {LAST}, Vorname {FIRST}, IBAN {IBAN}, Telefon {PHONE_EU}. Sparplan 250 € monatlich in DWS Top Dividende, Ausführung am 1. jedes Monats.',
  ],
  refund: [
    'Redemption request — folio 2039481/77, scheme Nippon India Liquid Fund, 1,250.000 units (approx {~PRICE}). Unitholder {NAME}; proceeds to registered bank IFSC {IFSC}. Requested on {~DATE} at {~TIME}.',
    'Please cancel SIP registration {~INVOICE} for {NAME_REV} — client moving to Fidelity India Fund. Refund the ₹15,000 debited on {~DATE} to UPI {UPI}.',
    'Transmission case: unitholder Late Shri {NAME} (PAN {PAN}). Claimant: wife {NAME}, Aadhaar {AADHAAR}, mobile {PHONE}. Death certificate received, 3 folios under Franklin Templeton.',
    'Wire out £18,000 from the GIA to client {NAME}\'s own account, IBAN {IBAN}. Verified by call-back to {PHONE} on {~DATE}; the number in the e-mail ({~REF_EU}) did not match records.',
    'Advisory fee refund of $1,250.00 approved for {NAME} — charged twice in Q2. Card on file {CARD}; the card in the complaint email {~LUHN_INVALID_16} does not exist.',
    'Transfer request: move 300 shares of VTI and 1,000 units of Vanguard Total Bond from {NAME}\'s joint account to the trust. SSN of grantor {SSN}. DTC 0226, ticket {~TICKET}.',
    'Reembolso parcial del fondo Cobas Internacional: 85,32 participaciones a 142,18 €. Partícipe {NAME}, NIF {NIF}, abono en {IBAN}.',
  ],
  lead: [
    'Lead from website calculator: {NAME}, age 34, wants ₹1 crore corpus in 15 yrs, SIP budget ₹20,000. Prefers call after 7 pm on {PHONE}. Interested in Nippon India Index and Parag Parikh.',
    'Referral: {NAME} (existing client since 2019) referred his brother-in-law {NAME}. Contact {EMAIL_SPELT}. Portfolio approx $640K at Morgan Stanley, wants a second opinion.',
    'Seminar sign-up sheet — "Retire Rich with Mutual Funds", Pune, {~DATE}:\n1. {NAME}, {PHONE}\n2. {NAME_INIT}, {EMAIL}\n3. {name}, {PHONE}',
    'Inbound: "Hello, this is {NAME}, I got your number from Vanguard\'s adviser list. I have a pension pot of about £310,000 and want drawdown advice." Callback {PHONE}.',
    'Prospect {NAME_REV} — HNI, Chennai, ~₹8 Cr in FDs and LIC policies. Met at the Franklin Templeton roadshow. Follow up {~WEEKDAY}, email {EMAIL}.',
    'Nuevo contacto: {NAME}, quiere invertir 50.000 € en fondos indexados (Vanguard Global Stock Index). Teléfono {PHONE_EU}, correo {EMAIL}.',
    'Hi, my name is {NAME} and I would like to open a junior ISA for my daughter {FIRST}. You can reach me at {EMAIL_SPELT}. Thanks, {FIRST}',
  ],
};
