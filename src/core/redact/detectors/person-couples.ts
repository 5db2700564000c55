import type { Candidates } from '../candidates.ts';
import { isCapitalLetter, isLatinLetter } from '../recognizer.ts';
import { COMMON, FIRST, flagsOf, PLACE, STOP } from '../names/lexicon.ts';
import { nameKey } from '../names/key.ts';
import { WordSet } from '../names/word-set.ts';

/**
 * A couple written with one surname: "Deependra & Shreya Tandon wedding", "Berta y Javier Alba". The
 * full name after "&" (or "and", "y", "und", "et", "e", "i") was found; the lone capitalised word
 * before the joiner is the other partner's given name when the lexicon knows it as one, or knows no
 * everyday, stop or place word by it (a name it lacks). The word must stand alone: "Ernst & Young",
 * "Marks & Spencer" have one word on each side, and a capitalised word before it makes it part of
 * something else ("Salt Pepper & Ravi Kumar").
 */
export function addCoupleFirstNames(text: string, out: Candidates, from: number): void {
  const count = out.count;
  for (let k = from; k < count; k++) {
    if (out.type[k] !== 'PERSON') continue;
    const s = out.start[k]!;
    const x = partnerBefore(text, s, out.end[k]!);
    if (x !== undefined) out.add('PERSON', x[0], x[1], 5);
  }
}

const JOINERS = new WordSet(['&', 'and', 'y', 'und', 'et', 'e', 'i']);

/** The partner's given name before the name text[s, e) (its start and end), or undefined. */
function partnerBefore(text: string, s: number, e: number): [number, number] | undefined {
  if (s < 5 || text.charCodeAt(s - 1) !== 32) return undefined;
  // The joiner's last character first ("&", "and", "y", "und", "et", "e", "i"): most names have none of these before them.
  const last = text.charCodeAt(s - 2) | 32;
  if (last !== 38 && last !== 100 && last !== 121 && last !== 116 && last !== 101 && last !== 105) return undefined;
  let j = s - 2;
  while (j > 0 && j > s - 6 && text.charCodeAt(j - 1) !== 32) j--;
  if (text.charCodeAt(j - 1) !== 32 || !JOINERS.has(text, j, s - 1)) return undefined;
  const we = j - 1;
  let ws = we;
  while (ws > 0 && we - ws <= 20 && isLatinLetter(text.charCodeAt(ws - 1))) ws--;
  if (we - ws < 2 || we - ws > 20 || !isCapitalLetter(text.charCodeAt(ws)) || isCapitalLetter(text.charCodeAt(ws + 1))) return undefined;
  // Alone: no capitalised word right before it ("Salt Pepper & …"), and no letter glued to it.
  if (ws > 0) {
    const c = text.charCodeAt(ws - 1);
    if (isLatinLetter(c) || c === 45 || c === 39) return undefined;
    if (c === 32 && ws > 1 && isLatinLetter(text.charCodeAt(ws - 2))) {
      let p = ws - 2;
      while (p > 0 && isLatinLetter(text.charCodeAt(p - 1))) p--;
      if (isCapitalLetter(text.charCodeAt(p))) return undefined;
    }
  }
  // The found name has two words at least: "Shreya Tandon", not "Young".
  let blank = false;
  for (let i = s; i < e; i++) if (text.charCodeAt(i) === 32) { blank = true; break; }
  if (!blank) return undefined;
  const f = flagsOf(nameKey(text.slice(ws, we)));
  return (f & FIRST) !== 0 || (f & (COMMON | STOP | PLACE)) === 0 ? [ws, we] : undefined;
}
