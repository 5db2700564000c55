/**
 * Blind evaluation set 44: customer service of a European online marketplace, written mostly not in
 * English — Spanish, Portuguese (PT and BR), Polish, German, French, Italian and Dutch — with some
 * English and a little Hinglish from the marketplace's Indian support centre. Sellers' onboarding
 * (VAT and bank details), buyers' returns and refunds, delivery-driver callbacks, chargeback
 * disputes, account-takeover reports, GDPR access and erasure requests and review moderation, as
 * chat transcripts with speaker labels, e-mails with local greetings and sign-offs, forms as
 * key: value in the local language, CSV/JSON exports and SMS notifications.
 *
 * Hard negatives sit next to the real PII: order and parcel numbers, postcodes, VAT amounts and
 * prices in €/zł/£, dates in local formats, times, EAN/SKU codes, seller shop names that contain
 * people's names ("Casa Martínez", "Boutique Chez Marie") and streets named after people — these
 * are plain text or {~KIND} look-alikes and must pass unchanged.
 *
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH44_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    // Account takeover, Spanish
    'Nota interna (ES) — posible robo de cuenta. La clienta {NAME} (DNI {NIF}) indica que alguien cambió su correo a {EMAIL} el {~DATE} a las {~TIME} desde la IP {IP}. Pedido afectado {~ORDER}, importe {~PRICE}. Bloqueada la cuenta y avisado el vendedor Casa Martínez.',
    // GDPR access request, German
    'Betreff: Auskunftsersuchen nach Art. 15 DSGVO\n\nSehr geehrte Damen und Herren,\nhiermit beantrage ich Auskunft über alle zu meiner Person gespeicherten Daten. Kundenkonto: {EMAIL}, Telefon {PHONE_EU}. Meine letzte Bestellung {~ORDER} ging an die Goethestraße 12, 10625 Berlin.\n\nMit freundlichen Grüßen\n{NAME}',
    // GDPR erasure, French
    'Objet : demande d\'effacement (RGPD, art. 17)\n\nBonjour,\nJe souhaite la suppression définitive de mon compte ({EMAIL}). Mon numéro de portable est le {PHONE_EU}. Merci de confirmer avant le 15/12/2026. Ma dernière commande chez Boutique Chez Marie était la n° {~ORDER}.\n\nCordialement,\n{NAME}',
    // Review moderation, Dutch
    'Moderatie-log #{~TICKET}\nReview op product {~PRODUCT} (EAN 8712345678906) verwijderd: de schrijver noemde de verkoper bij naam en zette het 06-nummer van de bezorger erin ({PHONE_EU}). Melder: {NAME}, {EMAIL}. Beoordeling 1/5, geplaatst op 27-11-2026 om 14:05.',
    // CSV export of flagged accounts
    'ticket_id;kanaal;klant;e-mail;telefoon;reden;bedrag\n{~TICKET};chat;{NAME_REV};{EMAIL};{PHONE_EU};accountovername;{~PRICE}\n{~TICKET};mail;{NAME_REV};{EMAIL};{PHONE};terugbetaling;€ 89,95',
    // Italian seller onboarding note
    'Nota onboarding venditore — negozio "Bottega di Giuseppe" (P.IVA IT 0123456789 non verificata). Referente: Sig.ra {LAST}, cell. {PHONE_EU}, email {EMAIL}. Sede in Via Giuseppe Garibaldi 21, 20121 Milano. Primo listino: {~QUANTITY}, SKU {~SKU}.',
    // Polish account takeover transcript
    'Agent: Dzień dobry, w czym mogę pomóc?\nKlient: Ktoś zalogował się na moje konto i zmienił numer na {PHONE_EU}. Nazywam się {NAME}, PESEL {PESEL}.\nAgent: Widzę logowanie z adresu {IP} dnia {~DATE} o {~TIME}. Zamówienie {~ORDER} na kwotę 349,99 zł zostało wstrzymane.\nKlient: Dziękuję. Pozdrawiam.',
    // Portuguese (PT) GDPR access
    'Assunto: Pedido de acesso aos meus dados (RGPD)\n\nBom dia,\nChamo-me {NAME} e sou cliente desde 2019. Peço cópia de todos os dados associados ao e-mail {EMAIL} e ao telemóvel {PHONE_EU}. A minha morada é Avenida Almirante Reis 45, 1150-019 Lisboa.\n\nCom os melhores cumprimentos,\n{FIRST}',
    // English internal escalation from Indian centre
    'Escalation (Bengaluru support hub): agent {NAME} handed over case {~TICKET}. Buyer {NAME} (UK, NI no. {NINO}) says the seller "Harrison & Sons" never shipped order {~ORDER}. Buyer callback on {PHONE}, preferred after {~TIME} GMT. Amount held: £{~REF_EU}.',
    // JSON export of a GDPR case
    '{"case":"{~UUID}","type":"gdpr_erasure","requester":{"name":"{NAME}","email":"{EMAIL}","phone":"{PHONE}"},"received":"2026-11-27T09:14:00Z","orders":["{~ORDER}","{~ORDER}"],"shop":"Casa Martínez"}',
    // German review moderation
    'Moderationshinweis: Bewertung zu "Fahrradhelm Pro" (SKU {~SKU}) enthält Klarnamen. Der Käufer {NAME_INIT} schreibt, der Verkäufer Herr {LAST} habe ihn unter {PHONE_EU} beschimpft. Bewertung ausgeblendet am {~DATE}. Shop: Müller Sport & Freizeit, Konrad-Adenauer-Straße 3.',
    // Spanish CRM note, chargeback link
    'Llamada saliente a {NAME} ({PHONE_EU}) por el contracargo del pedido {~ORDER}. Dice que no reconoce el cargo de 129,90 € del {~DATE}. Se enviará el justificante de entrega (envío {~TRACKING}) a {EMAIL}.',
    // French account takeover with spelled e-mail
    'Client : {NAME_UP}\nMotif : piratage de compte\nLe client épelle son ancienne adresse : {EMAIL_SPELT}. Nouvelle adresse frauduleuse ajoutée le {~DATE} à {~TIME}. Carte enregistrée supprimée par précaution. Rue Victor Hugo, 69002 Lyon (adresse de livraison modifiée).',
    // Dutch seller bank-change alert
    'Waarschuwing: het IBAN van verkoper "Bakkerij Jansen & Dochters" is gewijzigd naar {IBAN}. Gewijzigd door gebruiker {EMAIL} vanaf {IP}. Contactpersoon {NAME} bevestigt telefonisch ({PHONE_EU}) dat zij dit niet heeft gedaan. Uitbetaling van € 2.340,00 tegengehouden.',
    // Italian GDPR erasure
    'Oggetto: richiesta di cancellazione dei dati personali\n\nGentile servizio clienti,\nvi chiedo di cancellare il mio account registrato con {EMAIL}. Numero di telefono: {PHONE_EU}. Ordine ancora aperto: {~ORDER} del {~DATE}.\n\nCordiali saluti,\n{NAME}',
    // Hinglish internal note
    'Note by {FIRST} (Pune team): customer {NAME} ne bola ki unka account hack ho gaya, new email {EMAIL} unka nahi hai. Callback {PHONE} pe kiya, order {~ORDER} hold pe hai. Shop name "Casa Martínez" – seller innocent lag raha hai.',
  ],
  whatsapp: [
    // Delivery driver callback, Spanish SMS
    'SMS: Hola {FIRST}, soy el repartidor de tu pedido {~ORDER}. Estoy en la Calle de Cervantes y no encuentro el portal. Llámame al {PHONE_EU} antes de las {~TIME}. Gracias!',
    // Polish SMS
    'Kurier: Dzień dobry, tu {FIRST} z firmy kurierskiej. Paczka {~TRACKING} czeka pod ul. Marii Skłodowskiej-Curie 8, 00-950 Warszawa. Proszę oddzwonić: {PHONE_EU}. Pobranie: 219,00 zł.',
    // German chat transcript
    'Kunde: Hallo, der Fahrer hat meine Nummer falsch, richtig ist {PHONE_EU}\nAgent ({FIRST}): Danke, Herr {LAST}! Ich habe sie für Sendung {~TRACKING} hinterlegt. Zustellung morgen zwischen 10:00 und 12:00 Uhr.\nKunde: Super, danke 👍',
    // French chat
    'Livreur : bonjour, je suis devant le 14 avenue Victor Hugo, personne ne répond 😕\nClient ({NAME}) : désolé, appelez-moi au {PHONE_EU}, je descends\nLivreur : ok, colis {~TRACKING}, montant 0,00 € (déjà payé)',
    // Portuguese BR chat
    'Cliente: oi, aqui é {name}, comprei o {~PRODUCT} e veio quebrado 😡\nAtendente: Olá {FIRST}! Sinto muito. Pode me passar o número do pedido?\nCliente: {~ORDER}, meu zap é {PHONE}\nAtendente: Anotado, a coleta será agendada para {~DATE}.',
    // Italian chat with driver
    'Autista: Buongiorno, sono {FIRST}, corriere per il pacco {~TRACKING}. Sono in Via Giuseppe Verdi 7 ma il citofono non funziona.\nCliente: Mi chiami al {PHONE_EU}, arrivo subito!\nAutista: Ok, ore {~TIME}.',
    // Dutch SMS
    'Beste {FIRST}, je pakket {~TRACKING} wordt vandaag bezorgd tussen 18:00 en 21:00. Niet thuis? Bel de bezorger op {PHONE_EU}. Postcode 1012 AB. Bestelnummer {~ORDER}.',
    // Hinglish chat from Indian centre
    'Agent {FIRST}: hello ma\'am, aapka refund {~PRICE} process ho gaya hai 🙏\nCustomer: thanks! mera number change hua hai, naya wala {PHONE} hai\nAgent {FIRST}: noted ji, order {~ORDER} ke against update kar diya',
    // English chat, UK buyer
    'Buyer: hi, courier left my parcel with a neighbour?? I\'m {NAME}, flat 3, Nelson Street, M1 4HY\nSupport: So sorry {FIRST}! Can you confirm the best number to reach you?\nBuyer: {PHONE}, or email {EMAIL}\nSupport: Thanks, case {~TICKET} opened 📦',
    // Spanish WhatsApp lowercase
    'hola soy {name}, el repartidor me dejó el paquete en la portería del 28013 😅 mi móvil es {PHONE_EU} por si necesitáis algo. pedido {~ORDER}',
    // Polish chat with lookalike ref
    'Klientka: Dzień dobry, nie dostałam zwrotu pieniędzy za zamówienie {~REF_EU}\nKonsultant: Dzień dobry Pani {LAST}, czy mogę prosić o numer telefonu?\nKlientka: {PHONE_EU}\nKonsultant: Dziękuję, zwrot 89,00 zł zlecony {~DATE}.',
    // German SMS account takeover
    'SMS: Dein Code lautet {~OTP}. Nicht du? Dann hat sich jemand mit {EMAIL} angemeldet. Antworte STOP oder ruf uns an. Gruß, dein Marktplatz-Team',
    // French WhatsApp seller
    'Bonjour c\'est {FIRST} de la Boutique Chez Marie 👋 mon IBAN a changé, le nouveau est {IBAN}. Vous pouvez me rappeler au {PHONE_EU} ? Virement prévu le {~DATE}.',
    // Portuguese PT SMS
    'Olá {FIRST}, a sua encomenda {~ORDER} está a caminho. O estafeta vai ligar-lhe para o {PHONE_EU} 30 min antes. Código de levantamento: {~OTP}. Rua Augusta 120, 1100-053 Lisboa.',
    // Italian chat lower
    'ciao sono {name} 🙋‍♀️ il pacco è arrivato aperto, vi mando le foto? il mio numero è {PHONE_EU}, ordine {~ORDER} da 59,90 €',
    // Dutch chat transcript
    'Klant: Goedemiddag, ik ben {NAME}. De chauffeur belde mij vanaf {PHONE_EU} maar ik miste het.\nMedewerker: Geen probleem! Ik plan zending {~TRACKING} opnieuw in voor {~WEEKDAY}.\nKlant: Top, dank je wel.',
  ],
  kyc: [
    // Spanish seller onboarding form
    'Alta de vendedor\nNombre y apellidos: {NAME}\nDNI/NIE: {NIF}\nTeléfono: {PHONE_EU}\nCorreo: {EMAIL}\nIBAN: {IBAN}\nNombre de la tienda: Casa Martínez\nCódigo postal: 28001\nFecha de alta: 27/11/2026',
    // Polish seller onboarding form
    'Rejestracja sprzedawcy\nImię i nazwisko: {NAME}\nPESEL: {PESEL}\nTelefon: {PHONE_EU}\nE-mail: {EMAIL}\nNumer rachunku: {IBAN}\nNIP firmy: 526-000-12-46\nKod pocztowy: 31-042 Kraków\nSklep: Sklep u Zosi',
    // German seller form
    'Verkäufer-Registrierung\nInhaber: {NAME_REV}\nUSt-IdNr.: DE 123456789\nIBAN: {IBAN}\nTelefon: {PHONE_EU}\nE-Mail: {EMAIL}\nAnschrift: Bismarckstraße 40, 50672 Köln\nShopname: Schmidt & Söhne Haushaltswaren\nGebühren: 19 % MwSt. auf 7,5 % Provision',
    // French seller form
    'Inscription vendeur\nNom : {LAST}\nPrénom : {FIRST}\nTéléphone : {PHONE_EU}\nCourriel : {EMAIL}\nIBAN : {IBAN}\nN° TVA intracommunautaire : FR 40 303265045\nBoutique : Boutique Chez Marie\nCode postal : 75016',
    // Italian form
    'Registrazione venditore\nNominativo: {NAME}\nCellulare: {PHONE_EU}\nPEC / email: {EMAIL}\nIBAN: {IBAN}\nPartita IVA: IT 0123456789\nNegozio: Bottega di Giuseppe\nCAP: 00184 Roma\nData: 27/11/2026',
    // Dutch form
    'Aanmelding verkoper\nNaam: {NAME}\nTelefoonnummer: {PHONE_EU}\nE-mailadres: {EMAIL}\nIBAN: {IBAN}\nBTW-nummer: NL 123456789B01\nKvK: 12345678\nWinkelnaam: Bakkerij Jansen & Dochters\nAdres: Johan de Wittlaan 7, 2517 JR Den Haag',
    // Portuguese PT form
    'Registo de vendedor\nNome completo: {NAME}\nTelemóvel: {PHONE_EU}\nE-mail: {EMAIL}\nIBAN: {IBAN}\nNIF empresa: PT 500 000 000 (a validar)\nLoja: Casa do Sr. António\nCódigo postal: 4000-322 Porto',
    // English UK seller form
    'Seller verification — UK\nFull name: {NAME}\nNational Insurance number: {NINO}\nMobile: {PHONE}\nEmail: {EMAIL}\nBank (IBAN): {IBAN}\nVAT reg: GB 123 4567 89\nShop: Harrison & Sons Antiques\nPostcode: SW1A 1AA',
    // JSON onboarding export
    '{"seller_id":"{~UUID}","shop":"Casa Martínez","owner":"{NAME}","nif":"{NIF}","iban":"{IBAN}","phone":"{PHONE_EU}","email":"{EMAIL}","vat_rate":21,"fee_eur":"{~PRICE}"}',
    // CSV Polish onboarding export
    'id;imie_nazwisko;pesel;telefon;iban;sklep;data\n{~REF_EU};{NAME_REV};{PESEL};{PHONE_EU};{IBAN};Sklep u Zosi;{~DATE}\n{~REF_EU};{NAME_REV};{PESEL};{PHONE};{IBAN};Hurtownia Kowalski;{~DATE}',
    // Spanish with invalid NIF lookalike
    'Revisión de documentación: el vendedor {NAME} envió primero el DNI {~NIF_INVALID} (letra de control incorrecta) y después el correcto {NIF}. Cuenta bancaria {IBAN} verificada con el banco el {~DATE}. Tienda: Ferretería Hermanos López.',
    // German chat KYC
    'Agent: Für die Auszahlung brauchen wir noch Ihre Bankverbindung.\nVerkäuferin ({NAME}): Klar, IBAN {IBAN}, Kontoinhaberin ist die Firma Schmidt & Söhne.\nAgent: Danke. Die erste Auszahlung über 1.250,00 € erfolgt am {~DATE}.',
    // French e-mail KYC
    'Bonjour {FIRST},\n\nPour finaliser l\'ouverture de votre boutique, merci de nous envoyer un RIB. L\'IBAN reçu ({IBAN}) ne correspond pas au titulaire {NAME}. Référence dossier : {~TICKET}.\n\nCordialement,\nL\'équipe Vendeurs',
    // Indian centre: Indian seller expanding to EU
    'Seller KYC (India hub) — name {NAME}, PAN {PAN}, GSTIN {GSTIN}, Aadhaar {AADHAAR}, IFSC {IFSC}. Wants to sell in EU, EU phone {PHONE}. Not to confuse with ref {~VERHOEFF_INVALID_12}.',
    // Italian e-mail
    'Gentile {NAME},\n\nabbiamo ricevuto i documenti per il negozio "Pizzeria da Mario" (ordine di attivazione {~ORDER}). Manca il codice IBAN: quello indicato, {IBAN}, risulta intestato ad altra persona. Può richiamarci? Il suo numero in archivio è {PHONE_EU}.\n\nCordiali saluti,\nUfficio Venditori',
    // Dutch e-mail
    'Beste {FIRST},\n\nBedankt voor je aanmelding als verkoper. We hebben je IBAN {IBAN} geverifieerd met een proefbetaling van € 0,01. Je eerste verkoop ({~SKU}) staat live sinds {~DATE}.\n\nMet vriendelijke groet,\n{NAME}\nTeam Verkopersondersteuning',
  ],
  refund: [
    // Spanish return e-mail
    'Asunto: Devolución pedido {~ORDER}\n\nHola,\nquiero devolver el {~PRODUCT} (EAN 8412345678905) porque llegó roto. Importe pagado: 249,00 € (IVA 21 % incluido). Podéis hacer el reembolso a mi cuenta {IBAN}.\n\nUn saludo,\n{NAME}\n{PHONE_EU}',
    // Polish refund
    'Dzień dobry,\nproszę o zwrot 1 299,00 zł za zamówienie {~ORDER} z dnia {~DATE}. Towar odesłałam paczkomatem, numer przesyłki {~TRACKING}. Numer konta do zwrotu: {IBAN}.\n\nPozdrawiam,\n{NAME}\ntel. {PHONE_EU}',
    // German chargeback dispute
    'Betreff: Rückbuchung (Chargeback) zu Bestellung {~ORDER}\n\nSehr geehrte Frau {LAST},\nIhre Bank hat am {~DATE} eine Rückbuchung über 89,99 € veranlasst. Die Sendung {~TRACKING} wurde laut Fahrer am {~DATE} um {~TIME} an Ihrer Adresse zugestellt. Bitte melden Sie sich unter Angabe Ihrer E-Mail {EMAIL}.\n\nMit freundlichen Grüßen\n{NAME}\nKundenservice',
    // French refund e-mail
    'Objet : remboursement non reçu\n\nBonjour,\nj\'ai retourné la commande {~ORDER} le {~DATE} (colis {~TRACKING}). Toujours aucun remboursement des 79,90 €. Mon IBAN : {IBAN}. Joignable au {PHONE_EU}.\n\nCordialement,\n{NAME}',
    // Italian chargeback
    'Contestazione addebito — carta {CARD}, titolare {NAME}. Importo contestato 349,00 € per l\'ordine {~ORDER} del {~DATE}. Il venditore "Bottega di Giuseppe" ha fornito prova di consegna {~TRACKING}. Nota: la carta di prova {~LUHN_INVALID_16} non è valida.',
    // Dutch refund
    'Onderwerp: retour bestelling {~ORDER}\n\nGoedendag,\nIk heb de {~PRODUCT} teruggestuurd, maar zie nog geen terugbetaling van € 64,95 op rekening {IBAN}. Postcode afzender 3511 LN.\n\nMet vriendelijke groet,\n{NAME}\n{EMAIL}',
    // Portuguese BR return chat
    'Cliente: quero devolver o pedido {~ORDER}, veio tamanho errado\nAtendente: Claro! Qual o seu nome completo e e-mail?\nCliente: {NAME}, {EMAIL}\nAtendente: Obrigada, {FIRST}. O reembolso de {~PRICE} cai em até 10 dias úteis.',
    // Portuguese PT refund
    'Exmos. Senhores,\nsolicito o reembolso de 45,50 € referente à encomenda {~ORDER}, devolvida a {~DATE}. IBAN para transferência: {IBAN}. Contacto: {PHONE_EU}.\nCumprimentos,\n{NAME}',
    // CSV refund export
    'refund_id,order,buyer,email,iban,amount,currency,status\n{~INVOICE},{~ORDER},"{NAME_REV}",{EMAIL},{IBAN},129.90,EUR,approved\n{~INVOICE},{~ORDER},"{NAME_REV}",{EMAIL},{IBAN},349.99,PLN,pending',
    // JSON chargeback
    '{"dispute_id":"{~UUID}","order":"{~ORDER}","cardholder":"{NAME}","card":"{CARD}","amount":"€ 219,00","reason":"item_not_received","carrier_ref":"{~TRACKING}","opened":"27.11.2026"}',
    // English UK refund
    'Hi team,\nI returned order {~ORDER} on {~DATE} and was told I\'d get £{~REF_EU} back. Nothing yet. Card ending in the one on file; my number is {PHONE}. Please sort it.\nThanks,\n{NAME}',
    // Hinglish refund note
    'Refund note ({FIRST}, Hyderabad desk): customer {NAME} ka chargeback aaya hai order {~ORDER} pe, amount €{~REF_EU}. Customer ko {EMAIL} pe mail bhej diya, reply nahi aaya toh {PHONE} pe call karna hai {~TIME} ke baad.',
    // Spanish chat chargeback
    'Agente: Buenas tardes, ¿me confirma su nombre?\nCliente: {NAME}, DNI {NIF}\nAgente: Gracias. Veo un contracargo de 59,95 € del pedido {~ORDER}. El repartidor marcó entrega en Calle de Cervantes 3, 28014 Madrid.\nCliente: Yo no vivo ahí.',
    // German return form
    'Retourenformular\nName: {NAME}\nBestellnummer: {~ORDER}\nArtikel: {~SKU} ({~QUANTITY})\nGrund: defekt\nErstattung auf IBAN: {IBAN}\nTelefon: {PHONE_EU}\nRücksendedatum: 26.11.2026',
    // Polish chat refund with IMEI lookalike
    'Klient: Telefon, który kupiłem, ma inny IMEI niż na fakturze: {~IMEI}\nKonsultant: Przepraszamy, Panie {LAST}. Zwrot 1 899,00 zł trafi na kartę {CARD}.\nKlient: Dzięki, mój mail to {EMAIL}.',
    // French chargeback chat seller side
    'Vendeuse ({NAME}, Boutique Chez Marie) : le client a ouvert un litige sur la commande {~ORDER} alors que le colis {~TRACKING} a été signé le {~DATE}.\nSupport : Merci, pouvez-vous confirmer votre numéro, {PHONE_EU} ?\nVendeuse : Oui, c\'est bien ça.',
  ],
  lead: [
    // Spanish prospective seller
    'Hola, me llamo {NAME} y tengo una tienda de cerámica en Sevilla ("Casa Martínez"). Me gustaría vender en vuestro marketplace. Mi móvil es {PHONE_EU} y mi correo {EMAIL}. Facturamos unos 120.000 € al año.\nUn saludo',
    // Polish lead
    'Dzień dobry,\njestem zainteresowany sprzedażą na Państwa platformie. Prowadzę sklep "Hurtownia Kowalski" w Poznaniu (61-001). Proszę o kontakt pod numerem {PHONE_EU} lub mailowo: {EMAIL}.\n\nPozdrawiam,\n{NAME}',
    // German lead
    'Guten Tag,\nich betreibe den Onlineshop "Schmidt & Söhne Haushaltswaren" und möchte ab {~MONTH} bei Ihnen verkaufen. Sie erreichen mich unter {PHONE_EU} oder per Mail an {EMAIL}.\n\nMit freundlichen Grüßen\n{NAME}\n{~JOB_TITLE}',
    // French lead
    'Bonjour,\nJe m\'appelle {NAME}, gérante de la Boutique Chez Marie à Paris (75011). Nous vendons des bijoux faits main, environ {~QUANTITY} par mois. Pouvez-vous me rappeler au {PHONE_EU} ?\n\nCordialement',
    // Italian lead
    'Buongiorno, sono {NAME} della "Bottega di Giuseppe" (Firenze, CAP 50122). Vorrei informazioni sulle commissioni per la categoria {~PRODUCT}. Il mio numero è {PHONE_EU}, email {EMAIL}. Grazie!',
    // Dutch lead
    'Hoi, ik ben {FIRST} van Bakkerij Jansen & Dochters uit Utrecht. We willen graag onze koekjestrommels via jullie verkopen. Bel me gerust op {PHONE_EU} of mail naar {EMAIL}.\nMet vriendelijke groet,\n{NAME}',
    // Portuguese BR lead
    'Olá! Sou {NAME}, tenho uma loja de artesanato em Curitiba e quero vender para a Europa. Meu WhatsApp: {PHONE}. E-mail: {EMAIL}. Vocês aceitam vendedores do Brasil?',
    // Portuguese PT lead
    'Boa tarde,\nsou {NAME}, proprietário da "Casa do Sr. António" no Porto (4050-290). Gostaria de saber os custos de adesão. Telemóvel {PHONE_EU}.\nCumprimentos',
    // CSV leads
    'lead_id;naam;bedrijf;telefoon;email;land;omzet\n{~REF_EU};{NAME};Bakkerij Jansen & Dochters;{PHONE_EU};{EMAIL};NL;€ 80.000\n{~REF_EU};{NAME};Casa Martínez;{PHONE_EU};{EMAIL};ES;€ 120.000',
    // JSON lead form
    '{"form":"seller_interest","locale":"de-DE","name":"{NAME}","company":"Müller Sport & Freizeit","phone":"{PHONE_EU}","email":"{EMAIL}","skus":"{~QUANTITY}","submitted":"{~DATE} {~TIME}"}',
    // English lead from Indian centre follow-up
    'Lead follow-up (Bengaluru): spoke to {NAME} from "Harrison & Sons Antiques", UK. Wants to list {~QUANTITY} from {~MONTH}. Best number {PHONE}, email {EMAIL}. Next call {~WEEKDAY} {~TIME}.',
    // Hinglish lead note
    'lead note: {name} ji ka shop hai "Sklep u Zosi" Poland mein, unko onboarding call chahiye. number {PHONE} pe try kiya, busy tha. email {EMAIL} pe deck bhej diya ✅',
    // Spanish lead with spelled e-mail
    'Formulario web\nNombre: {NAME}\nEmpresa: Ferretería Hermanos López\nCorreo: {EMAIL_SPELT}\nTeléfono: {PHONE_EU}\nMensaje: Quiero vender herramientas, unas 300 referencias, precio medio 35 € + IVA.',
    // Polish form lead
    'Formularz kontaktowy\nImię: {FIRST}\nNazwisko: {LAST}\nTelefon: {PHONE_EU}\nE-mail: {EMAIL}\nKategoria: {~PRODUCT}\nUlica: ul. Adama Mickiewicza 10\nWiadomość: Proszę o ofertę dla nowych sprzedawców.',
    // Italian review-moderation partner lead
    'Salve, sono {NAME_INIT}, responsabile di un\'agenzia di moderazione recensioni a Torino. Offriamo il servizio a 0,12 € a recensione. Mi contatti al {PHONE_EU} o a {EMAIL}. Cordiali saluti.',
    // French lead with street named after a person
    'Bonjour, ici {NAME}, je tiens une librairie rue Victor Hugo à Lille (59000). On aimerait vendre nos livres d\'occasion chez vous. Mon adresse : {EMAIL}. Tél. {PHONE_EU}. Bonne journée !',
  ],
};
