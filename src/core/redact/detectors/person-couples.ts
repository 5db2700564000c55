import type { Candidates } from '../candidates.ts';
import { isCapitalLetter, isLatinLetter } from '../recognizer.ts';
import { COMMON, FIRST, flagsOf, PLACE, STOP } from '../names/lexicon.ts';
import { nameKey } from '../names/key.ts';

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
    if (x !== -1) out.add('PERSON', x, joinerStart(text, s), 5);
  }
}

const JOINERS: ReadonlySet<string> = new Set(['&', 'and', 'y', 'und', 'et', 'e', 'i']);

/** Where the joiner before `s` starts (its blank before included), given `partnerBefore` found one. */
function joinerStart(text: string, s: number): number {
  let p = s - 2;
  while (p > 0 && text.charCodeAt(p - 1) !== 32) p--;
  return p - 1;
}

/** The start of the partner's given name before the name text[s, e), or -1. */
function partnerBefore(text: string, s: number, e: number): number {
  if (s < 5 || text.charCodeAt(s - 1) !== 32) return -1;
  // The joiner's last character first ("&", "and", "y", "und", "et", "e", "i"): most names have none of these before them.
  const last = text.charCodeAt(s - 2) | 32;
  if (last !== 38 && last !== 100 && last !== 121 && last !== 116 && last !== 101 && last !== 105) return -1;
  let j = s - 2;
  while (j > 0 && j > s - 6 && text.charCodeAt(j - 1) !== 32) j--;
  if (text.charCodeAt(j - 1) !== 32 || !JOINERS.has(text.slice(j, s - 1).toLowerCase())) return -1;
  const we = j - 1;
  let ws = we;
  while (ws > 0 && we - ws <= 20 && isLatinLetter(text.charCodeAt(ws - 1))) ws--;
  if (we - ws < 2 || we - ws > 20 || !isCapitalLetter(text.charCodeAt(ws)) || isCapitalLetter(text.charCodeAt(ws + 1))) return -1;
  // Alone: no capitalised word right before it ("Salt Pepper & …"), and no letter glued to it.
  if (ws > 0) {
    const c = text.charCodeAt(ws - 1);
    if (isLatinLetter(c) || c === 45 || c === 39) return -1;
    if (c === 32 && ws > 1 && isLatinLetter(text.charCodeAt(ws - 2))) {
      let p = ws - 2;
      while (p > 0 && isLatinLetter(text.charCodeAt(p - 1))) p--;
      if (isCapitalLetter(text.charCodeAt(p))) return -1;
    }
  }
  // The found name has two words at least: "Shreya Tandon", not "Young".
  let blank = false;
  for (let i = s; i < e; i++) if (text.charCodeAt(i) === 32) { blank = true; break; }
  if (!blank) return -1;
  const f = flagsOf(nameKey(text.slice(ws, we)));
  if ((f & FIRST) !== 0) return ws;
  return (f & (COMMON | STOP | PLACE)) === 0 ? ws : -1;
}
