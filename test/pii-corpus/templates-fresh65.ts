/**
 * Blind evaluation set 65: call-centre and telephony operations of companies serving India, the
 * US, the UK and Europe — IVR and call transcripts with speaker labels, missed-call and callback
 * queues, call-disposition and agent wrap-up notes, SMS / WhatsApp Business and OTP texts,
 * escalation e-mails, CSV and pipe-table call-log exports, QA scorecards, voicemail
 * transcriptions, number-porting and SIM-swap requests, and do-not-call requests. Phone-heavy,
 * with hard negatives (call IDs, queue/agent IDs, extensions, durations, timestamps, OTP codes,
 * amounts, short codes, ICCIDs, companies and products that look like people's names) next to
 * the real PII. Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH65_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    `[IVR] Welcome to Northwind Telecom. For English press 1, para español oprima 2.\n[IVR] Caller ID captured: {PHONE}\n[Agent {FIRST}] Thank you for calling, am I speaking with {NAME}?\n[Caller] yes that's me\n[Agent] Great. I can see call ID CID-88120457 came in on queue 14, you waited 00:02:11.`,
    `Disposition: CALLBACK_REQUESTED | Agent: {NAME_REV} (ext. 4417) | Customer: {NAME} | Callback no.: {PHONE} | Slot: {~WEEKDAY} {~TIME} | Talk 00:04:32 | Hold 00:00:48 | Ticket {~TICKET}`,
    `wrap-up: cust {name} called abt double debit of {~PRICE} on {~DATE}. verified via last 4 + DOB. wants callback on alt number {PHONE} (not the registered one). raised {~TICKET}, sla 48h. AHT 06:14, ACW 01:10.`,
    `Subject: ESCALATION L2 – repeat caller, 5 calls in 3 days\n\nHi {FIRST},\n\nCustomer {NAME} ({EMAIL}) has called the Pune centre five times about order {~ORDER}. Their mobile is {PHONE}; the landline on file is outdated. Last call ID 7734-AX-0912, queue "Billing-EN", wait 00:17:05.\n\nPlease call back before {~TIME} IST.\n\nThanks,\n{NAME}\n{~JOB_TITLE}, Inbound Ops`,
    `call_id,start_utc,duration,direction,caller,agent,disposition\nC-40021877,2025-02-11T09:14:03Z,00:03:41,inbound,{PHONE},"{NAME_REV}",RESOLVED\nC-40021878,2025-02-11T09:15:27Z,00:00:19,inbound,{PHONE},,ABANDONED\nC-40021879,2025-02-11T09:16:02Z,00:12:55,outbound,{PHONE_EU},"{NAME_REV}",SALE`,
    `| Time  | Caller | Number | Dur   | Agent |\n|-------|--------|--------|-------|-------|\n| 10:02 | {NAME} | {PHONE} | 02:15 | {FIRST} |\n| 10:09 | {NAME} | {PHONE_EU} | 11:40 | {FIRST} |\n| 10:21 | (withheld) | — | 00:07 | IVR |\n| 10:24 | {NAME_UP} | {PHONE} | 04:58 | {FIRST} |`,
    `QA SCORECARD — Call 2025-03-14/0932-17\nAgent: {NAME} (AGT-2291, team Falcon) | Evaluator: {NAME_INIT}\nGreeting 5/5 · Verification 3/5 (agent read the full number {PHONE} back aloud — read last 4 only) · Empathy 4/5 · Hold etiquette 2/5\nTotal 82% | Calibration batch 7 | Recording length 00:09:58`,
    `Voicemail (auto-transcribed, confidence 0.71) from {PHONE} at 03:12 AM, 0:47 long:\n"hi it's {NAME} calling about my broadband, the Netgear Nighthawk router, serial {~SERIAL}, keeps dropping... please call me back on {PHONE}, that's my mobile, or email {EMAIL_SPELT}. thanks bye"`,
    `[Agente] Buenas tardes, le atiende {NAME_INIT}, ¿en qué puedo ayudarle?\n[Cliente] Hola, soy {NAME}, llamo por la factura {~INVOICE}.\n[Agente] ¿Me confirma un teléfono de contacto?\n[Cliente] Sí, el {PHONE_EU}.\n[Agente] Perfecto, queda anotado. ID de llamada 2025031400412, duración 00:06:12.`,
    `Rückrufnotiz: Herr {LAST} bittet um Rückruf unter {PHONE_EU} (tagsüber) bzw. {PHONE} (mobil). Anliegen: Tarifwechsel "MagentaZuhause L", Vorgangsnummer {~REF_EU}. Gesprächsdauer 00:03:05, Warteschlange 3, Durchwahl 212.`,
    `Note d'appel – Mme {LAST} a appelé le service client (file d'attente n° 12, attente 00:08:40). Tél. : {PHONE_EU}. Courriel : {EMAIL}. Motif : résiliation box, référence client {~REF_EU}. Rappel prévu le {~DATE} à {~TIME}.`,
    `Notatka z rozmowy: Pani {NAME} dzwoniła z numeru {PHONE_EU} w sprawie przeniesienia numeru do sieci Play. Nr zgłoszenia {~TICKET}, czas rozmowy 00:05:27. Prosi o kontakt mailowy: {EMAIL}. Konsultant: {NAME_INIT}.`,
    `Supervisor note: caller thought we were Morgan Stanley — he's actually a Wells Fargo customer, warm transfer to ext. 2210 failed at 14:32:10. {NAME} wants a call back on {PHONE} only after 6 pm. Case {~TICKET}, session {~UUID}.`,
    `{"call_sid":"CA9f1e0b6a7d2c4e11b8a0f3d5c7e9a1b2","from":"{PHONE}","to_queue":"support-uk-07","agent":"{name}","duration_sec":272,"recording":"/rec/2025/03/14/CA9f1e0b.wav","customer_email":"{EMAIL}","caller_ip":"{IP}"}`,
  ],
  whatsapp: [
    `{~OTP} is your verification code for the account linked to {PHONE}. It expires at {~TIME}. Never share this code – our agents will never ask for it. -NWTEL`,
    `Missed call alert: {PHONE} tried to reach you 3 times. Last call at {~TIME}. Dial *121# for details. - Airtel`,
    `hi {name} ji, aapki call drop ho gayi thi 🙏 aap free ho toh hum {PHONE} pe call back kar dete hai? ya ticket {~TICKET} pe reply kar do`,
    `pls call me back on {PHONE} not on the old no.. i'm {name} btw, called 4 times today, queue no 23 every time 😤 waited like 00:25:00`,
    `Hi {FIRST}, we've scheduled your callback for {~WEEKDAY} between 14:00 and 16:00 on {PHONE}. Ref {~TICKET}. Reply 1 to confirm, 2 to reschedule, STOP to opt out (sent from 56161).`,
    `Hola {FIRST}, le escribe {NAME_INIT} de Atención al Cliente. Intentamos llamarle al {PHONE_EU} a las {~TIME} sin éxito. ¿Le viene bien mañana? Su número de incidencia es {~TICKET}.`,
    `{FIRST}, Twoj kod weryfikacyjny to {~OTP}. Nie podawaj go nikomu. Jesli to nie Ty, zadzwon na infolinie 19 000. Numer: {PHONE_EU}`,
    `Hallo {FIRST}, Ihr Rückruf ist für den {~DATE} um {~TIME} Uhr unter {PHONE_EU} geplant. Vorgang {~REF_EU}. Ihr Kundenservice`,
    `Bonjour {FIRST}, votre conseiller {NAME} vous rappellera au {PHONE_EU} demain entre 9h et 11h. Numéro de dossier {~TICKET}. Répondez STOP pour ne plus recevoir de messages.`,
    `{name}: anyone got the cust on line 3? number ends 4471\n{name}: ya its {PHONE}, she wants a supervisor\n{name}: ok transfer to 2210, i'm on break till 15:45`,
    `fwd: "call me on my uk no {PHONE} between 9-5 GMT, my indian no is switched off" – {name}, sent 11:42`,
    `hello ji mera naam {NAME} hai, mera naya number {PHONE} hai aur email {EMAIL} – purana wala band ho gaya. ticket no. {~TICKET} pe update kar dena`,
    `ALERT: A SIM change request was raised for {PHONE} at {~TIME} on {~DATE}. If this was not you, call the number on the back of your card or SMS BLOCK to 56767. -HDFC Bank`,
  ],
  kyc: [
    `MNP PORT-IN REQUEST\nUPC: RJ847291 (valid till {~DATE})\nSubscriber: {NAME_UP}\nNumber to port: {PHONE}\nDonor: Vodafone Idea → Recipient: Jio\nID proof: Aadhaar {AADHAAR}\nAlt contact: {PHONE}\nPOS ID 2203-MUM-114`,
    `SIM swap request – verification log\nCustomer: {NAME}\nMSISDN: {PHONE}\nNew SIM ICCID 89910273104829365512\nPAN {PAN} matched | IMEI {~IMEI}\nCourier AWB {~TRACKING}\nCool-off: SMS barred 24h till {~TIME}`,
    `PAC request — {NAME}, mobile {PHONE}. PAC code JKL482913 (valid 30 days). Verified with NI number {NINO} and postcode. Call ref {~TICKET}, agent {NAME_INIT}, handle time 00:07:55.`,
    `Port-out PIN reset: caller claimed to be {NAME}, account PIN failed twice, SSN last-4 mismatch. SSN on file {SSN}. Number {PHONE} locked for port-out 72 h. Fraud queue FQ-09, case {~TICKET}.`,
    `Solicitud de portabilidad\nTitular: {NAME}\nDNI/NIE: {NIF}\nNúmero a portar: {PHONE_EU}\nOperador donante: Movistar\nICC nuevo: 8934 0712 3456 7890 123\nVentana de cambio: {~DATE}, 02:00–06:00`,
    `Wniosek o duplikat karty SIM\nAbonent: {NAME}\nPESEL: {PESEL}\nNumer: {PHONE_EU}\nKontakt alternatywny: {PHONE}\nNr wniosku: {~TICKET}, salon Plus – {~CITY}`,
    `[Agent] For security, can you confirm your registered mobile?\n[Caller] {PHONE}\n[Agent] And the email on the account?\n[Caller] it's {EMAIL_SPELT}\n[Agent] Thanks {FIRST}. I've sent a 6-digit code, it should arrive within 30 seconds. Hold time so far 00:01:40.`,
    `WABA onboarding – display name "Sharma Sweets" approved. Business phone {PHONE}, GSTIN {GSTIN}, authorised signatory {NAME}, PAN {PAN}. Meta Business ID 104829375610293, quality rating GREEN.`,
    `New joiner – night shift, US voice process\nName: {NAME_REV}\nAadhaar: {AADHAAR}\nPAN: {PAN}\nPersonal mobile: {PHONE}\nEmergency contact: {NAME} – {PHONE}\nEmployee ID EMP-104471 | Shift 20:30–05:30 IST | Seat F3-112`,
    `eSIM activation: {NAME} (passport {PASSPORT}) – number {PHONE}, bank proof IFSC {IFSC}. Activation code sent to {EMAIL}. Store: {~STREET}, pincode {~PINCODE}.`,
  ],
  refund: [
    `Billing dispute call – {NAME} ({PHONE}) disputes {~PRICE} international roaming charge from {~DATE}. Card on file {CARD}. Credit note {~INVOICE} issued; refund ETA 5-7 working days. Call ID 3318-0921-77, AHT 00:12:40.`,
    `hi i was charged {~PRICE} for premium sms 56070 subscriptions i never took!! my no is {PHONE}. pls refund to upi {UPI}. complaint no. {~TICKET} – {name}`,
    `Refund approved — customer {NAME}, account mobile {PHONE}, IBAN {IBAN}. Reason: overbilled for calls to 0845 numbers (non-geographic). Amount {~PRICE}. Approver: {NAME_INIT}.`,
    `Reclamación: el cliente {NAME} ({PHONE_EU}) reclama la devolución de {~PRICE} por llamadas a números 905. IBAN para abono: {IBAN}. Expediente {~TICKET}.`,
    `[00:01:12] Caller ({PHONE}): I see a charge from "Tata Play" I didn't make\n[00:01:20] Agent {FIRST}: is that the card ending 4417?\n[00:01:25] Caller: no, the full number is {CARD}\n[00:01:31] Agent: please don't read the full card over the phone. raising chargeback {~TICKET} now.`,
    `Goodwill credit: {NAME} — 3 dropped calls in queue 5, waited 00:41:12 in total. Credit {~PRICE} applied to invoice {~INVOICE}. Callback number {PHONE}, email {EMAIL}. Bank ref {~UTR}.`,
    `Reklamacja {~TICKET}: abonent {NAME}, tel. {PHONE_EU}, zwrot {~PRICE} na konto {IBAN}. Powód: naliczone połączenia na numery 7xx (usługi premium). Decyzja: uznana {~DATE}.`,
    `Erstattung für {NAME}: doppelt abgebuchte Grundgebühr {~PRICE}. Rückfragen an {EMAIL} oder telefonisch unter {PHONE_EU}. Kundennummer {~REF_EU}, Gespräch vom {~DATE}, Dauer 00:04:19.`,
  ],
  lead: [
    `MISSED CALLS – Sales IN – 14 Mar\n#  | Caller | Time | Rings | Status\n1  | {PHONE} | 09:02:17 | 6 | callback pending\n2  | {PHONE} | 09:05:44 | 2 | abandoned <5s (ignore)\n3  | {PHONE} | 09:11:03 | 9 | assigned to {FIRST}`,
    `DO NOT CALL — {NAME} asked to be removed from all outbound campaigns. Numbers: {PHONE}, {PHONE}. Email opt-out too: {EMAIL}. Campaign "Spring Upgrade 2025" (ID 77120), dialer list L-3309. Logged {~DATE} {~TIME} by {NAME_INIT}.`,
    `Missed-call campaign "Give a missed call for offers": caller {PHONE} at {~TIME}, circle {~CITY}, operator Jio. Auto-SMS sent with code {~OTP}. Lead owner: {FIRST}.`,
    `dialer note: {name} – no answer x3 (10:02, 12:45, 16:30). tried alt {PHONE_EU} – voicemail full. next attempt {~WEEKDAY}. src: webform, pincode {~PINCODE}, wants Samsung Galaxy S24 on EMI.`,
    `Callback request\nName: {NAME}\nPreferred number: {PHONE}\nBest time: 18:00–20:00 (IST)\nLanguage: Hindi / English\nProduct: {~PRODUCT}\nSource page: /plans?utm_source=google&utm_campaign=q2`,
    `Lead entrante por WhatsApp: {NAME}, quiere info sobre fibra 1 Gb. Tel. {PHONE_EU}, correo {EMAIL}. Llamar entre 16:00 y 18:00. Campaña ES-Q2-07.`,
    `TCPA consent captured: {NAME} agreed to autodialed calls/texts at {PHONE} on {~DATE} from IP {IP}. Lead ID LD-2025-004417, score 71, routed to queue US-East-2.`,
    `Nowy lead: {NAME_REV}, tel. {PHONE_EU}, e-mail {EMAIL_SPELT}. Prosi o kontakt po 17:00. Oferta: światłowód 600 Mb/s, umowa 24 mies.`,
    `Interessent {NAME} (Firma: Hoffmann & Partner GmbH), erreichbar unter {PHONE_EU}. Rückruf gewünscht am {~WEEKDAY} ab 10 Uhr. Anfrage-ID 2025-0314-0042.`,
    `VM from {NAME} (caller ID {PHONE}): "yeah hi, calling back about the quote, Q-20931, for 40 seats... my direct line is {PHONE} extension 212, or just email {EMAIL}. I'm at Marks & Spencer till 5."`,
    `name;phone;email;consent;last_call\n{NAME};{PHONE};{EMAIL};yes;00:02:13\n{NAME};{PHONE_EU};;no - DNC;-\n{NAME_REV};{PHONE};{EMAIL};yes;00:00:41`,
  ],
};
