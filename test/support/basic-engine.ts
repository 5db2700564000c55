import type { RedactionEngine } from '../../src/core/deps.ts';
import type { Finding } from '../../src/core/redact/entities.ts';

/** Stand-in used only until the full engine is wired: email + Luhn card. */
export const basicEngine: RedactionEngine = {
  detect(text) {
    const out: Finding[] = [];
    for (const m of text.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)) out.push({ type: 'EMAIL_ADDRESS', start: m.index, end: m.index + m[0].length });
    return out;
  },
  modeOf: () => 'pseudonymize',
};
