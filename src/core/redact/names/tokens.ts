import { AMBIGUOUS, COMMON, FIRST, flagsOf, flagsOfHashes, LAST, LEXICON_SALT, LOWER_UNSAFE, PLACE, PLAIN, STOP } from './lexicon.ts';
import { checkStep, INDEX_SEED, indexStep } from './hash-table.ts';
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
 * (no match objects). Lowercase ASCII words are hashed while they are scanned, so the everyday
 * words no rule looks at are skipped without being sliced out of the text: the gap they leave
 * already breaks adjacency, which is all they would do. `keep` lists the lowercase words the
 * rules do read (cue words, place prepositions).
 */
export function tokenize(text: string, keep: ReadonlySet<string>): Token[] {
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
    // Lowercase ASCII words: hash as we go (the lexicon's key for them is the word itself).
    let simple = c >= 97 && c <= 122;
    let ha = simple ? indexStep(INDEX_SEED, c) : 0;
    let hb = simple ? checkStep(LEXICON_SALT, c) : 0;
    let ascii = c < 128;
    i++;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isLetter(d)) {
        if (d >= 128) ascii = false;
        if (simple) {
          if (d >= 97 && d <= 122) { ha = indexStep(ha, d); hb = checkStep(hb, d); } else simple = false;
        }
        i++;
      } else if ((d === 39 || d === 0x2019 || d === 45) && i + 1 < n && isLetter(text.charCodeAt(i + 1))) {
        const e = text.charCodeAt(i + 1);
        if (d >= 128 || e >= 128) ascii = false;
        if (simple) {
          if (d !== 0x2019 && e >= 97 && e <= 122) { ha = indexStep(indexStep(ha, d), e); hb = checkStep(checkStep(hb, d), e); } else simple = false;
        }
        i += 2;
      } else break;
    }
    if (isCodeChar(text.charCodeAt(start - 1)) || isCodeChar(text.charCodeAt(i))) continue;
    lineWords[line]!++;
    let end = i;
    const possessive = end - start > 3 && (text[end - 1] === 's' || text[end - 1] === 'S') && (text[end - 2] === "'" || text[end - 2] === '’');
    if (possessive) end -= 2; // "Ravi's"
    if (simple && !possessive) {
      const flags = flagsOfHashes(ha, hb);
      if ((flags & PLAIN) !== 0) {
        // Cue words ("to", "is", "from") are read by the rules but can be nothing else: a cheap token.
        const key = keep.size > 0 ? text.slice(start, end) : '';
        if (keep.has(key)) {
          out.push({ start, end, key, shape: 'lower', first: false, last: false, initial: false, ambiguous: false, lowerUnsafe: false, common: true, stop: false, particle: PARTICLES.has(key), place: false, heading: false });
          tokenLine.push(line);
        }
        continue;
      }
      pushToken(out, text, start, end, 'lower', text.slice(start, end), flags);
      tokenLine.push(line);
      continue;
    }
    const word = text.slice(start, end);
    const lower = word.toLowerCase();
    const shape: Shape = word === lower ? 'lower' : shapeOf(word);
    if (shape === 'title') lineTitles[line]!++;
    const key = ascii ? lower : nameKey(word);
    pushToken(out, text, start, end, shape, key, key.indexOf('-') === -1 ? flagsOf(key) : -1);
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

/** Build one token from its lexicon flags (-1: hyphenated, look the parts up). */
function pushToken(out: Token[], text: string, start: number, wordEnd: number, shape: Shape, key: string, flags: number): void {
  let end = wordEnd;
  const initial = end - start === 1 && shape === 'title' && text[end] === '.';
  if (initial) end++;
  const c0 = text.charCodeAt(start);
  const celtic = shape === 'title' && (c0 === 79 || c0 === 68 || c0 === 77) && CELTIC.test(text.slice(start, wordEnd)); // O' D' Mc Mac
  let first: boolean;
  let last: boolean;
  let ambiguous: boolean;
  let lowerUnsafe: boolean;
  let f = flags;
  if (flags === -1) {
    // "Anna-Maria", "Kowalska-Nowak": a name if any part is one.
    const parts = key.split('-').map(flagsOf);
    first = parts.some((p) => (p & FIRST) !== 0);
    last = parts.some((p) => (p & LAST) !== 0) || celtic;
    ambiguous = parts.every((p) => (p & AMBIGUOUS) !== 0 || (p & (FIRST | LAST)) === 0) && (first || last) && !celtic;
    lowerUnsafe = parts.every((p) => (p & (AMBIGUOUS | LOWER_UNSAFE)) !== 0);
    f = flagsOf(key);
  } else {
    first = (f & FIRST) !== 0;
    last = (f & LAST) !== 0 || celtic;
    ambiguous = (f & AMBIGUOUS) !== 0 && (first || last) && !celtic;
    lowerUnsafe = (first || last) && (f & (AMBIGUOUS | LOWER_UNSAFE)) !== 0;
  }
  out.push({
    start, end, key, shape, first, last, initial, ambiguous, lowerUnsafe,
    common: (f & COMMON) !== 0,
    stop: (f & STOP) !== 0,
    particle: PARTICLES.has(key),
    place: (f & PLACE) !== 0,
    heading: false,
  });
}
