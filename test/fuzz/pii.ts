/** Personal values the real engine detects, and fast-check arbitraries that hide them in text and JSON. */
import fc from 'fast-check';
import { luhnValid, verhoeffCheckDigit } from '../../src/core/redact/checksums.ts';

const luhnComplete = (body: string) => {
  for (let d = 0; d < 10; d++) if (luhnValid(body + d)) return body + d;
  throw new Error('unreachable');
};
const card = luhnComplete('402400714853219');
const aadhaar = `38264915027${verhoeffCheckDigit('38264915027')}`;

export const PII_VALUES = [
  'nisha.menon@example.co.in',
  'ops+crm@leadbox.example.com',
  '+91 98765 01234',
  '+1 650-253-0171',
  `${card.slice(0, 4)} ${card.slice(4, 8)} ${card.slice(8, 12)} ${card.slice(12)}`,
  `${aadhaar.slice(0, 4)} ${aadhaar.slice(4, 8)} ${aadhaar.slice(8)}`,
  'AFZPK7190K',
  '198.51.100.42',
] as const;

/** Words of two letters or more: the engine reads `v: 198.51.100.42` as a version, by design. */
const word = fc.stringMatching(/^[a-z]{2,8}$/);
const words = fc.array(word, { maxLength: 4 }).map((w) => w.join(' '));

/** Plain words around one personal value, with clear separators so the detector sees it whole. */
export const textWithPii = fc.tuple(words, fc.constantFrom(...PII_VALUES), words).map(([a, v, b]) => `${a}${a ? ': ' : ''}${v}${b ? '; ' : ''}${b}`);

/** Any text, sometimes with a personal value, sometimes with placeholder-looking literals. */
export const anyText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ maxLength: 40, unit: 'grapheme' }),
  textWithPii,
  fc.tuple(textWithPii, fc.constantFrom('[EMAIL_ADDRESS_1]', '[PHONE_NUMBER_2]', '[PERSON_1', 'EMAIL_ADDRESS_1]', '[[IN_PAN_1]]'), textWithPii).map((p) => p.join(' ')),
);

/**
 * Random JSON structures with personal values in random string positions. `avoidKeys` are the
 * adapters' structural keys (model, role, type, ids …), whose values are documented as not scanned.
 */
export function jsonWithPii(avoidKeys: ReadonlySet<string>): fc.Arbitrary<unknown> {
  const key = fc.oneof(
    fc.constantFrom('content', 'text', 'messages', 'input', 'system', 'parts', 'contents', 'instructions', 'description', 'note', 'arguments'),
    fc.string({ maxLength: 8 }),
  ).filter((k) => !avoidKeys.has(k) && k !== '__proto__');
  const leaf = fc.oneof(textWithPii, fc.string({ maxLength: 12 }), fc.integer(), fc.boolean(), fc.constant(null));
  const { node } = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.array(tie('node'), { maxLength: 4 }),
      fc.dictionary(key, tie('node'), { maxKeys: 4 }),
    ),
  }));
  return node;
}
