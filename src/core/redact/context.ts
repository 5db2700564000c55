import { asciiWordStartBefore, isAsciiDigit, isAsciiLetter, isCapitalLetter, latinWordStartBefore } from './recognizer.ts';

/**
 * Context cues: words just before a match that say what a number is. "order no. 9845012345"
 * is an order, "call me on 9845012345" is a phone. The nearest cue word wins.
 */
export type Cue = 'positive' | 'negative' | null;

export interface CueMatcher {
  (text: string, start: number): Cue;
}

/** Words that label a number as something other than personal data. Shared by numeric detectors. */
export const BUSINESS_NUMBER_CUES = [
  'order', 'orders', 'invoice', 'inv', 'ticket', 'tkt', 'ref', 'reference', 'tracking', 'awb', 'sku',
  'txn', 'transaction', 'utr', 'rrn', 'confirmation', 'npi', 'rpps', 'adeli', 'uhid', 'mrn', 'device', 'booking', 'pnr', 'receipt', 'bill', 'case', 'request', 'req', 'po',
  'serial', 'imei', 'otp', 'pin', 'pincode', 'zip', 'amount', 'rs', 'inr', 'usd', 'eur', 'price', 'qty',
  'quantity', 'shipment', 'consignment', 'docket', 'model', 'version',
  // A utility's account and meter: "Consumer number: 551293529", "Meter no 40213388" (the Polish meter point is 'ppe').
  'consumer', 'meter',
  'build', 'batch', 'lot', 'item', 'product', 'catalog', 'policy', 'claim', 'room', 'unit', 'units', 'flat',
  'complaint', 'cin', 'account', 'acct', 'a/c', 'ac', 'customer id', 'cust id', 'emp id', 'employee id', 'reservation',
  'job', 'loan', 'contract', 'lan', 'agreement',
  // Freight: master and house air waybills, EU customs (EORI) and tariff codes (HTS, HSN).
  'mawb', 'hawb', 'eori', 'hts', 'hsn',
];

/**
 * The same, in the European languages of our customers' CRM notes (Spanish, Polish, German,
 * French, Italian, Dutch, Portuguese): "pedido 612 345 678" and "Rechnung 0301234567" are
 * references. Used by the phone detector, whose European national numbers need a cue.
 */
export const EUROPEAN_BUSINESS_NUMBER_CUES = [
  // A German drug's central number (Pharmazentralnummer): "PZN 04114918".
  'pzn', 'ppe', 'pedido', 'factura', 'albarán', 'albaran', 'referencia', 'zamówienie', 'zamowienie', 'faktura', 'zlecenie',
  // Polish genitives: "z numeru zamówienia …", "numer faktury …".
  'zamówienia', 'zamowienia', 'faktury', 'zlecenia',
  'bestellung', 'rechnung', 'auftrag', 'kundennummer', 'vorgang', 'commande', 'facture', 'dossier',
  // German compounds with "-nummer"/"-nr" and the French reference: "Bestellnummer 4839201934", "Référence …".
  'bestellnummer', 'bestellnr', 'auftragsnummer', 'auftragsnr', 'rechnungsnummer', 'rechnungsnr', 'vertragsnummer',
  'vorgangsnummer', 'referenznummer', 'kundennr', 'ticketnummer', 'référence',
  'ordine', 'fattura', 'pratica', 'bestelling', 'factuur', 'encomenda', 'fatura',
  // Shipments: "nr przesyłki 804749939473", "Sendungsnummer …", "n° de colis …".
  'przesyłki', 'przesylki', 'przesyłka', 'przesylka', 'paczki', 'sendung', 'sendungsnummer', 'envío', 'envio', 'colis',
  'paket', 'lieferschein', 'pakket', 'pacco', 'paquete', 'pacote', 'paczka', 'paczkę', 'paczke', 'parcel',
  // Tracking and a return to origin: "seguimiento 333741707468", "rastreio …", "suivi …", "rto … ka".
  'seguimiento', 'rastreo', 'rastreio', 'suivi', 'sendungsverfolgung', 'tracciamento', 'rto',
  // Payouts and couriers' labels: "settlement 661351214756", "per DHL zurückgeschickt (5018…)", "Return label UPS 6467…"
  // (not 'ups' itself, which "sign-ups" holds).
  'settlement', 'payout', 'dhl', 'fedex', 'usps', 'dpd', 'gls', 'inpost', 'correos', 'label',
  // Returns: "Bol.com retour #7554101069", "Retoure …", "devolución …", "reso …", "zwrot …".
  'retour', 'retoure', 'devolución', 'devolucion', 'reso', 'zwrot', 'zwrotu', 'devolução', 'devolucao', 'rma',
  // Transactions: "Nr transakcji 0143526369", "transacción …", "Transaktion …".
  'transakcji', 'transakcja', 'transakcję', 'transakcje', 'transacción', 'transaccion', 'transaktion', 'transazione', 'transação', 'transacao',
  // Bookings: "Reserva 913522587", "Reservierung 4839201934", "prenotazione …".
  'reserva', 'réservation', 'reservierung', 'prenotazione', 'rezerwacja', 'rezerwacji', 'reservering',
  // Case files: "processo 612345678", "referentie …", "dossiernummer …", "Aktenzeichen …".
  'processo', 'proceso', 'referentie', 'dossiernummer', 'aktenzeichen', 'expediente', 'sprawa', 'sprawy',
  // Contracts, loans and appointments: "Numer umowy …", "La rata del prestito …", "Afspraak …".
  'umowa', 'umowy', 'umowie', 'prestito', 'préstamo', 'prestamo', 'empréstimo', 'emprestimo', 'kredyt', 'kredytu', 'darlehen',
  'contrato', 'contratto', 'contrat', 'vertrag', 'afspraak',
  // Applications: "Wniosek 0173858065", "Antragsnummer …" (not Spanish "solicitud": "Solicitud de grupo: Trisha Shah, (0221) …").
  'wniosek', 'wniosku', 'antragsnummer',
  'spedizione', 'zending', 'remessa',
  // Accounts: "para a conta 612345678", "cuenta 612345678".
  'conta', 'cuenta', 'konto', 'compte', 'rekening',
  // Quotes and offers: "angerufen wegen Angebot 612345678", "presupuesto 612345678".
  'angebot', 'offerta', 'oferta', 'devis', 'presupuesto', 'orçamento', 'orcamento', 'preventivo', 'quotation',
  // A firm's tax and register numbers: "P.IVA IT 1234567890", "NIP firmy: 123-456-78-90", "USt-IdNr.", "n° TVA", "KvK"
  // (not Dutch "BTW": English chat's "btw" comes before numbers too).
  'iva', 'nip', 'vat', 'tva', 'ust', 'cif', 'regon', 'krs', 'siret', 'siren', 'kvk', 'steuernummer',
];

/** Words for "or" and "and" between two values written together ("… oder 0151 …", "UTR 6268… and 3038…"). */
export const OR_WORDS: ReadonlySet<string> = new Set(['or', 'oder', 'o', 'ou', 'lub', 'of', 'and', 'und', 'y', 'e', 'et', 'i']);

/** Digits and the characters written inside a number: blanks, '-', '.', brackets, '+'. */
export const isNumberChar = (c: number): boolean => (c >= 48 && c <= 57) || c === 32 || c === 0xa0 || c === 45 || c === 46 || c === 40 || c === 41 || c === 43;

/**
 * Where the first number of a pair starts when the number at `start` is its second, after " / ",
 * " | ", ", ", "; " or a word of OR_WORDS ("Alternate: +44 20 7946 0958 / 612 345 678", "UTR
 * 626863926034 and 303891378360"), and maybe the second's own place word ("…, ufficio 06 …"), or -1. The label before the first number is the pair's. The
 * first is 7+ digits of number characters, read back at most 24 code units.
 */
export function pairFirstStart(text: string, start: number): number {
  let p = start;
  while (p > 0 && text.charCodeAt(p - 1) === 32) p--;
  // The second number's own place word may stand after the separator: "…, ufficio 06 …", "…; armazém 21 …", "… oder Büro 030 …".
  const w = latinWordStartBefore(text, p, 13);
  if (w < p && w > 1 && text.charCodeAt(w - 1) === 32 && PAIR_PLACE_WORDS.has(text.slice(w, p).toLowerCase())) {
    let q = w - 1;
    while (q > 0 && text.charCodeAt(q - 1) === 32) q--;
    // A word for "at" may stand before the place word: "… ou au bureau 09.31 …", "… oder im Büro …".
    const r = latinWordStartBefore(text, q, 3);
    if (r < q && r > 0 && text.charCodeAt(r - 1) === 32 && PAIR_PREPOSITIONS.has(text.slice(r, q).toLowerCase())) {
      q = r - 1;
      while (q > 0 && text.charCodeAt(q - 1) === 32) q--;
    }
    const d = text.charCodeAt(q - 1);
    if (d === 44 || d === 59 || d === 47 || d === 124 || orWordStart(text, q) !== -1) p = q;
  }
  p = separatorStart(text, p);
  if (p === -1) return -1;
  while (p > 0 && text.charCodeAt(p - 1) === 32) p--;
  if (p === start || !isAsciiDigit(text.charCodeAt(p - 1))) return -1;
  let digits = 0;
  let first = p;
  for (let i = p - 1; i >= 0 && p - i <= 24 && isNumberChar(text.charCodeAt(i)); i--) {
    if (isAsciiDigit(text.charCodeAt(i))) { digits++; first = i; }
    else if (text.charCodeAt(i) === 43 || text.charCodeAt(i) === 40) first = i;
  }
  return digits >= 7 ? first : -1;
}

/**
 * Where the separator between two values that ends at `p` starts: " / ", " | ", ", ", "; " (the mark)
 * or a word of OR_WORDS with a blank before it; -1 if none. Shared by the pair rule and phone-context's
 * "after an e-mail address".
 */
export function separatorStart(text: string, p: number): number {
  const c = text.charCodeAt(p - 1);
  if (c === 47 || c === 124 || c === 44 || c === 59) return p - 1;
  return orWordStart(text, p);
}

/** Where a word of OR_WORDS that ends at `q`, with a blank before it, starts; -1 if none. */
function orWordStart(text: string, q: number): number {
  const a = asciiWordStartBefore(text, q, 4);
  return a < q && a > 0 && text.charCodeAt(a - 1) === 32 && OR_WORDS.has(text.slice(a, q).toLowerCase()) ? a : -1;
}

/** Where a second phone number rings, written before it: "…, ufficio 06 …", "…; armazém 21 …", "… oder Büro 030 …". */
const PAIR_PLACE_WORDS: ReadonlySet<string> = new Set([
  'office', 'home', 'work', 'landline', 'mobile', 'cell', 'warehouse', 'store', 'shop', 'desk', 'direct', 'fax', 'whatsapp', 'alt',
  'büro', 'buero', 'privat', 'festnetz', 'handy', 'mobil', 'lager', 'ufficio', 'casa', 'fisso', 'cellulare', 'magazzino', 'negozio',
  'oficina', 'fijo', 'móvil', 'movil', 'almacén', 'almacen', 'tienda', 'bureau', 'domicile', 'fixe', 'portable', 'entrepôt', 'entrepot',
  'kantoor', 'thuis', 'mobiel', 'magazijn', 'winkel', 'biuro', 'dom', 'komórka', 'komorka', 'magazyn', 'sklep', 'escritório',
  'escritorio', 'armazém', 'armazem', 'loja', 'telemóvel', 'telemovel', 'fixo', 'celular',
]);
/** Short words for "at" or "in" before a pair's place word. */
const PAIR_PREPOSITIONS: ReadonlySet<string> = new Set(['au', 'at', 'in', 'im', 'al', 'a', 'à', 'no', 'na', 'op', 'on', 'en']);

/** The one-word business cues of both lists, for a test of one word ("order", "Rechnung"). */
export const BUSINESS_CUE_WORDS: ReadonlySet<string> = new Set([...BUSINESS_NUMBER_CUES, ...EUROPEAN_BUSINESS_NUMBER_CUES].filter((w) => !w.includes(' ')));

/**
 * Build a matcher that finds the last cue word in the `window` characters before `start`.
 * Cue lists are literal words; the window is short, so this stays O(window) per call.
 *
 * It gives what this regex search over `text.slice(start - window, start)` gives (context.test.ts
 * compares the two; a word the window's start cuts is left out of the slice), written as a walk over the window's words (no slice, no match objects; the
 * regex cost ~0.5 µs a call, most of a phone candidate's context check):
 *   /(?<![A-Za-z0-9\u00C0-\u024F])(?:(POSITIVE…)|(NEGATIVE…))(?![A-Za-z0-9\u00C0-\u024F])/gi
 * with each list longest first and the last match deciding; a negative word counts only within
 * `negativeWindow` of `start` with no digit after it; and a window ending in "#", "no." or "num."
 * (then spaces) reads as negative unless a positive word was found.
 */
export function createCueMatcher(positive: readonly string[], negative: readonly string[], window = 40, negativeWindow = 24, walksBackward?: true): CueMatcher {
  // Built on first use: a detector whose shape never shows up in a Worker's first request costs nothing at start-up.
  let table: CueTable | undefined;
  return function cueBefore(text, start) {
    const t = (table ??= sharedCueTable(positive, negative, walksBackward));
    const from = windowStart(text, start, window);
    if (t.backward) return lastCueBackward(t, text, from, start, negativeWindow);
    let last: Cue = null;
    // `p` is always a place a cue may start: the window's start, or right after a non-word character.
    let p = from;
    while (p < start) {
      let q = p; // end of the run of word characters at p (capped at the window's end)
      while (q < start && isCueWordChar(text.charCodeAt(q))) q++;
      const alt = matchAt(t, text, p, q, start);
      if (alt === -1) {
        // Inside a word no cue starts, nor on the non-word character after it.
        p = q > p ? q + 1 : p + 1;
        continue;
      }
      const end = p + t.words[alt]!.length;
      if (alt < t.positives) last = 'positive';
      // A business word labels only a number right after it ("order no. 4839…"), not one further on,
      // …and only when no other number stands between ("Rs. 22713 to the 6011 8409 …" is a card).
      else if (start - end <= negativeWindow && !digitOrSentenceEnd(text, end, start)) last = 'negative';
      // A cue ending in a word character is followed by a non-word one (or the window's end).
      p = isCueWordChar(text.charCodeAt(end - 1)) ? end + 1 : end;
    }
    // "#4839201934" and "No. 4839201934" read as a reference number unless a positive cue says otherwise.
    if (last !== 'positive' && endsWithNumberMark(text, from, start)) return 'negative';
    return last;
  };
}

/**
 * Where the window of `window` code units before `start` begins: at a word's start, so a word the
 * window cuts is not read from its middle ("martin_cisneros@…" is no "tin", an ITIN's cue).
 */
function windowStart(text: string, start: number, window: number): number {
  let from = Math.max(0, start - window);
  while (from > 0 && from < start && isCueWordChar(text.charCodeAt(from - 1)) && isCueWordChar(text.charCodeAt(from))) from++;
  return from;
}

/**
 * The same answer as the forward walk, found from the window's end: the nearest word start where a
 * cue matches and counts (a positive one, or a negative one close enough with no digit after it)
 * decides, and the walk stops there. Most windows that hold a cue hold it right before the number
 * ("call 98450…"), so this reads a few words instead of forty characters. Exact only for lists
 * where `t.backward` holds (see `cueTable`): then every word start with a match is one the forward
 * walk visits, and the last match that sets its answer is the nearest one that counts.
 */
function lastCueBackward(t: CueTable, text: string, from: number, start: number, negativeWindow: number): Cue {
  let last: Cue = null;
  let b = start; // text[b, start) has been read
  while (b > from) {
    let e = b;
    while (e > from && !isCueWordChar(text.charCodeAt(e - 1))) e--;
    if (e === from) break;
    let a = e - 1;
    while (a > from && isCueWordChar(text.charCodeAt(a - 1))) a--;
    // text[a, e) is a run of word characters that starts at the window's start or after a non-word one.
    const alt = matchAt(t, text, a, e, start);
    if (alt !== -1) {
      if (alt < t.positives) { last = 'positive'; break; }
      const end = a + t.words[alt]!.length;
      if (start - end <= negativeWindow && !digitOrSentenceEnd(text, end, start)) { last = 'negative'; break; }
    }
    b = a;
  }
  if (last !== 'positive' && endsWithNumberMark(text, from, start)) return 'negative';
  return last;
}

/**
 * The cue words in the order the regex alternation tries them (positive ones first, each list
 * longest first), by their first character and lead. `lead[i]`: characters before word i's first
 * non-word character (its length when it has none): a word can match at p only if that is the
 * length of the run of word characters at p (its characters are word characters exactly where
 * the text's are, and the match is followed by a non-word character or the window's end).
 */
interface CueTable {
  words: string[];
  lead: number[];
  /** Words [0, positives) are positive. */
  positives: number;
  /**
   * Words by first character (ASCII, lowercase for letters) and lead: slot `c * LEAD_SLOTS + lead`,
   * in order; `byFirstOther` for other first characters and leads of LEAD_SLOTS or more.
   */
  byFirstAscii: (number[] | undefined)[];
  byFirstOther: Map<number, number[]>;
  /**
   * The walk may run from the window's end (`lastCueBackward`): every word starts with a word
   * character, and no word's leading run equals a run that starts inside another word after a
   * non-word character ("id" in "customer id"). The forward walk skips the inside of a match, so
   * without this a nearer match could be one it never sees.
   */
  backward: boolean;
}

const LEAD_SLOTS = 32;

/** Tables by their lists: matchers over the same lists with other windows (phone's two) build one. */
const tablesByLists = new WeakMap<readonly string[], WeakMap<readonly string[], CueTable>>();

function sharedCueTable(positive: readonly string[], negative: readonly string[], walksBackward?: true): CueTable {
  let byNegative = tablesByLists.get(positive);
  if (byNegative === undefined) tablesByLists.set(positive, (byNegative = new WeakMap()));
  let table = byNegative.get(negative);
  if (table === undefined) byNegative.set(negative, (table = cueTable(positive, negative, walksBackward)));
  return table;
}

/**
 * `walksBackward`: the caller's test has checked `cueListsWalkBackward` for these lists (phone.test.ts
 * does for the phone's ~400 words), so the check is not run again on a Worker's first request (~2 ms cold).
 */
function cueTable(positive: readonly string[], negative: readonly string[], walksBackward?: true): CueTable {
  const longestFirst = (xs: readonly string[]): string[] => [...xs].sort((a, b) => b.length - a.length);
  const words = [...longestFirst(positive), ...longestFirst(negative)];
  const byFirstAscii = new Array<number[] | undefined>(128 * LEAD_SLOTS).fill(undefined);
  const byFirstOther = new Map<number, number[]>();
  const lead = words.map((w) => {
    let i = 0;
    while (i < w.length && isCueWordChar(w.charCodeAt(i))) i++;
    return i;
  });
  words.forEach((w, i) => {
    const c = foldKey(w.charCodeAt(0));
    const key = c * LEAD_SLOTS + lead[i]!;
    if (c < 128 && lead[i]! < LEAD_SLOTS) (byFirstAscii[key] ??= []).push(i);
    else byFirstOther.set(key, [...(byFirstOther.get(key) ?? []), i]);
  });
  const table = { words, lead, positives: positive.length, byFirstAscii, byFirstOther };
  return { ...table, backward: walksBackward ?? backwardIsExact(table) };
}

/** Whether a matcher over these lists walks from the window's end (tests: both walks are compared with the regex). */
export function cueListsWalkBackward(positive: readonly string[], negative: readonly string[]): boolean {
  return cueTable(positive, negative).backward;
}

/**
 * See `CueTable.backward`. Runs are compared by their fold keys, as `matchAt` compares them, and
 * only with the words of the run's first key and length (the table's buckets, built already): this
 * runs on a matcher's first call, where comparing every pair cost ~3 ms of a cold start.
 */
function backwardIsExact(t: Omit<CueTable, 'backward'>): boolean {
  const { words, lead } = t;
  for (let i = 0; i < words.length; i++) if (lead[i] === 0) return false;
  for (const w of words) {
    for (let k = 1; k < w.length; k++) {
      if (isCueWordChar(w.charCodeAt(k - 1)) || !isCueWordChar(w.charCodeAt(k))) continue;
      let end = k;
      while (end < w.length && isCueWordChar(w.charCodeAt(end))) end++;
      const c = foldKey(w.charCodeAt(k));
      const run = end - k;
      const alts = c < 128 && run < LEAD_SLOTS ? t.byFirstAscii[c * LEAD_SLOTS + run] : t.byFirstOther.get(c * LEAD_SLOTS + run);
      if (alts !== undefined && alts.some((alt) => sameFoldedRun(words[alt]!, w, k))) return false;
    }
  }
  return true;
}

/** Cue word `c`'s leading run equals the run of word characters at w[k] by fold keys (the caller checked that they are as long). */
function sameFoldedRun(c: string, w: string, k: number): boolean {
  for (let i = 0; k + i < w.length && isCueWordChar(w.charCodeAt(k + i)); i++) if (foldKey(c.charCodeAt(i)) !== foldKey(w.charCodeAt(k + i))) return false;
  return true;
}

/**
 * The first word that matches at `p`, where the run of word characters is text[p, q), inside the
 * window ending at `end`, followed by a non-word character or the window's end; -1 if none.
 */
function matchAt(t: CueTable, text: string, p: number, q: number, end: number): number {
  const c = foldKey(text.charCodeAt(p));
  const lead = q - p;
  const alts = c < 128 && lead < LEAD_SLOTS ? t.byFirstAscii[c * LEAD_SLOTS + lead] : t.byFirstOther.get(c * LEAD_SLOTS + lead);
  if (alts === undefined) return -1;
  for (let k = 0; k < alts.length; k++) {
    const alt = alts[k]!;
    const word = t.words[alt]!;
    const stop = p + word.length;
    if (stop > end) continue;
    let i = 0; // from the first character too: a Map key may be shared (the lists stay in order)
    while (i < word.length && sameUnderI(text.charCodeAt(p + i), word.charCodeAt(i))) i++;
    if (i < word.length) continue;
    if (stop === end || !isCueWordChar(text.charCodeAt(stop))) return alt;
  }
  return -1;
}

/** Lowercase for ASCII letters, the canonical form otherwise: equal keys for characters the i flag equates. */
function foldKey(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  return canonical(c);
}

/** Text code unit `c` matches cue character `w` under the i flag (without u). */
function sameUnderI(c: number, w: number): boolean {
  if (c === w) return true;
  if (w < 128) {
    // Only an ASCII letter of the other case: no non-ASCII character folds to ASCII without u.
    const lw = w | 32;
    return lw >= 97 && lw <= 122 && (c | 32) === lw && c < 128;
  }
  return c >= 128 && canonical(c) === canonical(w);
}

/**
 * A digit, or a sentence's end ('.', '!' or '?' and a blank, after a word), in text[from, to):
 * either way the business word before it labels something else ("order chahiye. number 98450 12345").
 */
function digitOrSentenceEnd(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
    // Not the word's own abbreviation dot ("Rs. 9845…", "no. 9845…"), unless the line ends there ("… on the account.\nUser: 9845…")
    // or a capital starts the next sentence ("… for 40 units. Card says 212-555-0147").
    // Nor the dot of a word for "number" after the business word ("Angebot Nr. 0029924898", "Agreement No. 4518…").
    if ((c === 46 || c === 33 || c === 63) && i + 1 < to && (text.charCodeAt(i + 1) === 10 || (text.charCodeAt(i + 1) === 32 && (i > from || isCapitalLetter(text.charCodeAt(i + 2)))))
      && !(c === 46 && numberWordBefore(text, from, i))) return true;
    // A line that goes on after the business word with another word ends its label: "Account Executive\n(702) 751-8525".
    if (c === 10 && wordBetween(text, from, i)) return true;
  }
  return false;
}

/** "No", "Nr", "Nro" or "Num" ends at `i`, after a blank at or after `from`. */
function numberWordBefore(text: string, from: number, i: number): boolean {
  const a = asciiWordStartBefore(text, i, 4);
  if (a === i || i - a > 3 || a <= from || text.charCodeAt(a - 1) !== 32) return false;
  const w = text.slice(a, i).toLowerCase();
  return w === 'no' || w === 'nr' || w === 'nro' || w === 'num';
}

/** A word of three or more letters, other than a word for "number" or "details", in text[from, to). */
function wordBetween(text: string, from: number, to: number): boolean {
  let a = from;
  while (a < to) {
    while (a < to && !isAsciiLetter(text.charCodeAt(a))) a++;
    let b = a;
    while (b < to && isAsciiLetter(text.charCodeAt(b))) b++;
    if (b - a >= 3 && !LABEL_TAIL_WORDS.has(text.slice(a, b).toLowerCase())) return true;
    a = b;
  }
  return false;
}

const LABEL_TAIL_WORDS = new Set(['number', 'num', 'details', 'nummer', 'numer', 'numero', 'code']);

/** `/(?:#|\bno\.?|\bnum\.?)\s*$/i` on text[from, to). */
function endsWithNumberMark(text: string, from: number, to: number): boolean {
  let w = to;
  while (w > from && isJsSpace(text.charCodeAt(w - 1))) w--;
  if (w === from) return false;
  if (text.charCodeAt(w - 1) === 35) return true; // '#'
  if (text.charCodeAt(w - 1) === 46) w--; // the optional '.'
  // "no" or "num" in any case ending at w, a word boundary before it (the window's start counts as one).
  // (Only 'N'/'n', 'O'/'o', 'U'/'u', 'M'/'m' give these codes when OR-ed with 32.)
  if (w - from < 2) return false;
  const c1 = text.charCodeAt(w - 1) | 32;
  const c2 = text.charCodeAt(w - 2) | 32;
  if (c1 === 111 && c2 === 110) return w - 2 === from || !isAsciiWordChar(text.charCodeAt(w - 3));
  return w - from >= 3 && c1 === 109 && c2 === 117 && (text.charCodeAt(w - 3) | 32) === 110 && (w - 3 === from || !isAsciiWordChar(text.charCodeAt(w - 4)));
}

/** `\w` without the u flag. */
const isAsciiWordChar = (c: number): boolean => ((c | 32) - 97) >>> 0 < 26 || (c >= 48 && c <= 57) || c === 95;

/** `\s`: WhiteSpace and LineTerminator. */
function isJsSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `[A-Za-z0-9\u00C0-\u024F]` with the i flag (no u flag): other non-ASCII code units asked of the regex once. */
const CUE_WORD = /[A-Za-z0-9\u00C0-\u024F]/i;
const cueWordCache = new Map<number, boolean>();
function isCueWordChar(c: number): boolean {
  if (c < 128) return ((c | 32) - 97) >>> 0 < 26 || (c >= 48 && c <= 57);
  if (c >= 0xc0 && c <= 0x24f) return true;
  let v = cueWordCache.get(c);
  if (v === undefined) cueWordCache.set(c, (v = CUE_WORD.test(String.fromCharCode(c))));
  return v;
}

/**
 * Canonicalize of the i flag without u (ECMA-262 §22.2.2.7.3): the upper case when it is one
 * code unit and does not turn a non-ASCII character into an ASCII one.
 */
const canonicalCache = new Map<number, number>();
function canonical(c: number): number {
  if (c < 128) return c >= 97 && c <= 122 ? c - 32 : c;
  let v = canonicalCache.get(c);
  if (v === undefined) {
    const u = String.fromCharCode(c).toUpperCase();
    v = u.length !== 1 || u.charCodeAt(0) < 128 ? c : u.charCodeAt(0);
    canonicalCache.set(c, v);
  }
  return v;
}
