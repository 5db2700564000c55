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

/** Letters with inner apostrophes or hyphens ("O'Brien", "Anna-Maria"); no nested quantifiers. */
const WORD = /[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*/gu;
const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'van', 'von', 'der', 'den', 'da', 'di', 'dos', 'das', 'du', 'le', 'y', 'bin', 'binti', 'al', 'el']);
const UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_UPPER = /\p{Lu}/u;
/** Irish and Scottish surname shapes ("O'Malley", "McAllister", "MacLeod") are surnames even when unlisted. */
const CELTIC = /^(?:[OD]['’]\p{Lu}|Ma?c\p{Lu})/u;

function shapeOf(word: string): Shape {
  if (UPPER.test(word)) {
    if (word.length === 1) return 'title';
    const rest = word.slice(1);
    if (!HAS_LOWER.test(rest)) return 'upper';
    return 'title';
  }
  return HAS_UPPER.test(word) ? 'other' : 'lower';
}

export function tokenize(text: string, lex: Lexicon): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    let word = m[0];
    // Letters glued to digits or underscores are codes and identifiers ("4ed2…", "user_ravi"), not names.
    if (/[\p{N}_]/u.test(text[m.index - 1] ?? '') || /[\p{N}_]/u.test(text[m.index + word.length] ?? '')) continue;
    if (/['’]s$/i.test(word) && word.length > 3) word = word.slice(0, -2); // possessive: "Ravi's"
    const start = m.index;
    let end = start + word.length;
    const shape = shapeOf(word);
    const key = nameKey(word);
    const initial = word.length === 1 && shape === 'title' && text[end] === '.';
    if (initial) end++;
    const parts = key.includes('-') ? key.split('-') : [key];
    const first = parts.some((p) => lex.first.has(p));
    const last = parts.some((p) => lex.last.has(p)) || (shape === 'title' && CELTIC.test(word));
    out.push({
      start, end, key, shape, first, last, initial,
      ambiguous: parts.every((p) => lex.ambiguous.has(p) || !(lex.first.has(p) || lex.last.has(p))) && (first || last) && !CELTIC.test(word),
      lowerUnsafe: parts.every((p) => lex.lowerUnsafe.has(p) || lex.ambiguous.has(p)),
      common: lex.common.has(key),
      stop: lex.stop.has(key),
      particle: PARTICLES.has(key),
      place: lex.place.has(key),
      heading: false,
    });
  }
  markHeadings(text, out);
  return out;
}

/** One pass over lines: a line of 5+ words, 75 %+ of them Title Case (not acronyms), is a heading. */
function markHeadings(text: string, toks: Token[]): void {
  let lineStart = 0;
  while (lineStart < toks.length) {
    const nl = text.indexOf('\n', toks[lineStart]!.start);
    const lineEnd = nl === -1 ? Infinity : nl;
    let k = lineStart;
    let capitals = 0;
    while (k < toks.length && toks[k]!.start < lineEnd) {
      if (toks[k]!.shape === 'title') capitals++;
      k++;
    }
    const heading = k - lineStart >= 5 && capitals / (k - lineStart) >= 0.75;
    if (heading) for (let x = lineStart; x < k; x++) toks[x]!.heading = true;
    lineStart = k;
  }
}
