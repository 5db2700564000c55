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
}

const RETAINED_CAPACITY = 1 << 14;
let shared: DigitRuns = allocate(256);

function allocate(capacity: number): DigitRuns {
  return { count: 0, start: new Int32Array(capacity), length: new Int32Array(capacity), after: new Int32Array(capacity), chain: new Int32Array(capacity) };
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

/** Fill the chain lengths once every run is recorded. */
export function finishDigitRuns(runs: DigitRuns): DigitRuns {
  for (let r = runs.count - 1; r >= 0; r--) {
    const end = runs.start[r]! + runs.length[r]!;
    const sep = runs.after[r]!;
    const joined = r + 1 < runs.count && runs.start[r + 1] === end + 1 && (sep === 32 || sep === 45);
    runs.chain[r] = runs.length[r]! + (joined ? runs.chain[r + 1]! : 0);
  }
  return runs;
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
  return finishDigitRuns(runs);
}

/**
 * Text analyses shared by the recognizers during one detect call, computed on first use.
 * Recognizers called on their own (tests) get a fresh one.
 */
export class TextIndex {
  readonly text: string;
  private runs: DigitRuns | undefined;
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
