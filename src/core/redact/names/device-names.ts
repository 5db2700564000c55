/**
 * A device named after its user, as IT inventories and helpdesk tickets write hostnames:
 * "LAPTOP-Priya", "DESKTOP-Devasree", "PC-Anil". The word after the device's word and its hyphen is
 * the user's name: a capitalised word that is no everyday word ("PC-Reception", "LAPTOP-Spare" are
 * not), or a word in capitals the lexicon knows as a name ("LAPTOP-PRIYA"; not "PC-HR"). A
 * generated hostname ("DESKTOP-7GH2K9L") has digits and is no word.
 */
import { isAsciiLetter, isCapitalLetter, isLatinLetter } from '../recognizer.ts';
import { COMMON, FIRST, flagsOf, LAST, PLAIN, STOP } from './lexicon.ts';
import { nameKey } from './key.ts';
import { WordSet } from './word-set.ts';

/** Devices' words before a user's name in a hostname (lowercased). */
const DEVICE_WORD_LIST = ['laptop', 'desktop', 'pc', 'nb', 'notebook', 'ws', 'wks', 'workstation', 'mbp', 'mba',
  'macbook', 'imac', 'ipad', 'iphone', 'surface', 'thinkpad', 'lt', 'dt', 'tablet', 'phone', 'mobile'];
const DEVICE_WORDS = new WordSet(DEVICE_WORD_LIST);

/** The longest device word. */
const LONGEST = Math.max(...DEVICE_WORD_LIST.map((w) => w.length));
/** Bit (c - 65) set for each capital a device word starts with: most words are refused on their first letter. */
const FIRST_CAPITALS = DEVICE_WORD_LIST.reduce((bits, w) => bits | (1 << (w.charCodeAt(0) - 97)), 0);

/**
 * Where the user's name starts when text[start, end) is a device's hostname with one ("LAPTOP-Priya":
 * at "Priya"), else -1. The device's word starts with a capital; most words are refused on their
 * first letter or their length.
 */
export function deviceOwnerStart(text: string, start: number, end: number): number {
  const c0 = text.charCodeAt(start);
  if (c0 < 65 || c0 > 90 || (FIRST_CAPITALS & (1 << (c0 - 65))) === 0 || end - start < 5) return -1;
  let h = start + 1;
  while (h < end && h - start <= LONGEST && isAsciiLetter(text.charCodeAt(h))) h++;
  if (text.charCodeAt(h) !== 45 || end - h < 3 || h - start > LONGEST) return -1;
  if (!DEVICE_WORDS.has(text, start, h)) return -1;
  const a = h + 1;
  if (!isCapitalLetter(text.charCodeAt(a))) return -1;
  for (let i = a + 1; i < end; i++) if (!isLatinLetter(text.charCodeAt(i))) return -1;
  const word = text.slice(a, end);
  const f = flagsOf(nameKey(word));
  const name = (f & (FIRST | LAST)) !== 0;
  if (name) return a;
  // Not a name the lexicon knows: a capitalised word that is no everyday word, which may be a name it lacks.
  return (f & (COMMON | PLAIN | STOP)) === 0 && word !== word.toUpperCase() ? a : -1;
}
