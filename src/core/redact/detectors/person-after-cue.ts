import { ROLE_WORDS } from '../names/cues.ts';
import type { CueStrength } from '../names/cues.ts';
import { T_AMBIGUOUS, T_COMMON, T_INITIAL, T_LAST, T_LOWER, T_LOWER_UNSAFE, T_PARTICLE, T_PLACE, T_STOP, T_UPPER } from '../names/tokens.ts';
import type { Tokens } from '../names/tokens.ts';
import { adjacent, CAPITAL, known } from './person-words.ts';
import { asciiWordStartBefore } from '../recognizer.ts';

/**
 * Whether the word a cue announces is a name (person.ts, cuedNames): "Hi sneha" yes, "Buongiorno,
 * chiedo il rimborso" no; and the small tests of what follows a word that decide it. Tokens are
 * indices into typed arrays (names/tokens.ts); `b` below is a token's bits.
 */
/** A word (or a quoted one: 'created by workflow "Stale deal"') follows: the phrase goes on. */
const LETTER_AHEAD = /^\s*["'\u201c\u2018]?\p{L}/u;

/** What follows a token: "from", "here" or punctuation end a self-introduction ("this is ravi from …"). */
export function introEnds(text: string, t: Tokens, i: number, alsoTo = false): boolean {
  if (i + 1 < t.count && adjacent(text, t, i, i + 1)) {
    const next = t.key[i + 1];
    if (next === 'from' || next === 'here' || (alsoTo && next === 'to')) return true;
  }
  return !LETTER_AHEAD.test(text.slice(t.end[i], t.end[i]! + 4));
}

export function acceptsAfterCue(text: string, t: Tokens, i: number, strength: CueStrength): boolean {
  const b = t.bits[i]!;
  if ((b & T_INITIAL) !== 0) return true;
  if ((b & T_STOP) !== 0) return false;
  // One letter without its dot ("customer: A/c holder …"), or a particle in lowercase ("née le 15-11-2024").
  if (t.len[i]! < 2 || (b & (T_PARTICLE | T_LOWER)) === (T_PARTICLE | T_LOWER)) return false;
  const capital = (b & CAPITAL) !== 0;
  const common = (b & T_COMMON) !== 0;
  const isKnown = known(b);
  // A place's or a firm's word that is no name starts a place, not a name: German "im Schloss Elmau" ("im" is "I'm" too).
  if ((b & T_PLACE) !== 0 && !isKnown && strength !== 'honorific') return false;
  // "mr sharma", "Dr. Zorblat"; not "dr said bring old reports": a lowercase word after a title is
  // a name unless it is an everyday word (a listed name that is one too: "said", "will").
  if (strength === 'honorific') {
    return capital || ((b & T_LOWER) !== 0 && (!common || (isKnown && ((b & T_AMBIGUOUS) === 0 || lowerNameFollows(text, t, i))))) || (isKnown && !common);
  }
  // "hier ist das Team": a name that is also an everyday word of another language, lowercase after an
  // introduction, is that word before a capitalised one that is no name (a German noun).
  if (strength === 'intro') return (isKnown || !common) && !((b & (T_LOWER | T_LOWER_UNSAFE)) === (T_LOWER | T_LOWER_UNSAFE) && unlistedCapitalFollows(text, t, i));
  // An everyday word in capitals before a colon, after a role's word, is a form's label ("CUSTOMER NAME:"), even one that is also a name.
  if (common && (b & T_UPPER) !== 0 && text.charCodeAt(t.end[i]!) === 58 && ROLE_CUES.has(t.key[i - 1]!)) return false;
  // In capitals a word says nothing by its case: after a weaker cue it must be a listed name ("CUSTOMER PREFERS HINDI").
  if (strength === 'medium' && (b & T_UPPER) !== 0 && !isKnown) return false;
  // "Agent: Can I get the name …": after a label, a name that is also an everyday word ("Can",
  // "Will", "May"), capitalised, then a personal pronoun, starts the speaker's question.
  if (strength === 'strong' && isKnown && common && capital && labelBefore(text, t.end[i - 1]!, t.start[i]!) && sentenceGoesOn(text, t.end[i]!)) return false;
  // "ok pilar 👍" is a name, "ok will do" is not: a lowercase everyday word needs to end the phrase.
  if (strength === 'strong' && isKnown) return capital || (b & T_AMBIGUOUS) === 0 || introEnds(text, t, i);
  if (isKnown && (capital || (b & T_LOWER_UNSAFE) === 0)) return !common || (b & T_AMBIGUOUS) !== 0 || capital;
  if (common) return false;
  // "welcome kits", "a dear friend": a greeting's word after an article or a preposition is no greeting.
  if (strength === 'strong' && (b & T_LOWER) !== 0 && greetingWordInPhrase(text, t.start[i - 1]!)) return false;
  // Short words in capitals are acronyms: "agent ID", "escalated to QA", "Hi HR".
  if (capital) return (b & T_UPPER) === 0 || t.len[i]! > 3;
  if ((b & T_LOWER) === 0 || t.len[i]! < 3) return false;
  // Lowercase unknown words: right after a strong cue ("hi sneha"), or closing an introduction. After
  // a greeting closed by its comma ("Buongiorno, chiedo il rimborso") or a word that is itself the
  // address ("bhaiya refund kab aayega?", "ok noted"), the word must close the phrase too.
  if (strength === 'strong' && !(punctuatedGap(text, t.end[i - 1]!, t.start[i]!) || VOCATIVE_CUES.has(t.key[i - 1]!))) return true;
  if (strength === 'strong') return phraseClosed(text, t.end[i]!) || surnameFollows(text, t, i) || addressEnds(text, t, i);
  return introEnds(text, t, i, true);
}

/** A label's colon between the cue and the word: text[a, b) holds a ':'. */
function labelBefore(text: string, a: number, b: number): boolean {
  for (let p = a; p < b; p++) if (text.charCodeAt(p) === 58) return true;
  return false;
}

/** After a modal's word, a personal pronoun that asks: "Can I", "Will you", "May we". */
const ASKED_PRONOUNS = new Set(['i', 'you', 'we', 'u', 'he', 'she', 'they']);

/** At `e`, one blank and then a word of ASKED_PRONOUNS: the sentence goes on ("Agent: Can I get …"). */
function sentenceGoesOn(text: string, e: number): boolean {
  if (text.charCodeAt(e) !== 32) return false;
  let p = e + 1;
  while (p < text.length && p - e <= 5 && ((text.charCodeAt(p) | 32) - 97) >>> 0 < 26) p++;
  return p > e + 1 && ASKED_PRONOUNS.has(text.slice(e + 1, p).toLowerCase());
}

/** Words before which a greeting's word is an adjective or a noun: "units of welcome kits", "our dear customer". */
const PHRASE_WORDS = new Set(['of', 'the', 'a', 'an', 'our', 'your', 'my', 'their', 'his', 'her', 'for', 'with', 'this', 'that']);

/** The word before the cue word at `cueStart`, one blank apart, is one of PHRASE_WORDS. */
function greetingWordInPhrase(text: string, cueStart: number): boolean {
  if (cueStart < 2 || text.charCodeAt(cueStart - 1) !== 32) return false;
  const a = asciiWordStartBefore(text, cueStart - 1, 5);
  return a < cueStart - 1 && !isLetterCode(text.charCodeAt(a - 1)) && PHRASE_WORDS.has(text.slice(a, cueStart - 1).toLowerCase());
}

/** A listed surname, in lowercase and no everyday word, is the token after `i`: "thx, balgopal bhattathiri". */
function surnameFollows(text: string, t: Tokens, i: number): boolean {
  return i + 1 < t.count && adjacent(text, t, i, i + 1) && (t.bits[i + 1]! & (T_LOWER | T_LAST | T_COMMON | T_AMBIGUOUS)) === (T_LOWER | T_LAST);
}

/**
 * The lowercase word `i`, or it and one more, then a Hindi postposition that people take ("bhai
 * ahalya saini ka number", "didi malti ka upi") or the phrase's end ("ok aarya pilla-saini 👍").
 */
function addressEnds(text: string, t: Tokens, i: number): boolean {
  if (postpositionAfter(text, t.end[i]!)) return true;
  const n = i + 1;
  if (n >= t.count || !adjacent(text, t, i, n) || (t.bits[n]! & T_LOWER) === 0 || (!known(t.bits[n]!) && (t.bits[n]! & (T_COMMON | T_STOP)) !== 0)) return false;
  return phraseClosed(text, t.end[n]!) || postpositionAfter(text, t.end[n]!);
}

/**
 * After blanks at `e`: the text's or the line's end, a mark that closes a phrase (, . ! ? ) : ;),
 * or an emoji: "hola, zorvath!", "ok zorvath 👍"; not a number or a word ("thx, refund $9,393.00").
 */
export function phraseClosed(text: string, e: number): boolean {
  while (e < text.length && (text.charCodeAt(e) === 32 || text.charCodeAt(e) === 9)) e++;
  if (e >= text.length) return true;
  const c = text.charCodeAt(e);
  return c === 10 || c === 13 || c === 44 || c === 46 || c === 33 || c === 63 || c === 41 || c === 58 || c === 59 || (c >= 0x2600 && c <= 0x27bf) || (c >= 0xd83c && c <= 0xd83e);
}

/** " ka ", " ki ", " ke ", " ko ", " ne " or " ji" (then no letter) at `e`. */
function postpositionAfter(text: string, e: number): boolean {
  if (text.charCodeAt(e) !== 32) return false;
  const a = text.charCodeAt(e + 1);
  const b = text.charCodeAt(e + 2);
  const c = e + 3 < text.length ? text.charCodeAt(e + 3) : 32;
  if (isLetterCode(c)) return false;
  return (b === 105 && (a === 107 || a === 106)) || (b === 97 && a === 107) || (b === 101 && (a === 107 || a === 110)) || (b === 111 && a === 107);
}

const isLetterCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0;

/** A capitalised word that is no listed name is the token after `i`. */
function unlistedCapitalFollows(text: string, t: Tokens, i: number): boolean {
  return i + 1 < t.count && adjacent(text, t, i, i + 1) && (t.bits[i + 1]! & CAPITAL) !== 0 && !known(t.bits[i + 1]!);
}

/** A listed name, in lowercase and no everyday word, is the token after `i`: "mr. virginia ortiz". */
export function lowerNameFollows(text: string, t: Tokens, i: number): boolean {
  const b = i + 1 < t.count ? t.bits[i + 1]! : 0;
  return (b & T_LOWER) !== 0 && known(b) && (b & (T_COMMON | T_AMBIGUOUS)) === 0 && adjacent(text, t, i, i + 1);
}

/** The last words of the role cues written without a colon (names/cues.ts): "Customer Harit Varma", "cardholder …". */
export const ROLE_CUES: ReadonlySet<string> = new Set(ROLE_WORDS.split('|').map((p) => p.slice(p.lastIndexOf(' ') + 1)));

/** Cue words that address someone by themselves, so what follows them starts the message ("bhaiya refund kab …"). */
const VOCATIVE_CUES = new Set(['bhai', 'bhaiya', 'didi', 'ok', 'okay', 'thanks', 'thx', 'you', 'welcome', 'gracias', 'merci', 'grazie', 'dzieki', 'dziekuje']);

/** A greeting's closing ',', '!' or dash in text[a, b), on one line: "Hola, …" (not "Regards,\n…", nor a label's ':'). */
function punctuatedGap(text: string, a: number, b: number): boolean {
  let mark = false;
  for (let p = a; p < b; p++) {
    const c = text.charCodeAt(p);
    if (c === 10 || c === 13 || c === 58) return false;
    if (c === 44 || c === 33 || c === 45 || c === 0x2013) mark = true;
  }
  return mark;
}

