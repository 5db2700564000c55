import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Candidates } from '../candidates.ts';
import { TextIndex } from '../digit-runs.ts';
import { atSpansOf } from './at-sign.ts';
import { scanObfuscatedEmails } from './email-obfuscated.ts';
import { personRecognizer } from './person.ts';

/** The spans a scan adds, in order: with the index's "at" words and loose '@' signs, or searching for both itself. */
function spans(text: string, useIndex: boolean): [number, number][] {
  const index = new TextIndex(text);
  personRecognizer.scan(text, new Candidates(), index); // fills index.atWords, as detect does
  const out = new Candidates();
  const atSpans = atSpansOf(text, index); // fills index.looseAts
  scanObfuscatedEmails(text, out, atSpans, useIndex ? index.atWords : undefined, useIndex ? index.looseAts : undefined);
  return Array.from({ length: out.count }, (_, k) => [out.start[k]!, out.end[k]!]);
}

const PIECES = [' at ', ' AT ', ' At ', 'at', ' dot ', ' DOT ', '.', 'gmail', 'yahoo', 'ziggo', 'com', 'nl', 'in', 'ravi', 'kanti',
  'x1', 'us', 'look', ' ', '  ', '[at]', '(at)', ' @ ', '@', '@ ', '[dot]', '\n', 'Ravi', 'é', '_', '-', 'at at ', ' at at '];

describe('spelt-out e-mail addresses', () => {
  it('finds the same markers from the tokenizer\'s "at" words and the loose \'@\' signs as from its own search, for any text', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }), (parts) => {
      const text = parts.join('');
      expect(spans(text, true)).toEqual(spans(text, false));
    }), { numRuns: 2000 });
  });

  it.each([
    'ravi at gmail dot com', 'RAVI AT GMAIL DOT COM', 'tapan1 at ziggo.nl', 'puneet11 at yahoo',
    'kanti dot suthar at outlook dot com', 'us at acme.com and ravi at yahoo',
  ])('both ways agree on %j', (text) => {
    expect(spans(text, true)).toEqual(spans(text, false));
    expect(spans(text, true).length).toBeGreaterThan(0);
  });
});
