/**
 * Blind evaluation set 81: Indian and diaspora matrimonial and matchmaking services. Profile
 * submissions, family and parent contacts ("contact father Mr. …"), horoscope and kundli requests,
 * relationship-manager call notes, WhatsApp chats with families, profile exports (CSV), subscription
 * payments and refunds, NRI verification (PAN, Aadhaar, passport) and meeting scheduling, in English,
 * Hinglish, Hindi words in Latin script, and a few US/UK/European diaspora messages.
 *
 * Hard negatives sit next to the real PII: heights (5'6"), ages, salaries in LPA and ₹, dates and
 * times, profile IDs, order and invoice numbers, gotra/community words (Kashyap, Bharadwaj, Agarwal
 * as community), city names, places named after people (Shivaji Park, Gandhi Nagar, Nehru Place,
 * Rajiv Chowk), horoscope terms (Mangal dosh, Rashi and Nakshatra names such as Kanya, Tula, Rohini,
 * Revati), lowercase chat names, greetings and signatures.
 *
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH81_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    `RM call note (Profile ID SS-48213): Spoke to the mother, {NAME}, on {PHONE}. Girl is 27 yrs, 5'4", MBA, working in Pune at 18 LPA. Family prefers Brahmin, Bharadwaj gotra not acceptable. Next call {~WEEKDAY} {~TIME}.`,
    `Profile owner: {NAME}\nRelation: Father\nMobile: {PHONE}\nEmail: {EMAIL}\nCandidate age: 31 | Height: 5'10" | Income: ₹24 LPA | Manglik: No\nPlan: Gold 6 months, order {~ORDER}`,
    `profile_id,candidate_name,age,height,city,contact_person,contact_phone,contact_email\nVM-20931,{NAME},29,5'7","{~CITY}",{NAME},{PHONE},{EMAIL}\nVM-20932,{NAME},33,5'2",Shivaji Park Mumbai,{NAME},{PHONE},{EMAIL}`,
    `Meeting fixed between families on {~DATE} at {~TIME}, venue Café near Nehru Place metro. Boy's side: contact father Mr. {LAST} ({PHONE}). Girl's side: {NAME_INIT}, mama ji. RM to confirm by {~WEEKDAY}.`,
    `Follow-up: {FIRST} ke papa ne bola ki kundli match ho gayi, 28 gun mile. Unka number {PHONE} hai, shaam ko 7 baje ke baad call karna. Profile ID BM-77120, premium plan {~PRICE}.`,
    `Note by RM {NAME} (Relationship Manager, Gandhi Nagar branch): Client {NAME} wants profiles from Agarwal / Maheshwari community only, age 26–30, height above 5'5", Delhi NCR or Jaipur. Sent 6 matches on {~DATE}. Ticket {~TICKET}.`,
    `Escalation {~TICKET}: NRI groom from New Jersey, {NAME}, complained that the shortlisted girl's family did not reply. His sister {NAME} ({EMAIL}) is coordinating. Time zone EST, call after 9:15 pm IST.`,
    `Export – shortlist for {NAME_REV}\nID | Age | Height | Rashi | City\nKM-1042 | 28 | 5'3" | Kanya | Indore\nKM-1177 | 30 | 5'6" | Tula | Lucknow\nFamily contact on file: {PHONE}, {EMAIL}`,
    `Call summary {~DATE} {~TIME}: Mrs. {LAST} asked us to hide the photo and share contact only after her approval. Alternate number {PHONE}. Daughter works as {~JOB_TITLE}, 12 LPA, based in Rajiv Chowk area.`,
    `Dear {FIRST},\n\nYour meeting with the girl's family (Profile ID SM-55018) is confirmed for {~WEEKDAY}, {~DATE} at Shivaji Park Gymkhana, {~TIME}. Please carry a copy of the biodata.\n\nWarm regards,\n{NAME}\nSenior Relationship Manager, Rishta Setu Matrimony\n{PHONE}`,
    `RM handover: {NAME} → {NAME}. Active clients: 14. Pending: horoscope match for {NAME} (DOB on file, Rohini nakshatra, Mangal dosh — partial). Father reachable on {PHONE}, prefers Hindi.`,
  ],
  whatsapp: [
    `[{~DATE}, {~TIME}] {name}: Namaste aunty, maine beta ka biodata bhej diya hai. Height 5'9", 32 saal, Bangalore mein software engineer, 30 LPA.\n[{~DATE}, {~TIME}] {name}: Ji beta, kundli bhi bhej do. Mera number {PHONE} hai, seedha yahin WhatsApp karo.`,
    `Hi {FIRST}, this is from Shubh Vivah Matrimony. The girl's father, Mr. {LAST}, would like to speak to you. Unka number: {PHONE}. Profile ID SV-30219, age 26, 5'5", Kanya rashi. 🙏`,
    `{name}: bhaiya mera profile se photo hata do please\n{name}: ok ma'am, profile ID?\n{name}: RM-88412, aur email {EMAIL} pe confirmation bhej dena\n{name}: done, ticket {~TICKET}`,
    `Uncle ji namaste 🙏 Ladke ki mummy ka number {PHONE} hai aur papa ka {PHONE}. Ve Gandhi Nagar, Gandhinagar mein rehte hain. Gotra Kashyap hai, aapka gotra alag hai na? Sunday 11 baje milne ka plan karein?`,
    `[{~TIME}] {NAME}: Hello, we're in Leicester, UK. Our son is 30, 5'11", works in London, £65k. Looking for a Gujarati girl, Patel or Lohana. My mobile {PHONE}, email {EMAIL}.\n[{~TIME}] Support: Thank you! Your request {~TICKET} is logged.`,
    `Good morning {FIRST} ji,\nKundli milaan result: 24/36 gun, Nadi dosh nahi hai, Mangal dosh both sides. Pandit ji ne {~DATE} ko shubh muhurat bataya. Ladki walon ka contact: {NAME}, {PHONE}.`,
    `{name}: didi kal Shivaji Park wale mandir pe milte hain 5 baje?\n{name}: haan theek hai, ladke ke chacha {NAME} bhi aayenge, unka no. {PHONE}\n{name}: 👍`,
    `Hallo! Ich bin {NAME} aus Frankfurt. My daughter (28, 5'6", doctor) is registered as profile DE-11207. Please call me on {PHONE_EU} after 18:00 CET, not the Indian number.`,
    `Reminder 🔔 Aapki meeting {~WEEKDAY} {~TIME} pe Nehru Place ke Café Coffee Day mein hai. Boy: {NAME}, 31, 6'0". Contact: {PHONE}. Reply STOP to opt out. Ref {~ORDER}`,
    `{name}: mummy ne bola hai Revati nakshatra wali ladki chahiye 😅\n{name}: haha ok, main aapko 3 profiles bhejti hoon. Aapka email {EMAIL} hi hai na?\n{name}: haan. aur papa ka number {PHONE} bhi add kar do`,
    `Hi {FIRST}, I'm {NAME}, calling on behalf of my cousin in Toronto. She's 29, 5'4", CPA, 95k CAD. Can you share the boy's family contact? Mine is {PHONE}. Thanks!`,
  ],
  kyc: [
    `NRI profile verification\nName (as per passport): {NAME_UP}\nPassport No: {PASSPORT}\nPAN: {PAN}\nMobile: {PHONE}\nCurrent city: Dallas, TX | Age: 34 | Height: 5'8"\nStatus: Pending — {~DATE}`,
    `Verification done for profile VM-60114. Aadhaar {AADHAAR} matched with name {NAME}. Masked copy stored. Invalid entry {~VERHOEFF_INVALID_12} from the earlier upload was rejected. Verified by {NAME_INIT}.`,
    `Dear {FIRST}, to get the Blue Tick ✔ on your profile, please reply with your PAN and the last page of your passport. We have received PAN {PAN}; passport {PASSPORT} is still awaited. – Team Jeevan Saathi Verify`,
    `KYC checklist – {NAME_REV}\n[x] Aadhaar: {AADHAAR}\n[x] PAN: {PAN}\n[ ] Income proof (claimed 22 LPA)\n[x] Selfie match\nCommunity: Iyer, Kaushika gotra | Rashi: Mithun`,
    `Passport copy for my son {NAME} attached. Number {PASSPORT}, issued at Birmingham consulate. He is a UK resident, NI number {NINO}. Please mark profile UK-20877 as verified NRI. – {NAME}`,
    `verification_id,profile_id,name,document,doc_number,verified_on\nV-3301,MT-4410,{NAME},PAN,{PAN},{~DATE}\nV-3302,MT-4411,{NAME},AADHAAR,{AADHAAR},{~DATE}\nV-3303,MT-4412,{NAME},PASSPORT,{PASSPORT},{~DATE}`,
    `Hello team, US profile: {NAME}, 36, 5'9", Seattle. For ID proof I can give my passport {PASSPORT}. I don't want to share my SSN {SSN} — is that really needed? Email: {EMAIL}`,
    `Aadhaar OTP {~OTP} sent to the number linked with {AADHAAR}. Candidate {NAME} says the linked mobile is old; new mobile {PHONE}. Pincode on Aadhaar {~PINCODE}, Gandhi Nagar, Jammu.`,
    `Document rejected: PAN on form ({PAN}) does not match the name {NAME_UP}. Please upload again before {~DATE}. Your profile ID SS-91004 will stay hidden until then.`,
    `Soy {NAME}, vivo en Madrid. Mi prometido es de Ahmedabad. Para verificar el perfil ES-3021 os envío mi DNI {NIF} y mi teléfono {PHONE_EU}. Gracias.`,
    `Background check report (family request)\nSubject: {NAME}\nFather: Mr. {LAST}\nPAN: {PAN} | Aadhaar: {AADHAAR}\nEmployer: {~JOB_TITLE}, salary ₹18 LPA verified via slip\nAddress: {~STREET}, near Shivaji Park`,
  ],
  refund: [
    `Refund request: I bought the Diamond plan ({~PRICE}, order {~ORDER}) on {~DATE} but my daughter's rishta got fixed through relatives in 2 weeks. Please refund to UPI {UPI}. – {NAME}, {PHONE}`,
    `Hi {FIRST},\nYour refund of {~PRICE} for invoice {~INVOICE} has been processed. UTR {~UTR}. It will reach account ending in your IFSC {IFSC} within 5–7 working days.\nRegards,\nBilling Team, Shubh Vivah`,
    `{name}: paise kat gaye lekin premium activate nahi hua 😡\n{name}: sorry sir, order ID batayein?\n{name}: {~ORDER}, card {CARD} se payment kiya tha\n{name}: refund initiate kar diya, {~TICKET}`,
    `Subscription cancelled. Member {NAME} (Profile ID KM-20711), plan Gold 3 months, paid {~PRICE} on {~DATE}. Pro-rata refund to bank: IFSC {IFSC}, UPI fallback {UPI}. Approved by {NAME_INIT}.`,
    `Dear Sir/Madam, we are in Hamburg and paid €149.00 for the NRI Assisted plan. Service was not given. Please refund to IBAN {IBAN}. Invoice {~INVOICE}. Name: {NAME}, phone {PHONE_EU}.`,
    `order_id,member_name,plan,amount,payment_mode,payment_ref,status\n{~ORDER},{NAME},Gold,"{~PRICE}",UPI,{UPI},REFUNDED\n{~ORDER},{NAME},Platinum,"{~PRICE}",CARD,{CARD},CHARGEBACK`,
    `Charge dispute: customer {NAME} says the card {CARD} was charged twice for horoscope matching (₹ 499 each, {~DATE}). Second txn ref {~UTR}. Invalid card number {~LUHN_INVALID_16} in notes is a typo. Call {PHONE}.`,
    `Beta ka rishta pakka ho gaya Gandhi Nagar wali family se 🎉 isliye membership band karni hai. Refund {UPI} pe bhej dijiye. Naam {NAME}, profile RS-55102.`,
    `Hi, I'm {NAME} from Houston. You charged my card {CARD} $199.00 for the "VIP Matchmaker" plan. I cancelled within 48 hours per your policy. Refund please. Email {EMAIL}.`,
    `Refund rejected for invoice {~INVOICE}: plan used for 64 days, 27 profiles contacted. Informed {NAME} by email {EMAIL} on {~DATE} at {~TIME}. Ticket {~TICKET} closed.`,
    `GST invoice correction: Business member {NAME}, GSTIN {GSTIN}, paid {~PRICE} for Elite Matchmaking. Refund the excess {~PRICE} to IFSC {IFSC}. PO {~PO}.`,
  ],
  lead: [
    `New profile submission\nCandidate: {NAME}\nAge: 28 | Height: 5'6" | Complexion: Fair\nEducation: B.Tech, IIT Kharagpur | Income: 16 LPA\nCommunity: Maratha | Rashi: Simha | Manglik: Yes\nContact father Mr. {LAST}: {PHONE}`,
    `Website enquiry: "Looking for a suitable match for my sister {FIRST}, 30, 5'3", CA in Mumbai (Shivaji Park). Please call me, {NAME}, on {PHONE} or mail {EMAIL}." Source: Google Ads, {~DATE}.`,
    `Kundli request ({~DATE}): Name {NAME}, DOB as per biodata, time of birth {~TIME}, place of birth Rajkot. Please match with profile JS-72018 and send report to {EMAIL}. Nakshatra Ashwini, Mesh rashi.`,
    `Hello, I am {NAME}, living in New Jersey. Looking for a Telugu bride for my son, 32, 5'10", MS from Purdue, $140k. Please contact on {PHONE} (WhatsApp also). Caste no bar but vegetarian family.`,
    `lead_id,source,name,phone,email,looking_for,city\nL-90211,Facebook,{NAME},{PHONE},{EMAIL},Bride,"{~CITY}"\nL-90212,Walk-in,{NAME},{PHONE},{EMAIL},Groom,Gandhi Nagar`,
    `Biodata\nName: {NAME}\nFather's name: {NAME}\nMother's name: {NAME}\nSiblings: 1 elder brother (married)\nGotra: Vashisht\nHeight: 5'2" | Age: 25\nContact: {PHONE}\nAddress: Flat {~ROOMS}, {~STREET}`,
    `Namaste, main {NAME} bol raha hoon Lucknow se. Apni beti ke liye achha ladka dhoondh rahe hain, Kayastha parivar, age 27, 5'4". Mera number {PHONE}. Kal {~TIME} tak call karein.`,
    `Hi team, my parents asked me to register. I'm {FIRST}, 29, 5'7", working in London as {~JOB_TITLE}. Please use {EMAIL} only — not my dad's number. Thanks,\n{NAME}`,
    `Event registration – Gujarati Samaj Matrimonial Meet, Wembley, {~DATE}\nAttendee: {NAME} (age 31)\nAccompanied by: {NAME}\nPhone: {PHONE}\nTicket {~TICKET}, fee {~PRICE}`,
    `Referral from Mrs. {LAST}: "My neighbour's son {NAME}, 33, 5'11", 40 LPA in Hyderabad, Reddy community. Ask for his mother, {PHONE}." Lead assigned to RM {NAME}.`,
    `Cześć, nazywam się {NAME}, mieszkam w Warszawie. My fiancé's family in Delhi wants a kundli match — we are both Tula rashi? Please call {PHONE} or write to {EMAIL}.`,
  ],
};
