import { describe, expect, it } from 'vitest';
import { createDetector } from '../engine.ts';

/**
 * European customers' own notes: national phone numbers without a country code (read only right
 * after a phone cue), and the cues that announce a name in their languages.
 */
const detect = createDetector({ entities: ['PERSON', 'PHONE_NUMBER'], custom: [], allowTerms: [] });
const found = (text: string, type: string): string[] => detect(text).filter((f) => f.type === type).map((f) => text.slice(f.start, f.end));

describe('European national phone numbers', () => {
  it.each([
    ['Teléfono: 612 345 678', '612 345 678'],
    ['Mi móvil es el 655 123 456, gracias', '655 123 456'],
    ['zadzwoń: 601 234 567', '601 234 567'],
    ['Mój numer telefonu to 601-234-567.', '601-234-567'],
    ['Tel. 030 1234567 bitte zurückrufen', '030 1234567'],
    ['Handy: 0151 23456789', '0151 23456789'],
    ['Rückruf unter Tel. (089) 1234567', '(089) 1234567'],
    ['Appelez-moi au 06 12 34 56 78', '06 12 34 56 78'],
    ['mon portable: 06.12.34.56.78', '06.12.34.56.78'],
    ['chiamami al 06 6988 4000', '06 6988 4000'],
    ['bel me op 06-12345678', '06-12345678'],
    ['telemóvel 912 345 678', '912 345 678'],
    ['call me on 612345678', '612345678'],
    ['Herr Müller bittet um Rückruf unter 0151 23456789', '0151 23456789'],
    ['Mme Dupont demande un rappel au 06 12 34 56 78', '06 12 34 56 78'],
  ])('finds the number in %j', (text, number) => {
    expect(found(text, 'PHONE_NUMBER')).toEqual([number]);
  });

  it.each([
    // No cue: a run of nine digits is as often a reference.
    'Referencia 612 345 678',
    '612 345 678',
    'El pedido 612 345 678 llegó ayer',
    'Rechnung 0301234567, bitte zahlen',
    'commande 06 12 34 56 78',
    'fattura 347 123 4567 del mese',
    'bestelling 0612345678',
    // The cue is too far from the number to be about it.
    'Please call Ana tomorrow morning about the 48392019 shipment',
    // Dates and counts after a cue stay as they are.
    'Teléfono: llamar el 15.03.2024',
    'Tel. 12 34',
  ])('leaves %j', (text) => {
    expect(found(text, 'PHONE_NUMBER')).toEqual([]);
  });

  it('a cue nearer the number than a business word decides, and the other way round', () => {
    expect(found('Pedido 4839201 · Tel. 612 345 678', 'PHONE_NUMBER')).toEqual(['612 345 678']);
    expect(found('Tel. de la tienda, pedido 612 345 678', 'PHONE_NUMBER')).toEqual([]);
  });
});

describe('names after cues in European languages', () => {
  it.each([
    ['hola, soy Yolanda, mi móvil es 969 644 813', ['Yolanda']],
    ['Titular: Vinay Kakkar. Contacto: 020 799 3755.', ['Vinay Kakkar']],
    ['Sehr geehrte Frau Müller, vielen Dank.', ['Müller']],
    ['Sehr geehrter Herr Schmidt,', ['Schmidt']],
    ["Bonjour, je m'appelle Jean Dupont.", ['Jean Dupont']],
    ["bonjour, c'est Aarya 😊", ['Aarya']],
    ['Mit freundlichen Grüßen\nKlaus Schmidt', ['Klaus Schmidt']],
    ['Cordialement,\nÉmilie Laurent', ['Émilie Laurent']],
    ['ciao, sono Giulia', ['Giulia']],
    ['Olá! Meu nome é Ana Souza.', ['Ana Souza']],
    ['hoi Ángela, mijn telefoonnummer is 21 815 1645', ['Ángela']],
    ['Kunde: Piotr Nowak', ['Piotr Nowak']],
    ['Dzień dobry, klient Jan Kowalski prosi o kontakt', ['Jan Kowalski']],
    ['Hi Jan, thanks', ['Jan']],
  ])('finds the name in %j', (text, names) => {
    expect(found(text, 'PERSON')).toEqual(names);
  });

  it.each([
    'ciao, chiamami al 06 6988 4000',
    'Olá! Tudo bem?',
    'Bonjour, merci pour la commande.',
    'Hallo, bitte Rechnung senden.',
    'Liebe Grüße from the Berlin team',
    'Invoice dated Jan 15, 2025',
  ])('takes no greeting, verb or label for a name in %j', (text) => {
    expect(found(text, 'PERSON')).toEqual([]);
  });
});
