/**
 * Whole names, not parts: the last step of detect for PERSON. A word of a name left outside its
 * finding is sent on as it stands, and the eval (which counts a name found when a finding overlaps
 * it) does not see it; `scripts/pii-partial.ts` counts these. Three passes:
 * - `joinSplitNames`: a name found in two pieces, across the one word between them;
 * - `completeReversedNames`: a name written surname first, over the part left out;
 * - `completeLowercaseSurnames`: a lowercase name's surname that is a word too.
 *
 * A name found in two pieces leaks the word between them: "Ramiro Madrid Domínguez" came out as
 * "Ramiro" and "Domínguez", sending "Madrid" on; "samuel vigil tamez" as "samuel" and "tamez". Two
 * PERSON findings with one word and one blank on each side between them are one name when that word
 * is written as theirs (capitalised between capitalised words, lowercase between lowercase ones) and
 * the lexicon knows it as a name's, or not at all: a joiner or an everyday word keeps two people two
 * ("Ravi Kumar and Priya Sharma", "Ravi Kumar Team Priya").
 */
import type { Finding } from '../entities.ts';
import { isCapitalLetter, isLatinLetter, isLowerLetter } from '../recognizer.ts';
import { COMMON, FIRST, flagsOf, LAST, PLACE, PLAIN, STOP } from './lexicon.ts';
import { nameKey } from './key.ts';
import { WordSet } from './word-set.ts';

/** Words that join two people's names, whatever the lexicon says of them ("Mary And", "Ravi Y"). */
const JOINERS = new WordSet(['and', 'or', 'y', 'o', 'e', 'i', 'u', 'und', 'oder', 'et', 'ou', 'en', 'of', 'aur', 'ya', 'with',
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
  if (JOINERS.has(text, a + 1, b - 1)) return false;
  const f = flagsOf(nameKey(text.slice(a + 1, b - 1)));
  return (f & (FIRST | LAST)) !== 0 || (f & (COMMON | PLAIN | STOP)) === 0;
}

/**
 * A name written surname first, "Surname(s), Given", found in part: its surnames ("Lugo Aguilar, Eva"
 * gave "Eva", "Gaona Alicea Sauceda Arroyo, Amalia" gave "Amalia") or its given name ("Tagore, Sarala"
 * gave "Tagore") stayed outside the finding and were sent on. The finding grows over the other part
 * when the name stands alone in its field or phrase (a line's or a label's start or a lowercase word
 * before it; a field's end or a lowercase word after it), every word of the other part is written as a name's
 * (capitalised, or in capitals) and is a name's or unknown to the lexicon, not an everyday word or a
 * place alone, the surnames hold one the lexicon knows (or are in capitals), and a given name after
 * the comma is one it knows: "Pune, Ravi", "Sharma, Sales", "Re: Invoice, Priya" and "Ravi Kumar,
 * Infosys" stay as they are. Surnames in capitals before a capitalised given name the lexicon knows
 * are the name's too ("BURGOS MADRID Nicolás" gave "Nicolás"; not "HOLA GREGORIO").
 */
export function completeReversedNames(text: string, findings: Finding[]): Finding[] {
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k]!;
    if (f.type !== 'PERSON') continue;
    const prevEnd = k > 0 ? findings[k - 1]!.end : 0;
    const nextStart = k + 1 < findings.length ? findings[k + 1]!.start : text.length;
    // The surnames before ", " (the finding is the given name): one of them a surname the lexicon knows, or in capitals.
    if (f.start >= 4 && text.charCodeAt(f.start - 1) === 32 && text.charCodeAt(f.start - 2) === 44 && prevEnd < f.start - 3
      && isLatinLetter(text.charCodeAt(f.start - 3)) && fieldEndAt(text, f.end)) {
      const a = nameWordsBefore(text, f.start - 2, prevEnd);
      if (a !== -1 && fieldStartAt(text, a) && anySurname(text, a, f.start - 2)) {
        findings[k] = { type: 'PERSON', start: a, end: f.end };
        continue;
      }
    }
    // Surnames in capitals right before the given name, as forms write them: "BURGOS MADRID Nicolás", "SINHA Charvi".
    if (f.start >= 4 && text.charCodeAt(f.start - 1) === 32 && isCapitalLetter(text.charCodeAt(f.start - 2)) && !isCapitalLetter(text.charCodeAt(f.start + 1))
      && givenName(text, f.start, f.end)) {
      const a = capitalsBefore(text, f.start - 1, prevEnd);
      if (a !== -1 && fieldStartAt(text, a)) {
        findings[k] = { type: 'PERSON', start: a, end: f.end };
        continue;
      }
    }
    // The given name after ", " (the finding is the surnames): a given name the lexicon knows ("Ravi Kumar, Infosys" stays).
    // The finding must read as surnames: not a given name first ("Julio Colón Argüello, Palma de Mallorca" is a street and a town).
    // (Shape first, the lexicon last: most findings have no capitalised word outside a finding after their comma.)
    if (text.charCodeAt(f.end) === 44 && text.charCodeAt(f.end + 1) === 32 && nextStart > f.end + 3 && isCapitalLetter(text.charCodeAt(f.end + 2))
      && fieldStartAt(text, f.start)) {
      const e = nameWordsAfter(text, f.end + 2, nextStart);
      if (e !== -1 && fieldEndAt(text, e) && givenName(text, f.end + 2, e) && anySurname(text, f.start, f.end) && !givenNameOnly(text, f.start, f.end)) {
        findings[k] = { type: 'PERSON', start: f.start, end: e };
      }
    }
  }
  return findings;
}

/** A word of text[a, e) is a surname the lexicon knows (and no place), or is written in capitals ("SHARMA, Priya"). */
function anySurname(text: string, a: number, e: number): boolean {
  for (let p = a; p < e; ) {
    let q = p;
    while (q < e && text.charCodeAt(q) !== 32) q++;
    const word = text.slice(p, q);
    const f = flagsOf(nameKey(word));
    // A surname that is no place's or stop word's too ("Madrid, Sonia will visit" names a city and Sonia).
    if (q - p >= 2 && (((f & LAST) !== 0 && (f & (PLACE | STOP)) === 0) || word === word.toUpperCase())) return true;
    p = q + 1;
  }
  return false;
}

/** The lexicon's flags of the first word of text[a, e). */
function firstWordFlags(text: string, a: number, e: number): number {
  let q = a;
  while (q < e && text.charCodeAt(q) !== 32) q++;
  return flagsOf(nameKey(text.slice(a, q)));
}

/** The first word of text[a, e) is a given name the lexicon knows. */
const givenName = (text: string, a: number, e: number): boolean => (firstWordFlags(text, a, e) & FIRST) !== 0;

/** The first word of text[a, e) is a given name the lexicon knows and no surname. */
const givenNameOnly = (text: string, a: number, e: number): boolean => (firstWordFlags(text, a, e) & (FIRST | LAST)) === FIRST;

/**
 * Where the one to three words in capitals that end at `e` (one blank between) start, not before
 * `floor`; -1 if none, or if one of them is an everyday word, a place or a stop word ("CALL Priya",
 * "DELHI Priya"). Words of two letters are initials or codes: no surname.
 */
function capitalsBefore(text: string, e: number, floor: number): number {
  let start = -1;
  for (let words = 0; words < 3; words++) {
    let a = e;
    while (a > floor && (isCapitalLetter(text.charCodeAt(a - 1)) || ((text.charCodeAt(a - 1) === 45 || text.charCodeAt(a - 1) === 39) && a < e))) a--;
    if (e - a < 3 || (a > floor && isLatinLetter(text.charCodeAt(a - 1)))) break;
    const word = text.slice(a, e);
    const f = flagsOf(nameKey(word));
    if ((f & (FIRST | LAST)) === 0 ? (f & (COMMON | PLAIN | STOP | PLACE)) !== 0 || !surnameShaped(word) : (f & (PLACE | STOP)) !== 0 && (f & LAST) === 0) break;
    start = a;
    if (a - 1 <= floor || text.charCodeAt(a - 1) !== 32) break;
    e = a - 1;
  }
  return start;
}

/** A word the lexicon does not know, in capitals, shaped as a surname rather than a code: four letters or more, a vowel among them ("SINHA", not "HDFC", "SBI"). */
function surnameShaped(word: string): boolean {
  return word.length >= 4 && /[AEIOU\u00c1\u00c9\u00cd\u00d3\u00da\u00c0\u00c8\u00cc\u00d2\u00d9\u00c2\u00ca\u00ce\u00d4\u00db\u00c4\u00cb\u00cf\u00d6\u00dc]/.test(word);
}

/** At most this many words in the part a finding grows over. */
const MAX_PART_WORDS = 4;

/**
 * The name starts a field or a phrase at `p`: the text's or a line's start, after a label's ': ', a tab,
 * '|', '"' or '(', or after a lowercase word ("for Patel, Manjusha", "to Arora, Chandrani").
 */
function fieldStartAt(text: string, p: number): boolean {
  if (p === 0) return true;
  const c = text.charCodeAt(p - 1);
  if (c === 10 || c === 9 || c === 124 || c === 34 || c === 40) return true;
  if (c !== 32 || p < 2) return false;
  const b = text.charCodeAt(p - 2);
  if (b === 58 || b === 124) return true;
  // A lowercase word: its first letter too ("Ronda Alfonso …" is a street's word, capitalised).
  let w = p - 1;
  while (w > 0 && isLatinLetter(text.charCodeAt(w - 1))) w--;
  return w < p - 1 && isLowerLetter(text.charCodeAt(w));
}

/** A line's end, ',', ';', ':', '|', '"' or ')': a mark that closes a field. */
const closesField = (c: number): boolean => c === 10 || c === 13 || c === 44 || c === 59 || c === 58 || c === 124 || c === 34 || c === 41;

/** The name ends a field or a phrase at `p`: the text's end, a mark that closes a field, ' (', or a lowercase word. */
function fieldEndAt(text: string, p: number): boolean {
  if (p >= text.length) return true;
  const c = text.charCodeAt(p);
  if (closesField(c)) return true;
  if (c !== 32) return false;
  const d = text.charCodeAt(p + 1);
  return d === 40 || (d >= 97 && d <= 122) || (d >= 0xdf && d <= 0xff);
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

/** Words after a name in Hindi-English and other chat that end its phrase: "… ji ka number", "… bhaiya", "… sir". */
const AFTER_NAME = new WordSet(['ji', 'ka', 'ki', 'ke', 'ne', 'ko', 'se', 'bhaiya', 'bhai', 'sir', 'madam', 'mam', 'didi',
  'bol', 'here', 'naam', 'hai', 'from', 'at', 'on', 'wants', 'says']);

/**
 * A lowercase name's surname that the lexicon knows but does not take in lowercase ("gill", "kaul",
 * "malik" are words too, or were left unsafe): after a lowercase name found, one lowercase word the
 * lexicon knows as a surname, then the name's phrase ends (a mark of a field's end, a line's end, or a
 * word of AFTER_NAME: "prasad kakkar ji ka number", "Lead z Facebooka: bhupen gill, tel …").
 */
export function completeLowercaseSurnames(text: string, findings: Finding[]): Finding[] {
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k]!;
    if (f.type !== 'PERSON' || text.charCodeAt(f.end) !== 32 || !isLowerLetter(text.charCodeAt(f.start)) || !isLowerLetter(text.charCodeAt(f.end + 1))) continue;
    const a = f.end + 1;
    let e = a;
    while (e < text.length && e - a <= 20 && isLatinLetter(text.charCodeAt(e))) e++;
    if (e - a < 3 || e - a > 20 || (k + 1 < findings.length && findings[k + 1]!.start < e)) continue;
    if (!phraseEndsAt(text, e)) continue;
    const w = flagsOf(nameKey(text.slice(a, e)));
    if ((w & LAST) === 0 || (w & STOP) !== 0) continue;
    findings[k] = { type: 'PERSON', start: f.start, end: e };
  }
  return findings;
}

/** A name's phrase ends at `p`: a field's end or a full stop, or a blank and a word of AFTER_NAME. */
function phraseEndsAt(text: string, p: number): boolean {
  if (p >= text.length) return true;
  const c = text.charCodeAt(p);
  if (closesField(c) || c === 46) return true;
  if (c !== 32) return false;
  const d = text.charCodeAt(p + 1);
  if (d === 40 || d === 43 || d === 45 || d === 0x2013) return true;
  let e = p + 1;
  while (e < text.length && e - p <= 7 && isLatinLetter(text.charCodeAt(e))) e++;
  return e - p - 1 >= 2 && e - p - 1 <= 6 && AFTER_NAME.has(text, p + 1, e);
}
