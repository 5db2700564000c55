import type { Candidates } from '../candidates.ts';
import { T_COMMON, T_PLACE, T_STOP, T_TITLE } from '../names/tokens.ts';
import type { Tokens } from '../names/tokens.ts';
import { isLowerAscii, known, push } from './person-words.ts';

/**
 * Capitalised words that the lexicon may lack, named a person's by what comes right after them
 * (pass 1's runs, person.ts, capitalisedRuns):
 * - a Hindi postposition that only people take in chat: "Chandrani ne galat size bhej diya" (the
 *   agent's "ne"), "Sharma ji";
 * - a chat line's speaker: "Vaishnavi Saini: 2 kits pls" (two words or more, at a line's start).
 * Words that are everyday, stop or place words never are.
 */
export function runContextNames(text: string, t: Tokens, i: number, j: number, out: Candidates): void {
  // What follows the run first: most runs are followed by neither, and this is read for every run.
  const e = t.end[j]!;
  const after = text.charCodeAt(e);
  if (after !== 32 && after !== 58) return;
  if (!(after === 32 ? hindiPostpositionAt(text, e) : j > i && speakerAt(text, t.start[i]!, e) && !anyCommon(t, i, j))) return;
  if ((t.bits[i]! & T_TITLE) === 0) return;
  for (let k = i; k <= j; k++) if ((t.bits[k]! & (T_COMMON | T_STOP | T_PLACE)) !== 0 && !known(t.bits[k]!)) return;
  push(out, text, t, i, j);
}

/** A speaker's words are no everyday words at all, listed names or not ("Bandra West: 5 units"). */
function anyCommon(t: Tokens, i: number, j: number): boolean {
  for (let k = i; k <= j; k++) if ((t.bits[k]! & T_COMMON) !== 0) return true;
  return false;
}

/** " ne " then a lowercase letter, or " ji" then no letter, at `e`. */
function hindiPostpositionAt(text: string, e: number): boolean {
  if (text.charCodeAt(e) !== 32) return false;
  const a = text.charCodeAt(e + 1);
  const b = text.charCodeAt(e + 2);
  const c = text.charCodeAt(e + 3);
  if (a === 110 && b === 101) return c === 32 && isLowerAscii(text.charCodeAt(e + 4));
  return a === 106 && b === 105 && !(isLowerAscii(c) || (c >= 65 && c <= 90));
}

/**
 * text[s, e) starts a line and ": " then more text follows it: a chat export's speaker. Not when a
 * title follows: then the words before the colon label the name after it ("Neuer Interessent: Herr …").
 */
function speakerAt(text: string, s: number, e: number): boolean {
  if (s > 0 && text.charCodeAt(s - 1) !== 10) return false;
  return text.charCodeAt(e) === 58 && text.charCodeAt(e + 1) === 32 && e + 2 < text.length && text.charCodeAt(e + 2) !== 10 && !TITLE_AHEAD.test(text.slice(e + 2, e + 12));
}

const TITLE_AHEAD = /^(?:Mr|Mrs|Ms|Dr|Prof|Herr|Frau|Sr|Sra|Srta|Pan|Pani|Mme|Mlle|Monsieur|Madame|Sig|Signor|Signora|Shri|Smt|Dhr|Mevr)\b/;
