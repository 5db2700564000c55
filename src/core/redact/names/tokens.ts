import type { Lexicon } from './lexicon.ts';
import { nameKey } from './key.ts';

export type Shape = 'title' | 'upper' | 'lower' | 'other';

export interface Token {
  start: number;
  end: number;
  key: string;
  shape: Shape;
  first: boolean;
  last: boolean;
  ambiguous: boolean;
  lowerUnsafe: boolean;
  common: boolean;
  stop: boolean;
  /** "R." — a capital initial with its dot. */
  initial: boolean;
  /** de, van, von, da … inside "Juan de la Cruz". */
  particle: boolean;
  /** Street or place word ("Road", "Calle", "San"). */
  place: boolean;
  /** Most words on this token's line are capitalised (a heading): capitals say nothing there. */
  heading: boolean;
}

const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'van', 'von', 'der', 'den', 'da', 'di', 'dos', 'das', 'du', 'le', 'y', 'bin', 'binti', 'al', 'el']);
/** Irish and Scottish surname shapes ("O'Malley", "McAllister", "MacLeod") are surnames even when unlisted. */
const CELTIC = /^(?:[OD]['’][A-ZÀ-Þ]|Ma?c[A-Z])/;
const LETTER = /[\p{L}\p{M}]/u;
/** Per-BMP-code-unit cache of "is a letter or mark": 0 unknown, 1 yes, 2 no. Filled lazily. */
const letterCache = new Uint8Array(65536);

function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogate halves: emoji and rare scripts end a word
  let v = letterCache[c]!;
  if (v === 0) {
    v = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
    letterCache[c] = v;
  }
  return v === 1;
}

// Case tests by comparing case mappings: no Unicode regex per token (this loop is the hot path).
function shapeOf(word: string): Shape {
  const c = word[0]!;
  if (c !== c.toLowerCase()) {
    if (word.length === 1) return 'title';
    const rest = word.slice(1);
    return rest === rest.toUpperCase() ? 'upper' : 'title';
  }
  return word === word.toLowerCase() ? 'lower' : 'other';
}

/** ASCII digit or underscore: letters glued to these are codes ("4ed2…", "user_ravi"), not names. */
function isCodeChar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 95;
}

/**
 * Words of letters with inner apostrophes or hyphens ("O'Brien", "Anna-Maria"), scanned by hand
 * (no match objects). Everyday lowercase words that no rule looks at are not materialised: the
 * gap they leave already breaks adjacency, which is all they would do. `keep` lists the
 * lowercase words the rules do read (cue words, place prepositions).
 */
export function tokenize(text: string, lex: Lexicon, keep: ReadonlySet<string>): Token[] {
  const out: Token[] = [];
  const lineWords: number[] = [0];
  const lineTitles: number[] = [0];
  const tokenLine: number[] = [];
  let line = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isLetter(c)) {
      if (c === 10) { line++; lineWords.push(0); lineTitles.push(0); }
      i++;
      continue;
    }
    const start = i;
    let ascii = c < 128;
    i++;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isLetter(d)) { if (d >= 128) ascii = false; i++; }
      else if ((d === 39 || d === 0x2019 || d === 45) && i + 1 < n && isLetter(text.charCodeAt(i + 1))) { if (d >= 128) ascii = false; i += 2; }
      else break;
    }
    if (isCodeChar(text.charCodeAt(start - 1)) || isCodeChar(text.charCodeAt(i))) continue;
    let word = text.slice(start, i);
    const len = word.length;
    if (len > 3 && (word[len - 1] === 's' || word[len - 1] === 'S') && (word[len - 2] === "'" || word[len - 2] === '’')) word = word.slice(0, -2); // possessive: "Ravi's"
    const lower = word.toLowerCase();
    lineWords[line]!++;
    if (word === lower) {
      // Lowercase everyday words that no rule reads are the bulk of any text: skip them cheaply.
      if (ascii && lex.plain.has(lower)) {
        // Cue words ("to", "is", "from") are read by the rules but can be nothing else: no lookups.
        if (keep.has(lower)) {
          out.push({ start, end: start + word.length, key: lower, shape: 'lower', first: false, last: false, initial: false, ambiguous: false, lowerUnsafe: false, common: true, stop: false, particle: PARTICLES.has(lower), place: false, heading: false });
          tokenLine.push(line);
        }
        continue;
      }
    }
    const shape = word === lower ? 'lower' : shapeOf(word);
    if (shape === 'title') lineTitles[line]!++;
    const key = ascii ? lower : nameKey(word);
    let end = start + word.length;
    const initial = word.length === 1 && shape === 'title' && text[end] === '.';
    if (initial) end++;
    const c0 = word.charCodeAt(0);
    const celtic = shape === 'title' && (c0 === 79 || c0 === 68 || c0 === 77) && CELTIC.test(word); // O' D' Mc Mac
    let first: boolean;
    let last: boolean;
    let ambiguous = false;
    let lowerUnsafe = false;
    if (key.indexOf('-') === -1) {
      first = lex.first.has(key);
      last = lex.last.has(key) || celtic;
      if (first || last) {
        ambiguous = lex.ambiguous.has(key) && !celtic;
        lowerUnsafe = ambiguous || lex.ambiguous.has(key) || lex.lowerUnsafe.has(key);
      }
    } else {
      // "Anna-Maria", "Kowalska-Nowak": a name if any part is one.
      const parts = key.split('-');
      first = parts.some((p) => lex.first.has(p));
      last = parts.some((p) => lex.last.has(p)) || celtic;
      ambiguous = parts.every((p) => lex.ambiguous.has(p) || !(lex.first.has(p) || lex.last.has(p))) && (first || last) && !celtic;
      lowerUnsafe = parts.every((p) => lex.lowerUnsafe.has(p) || lex.ambiguous.has(p));
    }
    out.push({
      start, end, key, shape, first, last, initial, ambiguous, lowerUnsafe,
      common: lex.common.has(key),
      stop: lex.stop.has(key),
      particle: PARTICLES.has(key),
      place: lex.place.has(key),
      heading: false,
    });
    tokenLine.push(line);
  }
  // A line of 5+ words, 75 %+ of them Title Case (not acronyms), is a heading: capitals say nothing there.
  for (let t = 0; t < out.length; t++) {
    const l = tokenLine[t]!;
    const words = lineWords[l]!;
    if (words >= 5 && lineTitles[l]! / words >= 0.75) out[t]!.heading = true;
  }
  return out;
}

