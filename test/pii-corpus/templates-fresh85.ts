/**
 * Blind evaluation set 85: rooftop solar and home EV-charger installers. Site-survey bookings,
 * subsidy and net-metering applications (PM Surya Ghar / National Portal in India, the US 25D
 * residential clean energy credit, UK SEG and OZEV paperwork, KfW, ISDE, MOVES III, Mój Prąd),
 * DISCOM and utility paperwork, installer and technician dispatch, warranty claims, financing and
 * EMI, customer WhatsApp chats and CRM lead notes, in India, the US, the UK and Europe (with some
 * German, Dutch, Spanish, Italian and Polish lines).
 *
 * Real PII sits right next to hard negatives that must pass unchanged: kW/kWp and kWh figures,
 * panel and inverter model numbers, serial numbers, consumer and meter numbers, sanctioned load,
 * roof areas, prices, dates, times, application IDs, streets and colonies named after people
 * (Nehru Nagar, Gandhi Road, Rue Victor Hugo, Calle Cervantes), brand names (Tata Power Solar,
 * Tesla Powerwall, SMA, Enphase), lowercase chat names, greetings and signatures.
 *
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH85_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    `Site survey booked for {NAME} ({PHONE}) on {~DATE} at {~TIME}. Roof: RCC flat, approx 650 sq ft, south-facing, no shadow from the water tank. Proposed 5 kWp on-grid with Waaree 540 Wp mono PERC and a Growatt MIN 5000TL-X. Address: 14, 3rd Cross, Nehru Nagar, near Gandhi Road bus stop.`,
    `Dispatch note — technician {FIRST} assigned to job {~TICKET}. Customer: {NAME_REV}, mobile {PHONE}. Scope: install Wallbox Pulsar Plus 7.4 kW on a 32 A radial circuit, Type B RCD, 11 m cable run. Earth rod test pending. Sign-off photos to be uploaded before {~TIME}.`,
    `Customer name: {NAME}\nPhone: {PHONE}\nEmail: {EMAIL}\nDISCOM: BESCOM\nSanctioned load: 6 kW (single phase)\nAvg monthly use: 420 kWh\nSystem quoted: 4.4 kWp, Tata Power Solar TP540 x 8\nQuote: {~PRICE}\nNotes: wants EMI, call after 6 pm.`,
    `Spoke to Mrs. {LAST} about net-metering. Her bi-directional meter was installed by MSEDCL on {~DATE}; the generation meter serial is {~SERIAL}. Inverter firmware upgraded to {~VERSION}. She asked us to send the commissioning report to {EMAIL} rather than the old address.`,
    `Lead {~ORDER} moved to "Survey done" by {NAME_INIT}. Shading analysis shows 1,382 kWh/kWp/yr. Recommended Enphase IQ8M micro-inverters x 12 with REC Alpha Pure 405 W. Homeowner {NAME} prefers a Tesla Powerwall 3 (13.5 kWh) later. Next step: revised proposal by {~WEEKDAY}.`,
    `Interconnection status (PG&E, NEM 3.0): application {~UUID} approved. PTO expected in 10–14 business days. Contact: {NAME}, {PHONE}. System: 7.6 kW DC / 7.6 kW AC, SolarEdge SE7600H. Note the customer's 25D credit is 30% of {~PRICE}.`,
    `Notiz für das Team: Termin bei Familie {LAST} am {~DATE} um {~TIME} in der Goethestraße 18 (nicht die Schillerstraße!). Anlage 9,8 kWp mit SMA Sunny Tripower 10.0, Speicher BYD HVS 7.7. Ansprechpartner {NAME}, Tel. {PHONE_EU}. Bitte MaStR-Eintrag vorbereiten.`,
    `Installer handover, job {~TICKET}\nInstaller: {NAME} (MCS cert on file)\nCustomer: {NAME_UP}\nNINO for SEG application: {NINO}\nDNO: UKPN, G98 notification sent {~DATE}\nArray: 3.6 kWp, 9 x JA Solar 400 W\nGen meter: {~SERIAL}`,
    `Follow-up call with {name} — no answer twice, left a voicemail on {PHONE}. Quote {~INVOICE} ({~PRICE}) for 3 kW + Luminous NXG 1100 backup expires on {~DATE}. Colony is Indira Colony, Sector 4, pin {~PINCODE}. Try again {~WEEKDAY} morning.`,
    `ticket_id,customer,phone,system_kwp,inverter,status\n{~TICKET},{NAME},{PHONE},5.45,Fronius Primo 5.0-1,Commissioned\n{~TICKET},{NAME},{PHONE},3.30,Havells 3.3 kW,Awaiting DISCOM inspection`,
    `Nota interna: sopralluogo a Bologna per {NAME}, cell. {PHONE_EU}. Tetto a falda, 46 m², esposizione sud-est. Proposta 6 kWp con inverter Huawei SUN2000-6KTL-M1 e batteria LUNA2000 10 kWh. Pratica GSE e Ecobonus 50%. Preventivo {~INVOICE}, importo {~PRICE}.`,
    `Thanks for your time today, {FIRST}! As discussed, the 8 kW rooftop + Ohme Home Pro charger package comes to {~PRICE} after the OZEV grant.\n\nBest regards,\n{NAME}\n{~JOB_TITLE}, SunRise Renewables\n{PHONE}`,
  ],
  whatsapp: [
    `[{~TIME}] Customer: hi bhaiya, panel cleaning kab hoga? generation 18 kWh se 11 kWh pe aa gaya\n[{~TIME}] SunKart Support: Hello! We'll send a technician on {~WEEKDAY}. Please share your consumer no. and registered mobile.\n[{~TIME}] Customer: {name} here, {PHONE}, consumer no. on bill is {~REF_EU}`,
    `{FIRST}: Good morning sir, the DISCOM inspector came yesterday and said the net meter will be changed on {~DATE}\nSolarMitra: Great news! Please keep the sanction letter ready. Your application {~ORDER} is at "Installation verified". Thank you for choosing us 🙏`,
    `Customer: is the Tesla Powerwall included in the 30% tax credit?\nAgent: Yes, battery storage ≥3 kWh qualifies under 25D. Can I have your full name and email to send the updated proposal?\nCustomer: {NAME}, {EMAIL}\nAgent: Thanks! Proposal {~INVOICE} is on its way.`,
    `{name}: bhai EMI ka auto-debit fail ho gaya\nSupport: Sorry about that! Can you pay the installment of {~PRICE} to our UPI {UPI}? Reference {~UTR} will be shown after payment.\nCustomer: done, screenshot bhej diya`,
    `Hola {FIRST}, soy {NAME} de SolarSur. Le confirmo la visita técnica el {~DATE} a las {~TIME} en Calle Cervantes 12. Instalaremos 12 paneles de 450 W (5,4 kWp) con inversor Huawei. Cualquier duda me llama al {PHONE_EU}. ¡Un saludo!`,
    `[{~DATE}, {~TIME}] {NAME}: Hi, the Zappi keeps showing "Earth fault" since the storm\nChargePoint Care: Hi {FIRST}, sorry to hear that. Is the charger serial {~SERIAL}? Could you send a photo of the RCD?\nCustomer: yes that's the one`,
    `Dzień dobry, tu {NAME}. Instalacja 6,2 kWp działa od {~DATE}, ale w aplikacji Growatt nie widzę produkcji. Numer zgłoszenia {~TICKET}. Proszę o kontakt pod numerem {PHONE_EU} po 16:00. Pozdrawiam!`,
    `hey it's {name} from 22 Gandhi Road 😊 the installer left the DC isolator box open, can someone come back? my other number is {PHONE}\n\n— Hi {FIRST}, thanks for flagging! Logged as {~TICKET}, a technician will visit on {~WEEKDAY} between 10 and 1.`,
    `Hoi {FIRST}, met {NAME} van ZonneDak. De omvormer (Enphase IQ8+) staat weer online sinds {~TIME}. Je ISDE-subsidie voor de warmtepomp loopt apart. Vragen? Bel {PHONE_EU}. Groet!`,
    `mom: did the solar guys call u\nme: ya, {FIRST} from Tata Power Solar, survey on {~WEEKDAY}. told them to ask for {name} at the gate\nmom: ok send me his number\nme: {PHONE}`,
    `Ciao {FIRST}! La wallbox Easee One da 7,4 kW è stata installata. Per l'incentivo serve il codice POD e una copia del documento. Mandaci pure la foto via email a {EMAIL_SPELT}. Buona serata!`,
  ],
  kyc: [
    `PM Surya Ghar: Muft Bijli Yojana — applicant details\nName (as per Aadhaar): {NAME_UP}\nAadhaar: {AADHAAR}\nMobile: {PHONE}\nDISCOM: TPDDL\nConsumer number: {~REF_EU}\nSanctioned load: 5 kW\nProposed capacity: 3 kWp\nApplication ID: {~ORDER}`,
    `Subsidy bank details for DBT: account holder {NAME}, IFSC {IFSC}, PAN {PAN}. Note that the meter number ({~SERIAL}) and the 12-digit consumer ID {~VERHOEFF_INVALID_12} are not identity documents; please don't upload them under "Aadhaar".`,
    `IRS Form 5695 worksheet (prepared for client)\nTaxpayer: {NAME}\nSSN: {SSN}\nSpouse ITIN: {ITIN}\nQualified solar electric property costs: {~PRICE}\nBattery storage: Tesla Powerwall 3, 13.5 kWh\nPlaced in service: {~DATE}`,
    `Smart Export Guarantee application\nFull name: {NAME}\nNational Insurance number: {NINO}\nEmail: {EMAIL}\nMPAN (export): 99 801 {~REF_EU}\nMCS certificate no.: {~ORDER}\nInstalled capacity: 4.1 kWp, inverter SolisMini 3.6 kW`,
    `Solicitud de ayuda MOVES III — punto de recarga vinculado\nTitular: {NAME_REV}\nDNI/NIE: {NIF}\nIBAN para el abono: {IBAN}\nTeléfono: {PHONE_EU}\nDirección: Calle Cervantes 41, 2º B\nPotencia del cargador: 7,4 kW (monofásico)\nCUPS: ES0031{~OTP}{~OTP}JN`,
    `Wniosek Mój Prąd 6.0 — dane wnioskodawcy\nImię i nazwisko: {NAME}\nPESEL: {PESEL}\nNr rachunku: {IBAN}\nMoc instalacji: 7,2 kWp\nMagazyn energii: 10 kWh\nNumer PPE: {~UTR}\nData przyłączenia: {~DATE}`,
    `KYC check for solar loan (SBI Surya Ghar scheme): borrower {NAME}, PAN {PAN}, Aadhaar {AADHAAR}. Co-borrower {NAME}. Loan amount {~PRICE} over 60 months. Installer GSTIN: {GSTIN}. Site: Plot 7, Rajiv Gandhi Nagar, {~CITY}.`,
    `Hi {FIRST}, to file the net-metering agreement with BSES Rajdhani we still need: (1) self-attested PAN copy — we have {PAN} on record, please confirm; (2) latest electricity bill; (3) a cancelled cheque. The sanctioned load on your bill is 4 kW; the system is 3.24 kWp, so no load enhancement is needed.`,
    `Förderantrag KfW 442 (Solarstrom für E-Autos)\nAntragsteller: {NAME}\nIBAN: {IBAN}\nE-Mail: {EMAIL}\nPV-Anlage: 8,2 kWp, Wechselrichter SMA Sunny Boy 5.0\nWallbox: go-e Charger Gemini 11 kW\nZählernummer: 1ESY{~OTP}{~OTP}\nAntragsnummer: {~UUID}`,
    `Passport copy received from NRI customer {NAME} (passport {PASSPORT}) for the rooftop installation at their parents' house in Shastri Nagar. Local contact: {NAME}, {PHONE}. Electricity connection is in the father's name, consumer no. {~REF_EU}.`,
    `Verification log:\nuser={EMAIL} ip={IP} action=upload_doc type=aadhaar_front ts="{~DATE} {~TIME}"\nuser={EMAIL} ip={IP} action=upload_doc type=electricity_bill ts="{~DATE} {~TIME}"`,
  ],
  refund: [
    `Warranty claim {~TICKET}: inverter Growatt SPH 6000 (serial {~SERIAL}) shows error 117 since {~DATE}. Customer {NAME}, {PHONE}. Installed 2 years ago, within the 5-year product warranty. Replacement unit dispatched, tracking {~TRACKING}.`,
    `Dear {FIRST},\n\nWe're sorry the Enphase IQ7+ micro-inverters on panels 4 and 9 failed. Enphase has approved RMA {~ORDER}; our technician {NAME} will swap them on {~WEEKDAY}. There is no charge.\n\nKind regards,\n{NAME}\nAfter-sales, BrightRoof Solar`,
    `Refund request: customer {NAME} paid a booking advance of {~PRICE} by card {CARD} for a 3 kWp system but the roof failed the structural check (asbestos sheet). Refund via original payment method, invoice {~INVOICE}. Ignore the test card {~LUHN_INVALID_16} in the gateway log.`,
    `EMI foreclosure — loan for 5 kW on-grid system. Borrower: {NAME_UP}. Outstanding: {~PRICE}. Refund of excess EMI to account with IFSC {IFSC}, UPI fallback {UPI}. Bank UTR of last debit: {~UTR}.`,
    `Reclamación de garantía: el cliente {NAME} (NIF {NIF}) informa de que 3 de los 14 paneles Jinko Tiger Neo 440 W presentan puntos calientes. Número de serie del lote {~SERIAL}. Solicita el reembolso de {~PRICE} o sustitución. Contacto: {PHONE_EU}.`,
    `order_id,customer,email,item,amount,reason\n{~ORDER},{NAME},{EMAIL},Tesla Wall Connector Gen 3,{~PRICE},duplicate charge\n{~ORDER},{NAME},{EMAIL},Solar panel cleaning kit,{~PRICE},not delivered`,
    `Hi team, I'm {NAME}. The ChargePoint Home Flex you installed on {~DATE} trips the 40 A breaker every night. I want a refund of the installation fee ({~PRICE}) or a proper fix. My SSN is NOT needed for this, please stop asking for it. Call me at {PHONE}.`,
    `Reklamacja: falownik Fronius Symo 8.2-3-M nr seryjny {~SERIAL} nie uruchamia się po burzy. Klient: {NAME}, PESEL {PESEL}, tel. {PHONE_EU}. Prosimy o zwrot kosztów dojazdu serwisu ({~PRICE}) na rachunek {IBAN}.`,
    `Chargeback notice: cardholder {NAME} disputes {~PRICE} charged for "Solar AMC — annual maintenance". Card {CARD}, order {~ORDER}, IP at checkout {IP}. Evidence: 2 cleaning visits on {~DATE} and {~DATE}, signed by technician {NAME_INIT}.`,
    `Garanzia: il cliente {NAME} chiede la sostituzione della batteria Pylontech US5000 (4,8 kWh). Numero seriale {~SERIAL}, fattura {~INVOICE} del {~DATE}. Rimborso su IBAN {IBAN}. Grazie, {FIRST}!`,
    `Cashback under the festive offer ({~PRICE} on 3 kW and above) not received. Name: {NAME}. UPI: {UPI}. Installation ID: {~ORDER}, installed at 9, Tagore Lane, Lajpat Nagar on {~DATE}.`,
  ],
  lead: [
    `New web lead — Get a free solar quote\nName: {NAME}\nEmail: {EMAIL}\nPhone: {PHONE}\nPin code: {~PINCODE}\nMonthly bill: {~PRICE}\nProperty: {~ROOMS}, RCC roof approx 900 sq ft\nInterested in: 3–5 kW + subsidy`,
    `Facebook lead ad "EV charger + solar bundle": {NAME}, {PHONE}, {EMAIL}. Owns a Tata Nexon EV (40.5 kWh battery), charges ~250 kWh/month. Lives on Gandhi Road, {~CITY}. Wants a 7.2 kW AC charger and 4 kWp rooftop.`,
    `Referral from existing customer {NAME} (installed {~DATE}, 6.6 kW). Referred: {NAME}, {PHONE}. Referral bonus {~PRICE} payable to UPI {UPI} after commissioning.`,
    `Inbound call summary: caller {FIRST} asked whether a 10 kW three-phase system needs a sanctioned-load increase from 7 kW. Callback number {PHONE}. Preferred time {~TIME}. Mentioned neighbour uses Adani Solar panels and a Sungrow SG10RT.`,
    `lead_id,name,phone,email,city,kw_interest,source\n{~ORDER},{NAME},{PHONE},{EMAIL},{~CITY},5,Google Ads\n{~ORDER},{name},{PHONE},{EMAIL},{~CITY},3,IndiaMART`,
    `Anfrage über das Kontaktformular: {NAME}, {EMAIL}, Tel. {PHONE_EU}. Einfamilienhaus, Dachfläche ca. 60 m², Ost-West. Wünscht Angebot für 10 kWp + 10 kWh Speicher + 11 kW Wallbox. Rückruf bitte am {~WEEKDAY} nach {~TIME}.`,
    `Nieuwe aanvraag via de website: {NAME} uit {~CITY}, tel. {PHONE_EU}, e-mail {EMAIL}. 14 panelen, ongeveer 5,6 kWp. Vraagt of de salderingsregeling na 2027 nog geldt.`,
    `Lead from Solar Expo booth (stall B-12): {NAME_INIT}, {~JOB_TITLE} at a textile unit, interested in 100 kWp C&I rooftop with open access. Business card: {PHONE}, {EMAIL}. GSTIN {GSTIN}.`,
    `Hi, I'm {NAME}, homeowner in Austin. Looking for quotes on a 9 kW system with Qcells Q.TRON 425 and a Powerwall. Roof area about 1,100 sq ft (south and west faces). Best reach me at {EMAIL_SPELT} or text {PHONE}.`,
    `Nuevo lead (formulario autoconsumo): {NAME_REV}, {EMAIL}, móvil {PHONE_EU}. Consumo anual 4.800 kWh, tarifa 2.0TD. Interesado en 4,5 kWp con batería y cargador para coche eléctrico. Vive en Calle Cervantes, {~CITY}.`,
    `Zapytanie: {NAME}, {PHONE_EU}, dom w {~CITY}, dach 38 m². Chce instalację 5 kWp z pompą ciepła, pyta o dotację Mój Prąd i ładowarkę 11 kW. Preferowany kontakt: {EMAIL}.`,
    `Lead from our Lyon partner: M. {LAST}, 27 Rue Victor Hugo, wants a 6 kWc rooftop with an Enphase IQ8 system and a Schneider EVlink wallbox. Tel. {PHONE_EU}, e-mail {EMAIL}. Survey slot {~DATE} {~TIME}. Assigned to {FIRST}.`,
    `Chat widget lead: visitor {IP} left name "{name}" and number {PHONE}, asked "how much for 2 kW with battery?". Quoted {~PRICE} incl. a 5 kWh battery. Colony: Subhash Nagar. Assigned to {FIRST}.`,
  ],
};
