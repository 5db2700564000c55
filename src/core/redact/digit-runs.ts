/**
 * Runs of ASCII digits in a text, found once per detect call and shared by the digit-led
 * detectors (card, Aadhaar, SSN, ITIN, IPv4, GSTIN). Each of them used to scan the whole text
 * with its own global regex; now each tries its regex (sticky) only at the runs whose shape
 * can start a match, which every match must: their patterns begin with a digit that no digit
 * precedes. Buffers are reused across calls; a result is valid until the next `findDigitRuns`.
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

export function findDigitRuns(text: string): DigitRuns {
  let runs = shared;
  runs.count = 0;
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
    if (i >= n) c = -1;
    if (runs.count === runs.start.length) runs = grow(runs);
    runs.start[runs.count] = s;
    runs.length[runs.count] = i - s;
    runs.after[runs.count] = c;
    runs.count++;
  }
  for (let r = runs.count - 1; r >= 0; r--) {
    const end = runs.start[r]! + runs.length[r]!;
    const sep = runs.after[r]!;
    const joined = r + 1 < runs.count && runs.start[r + 1] === end + 1 && (sep === 32 || sep === 45);
    runs.chain[r] = runs.length[r]! + (joined ? runs.chain[r + 1]! : 0);
  }
  return runs;
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
}
