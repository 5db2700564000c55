import type { Candidates } from '../candidates.ts';
import { T_COMMON, T_FIRST, T_LAST, T_PLACE, T_TITLE, T_UPPER } from '../names/tokens.ts';
import type { Tokens } from '../names/tokens.ts';
import { isAsciiLetter } from '../recognizer.ts';
import { adjacent, isBlankAt, isLowerAscii, known, MAX_NAME_TOKENS, nameish, push, stopped, strong, surnameOnly } from './person-words.ts';

/**
 * Names written surname first, as CRM exports and bank forms write them, at the start of a field:
 * "Contact (export): Rocha Regalado, Sonia | …", "Titular de la cuenta: Saini, Akshata",
 * "Refund request #77160: PRAJAPAT Jagdeep was charged …". The other passes find one side of such
 * a name (the given name, or the surnames as a run of their own) and the rest would go out as it
 * is: this takes the whole. Both forms are made of capitalised words, so they are looked for in
 * the runs of such words that pass 1 (person.ts, capitalisedRuns) walks, not in a pass of their own.
 */
export function reversedInRun(text: string, t: Tokens, i: number, j: number, out: Candidates): void {
  for (let k = i; k < j; k++) if ((t.bits[k]! & T_UPPER) !== 0) capsSurnameFirst(text, t, k, out);
  if (j + 1 < t.count && text.charCodeAt(t.end[j]!) === 44) commaReversed(text, t, j, out);
}

/** "Surname [Surname …], Given [Given]": token `i` ends the surnames, a comma and a space follow it. */
function commaReversed(text: string, t: Tokens, i: number, out: Candidates): void {
  const g = i + 1;
  if (t.start[g] !== t.end[i]! + 2 || text.charCodeAt(t.end[i]! + 1) !== 32) return;
  if (!surnamePart(t, i)) return;
  let a = i;
  while (a > 0 && i - a + 1 < MAX_NAME_TOKENS && adjacent(text, t, a - 1, a) && surnamePart(t, a - 1)) a--;
  if (!fieldStartsAt(text, t.start[a]!)) return;
  // The given names: one, or two of which the second is a listed given name ("Juan Carlos").
  const gb = t.bits[g]!;
  if ((gb & T_TITLE) === 0 || !nameish(t, g) || (gb & T_PLACE) !== 0) return;
  let z = g;
  if (z + 1 < t.count && adjacent(text, t, z, z + 1) && (t.bits[z + 1]! & (T_TITLE | T_FIRST)) === (T_TITLE | T_FIRST) && nameish(t, z + 1)) z++;
  // The given names end the field or a lowercase word follows: "Nayar, Brahmabrata T. Verma" and
  // "Patil, Priya, John" are items of a list of names, not one name written the other way round.
  const ends = fieldEndsAt(text, t.end[z]!);
  if (!ends && !lowerWordAt(text, t.end[z]!)) return;
  // The surnames hold a listed one ("Invoice, Priya", "Reliance Jio, Priya" do not).
  if (!anySurname(t, a, i)) return;
  // A listed given name after the comma; or, after a surname that is no other word, an unlisted
  // word that ends the field ("Trivedi, Aashritha\n"). Not a company or a town after a name:
  // "Ravi Kumar, Infosys" has a given name first (below), and towns are place words.
  const givenListed = (gb & T_FIRST) !== 0 && strong(gb);
  if (!givenListed && !(anySurnameOnly(t, a, i) && !known(gb) && ends)) return;
  // "Ravi Kumar, Priya" is a list of two names, not one reversed: a reversed name does not start with a given name.
  if ((t.bits[a]! & (T_FIRST | T_LAST)) === T_FIRST) return;
  push(out, text, t, a, z);
}

/**
 * "PRAJAPAT Jagdeep", "ZARATE SERRATO Maica": surnames in capitals, one of them listed, then the
 * given name, at a field's start. The given name is a listed one, or an unlisted word that ends
 * the field or that a lowercase word follows ("VARMA Menka was charged").
 */
function capsSurnameFirst(text: string, t: Tokens, i: number, out: Candidates): void {
  const g = i + 1;
  if (!capsSurname(t, i)) return;
  const gb = t.bits[g]!;
  if (!adjacent(text, t, i, g) || (gb & T_TITLE) === 0 || !nameish(t, g) || (gb & T_PLACE) !== 0) return;
  let a = i;
  while (a > 0 && i - a + 1 < MAX_NAME_TOKENS - 1 && adjacent(text, t, a - 1, a) && capsSurname(t, a - 1)) a--;
  if (!fieldStartsAt(text, t.start[a]!)) return;
  // A listed surname among them: an unlisted word in capitals is as often a bank or a code ("HDFC Ravi").
  if (!anySurname(t, a, i)) return;
  const givenListed = (gb & T_FIRST) !== 0 && strong(gb);
  if (!givenListed && (known(gb) || !(fieldEndsAt(text, t.end[g]!) || lowerWordAt(text, t.end[g]!)))) return;
  push(out, text, t, a, g);
}

/** A word in capitals that may be a surname: no stop or everyday word unless listed, no place unless a surname only, no given name only. */
function capsSurname(t: Tokens, k: number): boolean {
  const b = t.bits[k]!;
  if ((b & T_UPPER) === 0 || t.len[k]! < 3 || stopped(b) || ((b & T_COMMON) !== 0 && !known(b))) return false;
  if ((b & T_PLACE) !== 0 && !surnameOnly(b)) return false;
  return (b & (T_FIRST | T_LAST)) !== T_FIRST;
}

/** A word that may be one of the surnames: capitalised, no everyday word unless listed, a place only as a surname. */
function surnamePart(t: Tokens, k: number): boolean {
  const b = t.bits[k]!;
  if (!nameish(t, k)) return false;
  return (b & T_PLACE) === 0 || surnameOnly(b);
}

function anySurname(t: Tokens, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if ((t.bits[k]! & T_LAST) !== 0) return true;
  return false;
}

function anySurnameOnly(t: Tokens, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (surnameOnly(t.bits[k]!)) return true;
  return false;
}

/**
 * A field's value starts at `s`: after a label's ':' (then blanks), at a line's start, at the
 * text's, or after a word that names the customer ("client MORA CASAREZ Esteban").
 */
function fieldStartsAt(text: string, s: number): boolean {
  let p = s;
  while (p > 0 && isBlankAt(text, p - 1)) p--;
  if (p === 0) return true;
  const c = text.charCodeAt(p - 1);
  if (c === 58 || c === 10 || (c === 13 && p === s)) return true;
  if (p === s) return false;
  let a = p;
  while (a > 0 && a > p - 12 && isAsciiLetter(text.charCodeAt(a - 1))) a--;
  return CUSTOMER_WORDS.has(text.slice(a, p).toLowerCase());
}

const CUSTOMER_WORDS = new Set(['client', 'customer', 'cliente', 'kunde', 'kundin', 'klient', 'klienta', 'beneficiary', 'applicant', 'holder']);

/** A field's value ends at `e`: the line's or text's end, or a '|' or ';' (after blanks). */
function fieldEndsAt(text: string, e: number): boolean {
  let p = e;
  while (p < text.length && isBlankAt(text, p)) p++;
  if (p >= text.length) return true;
  const c = text.charCodeAt(p);
  return c === 10 || c === 13 || c === 124 || c === 59;
}

/** A space and a lowercase ASCII letter at `e` ("… Jagdeep was charged"). */
function lowerWordAt(text: string, e: number): boolean {
  return text.charCodeAt(e) === 32 && isLowerAscii(text.charCodeAt(e + 1));
}
