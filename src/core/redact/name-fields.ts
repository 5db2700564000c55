import type { Candidates } from './candidates.ts';
import { COMMON, FIRST, flagsOf, LAST, PLAIN, STOP } from './names/lexicon.ts';
import { nameKey } from './names/key.ts';

/**
 * A value under a person-name key in structured data (tool-call arguments, a tool's input: `{
 * "customer_name": "Anandamayi Kaniyar" }`, or JSON written in a message) is a name whether or
 * not the name lists have it. The key says so where the text alone cannot. Bare "name" is not such
 * a key: tools name products, companies and themselves with it.
 */
const NAME_KEY = new RegExp(
  '^(?:(?:first|last|full|given|family|middle|sur|nick|display|customer|client|contact|lead|owner|assignee|agent|rep|recipient|'
  + 'sender|holder|accountholder|cardholder|nominee|father|mother|spouse|guardian|applicant|attendee|guest|patient|employee|'
  + 'person|user|buyer|seller|tenant|candidate|caller|beneficiary|partner|technician|worker|driver|tutor|teacher|student|parent|'
  + 'passenger|traveller|traveler|landlord|member|referee|doctor)name|nombre|nombrecompleto|apellido|'
  + 'apellidos|nazwisko|imie|imię|vorname|nachname|prenom|prénom|cognome|nome|naam|voornaam|achternaam|'
  // Keys that hold people (a meeting's or a task's): "attendees": ["…", "…"], "assigned_to": "…".
  // Not "customer", "client", "lead", "owner", "user" or "host": a company, an id or a host name sits there as often.
  + 'attendees?|participants?|invitees?|guests?|assignees?|assignedto|reviewers?|approvers?|organi[sz]er|salesperson|salesrep|'
  + 'interviewer|interviewee)$',
);

/** Key spelled any way ("customer_name", "customerName", "Customer-Name") → "customername". */
export function isNameKey(key: string): boolean {
  return key.length <= 40 && NAME_KEY.test(key.toLowerCase().replace(/[_\-\s.]/g, ''));
}

/**
 * One to four words, one space apart, each letters (with ' or - inside) or an initial: "Anandamayi
 * Kaniyar", "D'Souza", "R. K. Iyer"; not "api.example.com".
 */
let nameShape: RegExp | undefined;
// Made on first use: a Unicode-property regex costs ~1 ms to create, at every Worker's start-up otherwise.
const NAME_SHAPE = (): RegExp => (nameShape ??= /^(?:\p{L}\.|\p{L}[\p{L}\p{M}'\u2019-]*)(?: (?:\p{L}\.|\p{L}[\p{L}\p{M}'\u2019-]*)){0,3}$/u);

/**
 * Adds the whole value (blanks trimmed) as a PERSON candidate when `field` is a person-name key and
 * the value is shaped like a name and is not made of everyday words only ("Unknown", "Sales Team").
 * Its priority is low: a detector's own finding of the same span wins, and a longer span of
 * another type keeps it.
 */
export function addNameField(text: string, field: string, out: Candidates): void {
  if (text.length > 80 || !isNameKey(field)) return;
  addTrimmedIfName(text, 0, text.length, out);
}

/** `addIfName` on text[start, end) without the blanks around it. */
function addTrimmedIfName(text: string, start: number, end: number, out: Candidates): void {
  while (start < end && text.charCodeAt(start) <= 32) start++;
  while (end > start && text.charCodeAt(end - 1) <= 32) end--;
  addIfName(text, start, end, out);
}

/** text[start, end) is shaped like a name and not only everyday words: a PERSON candidate. */
function addIfName(text: string, start: number, end: number, out: Candidates): void {
  if (end - start < 2) return;
  const value = text.slice(start, end);
  if (!NAME_SHAPE().test(value)) return;
  for (const word of value.split(' ')) {
    const f = flagsOf(nameKey(word.replace(/[.]+$/, '')));
    if ((f & (FIRST | LAST)) !== 0 || (f & (COMMON | STOP | PLAIN)) === 0) {
      out.add('PERSON', start, end, 5);
      return;
    }
  }
}

const isKeyChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;

/**
 * The same for JSON written in the text itself: a tool's result pasted as a message ("role":
 * "tool"), a record a user pasted, or such JSON again inside a JSON string (`{\"owner_name\":
 * \"…\"}`). `"customer_name": "Anandamayi Kaniyar"` marks the value. Found from each `":` (few
 * outside JSON), with bounded walks: the key back to its opening quote, the value to its closing
 * quote within 80 characters (a value with a backslash in it is not name-shaped).
 */
export function addNameFieldsInJsonText(text: string, out: Candidates): void {
  for (let colon = text.indexOf('":'); colon !== -1; colon = text.indexOf('":', colon + 2)) {
    // Escaped JSON: the key's and the value's quotes are \" (the key then ends one character sooner).
    const escaped = colon > 0 && text.charCodeAt(colon - 1) === 92;
    const keyEnd = escaped ? colon - 1 : colon;
    let k = keyEnd;
    while (k > 0 && keyEnd - k < 40 && isKeyChar(text.charCodeAt(k - 1))) k--;
    if (k === keyEnd || k === 0 || text.charCodeAt(k - 1) !== 34 || (escaped && (k < 2 || text.charCodeAt(k - 2) !== 92))) continue;
    let v = colon + 2;
    while (v < text.length && (text.charCodeAt(v) === 32 || text.charCodeAt(v) === 9)) v++;
    if (escaped) {
      if (text.charCodeAt(v) !== 92) continue;
      v++;
    }
    if (text.charCodeAt(v) !== 34) continue;
    let close = text.indexOf('"', v + 1);
    if (close === -1 || close - v > 82 || (!isNameKey(text.slice(k, keyEnd)) && text.slice(k, keyEnd) !== 'name')) continue;
    if (escaped) {
      if (text.charCodeAt(close - 1) !== 92) continue;
      close--;
    }
    // A Meta lead ad's field: {"name":"full_name","values":["chandani sinha"]}: the key names the field, the value follows.
    if (text.slice(k, keyEnd) === 'name' && !escaped) {
      if (isNameKey(text.slice(v + 1, close)) && text.startsWith(',"values":["', close + 1)) {
        const from = close + 13;
        const to = text.indexOf('"', from);
        if (to !== -1 && to - from <= 80) addIfName(text, from, to, out);
      }
      continue;
    }
    addIfName(text, v + 1, close, out);
  }
}

/**
 * The same for "key: value" lines of exports and lead-ad dumps: "full_name: manjusha
 * mukhopadhyay-verma", "first_name: Ravi". Only keys written in snake_case at a line's start:
 * a label in words ("Name: …") is a cue the PERSON passes read. The value runs to the end of its
 * line. Found from each '_' (few in prose; a scan for ": " cost ~2 % of detect on 66 KB of CRM
 * text), with bounded walks.
 */
export function addNameFieldsInKeyLines(text: string, out: Candidates): void {
  for (let u = text.indexOf('_'); u !== -1; u = text.indexOf('_', u + 1)) {
    let k = u;
    while (k > 0 && u - k < 40 && isKeyChar(text.charCodeAt(k - 1))) k--;
    if (k > 0 && text.charCodeAt(k - 1) !== 10) continue;
    let colon = u + 1;
    while (colon < text.length && colon - k < 40 && isKeyChar(text.charCodeAt(colon))) colon++;
    u = colon;
    if (text.charCodeAt(colon) !== 58 || text.charCodeAt(colon + 1) !== 32) continue;
    // The line's end within 80 characters (a bounded walk: a long line stays linear).
    let end = colon + 2;
    const limit = Math.min(text.length, colon + 82);
    while (end < limit && text.charCodeAt(end) !== 10) end++;
    if ((end < text.length && text.charCodeAt(end) !== 10) || !isNameKey(text.slice(k, colon))) continue;
    addTrimmedIfName(text, colon + 2, end, out);
  }
}

/** Words for "name" that end a question asking for one: "May I know your name?", "¿Tu nombre?", "aapka naam?". */
const NAME_QUESTION_WORDS = new Set(['name', 'nombre', 'naam', 'imię', 'imie', 'nom', 'nome', 'vorname', 'nachname', 'nazwisko']);

/**
 * The reply to a question that asks for a name is the name: a bot's transcript ("Bot: May I know
 * your name?\nUser: blanca"), a chat. The line after the question, without a speaker's label
 * ("User: "), when it is shaped like a name and not only everyday words. Found from each '?' with
 * bounded walks.
 */
export function addNameAnswers(text: string, out: Candidates): void {
  for (let q = text.indexOf('?'); q !== -1; q = text.indexOf('?', q + 1)) {
    let e = q;
    while (e > 0 && text.charCodeAt(e - 1) === 32) e--;
    let a = e;
    while (a > 0 && e - a < 10 && isWordChar(text.charCodeAt(a - 1))) a--;
    if (a === e || (a > 0 && isWordChar(text.charCodeAt(a - 1))) || !NAME_QUESTION_WORDS.has(text.slice(a, e).toLowerCase())) continue;
    if (THING_BEFORE.test(text.slice(Math.max(0, a - 16), a))) continue; // "Company name?", "product name?"
    // The question ends its line; the answer is the next line.
    let p = q + 1;
    while (p < text.length && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 13)) p++;
    if (text.charCodeAt(p) === 10) addAnswer(text, p + 1, false, out);
  }
}

/**
 * "Please share your name and delivery pincode.\nCustomer: vimala, 171470": the reply's first item,
 * on the line after the one where "your name" ends at `end` (found by the PERSON pass, person.ts,
 * from its tokens: no search of the text here).
 */
export function addNameReplyAfter(text: string, end: number, out: Candidates): void {
  let p = end;
  const limit = Math.min(text.length, p + 120);
  while (p < limit && text.charCodeAt(p) !== 10) p++;
  if (p < limit) addAnswer(text, p + 1, true, out);
}

/**
 * The answer on the line at `start`, without a speaker's label ("User: "): the whole line, or (for
 * a question that asks for more than the name) its text up to the first ','.
 */
function addAnswer(text: string, start: number, firstItem: boolean, out: Candidates): void {
  let end = start;
  const limit = Math.min(text.length, start + 80);
  while (end < limit && text.charCodeAt(end) !== 10 && !(firstItem && text.charCodeAt(end) === 44)) end++;
  if (end === limit && end < text.length) return;
  // A speaker's label: one word of up to 20 letters and ": ".
  let v = start;
  while (v < end && v - start <= 20 && isWordChar(text.charCodeAt(v))) v++;
  let from = v > start && text.charCodeAt(v) === 58 && text.charCodeAt(v + 1) === 32 ? v + 2 : start;
  while (from < end && text.charCodeAt(from) <= 32) from++;
  while (end > from && text.charCodeAt(end - 1) <= 32) end--;
  if (end - from >= 2 && onlyNameWords(text.slice(from, end))) out.add('PERSON', from, end, 5);
}

/** Shaped like a name, and every word a listed name or no everyday word ("leela kakkar"; not "It was about pricing"). */
function onlyNameWords(value: string): boolean {
  if (!NAME_SHAPE().test(value)) return false;
  for (const word of value.split(' ')) {
    const f = flagsOf(nameKey(word.replace(/[.]+$/, '')));
    if ((f & (FIRST | LAST)) === 0 && (f & (COMMON | STOP | PLAIN)) !== 0) return false;
  }
  return true;
}

/** Words before "name" that make it a thing's. */
const THING_BEFORE = /(?:company|product|business|file|user|brand|store|shop|item|plan|project|firm|bank|account|street|city|event|team|group|app|device|domain|host|model|hotel|school|hospital)[ _-]?$/i;

const isWordChar = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 0x119 || c === 0x118;
