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
import { COMMON, FIRST, flagsOf, LAST, PLAIN, STOP } from './lexicon.ts';
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
