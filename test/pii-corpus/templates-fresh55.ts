/**
 * Blind evaluation set 55: e-commerce marketplace sellers and D2C brands in India, the US and
 * Europe. Seller-support tickets about onboarding and catalogue issues, order cancellations, RTO
 * (return to origin) and COD disputes, courier escalations and call notes, influencer-led flash
 * sales, customer-review replies, payout reconciliation and GST invoice corrections; written as
 * WhatsApp order confirmations (Hinglish, lower case, emoji), CSV/TSV order exports, JSON webhooks
 * from a shop platform, e-mails with signatures and review replies. Mostly English and Hinglish,
 * with Spanish, German, French, Polish, Portuguese and Italian. Real PII sits next to hard
 * negatives: order, AWB and invoice numbers, SKUs and ASIN-like codes, pincodes and ZIP codes,
 * amounts in ₹/$/€, dates and times, brand and product names that look like people's names
 * ("Priya Naturals", "Aunt Rosa's Pickles", "Maison Céline", "Raja Rani Sarees") and couriers
 * ("Blue Dart", "DHL", "Delhivery", "Ekart", "InPost", "Correos").
 * Written without reading the engine.
 */
import type { Domain } from './templates.ts';

export const FRESH55_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Seller Support ticket {~TICKET}\nSeller: Priya Naturals (brand owner {NAME})\nIssue: listing for SKU {~SKU} suppressed — "image has watermark". ASIN B0C9XK7LQ2 affected.\nCallback on {PHONE} before {~TIME}.',
    'Courier call note ({~DATE}): Blue Dart hub {~CITY} says AWB {~TRACKING} was marked "consignee not available". Agent {FIRST} spoke to the buyer {NAME} on {PHONE}; re-attempt tomorrow, pincode {~PINCODE}.',
    'Hi {FIRST},\n\nThanks for flagging the catalogue mismatch on "Arjun Ayurveda Kesh Tel 200ml" (SKU {~SKU}). We have raised {~TICKET} with the category team.\n\nBest regards,\n{NAME}\nSeller Success Manager | Kartmela Marketplace\nM: {PHONE} | {EMAIL}',
    'Escalation L2 — DHL Express shipment {~TRACKING} to Berlin stuck in customs since {~DATE}. Consignee {NAME}, Tel. {PHONE_EU}. Invoice {~INVOICE} value {~PRICE}. Owner on our side: {NAME_INIT} (L2 desk).',
    'Account health review for seller "Raja Rani Sarees": ODR 1.8%, late dispatch 4.2%. POC {NAME_REV}, {EMAIL}. Next review {~WEEKDAY}, {~TIME} IST.',
    'order_id,awb,courier,customer,phone,pincode,amount,status\n{~ORDER},{~TRACKING},Delhivery,{NAME},{PHONE},{~PINCODE},{~PRICE},RTO_INITIATED',
    'Nota interna: la vendedora {NAME} (tienda "Rosa Moda Valencia") reclama el pedido {~ORDER}. Correos devolvió el paquete {~TRACKING}. Contacto: {PHONE_EU}, {EMAIL}.',
    'Ticket {~TICKET} – Verkäuferkonto gesperrt. Herr {LAST} bittet um Rückruf unter {PHONE_EU}. Artikelnummer {~SKU}, Rechnung {~INVOICE} vom {~DATE}.',
    'Reply to review on "Bella Vita Rose Mist":\n"Dear {FIRST}, we are sorry the bottle leaked in transit. Our team will call you on {PHONE} to arrange a free replacement for order {~ORDER}." — Team Bella Vita',
    'Catalogue QC fail: 37 listings under brand "Aunt Rosa\'s Pickles" rejected (FSSAI image missing). Uploaded by {name} from IP {IP} using bulk tool {~VERSION}. Batch {~UUID}.',
    'Call log {~DATE} {~TIME}: Ekart rider called buyer {NAME} ({PHONE}) three times, no answer. Address: {~STREET}, {~CITY} {~PINCODE}. Status moved to NDR; seller informed.',
    'Subject: Re: Onboarding – Maison Céline Paris\n\nBonjour {FIRST},\nvotre catalogue ({~QUANTITY}) est en ligne. Pour la facture {~INVOICE}, contactez {EMAIL} ou le {PHONE_EU}.\n\nCordialement,\n{NAME}\nAccount Manager EU',
    'Zgłoszenie {~TICKET}: sprzedawca {NAME} zgłasza, że InPost zgubił paczkę {~TRACKING} (paczkomat WAW22M). Kontakt {PHONE_EU}, kwota zwrotu {~PRICE}.',
    'Seller {NAME_UP} called from {PHONE} about listing takedown (trademark "Krishna Foods" claim). Advised to upload brand authorisation; ref {~REF_EU}.',
    'Nota: il cliente {NAME} ha chiamato per l\'ordine {~ORDER}, corriere BRT, tracking {~TRACKING}. Richiamare al {PHONE_EU} entro {~TIME}. Prodotto: {~PRODUCT}.',
    'Internal: influencer drop "Glow Lab Creator Edit" sold {~QUANTITY} in 9 minutes. Stock-out on SKU {~SKU}. Creator manager {NAME} ({EMAIL}) wants restock ETA by {~DATE}.',
  ],
  whatsapp: [
    'hi {name} 👋 aapka order {~ORDER} confirm ho gaya hai ✅ COD amount {~PRICE}. delivery by {~WEEKDAY}. confirm karne ke liye YES reply karo',
    'bhaiya {FIRST} bol raha hu, {PHONE} pe call karo pls, blue dart wala awb {~TRACKING} leke wapas chala gaya 😤',
    'order {~ORDER} cancel kar do pls, galti se 2 baar place ho gaya 🙏 - {name}',
    'hello ji, rto aa gaya hai {~TRACKING} ka. customer {name} ne phone nahi uthaya {PHONE} 😑 ab kya karein?',
    'payment {UPI} pe bhej diya ₹ 1,499 ka ✅ utr {~UTR}. ab to dispatch kar do yaar',
    'hey {FIRST}! flash sale live at 8 pm 🔥🔥 use code TANYA20 on "Priya Naturals" combo {~SKU}. dm me ur order id',
    'sir mera size exchange karna hai, order {~ORDER}, pincode {~PINCODE}. mera number {PHONE} hai 📦',
    'madam {FIRST} otp {~OTP} delivery boy ko dena mat bhoolna 😊 package arriving today by {~TIME}',
    'seller ji invoice {~INVOICE} pe GST galat aaya hai, mera gstin {GSTIN} hai, please correct karke bhejo',
    'hola {FIRST} 👋 tu pedido {~ORDER} ya salió con Correos Express 🚚 seguimiento {~TRACKING}. dudas? escríbenos a {EMAIL}',
    'hallo {FIRST}, dein paket mit DHL kommt am {~DATE} 📦 bei fragen ruf {PHONE_EU} an',
    'cześć {name}! zamówienie {~ORDER} odebrane z paczkomatu ✅ zostaw opinię ⭐⭐⭐⭐⭐',
    'olá {FIRST}, a sua encomenda {~ORDER} foi entregue pelos CTT 😊 qualquer problema ligue {PHONE_EU}',
    'ciao {FIRST}! ordine {~ORDER} spedito con GLS 📦 consegna prevista {~DATE}',
    'bro {name} ka email {EMAIL_SPELT} hai, usko invoice bhej do order {~ORDER} wala 🙏',
    'thanks for ordering from Raja Rani Sarees 🥻 ur saree ships from {~CITY} in 2 days. any issue call {PHONE}',
  ],
  kyc: [
    'Seller onboarding – Priya Naturals LLP\nAuthorised signatory: {NAME_UP}\nPAN: {PAN}\nGSTIN: {GSTIN}\nSettlement a/c IFSC: {IFSC}\nPickup pincode: {~PINCODE}',
    'KYC doc check failed for {NAME}: Aadhaar entered as {~VERHOEFF_INVALID_12} (checksum invalid). Correct Aadhaar on file: {AADHAAR}. Mobile {PHONE}.',
    'US seller registration: {NAME}, EIN pending, SSN {SSN}, email {EMAIL}. Warehouse ZIP 07302, Jersey City. Store: "Molly & Moss Candles".',
    'W-8BEN received from {NAME} (non-resident), ITIN {ITIN}, payout in USD. Marketplace ID A1F83G8C2ARO7P.',
    'Alta de vendedor: {NAME}, NIF {NIF}, IBAN {IBAN}, teléfono {PHONE_EU}. Marca: "Abuela Carmen Conservas". CP 46001.',
    'Rejestracja sprzedawcy: {NAME}, PESEL {PESEL}, NIP w weryfikacji, rachunek {IBAN}, tel. {PHONE_EU}.',
    'GST invoice correction request {~TICKET}: buyer {NAME} wants B2B invoice. Old invoice {~INVOICE} had GSTIN blank; correct GSTIN {GSTIN}. Order {~ORDER}, amount {~PRICE}.',
    'Payout bank change: seller {NAME_REV}\nOld IFSC: {IFSC}\nNew IFSC: {IFSC}\nPAN {PAN}\nRequested from IP {IP} on {~DATE} {~TIME}.',
    'UK seller {NAME}, NI number {NINO}, VAT GB 123 4567 89 (company). Contact {PHONE}.',
    'Verkäufer-Verifizierung: {NAME}, Ausweis geprüft, IBAN {IBAN}, Tel. {PHONE_EU}. USt-IdNr. DE 811 907 980 (Firma, kein PII).',
    'Director KYC for D2C brand "Kabir & Sons Home": {NAME_INIT}, passport {PASSPORT}, PAN {PAN}, email {EMAIL}.',
    'Ficha vendedor rechazada: DNI introducido {~NIF_INVALID} no válido. Titular {NAME}, contacto {EMAIL}.',
    'seller_id,legal_name,contact,pan,gstin,ifsc,pincode\nSLR{~OTP},Meera Home Decor Pvt Ltd,{NAME},{PAN},{GSTIN},{IFSC},{~PINCODE}',
    'Card on file for ads billing (seller {NAME}): {CARD}. Rejected test card {~LUHN_INVALID_16} not saved.',
    'Vérification vendeur : {NAME}, IBAN {IBAN}, téléphone {PHONE_EU}, boutique « Maison Céline ». SIRET 552 100 554 00025 (société).',
    'UPI autopay mandate for subscription fee: {UPI}, seller {NAME}, plan ₹999/month, mandate ref {~UTR}.',
  ],
  refund: [
    'COD dispute {~TICKET}: customer {NAME} says parcel was never delivered, but Delhivery POD shows signature at {~TIME} on {~DATE}. AWB {~TRACKING}. Refund {~PRICE} to UPI {UPI} on hold.',
    'RTO reconciliation {~MONTH}: 112 RTOs, 9 missing at warehouse. Example: order {~ORDER}, AWB {~TRACKING}, buyer {NAME}, {~PINCODE}. Claim raised with Xpressbees.',
    'Refund request: order {~ORDER} cancelled before dispatch. Refund {~PRICE} to card {CARD}. Customer email {EMAIL}.',
    'Chargeback alert: card ending 4421 disputed {~PRICE} for order {~ORDER}. Cardholder {NAME}, billing ZIP 10001, IP {IP}. Respond by {~DATE}.',
    'Payout reconciliation – settlement {~UTR}\nGross {~PRICE}, commission 12%, TCS 1%, shipping fee deducted twice for AWB {~TRACKING}. Seller contact {NAME}, {PHONE}. Bank IFSC {IFSC}.',
    '{\n  "event": "refund.created",\n  "order_id": "{~ORDER}",\n  "customer": { "name": "{NAME}", "email": "{EMAIL}", "phone": "{PHONE}" },\n  "amount": "{~PRICE}",\n  "sku": "{~SKU}",\n  "created_at": "{~DATE}"\n}',
    'order_id\tcustomer\tphone\treason\trefund_mode\tamount\n{~ORDER}\t{NAME}\t{PHONE}\tsize issue\tUPI {UPI}\t{~PRICE}',
    'Reembolso pedido {~ORDER}: la clienta {NAME} devolvió "Zapatillas Lola" (ref {~SKU}). Abonar {~PRICE} a la cuenta {IBAN}. Tel. {PHONE_EU}.',
    'Erstattung für Bestellung {~REF_EU}: Frau {LAST} hat die Ware per DHL zurückgeschickt ({~TRACKING}). Betrag {~PRICE} auf IBAN {IBAN}.',
    'Zwrot {~PRICE} dla {NAME}, zamówienie {~ORDER}, konto {IBAN}. Paczka zwrotna InPost {~TRACKING}.',
    'Remboursement commande {~ORDER} : Mme {LAST}, colis Colissimo {~TRACKING} revenu à l\'expéditeur. Montant {~PRICE}, contact {EMAIL}.',
    'Rimborso ordine {~ORDER} per {NAME}, IBAN {IBAN}. Prodotto "Nonna Lucia Pesto" arrivato rotto. Tel {PHONE_EU}.',
    'Reembolso encomenda {~ORDER}: cliente {NAME}, NIF pendente, IBAN {IBAN}, telemóvel {PHONE_EU}.',
    'RTO fraud flag: same buyer {NAME_REV} refused COD 6 times across brands. Phones used: {PHONE}, {PHONE}. Pincode {~PINCODE}. Recommend blocking COD.',
    'Refund of $1,249.00 for order {~ORDER} to {NAME} (SSN not required). Return label UPS {~TRACKING}. Email {EMAIL}.',
    'Wrong refund: customer {NAME} got ₹ 2,340 twice (UTR {~UTR} and UTR {~UTR}). Recover from {UPI}. Serial of returned phone {~SERIAL}, IMEI {~IMEI}.',
  ],
  lead: [
    'New wholesale enquiry via website: {NAME}, {EMAIL}, {PHONE}. Wants {~QUANTITY} of "Priya Naturals Aloe Gel" ({~SKU}) at {~PRICE}. City {~CITY}.',
    'Influencer collab lead: {FIRST} (handle @glowdiaries.official) — 240k followers. Manager {NAME}, {EMAIL}. Proposed flash sale on {~DATE} at {~TIME}, commission 15%.',
    '{\n  "topic": "checkouts/abandoned",\n  "shop": "molly-and-moss.myshopify.com",\n  "email": "{EMAIL}",\n  "billing_address": { "first_name": "{FIRST}", "last_name": "{LAST}", "phone": "{PHONE}", "zip": "94107" },\n  "total_price": "{~PRICE}",\n  "line_items": [{ "sku": "{~SKU}", "title": "{~PRODUCT}" }]\n}',
    'Lead from Meta ad (D2C brand Kabir & Sons Home): name {NAME}, whatsapp {PHONE}, interested in 3-seater sofa, budget {~PRICE}, pincode {~PINCODE}.',
    'Hi team, I run a boutique in {~CITY} and want to stock "Raja Rani Sarees". Please call me, {NAME}, on {PHONE} or mail {EMAIL}. Regards.',
    'Partner enquiry (DE): {NAME}, Einkauf bei einem Drogeriemarkt, möchte "Aunt Rosa\'s Pickles" listen. Tel. {PHONE_EU}, Mail {EMAIL}.',
    'Solicitud de distribuidor: {NAME}, {EMAIL}, móvil {PHONE_EU}. Interesado en {~QUANTITY} de "Abuela Carmen Conservas". Pedido mínimo {~PRICE}.',
    'Zapytanie hurtowe: {NAME} z {~CITY}, tel. {PHONE_EU}, e-mail {EMAIL_SPELT}. Chce {~QUANTITY} produktu {~SKU}.',
    'creator_handle,real_name,email,phone,promo_code,orders\n@glowdiaries.official,{NAME},{EMAIL},{PHONE},TANYA20,{~QUANTITY}',
    'Demande de partenariat : {NAME}, acheteuse chez un concept store à {~CITY}, tél. {PHONE_EU}. Souhaite la gamme « Maison Céline ».',
    'Lead note: {NAME_INIT} ({~JOB_TITLE}) from a US retailer wants to carry "Molly & Moss Candles" in 40 stores. Call {PHONE} {~WEEKDAY}.',
    'Richiesta B2B: {NAME}, {EMAIL}, tel {PHONE_EU}. Vuole {~QUANTITY} di "Nonna Lucia Pesto" per il {~DATE}.',
    'Pedido de revenda: {NAME}, email {EMAIL}, telemóvel {PHONE_EU}, loja em {~CITY}. Interessada em {~PRODUCT}.',
    'Seller lead from Shopify app install: store "Tanya Beauty Co", owner {NAME}, {EMAIL}, installed {~VERSION} on {~DATE}, IP {IP}.',
    'lead form: naam {name}, mobile {PHONE}, pincode {~PINCODE}, product "Arjun Ayurveda" combo, budget ₹ 2,000 tak 🙂',
    'Referral from {FIRST} at the {~CITY} meetup: contact {NAME}, {EMAIL}, {PHONE}. Runs a D2C coffee brand, ~{~QUANTITY}/month, wants COD + RTO insurance.',
  ],
};
