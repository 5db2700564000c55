/**
 * A name found in two pieces leaks the word between them: "Ramiro Madrid Domínguez" came out as
 * "Ramiro" and "Domínguez", sending "Madrid" on; "samuel vigil tamez" as "samuel" and "tamez". Two
 * PERSON findings with one word and one blank on each side between them are one name when that word
 * is written as theirs (capitalised between capitalised words, lowercase between lowercase ones) and
 * the lexicon knows it as a name's, or not at all: a joiner or an everyday word keeps two people two
 * ("Ravi Kumar and Priya Sharma", "Ravi Kumar Team Priya").
 */
import type { Finding } from '../entities.ts';
import { isCapitalLetter, isLatinLetter } from '../recognizer.ts';
import { COMMON, FIRST, flagsOf, LAST, PLACE, PLAIN, STOP } from './lexicon.ts';
import { nameKey } from './key.ts';

/** Words that join two people's names, whatever the lexicon says of them ("Mary And", "Ravi Y"). */
const JOINERS: ReadonlySet<string> = new Set(['and', 'or', 'y', 'o', 'e', 'i', 'u', 'und', 'oder', 'et', 'ou', 'en', 'of', 'aur', 'ya', 'with',
  'mit', 'avec', 'com', 'con', 'to', 'for', 'from', 'para', 'per', 'vs', 'ki', 'ka', 'ke', 'se',
  // Words of address after a name: "Sinha sir re: …", "aamod sir bahut patient hain".
  'ji', 'sir', 'madam', 'mam', 'maam', 'sahab', 'saab', 'bhai', 'bhaiya', 'didi', 'uncle', 'aunty', 'auntie', 'dada', 'dadi', 'nani']);

/** The findings with each pair split by one name word joined into one finding; the array is compacted in place when one is. */
export function joinSplitNames(text: string, findings: Finding[]): Finding[] {
  let kept = 0;
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k]!;
    const prev = kept > 0 ? findings[kept - 1]! : undefined;
    if (prev !== undefined && prev.type === 'PERSON' && f.type === 'PERSON' && nameWordBetween(text, prev.end, f.start)) {
      findings[kept - 1] = { type: 'PERSON', start: prev.start, end: f.end };
      continue;
    }
    findings[kept++] = f;
  }
  findings.length = kept;
  return findings;
}

/** text[a, b) is one blank, one word of a name's shape and one blank, in the case of the letter after it. */
function nameWordBetween(text: string, a: number, b: number): boolean {
  const n = b - a;
  if (n < 4 || n > 24 || text.charCodeAt(a) !== 32 || text.charCodeAt(b - 1) !== 32) return false;
  for (let i = a + 1; i < b - 1; i++) {
    const c = text.charCodeAt(i);
    if (!(isLatinLetter(c) || ((c === 45 || c === 39 || c === 0x2019) && i > a + 1 && i < b - 2))) return false;
  }
  // The same case as the name after it: "Ramiro Madrid Domínguez", "samuel vigil tamez"; not "Ravi Kumar about Priya".
  if (isCapitalLetter(text.charCodeAt(a + 1)) !== isCapitalLetter(text.charCodeAt(b))) return false;
  const word = text.slice(a + 1, b - 1);
  const lower = word.toLowerCase();
  if (JOINERS.has(lower)) return false;
  const f = flagsOf(nameKey(word));
  return (f & (FIRST | LAST)) !== 0 || (f & (COMMON | PLAIN | STOP)) === 0;
}

/**
 * A name written surname first, "Surname(s), Given", found in part: its surnames ("Lugo Aguilar, Eva"
 * gave "Eva", "Gaona Alicea Sauceda Arroyo, Amalia" gave "Amalia") or its given name ("Tagore, Sarala"
 * gave "Tagore") stayed outside the finding and were sent on. The finding grows over the other part
 * when the name stands alone in its field (a line's or a label's start before it, a field's end after
 * it: ',', ';', ':', '|', '(' , a line's end), every word of the other part is written as a name's
 * (capitalised, or in capitals) and is a name's or unknown to the lexicon, not an everyday word or a
 * place alone, the surnames hold one the lexicon knows (or are in capitals), and a given name after
 * the comma is one it knows: "Pune, Ravi", "Sharma, Sales", "Re: Invoice, Priya" and "Ravi Kumar,
 * Infosys" stay as they are.
 */
export function completeReversedNames(text: string, findings: Finding[]): Finding[] {
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k]!;
    if (f.type !== 'PERSON') continue;
    const prevEnd = k > 0 ? findings[k - 1]!.end : 0;
    const nextStart = k + 1 < findings.length ? findings[k + 1]!.start : text.length;
    // The surnames before ", " (the finding is the given name): one of them a surname the lexicon knows, or in capitals.
    if (f.start >= 4 && text.charCodeAt(f.start - 1) === 32 && text.charCodeAt(f.start - 2) === 44 && fieldEndAt(text, f.end)) {
      const a = nameWordsBefore(text, f.start - 2, prevEnd);
      if (a !== -1 && fieldStartAt(text, a) && anySurname(text, a, f.start - 2)) {
        findings[k] = { type: 'PERSON', start: a, end: f.end };
        continue;
      }
    }
    // The given name after ", " (the finding is the surnames): a given name the lexicon knows ("Ravi Kumar, Infosys" stays).
    if (text.charCodeAt(f.end) === 44 && text.charCodeAt(f.end + 1) === 32 && fieldStartAt(text, f.start) && anySurname(text, f.start, f.end)) {
      const e = nameWordsAfter(text, f.end + 2, nextStart);
      if (e !== -1 && fieldEndAt(text, e) && givenName(text, f.end + 2, e)) findings[k] = { type: 'PERSON', start: f.start, end: e };
    }
  }
  return findings;
}

/** A word of text[a, e) is a surname the lexicon knows, or is written in capitals ("SHARMA, Priya"). */
function anySurname(text: string, a: number, e: number): boolean {
  for (let p = a; p < e; ) {
    let q = p;
    while (q < e && text.charCodeAt(q) !== 32) q++;
    const word = text.slice(p, q);
    if (q - p >= 2 && ((flagsOf(nameKey(word)) & LAST) !== 0 || word === word.toUpperCase())) return true;
    p = q + 1;
  }
  return false;
}

/** The first word of text[a, e) is a given name the lexicon knows. */
function givenName(text: string, a: number, e: number): boolean {
  let q = a;
  while (q < e && text.charCodeAt(q) !== 32) q++;
  return (flagsOf(nameKey(text.slice(a, q))) & FIRST) !== 0;
}

/** At most this many words in the part a finding grows over. */
const MAX_PART_WORDS = 4;

/** A field starts at `p`: the text's or a line's start, or after a label's ': ', a tab, '|', '"' or '('. */
function fieldStartAt(text: string, p: number): boolean {
  if (p === 0) return true;
  const c = text.charCodeAt(p - 1);
  if (c === 10 || c === 9 || c === 124 || c === 34 || c === 40) return true;
  return c === 32 && p >= 2 && (text.charCodeAt(p - 2) === 58 || text.charCodeAt(p - 2) === 124);
}

/** A field ends at `p`: the text's or a line's end, or ',', ';', ':', '|', '"', ')' or ' (' there. */
function fieldEndAt(text: string, p: number): boolean {
  if (p >= text.length) return true;
  const c = text.charCodeAt(p);
  if (c === 10 || c === 13 || c === 44 || c === 59 || c === 58 || c === 124 || c === 34 || c === 41) return true;
  return c === 32 && text.charCodeAt(p + 1) === 40;
}

/** A word of a name's shape and lexicon: capitalised or in capitals; a name's, or unknown; no everyday word, no place alone. */
function namePartWord(text: string, a: number, e: number): boolean {
  if (e - a < 2 || !isCapitalLetter(text.charCodeAt(a))) return false;
  const f = flagsOf(nameKey(text.slice(a, e)));
  if ((f & (FIRST | LAST)) !== 0) return true;
  return (f & (COMMON | PLAIN | STOP | PLACE)) === 0;
}

/** Where the one to MAX_PART_WORDS name words that end at `comma` (one blank between words) start, not before `floor`; -1 if none. */
function nameWordsBefore(text: string, comma: number, floor: number): number {
  let e = comma;
  let start = -1;
  for (let words = 0; words < MAX_PART_WORDS; words++) {
    let a = e;
    while (a > floor && (isLatinLetter(text.charCodeAt(a - 1)) || text.charCodeAt(a - 1) === 45 || text.charCodeAt(a - 1) === 39)) a--;
    if (a === e || !namePartWord(text, a, e)) break;
    start = a;
    if (a - 1 <= floor || text.charCodeAt(a - 1) !== 32) break;
    e = a - 1;
  }
  return start;
}

/** Where the one or two name words that start at `a` (one blank between) end, not past `ceiling`; -1 if none. */
function nameWordsAfter(text: string, a: number, ceiling: number): number {
  let end = -1;
  let p = a;
  for (let words = 0; words < 2; words++) {
    let e = p;
    while (e < ceiling && (isLatinLetter(text.charCodeAt(e)) || ((text.charCodeAt(e) === 45 || text.charCodeAt(e) === 39) && e > p))) e++;
    if (e === p || !namePartWord(text, p, e)) break;
    end = e;
    if (text.charCodeAt(e) !== 32 || !isCapitalLetter(text.charCodeAt(e + 1))) break;
    p = e + 1;
  }
  return end;
}
