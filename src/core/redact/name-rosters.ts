import type { Candidates } from './candidates.ts';
import { isAsciiDigit } from './recognizer.ts';
import { COMMON, FIRST, flagsOf, LAST, PLAIN, STOP } from './names/lexicon.ts';
import { nameKey } from './names/key.ts';

/**
 * One item of a numbered line-up, read from its number: a shirt's number of one or two digits, one
 * capitalised word (two joined by a hyphen) and at most a captain's or a keeper's mark, then a comma,
 * a full stop, a semicolon or the line's end: "1 Verma", "7 Vaijayanthi (c)", "9 Kaul-Gandhi".
 */
const ITEM = /(\d{1,2}) (\p{Lu}[\p{Ll}'\u2019]+(?:-\p{Lu}[\p{Ll}'\u2019]+)?)(?: \((?:c|vc|wk|gk|C|VC|WK|GK)\))?(?=[,.;\n]|$)/uy;

/** Fewest items a line-up has: two numbered words are as often a product list ("2 Lipton, 3 Tetley"). */
const MIN_ITEMS = 3;

/**
 * A numbered line-up of people: "XI: 1 Verma, 2 Panicker, 4 Uma, 5 Talwar, 7 Vaijayanthi (c)".
 * Three or more items in a row, joined by ", ". When no word is an everyday word and at least half
 * are names the lexicon knows, every word is a name (a team sheet lists surnames and given names the
 * lists may lack). Found from each ", " before a digit (rare in prose), with bounded walks.
 */
export function addNumberedRosters(text: string, out: Candidates): void {
  let done = 0;
  for (let c = text.indexOf(', '); c !== -1; c = text.indexOf(', ', c + 2)) {
    const d = text.charCodeAt(c + 2);
    if (c < done || d < 48 || d > 57) continue;
    const first = itemStartBefore(text, c);
    if (first === -1) continue;
    const words: [number, number][] = [];
    let p = first;
    for (;;) {
      ITEM.lastIndex = p;
      const m = ITEM.exec(text);
      if (m === null) break;
      const word = p + m[1]!.length + 1;
      words.push([word, word + m[2]!.length]);
      p = ITEM.lastIndex;
      if (text.charCodeAt(p) !== 44 || text.charCodeAt(p + 1) !== 32) break;
      p += 2;
    }
    done = p;
    if (words.length < MIN_ITEMS || !mostlyNames(text, words)) continue;
    for (const [start, end] of words) out.add('PERSON', start, end, 5);
  }
}

/**
 * Where the item that ends at the comma `c` starts (its number), if it is the line-up's first: its
 * number stands after a blank or a colon at most 40 units back, not after another item's comma
 * (those are found from their own commas).
 */
function itemStartBefore(text: string, c: number): number {
  let p = c;
  if (text.charCodeAt(p - 1) === 41) {
    // A mark in brackets ("(c)", "(wk)"): its '(' at most 5 units back (a bounded walk, not a search).
    let open = p - 2;
    while (open > 0 && p - open <= 5 && text.charCodeAt(open) !== 40) open--;
    if (text.charCodeAt(open) !== 40 || p - open > 5) return -1;
    p = open - 1;
  }
  let a = p;
  while (a > 0 && c - a < 40 && text.charCodeAt(a - 1) !== 32) a--;
  if (a < 3 || text.charCodeAt(a - 1) !== 32) return -1;
  let n = a - 1;
  while (n > 0 && a - 1 - n < 2 && isAsciiDigit(text.charCodeAt(n - 1))) n--;
  if (n === a - 1 || (n > 0 && isAsciiDigit(text.charCodeAt(n - 1)))) return -1;
  const before = n > 0 ? text.charCodeAt(n - 1) : 10;
  // The first item follows a blank or a label's colon; one after ", " is not the first.
  if (before === 32 && n > 1 && text.charCodeAt(n - 2) === 44) return -1;
  return before === 32 || before === 58 || before === 10 ? n : -1;
}

/** No word is an everyday word or a stop word, and at least half are names the lexicon knows. */
function mostlyNames(text: string, words: readonly [number, number][]): boolean {
  let known = 0;
  for (const [start, end] of words) {
    const hyphen = text.indexOf('-', start);
    const last = hyphen !== -1 && hyphen < end ? text.slice(hyphen + 1, end) : text.slice(start, end);
    const flags = flagsOf(nameKey(last));
    if ((flags & (COMMON | PLAIN | STOP)) !== 0) return false;
    if ((flags & (FIRST | LAST)) !== 0) known++;
  }
  return known * 2 >= words.length;
}

