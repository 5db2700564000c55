import { describe, expect, it } from 'vitest';
import { createDetector } from '../engine.ts';
import { completeLowercaseSurnames, completeReversedNames, joinSplitNames } from './split-names.ts';
import type { Finding } from '../entities.ts';

const detect = createDetector({ entities: ['PERSON'], custom: [], allowTerms: [] });
const names = (text: string): string[] => detect(text).map((f) => text.slice(f.start, f.end));
const person = (text: string, word: string): Finding => ({ type: 'PERSON', start: text.indexOf(word), end: text.indexOf(word) + word.length });

describe('a name found in two pieces is one name', () => {
  it.each([
    // A city or a word the lexicon knows as a surname between the pieces: it was sent on as it stood.
    ['Web form\nName: Rocío Madrid Quintana\nDate of birth: 2024', ['Rocío Madrid Quintana']],
    ['ok done otp 752490 aaya tha, ana luisa merino ulibarri naam se booking hai', ['ana luisa merino ulibarri']],
  ])('%j: %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('joins two PERSON findings across one word of a name\'s case, and not across a joiner, a word of address or a case change', () => {
    const join = (text: string, a: string, b: string): string[] =>
      joinSplitNames(text, [person(text, a), person(text, b)]).map((f) => text.slice(f.start, f.end));
    expect(join('Ramiro Madrid Domínguez', 'Ramiro', 'Domínguez')).toEqual(['Ramiro Madrid Domínguez']);
    expect(join('samuel vigil tamez', 'samuel', 'tamez')).toEqual(['samuel vigil tamez']);
    expect(join('Ravi Kumar and Priya Sharma', 'Ravi Kumar', 'Priya Sharma')).toEqual(['Ravi Kumar', 'Priya Sharma']);
    expect(join('Call back Sinha sir Ravi', 'Sinha', 'Ravi')).toEqual(['Sinha', 'Ravi']);
    expect(join('Ravi Kumar about Priya', 'Ravi Kumar', 'Priya')).toEqual(['Ravi Kumar', 'Priya']);
    expect(join('Ravi Kumar, Priya', 'Ravi Kumar', 'Priya')).toEqual(['Ravi Kumar', 'Priya']);
  });
});

describe('a name written surname first, found in part, is found whole', () => {
  const complete = (text: string, word: string): string[] =>
    completeReversedNames(text, [person(text, word)]).map((f) => text.slice(f.start, f.end));

  it('grows over the surnames before the comma, or the given name after it, when the name fills its field', () => {
    expect(complete('Kundendaten: Zorblat Quenth Sharma, Amalia, IBAN FR64', 'Amalia')).toEqual(['Zorblat Quenth Sharma, Amalia']);
    expect(complete('Escalation: SHARMA, Priya\nnext', 'Priya')).toEqual(['SHARMA, Priya']);
    expect(complete('Alta de cliente: Tagore, Sarala, DNI 94255553N', 'Tagore')).toEqual(['Tagore, Sarala']);
  });

  it('leaves a place, an everyday word, a firm after the comma, or a name that does not fill its field', () => {
    expect(complete('Offices: Pune, Priya', 'Priya')).toEqual(['Priya']);
    expect(complete('Re: Invoice, Priya', 'Priya')).toEqual(['Priya']);
    expect(complete('Contact: Ravi Sharma, Infosys', 'Ravi Sharma')).toEqual(['Ravi Sharma']);
    expect(complete('Sharma, Sales Head', 'Sharma')).toEqual(['Sharma']);
    expect(complete('Location: Madrid, Priya will visit', 'Priya')).toEqual(['Priya']);
  });

  it('reads a phrase as a field: a lowercase word before the name and after it', () => {
    expect(complete('user Sharma, Priya cannot sign in', 'Priya')).toEqual(['Sharma, Priya']);
    expect(complete('Refund Rs. 29321 to Arora, Chandrani, IBAN NL55', 'Arora')).toEqual(['Arora, Chandrani']);
  });

  it('takes surnames in capitals before a capitalised given name, not a greeting, a bank\'s code or a street\'s words', () => {
    expect(complete('Escalation to L2: user BURGOS MADRID Nicolás cannot sign in', 'Nicolás')).toEqual(['BURGOS MADRID Nicolás']);
    expect(complete('Refund to ZORBLAT Priya, IBAN DE70', 'Priya')).toEqual(['ZORBLAT Priya']);
    expect(complete('HOLA GREGORIO, como estas', 'GREGORIO')).toEqual(['GREGORIO']);
    expect(complete('customer HDFC Ravi paid', 'Ravi')).toEqual(['Ravi']);
    expect(complete('pickup at Ronda Alfonso Tovar Rodarte, Alcalá de Guadaira', 'Alcalá')).toEqual(['Alcalá']);
    expect(complete('send to Subida Julio Colón Argüello, Palma de Mallorca', 'Julio Colón Argüello')).toEqual(['Julio Colón Argüello']);
  });
});

describe('a lowercase name\'s surname that is a word too', () => {
  const complete = (text: string, word: string): string[] =>
    completeLowercaseSurnames(text, [person(text, word)]).map((f) => text.slice(f.start, f.end));

  it('joins a surname the lexicon knows when the name\'s phrase ends after it', () => {
    expect(complete('Lead z Facebooka: bhupen gill, tel 644 638 004', 'bhupen')).toEqual(['bhupen gill']);
    expect(complete('galat hai, ravi malik ji ka number', 'ravi')).toEqual(['ravi malik']);
    expect(complete('pls refund shresth malik: order 4471', 'shresth')).toEqual(['shresth malik']);
  });

  it('leaves a word that goes on into a sentence, an unknown word, or a stop word', () => {
    expect(complete('pls call ravi gill the fish tomorrow', 'ravi')).toEqual(['ravi']);
    expect(complete('ask ravi kal, ok', 'ravi')).toEqual(['ravi']);
    expect(complete('ask ravi zorblat, ok', 'ravi')).toEqual(['ravi']);
  });
});
