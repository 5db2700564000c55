/**
 * Blind evaluation set 51: travel, hospitality and transport bookings that businesses make for
 * their staff and customers. Corporate travel desks, hotel group blocks and rooming lists, airport
 * transfers and cab vendors, visa and forex services, train and bus charters, event venues and
 * guest lists, across India, the US and Europe. Formats: rooming lists and manifests as CSV, TSV
 * and markdown tables, booking confirmations, WhatsApp coordination between drivers and travel
 * desks (Hinglish, lowercase, emoji), e-mails with signatures, itinerary text and feedback forms.
 * Hard negatives sit next to real PII: PNRs, flight and train numbers, seat and room numbers,
 * booking references, hotel and airline names right after people ("Hilton", "Marriott", "Oberoi"),
 * city and airport names, dates and times in many formats, and prices in ₹/$/€/£. Mostly English
 * and Hinglish, with Spanish, German, French, Italian, Portuguese, Polish and Dutch.
 * Domains: crm = travel-desk and account notes; whatsapp = driver/desk/guest chats; kyc = visa,
 * forex and check-in identity paperwork; refund = cancellations, no-shows and billing disputes;
 * lead = inbound enquiries for group bookings, charters and venues.
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH51_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Travel desk note: booked {NAME} on 6E 2134 BLR→DEL, PNR Q7XK2M, seat 14C, dep {~DATE} {~TIME}. Mobile on file {PHONE}. Hotel: Taj Palace, 2 nights, {~PRICE}/night.',
    'guest,room,check_in,check_out,mobile\n"{NAME_REV}",1412,{~DATE},{~DATE},{PHONE}\n{NAME},1413,{~DATE},{~DATE},{PHONE}\n"Kingfisher Suite",1501,{~DATE},{~DATE},-',
    '| Guest | Room | Flight | Email |\n|---|---|---|---|\n| {NAME} | 304 | AI 865 | {EMAIL} |\n| {NAME_INIT} | 305 | UK 955 | {EMAIL} |\n| Hilton Garden Inn (block) | 306–320 | — | — |',
    'Account: Acme Logistics offsite, Goa. Coordinator {NAME} ({EMAIL}) approved the rooming list v3 on {~WEEKDAY}. Marriott quoted {~PRICE} for 22 rooms; invoice {~INVOICE} raised against PO {~PO}.',
    'Rooming list — Oberoi Udaivilas, {~MONTH} retreat\nNo.\tName\tRoom\tShare with\n1\t{NAME}\t2104\t{NAME}\n2\t{NAME_REV}\t2106\t—\n3\tOberoi Club Lounge\t—\t—',
    'Amex GBT sync: traveller profile updated for {NAME_UP}. Passport {PASSPORT} (exp 2031), frequent flyer 6E-771203, meal pref VGML. Emergency contact {NAME}, {PHONE}.',
    'Call log {~DATE} {~TIME}: {FIRST} from the Hyatt Regency Pune sales team called about the attrition clause; callback on {PHONE}. Ticket {~TICKET}.',
    'Reserva de grupo: {NAME} (coordinadora, {PHONE_EU}) confirma 18 habitaciones en el NH Collection Madrid Eurobuilding del {~DATE} al {~DATE}. Localizador HX7Q2P, importe {~PRICE}.',
    'Notiz Reisestelle: Herr {LAST} fliegt LH 1234 MUC–FRA am {~DATE} um {~TIME}, Sitz 3A. Hotel Steigenberger, Buchungsnummer 48213377. Rückfragen unter {PHONE_EU}.',
    'Train charter manifest, 12951 Mumbai Rajdhani, coach B4\nSeat,Passenger,Age,ID\n31,{NAME},34,{AADHAAR}\n32,{NAME},29,{PAN}\n33,Reserved (Vistara crew),—,—',
    'Event venue hold: Grand Hyatt Mumbai ballroom, {~DATE}, 250 pax, {~PRICE} + GST. Client contact {NAME_INIT}, {EMAIL}, GSTIN {GSTIN}. Quote ref {~ORDER}.',
    'Note VIP : Mme {LAST} arrive à CDG par AF 1081 le {~DATE}, chauffeur G7 réservé, réf. G7-88213. Joignable au {PHONE_EU}. Chambre 612 au Pullman Montparnasse.',
    'Nota viaggio: il dott. {NAME} parte da Milano Centrale col Frecciarossa 9521, carrozza 7 posto 12D, {~DATE} ore {~TIME}. Cellulare {PHONE_EU}, hotel Westin Palace.',
    'Follow-up: {NAME} asked to move from Radisson Blu to Hilton for the Chennai leg. Fare difference {~PRICE}. Cost centre CC-4410. Reach at {EMAIL} or {PHONE}.',
    'Delegate list — Lisbon sales kickoff\n- {NAME} · TP 1350 · quarto 208 · {PHONE_EU}\n- {NAME} · TP 1352 · quarto 209 · {EMAIL}\n- Pestana Palace (hotel) · check-in {~TIME}',
    'Pax manifest shuttle BOM T2 → JW Marriott Juhu, {~DATE}\n1. {NAME} — {PHONE}\n2. {NAME_REV} — {PHONE}\n3. Luggage only (Bay 7) — no name',
    'Notatka: Pan {LAST} leci LO 3904 z WAW do KRK {~DATE}, PNR LOT7QZ. Hotel Sheraton Grand Kraków, pokój 417. Telefon {PHONE_EU}, PESEL {PESEL} do faktury.',
  ],
  whatsapp: [
    'bhaiya gaadi T1 ke bahar khadi hai, white dzire MH 02 AB 4421 🚗 guest ka naam {name} hai, flight 6E 512 land ho gayi {~TIME} pe. unka number {PHONE}',
    'driver: madam main Oberoi ke gate pe hu 🙏 {FIRST} sir ko bolo lobby mein aa jaye\ndesk: ok calling him on {PHONE} now',
    'travel desk: {FIRST} ji kal ka pickup {~TIME} confirm? PNR 4521873690 wala train 12002 Shatabdi, coach C3 seat 41\nguest: haan confirm 👍 mera alternate no {PHONE}',
    '[{~TIME}] Metro Cabs: sir 3 gaadi bheji hai Marriott Whitefield\n[{~TIME}] Metro Cabs: 1) {name} – KA 05 MN 2231 2) {name} – KA 03 HB 9910\n[{~TIME}] Desk: thanks, bill {~PRICE} bhej do UPI {UPI} pe',
    'guest list update 🎉 add {NAME} (+1) and {NAME} for the sangeet at ITC Grand Chola. {FIRST} ka number {PHONE}, room 1108 allot kar do',
    'bhai {name} ka visa appointment VFS Delhi {~DATE} {~TIME} hai, passport {PASSPORT} unke paas hai. forex card ke liye PAN chahiye: {PAN}',
    'hola {FIRST}! el transfer al hotel Meliá sale a las {~TIME} desde la T4, vuelo IB 3166. si hay retraso llámame al {PHONE_EU} 🚐',
    'Hi {FIRST}, Ihr Fahrer {NAME} wartet am Ausgang B, Terminal 2 FRA. Kennzeichen F-TX 2281. Bei Fragen: {PHONE_EU} 👋',
    'salut {FIRST} 😊 ta chambre au Novotel est la 512, petit-déj inclus. le bus pour Versailles part à {~TIME}, appelle {NAME} au {PHONE_EU} si souci',
    'desk: seat 22A pe {name} hai, 22B pe kaun?\nagent: 22B {NAME} hai sir, ticket no 0982145530712, fare {~PRICE}\ndesk: ok send email confirmation to {EMAIL}',
    'cab vendor: sir Uber nahi mil raha, Meru bhej raha hu, driver {name} no {PHONE}, ETA {~TIME} 🙏 airport BLR Kempegowda arrivals pillar 8',
    'oi {FIRST}! o motorista te espera no desembarque do aeroporto de Lisboa com placa "Hilton Group". voo TP 1019 às {~TIME}. qualquer coisa: {PHONE_EU}',
    'ciao {FIRST}, il pullman per l\'evento al Four Seasons parte da piazza Duomo alle {~TIME}. capogruppo {NAME}, cell {PHONE_EU} 🚌',
    'hoi {FIRST}, jullie taxi naar Schiphol staat om {~TIME} klaar bij het Okura. Chauffeur {NAME}, tel {PHONE_EU}. Boekingsnr 77812044.',
    'cześć {FIRST}, bus na konferencję w Gdańsku odjeżdża z hotelu Novotel o {~TIME}. Kierowca {NAME}, tel. {PHONE_EU}, miejsce 14 🙂',
    'desk: guys rooming list final karo 🙏\n{name} - 714 (twin with {name})\n{name} - 716\nbaaki sab Hyatt ke 8th floor pe, total {~ROOMS}',
  ],
  kyc: [
    'Visa application checklist — Schengen (France), VFS Bengaluru\nApplicant: {NAME_UP}\nPassport no: {PASSPORT}\nPAN: {PAN}\nAppointment: {~DATE} {~TIME}, token VFS-BLR-22871\nEmployer letter: Infosys, Electronic City',
    'Forex card KYC (Thomas Cook)\nName: {NAME}\nPAN: {PAN}\nAadhaar: {AADHAAR}\nTravel: Frankfurt, {~DATE} to {~DATE}\nLoad: €2,500.00 at 91.42\nSettlement a/c IFSC {IFSC}',
    'Hotel check-in (Form C, foreign national)\nGuest: {NAME_REV}\nPassport: {PASSPORT}\nArrived from: Dubai by EK 500, {~DATE}\nRoom: 907, Taj Lands End\nContact: {PHONE}',
    'US visa DS-160 helper sheet — {NAME}\nSSN (if any): {SSN}\nUS point of contact: {NAME}, {PHONE}\nHotel in US: Marriott Marquis, Times Square\nIntended arrival: {~DATE}',
    'Ficha de huésped (Real Decreto 933/2021)\nNombre: {NAME}\nDNI/NIE: {NIF}\nTeléfono: {PHONE_EU}\nCorreo: {EMAIL}\nHotel: Barceló Sevilla Renacimiento, hab. 314\nEntrada: {~DATE}',
    'Meldeschein — Hotel Adlon Kempinski Berlin\nName: {NAME}\nAnkunft: {~DATE}   Abreise: {~DATE}\nZimmer: 218\nTelefon: {PHONE_EU}\nFirma: Siemens AG, Kostenstelle 4410',
    'Corporate card enrolment for travel desk\nEmployee: {NAME}\nCard: {CARD}\nBilling e-mail: {EMAIL}\nSpend limit: {~PRICE}\nApproved by {NAME_INIT} on {~DATE}',
    'Formularz meldunkowy — Hotel Bristol Warszawa\nImię i nazwisko: {NAME}\nPESEL: {PESEL}\nTelefon: {PHONE_EU}\nPokój: 305, przyjazd {~DATE}\nRezerwacja: BRS-55120',
    'UK ETA / business visit\nTraveller: {NAME_UP}\nNational Insurance no (UK employer): {NINO}\nUK host: {NAME}, {EMAIL}\nHotel: The Savoy, London; flight BA 138 from BOM',
    'Vendor onboarding — cab aggregator\nOwner: {NAME}\nGSTIN: {GSTIN}\nPAN: {PAN}\nBank: IFSC {IFSC}, UPI {UPI}\nFleet: {~QUANTITY}, Innova Crysta and Dzire\nContract {~ORDER}',
    'Fiche client — agence de voyages d\'affaires\nNom : {NAME}\nTéléphone : {PHONE_EU}\nCourriel : {EMAIL_SPELT}\nIBAN pour remboursements : {IBAN}\nDestination : Lyon Part-Dieu, TGV 6613',
    'Scheda ospite — Hotel Principe di Savoia, Milano\nNome: {NAME}\nCellulare: {PHONE_EU}\nEmail: {EMAIL}\nCamera 1207, arrivo {~DATE}, partenza {~DATE}\nTariffa corporate {~PRICE}',
    'Employee travel profile (US)\nLegal name: {NAME}\nITIN: {ITIN}\nTSA PreCheck KTN: 98AB21C7\nPreferred airline: United, seat aisle\nPhone: {PHONE}',
    'Driver KYC — airport transfer partner\nDriver: {NAME}\nAadhaar: {AADHAAR}\nMobile: {PHONE}\nVehicle: DL 1C AA 4417, badge no 22871\nPolice verification done {~DATE}',
    'Ficha de viajante (Portugal)\nNome: {NAME}\nTelemóvel: {PHONE_EU}\nEmail: {EMAIL}\nIBAN: {IBAN}\nHotel: Sheraton Porto, quarto 811, check-in {~DATE}',
  ],
  refund: [
    'Refund request — booking {~ORDER}\nTraveller {NAME} cancelled 6E 6172 DEL→GOI on {~DATE}. Airline refund {~PRICE} minus fee ₹3,000. Credit to UPI {UPI} or card {CARD}.',
    'No-show dispute: Hilton Bengaluru Embassy charged {~PRICE} for room 1022 on {~DATE}. Guest {NAME} says she cancelled by e-mail from {EMAIL} at {~TIME}. Ticket {~TICKET}.',
    'Hi team,\n\nThe Radisson Blu Plaza overcharged our rooming list by 3 nights (invoice {~INVOICE}). Please refund to our account, IFSC {IFSC}.\n\nRegards,\n{NAME}\nTravel Desk Lead, Zenith Pharma\n{PHONE}',
    'Cancellation of train charter 12259 Duronto, coach A1, PNR 2417765309. Refund of {~PRICE} to be processed to {NAME} (A/c holder), UPI {UPI}. TDR filed {~DATE}.',
    'Solicitud de reembolso: reserva HX88Q2 en el Hotel Arts Barcelona, {~DATE}. Titular {NAME}, DNI {NIF}. Importe {~PRICE}. IBAN {IBAN}. Contacto {PHONE_EU}.',
    'Erstattungsantrag: Zugausfall ICE 597 München–Berlin am {~DATE}. Reisende: {NAME}. Betrag {~PRICE}. IBAN {IBAN}. Rückfragen an {EMAIL}.',
    'Cab vendor dispute: trip BOM T2 → Oberoi Nariman Point on {~DATE}, {~TIME}. Rider {NAME}, driver {name}. Billed {~PRICE}, agreed fare ₹1,850. Vendor GSTIN {GSTIN}.',
    'Demande de remboursement — séminaire annulé, Novotel Paris Centre Tour Eiffel\nParticipant : {NAME}\nMontant : {~PRICE}\nIBAN : {IBAN}\nRéf. dossier : {~INVOICE}',
    'Feedback form — airport transfer\nName: {NAME}\nPhone: {PHONE}\nRating: 2/5\nComments: driver was late by 40 mins at JFK Terminal 4, flight AI 101. Want {~PRICE} refunded to card ending 4417.',
    'Visa fee refund: application for {NAME_UP} rejected by Consulate of Italy, {~DATE}. Service fee {~PRICE} refundable. Passport {PASSPORT} returned via courier {~TRACKING}.',
    'Rimborso richiesto da {NAME} per il Frecciarossa 9544 soppresso, {~DATE}, posto 8A. Importo {~PRICE}. IBAN {IBAN}. Email {EMAIL}.',
    'Wniosek o zwrot: odwołany lot LO 281 WAW–ORD, {~DATE}. Pasażer {NAME}, PESEL {PESEL}, tel. {PHONE_EU}. Kwota {~PRICE}.',
    'Forex card closure: {NAME} returned from Frankfurt, unused balance €412.60 to be refunded. PAN {PAN}, account IFSC {IFSC}. Request id {~TICKET}.',
    'Dispute — Marriott Marquis NYC charged $389.00 x 2 nights to corporate card {CARD}. Guest {NAME} checked out {~DATE}. SSN not required; contact {PHONE}.',
    'Terugbetaling gevraagd: groepsreis naar Amsterdam RAI, hotel Okura geannuleerd op {~DATE}. Contactpersoon {NAME}, tel {PHONE_EU}, IBAN {IBAN}. Bedrag {~PRICE}.',
    'Reembolso: voo TP 1353 cancelado em {~DATE}. Passageiro {NAME}, telemóvel {PHONE_EU}, email {EMAIL_SPELT}. Valor {~PRICE}, referência {~ORDER}.',
  ],
  lead: [
    'Hi, I\'m {NAME}, HR at Brightwave Tech. We need a group booking for 40 staff at a Goa resort (Taj Exotica or similar), {~DATE} to {~DATE}, budget {~PRICE}. Call me on {PHONE} or {EMAIL}.',
    'Enquiry via website — bus charter\nName: {NAME}\nPhone: {PHONE}\nRoute: Pune → Mahabaleshwar, 2 x 45-seater Volvo\nDate: {~DATE}, pickup {~TIME}\nEvent: annual offsite',
    'hello ji, shaadi ke liye 25 rooms chahiye Jaipur mein, Fairmont ya ITC Rajputana. mera naam {name}, whatsapp {PHONE} 🙏 dates {~DATE} se',
    'Subject: RFP — airport transfers for Dreamforce week\n\nWe need 12 sedans SFO ↔ Hilton Union Square, {~DATE}–{~DATE}. Please quote by {~WEEKDAY}.\n\n{NAME}\nEvents Manager, Northwind Inc.\n{PHONE} | {EMAIL}',
    'Lead: {NAME_INIT} (Procurement, Tata Steel) wants an annual corporate rate with Marriott and Hyatt for about 4,800 room nights. Contact {EMAIL}, {PHONE}.',
    'Buenas, soy {NAME}, de una agencia de eventos en Valencia. Buscamos autocar de 55 plazas para el congreso en Feria Valencia el {~DATE}. Mi móvil: {PHONE_EU}.',
    'Guten Tag, hier {NAME} von der Messe München. Wir suchen 30 Zimmer im Hilton Munich Park für die bauma, {~DATE}. Rückruf bitte an {PHONE_EU} oder {EMAIL}.',
    'Bonjour, {NAME} de la société Altis. Nous cherchons une salle pour 120 personnes à Nice (Negresco ou Hyatt Regency), le {~DATE}. Tél. {PHONE_EU}.',
    'venue enquiry form\nname: {name}\ncompany: Orbit Fintech\nemail: {EMAIL}\nguests: 180\nvenue: JW Marriott Aerocity, Delhi\ndate: {~DATE}\nbudget: {~PRICE}',
    'New lead from IndiaMART: {NAME} — needs Tempo Traveller 17-seater Delhi → Rishikesh, {~DATE}. Mobile {PHONE}. Quoted {~PRICE}.',
    'Salve, sono {NAME} dell\'ufficio viaggi di Luxottica. Ci servono 15 biglietti Italo Milano–Roma per il {~DATE} e camere all\'Hotel Eden. Tel. {PHONE_EU}.',
    'Dzień dobry, nazywam się {NAME}. Szukamy hotelu dla 60 osób w Krakowie (Hilton Garden Inn lub Radisson) na {~DATE}. Kontakt: {PHONE_EU}, {EMAIL}.',
    'Goedemiddag, {NAME} hier van Philips Events. Wij zoeken touringcars voor 200 gasten van Schiphol naar de RAI op {~DATE}. Bel {PHONE_EU}.',
    'Olá, chamo-me {NAME}. Precisamos de transfers do aeroporto do Porto para o Yeatman para 35 convidados de casamento, {~DATE}. Contacto {PHONE_EU}.',
    'Cold inbound (LinkedIn): {NAME} from Deloitte Mumbai asked for visa + forex bundle for 8 consultants going to Toronto. Email spelled out as {EMAIL_SPELT}; phone {PHONE}.',
    'Callback request — Oberoi group bookings\nCaller: Mr. {LAST}\nFor: {~ROOMS}, {~DATE} to {~DATE}\nPhone: {PHONE}\nNote: asked for rates under {~PRICE}, Air India crew rate not applicable',
  ],
};
