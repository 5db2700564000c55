import type { Recognizer } from '../recognizer.ts';
import { digitsOf, eachMatchAtDigitRuns, runStartIf } from '../recognizer.ts';
import type { StartAtRun } from '../recognizer.ts';
import { RUN_CHAIN13 } from '../digit-runs.ts';
import { luhnValid } from '../checksums.ts';
import { BUSINESS_NUMBER_CUES, createCueMatcher } from '../context.ts';

/** 13–19 digits, optionally grouped by single spaces or hyphens (4-4-4-4, 4-6-5 …); tried at digit runs (sticky). */
export const CANDIDATE = /(?<![A-Za-z0-9\u00C0-\u024F_+\-.])(?<!\d[ \-])\d(?:[ \-]?\d){12,18}(?![A-Za-z0-9\u00C0-\u024F_\-]|\.\d)/y;
/** A match's 13+ digits lie in one chain of runs joined by single spaces or hyphens. */
/** Digit-run facts (digit-runs.ts) of which every run `startAt` accepts has one. */
export const startFacts = RUN_CHAIN13;
export const startAt: StartAtRun = (_, runs, r) => runStartIf(runs.chain[r]! >= 13, runs, r);
const cue = createCueMatcher(
  ['card', 'cc', 'visa', 'mastercard', 'amex', 'rupay', 'debit', 'credit', 'pan'],
  BUSINESS_NUMBER_CUES.filter((w) => w !== 'account'),
);

/** Issuer prefixes: Visa 4, Mastercard 2/5, Amex/Diners/JCB 3, Discover/RuPay/Maestro/UnionPay 6, RuPay 8. */
function plausibleIssuer(d: string): boolean {
  const c = d[0];
  return c === '2' || c === '3' || c === '4' || c === '5' || c === '6' || c === '8';
}

function valid(raw: string): boolean {
  const d = digitsOf(raw);
  return d.length >= 13 && d.length <= 19 && plausibleIssuer(d) && luhnValid(d);
}

export const creditCardRecognizer: Recognizer = {
  type: 'CREDIT_CARD',
  scan(text, out, index) {
    eachMatchAtDigitRuns(CANDIDATE, text, index, startAt, (m) => {
      let raw = m[0];
      // A card followed by another number ("4111 1111 1111 1111 12/27") — try without trailing groups.
      while (!valid(raw)) {
        const cut = Math.max(raw.lastIndexOf(' '), raw.lastIndexOf('-'));
        if (cut < 12) return;
        raw = raw.slice(0, cut);
      }
      if (cue(text, m.index) === 'negative') return;
      out.push({ type: 'CREDIT_CARD', start: m.index, end: m.index + raw.length, priority: 85 });
    }, startFacts);
  },
};
