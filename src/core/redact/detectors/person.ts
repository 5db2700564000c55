import type { Recognizer } from '../recognizer.ts';
import type { Candidates } from '../candidates.ts';
import {
  T_AMBIGUOUS, T_COMMON, T_FIRST, T_HEADING, T_INITIAL, T_LAST, T_LOWER, T_LOWER_UNSAFE, T_MARK_CUE_END, T_MARK_PLACE_PREPOSITION, T_MARK_RELATION, T_MARK_SELF,
  T_PARTICLE, T_PLACE, T_STOP, T_TITLE, T_UPPER, atWordStarts, tokenize,
} from '../names/tokens.ts';
import type { Tokens } from '../names/tokens.ts';
import { TextIndex } from '../digit-runs.ts';
import { CUE_WORDS, cueBefore, endsACue, RELATIONS } from '../names/cues.ts';
import { lowerNamePart, namesBesideNumbers, signOffAtEnd } from './person-numbers.ts';
import { namesBesideRelations } from './person-relations.ts';
import { reversedInRun } from './person-reversed.ts';
import { PROPRIETOR_WORDS } from '../names/word-lists.ts';
import { runContextNames } from './person-run-context.ts';
import { acceptsAfterCue, introEnds, lowerNameFollows, phraseClosed, ROLE_CUES } from './person-after-cue.ts';
import { addNameReplyAfter } from '../name-fields.ts';
import { deviceOwnerStart } from '../names/device-names.ts';
import { addCoupleFirstNames } from './person-couples.ts';
import {
  adjacent, CAPITAL, isBlankAt, KNOWN, known, MAX_NAME_TOKENS, nameish, plainLower, push, stopped, strong, surnameOnly,
} from './person-words.ts';

/**
 * PERSON without a model: a gazetteer of given names and surnames (names/gazetteer.ts), the shape
 * of the words (capitalisation, initials, particles, O'/Mc), and cues that announce a name
 * (greetings, "my name is", labels, sign-offs, honorifics). Passes, all linear in tokens:
 * 1. capitalised runs that contain a known name ("Ravi Kumar", "Zbigniew Kowalski");
 * 2. lowercase chat: a known given name that is not a dictionary word ("pls call rahul sharma");
 * 3. cues: the words after "Hi", "Mr.", "Name:", "Regards,\n" even if the gazetteer lacks them;
 * 4. "… here"; names beside phone numbers and signing off a message (person-numbers.ts).
 * Tokens are indices into typed arrays (names/tokens.ts); `b` below is a token's bits.
 */
/** Pass 1: runs of capitalised name-like words; keep a run that holds a known name. */
function capitalisedRuns(text: string, t: Tokens, out: Candidates): void {
  const n = t.count;
  let i = 0;
  while (i < n) {
    if (!nameish(t, i)) { i++; continue; }
    let j = i;
    while (j + 1 < n) {
      if (nameish(t, j + 1) && adjacent(text, t, j, j + 1)) { j++; continue; }
      // "Juan de la Cruz": particles between capitalised words, when they lead to a known name (or,
      // for "van"/"von" after a given name, to any surname: "Pieter van der Berg"). Otherwise the run
      // ends before them and the words after start their own ("María de los Ángeles Villalobos").
      let k = j + 1;
      // In capitals, particles are in capitals too ("MARÍA DE LOS ÁNGELES CONTRERAS").
      const particleCase = (t.bits[j]! & T_UPPER) !== 0 ? T_LOWER | T_UPPER : T_LOWER;
      while (k < n && (t.bits[k]! & T_PARTICLE) !== 0 && (t.bits[k]! & particleCase) !== 0 && adjacent(text, t, k - 1, k)) k++;
      if (k > j + 1 && k < n && nameish(t, k) && adjacent(text, t, k - 1, k) && (leadsToName(text, t, k) || vonAfterGiven(t, j + 1))) { j = k; continue; }
      break;
    }
    acceptRun(text, t, i, j, out);
    // The run's context (person-reversed.ts, person-run-context.ts): read only when what follows it
    // may matter (a space, ',' or ':'), or when it holds a word in capitals.
    const follows = text.charCodeAt(t.end[j]!);
    if (follows === 44 || j > i) reversedInRun(text, t, i, j, out);
    if (follows === 32 || follows === 58) runContextNames(text, t, i, j, out);
    i = j + 1;
  }
}

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'leaves', 'via', 'en', 'w', 'we', 'desde', 'hacia', 'around']);
/** Lowercase words the passes read; the tokenizer keeps them even when they are everyday words. */
const KEEP = new Set([...CUE_WORDS, ...PLACE_PREPOSITIONS, 'bol', 'main', 'mai']);

/** The words `hereNames` reads ("Amrita here", "chandni naam hai", "main amodini bol rahi hoon", "your name"). */
const SELF_WORDS: ReadonlySet<string> = new Set(['here', 'naam', 'bol', 'name']);
const RELATION_WORDS: ReadonlySet<string> = new Set(RELATIONS);

/**
 * Token marks (tokens.ts T_MARK_*) for the passes that read a few keyed words: they test a bit on
 * each token instead of looking its key up in a Set or Map. Asked once per kept word the text has.
 */
function marksOf(key: string): number {
  return (RELATION_WORDS.has(key) ? T_MARK_RELATION : 0) | (endsACue(key) ? T_MARK_CUE_END : 0) | (SELF_WORDS.has(key) ? T_MARK_SELF : 0)
    | (PLACE_PREPOSITIONS.has(key) ? T_MARK_PLACE_PREPOSITION : 0);
}

/**
 * The capitalised token `k` after a name particle carries the name on: a known name, or a word the
 * lexicon lacks with a known name right after it ("María de los Ángeles Villalobos"); not a lone
 * unknown word ("Santiago de Compostela").
 */
function leadsToName(text: string, t: Tokens, k: number): boolean {
  if (known(t.bits[k]!)) return true;
  return k + 1 < t.count && adjacent(text, t, k, k + 1) && nameish(t, k + 1) && known(t.bits[k + 1]!);
}

/**
 * A place word, then ". " or ": ", right before token `a`: "St. Louis", "ul. Marszałkowska", "al. Jana
 * Pawła II" (Polish "aleja"; "al" is otherwise a particle), "City: Vigo".
 */
function placeLabelBefore(text: string, t: Tokens, a: number): boolean {
  if (a === 0) return false;
  const p = a - 1;
  const gap = t.end[p]!;
  if (t.start[a]! - gap !== 2 || text.charCodeAt(gap + 1) !== 32) return false;
  const mark = text.charCodeAt(gap);
  if (mark !== 46 && mark !== 58) return false;
  return (t.bits[p]! & T_PLACE) !== 0 || (mark === 46 && t.key[p] === 'al');
}

/** Token `k` is "van" or "von" after a given name. */
const vonAfterGiven = (t: Tokens, k: number): boolean => (t.key[k] === 'van' || t.key[k] === 'von') && (t.bits[k - 1]! & T_FIRST) !== 0;

function acceptRun(text: string, t: Tokens, i: number, j: number, out: Candidates): void {
  const bits = t.bits;
  let a = i;
  let b = j;
  // "Santiago de Compostela": a particle must lead to a known name, else the name ends before it;
  // but "van" and "von" after a given name lead to a surname, known or not ("Pieter van der Berg").
  let particleSurname = -1;
  for (let k = a + 1; k <= b; k++) {
    if ((bits[k]! & T_PARTICLE) !== 0) {
      let n = k;
      while (n <= b && (bits[n]! & T_PARTICLE) !== 0) n++;
      const dutchOrGerman = vonAfterGiven(t, k);
      if (n > b || !((known(bits[n]!) || (n < b && leadsToName(text, t, n))) || dutchOrGerman)) { b = k - 1; break; }
      if (dutchOrGerman) particleSurname = n;
      k = n;
    }
  }
  // Unknown words may extend a name only where a name part is missing: before a surname, after a given name.
  // ("Nimit D. Desai": an unknown word before an initial and a known name is the given name.)
  while (a < b && !known(bits[a]!) && (bits[a]! & T_INITIAL) === 0 && (bits[a + 1]! & (T_LAST | T_PARTICLE)) === 0
    && !((bits[a + 1]! & T_INITIAL) !== 0 && a + 2 <= b && known(bits[a + 2]!))) a++;
  while (b > a && b !== particleSurname && !known(bits[b]!) && !((bits[b - 1]! & KNOWN) === T_FIRST) && (bits[b - 1]! & T_INITIAL) === 0) b--;
  // A trailing initial stays after a given name ("Gustavo G.", "Ravi S."), not after a surname.
  while (b > a && ((bits[b]! & T_PARTICLE) !== 0 || ((bits[b]! & T_INITIAL) !== 0 && (bits[b - 1]! & KNOWN) !== T_FIRST))) b--;
  // "Juan de la Cruz", "María de los Ángeles": a name with a particle starts with a given name;
  // "Talavera de la Reina", "Mesa Guapo de Madera", "Línea de la Concepción" are places and products.
  // Other words before a particle are not the name's: "Anfrage von Meena Sethi" is "Meena Sethi",
  // and the lone word left of a place ("Reina") is refused below as any word after a particle is.
  if ((bits[a]! & T_FIRST) === 0) {
    for (let k = b - 1; k > a; k--) if ((bits[k]! & T_PARTICLE) !== 0) { a = k + 1; break; }
  }
  // The words of the run (particles and initials aside).
  let words = 0;
  let nStrong = 0;
  let nKnown = 0;
  let anyUpper = false;
  let firstWord = -1;
  let leadingInitials = 0;
  for (let k = a; k <= b; k++) {
    const bk = bits[k]!;
    if ((bk & T_INITIAL) !== 0 && firstWord === -1) leadingInitials++;
    if ((bk & (T_PARTICLE | T_INITIAL)) !== 0) continue;
    if (firstWord === -1) firstWord = k;
    words++;
    if (strong(bk)) nStrong++;
    if (known(bk)) nKnown++;
    if ((bk & T_UPPER) !== 0) anyUpper = true;
  }
  if (words === 0 || words > MAX_NAME_TOKENS) return;
  // Places: "Iyer Alley", "Plaza Gerardo Córdova", "San Fernando", "leaves Lugo".
  const before = a > 0 && adjacent(text, t, a - 1, a) ? a - 1 : -1;
  // "Reddy's Laboratories": a possessive joins the words as a space does.
  const after = b + 1 < t.count && (adjacent(text, t, b, b + 1) || possessiveBefore(text, t, b + 1)) ? b + 1 : -1;
  // "Sanjay Gandhi National Park", "Lal Bahadur Shastri Marg": a place word one capitalised word on
  // (Title Case, not a stop word: "… MUKHOPADHYAY AS INTERNATIONAL …" in capitals is no place).
  if (after !== -1 && after + 1 < t.count && (bits[after]! & (T_TITLE | T_STOP)) === T_TITLE && (bits[after + 1]! & (T_PLACE | KNOWN)) === T_PLACE
    && adjacent(text, t, after, after + 1)) return;
  // A given name and a listed surname before a business word are the proprietor's: "Legal name: Mohan
  // Dwivedi Traders" (one name before it is the firm's: "Sharma Traders", "Shree Ganesh Traders").
  const proprietor = b > a && (bits[a]! & T_FIRST) !== 0 && (bits[b]! & T_LAST) !== 0 && (bits[b]! & T_PLACE) === 0
    && after !== -1 && isProprietorWord(text.slice(t.start[after]!, t.end[after]!));
  // (English "via" before an initialled name is "by way of", not Italian "Via" of a street: "Intro via A. Bharadwaj".)
  const viaBeforeInitial = before !== -1 && leadingInitials > 0 && t.key[before] === 'via' && (bits[before]! & T_LOWER) !== 0;
  if ((before !== -1 && (bits[before]! & T_PLACE) !== 0 && !viaBeforeInitial) || (after !== -1 && (bits[after]! & T_PLACE) !== 0 && !proprietor)) return;
  // "City: Vigo", "ul. Marszałkowska"; not a given name and a surname after a firm's or place's label
  // ("… branch: Anilabh Deshpande (store manager)", "New contact at Hope Hospital: Vaishvi Kapoor").
  // After "ul." or "St." the words stay a street's ("ul. Jana Pawła II").
  if (placeLabelBefore(text, t, a) && !(b > a && text.charCodeAt(t.end[a - 1]!) === 58 && (bits[a]! & (T_FIRST | T_PLACE)) === T_FIRST
    && (bits[b]! & (T_COMMON | T_PLACE | T_STOP)) === 0)) return;
  // A place word that is also a surname, after a given name, is a surname ("Víctor Partida Anguiano",
  // "Beatriz Arroyo Velásquez", "Ana Burgos"); at the start of the run, or after surnames only, it names
  // a place ("Partida Matilde", "Burgos", "Kaniyar Brooks"). Not when it is only a given name or an
  // everyday word: "Dharmaketu Brook", "Soma Hills" are places. An unknown word kept at the start of
  // the run (the trim above keeps it only before a surname) counts as the given name.
  let afterGiven = false;
  for (let k = a; k <= b; k++) {
    const bk = bits[k]!;
    if ((bk & T_PLACE) !== 0) {
      if (!(afterGiven && surnameOnly(bk))) return;
    } else if ((bk & T_FIRST) !== 0 || (k === a && !known(bk))) afterGiven = true; // an unknown first word stands for a given name ("Jordi Gracia")
  }
  // "in Lugo", "via Mumbai": one word after a preposition of place names a place; not after an initial ("Intro via A. Bharadwaj").
  if (words === 1 && leadingInitials === 0 && before !== -1 && (bits[before]! & T_MARK_PLACE_PREPOSITION) !== 0) return;
  // "Mollet del Vallés", "… de Madera": a lone capitalised word after a particle ends a place or product name.
  // Not after an initial: "reçu de M. Bharadwaj".
  if (words === 1 && leadingInitials === 0 && before !== -1 && (bits[before]! & (T_PARTICLE | T_LOWER)) === (T_PARTICLE | T_LOWER)) return;
  // "the Zamora Expo", "the Mesa Práctico": a determiner before one capitalised word names a thing.
  if (words === 1 && a === b && precededByThe(text, t.start[a]!)) return;
  // "Plaza de Pablo Ruiz Picasso", "Calle de José Ortega": a place word and a particle before the words.
  // "Pizzeria Da Michele": the particle capitalised too, in a business's name.
  if (before > 0 && (bits[before]! & T_PARTICLE) !== 0 && (bits[before]! & (T_LOWER | T_TITLE)) !== 0 && adjacent(text, t, before - 1, before)
    && (bits[before - 1]! & T_PLACE) !== 0) return;
  // "Johnson & Johnson", "Marks & Spencer": one surname on each side of '&' names a firm ("Ravi & Priya" are two people).
  if (words === 1 && a === b && ampersandFirm(text, t, a)) return;
  // In Title Case text capitals carry no signal: every word must be a known name; a lone one only
  // as an item of a list of names ("Attendees: Ravi, Priya, John and Ananya"), or in a record's quoted
  // cell, a row whose capitals are its cells' ('…,Wooden Photo Frame,A4,"Forever Andrea",₹ 2364').
  // Two words of which one is a listed name and the other no everyday or place word pass too ("Follow
  // Up Call With Atmananda Mehra Re: Renewal"; not "Address Proof: Kaniyar Brooks").
  if ((bits[firstWord]! & T_HEADING) !== 0 && !(words >= 2 && nKnown === words && nStrong > 0) && !(words === 2 && nStrong >= 1 && !anyPlaceWord(bits, a, b))
    && !(words === 1 && nStrong === 1 && (listItem(text, t.start[a]!, t.end[b]!) || inQuotedCell(text, t.start[a]!, t.end[b]!)))) return;
  // All-caps words are often acronyms ("NINO", "ANIL" in a code): take them only as a full name.
  if (anyUpper && words < 2) return;
  // One strong name, or two name-like words of which one is known ("Charvi Gill", "Will Smith"), or
  // initials before one or two capitalised words that are not everyday words ("C.B. Nambeesan"); one
  // letter after a capitalised everyday word labels a thing ("Option B. Premium", "Vitamin D.").
  const initialled = leadingInitials >= 1 && words <= 2 && (bits[firstWord]! & T_TITLE) !== 0 && startsAWord(text, t.start[a]!)
    && !(leadingInitials === 1 && before !== -1 && (bits[before]! & (T_TITLE | T_COMMON)) === (T_TITLE | T_COMMON));
  if (nStrong >= 1 || (nKnown >= 1 && words >= 2) || initialled) push(out, text, t, a, b);
}


const givenOnly = (b: number): boolean => (b & (T_FIRST | T_LAST)) === T_FIRST;

/**
 * Token `a` and another capitalised word stand on either side of " & ", and neither is only a given
 * name, or the other is a firm's word ("Harrison & Sons", "Jansen & Dochters").
 */
function ampersandFirm(text: string, t: Tokens, a: number): boolean {
  const other = a + 1 < t.count && t.start[a + 1] === t.end[a]! + 3 && text.startsWith(' & ', t.end[a]!) ? a + 1
    : a > 0 && t.start[a] === t.end[a - 1]! + 3 && text.startsWith(' & ', t.end[a - 1]!) ? a - 1 : -1;
  if (other === -1 || (t.bits[other]! & T_TITLE) === 0) return false;
  return (other > a && (t.bits[other]! & T_PLACE) !== 0 && !known(t.bits[other]!)) || (!givenOnly(t.bits[other]!) && !givenOnly(t.bits[a]!));
}


/** A lowercase particle, then a capitalised word that is no listed name ("Zorvath de Souza" is a name), right after token `j`. */
function particleThenCapital(text: string, t: Tokens, j: number): boolean {
  const p = j + 1;
  return p + 1 < t.count && (t.bits[p]! & (T_PARTICLE | T_LOWER)) === (T_PARTICLE | T_LOWER) && adjacent(text, t, j, p)
    && adjacent(text, t, p, p + 1) && (t.bits[p + 1]! & CAPITAL) !== 0 && !known(t.bits[p + 1]!);
}

/**
 * A place or business word is token `j + 1`, or `j + 2` after a capitalised word, joined by spaces
 * or a possessive; after an honorific also one that is a name too ("Dear Priya Lane" is a name).
 */
function placeWordFollows(text: string, t: Tokens, j: number, honorific: boolean): boolean {
  for (let k = j + 1; k < t.count && k <= j + 2; k++) {
    if (!adjacent(text, t, k - 1, k) && !possessiveBefore(text, t, k)) return false;
    if ((t.bits[k]! & T_PLACE) !== 0 && (honorific || !known(t.bits[k]!))) return true;
    if ((t.bits[k]! & CAPITAL) === 0) return false;
  }
  return false;
}

/** "'s " (or "’s ") stands between token `k - 1` and token `k`: "Dr. Reddy's Laboratories". */
function possessiveBefore(text: string, t: Tokens, k: number): boolean {
  const e = t.end[k - 1]!;
  if (t.start[k] !== e + 3 || text.charCodeAt(e + 2) !== 32 || text.charCodeAt(e + 1) !== 115) return false;
  const q = text.charCodeAt(e);
  return q === 39 || q === 0x2019;
}

let proprietorWords: Set<string> | undefined;
/** A shop's or trade's word ("Traders", "Sweets"), not a street's or an institution's: a name before it is the proprietor's. */
function isProprietorWord(word: string): boolean {
  return (proprietorWords ??= new Set(PROPRIETOR_WORDS.split(/\s+/))).has(word.toLowerCase());
}

function anyPlaceWord(bits: Int32Array, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if ((bits[k]! & T_PLACE) !== 0) return true;
  return false;
}

/** Text starts at `i`, or a blank, a line break, "(", a quote or ":" comes before: not "79642198-Y." (a check letter). */
function startsAWord(text: string, i: number): boolean {
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 40 || c === 34 || c === 39 || c === 58 || c === 0xa0;
}

/** "and " or "& " (then blanks) ends at `i`, after a blank. */
function andBefore(text: string, i: number): boolean {
  if (i > 0 && text.charCodeAt(i - 1) === 38) return i < 2 || isBlankAt(text, i - 2);
  return i >= 4 && text.startsWith('and', i - 3) && isBlankAt(text, i - 4);
}

/**
 * text[start, end) is an item of a list of names: a comma or colon before it and a comma, "and" or
 * "&" after it, or, for the last item, "and" or "&" before it and the sentence's or line's end (or
 * a comma) after it. A lone word between a comma and a full stop ("…, Toledo.") is not enough.
 */
function listItem(text: string, start: number, end: number): boolean {
  let p = start;
  while (p > 0 && isBlankAt(text, p - 1)) p--;
  const before = p > 0 ? text.charCodeAt(p - 1) : -1;
  let q = end;
  while (q < text.length && isBlankAt(text, q)) q++;
  const after = q < text.length ? text.charCodeAt(q) : -1;
  // The last item may carry a note in brackets: "…, Trilok (Head of Partnerships)".
  if (before === 44 || before === 58) return after === 44 || after === 38 || (text.startsWith('and', q) && isBlankAt(text, q + 3)) || (before === 44 && after === 40);
  return andBefore(text, p) && (after === -1 || after === 44 || after === 46 || after === 59 || after === 10 || after === 13 || after === 40);
}

/**
 * text[start, end) stands in a quoted cell of a record's row: a '"' after a comma, a semicolon or a tab
 * opens it at most 40 code units before, and the '"' that closes it, at most 40 after, comes before
 * another delimiter or the line's end: ',"Forever Andrea",'.
 */
function inQuotedCell(text: string, start: number, end: number): boolean {
  let a = start - 1;
  while (a > 0 && start - a <= 40 && text.charCodeAt(a) !== 34) {
    if (text.charCodeAt(a) === 10) return false;
    a--;
  }
  if (a < 1 || text.charCodeAt(a) !== 34 || !isCellDelimiter(text.charCodeAt(a - 1))) return false;
  let b = end;
  while (b < text.length && b - end <= 40 && text.charCodeAt(b) !== 34) {
    if (text.charCodeAt(b) === 10) return false;
    b++;
  }
  if (text.charCodeAt(b) !== 34) return false;
  const after = b + 1 < text.length ? text.charCodeAt(b + 1) : 10;
  return isCellDelimiter(after) || after === 10 || after === 13;
}

const isCellDelimiter = (c: number): boolean => c === 44 || c === 59 || c === 9;

/** "the " or "The " right before `start`. */
function precededByThe(text: string, start: number): boolean {
  if (start < 4 || text.charCodeAt(start - 1) !== 32) return false;
  const t = text.charCodeAt(start - 4);
  if (t !== 116 && t !== 84) return false;
  if (text.charCodeAt(start - 3) !== 104 || text.charCodeAt(start - 2) !== 101) return false;
  const c = start > 4 ? text.charCodeAt(start - 5) : 32;
  return !((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0);
}

/** Pass 2: lowercase chat text. A given name that is not a dictionary word, plus a known surname after it. */

function lowercaseNames(text: string, t: Tokens, out: Candidates): void {
  const bits = t.bits;
  for (let i = 0; i < t.count; i++) {
    const b = bits[i]!;
    if (!plainLower(t, i) || !known(b) || (b & (T_AMBIGUOUS | T_LOWER_UNSAFE)) !== 0) continue;
    // "ask bhaumik sethi": a known surname takes one unknown given name before it, or a given name
    // that alone in lowercase needs a cue ("kyc for uma sethi").
    const before = bits[i - 1]!;
    const start = (b & T_FIRST) === 0 && i > 0 && plainLower(t, i - 1) && (!known(before) || (before & (T_FIRST | T_LOWER_UNSAFE)) === (T_FIRST | T_LOWER_UNSAFE))
      && adjacent(text, t, i - 1, i) ? i - 1 : i;
    if ((b & T_FIRST) === 0 && t.len[i]! < 4) continue;
    let j = i;
    while (j + 1 < t.count && adjacent(text, t, j, j + 1)) {
      const nb = bits[j + 1]!;
      if ((nb & T_LOWER) !== 0 && known(nb) && (nb & (T_COMMON | T_STOP | T_LOWER_UNSAFE)) === 0) j++;
      else break;
    }
    push(out, text, t, start, j);
    i = j;
  }
}

const CLAUSE_START = /(?:^|[.,!?;:\n]\s*|^\s*)$/u;

/**
 * "Amrita here", "Ravi Kumar here 👋": a capitalised name opening a clause, followed by "here". Also
 * the Hinglish "chandni naam hai" (the name is …) and "main amodini bol rahi hoon" (I am … speaking).
 */
function hereNames(text: string, t: Tokens, out: Candidates): void {
  for (let i = 1; i < t.count; i++) {
    if ((t.bits[i]! & T_MARK_SELF) === 0) continue; // only SELF_WORDS are read here
    const key = t.key[i];
    if (key === 'naam' || key === 'bol') {
      hinglishSelfName(text, t, i, key, out);
      continue;
    }
    if (key === 'name' && (t.key[i - 1] === 'your' || t.key[i - 1] === 'ur') && adjacent(text, t, i - 1, i)) {
      addNameReplyAfter(text, t.end[i]!, out);
      continue;
    }
    if (key !== 'here' || !adjacent(text, t, i - 1, i)) continue;
    let a = i - 1;
    while (a > 0 && i - a < 3 && (t.bits[a - 1]! & T_TITLE) !== 0 && adjacent(text, t, a - 1, a) && nameish(t, a - 1)) a--;
    if ((t.bits[a]! & T_TITLE) === 0 || !nameish(t, a)) continue;
    const first = t.start[a]!;
    if (!CLAUSE_START.test(text.slice(Math.max(0, first - 3), first))) continue;
    push(out, text, t, a, i - 1);
  }
}

/**
 * Token `i` is "naam" followed by "hai"/"h"/"he", or "bol" followed by "raha"/"rahi"/"rahe" after
 * "main": the one or two words before it are a name, if they are no everyday or stop words.
 */
function hinglishSelfName(text: string, t: Tokens, i: number, key: string, out: Candidates): void {
  if (!(key === 'naam' ? NAAM_HAI : BOL_RAHA).test(text.slice(t.end[i]!, t.end[i]! + 6))) return;
  const word = (k: number): boolean => k >= 0 && adjacent(text, t, k, k + 1) && !stopped(t.bits[k]!) && ((t.bits[k]! & T_COMMON) === 0 || known(t.bits[k]!))
    && (t.bits[k]! & (T_PLACE | T_UPPER)) === 0;
  let a = i - 1;
  if (!word(a)) return;
  if (word(a - 1) && t.key[a - 1] !== 'main' && t.key[a - 1] !== 'mai' && known(t.bits[a]!)) a--;
  // "bol rahi" says who speaks only after "main" ("main amodini bol rahi hoon"), or of a listed name.
  if (key === 'bol' && !(a > 0 && (t.key[a - 1] === 'main' || t.key[a - 1] === 'mai')) && !known(t.bits[a]!)) return;
  push(out, text, t, a, i - 1);
}

const NAAM_HAI = /^ (?:hai|he|h|hain)(?![A-Za-z])/;
const BOL_RAHA = /^ (?:raha|rahi|rahe|rha|rhi)(?![A-Za-z])/;

/**
 * A word of a script without letter case (Devanagari …), where capitals cannot say where a name
 * ends: after a cue, such words continue the name until a stop word ("मेरा नाम राहुल शर्मा है").
 */
function caseless(text: string, t: Tokens, i: number): boolean {
  const c = text.charCodeAt(t.start[i]!);
  if (c < 0x370) return false;
  const ch = String.fromCharCode(c);
  return ch.toLowerCase() === ch.toUpperCase();
}

/** Pass 3: words announced by a cue. */
function cuedNames(text: string, t: Tokens, out: Candidates): void {
  const bits = t.bits;
  for (let i = 1; i < t.count; i++) {
    const b = bits[i]!;
    if (stopped(b) || ((b & T_COMMON) !== 0 && !known(b))) continue; // cheap reject before the cue lookup
    if ((bits[i - 1]! & T_MARK_CUE_END) === 0) continue; // the word before ends no cue phrase (marksOf)
    const strength = cueBefore(text, t, i);
    if (!strength || !acceptsAfterCue(text, t, i, strength)) continue;
    // "the Sri Madhopur Expo", "the San Jose office": after "the", an honorific starts a place's or a thing's name.
    if (strength === 'honorific' && precededByThe(text, t.start[i - 1]!)) continue;
    let j = i;
    while (j + 1 < t.count && j - i + 1 < MAX_NAME_TOKENS && adjacent(text, t, j, j + 1)) {
      const nb = bits[j + 1]!;
      const capital = (nb & CAPITAL) !== 0;
      const prevCapital = (bits[j]! & T_LOWER) === 0;
      // Continue with capitalised words after a capitalised name, lowercase words only if known;
      // after initials, a name that is also a stop word ("Dhr. B. M. Kumari").
      const surnameAfterInitial = (bits[j]! & T_INITIAL) !== 0 && (nb & T_TITLE) !== 0 && known(nb);
      if (!surnameAfterInitial && (stopped(nb) || ((nb & T_COMMON) !== 0 && !known(nb)))) break;
      // A business or place word ends the name (and, after an honorific, makes it a firm's: below).
      if ((nb & (T_PLACE | KNOWN)) === T_PLACE) break;
      // A listed name that is an everyday word too ("said", "ángel") only as the phrase's last word or
      // before another name: "hello miguel ángel!", "miguel ángel collado", not "dr sharma said bring …".
      const lowerOk = (nb & T_LOWER) !== 0 && !prevCapital && ((known(nb) && ((nb & (T_AMBIGUOUS | T_LOWER_UNSAFE)) === 0 || introEnds(text, t, j + 1) || lowerNameFollows(text, t, j + 1))) || (known(bits[j]!) && plainLower(t, j + 1)) || (caseless(text, t, j) && caseless(text, t, j + 1)));
      if ((capital && prevCapital) || (nb & T_INITIAL) !== 0 || lowerOk) j++;
      else break;
    }
    // One initial after the name is its last part ("Dhr. Amrita G.", "signatory Clara A."); more are not a name's.
    if (j > i && (bits[j]! & T_INITIAL) !== 0 && (bits[j - 1]! & T_INITIAL) !== 0) while (j > i && (bits[j]! & T_INITIAL) !== 0) j--;
    if ((strength === 'strong' || strength === 'intro') && (bits[j]! & T_LOWER) !== 0) j = lowercaseNameValue(text, t, i, j, strength === 'intro');
    // "Occupation: Customer Usability Architect": after a role's word (no colon) one unlisted word alone
    // must close the phrase, or, capitalised, have a lowercase word (a verb) after it ("customer Manjusha
    // bol raha hai", "customer Zorvath said"; not "Owner reassigned from …"); "Customer Harit Varma reported …" has two.
    if (strength === 'medium' && i === j && !known(bits[i]!) && ROLE_CUES.has(t.key[i - 1]!) && !phraseClosed(text, t.end[i]!)
      && !((bits[i]! & T_TITLE) !== 0 && lowercaseWordAfter(text, t.end[i]!))) continue;
    // "Customer: jaldi karo, Karva Chauth hai": after a role's label (not a name's) a lowercase word
    // the lexicon lacks is the name only when it is all the line holds: in a transcript the label
    // names the speaker, and the words after it are what they said.
    if (strength === 'strong' && (bits[i]! & (T_LOWER | KNOWN)) === T_LOWER && !NAME_LABELS.has(t.key[i - 1]!) && hasColon(text, t.end[i - 1]!, t.start[i]!)
      && !endsLine(text, t.end[j]!)) continue;
    // "Shree Ganesh Traders", "Sri Sai Hospital", "business name Sai Krishna Sweets", "Sir Ganga Ram
    // Hospital": a business or place word right after the words, or one word on, names a business or a place.
    if (placeWordFollows(text, t, j, strength === 'honorific')) continue;
    // "Approver: Gerente de Implementación": one unlisted word, then a particle and a capitalised
    // word, is a job's or a place's name.
    if (strength !== 'honorific' && i === j && !known(bits[i]!) && particleThenCapital(text, t, j)) continue;
    push(out, text, t, i, j);
  }
}

/**
 * "Name: amaresh khatri\n", "naam bhuvanesh guha-ahluwalia, bol rahe the": after a label, or after an
 * introduction, a lowercase name the words after which are unlisted (or listed surnames) runs to
 * the end of its line (after an introduction also to a ',' or '.'). Returns the name's last token.
 */
function lowercaseNameValue(text: string, t: Tokens, i: number, j: number, intro: boolean): number {
  if (!intro && !hasColon(text, t.end[i - 1]!, t.start[i]!)) return j;
  let k = j;
  while (k + 1 < t.count && k - i + 1 < MAX_NAME_TOKENS && adjacent(text, t, k, k + 1) && lowerNamePart(t, k + 1, false)) k++;
  if (k === j) return j;
  const after = t.end[k]! < text.length ? text.charCodeAt(t.end[k]!) : 10;
  return after === 10 || after === 13 || (intro && (after === 44 || after === 46)) ? k : j;
}

/** The last words of labels that name a name ("Name:", "Nachname:"), not a role ("Customer:"). */
const NAME_LABELS = new Set(['name', 'nombre', 'completo', 'nazwisko', 'imie', 'apellido', 'apellidos', 'surname', 'vorname', 'nachname', 'nom', 'prenom',
  'complet', 'nome', 'cognome', 'naam', 'voornaam', 'achternaam', 'sobrenome', 'apelido', 'famille', 'pan', 'bank', 'aadhaar', 'passport', 'card', 'account']);

/**
 * From `p` only blanks and a '.' to the line's end (or the text's), or a ',' or ';' and then a
 * capital: the next name of a list ("Present: Zorvath Q.; Ravi Kumar"), not a sentence ("Ya, it is").
 */
function endsLine(text: string, p: number): boolean {
  let separator = false;
  for (; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (c === 10 || c === 13) return true;
    if (c === 44 || c === 59) separator = true;
    else if (c !== 32 && c !== 9 && c !== 46) return separator && ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde));
  }
  return true;
}

/** One blank, then a lowercase ASCII letter at `e`: a verb or a particle goes on after the word. */
function lowercaseWordAfter(text: string, e: number): boolean {
  const c = text.charCodeAt(e + 1);
  return text.charCodeAt(e) === 32 && c >= 97 && c <= 122;
}

/** A ':' in text[a, b) (the short gap between a cue and its name). */
function hasColon(text: string, a: number, b: number): boolean {
  for (let p = a; p < b; p++) if (text.charCodeAt(p) === 58) return true;
  return false;
}

export const personRecognizer: Recognizer = {
  type: 'PERSON',
  scan(text, out, index) {
    const toks = tokenize(text, KEEP, index, marksOf);
    if (index !== undefined) index.atWords = atWordStarts();
    if (toks.count === 0) return;
    const from = out.count;
    capitalisedRuns(text, toks, out);
    lowercaseNames(text, toks, out);
    cuedNames(text, toks, out);
    hereNames(text, toks, out);
    namesBesideNumbers(text, toks, (index ?? new TextIndex(text)).digitRuns(), out);
    signOffAtEnd(text, toks, out);
    namesBesideRelations(text, toks, out);
    deviceOwners(text, toks, out);
    addCoupleFirstNames(text, out, from);
  },
};

/**
 * Hostnames named after their user ("LAPTOP-Priya", "DESKTOP-Devasree"): the whole hostname is a
 * candidate, whatever the lexicon knows of the name; `dropNotPersons` keeps the name alone. Only
 * words in capitals or with a capital second letter are read (the device's word is in capitals).
 */
function deviceOwners(text: string, t: Tokens, out: Candidates): void {
  for (let k = 0; k < t.count; k++) {
    const bits = t.bits[k]!;
    if ((bits & (T_UPPER | T_TITLE)) === 0) continue;
    const s = t.start[k]!;
    if ((bits & T_UPPER) === 0) {
      const c1 = text.charCodeAt(s + 1);
      if (c1 < 65 || c1 > 90) continue;
    }
    if (deviceOwnerStart(text, s, t.end[k]!) !== -1) out.add('PERSON', s, t.end[k]!, 5);
  }
}
