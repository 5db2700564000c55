import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../test/support/seeded-random.ts';
import { TextIndex } from '../digit-runs.ts';
import { eachMatch, eachMatchAtDigitRuns, eachSpanAtDigitRuns } from '../recognizer.ts';
import type { StartAtRun } from '../recognizer.ts';
import * as card from './credit-card.ts';
import * as aadhaar from './in-aadhaar.ts';
import * as gstin from './in-gstin.ts';
import * as pan from './in-pan.ts';
import * as ifsc from './in-ifsc.ts';
import * as nino from './uk-nino.ts';
import * as passport from './in-passport.ts';
import * as iban from './iban.ts';
import * as ip from './ip.ts';
import * as ssn from './us-ssn.ts';
import * as itin from './us-itin.ts';
import * as phone from './phone.ts';

/** Each digit-anchored detector's sticky pattern and where it may start. */
const DETECTORS: [string, RegExp, StartAtRun, number][] = [
  ['card', card.CANDIDATE, card.startAt, card.startFacts], ['aadhaar', aadhaar.CANDIDATE, aadhaar.startAt, aadhaar.startFacts],
  ['gstin', gstin.GSTIN, gstin.startAt, gstin.startFacts], ['pan', pan.PAN, pan.startAt, pan.startFacts],
  ['ifsc', ifsc.IFSC, ifsc.startAt, ifsc.startFacts], ['nino', nino.NINO, nino.startAt, nino.startFacts],
  ['passport', passport.PASSPORT, passport.startAt, passport.startFacts], ['iban', iban.START, iban.startAt, iban.startFacts],
  ['ipv4', ip.V4, ip.v4Start, ip.v4Facts],
  ['ssn grouped', ssn.GROUPED, ssn.groupedStart, ssn.groupedFacts], ['ssn compact', ssn.COMPACT, ssn.compactStart, ssn.compactFacts],
  ['itin grouped', itin.GROUPED, itin.groupedStart, itin.groupedFacts], ['itin compact', itin.COMPACT, itin.compactStart, itin.compactFacts],
];

/**
 * Identifier shapes (valid-looking and mutated: a character replaced, dropped or added), joined by
 * separators, letters and digits: matches, near misses and noise for every detector.
 */
function* texts(count: number, seed: number): Generator<string> {
  const rnd = seededRandom(seed);
  const d = (n: number): string => Array.from({ length: n }, () => String(rnd(10))).join('');
  const L = (n: number): string => Array.from({ length: n }, () => String.fromCharCode(65 + rnd(26))).join('');
  const opt = (x: string): string => (rnd(2) === 0 ? x : '');
  const octet = (): string => String(rnd(rnd(4) === 0 ? 1000 : 256));
  const shapes: (() => string)[] = [
    () => `${String(1 + rnd(38)).padStart(2, '0')}${L(3)}${'ABCFGHJLPT'[rnd(10)]}${L(1)}${d(4)}${L(1)}${'123456789ABC'[rnd(12)]}Z${L(1)}`,
    () => `${L(3)}${'ABCFGHJLPT'[rnd(10)]}${L(1)}${d(4)}${L(1)}`,
    () => `${L(4)}0${rnd(2) === 0 ? d(6) : L(3) + d(3)}`,
    () => `${L(2)}${opt(' ')}${d(2)}${opt(' ')}${d(2)}${opt(' ')}${d(2)}${opt(' ')}${'ABCD'[rnd(4)]}`,
    () => `${L(1)}${1 + rnd(9)}${d(2)}${opt(' ')}${d(4)}`,
    () => `${octet()}.${octet()}.${octet()}.${octet()}${opt('.' + octet())}`,
    () => { const sep = ' -'[rnd(2)]!; return `${rnd(2) === 0 ? '9' : d(1)}${d(2)}${sep}${d(2)}${sep}${d(4)}`; },
    () => d(9),
    () => { const sep = ['', ' ', '-'][rnd(3)]!; return `${d(4)}${sep}${d(4)}${sep}${d(4)}${sep}${d(rnd(2) === 0 ? 4 : 1 + rnd(7))}`; },
    () => `${L(2)}${d(2)} ${d(4)} ${d(4)} ${d(4)} ${d(2 + rnd(4))}`,
    () => d(1 + rnd(14)),
    () => `${['+', '00', '(', '+(', '+91 ', '+44 (0)'][rnd(6)]}${d(1 + rnd(4))}${[' ', '-', ') ', '.', '\u00a0', ''][rnd(6)]}${d(2 + rnd(4))}${opt(' ' + d(3 + rnd(3)))}${opt('-' + d(4))}`,
  ];
  const glue = [' ', '-', '.', '', '  ', ':', '/', '\n', 'a', 'Z', '_', 'é', '+', '#'];
  for (let k = 0; k < count; k++) {
    let t = '';
    const parts = 1 + rnd(3);
    for (let g = 0; g < parts; g++) {
      let x = shapes[rnd(shapes.length)]!();
      const mutate = rnd(4);
      const at = rnd(x.length + 1);
      const ch = (glue[rnd(glue.length)] ?? '') + d(rnd(2));
      if (mutate === 1) x = x.slice(0, at) + x.slice(at + 1);
      else if (mutate === 2) x = x.slice(0, at) + ch + x.slice(at);
      else if (mutate === 3) x = x.slice(0, at) + ch + x.slice(at + 1);
      t += glue[rnd(glue.length)]! + x;
    }
    yield t + glue[rnd(glue.length)]!;
  }
}

describe('digit-anchored detectors', () => {
  it('phone: candidates at digit runs are exactly the global scan\'s', () => {
    const global = new RegExp(phone.CANDIDATE.source, 'g');
    for (const text of texts(6_000, 99)) {
      const want: string[] = [];
      eachMatch(global, text, (m) => want.push(`${m.index}:${m[0]}`));
      const got: string[] = [];
      phone.eachPhoneCandidate(text, new TextIndex(text), (s, e) => got.push(`${s}:${text.slice(s, e)}`));
      expect(got).toEqual(want);
    }
  });

  it.each(DETECTORS)('%s: tries at its digit-run starts (runs with its facts) find exactly what a global scan finds', (_, sticky, startAt, facts) => {
    const global = new RegExp(sticky.source, 'g');
    for (const text of texts(6_000, sticky.source.length)) {
      const want: string[] = [];
      eachMatch(global, text, (m) => want.push(`${m.index}:${m[0]}`));
      const got: string[] = [];
      const index = new TextIndex(text);
      eachMatchAtDigitRuns(sticky, text, index, startAt, (m) => got.push(`${m.index}:${m[0]}`), facts);
      expect(got).toEqual(want);
      const spans: string[] = [];
      eachSpanAtDigitRuns(sticky, text, index, startAt, (s, e) => spans.push(`${s}:${text.slice(s, e)}`), facts);
      expect(spans).toEqual(want);
      // The facts filter skips only runs the start rule refuses.
      const runs = index.digitRuns();
      for (let r = 0; r < runs.count; r++) if (startAt(text, runs, r) !== -1) expect(runs.facts[r]! & facts).not.toBe(0);
    }
  });
});
