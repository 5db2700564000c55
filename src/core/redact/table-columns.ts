import type { Candidates } from './candidates.ts';
import { BUSINESS_CUE_WORDS } from './context.ts';
import { PASSPORT_SHAPE, PASSPORT_WORDS } from './detectors/in-passport.ts';
import { peselValidAt } from './detectors/pl-pesel.ts';
import { COMMON, FIRST, flagsOf, LAST, PLACE, PLAIN, STOP } from './names/lexicon.ts';
import { nameKey } from './names/key.ts';
import { isNameKey } from './name-fields.ts';

/**
 * Cells under a name, a phone, a passport or a PESEL column of a table written in the text: CSV and TSV exports
 * ("id;nombre;telefono;email"), markdown tables ("| Owner | Contact | Phone |"). The header says what
 * a cell holds where the cell alone cannot: a national number without a label ("748403380"), a name
 * the lexicon lacks, written "Surname, Given" or in capitals. A company's column says the opposite:
 * no person is named there (`notPersons`: "Zara España" is a brand). Linear: a delimiter costs a
 * walk of at most a label's length back, a header line at most 400 characters, and a row is read once.
 */
export interface TableScan {
  /** Which entities the detector finds. */
  persons: boolean;
  phones: boolean;
  passports: boolean;
  pesels: boolean;
  /** Whether Aadhaar numbers are found: a reference column's cells are cleared of them too (`notAadhaars`). */
  aadhaars: boolean;
  /** Spans (start, end pairs) the caller clears of PERSON findings: a company's cells. */
  notPersons: number[];
  /** Spans the caller clears of phone findings: a loan account's, an invoice's, an order's or an ID's cells. */
  notPhones: number[];
  /** Spans the caller clears of Aadhaar findings: a reference column's cells but an "ID" column's (which may hold an Aadhaar). */
  notAadhaars: number[];
}

export function addTableColumns(text: string, out: Candidates, t: TableScan): void {
  if (!t.persons && !t.phones && !t.passports && !t.pesels && !t.aadhaars) return;
  for (const delimiter of DELIMITERS) {
    let at = text.indexOf(delimiter);
    while (at !== -1) {
      // A comma starts a header only with a label right after it ("id,name,phone"): prose has ", ", amounts "1,200".
      if (delimiter === ',' && !labelFollows(text, at)) { at = text.indexOf(',', at + 1); continue; }
      // A header's first delimiter has its line's start within a label's length before it.
      const lineStart = lineStartWithin(text, at);
      if (lineStart === -1) { at = text.indexOf(delimiter, at + 1); continue; }
      let lineEnd = text.indexOf('\n', at);
      if (lineEnd === -1) lineEnd = text.length;
      const header = !shortCells(text, lineStart, lineEnd, delimiter) || (delimiter === ',' && !commaGlued(text, lineStart, lineEnd))
        ? undefined
        : headerOf(text, lineStart, lineEnd, delimiter);
      const next = header === undefined ? lineEnd : tableRows(text, lineEnd, delimiter, header, out, t);
      at = next >= text.length ? -1 : text.indexOf(delimiter, next + 1);
    }
  }
}

/**
 * The start of the line whose first delimiter is text[at], when at most MAX_LABEL + 2 characters
 * back (a header's first label); else -1. A bounded walk: `at` is the first delimiter of its line
 * (the scan moves on line by line), or a comma after one that is not glued (the line is no header).
 */
function lineStartWithin(text: string, at: number): number {
  const d = text.charCodeAt(at);
  const limit = Math.max(0, at - MAX_LABEL - 2);
  let i = at;
  while (i > limit) {
    const c = text.charCodeAt(i - 1);
    if (c === 10) return i;
    if (c === d) return -1;
    i--;
  }
  return i === 0 ? 0 : -1;
}

const DELIMITERS = [';', '\t', '|', ','] as const;
type Delimiter = (typeof DELIMITERS)[number];

/** What a column holds, from its header cell. */
const OTHER = 0;
const PHONE = 1;
/** A person's name, whatever else the table holds ("customer_name", "Nachname"). */
const NAME = 2;
/** A person's name in a table of contacts only (one with a phone or an e-mail column): "Name", "Owner", "Cliente". */
const NAME_IF_CONTACTS = 3;
const EMAIL = 4;
/** A company's name ("Company", "Empresa", "Account"): a listed given name in it is a brand's ("Zara España"). */
const FIRM = 5;
/** "Contact": a person's name, or their phone number or e-mail address. */
const CONTACT = 6;
/** "Passport", "Reisepass", "Nr paszportu": an Indian passport number (a letter, then seven digits). */
const PASSPORT = 7;
/** "loan_account", "Invoice No.", "Numer umowy": a reference number, never a phone number. */
const REFERENCE = 8;
/** "pesel", "Nr PESEL": a Polish national number, which outside such a column needs its cue. */
const PESEL = 9;
/** "ID" alone: a reference's or a person's identity document's ("Seat,Passenger,Age,ID"): never a phone, maybe an Aadhaar. */
const ID_REFERENCE = 10;

/** The longest header line read; a longer line is prose or data. */
const MAX_HEADER = 400;
const MAX_CELLS = 24;
const MAX_LABEL = 40;

/** A letter or a quote right after text[at]. */
function labelFollows(text: string, at: number): boolean {
  const c = text.charCodeAt(at + 1) | 32;
  return (c >= 97 && c <= 122) || c === 34 || (c >= 0xe0 && c <= 0xfe);
}

/** Every comma of the line is followed by a letter or a quote. */
function commaGlued(text: string, from: number, to: number): boolean {
  for (let i = text.indexOf(',', from); i !== -1 && i < to; i = text.indexOf(',', i + 1)) if (!labelFollows(text, i)) return false;
  return true;
}

/**
 * A header's shape, read by hopping from delimiter to delimiter (no character loop): a line of at
 * most MAX_HEADER characters whose delimiters are at most MAX_LABEL + 2 apart. Prose with a ';' or
 * a ',' in it rarely passes: a clause is longer than a label.
 */
function shortCells(text: string, from: number, to: number, delimiter: Delimiter): boolean {
  if (to - from > MAX_HEADER) return false;
  let last = from - 1;
  for (let i = text.indexOf(delimiter, from); i !== -1 && i < to; i = text.indexOf(delimiter, i + 1)) {
    if (i - last > MAX_LABEL + 2) return false;
    last = i;
  }
  return to - last <= MAX_LABEL + 2;
}

/**
 * The column kinds of text[from, to) when it is a table's header: two or more cells, every one a
 * short label (letters, no digits but one, no '@'), one of them a name or a phone column.
 */
function headerOf(text: string, from: number, to: number, delimiter: Delimiter): number[] | undefined {
  if (to - from > MAX_HEADER) return undefined;
  const cells = splitCells(text, from, to, delimiter);
  if (cells === undefined || cells.length < 4) return undefined;
  const kinds: number[] = [];
  let wanted = false;
  let contacts = false;
  for (let k = 0; k < cells.length; k += 2) {
    const label = text.slice(cells[k]!, cells[k + 1]!);
    if (!isLabel(label)) return undefined;
    const kind = columnKind(label);
    kinds.push(kind);
    if (kind === PHONE || kind === NAME || kind === NAME_IF_CONTACTS || kind === CONTACT || kind === PASSPORT || kind === PESEL) wanted = true;
    if (kind === PHONE || kind === EMAIL || kind === CONTACT) contacts = true;
  }
  if (!wanted) return undefined;
  return contacts ? kinds : kinds.map((k) => (k === NAME_IF_CONTACTS ? OTHER : k));
}

/** A header cell: up to 40 characters, letters and a few marks, at most one digit, no '@' (an empty one too). */
function isLabel(label: string): boolean {
  if (label.length > MAX_LABEL) return false;
  let digits = 0;
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++digits > 1) return false;
    if (c === 64) return false;
  }
  return label.length === 0 || /^[\p{L}\p{M} _.'\u2019#\u00b0\u00ba()/\d-]+$/u.test(label);
}

/**
 * The label's words, lowercase and without accents ("Teléfono móvil" → teléfono, móvil → telefono,
 * movil), with "no", "nr" and "number" around them dropped ("Phone No.", "Nr tel.", "Número de teléfono").
 */
function labelWords(label: string): string[] {
  const words = label.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z]+/).filter(Boolean);
  while (words.length > 1 && NUMBER_WORDS.has(words[words.length - 1]!)) words.pop();
  while (words.length > 1 && (NUMBER_WORDS.has(words[0]!) || words[0] === 'de' || words[0] === 'of')) words.shift();
  return words;
}

const NUMBER_WORDS = new Set(['no', 'nr', 'nro', 'num', 'number', 'numer', 'nummer', 'numero', 'n', 'o', 'de', 'do', 'da', 'del', 'of']);
const PHONE_WORDS = new Set([
  'phone', 'phones', 'ph', 'mobile', 'mob', 'cell', 'cellphone', 'tel', 'telephone', 'telefono', 'telefon', 'telefonu', 'telefone',
  'telefoon', 'telefonnummer', 'mobilnummer', 'handy', 'handynummer', 'rufnummer', 'movil', 'celular', 'cellulare', 'portable',
  'telemovel', 'komorka', 'komorkowy', 'komorki', 'whatsapp', 'wa', 'tfno', 'tlf', 'contact', 'mobiel', 'gsm', 'landline',
]);
/** The last word of a label naming a person; "contact" with "no" or "number" dropped is a phone column (PHONE_WORDS wins). */
const NAME_WORDS = new Set([
  'name', 'nombre', 'nom', 'nome', 'naam', 'imie', 'nazwisko', 'vorname', 'nachname', 'apellido', 'apellidos', 'prenom', 'cognome',
  'contact', 'contacto', 'kontakt', 'contatto', 'contato', 'ansprechpartner', 'owner', 'agent', 'rep', 'attendee', 'guest', 'patient',
  'employee', 'customer', 'client', 'cliente', 'klient', 'klientka', 'kunde', 'kundin', 'titular', 'beneficiary', 'holder', 'applicant',
  'nominee', 'person', 'persona', 'osoba', 'interlocutor', 'responsable', 'referente', 'solicitante', 'caller', 'lead', 'assignee',
  'insured', 'policyholder', 'claimant', 'handler', 'adjuster', 'surveyor', 'perito',
  // Who does the job: "| Job | Service | Technician | Phone |".
  'technician', 'partner', 'worker', 'driver', 'tutor', 'teacher', 'student', 'parent', 'cleaner', 'plumber', 'electrician', 'tenant',
  'landlord', 'passenger', 'traveller', 'traveler', 'member', 'tecnico', 'monteur',
  // A family's or a carer's column: "ref,guardian,relation,phone".
  'guardian', 'mother', 'father', 'attendant', 'instructor', 'caregiver', 'carer', 'nurse',
  // A clinician's column: "Account ID,Doctor,Speciality,Phone".
  'doctor', 'physician', 'prescriber', 'surgeon', 'dentist', 'pharmacist', 'medico', 'arzt', 'lekarz', 'medecin',
]);
/** Words before "name" that make it a thing's name: "Company name", "Product name". */
const THING_WORDS = new Set([
  'company', 'product', 'business', 'account', 'file', 'user', 'brand', 'store', 'shop', 'item', 'plan', 'campaign', 'project', 'firm',
  'org', 'organisation', 'organization', 'bank', 'branch', 'city', 'street', 'event', 'domain', 'host', 'model', 'trade', 'template',
  'team', 'group', 'list', 'channel', 'page', 'app', 'device', 'service', 'package', 'course', 'school', 'hospital', 'legal', 'display',
  'empresa', 'producto', 'firma', 'produkt', 'entreprise', 'produit', 'azienda', 'prodotto', 'empresa', 'tienda', 'sklep', 'banco',
]);

const FIRM_WORDS = new Set([
  'company', 'companies', 'organisation', 'organization', 'org', 'account', 'firm', 'business', 'employer', 'brand', 'merchant', 'vendor',
  'supplier', 'dealer', 'store', 'shop', 'empresa', 'compania', 'firma', 'entreprise', 'societe', 'azienda', 'societa', 'unternehmen',
  'organizacion', 'marca', 'marque', 'tienda', 'sklep', 'negocio',
  // A pet's column holds no person's name either ("pet", "Pet name", "mascota").
  'pet', 'pets', 'mascota', 'haustier', 'animal', 'patient_pet',
]);

/**
 * Words of a reference column's label: the business cues (context.ts), accents dropped as
 * `labelWords` drops them, but "account", and a few more. Built on the first header read (~0.4 ms).
 */
let referenceWords: ReadonlySet<string> | undefined;
const REFERENCE_WORDS = (): ReadonlySet<string> => (referenceWords ??= new Set([
  ...[...BUSINESS_CUE_WORDS].map((w) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '')).filter((w) => w !== 'account' && w !== 'ac'),
  'id', 'loan', 'emi',
]));

const PASSPORT_LABELS: ReadonlySet<string> = new Set(['passport', ...PASSPORT_WORDS, 'pp', 'ppt']);

function columnKind(label: string): number {
  const words = labelWords(label);
  if (words.length === 0) return OTHER;
  const last = words[words.length - 1]!;
  if (PASSPORT_LABELS.has(last) || (words.length > 1 && PASSPORT_LABELS.has(words[0]!))) return PASSPORT;
  if (words.includes('pesel')) return PESEL;
  // A business word names the column's number ("loan_account", "Order ID", "Policy No."), unless a person's or a
  // phone's word does ("Case owner", "Order phone"); "Account" alone is a firm's.
  const references = words.filter((w) => REFERENCE_WORDS().has(w));
  if (references.length > 0 && !words.some((w) => NAME_WORDS.has(w) || PHONE_WORDS.has(w) || w === 'mail' || w === 'email')) {
    return references.some((w) => w !== 'id') ? REFERENCE : ID_REFERENCE;
  }
  if (words.some((w) => w === 'mail' || w === 'email' || w === 'correo' || w === 'courriel')) return EMAIL;
  if (FIRM_WORDS.has(last) || (last === 'name' && words.length === 2 && FIRM_WORDS.has(words[0]!))) return FIRM;
  // "Contact no.", "Contact number": the number words were dropped, the label was longer.
  if (last === 'contact' && labelWords(label.replace(/[^\p{L}]+$/u, '')).length === words.length && /\b(?:no|nr|number|num)\b/i.test(label)) return PHONE;
  if (PHONE_WORDS.has(last) && last !== 'contact') return PHONE;
  // A call log's "caller" or "callee" holds a number as often as a name: either, by the cell's shape.
  if (words.length === 1 && (last === 'contact' || last === 'contacto' || last === 'kontakt' || last === 'contatto' || last === 'contato' || last === 'caller' || last === 'callee')) return CONTACT;
  if (isNameKey(words.join(''))) return NAME;
  if (!NAME_WORDS.has(last)) return OTHER;
  if (words.length > 1 && words.slice(0, -1).some((w) => THING_WORDS.has(w))) return OTHER;
  return NAME_IF_CONTACTS;
}

/**
 * The rows after a header that ends at `headerEnd` (its '\n'): lines with as many cells. A markdown
 * table's rule line (|---|---|) is skipped. Returns where the table ends.
 */
function tableRows(text: string, headerEnd: number, delimiter: Delimiter, kinds: number[], out: Candidates, t: TableScan): number {
  const { persons: person, phones: phone, passports: passport, pesels: pesel, aadhaars: aadhaar, notPersons, notPhones, notAadhaars } = t;
  let lineStart = headerEnd + 1;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const split = splitCells(text, lineStart, lineEnd, delimiter);
    const cells = split !== undefined && delimiter === ',' && split.length > kinds.length * 2 ? joinSplitAmounts(text, joinUnquotedName(text, split, kinds), kinds.length * 2) : split;
    // A comma-separated row may have more cells than its header: an amount written "1,20,000" without
    // quotes splits. The cells before the split are read as they stand (most such amounts close a row).
    if (cells === undefined || (cells.length !== kinds.length * 2 && !(delimiter === ',' && cells.length > kinds.length * 2))) return lineStart - 1;
    // A firm's row ("Ford Motors Pune" under "Contact"): its number is the firm's, not a person's.
    if (!isRule(text, lineStart, lineEnd) && !firmRow(text, cells, kinds)) {
      for (let k = 0; k < kinds.length; k++) {
        const kind = kinds[k]!;
        const from = cells[2 * k]!;
        const to = cells[2 * k + 1]!;
        if (kind === REFERENCE || kind === ID_REFERENCE) {
          if (phone && to > from) notPhones.push(from, to);
          if (aadhaar && kind === REFERENCE && to > from) notAadhaars.push(from, to);
        } else if (kind === PASSPORT) {
          if (passport && PASSPORT_CELL.test(text.slice(from, to))) out.add('IN_PASSPORT', from, to, 60);
        } else if (kind === PESEL) {
          if (pesel && PESEL_CELL.test(text.slice(from, to)) && peselValidAt(text, from)) out.add('PL_PESEL', from, to, 80);
        } else if (kind === FIRM) {
          if (person && to > from) notPersons.push(from, to);
        } else if ((kind === PHONE || kind === CONTACT) && isPhoneCell(text, from, to)) {
          if (phone) out.add('PHONE_NUMBER', from, to, 50);
        } else if (kind !== PHONE && kind !== OTHER && kind !== EMAIL && person && isNameCell(text, from, to)) {
          out.add('PERSON', from, to, 5);
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  return text.length;
}

/**
 * A comma-separated row with more cells than its header, where a name column's cell and the next
 * are one name written "Surname, Given" without quotes ("PT-0042,Desai, Susheel,98450…"): the two
 * cells joined, so the columns after it line up again. Any other row is returned as it is.
 */
function joinUnquotedName(text: string, cells: number[], kinds: number[]): number[] {
  for (let k = 0; k < kinds.length; k++) {
    const kind = kinds[k]!;
    if (kind !== NAME && kind !== NAME_IF_CONTACTS && kind !== CONTACT) continue;
    const from = cells[2 * k]!;
    const to = cells[2 * k + 3]!;
    if (text.charCodeAt(cells[2 * k + 2]! - 1) === 44 || !isNameCell(text, from, to)) continue; // the given name after a blank: "Desai, Susheel"
    return [...cells.slice(0, 2 * k), from, to, ...cells.slice(2 * k + 4)];
  }
  return cells;
}

/** A cell that starts an amount with a currency and one to three digits: "$6", "₹ 2", "Rs. 1", "€12". */
const AMOUNT_HEAD = /^(?:[$\u20b9\u20ac\u00a3]|rs\.?|inr|usd|eur|gbp)\s?\d{1,3}$/i;
/** A later group of an amount's digits: "942.00", "360", "20" (Indian grouping), "000". */
const AMOUNT_GROUP = /^\d{2,3}(?:\.\d{1,2})?$/;

/**
 * A comma-separated row with more cells than its header, where an amount with a currency was
 * written with thousands separators and no quotes ("…,$6,942.00,725968644233,…", "₹ 2,360"): its
 * pieces joined back into one cell, while the row still has too many, so the columns after it line
 * up again. Any other row is returned as it is.
 */
function joinSplitAmounts(text: string, cells: number[], wanted: number): number[] {
  if (cells.length <= wanted) return cells;
  let out: number[] | undefined;
  let extra = (cells.length - wanted) / 2;
  for (let k = 0; k + 2 < cells.length && extra > 0; k += 2) {
    if (!AMOUNT_HEAD.test(text.slice(cells[k]!, cells[k + 1]!))) continue;
    let j = k + 2;
    while (j < cells.length && extra > 0 && AMOUNT_GROUP.test(text.slice(cells[j]!, cells[j + 1]!))) {
      j += 2;
      extra--;
    }
    if (j === k + 2) continue;
    out ??= cells.slice();
    const base = out.length - cells.length; // pairs already removed before k
    out.splice(k + base + 1, j - k - 2);
  }
  return out ?? cells;
}

/** An Indian passport number's shape, the whole cell (detectors/in-passport.ts). */
const PASSPORT_CELL = new RegExp(`^${PASSPORT_SHAPE}$`);
const PESEL_CELL = /^\d{11}$/;

/** A markdown table's rule line: only '|', '-', ':' and blanks. */
function isRule(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 124 && c !== 45 && c !== 58 && c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/**
 * The cells of text[from, to) as [start, end) pairs, blanks and double quotes around each trimmed
 * ("Varma, Leela" in a comma-separated row is one cell). With '|', the pipes at the line's ends
 * bound the row, as in markdown. Undefined when the line has no delimiter or too many cells.
 */
function splitCells(text: string, from: number, to: number, delimiter: Delimiter): number[] | undefined {
  const d = delimiter.charCodeAt(0);
  while (to > from && (text.charCodeAt(to - 1) === 13 || text.charCodeAt(to - 1) === 32)) to--;
  while (from < to && text.charCodeAt(from) === 32) from++;
  if (d === 124 && text.charCodeAt(from) === 124) {
    from++;
    if (to > from && text.charCodeAt(to - 1) === 124) to--;
  }
  const cells: number[] = [];
  let start = from;
  let delimiters = 0;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : d;
    if (c === 34 && i === skipBlanks(text, start, to)) {
      // A quoted cell: to its closing quote ("" inside is a quote).
      let q = i + 1;
      for (; q < to; q++) {
        if (text.charCodeAt(q) !== 34) continue;
        if (text.charCodeAt(q + 1) === 34) { q++; continue; }
        break;
      }
      i = q;
      continue;
    }
    if (c !== d) continue;
    if (i < to) delimiters++;
    let a = start;
    let b = i;
    while (a < b && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 9)) a++;
    while (b > a && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9)) b--;
    if (b - a >= 2 && text.charCodeAt(a) === 34 && text.charCodeAt(b - 1) === 34) { a++; b--; }
    cells.push(a, b);
    if (cells.length > MAX_CELLS * 2) return undefined;
    start = i + 1;
  }
  return delimiters === 0 ? undefined : cells;
}

function skipBlanks(text: string, i: number, to: number): number {
  while (i < to && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i;
}

/** 7 to 15 digits, with only a phone's marks between them ("+34 699 042 267", "(089) 2556064", "05.99.81.50.34"). */
function isPhoneCell(text: string, from: number, to: number): boolean {
  if (to - from > 24) return false;
  let digits = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (!(c === 32 || c === 45 || c === 46 || c === 40 || c === 41 || c === 0xa0 || (c === 43 && i === from))) return false;
  }
  return digits >= 7 && digits <= 15;
}

/**
 * One to five words of letters (with ' - inside, or initials "B.C."), one comma at most ("Varma,
 * Leela"): not only everyday words, and no place or business word that is not also a name
 * ("Krishna Traders", "N/A", "Demo done").
 */
let nameCell: RegExp | undefined;
/** Built on first use: a Unicode-property regex costs ~0.5 ms to create, which a Worker's cold start would pay at import. */
const NAME_CELL = (): RegExp => (nameCell ??= /^(?:(?:\p{L}\.){1,3}|\p{L}[\p{L}\p{M}'\u2019-]*)(?:,? ?(?:(?:\p{L}\.){1,3}|\p{L}[\p{L}\p{M}'\u2019-]*)){0,4}$/u);

/** A name or contact cell of the row holds a firm's or place's word that is no name ("Motors", "Traders"). */
function firmRow(text: string, cells: number[], kinds: number[]): boolean {
  for (let k = 0; k < kinds.length; k++) {
    const kind = kinds[k]!;
    if (kind !== NAME && kind !== NAME_IF_CONTACTS && kind !== CONTACT) continue;
    const from = cells[2 * k]!;
    const to = cells[2 * k + 1]!;
    if (to - from < 3 || to - from > 60) continue;
    for (const word of text.slice(from, to).split(/[^\p{L}'\u2019-]+/u)) {
      if (word === '') continue;
      const f = flagsOf(nameKey(word));
      if ((f & PLACE) !== 0 && (f & (FIRST | LAST)) === 0) return true;
    }
  }
  return false;
}

function isNameCell(text: string, from: number, to: number): boolean {
  if (to - from < 2 || to - from > 60) return false;
  const value = text.slice(from, to);
  if (!NAME_CELL().test(value) || value.indexOf(',') !== value.lastIndexOf(',')) return false;
  let named = false;
  for (const word of value.split(/[ ,]+/)) {
    if (word.length === 0 || word.endsWith('.')) continue;
    const f = flagsOf(nameKey(word));
    if ((f & PLACE) !== 0 && (f & (FIRST | LAST)) === 0) return false;
    if ((f & (FIRST | LAST)) !== 0 || (f & (COMMON | STOP | PLAIN)) === 0) named = true;
  }
  return named;
}
