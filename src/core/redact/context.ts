/**
 * Context cues: words just before a match that say what a number is. "order no. 9845012345"
 * is an order, "call me on 9845012345" is a phone. The nearest cue word wins.
 */
export type Cue = 'positive' | 'negative' | null;

export interface CueMatcher {
  (text: string, start: number): Cue;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Words that label a number as something other than personal data. Shared by numeric detectors. */
export const BUSINESS_NUMBER_CUES = [
  'order', 'orders', 'invoice', 'inv', 'ticket', 'tkt', 'ref', 'reference', 'tracking', 'awb', 'sku',
  'txn', 'transaction', 'utr', 'booking', 'pnr', 'receipt', 'bill', 'case', 'request', 'req', 'po',
  'serial', 'imei', 'otp', 'pin', 'pincode', 'zip', 'amount', 'rs', 'inr', 'usd', 'eur', 'price', 'qty',
  'quantity', 'shipment', 'consignment', 'docket', 'model', 'version',
  'build', 'batch', 'lot', 'item', 'product', 'catalog', 'policy', 'claim', 'room', 'unit', 'units', 'flat',
  'complaint', 'cin', 'account', 'acct', 'a/c', 'ac', 'customer id', 'cust id', 'emp id', 'employee id',
];

/**
 * Build a matcher that finds the last cue word in the `window` characters before `start`.
 * Cue lists are literal words; the window is short, so this stays O(window) per call.
 */
export function createCueMatcher(positive: readonly string[], negative: readonly string[], window = 40, negativeWindow = 24): CueMatcher {
  const alt = (xs: readonly string[]): string => [...xs].sort((a, b) => b.length - a.length).map(escape).join('|');
  // Built on first use: a detector whose shape never shows up in a Worker's first request costs nothing at start-up.
  let re: RegExp | undefined;
  return function cueBefore(text, start) {
    re ??= new RegExp(`(?<![A-Za-z0-9\\u00C0-\\u024F])(?:(${alt(positive) || '(?!)'})|(${alt(negative) || '(?!)'}))(?![A-Za-z0-9\\u00C0-\\u024F])`, 'gi');
    const from = Math.max(0, start - window);
    const slice = text.slice(from, start);
    re.lastIndex = 0;
    let last: Cue = null;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice)) !== null) {
      // A business word labels only a number right after it ("order no. 4839…"), not one further on.
      if (m[1] !== undefined) last = 'positive';
      else if (slice.length - (m.index + m[0].length) <= negativeWindow && !/\d/.test(slice.slice(m.index + m[0].length))) {
        // …and only when no other number stands between ("Rs. 22713 to the 6011 8409 …" is a card).
        last = 'negative';
      }
    }
    // "#4839201934" and "No. 4839201934" read as a reference number unless a positive cue says otherwise.
    if (last !== 'positive' && /(?:#|\bno\.?|\bnum\.?)\s*$/i.test(slice)) return 'negative';
    return last;
  };
}
