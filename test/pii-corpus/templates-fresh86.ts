/**
 * Blind evaluation set 86: funeral homes, cremation and memorial services. Arrangement intake (the
 * deceased and the next of kin), death-certificate and municipal paperwork, cremation and burial
 * slot bookings, obituary and condolence-page drafts, priest/pandit/officiant scheduling, flower and
 * catering orders, invoices, insurance and bank claim letters, and family WhatsApp coordination, in
 * India, the US, the UK and Europe (with Spanish, Italian, German, Polish and French lines).
 * Hard negatives sit next to the real PII: dates, times, ages, chapels and halls named after saints
 * or people (St. Mary's Chapel, Sant Nirankari Bhawan, Cimitero Monumentale), plot and row numbers,
 * certificate, invoice and order numbers, prices, religious terms (antim sanskar, terahvi, shraddh,
 * requiem), hymn titles, lowercase chat names, greetings and signatures.
 *
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH86_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Arrangement intake — Deceased: {NAME}, age 84, passed peacefully at home on {~DATE}. Next of kin: {NAME} (son), mobile {PHONE}, email {EMAIL}. Service requested: requiem at St. Mary\'s Chapel, {~WEEKDAY} {~TIME}.',
    'Case file {~TICKET}\nDeceased: {NAME_REV}\nInformant: {NAME}\nRelationship: daughter\nPhone: {PHONE}\nPlot: Section 4, Row C, Grave 17 (Greenwood Memorial Park)\nDeposit received: {~PRICE}',
    'Called {FIRST} back about the antim sanskar timing at Nigambodh Ghat. Family prefers the electric crematorium, slot {~TIME} on {~DATE}. Pandit ji to be arranged by us; contact brother-in-law {NAME} on {PHONE}.',
    'Note for the director: Mrs. {LAST} would like "Abide with Me" and "The Lord\'s My Shepherd" at the committal. Her nephew {NAME_INIT} will read the eulogy. Limousine x2, order {~ORDER}.',
    'Municipal paperwork: death certificate application {~REF_EU} lodged with the ward office on {~DATE}. Hospital MCCD received. Applicant {NAME}, Aadhaar {AADHAAR}, relation: wife. Collect copies after {~WEEKDAY}.',
    'Repatriation enquiry: body of {NAME} to be flown from {~CITY} to Kochi. Passport of deceased {PASSPORT}; embassy NOC pending. Family contact {NAME} at {EMAIL}. Quote {~INVOICE}, {~PRICE}.',
    'Fiche d\'organisation — Défunt : {NAME}, 91 ans. Contact famille : {NAME}, tél. {PHONE_EU}. Cérémonie à l\'église Saint-Sulpice le {~DATE} à {~TIME}, puis crémation au crématorium du Père-Lachaise.',
    'Officiant schedule, {~MONTH}: Fr. {LAST} — funeral Mass at Our Lady of Lourdes, {~DATE}; Rev. {NAME} — graveside, Plot 212B; celebrant {NAME_INIT} — humanist service, Chapel of Rest 2. Flowers order {~ORDER}.',
    'Planilla de servicio: difunto {NAME}, DNI {NIF}. Velatorio en Tanatorio San Isidro, sala 3, del {~DATE} a las {~TIME}. Responsable de la familia: {NAME}, móvil {PHONE_EU}. Presupuesto {~PRICE}.',
    'Pre-need plan review with {NAME} (DOB on file, age 72). Plan ref {~UUID}. Wants cremation, no viewing, ashes scattered at Lake Tahoe. Emergency contact {NAME}, {PHONE}. Next review {~MONTH} 2026.',
    'Hi {FIRST},\nThank you for trusting us with your father\'s arrangements. The memorial at St. Joseph\'s Hall is confirmed for {~DATE} at {~TIME}.\nWith deepest sympathy,\n{NAME}\nFuneral Director, Hartley & Sons',
    'Rejestracja pochówku: zmarły {NAME}, PESEL {PESEL}. Cmentarz Rakowicki, kwatera LXII, rząd 8, miejsce 14. Dysponent pochówku: {NAME}, tel. {PHONE_EU}. Msza żałobna {~DATE}, godz. {~TIME}.',
  ],
  whatsapp: [
    'sab log dhyan de: papa ka antim sanskar kal {~TIME} baje Lodhi Road crematorium mein hai 🙏 koi bhi issue ho to {name} bhaiya ko call karo {PHONE}',
    'terahvi ka khana confirm ho gaya, 150 plates, {~PRICE} advance diya hai. caterer ka number {PHONE}, naam {FIRST} 🙏',
    '{name}: pandit ji ne shraddh ke liye {~DATE} bola hai\n{name}: ok, main Sant Nirankari Bhawan book kar deta hu\n{name}: 👍',
    'om shanti 🙏 {FIRST} ji, nani ki condolence meeting {~WEEKDAY} ko 4 to 6 hai, Arya Samaj Mandir, Sector 21',
    'for the flowers pls pay {UPI} — white lilies + marigold garlands, order {~ORDER}, total {~PRICE}',
    'hey all, uncle {NAME} is flying in from London, landing {~TIME}. can someone pick him up? his UK no is {PHONE}',
    'ciao a tutti, il funerale di nonna sarà {~WEEKDAY} alle {~TIME} nella chiesa di San Lorenzo, poi sepoltura al Cimitero Monumentale. per info {FIRST}: {PHONE_EU} 🕊️',
    'hola familia, el tanatorio nos pide los datos de {NAME} y copia del DNI {NIF}. se lo mando yo a {EMAIL} 🙏',
    'kochani, pogrzeb taty jest {~DATE} o {~TIME}, Cmentarz Powązkowski, brama nr 2. dzwońcie do {name} {PHONE_EU} jakby co 🕯️',
    'the funeral home emailed the obituary draft, pls check spelling of mum\'s name {NAME} before they publish on {~DATE}. reply to {EMAIL}',
    'Hallo zusammen, die Trauerfeier für Opa ist am {~DATE} um {~TIME} in der Friedhofskapelle St. Marien. Ansprechpartner: {NAME}, {PHONE_EU}',
    'thank you {FIRST} for the food 🙏 love, {name}',
  ],
  kyc: [
    'Death claim — life insurance policy {~REF_EU}. Insured: {NAME_UP}, PAN {PAN}, died {~DATE}. Nominee: {NAME}, Aadhaar {AADHAAR}, bank IFSC {IFSC}. Death certificate reg. no. {~INVOICE} attached.',
    'Claimant details\nName: {NAME}\nRelationship to deceased: spouse\nSSN: {SSN}\nPhone: {PHONE}\nEmail: {EMAIL}\nDeceased: {NAME}, SSN {SSN}\nCertified copies ordered: 6',
    'Bank nominee settlement: account holder late Shri {NAME}, PAN {PAN}. Nominee {NAME}, passport {PASSPORT}, to receive funds at IFSC {IFSC}. Branch ref {~UTR}. Terahvi date noted only for file: {~DATE}.',
    'UK bereavement notification: {NAME} (deceased), National Insurance number {NINO}. Executor: {NAME}, NI {NINO}, tel {PHONE}. Tell Us Once reference {~TICKET}. Funeral at St Andrew\'s Church on {~DATE}.',
    'Declaración de defunción — Fallecido: {NAME_REV}, DNI {NIF}. Declarante: {NAME}, NIE {NIF}. Registro Civil de {~CITY}, tomo 112, folio 48. Cuenta para el seguro de decesos: {IBAN}.',
    'Zgłoszenie zgonu: {NAME}, PESEL {PESEL}. Osoba zgłaszająca: {NAME}, PESEL {PESEL}. Akt zgonu nr {~REF_EU}. Zasiłek pogrzebowy ZUS 4000 zł przelać na {IBAN}.',
    'Estate vendor onboarding — funeral caterer {NAME}, GSTIN {GSTIN}, PAN {PAN}, payouts to {UPI}. Order {~ORDER} for shraddh bhoj, 80 guests, {~PRICE}.',
    'Probate checklist for the estate of {NAME_UP}: ITIN of non-resident heir {NAME} is {ITIN}; heir email {EMAIL}. Burial plot deed No. 4471, Row 9, Holy Cross Cemetery.',
    'Versicherungsfall Sterbegeld: Verstorbene {NAME}, geboren 1938. Antragsteller {NAME}, IBAN {IBAN}, Tel. {PHONE_EU}. Sterbeurkunde Nr. {~REF_EU} vom Standesamt {~CITY}.',
    'Déclaration de décès — {NAME}, 87 ans. Déclarant : {NAME_REV}, courriel {EMAIL_SPELT}. Versement du capital décès sur {IBAN}. Inhumation au cimetière Saint-Roch, allée 6, tombe 23.',
    'Cremation authorisation form\nApplicant: {NAME}\nAadhaar: {AADHAAR}\nMobile: {PHONE}\nDeceased: {NAME}, age 67\nCrematorium: Harishchandra Ghat, slot {~TIME}, {~DATE}\nReceipt: {~INVOICE}',
  ],
  refund: [
    'Dear Sir/Madam, we cancelled the catering for my mother\'s prayer meeting ({~DATE}) as the venue changed to Sant Nirankari Bhawan. Please refund {~PRICE} paid by card {CARD}. Order {~ORDER}. — {NAME}, {PHONE}',
    'Refund request: the wreath (order {~ORDER}) for the funeral of {NAME} arrived after the service at St. Mary\'s Chapel. Please return {~PRICE} to {UPI}. Thank you, {FIRST}.',
    'Invoice {~INVOICE} — Hartley & Sons Funeral Directors\nClient: {NAME}\nCremation fee {~PRICE}\nOfficiant {~PRICE}\nOverpaid by {~PRICE}; refund to IBAN {IBAN}\nQueries: {EMAIL}',
    'Hello, our booking for the crematorium slot at {~TIME} was charged twice. My statement shows card {CARD} debited twice, {~PRICE} each. Ticket {~TICKET}. Regards, {NAME_INIT}',
    'Solicito la devolución del anticipo ({~PRICE}) por la corona de flores no entregada para el funeral de {NAME}. Pedido {~ORDER}. Titular: {NAME}, DNI {NIF}, cuenta {IBAN}.',
    'Prośba o zwrot: zamówiłam wieniec i znicze (zamówienie {~ORDER}, {~PRICE}) na pogrzeb {~DATE}, ale kwiaciarnia nie dostarczyła. Proszę o zwrot na {IBAN}. {NAME}, tel. {PHONE_EU}',
    'Rimborso richiesto da {NAME} per il servizio fotografico annullato al funerale in Basilica di Sant\'Ambrogio, fattura {~INVOICE}, importo {~PRICE}. IBAN {IBAN}, cell. {PHONE_EU}.',
    'Good afternoon, the obituary in the Sunday edition printed "{NAME}" with a wrong date of birth, so we would like the {~PRICE} listing fee refunded. Ref {~TICKET}. Kind regards, {NAME}, {EMAIL}',
    'pandit dakshina was paid twice, {~PRICE} via {UPI} and again in cash. pls refund the UPI one. UTR {~UTR}. {name}',
    'Refund owed to {NAME_REV}: unused chapel hours at Chapel of St. Francis, {~QUANTITY} of printed order-of-service booklets returned (SKU {~SKU}). Paid by {CARD}, amount {~PRICE}.',
    'Bonjour, suite au report des obsèques de ma tante au {~DATE}, merci de rembourser la location de la salle Sainte-Thérèse ({~PRICE}). Facture {~INVOICE}. Cordialement, {NAME}, {PHONE_EU}',
  ],
  lead: [
    'New enquiry via website: {NAME} is looking for a simple cremation package for her father, who is in hospice care. Budget around {~PRICE}. Best reached at {PHONE} after {~TIME}.',
    'Lead from condolence page: "{FIRST} here, my grandmother passed on {~DATE}. Do you arrange burial at Hillside Cemetery and a reception for 60? Email {EMAIL}."',
    'Web form\nName: {NAME}\nEmail: {EMAIL}\nPhone: {PHONE}\nService: green burial\nPreferred date: {~DATE}\nMessage: Mum wanted "Amazing Grace" and no black clothing.',
    'Enquiry (IN): {NAME} wants antim sanskar + terahvi arrangements in {~CITY}, including pandit, samagri and 200-plate catering. Callback {PHONE}. Source: Google Ads, campaign {~UUID}.',
    'Florist partnership lead: {NAME}, owner of Lily & Rose, {~STREET}. GSTIN {GSTIN}. Wants to supply sympathy wreaths for our three branches. Email {EMAIL}.',
    'Richiesta preventivo: {NAME} chiede cremazione e cerimonia di commiato presso la Sala del Commiato San Giuseppe, per circa 40 persone. Contatto {PHONE_EU}, mail {EMAIL}.',
    'Anfrage über das Kontaktformular: {NAME} möchte eine Seebestattung in der Ostsee für den {~MONTH} planen. Rückruf unter {PHONE_EU}. Angebot {~INVOICE} folgt.',
    'Consulta: {NAME} pregunta por nichos en el Cementerio de la Almudena, fila 5, y misa de réquiem en la parroquia de San Ginés. Escribir a {EMAIL_SPELT}.',
    'Zapytanie: {NAME} szuka domu pogrzebowego w {~CITY}, pochówek tradycyjny, msza w kościele św. Anny. Kontakt {PHONE_EU} lub {EMAIL}.',
    'Walk-in lead, {~WEEKDAY} {~TIME}: Mr. {LAST} and his daughter {FIRST} asked about pre-paid funeral plans for two, approx. {~PRICE}. No phone left; follow up via {EMAIL}.',
    'Referral from St. Luke\'s Hospice chaplain: family of {NAME}, age 58. Contact {NAME} on {PHONE}. Catholic, requests Fr. {LAST} for the requiem Mass; "Ave Maria" at the end.',
  ],
};
