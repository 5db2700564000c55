/**
 * Labelled PII corpus, generated from templates with a fixed seed so every run sees the same data.
 * `generateCorpus()` returns records with gold spans (UTF-16 offsets) and look-alike spans.
 */
import { Faker, base, en, en_IN, en_US, es, pl } from '@faker-js/faker';
import type { LocaleDefinition } from '@faker-js/faker';
import * as v from './values.ts';
import { LOOKALIKE_KINDS } from './lookalikes.ts';
import type { LookalikeKind } from './lookalikes.ts';
import { TEMPLATES } from './templates.ts';
import type { Domain } from './templates.ts';

export interface Span { type: string; start: number; end: number }
export interface LookalikeSpan { kind: LookalikeKind; start: number; end: number }
export interface CorpusRecord { id: number; domain: Domain; locale: string; text: string; spans: Span[]; lookalikes: LookalikeSpan[] }

export const CORPUS_SEED = 20261126;
const LOCALES: readonly [string, LocaleDefinition[]][] = [
  ['en_IN', [en_IN, en, base]], ['en_US', [en_US, en, base]], ['es', [es, en, base]], ['pl', [pl, en, base]],
];
const SLOT = /\{(~?[A-Za-z_0-9]+)\}/g;

function fill(f: v.Rng, slot: string): { value: string; type?: string; kind?: LookalikeKind } {
  if (slot.startsWith('~')) {
    const kind = slot.slice(1) as LookalikeKind;
    return { value: LOOKALIKE_KINDS[kind](f), kind };
  }
  switch (slot) {
    case 'NAME': return { value: v.person(f, 'full'), type: 'PERSON' };
    case 'FIRST': return { value: v.person(f, 'first'), type: 'PERSON' };
    case 'name': return { value: v.person(f, 'lower'), type: 'PERSON' };
    case 'NAME_UP': return { value: v.person(f, 'upper'), type: 'PERSON' };
    case 'EMAIL': return { value: v.email(f, v.person(f, 'full')), type: 'EMAIL_ADDRESS' };
    case 'PHONE': return { value: v.phone(f), type: 'PHONE_NUMBER' };
    case 'PHONE_EU': return { value: v.europeanPhone(f), type: 'PHONE_NUMBER' };
    case 'NIF': return { value: v.nif(f), type: 'ES_NIF' };
    case 'PESEL': return { value: v.pesel(f), type: 'PL_PESEL' };
    case 'CARD': return { value: v.creditCard(f), type: 'CREDIT_CARD' };
    case 'IBAN': return { value: v.iban(f), type: 'IBAN_CODE' };
    case 'IP': return { value: v.ip(f), type: 'IP_ADDRESS' };
    case 'SSN': return { value: v.ssn(f), type: 'US_SSN' };
    case 'ITIN': return { value: v.itin(f), type: 'US_ITIN' };
    case 'AADHAAR': return { value: v.aadhaar(f), type: 'IN_AADHAAR' };
    case 'PAN': return { value: v.pan(f), type: 'IN_PAN' };
    case 'GSTIN': return { value: v.gstin(f), type: 'IN_GSTIN' };
    case 'UPI': return { value: v.upi(f, v.person(f, 'first')), type: 'IN_UPI_ID' };
    case 'IFSC': return { value: v.ifsc(f), type: 'IN_IFSC' };
    case 'PASSPORT': return { value: v.passport(f), type: 'IN_PASSPORT' };
    case 'NINO': return { value: v.nino(f), type: 'UK_NINO' };
    // Slots of the fresh held-out set (templates-fresh.ts).
    case 'EMAIL_SPELT': return { value: v.spelledEmail(f), type: 'EMAIL_ADDRESS' };
    case 'NAME_INIT': return { value: v.initialledName(f), type: 'PERSON' };
    case 'LAST': return { value: v.surname(f), type: 'PERSON' };
    case 'NAME_REV': return { value: v.reversedName(f), type: 'PERSON' };
    default: throw new Error(`unknown slot ${slot}`);
  }
}

export function generateCorpus(perTemplate = 12, seed = CORPUS_SEED, templateSet: Record<Domain, readonly string[]> = TEMPLATES): CorpusRecord[] {
  const records: CorpusRecord[] = [];
  const fakers = LOCALES.map(([name, locale]) => [name, new Faker({ locale, seed })] as const);
  for (const [domain, templates] of Object.entries(templateSet) as [Domain, readonly string[]][]) {
    for (const template of templates) {
      for (let n = 0; n < perTemplate; n++) {
        const [locale, f] = fakers[(records.length + n) % fakers.length]!;
        let text = '';
        const spans: Span[] = [];
        const lookalikes: LookalikeSpan[] = [];
        let last = 0;
        for (const m of template.matchAll(SLOT)) {
          text += template.slice(last, m.index);
          const { value, type, kind } = fill(f, m[1]!);
          if (type) spans.push({ type, start: text.length, end: text.length + value.length });
          if (kind) lookalikes.push({ kind, start: text.length, end: text.length + value.length });
          text += value;
          last = m.index + m[0].length;
        }
        text += template.slice(last);
        records.push({ id: records.length, domain, locale, text, spans, lookalikes });
      }
    }
  }
  return records;
}
