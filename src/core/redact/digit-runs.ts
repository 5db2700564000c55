import type { AtSpan } from './detectors/at-sign.ts';

/**
 * Runs of ASCII digits in a text, found once per detect call and shared by the detectors whose
 * matches hold digits (phone, card, Aadhaar, SSN, ITIN, IPv4, GSTIN, PAN, IFSC, NINO, passport,
 * IBAN). Each of them used to scan the whole text with its own global regex; now each tries its
 * regex (sticky) only where a match can start relative to a run of the right shape (see
 * `eachMatchAtDigitRuns` in recognizer.ts). The PERSON tokenizer records the runs during its own
 * pass. Buffers are reused across calls; a result is valid until the next `beginDigitRuns`.
 */
export interface DigitRuns {
  count: number;
  /** Index of the run's first digit. */
  start: Int32Array;
  /** Digits in the run. */
  length: Int32Array;
  /** The code unit after the run (-1 at the end of the text). */
  after: Int32Array;
  /** Digits from this run to the end of its chain: runs joined by one space or hyphen ("4111 1111-1111"). */
  chain: Int32Array;
  /**
   * RUN_* facts of each run, filled by `finishDigitRuns`: a detector skips runs that lack every fact
   * its matches need (a cheap test in the loop, before its own start rule is called).
   */
  facts: Int32Array;
  /**
   * The runs with each fact, in order: the runs with fact bit `b` (RUN_* = 1 << b) are
   * `factRuns[factStart[b] .. factEnd[b])`. A detector whose matches need one fact walks only
   * those runs (tryAtDigitRuns in recognizer.ts) instead of testing every run's facts.
   */
  factRuns: Int32Array;
  factStart: Int32Array;
  factEnd: Int32Array;
}

/** An A–Z letter right before the run ("HDFC0001234"). */
export const RUN_UPPER_BEFORE = 1;
/** An ASCII letter right before a run of two or more digits ("DE89…", an IBAN's check digits). */
export const RUN_LETTER_BEFORE_TWO = 2;
/** Two, four or six digits after an A–Z letter, or after one and a space ("AB123456C", "AB 12 34 56 C"): a NINO's. */
export const RUN_NINO_DIGITS = 4;
/** A run of exactly two digits with an A–Z letter right after ("27ABCPD…"): a GSTIN's state code. */
export const RUN_TWO_THEN_UPPER = 8;
/** The first of four runs of one to three digits joined by single dots ("10.0.0.1"): an IPv4 address's shape. */
export const RUN_DOTTED_QUAD = 16;
/** A run of four or twelve digits that starts a chain of exactly twelve ("2345 6789 0123", "234567890123"): an Aadhaar number's. */
export const RUN_AADHAAR_DIGITS = 32;
/** 13+ digits in the chain from this run. */
export const RUN_CHAIN13 = 64;
/** Runs of three, two and four digits from this one, joined by the same single space or hyphen ("123-45-6789"). */
export const RUN_SSN_GROUPS = 128;
/** A run of exactly nine digits. */
export const RUN_LEN9 = 256;
/**
 * An a–z letter right before a run of four digits that a letter follows ("abcpk1234f"), or before
 * a run that starts with 0 ("hdfc0001234"): a PAN or an IFSC typed in lowercase.
 */
export const RUN_LOWER_CODE = 512;
/**
 * 8–15 digits with a '/', '=', '+' or '.' right before the run or a '/' right after it: where the
 * phone candidate pattern does not look, but a WhatsApp link, two slash-joined numbers or "no.9845…"
 * put a number (phone.ts, numbersAtJoins).
 */
export const RUN_JOINED = 1024;
/** Eight digits, or seven after an A–Z letter ("12345678Z", "X1234567L"): a Spanish DNI's or NIE's. */
export const RUN_NIF_DIGITS = 2048;
/** Four digits after an A–Z letter ("ABCPD1234E"): a PAN's. */
export const RUN_PAN_DIGITS = 4096;
/** Three or seven digits after an A–Z letter ("J8369854", "J836 9854"): an Indian passport's. */
export const RUN_PASSPORT_DIGITS = 8192;
/** A run of exactly eleven digits: a Polish PESEL's. */
export const RUN_PESEL_DIGITS = 16384;
/** Every run: no filter. */
export const RUN_ANY = -1;
/** How many RUN_* facts there are (bits 0 .. FACT_BITS - 1). */
const FACT_BITS = 15;

const RETAINED_CAPACITY = 1 << 14;
let shared: DigitRuns = allocate(256);

function allocate(capacity: number): DigitRuns {
  return {
    count: 0, start: new Int32Array(capacity), length: new Int32Array(capacity), after: new Int32Array(capacity), chain: new Int32Array(capacity), facts: new Int32Array(capacity),
    factRuns: new Int32Array(capacity), factStart: new Int32Array(FACT_BITS), factEnd: new Int32Array(FACT_BITS),
  };
}

function grow(runs: DigitRuns): DigitRuns {
  const bigger = allocate(runs.start.length * 2);
  bigger.start.set(runs.start);
  bigger.length.set(runs.length);
  bigger.after.set(runs.after);
  bigger.count = runs.count;
  if (bigger.start.length <= RETAINED_CAPACITY) shared = bigger;
  return bigger;
}

/** Start filling the shared buffers (the previous result becomes invalid). */
export function beginDigitRuns(): DigitRuns {
  shared.count = 0;
  return shared;
}

/** Record the run text[start, end); `after` is the code unit at `end` (-1 at the end). Returns the buffers to use next. */
export function addDigitRun(runs: DigitRuns, start: number, end: number, after: number): DigitRuns {
  const out = runs.count === runs.start.length ? grow(runs) : runs;
  out.start[out.count] = start;
  out.length[out.count] = end - start;
  out.after[out.count] = after;
  out.count++;
  return out;
}

const isUpper = (c: number): boolean => c >= 65 && c <= 90;

/**
 * The facts as table lookups, without a branch per fact (the runs' shapes are too mixed for branch
 * prediction). A fact that needs two conditions ("an A–Z letter before a run of four digits") has
 * its bit shifted by BOTH in the tables of both: `(beforeOrAfter & byLength) >>> BOTH` keeps it only
 * when both hold.
 */
const BOTH = 16;
/** By the code unit before the run (ASCII only; others have no fact). */
const BEFORE = new Int32Array(128);
/** By the code unit after the run. */
const AFTER = new Int32Array(128);
/** By the run's length, 16 for 16 or more. */
const BY_LENGTH = new Int32Array(17);
/** By the chain's digits, 13 for 13 or more. */
const BY_CHAIN = new Int32Array(14);
for (let c = 65; c <= 90; c++) {
  BEFORE[c] = RUN_UPPER_BEFORE | ((RUN_LETTER_BEFORE_TWO | RUN_NINO_DIGITS | RUN_PAN_DIGITS | RUN_PASSPORT_DIGITS | RUN_NIF_DIGITS) << BOTH);
  BEFORE[c + 32] = RUN_LETTER_BEFORE_TWO << BOTH;
  AFTER[c] = RUN_TWO_THEN_UPPER << BOTH;
}
for (const c of [47, 61, 43, 46]) BEFORE[c] = RUN_JOINED << BOTH; // / = + .
AFTER[47] = RUN_JOINED << BOTH;
for (let n = 0; n <= 16; n++) {
  BY_LENGTH[n] = ((n >= 2 ? RUN_LETTER_BEFORE_TWO : 0) | (n === 2 || n === 4 || n === 6 ? RUN_NINO_DIGITS : 0) | (n === 2 ? RUN_TWO_THEN_UPPER : 0)
    | (n >= 8 && n <= 15 ? RUN_JOINED : 0) | (n === 4 ? RUN_PAN_DIGITS : 0)
    | (n === 3 || n === 7 ? RUN_PASSPORT_DIGITS : 0) | (n === 4 || n === 12 ? RUN_AADHAAR_DIGITS : 0) | (n === 7 ? RUN_NIF_DIGITS : 0)) << BOTH
    | (n === 9 ? RUN_LEN9 : 0) | (n === 8 ? RUN_NIF_DIGITS : 0) | (n === 11 ? RUN_PESEL_DIGITS : 0);
}
for (let n = 0; n <= 13; n++) BY_CHAIN[n] = (n === 12 ? RUN_AADHAAR_DIGITS << BOTH : 0) | (n >= 13 ? RUN_CHAIN13 : 0);
/** The real facts (bits 0 .. FACT_BITS - 1). */
const FACT_MASK = (1 << FACT_BITS) - 1;

/**
 * Fill the chain lengths and facts once every run of `text` is recorded, and the runs per fact in
 * the same pass: it goes from the last run to the first, so each fact's list is written from its
 * end, in a region of `count` places per fact (fact b: [b * count, (b + 1) * count)).
 */
export function finishDigitRuns(runs: DigitRuns, text: string): DigitRuns {
  const count = runs.count;
  if (runs.factRuns.length < count * FACT_BITS) runs.factRuns = new Int32Array(Math.max(count * FACT_BITS, runs.factRuns.length * 2));
  const list = runs.factRuns;
  // Each fact's next free place, counting down from the end of its region.
  const next = runs.factStart;
  const ends = runs.factEnd;
  for (let b = 0; b < FACT_BITS; b++) next[b] = ends[b] = (b + 1) * count;
  const { start, length: lengths, after, chain: chains, facts: allFacts } = runs;
  let nextDotted = 0; // runs of one to three digits joined by single dots from the next run on
  for (let r = count - 1; r >= 0; r--) {
    const p = start[r]!;
    const length = lengths[r]!;
    const sep = after[r]!;
    const adjacent = r + 1 < count && start[r + 1] === p + length + 1; // one code unit, `sep`, between
    const chain = length + (adjacent && (sep === 32 || sep === 45) ? chains[r + 1]! : 0);
    chains[r] = chain;
    const dotted = length > 3 ? 0 : adjacent && sep === 46 ? nextDotted + 1 : 1;
    nextDotted = dotted;
    const before = p > 0 ? text.charCodeAt(p - 1) : -1;
    const b = before >>> 7 === 0 ? BEFORE[before]! : 0; // -1 and non-ASCII: none
    const a = sep >>> 7 === 0 ? AFTER[sep]! : 0;
    const l = BY_LENGTH[length < 16 ? length : 16]!;
    const c = BY_CHAIN[chain < 13 ? chain : 13]!;
    // One-condition facts as they are; two-condition ones where the length's table agrees.
    let facts = ((b | a | l | c) & FACT_MASK) | (((b | a | c) & l) >>> BOTH) | (dotted >= 4 ? RUN_DOTTED_QUAD : 0)
      // ssnGroupsAt, written out with the values already read
      | (length === 3 && adjacent && (sep === 32 || sep === 45) && lengths[r + 1] === 2 && after[r + 1] === sep
        && r + 2 < count && start[r + 2] === p + 7 && lengths[r + 2] === 4 ? RUN_SSN_GROUPS : 0);
    if (before === 32) {
      // A NINO's digits after "AB ": an A–Z letter before the space.
      if (p > 1 && isUpper(text.charCodeAt(p - 2))) facts |= (l & (RUN_NINO_DIGITS << BOTH)) >>> BOTH;
    } else if (before >= 97 && before <= 122 && ((length === 4 && ((sep | 32) - 97) >>> 0 < 26) || text.charCodeAt(p) === 48)) facts |= RUN_LOWER_CODE;
    allFacts[r] = facts;
    for (let f = facts; f !== 0; f &= f - 1) list[--next[31 - Math.clz32(f & -f)]!] = r;
  }
  return runs;
}

/** Run `r` starts "123-45-6789" or "123 45 6789": RUN_SSN_GROUPS, also the US_SSN and US_ITIN start rule. */
export function ssnGroupsAt(runs: DigitRuns, r: number): boolean {
  if (runs.length[r] !== 3 || r + 2 >= runs.count) return false;
  const sep = runs.after[r]!;
  const second = runs.start[r]! + 4;
  return (sep === 32 || sep === 45) && runs.start[r + 1] === second && runs.length[r + 1] === 2 && runs.after[r + 1] === sep
    && runs.start[r + 2] === second + 3 && runs.length[r + 2] === 4;
}

/** `fn(r)` for each run with the one fact `fact` (a RUN_* bit), in order. */
export function eachRunWith(runs: DigitRuns, fact: number, fn: (r: number) => void): void {
  const b = 31 - Math.clz32(fact);
  const list = runs.factRuns;
  for (let k = runs.factStart[b]!, to = runs.factEnd[b]!; k < to; k++) fn(list[k]!);
}

export function findDigitRuns(text: string): DigitRuns {
  let runs = beginDigitRuns();
  const n = text.length;
  let i = 0;
  for (;;) {
    // Skip to the next digit, then to the end of its run: two tight loops.
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) break;
      i++;
    }
    if (i >= n) break;
    const s = i;
    let c = -1;
    for (i++; i < n; i++) {
      c = text.charCodeAt(i);
      if (c < 48 || c > 57) break;
    }
    runs = addDigitRun(runs, s, i, i < n ? c : -1);
  }
  return finishDigitRuns(runs, text);
}

/**
 * Text analyses shared by the recognizers during one detect call, computed on first use.
 * Recognizers called on their own (tests) get a fresh one.
 */
export class TextIndex {
  readonly text: string;
  private runs: DigitRuns | undefined;
  /** `local@domain` shapes, shared by the email and UPI detectors (detectors/at-sign.ts). */
  atSpans: readonly AtSpan[] | undefined;
  /** The '@' signs that start no span, found with them: every '@' with a space beside it is one. */
  looseAts: readonly number[] | undefined;
  /**
   * Where the word "at" (any case) starts, in order, when the PERSON tokenizer has read the text
   * (it keeps that word): spelt-out e-mail addresses start their search there (email-obfuscated.ts).
   */
  atWords: readonly number[] | undefined;
  constructor(text: string) {
    this.text = text;
  }
  digitRuns(): DigitRuns {
    return (this.runs ??= findDigitRuns(this.text));
  }
  /** True until the digit runs are known: a pass over the text (the PERSON tokenizer) may record them. */
  wantsDigitRuns(): boolean {
    return this.runs === undefined;
  }
  /** Digit runs recorded by another pass over the same text (begin, add, finish). */
  setDigitRuns(runs: DigitRuns): void {
    this.runs = runs;
  }
}
