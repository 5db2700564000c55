/**
 * Blind evaluation set 92: temples, churches, gurdwaras, mosques and the trusts that run them, in
 * India, the US, the UK and Europe (with Spanish, Italian, Polish and German lines). Donation
 * receipts (80G receipts with the donor's PAN, Gift Aid declarations, US year-end tax receipts),
 * puja, seva and Mass bookings, festival volunteering, prasad and langar logistics, hall bookings
 * for weddings, priest and choir rosters, member directories and community WhatsApp groups.
 *
 * Hard negatives sit right next to the real PII: deities' and saints' names used as the names of
 * places, halls and festivals (Sri Venkateswara Temple, St. Joseph's Church, Guru Nanak Jayanti,
 * Ganesh Chaturthi, Santa Maria), hymn and prayer titles, receipt and booking numbers, trust
 * registration numbers, amounts in ₹/$/€/£, dates and times, lowercase chat names, greetings and
 * signatures.
 *
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH92_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    "Donor note: {NAME} ({PHONE}) pledged {~PRICE} towards the Sri Venkateswara Temple gopuram renovation. Receipt {~INVOICE} to be sent after Ganesh Chaturthi.",
    "Member directory entry\nName: {NAME}\nMobile: {PHONE}\nEmail: {EMAIL}\nFamily gotra noted for archana. Prefers the 7:00 AM Suprabhatam slot on {~WEEKDAY}s.",
    "Hall booking SJ-{~OTP}: St. Joseph's Church parish hall reserved for the wedding reception of {NAME} and {NAME} on {~DATE}, {~TIME} to 11 pm. Deposit {~PRICE} received, balance due in {~MONTH}.",
    "Priest roster for Navaratri: Pandit {NAME} (Durga Saptashati, 6:30 AM), Pandit {NAME_INIT} (evening aarti, {~TIME}). Contact the temple office if a swap is needed, or call {FIRST} on {PHONE}.",
    "Gift Aid log, St. Mary's Parish (Registered Charity No. 1123456): declaration on file for {NAME}, envelope no. 214, weekly £10.00. Last claim batch {~REF_EU} submitted to HMRC on {~DATE}.",
    "Gurdwara Sahib committee note: {NAME} volunteered to coordinate langar sewa for Guru Nanak Jayanti. roti target per shift: {~QUANTITY}; atta order {~PO} placed with the supplier in {~CITY}.",
    "Choir roster, Christ the King Cathedral, Sunday {~DATE}\nSoprano: {NAME}\nAlto: {NAME_REV}\nTenor: {FIRST}\nOrganist: {NAME_INIT}\nHymns: Amazing Grace, How Great Thou Art, Ave Maria (Schubert).",
    "Masjid office: Zakat contribution from {NAME} received at the office counter; ref {~TICKET}. Iftar sponsorship for the 27th night of Ramadan confirmed. Reply to {EMAIL}.",
    "name,phone,email,seva,date\n{NAME},{PHONE},{EMAIL},Abhishekam,{~DATE}\n{NAME},{PHONE},{EMAIL},Sahasranama Archana,{~DATE}",
    "Follow-up: {NAME} asked about naming ceremony (namakaranam) at Sri Ganesha Mandir on {~DATE}. Told them the Lakshmi Narayan Hall holds {~ROOMS}; quote {~PRICE} incl. priest dakshina.",
    "Regards,\n{NAME}\nHon. Treasurer, Shri Radha Krishna Temple Trust\nPublic Trust Reg. No. E-4521 (Mumbai) · 80G approval CIT(E)/80G/2021-22/1187\nMobile {PHONE}",
    "Parroquia de San José — nota: {NAME_REV} solicita certificado de donativos para la Renta; NIF {NIF}, teléfono {PHONE_EU}. Importe anual {~PRICE}. Enviar antes del {~DATE}.",
  ],
  whatsapp: [
    "jai shri krishna 🙏 {name} ji, prasad packets for Janmashtami are ready at the Radha Krishna temple counter, collect after {~TIME}",
    "waheguru ji ka khalsa waheguru ji ki fateh 🙏 langar sewa tomorrow 5 am, {name} please bring 2 bags dal. any issue call {PHONE}",
    "{FIRST}: anyone free to help set up chairs in Sacred Heart Hall on {~WEEKDAY}? Father {LAST} said Mass starts at {~TIME}",
    "ganpati bappa morya!! 🌺 Ganesh Chaturthi visarjan volunteers list: {name}, {name}, {name}. reporting at Gate 2 by {~TIME}",
    "bhaiya donation ka receipt nahi aaya, I paid {~PRICE} to {UPI} for Annadanam. UTR {~UTR}. name {NAME}",
    "Eid Mubarak everyone 🌙 Eid ul-Fitr prayer at the Central Masjid at 8:30 AM, second jamaat at 10. Parking volunteers contact {FIRST} on {PHONE}",
    "[{~DATE}, {~TIME}] {name}: Hanuman Chalisa path this Saturday at Sri Hanuman Mandir, 108 times 🙏\n[{~DATE}, {~TIME}] {name}: count me in, adding my mother's number {PHONE}",
    "ciao a tutti! Festa di Santa Maria Assunta il 15 agosto ✨ per la processione scrivete a {FIRST} al {PHONE_EU} o {EMAIL}",
    "Szczęść Boże! 🙏 Odpust parafialny św. Jana Pawła II w niedzielę. Ks. {NAME} prosi o ministrantów na {~TIME}. Kontakt: {PHONE_EU}",
    "Hallo zusammen, Pfarrfest St. Michael am {~DATE}. Kuchenspenden bitte bei {NAME} melden, Tel. {PHONE_EU} 🎉",
    "admin: pls don't forward this group's numbers outside 🙏 new member {name} added ({PHONE}). welcome to Sri Venkateswara Balaji Temple volunteers!",
    "thank you {FIRST} for the flowers for Durga Puja pandal 🌼 ma durga bless you. total {~PRICE} reimbursed, ref {~ORDER}",
  ],
  kyc: [
    "80G donation receipt {~INVOICE}\nReceived with thanks from {NAME_UP}, PAN {PAN}, the sum of {~PRICE} towards the Sri Venkateswara Temple Trust corpus fund on {~DATE}.\nMode: UPI, UTR {~UTR}. This donation is eligible for deduction u/s 80G.",
    "Form 10BE details — Donor: {NAME}; PAN: {PAN}; Aadhaar (if PAN not available): {AADHAAR}; Address PIN {~PINCODE}; amount {~PRICE}. Trust PAN withheld on the printed copy.",
    "FCRA foreign contribution from {NAME}, passport no. {PASSPORT}, for the Guru Nanak Jayanti langar fund. Remitted by SWIFT; beneficiary account at IFSC {IFSC}. Reference {~REF_EU}.",
    "Gift Aid declaration — St. Joseph's Church, Leeds\nDonor: {NAME}\nI am a UK taxpayer and want all my donations to be treated as Gift Aid.\nEmail: {EMAIL}\nPayroll Giving (Give As You Earn), NI number {NINO}.\nSigned {~DATE}",
    "Year-end contribution statement, Holy Trinity Lutheran Church. {NAME}, total cash gifts {~PRICE} for 2024. No goods or services were provided in exchange. Clergy housing allowance file: Rev. {NAME}, SSN {SSN}.",
    "Priest visa sponsorship checklist: Archaka {NAME}, passport {PASSPORT}, R-1 petition for Sri Siva Vishnu Temple. US tax ID pending; ITIN {ITIN} issued {~DATE}.",
    "Volunteer DBS check, St. Anne's Parish youth choir\nName: {NAME_REV}\nCheck requested: {~DATE}\nNational Insurance: {NINO}\nContact: {PHONE}",
    "Certificado de donación — Parroquia Virgen del Pilar. Donante: {NAME}, NIF {NIF}. Importe: {~PRICE}. Fecha: {~DATE}. NIF de control rechazado previamente: {~NIF_INVALID}.",
    "Zaświadczenie o darowiźnie na cele kultu religijnego — Parafia Matki Bożej Częstochowskiej. Darczyńca: {NAME}, PESEL {PESEL}. Kwota: {~PRICE}, przelew na rachunek parafii z {IBAN}.",
    "Gurdwara Sahib trust: 80G receipt re-issued for {NAME} after PAN correction. Old PAN on file was mistyped; correct PAN {PAN}. Aadhaar {AADHAAR} verified, dummy {~VERHOEFF_INVALID_12} rejected.",
    "Mosque building fund, Zakat & Sadaqah register: {NAME_UP} | PAN {PAN} | {~PRICE} | receipt {~TICKET} | GSTIN of catering vendor {GSTIN}",
  ],
  refund: [
    "Refund request: {NAME} booked Satyanarayan Puja (booking {~ORDER}) for {~DATE} but the family is travelling. Please refund {~PRICE} to UPI {UPI}.",
    "Hi, I made a duplicate online donation of {~PRICE} to St. Joseph's Church Christmas appeal. Card {CARD}, transaction {~TICKET}. Could you reverse one? — {NAME}",
    "Wedding hall cancellation, Guru Ramdas Hall, booking {~INVOICE}. The deposit {~PRICE} will be returned to account {IBAN} held by {NAME_REV} within 10 working days.",
    "Dear {FIRST},\nYour Abhishekam seva scheduled for {~WEEKDAY} was cancelled due to the temple's annual Brahmotsavam. The amount of {~PRICE} has been credited back to your card. Ref {~UTR}.\nHari Om,\nSri Venkateswara Temple Seva Desk",
    "Pilgrimage refund: {NAME} and {NAME} withdrew from the parish trip to Santa Maria Maggiore and Assisi. Refund {~PRICE} less €50 non-refundable fee. Contact {EMAIL}.",
    "Reembolso solicitado por {NAME}: reserva del salón parroquial de Santa María para una comunión, {~DATE}. Transferir {~PRICE} a {IBAN}. Tel. {PHONE_EU}.",
    "bro I paid twice for the Diwali Lakshmi Puja kit 😕 {~PRICE} each, order {~ORDER}. refund to {UPI} pls. {name}",
    "Rimborso offerta: {NAME} ha versato due volte per la Messa in suffragio a San Lorenzo. IBAN per il rimborso: {IBAN}. Riferimento {~REF_EU}.",
    "Card {CARD} was charged £25.00 for the Easter flower fund by mistake; the donor {NAME_INIT} asked for it back. Note: old card {~LUHN_INVALID_16} declined.",
    "Zwrot ofiary za intencję mszalną: {NAME}, konto {IBAN}, kwota {~PRICE}. Msza przeniesiona na {~DATE}, {~TIME}.",
    "US Bank ACH reversal for Holy Cross Church building fund: donor {NAME}, routing on file, amount {~PRICE}, statement date {~DATE}. Tax receipt {~INVOICE} voided and re-issued to {EMAIL}.",
  ],
  lead: [
    "Enquiry from {NAME}: looking to book the Sri Ganesha Mandir marriage hall for {~DATE}, around 300 guests, veg catering. Please call {PHONE} or write to {EMAIL}.",
    "New member form — St. Mary's Catholic Parish\nName: {NAME}\nPhone: {PHONE}\nEmail: {EMAIL}\nInterests: choir, Sunday school\nPrevious parish: Our Lady of Lourdes, {~CITY}",
    "Hi, this is {FIRST}. We'd like our baby's baptism at St. Joseph's Church after the 10:30 AM Mass. My email is {EMAIL_SPELT} 🙂",
    "Volunteer sign-up for Ganesh Chaturthi: {NAME} ({PHONE}), available {~WEEKDAY} evenings, happy to help with prasad distribution and shoe stand.",
    "Website contact form, Gurdwara Sahib Southall: name {NAME}, message 'Would like to sponsor an Akhand Path and langar on {~DATE}', phone {PHONE}. Submitted from {IP}.",
    "Interested in the Jumu'ah khutbah live stream and Arabic classes for kids — {NAME}, {PHONE}. Saw the flyer at the Masjid al-Noor bookstall.",
    "Buongiorno, sono {NAME}. Vorremmo sposarci nella Chiesa di Santa Maria della Pace il {~DATE}. Potete richiamarmi al {PHONE_EU}? Grazie.",
    "Hola, me llamo {NAME} y quiero apuntarme al coro de la Parroquia de San Francisco de Asís. Mi correo: {EMAIL}.",
    "Dzień dobry, {NAME} z tej strony. Chciałbym zamówić mszę w intencji rodziców na {~DATE}. Mój telefon: {PHONE_EU}.",
    "Guten Tag, mein Name ist {NAME}. Wir planen eine Taufe in St. Marien im {~MONTH}. Erreichbar unter {PHONE_EU} oder {EMAIL}.",
    "lead from temple app {~VERSION}: {name} wants to sponsor Annadanam on Guru Purnima, budget {~PRICE}. reach at {EMAIL_SPELT}",
  ],
};
