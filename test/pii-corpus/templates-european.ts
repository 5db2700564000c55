/**
 * European national phone numbers (no country code) in the languages of the customers' own notes,
 * each after a phone cue, beside references of the same shape after a business word, which must
 * pass. Written with the change that reads such numbers (src/core/redact/detectors/phone.ts), so
 * it measures that change, not how far the engine generalises.
 */
import type { Domain } from './templates.ts';

export const EUROPEAN_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Cliente {NAME}, teléfono {PHONE_EU}. Pedido {~REF_EU} pendiente de pago.',
    'Rückruf erbeten: Tel. {PHONE_EU} ({FIRST}). Rechnung {~REF_EU} ist offen.',
    'Note: {NAME} prefers a call on {PHONE_EU}; invoice {~REF_EU} was paid on {~DATE}.',
  ],
  whatsapp: [
    'hola, soy {FIRST}, mi móvil es {PHONE_EU} 🙂 el pedido {~REF_EU} no ha llegado',
    'dzień dobry, proszę o kontakt, tel. {PHONE_EU} — {FIRST}. zamówienie {~REF_EU}',
    'ciao, chiamami al {PHONE_EU} per la fattura {~REF_EU}',
  ],
  kyc: [
    'Titular: {NAME}. Contacto: {PHONE_EU}. Referencia {~REF_EU}.',
    'Titular: {NAME}, DNI {NIF}. Documento anterior {~NIF_INVALID} (anulado).',
    'Klient {NAME}, PESEL {PESEL}, tel. {PHONE_EU}. Zamówienie {~REF_EU}.',
    'Dossier {~REF_EU}: {NAME}, téléphone {PHONE_EU}.',
  ],
  refund: [
    'Remboursement pour {NAME} : appelez-moi au {PHONE_EU}, commande {~REF_EU}.',
    'Terugbetaling voor {FIRST}: bel me op {PHONE_EU}, bestelling {~REF_EU}.',
  ],
  lead: [
    'Lead from Lisbon: {NAME}, telemóvel {PHONE_EU}, encomenda {~REF_EU}.',
    'New lead {NAME} (WhatsApp {PHONE_EU}) asked about order {~REF_EU}.',
  ],
};

/**
 * Written after the engine change above and run once as they are (the figures in
 * src/core/redact/README.md, "European numbers and cues"), to see how far it generalises.
 */
export const EUROPEAN_HOLDOUT_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Llamada perdida de {PHONE_EU}. Sra. {FIRST} pregunta por el albarán {~REF_EU}.',
    'Sehr geehrter Herr {FIRST}, Ihre Bestellung {~REF_EU} ist unterwegs. Mobil: {PHONE_EU}',
  ],
  whatsapp: [
    'bonjour, c\'est {FIRST} 😊 mon portable: {PHONE_EU}',
    'hoi {FIRST}, mijn telefoonnummer is {PHONE_EU}. factuur {~REF_EU}',
  ],
  kyc: [
    'Imię i nazwisko: {NAME}; telefon komórkowy {PHONE_EU}; faktura {~REF_EU}.',
  ],
  refund: [
    'Reembolso para {NAME}: contactar por WhatsApp {PHONE_EU}. Factura {~REF_EU} del {~DATE}.',
  ],
  lead: [
    'Nuovo contatto: {NAME}, cellulare {PHONE_EU}, ordine {~REF_EU}.',
    'Olá! Meu nome é {NAME}, liguem para {PHONE_EU} por favor.',
  ],
};
