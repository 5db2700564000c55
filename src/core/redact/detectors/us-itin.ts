import type { Recognizer } from '../recognizer.ts';
import { eachMatch } from '../recognizer.ts';
import { BUSINESS_NUMBER_CUES, createCueMatcher } from '../context.ts';

/** IRS ITIN: 9XX-GG-XXXX with group 50–65, 70–88, 90–92 or 94–99. Compact form only after a cue. */
const GROUPED = /(?<![A-Za-z0-9\u00C0-\u024F_+\-.\/])(?<!\d[ \-])(9\d{2})([- ])(\d{2})\2(\d{4})(?![A-Za-z0-9\u00C0-\u024F_\-\/]|\.\d)/g;
const COMPACT = /(?<![A-Za-z0-9\u00C0-\u024F_+\-.\/])(?<!\d[ \-])(9\d{2})(\d{2})(\d{4})(?![A-Za-z0-9\u00C0-\u024F_\-\/]|\.\d)/g;
const cue = createCueMatcher(['itin', 'taxpayer', 'tin', 'tax id', 'w-7', 'w7'], BUSINESS_NUMBER_CUES);

export function isItinGroup(group: string): boolean {
  const g = Number(group);
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
}

export const usItinRecognizer: Recognizer = {
  type: 'US_ITIN',
  scan(text, out) {
    eachMatch(GROUPED, text, (m) => {
      if (!isItinGroup(m[3]!) || cue(text, m.index) === 'negative') return;
      out.push({ type: 'US_ITIN', start: m.index, end: m.index + m[0].length, priority: 72 });
    });
    eachMatch(COMPACT, text, (m) => {
      if (!isItinGroup(m[2]!) || cue(text, m.index) !== 'positive') return;
      out.push({ type: 'US_ITIN', start: m.index, end: m.index + m[0].length, priority: 72 });
    });
  },
};
