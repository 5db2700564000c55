import type { Recognizer } from '../recognizer.ts';
import { isAsciiDigit, isAsciiLetter } from '../recognizer.ts';
import { eachRunWith, RUN_JOINED, TextIndex } from '../digit-runs.ts';
import type { DigitRuns } from '../digit-runs.ts';
import { BUSINESS_NUMBER_CUES, createCueMatcher, cueListsWalkBackward, EUROPEAN_BUSINESS_NUMBER_CUES, isNumberChar } from '../context.ts';
import { EUROPEAN_REGIONS, hasKnownCallingCode, NOT_PARSED, phoneValidity } from './phone-numbering.ts';
import type { Region } from './phone-numbering.ts';
import { answersPhoneQuestion, atPrepositionAfterWord, colonBefore, colonThenName, copulaBefore, digitCount, inBracketsAfterName, labelDotBefore, labelledAsPhone, phoneOnRecordBefore, refusedBefore, roleInBracketsAfterName, secondOfPair } from './phone-context.ts';

export { refusedBefore };

/**
 * Phone numbers: a bounded candidate regex finds digit runs with the usual separators, then they are
 * validated against libphonenumber's numbering plans for the calling codes of 65 countries,
 * precompiled at build time (phone-numbering.ts, phone-plans.ts; scripts/build-phone-metadata.ts;
 * no I/O, runs in workerd). Numbers with + or 00 are read as international; others are tried as
 * India, US and UK, the markets this product serves. A European national number without a country
 * code ("612 345 678", "030 1234567") is as often a reference as a phone, so it is read as one of
 * EUROPEAN_REGIONS' only right after a phone cue, in English or the customer's language.
 */

/** "+" and a calling code the tables lack: E.164 length is all that can be checked. */
function unknownCallingCode(intl: string): boolean {
  return !hasKnownCallingCode(intl.replace(/\D/g, ''));
}
export const CANDIDATE = /(?<![A-Za-z0-9\u00C0-\u024F_+@.\/-])(?:\+|00)?\(?\d[\d \u00a0().\-]{5,22}\d(?![A-Za-z0-9\u00C0-\u024F_@]|[.\-\/:]\d)/y;

/** Separators a candidate may hold: space, no-break space, brackets, '.', '-'. */
const isPhoneSeparator = (c: number): boolean => c === 32 || c === 0xa0 || c === 40 || c === 41 || c === 46 || c === 45;

/**
 * The matches a global scan with CANDIDATE would give, tried only at digit runs: a candidate's first
 * digit starts a run (nothing but '+', '(' or "+(" before it in the match), and seven candidate
 * characters follow from it, so a run shorter than seven must end in a separator.
 */
export function eachPhoneCandidate(text: string, index: TextIndex | undefined, onSpan: (start: number, end: number) => void): void {
  const runs = (index ?? new TextIndex(text)).digitRuns();
  let from = 0;
  for (let r = 0; r < runs.count; r++) {
    if (runs.length[r]! < 7 && !isPhoneSeparator(runs.after[r]!)) continue;
    const p = runs.start[r]!;
    if (p < from) continue; // inside the last candidate ("98450 12345"'s second run): no try starts there
    const before = p > 0 ? text.charCodeAt(p - 1) : -1;
    // A match can start before the run only at "+", "(" or "+(" right before it; else only at the run.
    for (let s = before === 43 || before === 40 ? p - 2 : p; s <= p; s++) {
      if (s < from || s < 0) continue;
      if (s < p) {
        const c = text.charCodeAt(s);
        if (c !== 43 && c !== 40) continue; // '+' or '('
      }
      // CANDIDATE's lookbehind, by hand: most failing tries are runs glued to a letter ("OD6041…").
      // A label's abbreviation dot with no blank after it is no part of a code ("his no.98450 12345", "Tel.+49 30 …").
      if (s > 0 && refusedBefore(s === p ? before : text.charCodeAt(s - 1)) && !labelDotBefore(text, s)) continue;
      const end = candidateEndAt(text, runs, r, s);
      if (end === -1) continue;
      from = end;
      onSpan(s, from);
      break;
    }
  }
}

/**
 * Where CANDIDATE, tried sticky at `s`, ends, or -1: the regex's own backtracking order written
 * out, without its lookbehind (the caller tests `refusedBefore`). The optional "+" or "00" and
 * "(" are taken first and dropped only if nothing matches with them; then the longest stretch of
 * candidate characters (at most 22 after the first digit, at least 5) ending in a digit that the
 * lookahead accepts. `runs` are the text's digit runs and `r` the first that ends after `s`: the
 * digits are read from them, not from the text. phone.test.ts compares it with the regex.
 */
export function candidateEndAt(text: string, runs: DigitRuns, r: number, s: number): number {
  const n = text.length;
  const c0 = s < n ? text.charCodeAt(s) : -1;
  // `(?:\+|00)?`: "+", then "00", then nothing.
  const lead = c0 === 43 ? 1 : c0 === 48 && s + 1 < n && text.charCodeAt(s + 1) === 48 ? 2 : 0;
  if (lead !== 0) {
    const end = afterPrefix(text, runs, r, s + lead);
    if (end !== -1) return end;
  }
  return afterPrefix(text, runs, r, s);
}

/** CANDIDATE's rest from `q`: `\(?\d[\d \u00a0().\-]{5,22}\d` and its lookahead. */
function afterPrefix(text: string, runs: DigitRuns, r: number, q: number): number {
  if (q < text.length && text.charCodeAt(q) === 40) {
    const end = fromFirstDigit(text, runs, r, q + 1);
    if (end !== -1) return end;
  }
  return fromFirstDigit(text, runs, r, q);
}

/**
 * `\d[\d \u00a0().\-]{5,22}\d` and the lookahead with the first digit at `x`, from the digit runs:
 * the last digit ends a run (the lookahead refuses a digit after it), 6 to 23 code units after the
 * first, and the runs up to it are joined by separators only. The longest such end is the regex's.
 * Only the gaps between runs are read from the text, so a try costs a few runs, not 22 code units.
 */
function fromFirstDigit(text: string, runs: DigitRuns, r: number, x: number): number {
  let k = r; // the run that holds x, if x is a digit (after "00(" it is the next run)
  while (k < runs.count && runs.start[k]! + runs.length[k]! <= x) k++;
  if (k >= runs.count || runs.start[k]! > x) return -1;
  let end = -1;
  for (let j = k; j < runs.count; j++) {
    const runEnd = runs.start[j]! + runs.length[j]!;
    if (runEnd - x > 24) break;
    if (j > k && !joinedBySeparators(text, runs, j - 1)) break;
    if (runEnd - x >= 7 && lookaheadAcceptsAfter(runs, j)) end = runEnd;
  }
  return end;
}

/** Only separators stand between run `i` and the next (the code unit after run `i` is known). */
function joinedBySeparators(text: string, runs: DigitRuns, i: number): boolean {
  if (!isPhoneSeparator(runs.after[i]!)) return false;
  for (let y = runs.start[i]! + runs.length[i]! + 1, to = runs.start[i + 1]!; y < to; y++) if (!isPhoneSeparator(text.charCodeAt(y))) return false;
  return true;
}

/**
 * CANDIDATE's lookahead `(?![A-Za-z0-9\u00C0-\u024F_@]|[.\-\/:]\d)` right after run `j`: its next code
 * unit (never a digit), and whether a digit (the next run) follows that.
 */
function lookaheadAcceptsAfter(runs: DigitRuns, j: number): boolean {
  const c = runs.after[j]!;
  if (c === -1) return true;
  if (((c | 32) - 97) >>> 0 < 26 || c === 95 || c === 64 || (c >= 0xc0 && c <= 0x24f)) return false;
  return !((c === 46 || c === 45 || c === 47 || c === 58) && j + 1 < runs.count && runs.start[j + 1] === runs.start[j]! + runs.length[j]! + 1);
}

const REGIONS: readonly Region[] = ['IN', 'US', 'GB'];
/** A date at the start of a candidate ("15-03-2024", "2024-03-15 10"): never a phone number. */
export const DATE_SHAPE = /^(?:\d{1,2}[.\-/]\d{1,2}[.\-/]\d{2,4}|\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2})(?!\d)/;
/** A dotted quad ("10.0.0.1"), whole: never a phone number. */
export const DOTTED_QUAD = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** Length of the run of ASCII digits at s[i]. */
function digitRun(s: string, i: number): number {
  let j = i;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (c < 48 || c > 57) break;
    j++;
  }
  return j - i;
}

const isDateSeparator = (c: number): boolean => c === 46 || c === 45 || c === 47; // . - /

/**
 * `DATE_SHAPE.test(s)` by hand: three digit groups from the start, joined by '.', '-' or '/', as
 * 1–2, 1–2, 2–4 digits or 4, 1–2, 1–2 (each group a whole run: the pattern cannot stop inside one).
 * phone.test.ts compares it with the regex.
 */
export function startsWithDate(s: string): boolean {
  const a = digitRun(s, 0);
  if (a === 0 || a === 3 || a > 4 || !isDateSeparator(s.charCodeAt(a))) return false;
  const b = digitRun(s, a + 1);
  if (b === 0 || b > 2 || !isDateSeparator(s.charCodeAt(a + 1 + b))) return false;
  const c = digitRun(s, a + b + 2);
  return a === 4 ? c >= 1 && c <= 2 : c >= 2 && c <= 4;
}

/** A customs tariff code, 4 digits, 2 and 2–4 joined by dots ("8471.30.0100"): no phone is written so. */
const TARIFF_CODE = /^\d{4}\.\d{2}\.\d{2,4}$/;

/** `DOTTED_QUAD.test(s)` by hand: four runs of 1–3 digits joined by single dots, nothing else. */
export function isDottedQuad(s: string): boolean {
  let i = 0;
  for (let group = 0; group < 4; group++) {
    if (group > 0) {
      if (s.charCodeAt(i) !== 46) return false;
      i++;
    }
    const n = digitRun(s, i);
    if (n === 0 || n > 3) return false;
    i += n;
  }
  return i === s.length;
}
const PHONE_CUES = [
  'call', 'phone', 'mobile', 'mob', 'cell', 'whatsapp', 'wa', 'tel', 'telephone', 'contact', 'reach', 'ph',
  'sms', 'text', 'dial', 'ring', 'landline', 'fax', 'helpline',
  // Spanish, Polish, German, French, Italian, Dutch, Portuguese.
  'teléfono', 'telefono', 'tfno', 'tlf', 'móvil', 'movil', 'celular', 'llámame', 'llamame', 'llamar', 'llamada', 'contacto',
  'telefon', 'telefonu', 'komórka', 'komórki', 'komorka', 'komórkowy', 'komórkowego', 'zadzwoń', 'zadzwon', 'dzwoń', 'kontakt',
  'handy', 'mobil', 'mobilnummer', 'telefonnummer', 'rufnummer', 'anrufen', 'rufen', 'ruf', 'rückruf', 'rueckruf', 'erreichbar',
  'téléphone', 'tél', 'portable', 'appelez', 'appeler', 'joindre', 'rappel', 'rappeler',
  'cellulare', 'chiamami', 'chiamare', 'telefoon', 'telefoonnummer', 'mobiel', 'bel', 'bellen', 'gsm',
  'telefone', 'telemóvel', 'telemovel', 'ligue', 'liguem', 'ligar', 'contato',
  // A person's number: "send the otp to my number 98450…" ("order number" is no cue; "my number" is).
  'my number', 'your number', 'his number', 'her number', 'our number', 'new number', 'alternate number', 'alt number',
  'mera number', 'mi número', 'mi numero', 'mój numer', 'moj numer', 'pod numerem', 'meine nummer', 'mon numéro', 'mon numero',
  'il mio numero', 'mijn nummer', 'meu número', 'meu numero', 'my no', 'my num', 'terugbellen', 'terugbelverzoek',
  // A direct line, a landline; payments sent to a phone number (Bizum, MB Way, BLIK, Satispay, Swish, Vipps, MobilePay, TWINT).
  'durchwahl', 'festnetz', 'fijo', 'fixe', 'fisso', 'vaste lijn', 'bizum', 'mb way', 'mbway', 'blik', 'satispay', 'swish',
  'vipps', 'mobilepay', 'twint', 'office', 'contatto', 'recapito', 'neue nummer', 'nuevo número', 'nuevo numero', 'nuovo numero',
  'novo número', 'novo numero', 'nowy numer', 'nieuw nummer', 'naya no', 'naya number', 'new no', 'chiamato', 'llamó', 'llamo desde',
  'ligou', 'angerufen', 'appelé', 'appele', 'joignable', 'reachable', 'raggiungibile', 'localizable',
  // Call me / call them, and the number to call back, as people write them: "Prefiere que la llamen al …", "Rückrufnummer …".
  'llamen', 'llame', 'llámeme', 'llameme', 'llámenme', 'llamenme', 'llamadme', 'llamarle', 'llamarla', 'chiamatemi', 'chiamarmi',
  'rappelez-moi', 'appelle-moi', 'appelez-moi', 'ligue-me', 'liga-me', 'zadzwońcie', 'zadzwoncie', 'rückrufnummer', 'rueckrufnummer',
  'handynummer', 'festnetznummer', 'kontaktnummer', 'kontaktowy',
  'alternate no', 'alt no', 'alternative number', 'other number', 'mój nr', 'moj nr', 'my nr', 'rückfragen', 'rueckfragen',
  'rückfrage', 'rueckfrage', 'nowy nr', 'llamará al', 'llamara al', 'llamaré al', 'llamare al', 'chiarimenti',
  // Portuguese "send the receipt to the …" (WhatsApp commerce: a payment proof goes to a number).
  'para o',
  // "mera no.", "w razie czego dzwonić …", "Se cambi idea chiama il …", "Potete richiamarmi al …", "dúvidas: …", "for queries".
  'mera no', 'meri no', 'apna no', 'dzwonić', 'dzwonic', 'zadzwonić', 'zadzwonic', 'chiama', 'chiamaci', 'chiamate', 'chiamarci',
  'richiamarmi', 'richiamare', 'richiamaci', 'richiama', 'dúvidas', 'duvidas', 'dudas', 'domande', 'queries',
  'llámanos', 'llamanos', 'llámenos', 'llamenos', 'chiamateci', 'appelez-nous', 'rufen sie uns', 'zadzwoń do nas',
  // Polish "call (you all) …": "dzwońcie do Anny 601 234 567 jakby co"; "by phone" ("lub telefonicznie 601 …");
  // Spanish "write to … at" a messaging number ("escribe a Ana al 612 …").
  'dzwońcie', 'dzwoncie', 'zadzwońcie', 'zadzwoncie', 'telefonicznie', 'escribe', 'escríbele', 'escribele',
  // "Template … sent to 78320 48277", "richiamato al …", "rappelle au …".
  'sent to', 'richiamato', 'richiamata', 'rappelle', 'rappelez',
  // "qualquer dúvida: …", "si no estás, llama al …".
  'dúvida', 'duvida', 'duda', 'llama', 'llamá',
  // Calling, being called back and reaching someone, in the languages our customers write (the verbs'
  // other persons and tenses, and Polish cases): "rappelée au …", "dzwonił z numeru …", "liga para …",
  // "Bitte unter … melden", "tlm …" (Portuguese telemóvel).
  'rang', 'called', 'calling', 'callback', 'voicemail', 'rappelée', 'rappelé', 'appelée', 'contactez', 'contacter', 'joignez',
  // German "unter" (at a number) after the words that take it before a phone, not after a business word ("Bestellung unter …").
  'bitte unter', 'mich unter', 'ihn unter', 'direkt unter', 'jederzeit unter', 'gerne unter', 'erreichen', 'anruf', 'zurückrufen', 'zurueckrufen', 'telefonisch', 'ruft', 'rief',
  'numeru', 'dzwonił', 'dzwonil', 'dzwoniła', 'dzwonila', 'dzwonili', 'zadzwonił', 'zadzwonil', 'zadzwoniła', 'zadzwonila',
  'oddzwonić', 'oddzwonic', 'oddzwoń', 'oddzwon',
  'llamaron', 'llamarme', 'marcar', 'márcame', 'marcame', 'contactar', 'contáctame', 'contactame',
  'chiamata', 'contattami', 'contattare', 'contattarmi', 'telefonare', 'telefonato', 'telefonata',
  'richiamarlo', 'richiamarla', 'chiamarlo', 'chiamarla', 'contattarlo', 'contattarla', 'llamarlo',
  'liga', 'chama', 'chame', 'chamar', 'tlm', 'contacte', 'chamada', 'reached', 'reaching', 'llamas al',
  // "Per info 612 …", "info: …": a number given for information is one to call.
  'info', 'informazioni', 'informaciones', 'informações', 'informacoes',
  'oddzwonię', 'oddzwonie', 'zadzwonię', 'zadzwonie',
  // A number to top up is a phone's ("recharge ka number …", "Numero da ricaricare …").
  'recharge', 'recharged', 'top up', 'top-up', 'topup', 'ricarica', 'ricaricare', 'recarga', 'recargar', 'doładowanie', 'doładuj',
  'aufladen', 'recharger', 'recarregar',
  // Hindi possessive: "delivery boy ka no …", "didi ki number …".
  'ka no', 'ka num', 'ka number', 'ki no', 'ki number', 'ke no',
  // Someone's number: "his no. …", "uska num …", "their nr …" ("my no" and "mera no" are above).
  ...['his', 'her', 'their', 'your', 'our', 'uska', 'uski', 'unka', 'unki', 'iska', 'iski', 'tera', 'teri', 'aapka', 'aapki', 'hamara', 'humara', 'mere']
    .flatMap((who) => ['no', 'num', 'nr'].map((n) => `${who} ${n}`)),
  // "receipt bhej do unke number 78034 36587 pe".
  ...['unke', 'inke', 'uske', 'iske', 'aapke'].flatMap((who) => ['no', 'num', 'number'].map((n) => `${who} ${n}`)),
  'meri num', 'mera num', 'apna num', 'apni no', 'meri number',
  // "Numer do kontaktu: …" (Polish genitive), and a line labelled "Alternate:" or "Alt:".
  'kontaktu', 'kontaktowego', 'alternate', 'alt',
  // Italian "you find me at …": "Mi trovi al 347 …", "reperibile al …".
  'trovi', 'trovarmi', 'trovate', 'reperibile', 'chiami', 'chiamarla', 'segreteria',
  // French future tense: "… rappellera la donatrice Pilar Madrigal au 06 …".
  'rappellera', 'rappellerai', 'rappellerons', 'appellera', 'appellerai',
  // "Bereikbaar op …", "(driver no. 98450 …)", "En cas d'empêchement : …".
  'bereikbaar', 'driver no', 'driver number', 'empêchement', 'empechement', 'teruggebeld', 'gebeld', 'belde',
  // The number an account is registered to: "Registered no. 98450 12345", "RMN …" ("registered mobile" is read by "mobile").
  'registered no', 'registered number', 'rmn',
  // Someone else's number, as support writes it: "pouvez-vous confirmer votre numéro, …", "Il suo numero in archivio è …",
  // "zmienił numer na …" (changed the number to …), "Mi contatti al …", the Dutch mobile "06-nummer".
  'votre numéro', 'votre numero', 'ton numéro', 'ton numero', 'suo numero', 'tuo numero', 'vostro numero', 'su número', 'su numero',
  'tu número', 'tu numero', 'seu número', 'seu numero', 'uw nummer', 'jouw nummer', 'ihre nummer', 'deine nummer', 'twój numer',
  'twoj numer', 'zmienił numer', 'zmienil numer', 'contatti', 'contattaci', '06-nummer', 'son numéro', 'son numero',
  // Spanish "pass me the number (of …)?": the question a reply's number answers (answersPhoneQuestion).
  'pasas el número', 'pasas el numero', 'pasa el número', 'pasa el numero', 'pásame el número', 'pasame el numero',
  // Brazilian "zap" (WhatsApp): "meu zap é 11 91234 5678".
  'zap', 'zapzap',
  // "llámale al …" (call him), Polish "pytania: …" (questions), French "nouveau numéro : …".
  'llámale', 'llamale', 'llámala', 'llamala', 'pytania', 'pytań', 'pytan', 'nouveau numéro', 'nouveau numero',
  // "qualquer coisa: …" (anything at all: call …), and its Spanish and Italian forms.
  'qualquer coisa', 'cualquier cosa', 'qualsiasi cosa',
  // A support line's label, "we'll get back to you at …": "assistenza: …", "Wir melden uns unter …", "Nous vous rappelons au …".
  'assistenza', 'asistencia', 'atendimento', 'melden uns', 'rappelons',
  // German abbreviated labels ("Handynr:", "Tel.-Nr."), the reflexive "meldet sich unter …", a French direct line, the Polish
  // noun for a call back ("prosi o oddzwonienie: …"), Portuguese informal "your number", and "questions? …" in Dutch and English.
  'handynr', 'telefonnr', 'mobilnr', 'festnetznr', 'rufnr', 'sich unter', 'ligne directe',
  'oddzwonienie', 'oddzwonienia', 'teu número', 'teu numero', 'vragen', 'questions',
  // A number someone had before: "supprimer l'ancien numéro …" (not English "old number": an Aadhaar has one too).
  'ancien numéro', 'ancien numero', 'antiguo número', 'antiguo numero', 'vecchio numero',
  'antigo número', 'antigo numero', 'alte nummer', 'stary numer', 'oude nummer', 'oud nummer',
  // The number an account or a code is tied to ("the account linked to 98450 …"), "um 14:30 Uhr unter …", and porting a number.
  'linked to', 'linked with', 'registered to', 'registered with', 'uhr unter', 'a portar', 'portabilidad', 'portabilidade',
  'portability', 'porting',
  // French departments' lines: "Service client : 01 …", "Service recouvrement : …".
  'service client', 'service clients', 'service clientèle', 'recouvrement',
  // "te llamo al 618 …" (I'll call you at …), "te las reenvío al 06-…" (I'll forward them to …).
  'llamo al', 'reenvío', 'reenvio', 'reenviar', 'reenvíe', 'reenvie', 'reenviaré', 'reenviare',
  // "Si no puedes avisa al 612 …" (let … know at).
  'avisa', 'avísame', 'avisame', 'avisar', 'avisarme', 'avisad', 'avise', 'avísenos', 'avisenos', 'avísale', 'avisale',
  // German "questions?" ("Fragen? 607 202 881", "bei Fragen …"); Spanish "confirm to … at" ("confirma a Eloisa al 619 …").
  'fragen', 'confirma', 'confírmale', 'confirmale', 'confirmadle'];
// An OTP has 4–8 digits, never a phone's shape: "send the otp to 98450 12345" names where it goes.
const NOT_PHONE_CUES = [...BUSINESS_NUMBER_CUES.filter((w) => w !== 'number' && w !== 'otp'), ...EUROPEAN_BUSINESS_NUMBER_CUES];
// The lists walk backward (phone.test.ts checks `phoneCuesWalkBackward`): the matchers skip that check on their first call.
const cue = createCueMatcher(PHONE_CUES, NOT_PHONE_CUES, 40, 24, true);
/** The cue lists keep the matcher's walk from the window's end (context.ts): a cue that starts inside another ("numer kontaktowy" after "mój numer") would make every lookup walk the whole window. */
export const phoneCuesWalkBackward = (): boolean => cueListsWalkBackward(PHONE_CUES, NOT_PHONE_CUES);
/**
 * For European national numbers, which the numbering plans hardly narrow down (29 countries' plans
 * take most runs of 8–10 digits): the cue must be close ("Tel. …", "Appelez-moi au …"), not
 * anywhere in the sentence before ("call Ana about the 48392019 shipment").
 */
const nearCue = createCueMatcher(PHONE_CUES, NOT_PHONE_CUES, 24, 24, true);

/** `^(?:\+\d{1,3}[ \u00a0]?)?\(\d{1,5}\)[ \u00a0.\-]?\d`: brackets only around an area code. */
const BRACKETED_AREA = /^(?:\+\d{1,3}[ \u00a0]?)?\(\d{1,5}\)[ \u00a0.\-]?\d/;
/** A national number of 11 digits starts with its trunk prefix, 0 (IN, UK) or 1 (US). */
const TRUNK_FIRST = /^\(?[01]/;

const DIGITS_MASK = 255;
const HAS_BRACKET = 256;

/**
 * Written numbers have few groups and few one-digit groups ("+33 6 12 34 56 78" is about the
 * limit); "1 2 3 4 5 6 7 8 9 0" is a list, and refusing it early keeps runs of such text cheap.
 * Groups are runs between separators (space, no-break space, brackets, '.', '-'), counted in one
 * pass: -1 for more than six groups or two one-digit ones, else the digit count, plus HAS_BRACKET
 * when the candidate holds a bracket.
 */
function writtenShape(candidate: string): number {
  let groups = 0;
  let singles = 0;
  let digits = 0;
  let run = 0;
  let brackets = false;
  for (let i = 0; i < candidate.length; i++) {
    const c = candidate.charCodeAt(i);
    if (c === 32 || c === 0xa0 || c === 40 || c === 41 || c === 46 || c === 45) {
      if (run > 0) { groups++; if (run === 1) singles++; run = 0; }
      if (c === 40 || c === 41) brackets = true;
    } else {
      run++;
      if (c >= 48 && c <= 57) digits++;
    }
  }
  if (run > 0) { groups++; if (run === 1) singles++; }
  if (groups > 6 || singles > 2) return -1;
  return digits | (brackets ? HAS_BRACKET : 0);
}

/**
 * `candidate` is a valid phone number (the numbering rules; the context cue is the caller's).
 * `wholeChecked`: the caller already refused dates and dotted quads for this very string.
 * A candidate (or a prefix of one) starts with '+', '(' or a digit and ends with a digit: it has
 * no white space to trim.
 */
function validAs(candidate: string, wholeChecked = false): boolean {
  // Every test before the first `return true` is a veto, so their order changes no result: the
  // group and digit counts come first, they refuse most candidates without a regex.
  const shape = writtenShape(candidate);
  if (shape === -1) return false;
  const digits = shape & DIGITS_MASK;
  const brackets = shape > DIGITS_MASK;
  if (digits < 7 || digits > 15) return false;
  if (!wholeChecked) {
    if (isDottedQuad(candidate)) return false; // an IPv4 address
    if (startsWithDate(candidate)) return false;
  }
  if (brackets && !BRACKETED_AREA.test(candidate)) return false;
  const c0 = candidate.charCodeAt(0);
  const international = c0 === 43 || (c0 === 48 && candidate.charCodeAt(1) === 48); // '+' or "00"
  // National numbers in IN, US and UK have 10 digits, or 11 with the trunk prefix 0 (IN, UK) or 1 (US);
  // anything else without a country code is a code, an amount or a reference. No parse needed to say so.
  if (!international && digits !== 10 && !(digits === 11 && TRUNK_FIRST.test(candidate))) return false;
  if (international) {
    // "+91" then an Indian mobile (INDIAN_MOBILE_INTL, by hand); NANP_INTL only for a number that starts "+1".
    if (c0 === 43) {
      const c1 = candidate.charCodeAt(1);
      if (c1 === 57 && candidate.charCodeAt(2) === 49) {
        const c3 = candidate.charCodeAt(3);
        if (isIndianMobileAt(candidate, c3 === 32 || c3 === 45 ? 4 : 3)) return true;
      }
      // A written-out NANP number: valid by hand, except that an N11 area or exchange ("+1 212 311 7284")
      // goes to the numbering plan, which takes N11 exchanges in most areas (people write them; libphonenumber calls them valid).
      if (c1 === 49 && nanpIntlValidity(candidate) === 1) return true;
    }
    const intl = c0 === 48 ? '+' + candidate.slice(2) : candidate;
    const validity = phoneValidity(intl);
    if (validity !== NOT_PARSED) return validity === 1;
    return digits >= 8 && unknownCallingCode(intl);
  }
  const fast = fastNational(candidate);
  if (fast !== undefined) return fast;
  for (const region of regionsFor(candidate)) if (phoneValidity(candidate, region) === 1) return true;
  return false;
}

/** `/^[2-9]11$/.test(s)` for a captured `[2-9]\d\d`: its last two digits are "11". */
const isN11 = (s: string): boolean => s.charCodeAt(1) === 49 && s.charCodeAt(2) === 49;

/** "(415) 555-2671", "415-555-2671", "415.555.2671". */
const WRITTEN_NANP = /^(?:\(([2-9]\d\d)\) ?|([2-9]\d\d)[\-.])([2-9]\d\d)[\-.]\d{4}$/;

/**
 * The two shapes that make up most national numbers in our texts, decided without a parse:
 * an Indian mobile (10 digits, 6–9 first, optional 0 trunk prefix; TRAI numbering plan) is
 * valid; anything else returns undefined and goes to the numbering plans.
 */
function fastNational(s: string): boolean | undefined {
  if (isIndianMobileAt(s, s.charCodeAt(0) === 48 ? 1 : 0)) return true;
  // A written-out NANP number, "(415) 555-2671" or "415-555-2671": the formatting is the signal, so
  // the NANP plan suffices (area and exchange start 2–9, no N11 area). Bare 10-digit runs still go
  // to the numbering plans, which know which area codes exist ("4839201934" is an order number).
  const us = WRITTEN_NANP.exec(s);
  if (us && isN11(us[1] ?? us[2]!)) return false;
  // An N11 exchange ("(718) 611-6626") is the numbering plan's to decide.
  if (us && !isN11(us[3]!)) return true;
  return undefined;
}

/**
 * s[from..] is a whole Indian mobile number, `/[6-9]\d{4}[ \-]?\d{5}$/` from `from`: ten digits,
 * the first 6–9, with at most one space or hyphen after the fifth. Written by hand (no regex call);
 * phone.test.ts compares it with the regexes it replaces.
 */
export function isIndianMobileAt(s: string, from: number): boolean {
  const rest = s.length - from;
  if (rest !== 10 && rest !== 11) return false;
  const c = s.charCodeAt(from);
  if (c < 54 || c > 57) return false;
  let i = from + 1;
  for (; i < from + 5; i++) if (!isAsciiDigit(s.charCodeAt(i))) return false;
  if (rest === 11) {
    const sep = s.charCodeAt(i);
    if (sep !== 32 && sep !== 45) return false;
    i++;
  }
  for (; i < s.length; i++) if (!isAsciiDigit(s.charCodeAt(i))) return false;
  return true;
}


/**
 * Same for "+91 98450 12345" and "+91-9845012345", the most common international form here: read by
 * hand in `validAs` ("+91", an optional space or hyphen, `isIndianMobileAt`); phone.test.ts compares the two.
 */
export const INDIAN_MOBILE_INTL = /^\+91[ \-]?(?:[6-9]\d{4}[ \-]?\d{5}|[6-9]\d{9})$/;
/** "+1 415 555 2671", "+1-415-555-2671": written-out NANP with the country code (read by hand in `nanpIntlValidity`). */
export const NANP_INTL = /^\+1[ \-.]?\(?([2-9]\d\d)\)?[ \-.]([2-9]\d\d)[ \-.]\d{4}$/;

const isNanpSeparator = (c: number): boolean => c === 32 || c === 45 || c === 46; // ' ', '-', '.'

/** `[2-9]\d\d` at s[i]; its last two digits are not "11" (N11) when `notN11`. */
function nanpTriple(s: string, i: number): -1 | 0 | 1 {
  const a = s.charCodeAt(i);
  if (a < 50 || a > 57 || !isAsciiDigit(s.charCodeAt(i + 1)) || !isAsciiDigit(s.charCodeAt(i + 2))) return -1;
  return s.charCodeAt(i + 1) === 49 && s.charCodeAt(i + 2) === 49 ? 0 : 1;
}

/**
 * `NANP_INTL.exec(s)` and the N11 tests of its two groups, without a regex call or match array:
 * -1 when `s` does not have the shape, else 1 when neither the area code nor the exchange is N11,
 * 0 when one is. Every optional part is decided by the next code unit alone (a separator, '(' or
 * ')' can never be what the pattern needs after it), so reading left to right is the regex's
 * result; phone.test.ts compares the two.
 */
export function nanpIntlValidity(s: string): -1 | 0 | 1 {
  if (s.charCodeAt(0) !== 43 || s.charCodeAt(1) !== 49) return -1; // "+1"
  let i = 2;
  if (isNanpSeparator(s.charCodeAt(i))) i++;
  if (s.charCodeAt(i) === 40) i++; // '('
  const area = nanpTriple(s, i);
  if (area === -1) return -1;
  i += 3;
  if (s.charCodeAt(i) === 41) i++; // ')'
  if (!isNanpSeparator(s.charCodeAt(i))) return -1;
  const exchange = nanpTriple(s, i + 1);
  if (exchange === -1) return -1;
  i += 4;
  if (!isNanpSeparator(s.charCodeAt(i)) || s.length !== i + 5 || digitRun(s, i + 1) !== 4) return -1;
  return area === 1 && exchange === 1 ? 1 : 0;
}

const US_GROUPS = /^\(?\d{3}\)?[ \-.]\d{3}[ \-.]\d{4}$/;
const US_FIRST: readonly Region[] = ['US', 'IN', 'GB'];
const TRUNK_ZERO_FIRST: readonly Region[] = ['IN', 'GB', 'US'];

/**
 * Most likely region first, so a typical number costs one plan check:
 * 10 digits starting 6–9 read as an Indian mobile; 3-3-4 with brackets or dashes as US; a leading 0 as IN or UK.
 */
function regionsFor(s: string): readonly Region[] {
  if (US_GROUPS.test(s) || s.startsWith('1')) return US_FIRST;
  if (s.startsWith('0')) return TRUNK_ZERO_FIRST;
  return REGIONS;
}

/** `/^[2-5]\d{9}$/` by hand. */
function isBareTenDigits2to5(s: string): boolean {
  const c = s.charCodeAt(0);
  return s.length === 10 && c >= 50 && c <= 53 && digitRun(s, 0) === 10;
}

/** Longest prefix of the candidate, cut at separators, that is a valid number (handles "… 2 times"). */
function longestValidPrefix(candidate: string): number {
  if (validAs(candidate, true)) return candidate.length;
  // A prefix starts as the candidate does (a digit, '+' or '(': nothing to trim) and ends in a digit,
  // so validAs's digit-count vetoes can be read before slicing it: 7–15 digits with a country code,
  // else 10 or 11. `digits` counts the digits of candidate[0, cut).
  const c0 = candidate.charCodeAt(0);
  const international = c0 === 43 || (c0 === 48 && candidate.charCodeAt(1) === 48);
  let digits = digitCount(candidate);
  let tries = 0;
  for (let cut = candidate.length - 1; cut > 6 && tries < 3; cut--) {
    const c = candidate.charCodeAt(cut);
    if (c >= 48 && c <= 57) digits--;
    if (c !== 32 && c !== 0xa0 && c !== 45 && c !== 46) continue; // ' ', no-break space, '-', '.'
    const last = candidate.charCodeAt(cut - 1);
    if (last < 48 || last > 57) continue; // the prefix must end in a digit
    tries++;
    if (international ? digits < 7 || digits > 15 : digits !== 10 && digits !== 11) continue;
    if (validAs(candidate.slice(0, cut))) return cut;
  }
  return 0;
}


const AREA_IN_BRACKETS = /^\(\d{1,5}\)/;

/** "+91) …": a '+', one to three digits and a closing bracket (the opening one is before the candidate). */
function bracketedCallingCode(raw: string): boolean {
  if (raw.charCodeAt(0) !== 43) return false;
  const close = raw.indexOf(')');
  return close >= 2 && close <= 4 && digitCount(raw.slice(0, close)) === close - 1;
}

/**
 * Worth a cue lookup as a European national number: no country code (validAs has read those), and
 * 8–15 digits (8–12 in the number, the rest a tail `longestEuropeanPrefix` may cut off).
 */
function europeanShaped(candidate: string): boolean {
  const c0 = candidate.charCodeAt(0);
  if (c0 === 43 || (c0 === 48 && candidate.charCodeAt(1) === 48)) return false;
  const digits = digitCount(candidate);
  return digits >= 8 && digits <= 15;
}

/** The number's last group has one digit ("612 345 678 2"): a count or a list after the number, not part of it. */
function endsInSingleDigit(candidate: string): boolean {
  const n = candidate.length;
  return n > 1 && isPhoneSeparator(candidate.charCodeAt(n - 2));
}

/**
 * A national number of one of EUROPEAN_REGIONS, written without a country code: "612 345 678"
 * (ES), "601 234 567" (PL), "030 1234567" (DE), "06 12 34 56 78" (FR), "347 123 4567" (IT). The
 * same vetoes as validAs (few groups, few one-digit groups, no date, no dotted quad, brackets only
 * around an area code), 8–12 digits, no one-digit last group, then the countries' plans in turn.
 * The caller has found a phone cue right before it.
 */
function validAsEuropean(candidate: string): boolean {
  const shape = writtenShape(candidate);
  if (shape === -1) return false;
  const digits = shape & DIGITS_MASK;
  if (digits < 8 || digits > 12 || endsInSingleDigit(candidate)) return false;
  if (isDottedQuad(candidate) || (startsWithDate(candidate) && !isFrenchDotted(candidate))) return false;
  if (shape > DIGITS_MASK && !BRACKETED_AREA.test(candidate)) return false;
  for (const region of EUROPEAN_REGIONS) if (phoneValidity(candidate, region) === 1) return true;
  return false;
}

/** "0X.XX.XX.XX.XX": ten digits in five pairs joined by dots, a French number (never a date: five groups). */
export function isFrenchDotted(s: string): boolean {
  if (s.length !== 14 || s.charCodeAt(0) !== 48) return false;
  for (let i = 0; i < 14; i++) {
    const c = s.charCodeAt(i);
    if (i % 3 === 2 ? c !== 46 : c < 48 || c > 57) return false;
  }
  return true;
}

/** Longest prefix, cut at separators, that validAsEuropean takes ("612 345 678 2 veces"), or 0. */
function longestEuropeanPrefix(candidate: string): number {
  if (validAsEuropean(candidate)) return candidate.length;
  let tries = 0;
  for (let cut = candidate.length - 1; cut > 7 && tries < 3; cut--) {
    const c = candidate.charCodeAt(cut);
    if (c !== 32 && c !== 0xa0 && c !== 45 && c !== 46) continue;
    const last = candidate.charCodeAt(cut - 1);
    if (last < 48 || last > 57) continue;
    tries++;
    if (validAsEuropean(candidate.slice(0, cut))) return cut;
  }
  return 0;
}

/** `word` (lowercase ASCII) ends right before `end`, in any case. */
function endsWithWord(text: string, end: number, word: string): boolean {
  const from = end - word.length;
  if (from < 0) return false;
  for (let i = 0; i < word.length; i++) if ((text.charCodeAt(from + i) | 32) !== word.charCodeAt(i)) return false;
  return true;
}

/**
 * Numbers where the candidate pattern refuses to look, since a '/', '=' or '.' next to digits
 * usually makes them part of a path, a query, a date, a fraction or a decimal. Runs of 8–15 digits
 * are read there in three cases, in one pass over the runs:
 * - WhatsApp links, with the number in international form without '+': "wa.me/919845012345",
 *   "api.whatsapp.com/send?phone=919845012345", "wa.me/+91…" (taken when valid with its country code);
 * - two numbers joined by a slash, "9845012345/9845067890";
 * - a number right after an abbreviation's dot, "mobile no.9845012345".
 */
function numbersAtJoins(text: string, index: TextIndex | undefined, out: Parameters<Recognizer['scan']>[1]): void {
  const runs = (index ?? new TextIndex(text)).digitRuns();
  eachRunWith(runs, RUN_JOINED, (r) => {
    const length = runs.length[r]!;
    const p = runs.start[r]!;
    const end = p + length;
    const before = p > 0 ? text.charCodeAt(p - 1) : -1;
    const after = runs.after[r]!;
    // The far side of the run must be free: not glued to a word or to more of a number.
    if (isAsciiLetter(after) || after === 95 || (after === 46 && isAsciiDigit(text.charCodeAt(end + 1)))) return;
    // A link: an optional '+' after the '/' or '='.
    const q = before === 43 ? p - 1 : p;
    const linkMark = q > 0 ? text.charCodeAt(q - 1) : -1;
    if ((linkMark === 47 && endsWithWord(text, q, 'wa.me/')) || (linkMark === 61 && endsWithWord(text, q, 'phone='))) {
      if (phoneValidity(`+${text.slice(p, end)}`) === 1) out.add('PHONE_NUMBER', q, end, 50);
      return;
    }
    const slashBefore = before === 47 && r > 0 && runs.start[r - 1]! + runs.length[r - 1]! === p - 1 && runs.length[r - 1]! >= 8;
    const slashAfter = after === 47 && r + 1 < runs.count && runs.start[r + 1] === end + 1 && runs.length[r + 1]! >= 8;
    const abbreviation = before === 46 && p > 1 && isAsciiLetter(text.charCodeAt(p - 2));
    if ((before === 47 && !slashBefore) || (after === 47 && !slashAfter) || before === 61 || before === 43) return;
    if (slashBefore || slashAfter || abbreviation) consider(text, out, p, text.slice(p, end));
  });
}

/**
 * Two written numbers glued by a slash, "+91 98450 12345/98450 67890" (a CSV cell, a form's
 * "phone/alt" field), where the candidate pattern refuses to look: each side is a candidate when
 * both hold 8+ digits of phone characters and one of them is more than a bare run (two bare runs
 * are numbersAtJoins'). The left side must not be glued to a word or a path.
 */
function numbersAroundSlash(text: string, runs: DigitRuns, out: Parameters<Recognizer['scan']>[1]): void {
  for (let r = 0; r + 1 < runs.count; r++) {
    if (runs.after[r] !== 47) continue;
    const slash = runs.start[r]! + runs.length[r]!;
    const s = slash + 1;
    const c = text.charCodeAt(s);
    if (runs.start[r + 1]! > s + 1 || (runs.start[r + 1] === s + 1 && c !== 43 && c !== 40)) continue;
    let a = slash;
    while (a > 0 && slash - a < 24 && isSlashPairChar(text.charCodeAt(a - 1))) a--;
    while (a < slash && !isAsciiDigit(text.charCodeAt(a)) && text.charCodeAt(a) !== 43 && text.charCodeAt(a) !== 40) a++;
    if (a > 0 && refusedBefore(text.charCodeAt(a - 1))) continue;
    const end = candidateEndAt(text, runs, r + 1, s);
    if (end === -1) continue;
    const left = text.slice(a, slash);
    const right = text.slice(s, end);
    if (!pairSide(left) || !pairSide(right) || (runs.start[r] === a && runs.start[r + 1] === s && end === s + runs.length[r + 1]!)) continue;
    consider(text, out, a, left);
    consider(text, out, s, right);
  }
}

/** The characters of a number on either side of such a slash: digits, blanks, '-', brackets, '+' (no dot: "83.827/…" is a decimal's). */
const isSlashPairChar = (c: number): boolean => c !== 46 && isNumberChar(c);

/**
 * One side of a slash pair: 8–15 digits, with no dot, no two blanks in a row, no " - " and no one-digit group
 * at either end ("5 27679441", "2859869801-6", "7750254  115" are no numbers written alone).
 */
function pairSide(side: string): boolean {
  const digits = digitCount(side);
  if (digits < 8 || digits > 15 || side.includes('.') || side.includes('  ') || side.includes(' - ') || endsInSingleDigit(side)) return false;
  const first = side.charCodeAt(0) === 43 ? -1 : side.search(/[^\d]/);
  return first !== 1;
}

/**
 * A candidate after a prose bracket, up to that bracket's close when it has one, opens none and
 * holds a whole number before it (not a calling code: "(+91) 98450 12345" stays as it is).
 */
function inBrackets(raw: string): string {
  const close = raw.indexOf(')');
  if (close === -1 || raw.lastIndexOf('(', close) !== -1 || digitCount(raw.slice(0, close)) < 7) return raw;
  let end = close;
  while (end > 0 && (raw.charCodeAt(end - 1) < 48 || raw.charCodeAt(end - 1) > 57)) end--;
  return raw.slice(0, end);
}

/** One candidate `raw` at `start`: the numbering rules first, then the context. */
function consider(text: string, out: Parameters<Recognizer['scan']>[1], start: number, raw: string): void {
  // " - " with blanks around separates items ("policy 4504173134 - 09587656405"): each side is its own candidate.
  const dash = raw.indexOf(' - ');
  if (dash !== -1) {
    if (dash >= 7) consider(text, out, start, raw.slice(0, dash));
    if (raw.length - dash - 3 >= 7) consider(text, out, start + dash + 3, raw.slice(dash + 3));
    return;
  }
  // Dates and dotted quads are never numbers here, nor is any prefix of them: refuse before the cue lookup.
  // "06.12.34.56.78" starts like a date but is France's usual way to write a number.
  if ((startsWithDate(raw) && !isFrenchDotted(raw)) || isDottedQuad(raw) || (raw.charCodeAt(4) === 46 && TARIFF_CODE.test(raw))) return;
  // "(+91) 98450 12345": the country code in brackets is read as "+91 98450 12345", and the
  // bracket before it joins the finding.
  if (start > 0 && text.charCodeAt(start - 1) === 40 && bracketedCallingCode(raw)) {
    const close = raw.indexOf(')');
    const len = longestValidPrefix(`${raw.slice(0, close)} ${raw.slice(close + 1)}`);
    if (len > close + 1) out.add('PHONE_NUMBER', start - 1, start + len, 50);
    return;
  }
  // The numbering rules first, the context only for a number they accept: most candidates are
  // cards, Aadhaar numbers, amounts or codes that no rule takes, and the cue walk costs more than
  // the rules' first counts. Both are pure, so the order changes no result.
  const len = longestValidPrefix(raw);
  if (len === 0) {
    // Not an Indian, US or UK number: a European national one, but only right after a phone
    // cue ("Teléfono: 612 345 678", "Tel. 030 1234567"). Without one it is left, as a reference.
    if (!europeanShaped(raw)) return;
    // Right after ": " the number is a label's value, and the label may be a longer phrase ("meine neue nummer für die lieferung: …"):
    // the whole cue window is read then.
    // So is a number after a word and a word for "at" (on, op, al, au, unter, pelo, na …): the cue may stand before
    // the name or the place ("qualquer dúvida liga para Roberto Alanis Olvera no 912 …", "Bel de huisartsenpraktijk op 612 …").
    // So is the second number of a pair ("Alternate: +44 20 7946 0958 / 612 345 678"): the label is the pair's.
    // So is a number right after a name that follows a label's colon ("contacto do guia: Marilú Marrero Mena 705 …"),
    // and one after a word for "is" ("meine Nummer ist falsch, richtig ist 612 …", "Il suo numero in archivio è 347 …").
    const near = colonBefore(text, start) || atPrepositionAfterWord(text, start) || secondOfPair(text, start) || colonThenName(text, start) || copulaBefore(text, start)
      ? cue(text, start)
      : nearCue(text, start);
    if (near === 'negative' ? !phoneOnRecordBefore(text, start) && !inBracketsAfterName(text, start) : near !== 'positive' && !labelledAsPhone(text, start, raw) && !answersPhoneQuestion(text, start, cue) && !roleInBracketsAfterName(text, start)) return;
    const european = longestEuropeanPrefix(raw);
    if (european > 0) out.add('PHONE_NUMBER', start, start + european, 50);
    return;
  }
  const context = raw.startsWith('+') ? null : cue(text, start);
  // A business word before a name does not label the number in brackets after it ("Your reference Aalok Patil (98450 12345)").
  if (context === 'negative' && !phoneOnRecordBefore(text, start) && !inBracketsAfterName(text, start)) return;
  // A bare run of 10 digits that is not an Indian mobile is more often an ID than a US number
  // (min metadata accepts any NANP-shaped run): take it only after a phone cue.
  if (context !== 'positive' && isBareTenDigits2to5(raw) && !labelledAsPhone(text, start, raw) && !roleInBracketsAfterName(text, start)) return;
  out.add('PHONE_NUMBER', start, start + len, 50);
}

export const phoneRecognizer: Recognizer = {
  type: 'PHONE_NUMBER',
  scan(text, out, index) {
    numbersAtJoins(text, index, out);
    numbersAroundSlash(text, (index ?? new TextIndex(text)).digitRuns(), out);
    eachPhoneCandidate(text, index, (matchStart, matchEnd) => {
      // "(9845012345)": an opening bracket that is not an area code's belongs to the prose.
      // Its closing bracket ends the number: "(303-242-2020). 62.1 g", "(+44 20 7946 0958). 62.1 g".
      if (text.charCodeAt(matchStart) === 40 && !AREA_IN_BRACKETS.test(text.slice(matchStart, matchEnd))) consider(text, out, matchStart + 1, inBrackets(text.slice(matchStart + 1, matchEnd)));
      else if (matchStart > 0 && text.charCodeAt(matchStart - 1) === 40) consider(text, out, matchStart, inBrackets(text.slice(matchStart, matchEnd)));
      else consider(text, out, matchStart, text.slice(matchStart, matchEnd));
    });
  },
};
