/**
 * Blind evaluation set 74: payroll, employee benefits and HR shared services in India, the US, the
 * UK and Europe — salary-slip queries, salary-account changes, tax declarations and withholding
 * (Form 12BB, W-4, P60, PIT-11 named as plain text), provident-fund and pension transfers (UAN-like
 * numbers as look-alikes), health-insurance enrolment with dependants, reimbursements, full-and-final
 * settlements, leave balances, employment verification for banks and landlords, HRIS exports as CSV
 * and pipe tables, and Slack/Teams chat between HR staff. Employee IDs, cost centres, payroll run IDs,
 * CTC figures, percentages, leave counts and benefit plans named after people or places are hard
 * negatives next to the real PII. Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH74_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'HR ticket {~TICKET} | Payroll > Salary slip\nRaised by: {NAME} (Emp ID IN-004417, cost centre CC-2210 Finance Ops)\nIssue: March payslip shows basic {~PRICE} but the offer letter says CTC ₹14,20,000 p.a. Please recheck run PRUN-2025-03-IN before {~DATE}.',
    'Bank change request approved for {NAME_REV}. Old a/c ending 4471 retired; new salary account with IFSC {IFSC}, effective payroll cut-off {~DATE}. Verified on call at {PHONE} by {FIRST} (HRSS L1).',
    'emp_id,name,email,mobile,pan,cost_centre,ctc_inr\nE10293,"{NAME_REV}",{EMAIL},{PHONE},{PAN},CC-4410,1840000\nE10294,"{NAME_REV}",{EMAIL},{PHONE},{PAN},CC-4410,2150000\nE10295,"{NAME_REV}",,{PHONE},{PAN},CC-4412,975000',
    'EmpNo | Name | NINO | Tax code | P60 issued\n70215 | {NAME} | {NINO} | 1257L | {~DATE}\n70216 | {NAME_UP} | {NINO} | BR | pending\n70219 | {NAME_REV} | {NINO} | 0T M1 | pending',
    'Case {~TICKET}: {NAME} submitted a new Form W-4 (married filing jointly, Step 3 dependents $4,000, extra withholding $75). SSN on file {SSN}; payroll group US-BIWEEKLY-02, next check date {~DATE}. Contact: {EMAIL}.',
    'Withholding query — {NAME_REV}, nonresident alien, ITIN {ITIN}. Treaty article 21(2) claimed on Form 8233; 30% default withholding reversed for pay periods 14–16. Owner: {NAME_INIT}, Payroll Tax (ext. 4417).',
    'EPF transfer via Form 13: {NAME}, UAN {~VERHOEFF_INVALID_12}, previous PF a/c DL/CPM/0012345/000/0004412, Aadhaar seeded {AADHAAR}. Employer share 12% of basic; EPS 8.33% capped at ₹15,000. Claim {~TICKET} pending since {~DATE}.',
    'Pension transfer in from Aviva to the Nelson Group Personal Pension for {NAME} (NI {NINO}). Salary sacrifice 5%, employer match 4%, AVC £150/month. Ring {PHONE} only after {~TIME}, per the employee’s note.',
    'Benefits enrolment {~UUID}\nEmployee: {NAME} — plan: Star Health Family Floater ₹5L\nSpouse: {NAME}\nSon: {FIRST}, age 6\nFather (parental top-up): {NAME}\nNominee mobile {PHONE}',
    'Leave balance check for {NAME} (E-33817, Engineering, {~JOB_TITLE}): PL 14.5, SL 6, CL 2, comp-off 1. Carry-forward cap 30 days; encashment at 1/26 of basic on exit. Next review {~MONTH}.',
    'Gehaltsabrechnung Februar: Frau {LAST} bittet um Korrektur der Steuerklasse (III statt I) ab Abrechnungsmonat 03/2025. Neue IBAN {IBAN}, Rückruf unter {PHONE_EU}. Personalnummer 004512, Kostenstelle 7310, Bruttogehalt 4.850 €.',
    'Mme {LAST} ({EMAIL_SPELT}) demande une attestation employeur pour France Travail; salaire brut mensuel 3 450 €, 12 jours de RTT restants. Matricule FR-88102, service Paie Lyon.',
    'Hi {FIRST},\nYour salary certificate for FY 2024-25 is attached (gross ₹21,60,000; TDS ₹2,84,300 as per Form 16 Part B). Investment proofs for Form 12BB close on {~DATE}.\nThanks & regards,\n{NAME}\nHR Shared Services | Bengaluru\nPh: {PHONE}',
    'Payroll run PRUN-2025-04-UK closed at {~TIME}: 1,284 employees, gross £4,912,330.18, 3 exceptions. Exception 2: {NAME} (70331) tax code changed to K475 by HMRC, NINO {NINO} — check with {EMAIL}.',
  ],
  whatsapp: [
    '[Teams] {FIRST}: hey can u check why {name} got only {~PRICE} in feb? run id PRUN-2025-02-IN, cost centre CC-2210\n[Teams] {FIRST}: looking. LOP is 3 days acc to Darwinbox, so thats right i think',
    'hi {name}, this is {FIRST} from HR shared services 🙂 pls share ur Form 12BB + rent receipts by {~DATE} warna TDS old regime rate pe katega',
    'bhai {name} ka salary account change karna hai, new IFSC {IFSC} hai, payroll lock {~WEEKDAY} ko hai so jaldi karo 🙏',
    '@{name} the P60s for 2024-25 are out, {NAME_INIT} says the NI number {NINO} on hers is wrong – can u call her on {PHONE}?',
    '{FIRST} 10:42\nwho owns the Lincoln Dental PPO renewal?\n{FIRST} 10:44\nme. also {NAME} from Austin wants to add her newborn, SSN pending so using ITIN {ITIN} for now??\n{FIRST} 10:45\nno, dependents need an SSN. ping {EMAIL}',
    'ok so F&F for {name} is ₹2,84,310 incl gratuity (15/26 × last basic × 5 yrs) and 11 days leave encashment. notice recovery 0. releasing on {~DATE} 👍',
    'hola {FIRST}, la nómina de marzo ya está. Tu IRPF sube al 17% por el cambio de tramo. Si necesitas el certificado de retenciones escríbeme a {EMAIL_SPELT} o llámame al {PHONE_EU}',
    'cześć {FIRST}, PIT-11 za 2024 wysłany mailem. {NAME} pyta czy PESEL {PESEL} jest dobrze wpisany w systemie, bo w ZUS widzi inny 🤔',
    'pls update mobile in HRIS for {NAME} (E-20871): old {PHONE} → new {PHONE}. she lost the old sim',
    'guten Morgen {FIRST}, kurze Frage: Herr {LAST} hat seine Lohnsteuerbescheinigung nicht bekommen. Personalnr. 118204, Abrechnungskreis DE02. Kannst du ihn unter {PHONE_EU} zurückrufen?',
    'thanks {FIRST}! reminder the Hyderabad Benefits Fair is on {~WEEKDAY}, {~TIME}, 3rd floor cafeteria 🎉 bring ur dependants list for the Bajaj Allianz top-up',
    '{name}: my payslip says PAN {PAN} but mine ends diff, its a typo na?\nHR Bot: Thanks {FIRST}, ticket {~TICKET} raised. SLA 3 working days.',
    'fyi {name} joined today, {~JOB_TITLE}, band L3, CTC 9.5 LPA. her personal mail is {EMAIL_SPELT} till the corp id is live',
  ],
  kyc: [
    'New joiner form — India\nFull name: {NAME_UP}\nPAN: {PAN}\nAadhaar: {AADHAAR}\nUAN (if any): {~VERHOEFF_INVALID_12}\nSalary a/c IFSC: {IFSC}\nMobile: {PHONE}\nDate of joining: {~DATE}\nGrade: L4, CTC ₹18,40,000',
    'Onboarding checklist for {NAME} ({~JOB_TITLE}, Dept 4410 – Revenue Ops)\nSSN: {SSN}\nW-4 received: yes, extra withholding $50/paycheck\nDirect deposit: routing 021000021 / acct xxxx7731\nEmergency contact: {NAME} (spouse), {PHONE}',
    'HMRC starter checklist: {NAME_REV}, NINO {NINO}, Statement B, student loan Plan 2. P45 from previous employer shows pay to date £18,204.55 and tax £2,311.20. Start date {~DATE}.',
    'Alta en Seguridad Social: {NAME}, DNI {NIF}, IBAN para nómina {IBAN}, móvil {PHONE_EU}. Contrato indefinido, grupo de cotización 3, salario bruto anual 32.500 €.',
    'Kwestionariusz osobowy pracownika: {NAME}, PESEL {PESEL}, nr rachunku {IBAN}, tel. {PHONE_EU}. Stanowisko: {~JOB_TITLE}, etat 1/1, PPK: 2% + 1,5% pracodawcy.',
    'Expat payroll file for {NAME}: passport {PASSPORT}, PAN {PAN}, US SSN {SSN}. Tax equalisation via Deloitte; hypothetical tax 22%. Assignment Pune → Chicago from {~DATE}.',
    'Corrección de datos: el NIF {~NIF_INVALID} que figura en la nómina de {NAME} es erróneo; el correcto es {NIF}. Afecta al modelo 190 y al certificado de retenciones de {~MONTH}.',
    'Dependant declaration (Group Mediclaim policy GMC/2025/00417)\nSelf: {NAME}, Emp ID 30918\nSpouse: {NAME}\nDaughter: {FIRST} (born 2019)\nMother-in-law: {NAME}\nSum insured ₹5,00,000 + ₹3,00,000 parental top-up; premium share ₹7,812/yr via payroll.',
    'Aadhaar seeding mismatch for {NAME}: EPFO shows {~VERHOEFF_INVALID_12}, employee provided {AADHAAR}. KYC status on the UAN portal: pending approval. Contact {EMAIL} or {PHONE}.',
  ],
  refund: [
    'Reimbursement claim {~INVOICE}\nClaimant: {NAME} (E-11873, CC-3120 Sales West)\nType: internet + mobile, Apr–Jun\nAmount: {~PRICE} (cap ₹1,500/month)\nPay to: salary account, IFSC {IFSC}\nApprover: {NAME_INIT}',
    'Full & final settlement — {NAME_REV}\nLast working day: {~DATE}\nNotice shortfall: 18 days (₹41,220 recovery)\nLeave encashment: 22 days\nGratuity: ₹3,12,500\nNet payable: {~PRICE}\nPAN {PAN} for Form 16; mail a copy to {EMAIL}',
    'Expense report rejected: {NAME} claimed $1,248.60 for the Denver offsite but the corporate card {CARD} was already charged. Resubmit without the hotel line; ref {~INVOICE}.',
    'Hi, this is {NAME}, my medical reimbursement {~TICKET} for my mother’s cataract surgery (₹48,000 under the Apollo Parents Plan) is still not credited. Please call {PHONE} or mail {EMAIL_SPELT}.',
    'Overpayment recovery for {NAME}, NI {NINO}. Paid £3,412.60 net in error on the 28th; agreed to repay via 3 deductions of £1,137.53 from {~MONTH}. Refund-to-employer account: {IBAN}.',
    'Reembolso de gastos de {NAME}: kilometraje 412 km × 0,26 €/km = 107,12 €, dietas 2 días. Abonar en la cuenta {IBAN}. Centro de coste 5520-MAD.',
    'Zwrot kosztów dojazdu dla {NAME_REV}: 1 248,00 zł, faktura {~INVOICE}, przelew na {IBAN}. Kontakt: {EMAIL}.',
    'F&F hold: {NAME} (emp 22190) - laptop {~SERIAL} not returned, asset recovery ₹62,000 to be adjusted against bonus of {~PRICE}. Payout via UPI not allowed; employee shared {UPI} anyway, pls ignore.',
  ],
  lead: [
    'Employment verification request from HDFC Bank home-loan desk: applicant {NAME}, PAN {PAN}, claims gross monthly salary ₹1,53,000 and tenure since {~DATE}. Please confirm on letterhead to {EMAIL}. Loan ref {~ORDER}.',
    'Hello, I am {NAME_INIT} from Greenwood Lettings. Your employee {NAME} has applied for a {~ROOMS} flat on {~STREET}; could you confirm salary (£48,000 p.a. stated) and permanent status? Call me on {PHONE} — thanks.',
    'VOE request: {NAME_REV}, SSN last four 6621, title {~JOB_TITLE}, hire date 2019-08-12, base $92,500 + 10% bonus target. Requester: Wells Fargo Home Mortgage. Reply to {EMAIL} by {~DATE}.',
    'Background check for candidate {NAME}: previous employer Infosys, emp code 812277, designation Senior Consultant, last drawn CTC ₹24 LPA, reason for leaving relocation. Consent form {~UUID}. Verifier: {NAME} {PHONE}',
    'Bonjour, je suis {NAME} de l’agence Foncia. M. {LAST} a déposé un dossier de location ; pouvez-vous confirmer son contrat (CDI depuis {~DATE}, net mensuel 2 980 €) ? Tél. {PHONE_EU}, e-mail {EMAIL}.',
    'Dzień dobry, bank PKO prosi o zaświadczenie o zatrudnieniu i zarobkach dla Pani {LAST} (PESEL {PESEL}). Średnie wynagrodzenie netto z 3 miesięcy: 7 412,35 zł. Odpowiedź na {EMAIL}.',
    'Guten Tag, hier ist {NAME} von der Sparkasse Köln. Für den Kreditantrag von Herrn {LAST} benötigen wir eine Gehaltsbestätigung (netto 3.870 €). Rückfragen gern unter {PHONE_EU} oder {EMAIL_SPELT}.',
    'Tenant reference for {NAME} — employer section\nEmployer: Northwind Shared Services Ltd\nPosition: {~JOB_TITLE}\nAnnual salary: £41,250\nContract: permanent, probation passed {~DATE}\nReferee: {NAME}, HR Advisor, {PHONE}\nSigned: {NAME_INIT}',
  ],
};
