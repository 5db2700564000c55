import { asciiWordStartBefore, isAsciiDigit, isAsciiLetter, isCapitalLetter, isLatinLetter, latinWordStartBefore } from '../recognizer.ts';
import { BUSINESS_CUE_WORDS, pairFirstStart, separatorStart } from '../context.ts';
import type { CueMatcher } from '../context.ts';
import { COMMON, FIRST, flagsOf, LAST, PLACE, STOP } from '../names/lexicon.ts';
import { nameKey } from '../names/key.ts';
import { PARTICLES } from '../names/tokens.ts';

/**
 * What stands around a phone candidate, for phone.ts: the lookbehind its candidates refuse (and the
 * phone labels glued to a number that it lets through), and the signs that a number without a cue
 * word is someone's phone (a "number" label, a name or an e-mail address before it, a telephone
 * emoji after it) or that a business word before it only says where the phone was kept.
 */

/** `[A-Za-z0-9\u00C0-\u024F_+@.\/-]`, the characters CANDIDATE's lookbehind refuses before a match. */
export function refusedBefore(c: number): boolean {
  if (c < 128) return ((c | 32) - 97) >>> 0 < 26 || (c >= 45 && c <= 57) || c === 95 || c === 43 || c === 64; // letters, - . / 0-9, _ + @
  return c >= 0xc0 && c <= 0x24f;
}

/** A word, then ":" or ": ", right before `start` (a label's colon; not "…8525531308:777522539192"). */
export function colonBefore(text: string, start: number): boolean {
  const colon = start > 1 && text.charCodeAt(start - 1) === 32 ? start - 2 : start - 1;
  return colon > 0 && text.charCodeAt(colon) === 58 && isNumberWordLetter(text.charCodeAt(colon - 1));
}

/** The words for "number" that label a phone number when no business word comes before them. */
const NUMBER_WORDS = new Set(['number', 'numer', 'nummer', 'numero', 'número', 'num', 'no']);

/** Phone labels and abbreviations of "number" and "telephone", written with a dot or a hyphen right before the number. */
const GLUED_LABELS = new Set(['no', 'nr', 'num', 'tel', 'ph', 'mob', 'cel', 'cell', 'tlf', 'tfno', 'tlm', 'telf', 'phone', 'mobile', 'fone', 'wa', 'whatsapp']);
/** Bit (c - 97) for each first letter of GLUED_LABELS. */
const GLUED_FIRST = [...GLUED_LABELS].reduce((bits, w) => bits | (1 << (w.charCodeAt(0) - 97)), 0);

/** text[s - 1] is a '.' or '-' right after a phone label, a whole word: "no.", "Tel.", "ph-" (not "v1.", "www.x.", "SKU-"). */
export function labelDotBefore(text: string, s: number): boolean {
  const mark = text.charCodeAt(s - 1);
  if (mark !== 46 && mark !== 45) return false;
  const a = asciiWordStartBefore(text, s - 1, 8);
  if (s - 1 - a < 2 || (a > 0 && (isAsciiLetter(text.charCodeAt(a - 1)) || refusedBefore(text.charCodeAt(a - 1))))) return false;
  // Most words glued to a number ("INV-2024", "OD-…") start with no label's letter: no string is made for them.
  if ((GLUED_FIRST & (1 << ((text.charCodeAt(a) | 32) - 97))) === 0) return false;
  return GLUED_LABELS.has(text.slice(a, s - 1).toLowerCase());
}

/** Polish pronouns after "do" ("to"): "numer do niej / niego / mnie / nich". */
const TO_PRONOUNS = new Set(['niej', 'niego', 'mnie', 'nich']);

/** text[a, p) is a word of TO_PRONOUNS after "do": the start and end of the word before "do", else undefined. */
function wordBeforeDoPronoun(text: string, a: number, p: number): [number, number] | undefined {
  if (p - a < 3 || p - a > 5 || !TO_PRONOUNS.has(text.slice(a, p).toLowerCase())) return undefined;
  const d = skipBack(text, a);
  const w = d === a ? -1 : wordStartBefore(text, d);
  if (w === -1 || d - w !== 2 || (text.charCodeAt(w) | 32) !== 100 || (text.charCodeAt(w + 1) | 32) !== 111) return undefined;
  const n = skipBack(text, w);
  const x = n === w ? -1 : wordStartBefore(text, n);
  return x === -1 ? undefined : [x, n];
}

/**
 * Right before `start` (after blanks or a ':'): a telephone emoji (📞 ☎ 📱), or a word for
 * "number" that no business word comes right before ("chahiye. number 98450 12345", "Numer 601 234
 * 567"; not "order number 612 345 678" nor "room no 612345678").
 */
function numberLabelBefore(text: string, start: number): boolean {
  let p = skipBack(text, start);
  if (p === start || p === 0) return false;
  const c = text.charCodeAt(p - 1);
  if (c === 0x260e || (c === 0xfe0f && p >= 2 && text.charCodeAt(p - 2) === 0x260e)) return true; // ☎ (with or without its variation selector)
  if (p >= 2 && text.charCodeAt(p - 2) === 0xd83d && (c === 0xdcde || c === 0xdcf1)) return true; // 📞 📱
  let a = wordStartBefore(text, p);
  if (a === -1) return false;
  // Polish "the number to reach her / him / me": "Numer do niej: 601 …" reads as "Numer: 601 …".
  const label = wordBeforeDoPronoun(text, a, p);
  if (label !== undefined) [a, p] = label;
  if (!NUMBER_WORDS.has(text.slice(a, p).toLowerCase())) return false;
  const q = skipBack(text, a);
  const b = q === a ? -1 : wordStartBefore(text, q);
  return b === -1 || !BUSINESS_CUE_WORDS.has(text.slice(b, q).toLowerCase());
}

/** "Phone on order: …", "number on file …": a phone label, then the record it is kept on, right before the number. */
const RECORD_WORDS = new Set(['order', 'file', 'record', 'account', 'booking', 'reservation', 'profile', 'invoice', 'ticket']);
const LABEL_WORDS = new Set(['phone', 'mobile', 'cell', 'tel', 'contact', 'number', 'no']);

/**
 * After a business word, the number is the record's, unless the business word only says where a
 * phone was kept: `(phone|mobile|cell|tel|contact|number|no)[.] (on|in|from) [the|this|that ]
 * (order|file|record|…)[ :-–]` right before the number, read backwards word by word (this runs for
 * every reference number, so no regex and no slice unless the last word is a record's).
 */
export function phoneOnRecordBefore(text: string, start: number): boolean {
  let p = start;
  while (p > 0 && (text.charCodeAt(p - 1) === 32 || text.charCodeAt(p - 1) === 9)) p--;
  const mark = p > 0 ? text.charCodeAt(p - 1) : -1;
  if (mark === 58 || mark === 45 || mark === 0x2013) p--;
  while (p > 0 && (text.charCodeAt(p - 1) === 32 || text.charCodeAt(p - 1) === 9)) p--;
  const record = wordStartBefore(text, p);
  if (record < 2 || text.charCodeAt(record - 1) !== 32) return false;
  let q = record - 1;
  let a = wordStartBefore(text, q);
  // The word before the record's is most often not "on", "in" or "from": read it first, by its letters.
  if (a !== -1 && isDeterminer(text, a, q)) {
    if (a < 2 || text.charCodeAt(a - 1) !== 32) return false;
    q = a - 1;
    a = wordStartBefore(text, q);
  }
  if (a < 2 || !isOnWord(text, a, q) || text.charCodeAt(a - 1) !== 32) return false;
  if (!RECORD_WORDS.has(text.slice(record, p).toLowerCase())) return false;
  let e = a - 1;
  if (text.charCodeAt(e - 1) === 46) e--;
  const label = wordStartBefore(text, e);
  return label !== -1 && LABEL_WORDS.has(text.slice(label, e).toLowerCase());
}

/** text[a, b) is "on", "in" or "from", in any case. */
function isOnWord(text: string, a: number, b: number): boolean {
  const c0 = text.charCodeAt(a) | 32;
  const c1 = text.charCodeAt(a + 1) | 32;
  if (b - a === 2) return (c0 === 111 || c0 === 105) && c1 === 110;
  return b - a === 4 && c0 === 102 && c1 === 114 && (text.charCodeAt(a + 2) | 32) === 111 && (text.charCodeAt(a + 3) | 32) === 109;
}

/** text[a, b) is "the", "this" or "that", in any case. */
function isDeterminer(text: string, a: number, b: number): boolean {
  if (b - a !== 3 && b - a !== 4) return false;
  if ((text.charCodeAt(a) | 32) !== 116 || (text.charCodeAt(a + 1) | 32) !== 104) return false;
  const w = text.slice(a, b).toLowerCase();
  return w === 'the' || w === 'this' || w === 'that';
}

/**
 * Without a cue word, the signs that a number is someone's phone: a "number" label alone, a name
 * or an e-mail address right before the 9 or 10 digits of a national mobile number ("Numer 601 234
 * 567", "Ana Patil, 601 234 567"), or a telephone emoji right after the number.
 */
export function labelledAsPhone(text: string, start: number, raw: string): boolean {
  if (letterLabelBefore(text, start)) return true;
  if (nineOrTenDigits(raw) && (numberLabelBefore(text, start) || afterNameWord(text, start) || afterEmail(text, start) || signatureLine(text, start, raw.length) || signOffDash(text, start) || afterAskedForNumber(text, start) || unterAfterTime(text, start))) return true;
  return phoneEmojiAfter(text, start + raw.length) || callVerbAfter(text, start + raw.length);
}

/**
 * A reply on the line after a question that asks for a phone, as call transcripts and chats put it:
 * "[Agente] ¿Me confirma un teléfono de contacto?\n[Cliente] Sí, el 612 345 678." The reply's
 * words before the number are few (a speaker's label and "yes, it's"), and the question's cue is
 * read as if the number stood at its question mark.
 */
export function answersPhoneQuestion(text: string, start: number, cueBefore: CueMatcher): boolean {
  // The reply's line starts at most 32 code units back (a bounded walk: a long line must not be read again per number).
  let lineStart = start;
  while (lineStart > 0 && start - lineStart <= 32 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  if (lineStart === 0 || start - lineStart > 32) return false;
  let q = lineStart - 2;
  while (q >= 0 && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 13)) q--;
  return q > 0 && text.charCodeAt(q) === 63 && cueBefore(text, q) === 'positive';
}

/**
 * The number answers, on the same line, a question for someone's number: "Hat jemand die Nummer von
 * Nalini Kaniyar? ich hab nur 21 208 8390", "qualcuno ha il numero della maestra Gandhi? il mio è
 * 963105254". The question ends at most 24 code units before the number, with words alone between;
 * it asks for the number of a capitalised name (one lowercase word, a role, may come first): "the
 * number of your order?" asks for no one's.
 */
function afterAskedForNumber(text: string, start: number): boolean {
  let q = start - 1;
  while (q > 0 && start - q <= 24 && text.charCodeAt(q) !== 63) {
    const c = text.charCodeAt(q);
    if (c === 10 || (c >= 48 && c <= 57)) return false;
    q--;
  }
  if (text.charCodeAt(q) !== 63 || start - q > 24) return false;
  let lineStart = q;
  while (lineStart > 0 && q - lineStart < 80 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  return NUMBER_OF_NAME.test(text.slice(lineStart, q));
}

/**
 * "number of"/"Nummer von"/"numero della" …, an optional lowercase word, then a capitalised name up
 * to the question mark (Latin ranges, no Unicode classes: those cost ~1 ms to compile on a Worker).
 */
const NUMBER_OF_NAME = /(?:^|[^A-Za-z\u00c0-\u024f])(?:[Nn]umber|[Nn]ummer|[Nn]umero|[Nn]\u00famero|[Nn]umer|[Nn]um\u00e9ro|[Tt]elefonnummer|[Hh]andynummer)\s+(?:of|von|vom|van|di|del|della|dello|de|do|da|du|des)\s+(?:[a-z\u00df-\u00ff]+\s+)?[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f'\u2019.\- ]*$/;

/**
 * German "unter" right after a time: when to call, then where ("Rückruf zwischen 10:30 und 14:34
 * unter 0282636487", "ab 9:15 pm unter …"), as "Uhr unter" is a cue. The time: digits, a colon and
 * two digits, then seconds or "am"/"pm" perhaps.
 */
function unterAfterTime(text: string, start: number): boolean {
  if (start < 11 || text.charCodeAt(start - 1) !== 32 || text.charCodeAt(start - 2) !== 114 || text.slice(start - 7, start - 1) !== ' unter') return false;
  return TIME_AT_END.test(text.slice(Math.max(0, start - 20), start - 7));
}

/** A time ending the text: "14:34", "10:30:45", "9:15 pm". */
const TIME_AT_END = /(?:^|[^\d:])\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?$/;

/**
 * A verb of calling right after the number, as German and Dutch put it at the clause's end and
 * Hinglish after "pe": "Bei Verhinderung bitte 0151 2345678 anrufen", "u kunt 06 1234 5678 bellen",
 * "98450 12345 pe call karo".
 */
const VERBS_AFTER = ['anrufen', 'anzurufen', 'zurückrufen', 'zurueckrufen', 'erreichbar', 'bellen', 'terugbellen', 'pe call', 'par call', 'pe whatsapp', 'pe sms'];

function callVerbAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  const c = text.charCodeAt(end + 1) | 32;
  if (c !== 97 && c !== 122 && c !== 101 && c !== 98 && c !== 116 && c !== 112) return false; // a z e b t p: the verbs' first letters
  const after = text.slice(end + 1, end + 14).toLowerCase();
  return VERBS_AFTER.some((v) => after.startsWith(v) && !isLatinLetter(after.charCodeAt(v.length)));
}

/**
 * The number ends the last line of a signature: a sign-off's line ending in ',', then a name's line
 * of one to five capitalised words and particles, then the number alone ("Cordialement,\nKanti Kaur\n98450 12345")
 * or after the firm's name and a dash ("A presto,\nSatish Talwar\nStudio Luce & Grano — 089 1172233").
 */
function signatureLine(text: string, start: number, length: number): boolean {
  const end = start + length;
  if (start < 6 || (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13)) return false;
  const lineStart = text.charCodeAt(start - 1) === 10 ? start : firmBeforeDash(text, start);
  if (lineStart === -1) return false;
  const nameEnd = lineStart - 1;
  const nameStart = text.lastIndexOf('\n', nameEnd - 1) + 1;
  if (nameStart < 2 || nameEnd - nameStart < 3 || nameEnd - nameStart > 48) return false;
  const words = text.slice(nameStart, nameEnd).trim().split(' ');
  // Capitalised words, and a name's particles between them ("Esperanza de Jesús Guillén").
  if (words.length > 5 || !words.every((w) => isCapitalLetter(w.charCodeAt(0)) || PARTICLES.has(w))) return false;
  let p = nameStart - 2;
  while (p > 0 && text.charCodeAt(p) === 32) p--;
  return text.charCodeAt(p) === 44 || SIGN_OFFS.has(wordEndingAt(text, p + 1));
}

/**
 * A firm's name and a dash between blanks right before `start`, from its line's start: "Studio Luce &
 * Grano — ". Where that line starts (after a line feed), or -1. The name starts with a capital and
 * holds no digit; a business word on the line ("Invoice — 4839…") is a negative cue, read first.
 */
function firmBeforeDash(text: string, start: number): number {
  if (text.charCodeAt(start - 1) !== 32 || text.charCodeAt(start - 3) !== 32) return -1;
  const d = text.charCodeAt(start - 2);
  if (d !== 0x2014 && d !== 0x2013 && d !== 45) return -1;
  let a = start - 3;
  while (a > 0 && start - a <= 48 && text.charCodeAt(a - 1) !== 10) {
    const c = text.charCodeAt(a - 1);
    if ((c >= 48 && c <= 57) || c === 13) return -1;
    a--;
  }
  return a > 0 && text.charCodeAt(a - 1) === 10 && start - a <= 48 && isCapitalLetter(text.charCodeAt(a)) ? a : -1;
}

/** Last words of sign-offs written without a comma: "Mit freundlichen Grüßen", "Pozdrawiam", "Merci". */
const SIGN_OFFS = new Set(['grüßen', 'grüssen', 'gruß', 'regards', 'saludos', 'pozdrawiam', 'cordialement', 'cumprimentos', 'groet', 'groeten',
  'saluti', 'atentamente', 'atenciosamente', 'thanks', 'merci', 'gracias', 'danke', 'grazie', 'obrigado', 'obrigada', 'dzięki', 'dziękuję', 'bedankt', 'cheers']);

/** The lowercase word of letters that ends at `e` ('' if none). */
function wordEndingAt(text: string, e: number): string {
  return text.slice(latinWordStartBefore(text, e, 16), e).toLowerCase();
}

/** A sign-off's word, then a dash, then the number: "Merci — 06 12 34 56 78.", "Thanks - 98450 12345". */
function signOffDash(text: string, start: number): boolean {
  if (start < 4 || text.charCodeAt(start - 1) !== 32) return false;
  const d = text.charCodeAt(start - 2);
  if ((d !== 0x2014 && d !== 0x2013 && d !== 45) || text.charCodeAt(start - 3) !== 32) return false;
  return SIGN_OFFS.has(wordEndingAt(text, start - 3));
}

/** One-letter labels of a signature's numbers: mobile, telephone, phone, cell, direct, office. */
const LETTER_LABELS = 'MTPCDOmtpcdo';
/** The same letters as capitals: alone at a line's start, without a colon or a dot, only these label a number. */
const CAPITAL_LETTER_LABELS = 'MTPCDO';

/**
 * A signature's one-letter label right before the number, at a line's start or after " | ":
 * "M: 612 345 678 | T: +44 20 7946 0958", "D. 030 1234567", and a capital alone at a line's start ("T 094 …").
 */
function letterLabelBefore(text: string, start: number): boolean {
  let p = start;
  if (p > 0 && text.charCodeAt(p - 1) === 32) p--;
  // Without a colon or a dot, a capital alone on its line's start: "Douane-expediteur\nT 0949705235".
  if (p < start && p >= 1 && CAPITAL_LETTER_LABELS.includes(text[p - 1]!) && (p === 1 || text.charCodeAt(p - 2) === 10)) return true;
  if (p < 2 || (text.charCodeAt(p - 1) !== 58 && text.charCodeAt(p - 1) !== 46)) return false;
  if (!LETTER_LABELS.includes(text[p - 2]!)) return false;
  const q = p - 2;
  if (q === 0) return true;
  const before = text.charCodeAt(q - 1);
  return before === 10 || (before === 32 && q >= 3 && text.charCodeAt(q - 2) === 124 && text.charCodeAt(q - 3) === 32);
}

/** A telephone emoji (📞 📱 ☎) right after the number, a blank or two between: "liga para 912 345 678 📞". */
function phoneEmojiAfter(text: string, end: number): boolean {
  let p = end;
  while (p < text.length && p - end < 2 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 0xa0)) p++;
  const c = text.charCodeAt(p);
  if (c === 0x260e) return true;
  return c === 0xd83d && (text.charCodeAt(p + 1) === 0xdcde || text.charCodeAt(p + 1) === 0xdcf1);
}

function nineOrTenDigits(raw: string): boolean {
  const n = digitCount(raw);
  return n === 9 || n === 10;
}

/**
 * The number follows a capitalised word and ", ", ": ", " (", a dash, " on ", or blanks alone: "Nowy
 * lead: Ana Patil, 601 234 567, …", "il contatto di mia sorella Chetan Dwivedi: 736-499-127", "Herr
 * Devar (884 966 886) möchte …", "Cordialement,\nGopal Agarwal – 9845012345", "oppure mia moglie
 * Raquel 916 91 30 57" — a contact's number after the name (no firm's or reference's word: the
 * caller has checked the cues). The word is letters only, capitalised, three or more; before
 * anything but a comma or a bracket, a listed name that is no everyday word or place.
 */
function afterNameWord(text: string, start: number): boolean {
  let e = nameWordEnd(text, start);
  // A relation or a role in brackets between the name and its comma: "Ana Patil (hija), 612 …", "(dochter), …".
  if (e > 2 && text.charCodeAt(e) === 44 && text.charCodeAt(e - 1) === 41) e = beforeBracketedWord(text, e - 1);
  const a = e === -1 ? -1 : capitalisedWordBefore(text, e);
  if (a === -1) return false;
  // Not an acronym or a code; a capital after a hyphen starts a double surname's second part ("Bhattathiri-Banerjee").
  for (let i = a + 1; i < e; i++) if (text.charCodeAt(i) >= 65 && text.charCodeAt(i) <= 90 && text.charCodeAt(i - 1) !== 45) return false;
  // After blanks alone, a word glued to digits before it is a code's tail ("35200Ravi 707487364").
  const blanksOnly = text.charCodeAt(e) === 32 && (e === start - 1 || (e === start - 2 && text.charCodeAt(e + 1) === 32));
  if (blanksOnly && a > 0 && isAsciiDigit(text.charCodeAt(a - 1))) return false;
  const word = text.slice(a, e);
  if (BUSINESS_CUE_WORDS.has(word.toLowerCase())) return false;
  // After a comma or in brackets any such word; before ": ", " – " or " on " only a listed name that is
  // no everyday word ("Total: 612345678" is an amount, "Monday on 612345678" a date's).
  const mark = text.charCodeAt(e);
  if (mark === 44 || (mark === 32 && text.charCodeAt(e + 1) === 40)) return true;
  const f = flagsOf(nameKey(word));
  return (f & (FIRST | LAST)) !== 0 && (f & (COMMON | STOP | PLACE)) === 0;
}

/** `close` is a ')' closing a bracket of one lowercase word ("(hija)", "(dochter)") with a blank before it: where that blank is, or -1. */
function beforeBracketedWord(text: string, close: number): number {
  let o = close - 1;
  while (o > 0 && close - o <= 14 && isNameLetter(text.charCodeAt(o)) && !isCapitalLetter(text.charCodeAt(o))) o--;
  return o < close - 2 && text.charCodeAt(o) === 40 && o > 0 && text.charCodeAt(o - 1) === 32 ? o - 1 : -1;
}

/**
 * Where the name word before the number would end: before "(" (a blank before it, so text[e] is
 * that blank), ", ", ": ", a dash or a pipe between blanks ("Gopal Agarwal – 98450…", "Klant Bodhan Reddy | 06 …"), or " on " and its
 * Portuguese, Spanish and French forms " no ", " al ", " au " ("my colleague Carlos Rivera on
 * 612…"); -1 for anything else.
 */
function nameWordEnd(text: string, start: number): number {
  const c1 = start > 0 ? text.charCodeAt(start - 1) : -1;
  if (c1 === 40) return start > 1 && text.charCodeAt(start - 2) === 32 ? start - 2 : -1;
  // A record's cells glued by pipes: "new lead: Marar|612345678|…".
  if (c1 === 124) return start > 1 && isNameLetter(text.charCodeAt(start - 2)) ? start - 1 : -1;
  if (c1 !== 32 || start < 3) return -1;
  const c2 = text.charCodeAt(start - 2);
  if (c2 === 44 || c2 === 58) return c2 === 58 && text.charCodeAt(start - 3) === 32 ? start - 3 : start - 2; // French " : " too
  // A dash, a pipe or a middle dot between blanks: "Gopal Agarwal – 98450 …", "Kanaka Bhattacharya · 513 754 583 · …".
  if ((c2 === 0x2013 || c2 === 0x2014 || c2 === 45 || c2 === 124 || c2 === 0xb7 || c2 === 0x2022) && text.charCodeAt(start - 3) === 32) return start - 3 > 0 && isNameLetter(text.charCodeAt(start - 4)) ? start - 3 : -1;
  // " on ", and Portuguese " no ", Spanish " al ", French " au ", German " unter " ("liga para Ana Sousa no 912 …").
  const a = callPrepositionStart(text, start);
  if (a !== -1) return a - 1;
  // One blank, or two as a table's columns put them: only a listed name will do (afterNameWord).
  const e = c2 === 32 ? start - 2 : start - 1;
  return isNameLetter(text.charCodeAt(e - 1)) ? e : -1;
}

/** Words for "is" in the languages our customers write: what stands before a number they state. */
const COPULAS = new Set(['is', 'ist', 'è', 'e', 'est', 'es', 'é', 'jest', 'to', 'är', 'er']);

/** One blank, then a word of COPULAS, then one blank before `start`: "richtig ist 612 …". The caller reads the whole cue window. */
export function copulaBefore(text: string, start: number): boolean {
  if (start < 3 || text.charCodeAt(start - 1) !== 32) return false;
  const a = latinWordStartBefore(text, start - 1, 4);
  if (a === start - 1 || a < 1 || text.charCodeAt(a - 1) !== 32) return false;
  return COPULAS.has(text.slice(a, start - 1).toLowerCase());
}

/** Words for "at" or "by" that stand between a calling verb's object and the number: "liga para Ana no …", "Rückfragen an Frau X unter …", "oddzwonię jutro o 10:30 na …". */
const CALL_PREPOSITIONS = new Set(['on', 'at', 'op', 'no', 'al', 'au', 'unter', 'pelo', 'pela', 'sur', 'na']);

/**
 * A word of CALL_PREPOSITIONS right before `start` (one blank between), after a word or a time: the number one
 * is called at, with the calling verb before the name or the place ("… liga para Roberto Olvera no
 * 912 …", "Bel de huisartsenpraktijk op 612 …", "Contacte Esha Jangid pelo 912 …"). The caller then
 * reads the whole cue window.
 */
export function atPrepositionAfterWord(text: string, start: number): boolean {
  const a = callPrepositionStart(text, start);
  if (a === -1) return false;
  const c = text.charCodeAt(a - 2);
  if (!(isNameLetter(c) || (c >= 48 && c <= 57))) return false;
  // "no" is also "number" ("Ration card no 4839…"): Portuguese "no" only after a capitalised word, a name's.
  return start - 1 - a !== 2 || (text.charCodeAt(a) | 32) !== 110 || (text.charCodeAt(a + 1) | 32) !== 111 || capitalisedWordBefore(text, a - 1) !== -1;
}

/** Where a word of CALL_PREPOSITIONS starts that ends one blank before `start`, with a blank before it; -1 if none. */
function callPrepositionStart(text: string, start: number): number {
  if (start < 5 || text.charCodeAt(start - 1) !== 32) return -1;
  const a = asciiWordStartBefore(text, start - 1, 5);
  if (a === start - 1 || a < 2 || text.charCodeAt(a - 1) !== 32 || !PREPOSITION_FIRSTS.includes(text[a]!)) return -1;
  return CALL_PREPOSITIONS.has(text.slice(a, start - 1).toLowerCase()) ? a : -1;
}

/** The first letters of CALL_PREPOSITIONS, either case: most words before a number are refused before a string is made. */
const PREPOSITION_FIRSTS = [...new Set([...CALL_PREPOSITIONS].flatMap((w) => [w[0]!, w[0]!.toUpperCase()]))].join('');

/** The start of the capitalised word of 3–32 name letters that ends at `e`, or -1. */
function capitalisedWordBefore(text: string, e: number): number {
  let a = e;
  while (a > 0 && e - a < 32 && isNameLetter(text.charCodeAt(a - 1))) a--;
  if (e - a < 3 || (a > 0 && isNameLetter(text.charCodeAt(a - 1)))) return -1;
  return isCapitalLetter(text.charCodeAt(a)) ? a : -1;
}

/**
 * The number stands in brackets right after a name of two capitalised words, neither a business
 * word: "Your reference Aalok Patil (98450 12345) confirmed": the person's number, even after a
 * business word ("reference" names the person here, not the number).
 */
export function inBracketsAfterName(text: string, start: number): boolean {
  if (start < 8 || text.charCodeAt(start - 1) !== 40 || text.charCodeAt(start - 2) !== 32) return false;
  const last = capitalisedWordBefore(text, start - 2);
  if (last < 2 || text.charCodeAt(last - 1) !== 32) return false;
  const first = capitalisedWordBefore(text, last - 1);
  return first !== -1 && !BUSINESS_CUE_WORDS.has(text.slice(first, last - 1).toLowerCase()) && !BUSINESS_CUE_WORDS.has(text.slice(last, start - 2).toLowerCase());
}

/**
 * The number stands in brackets after a name, behind one word for the person's role and a comma:
 * "Udit Sethi (coordinadora, 06 3165 3557)", "Rajan Achari (junior, 647 444 088)".
 */
export function roleInBracketsAfterName(text: string, start: number): boolean {
  if (start < 12 || text.charCodeAt(start - 1) !== 32 || text.charCodeAt(start - 2) !== 44) return false;
  const a = latinWordStartBefore(text, start - 2, 16);
  if (a === start - 2 || text.charCodeAt(a - 1) !== 40) return false;
  return inBracketsAfterName(text, a);
}

/**
 * The number follows an e-mail address and ", ", " / ", " | " or a word for "or"/"and": contact
 * details written together ("Divya Jangid, d.j@outlook.com, 21 518 8851", "an a@b.de oder 967 346 511").
 * Bounded walks: the separator, then the address back to a blank within 80 code units.
 */
function afterEmail(text: string, start: number): boolean {
  let p = start;
  while (p > 0 && text.charCodeAt(p - 1) === 32) p--;
  p = separatorStart(text, skipAtWords(text, p));
  if (p === -1) return false;
  while (p > 0 && text.charCodeAt(p - 1) === 32) p--;
  // The address: its last character is a letter of its domain, an '@' and a '.' after it within 80 units back.
  let dot = false;
  for (let i = p - 1; i >= 0 && p - i <= 80; i--) {
    const d = text.charCodeAt(i);
    if (d === 32 || d === 10 || d === 9 || d === 44 || d === 58 || d === 40 || d === 60) break;
    if (d === 46) dot = true;
    else if (d === 64) return dot && i < p - 3;
  }
  return speltAddressBefore(text, p);
}

/**
 * An address spelt out to fool scrapers ends right before `p`: "ana at gmail dot com", "x(at)web.de",
 * "shubha{at}hotmail.es", "ravi at hotmail": a word for "at", then a domain with a spelt or written
 * dot and a top-level domain, or a mail provider's name alone.
 */
const SPELT_ADDRESS_END = /(?:[\s(\[{]at[\s)\]}]|@)\s*(?:[a-z0-9-]+(?:\s*(?:[\s(\[{]dot[\s)\]}]|\.)\s*[a-z0-9-]+)*\s*(?:[\s(\[{]dot[\s)\]}]|\.)\s*[a-z]{2,6}|(?:gmail|hotmail|yahoo|outlook|protonmail|icloud|rediffmail|gmx|aol))$/i;

function speltAddressBefore(text: string, p: number): boolean {
  const c = text.charCodeAt(p - 1);
  if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) return false;
  const window = text.slice(Math.max(0, p - 60), p);
  // Most windows hold no word for "at" and no '@': refused without the pattern.
  return (window.includes('@') || /at/i.test(window)) && SPELT_ADDRESS_END.test(window);
}

/** Words for "at (the)" between "or" and the number: "… o en el 612 …", "… ou no 912 …", "… or at 98450 …". */
const AT_WORDS = new Set(['en', 'el', 'al', 'no', 'na', 'at', 'on', 'au', 'op', 'unter', 'pod', 'sul']);

/** Back from `p` (after a word) over at most two words of AT_WORDS and their blanks; `p` itself when there are none. */
function skipAtWords(text: string, p: number): number {
  let q = p;
  for (let words = 0; words < 2; words++) {
    const a = asciiWordStartBefore(text, q, 6);
    if (a === q || a < 1 || text.charCodeAt(a - 1) !== 32 || !AT_WORDS.has(text.slice(a, q).toLowerCase())) break;
    q = a - 1;
    while (q > 0 && text.charCodeAt(q - 1) === 32) q--;
  }
  return q;
}

/**
 * One to four capitalised words, then the number, after a label's colon: "contacto do guia: Marilú
 * Marrero Mena 705 953 891". The label is the number's, so the caller reads the whole cue window.
 */
export function colonThenName(text: string, start: number): boolean {
  let p = start;
  if (p < 4 || text.charCodeAt(p - 1) !== 32) return false;
  p--;
  for (let words = 0; words < 4; words++) {
    const a = capitalisedWordBefore(text, p);
    if (a === -1) return false;
    if (a > 1 && text.charCodeAt(a - 1) === 32 && text.charCodeAt(a - 2) === 58) return true;
    if (a < 1 || text.charCodeAt(a - 1) !== 32) return false;
    p = a - 1;
  }
  return false;
}

/** The number is the second of a pair ("Alternate: +44 20 7946 0958 / 612 345 678"): see `pairFirstStart`. */
export function secondOfPair(text: string, start: number): boolean {
  return pairFirstStart(text, start) !== -1;
}

/** A name's letter, or the hyphen of a double name. */
const isNameLetter = (c: number): boolean => isLatinLetter(c) || c === 45;

/** Back from `p` over blanks and ':'. */
function skipBack(text: string, p: number): number {
  while (p > 0 && (text.charCodeAt(p - 1) === 32 || text.charCodeAt(p - 1) === 58 || text.charCodeAt(p - 1) === 0xa0)) p--;
  return p;
}

/** The start of the word of at most 12 letters that ends at `p`, or -1. */
function wordStartBefore(text: string, p: number): number {
  let a = p;
  while (a > 0 && a > p - 12 && isNumberWordLetter(text.charCodeAt(a - 1))) a--;
  return a === p || (a > 0 && isNumberWordLetter(text.charCodeAt(a - 1))) ? -1 : a;
}

/** ASCII letters and ú/Ú: the letters of NUMBER_WORDS and of the business cue words before them. */
const isNumberWordLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 0xfa || c === 0xda;

export function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}
