import type { Candidates } from './candidates.ts';
import { COMMON, FIRST, flagsOf, LAST, PLAIN, STOP } from './names/lexicon.ts';
import { nameKey } from './names/key.ts';

/**
 * A value under a person-name key in structured data (tool-call arguments, a tool's input: `{
 * "customer_name": "Anandamayi Kaniyar" }`) is a name whether or not the name lists have it. The
 * key says so where the text alone cannot. Bare "name" is not such a key: tools name products,
 * companies and themselves with it.
 */
const NAME_KEY = new RegExp(
  '^(?:(?:first|last|full|given|family|middle|sur|nick|display|customer|client|contact|lead|owner|assignee|agent|rep|recipient|'
  + 'sender|holder|accountholder|cardholder|nominee|father|mother|spouse|guardian|applicant|attendee|guest|patient|employee|'
  + 'person|user|buyer|seller|tenant|candidate|caller|beneficiary)name|surname|fullname|assignee|nombre|nombrecompleto|apellido|'
  + 'apellidos|nazwisko|imie|imię|vorname|nachname|prenom|prénom|cognome|nome|naam|voornaam|achternaam)$',
);

/** Key spelled any way ("customer_name", "customerName", "Customer-Name") → "customername". */
export function isNameKey(key: string): boolean {
  return key.length <= 40 && NAME_KEY.test(key.toLowerCase().replace(/[_\-\s.]/g, ''));
}

/** One to four words of letters (with ' - . inside), one space apart: "Anandamayi Kaniyar", "D'Souza", "R. K. Iyer". */
const NAME_SHAPE = /^\p{L}[\p{L}\p{M}'’.-]*(?: \p{L}[\p{L}\p{M}'’.-]*){0,3}$/u;

/**
 * Adds the whole value (blanks trimmed) as a PERSON candidate when `field` is a person-name key and
 * the value is shaped like a name and is not made of everyday words only ("Unknown", "Sales Team").
 * Its priority is low: a detector's own finding of the same span wins, and a longer span of
 * another type keeps it.
 */
export function addNameField(text: string, field: string, out: Candidates): void {
  if (text.length > 80 || !isNameKey(field)) return;
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 32) start++;
  while (end > start && text.charCodeAt(end - 1) <= 32) end--;
  if (end - start < 2) return;
  const value = text.slice(start, end);
  if (!NAME_SHAPE.test(value)) return;
  let everyday = true;
  for (const word of value.split(' ')) {
    const f = flagsOf(nameKey(word.replace(/[.]+$/, '')));
    if ((f & (FIRST | LAST)) !== 0 || (f & (COMMON | STOP | PLAIN)) === 0) { everyday = false; break; }
  }
  if (!everyday) out.add('PERSON', start, end, 5);
}
