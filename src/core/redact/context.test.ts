import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../test/support/seeded-random.ts';
import { BUSINESS_NUMBER_CUES, createCueMatcher, cueListsWalkBackward } from './context.ts';
import type { Cue, CueMatcher } from './context.ts';

const WORD_CHAR = /[A-Za-z0-9\u00C0-\u024F]/i;

/** The matcher as it was written before it became a loop: one regex over the window. The loop must agree with it. */
function regexCueMatcher(positive: readonly string[], negative: readonly string[], window = 40, negativeWindow = 24): CueMatcher {
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const alt = (xs: readonly string[]): string => [...xs].sort((a, b) => b.length - a.length).map(escape).join('|');
  const re = new RegExp(`(?<![A-Za-z0-9\\u00C0-\\u024F])(?:(${alt(positive) || '(?!)'})|(${alt(negative) || '(?!)'}))(?![A-Za-z0-9\\u00C0-\\u024F])`, 'gi');
  return (text, start) => {
    let from = Math.max(0, start - window);
    // A word the window cuts is not read from its middle.
    while (from > 0 && from < start && WORD_CHAR.test(text[from - 1]!) && WORD_CHAR.test(text[from]!)) from++;
    const slice = text.slice(from, start);
    re.lastIndex = 0;
    let last: Cue = null;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice)) !== null) {
      if (m[1] !== undefined) last = 'positive';
      // Not past a digit, nor past a sentence's end after a word ("order chahiye. number 98450…").
      else if (slice.length - (m.index + m[0].length) <= negativeWindow && !labelEnds(slice.slice(m.index + m[0].length))) last = 'negative';
    }
    if (last !== 'positive' && /(?:#|\bno\.?|\bnum\.?)\s*$/i.test(slice)) return 'negative';
    return last;
  };
}

/**
 * What ends a business word's label before the number: a digit; a sentence's end after a word
 * ("order chahiye. number 98450…"), or right after the word at a line's end ("… the account.\nUser: 9845…")
 * or before a capital ("… for 40 units. Card says 212-555-0147");
 * a line break after another word ("Account Executive\n(702) 751-8525"; not "Account number\n…").
 */
function labelEnds(after: string): boolean {
  if (/\d|.[.!?][ \n]|^[.!?]\n|^[.!?] [A-Z\u00C0-\u00D6\u00D8-\u00DE]/s.test(after)) return true;
  const lastBreak = after.lastIndexOf('\n');
  return lastBreak !== -1 && after.slice(0, lastBreak).split(/[^A-Za-z]+/).some((w) => w.length >= 3 && !['number', 'num', 'details', 'nummer', 'numer', 'numero', 'code'].includes(w.toLowerCase()));
}

const LISTS: [string[], string[], number?, number?][] = [
  [['call', 'phone', 'mobile', 'mob', 'cell', 'whatsapp', 'wa', 'tel', 'ph', 'text', 'contact'], BUSINESS_NUMBER_CUES],
  [['ssn', 'social security', 'social security number', 'ss#', 'ss no'], BUSINESS_NUMBER_CUES],
  [['itin', 'taxpayer', 'tin', 'tax id', 'w-7', 'w7'], BUSINESS_NUMBER_CUES],
  [['aadhaar', 'uid', 'आधार'], BUSINESS_NUMBER_CUES],
  [['upi', 'pay', 'payment'], [], 48],
  [[], ['v', 'ver', 'version', 'build', 'app'], 16],
  [['passport', 'passport no', 'pp no'], ['sku', 'order', 'ref'], 48],
  [['call'], ['call', 'order'], 30, 10],
  // "id" and "c" start inside "tax id", "customer id" and "a/c": only the forward walk is exact here.
  [['tax id', 'id', 'customer'], ['customer id', 'a/c', 'c', 'order'], 40, 24],
];
/** Lists only the forward walk reads: "आधार" starts with a non-word character (for this class), and the one above. */
const FORWARD_ONLY = new Set([3, LISTS.length - 1]);

describe('cue matcher', () => {
  it('agrees with the regex it replaces on generated windows', () => {
    const rnd = seededRandom(7);
    const pieces = [
      'call', 'CALL', 'Call', 'order', 'Orders', 'no', 'No.', 'NUM', 'num.', '#', ' ', '  ', '\n', '\u00a0', '\u2003', '.', ',', ':', '-', '/',
      'ss#', 'ss no', 'social security', 'tax id', 'w-7', 'W7', 'customer id', 'a/c', 'A/C', 'ac', 'rs', 'Rs.', 'आधार', 'upi', 'payment', 'v', 'V',
      'x', 'é', 'ß', 'ſ', 'ı', 'ɓ', 'Ɓ', 'ȿ', 'Ȿ', 'K', '_', '1', '42', '9845012345', 'ph', 'phone', 'mobile:', 'sku', 'ref', 'passport', 'pp no',
      'id', 'ID', 'c', 'customer', 'tax',
    ];
    const differ: unknown[] = [];
    for (const [pos, neg, window, negativeWindow] of LISTS) {
      const loop = createCueMatcher(pos, neg, window, negativeWindow);
      const regex = regexCueMatcher(pos, neg, window, negativeWindow);
      for (let k = 0; k < 3000; k++) {
        let text = '';
        for (let i = rnd(14); i >= 0; i--) text += pieces[rnd(pieces.length)]!;
        for (let start = 0; start <= text.length; start += 1 + rnd(3)) {
          const got = loop(text, start);
          const want = regex(text, start);
          if (got !== want) differ.push({ text, start, got, want });
        }
      }
    }
    expect(differ.slice(0, 5)).toEqual([]);
  });

  it('walks from the window end except where a cue starts inside another', () => {
    expect(LISTS.map(([pos, neg]) => cueListsWalkBackward(pos, neg))).toEqual(LISTS.map((_, i) => !FORWARD_ONLY.has(i)));
  });

  it('reads the last cue before a number', () => {
    const cue = createCueMatcher(['call'], BUSINESS_NUMBER_CUES);
    expect(cue('call me on 98450', 11)).toBe('positive');
    expect(cue('order no. 98450', 10)).toBe('negative');
    expect(cue('call about order 98450', 17)).toBe('negative');
    expect(cue('Ref #98450', 5)).toBe('negative');
    expect(cue('see 98450', 4)).toBe(null);
    // A sentence ends between: the business word labels something else.
    expect(cue('bulk order chahiye. number 98450', 27)).toBe(null);
    expect(cue('Rs. 98450', 4)).toBe('negative');
  });
});
