import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createDetector, DEFAULT_DETECTOR_OPTIONS } from './engine.ts';
import { createVault } from './vault.ts';
import { redactText } from './redact-text.ts';

const detect = createDetector(DEFAULT_DETECTOR_OPTIONS);
const pseudo = () => 'pseudonymize' as const;

/** Pieces that exercise every detector and the vault's literal protection. */
const piece = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }), // includes lone surrogates
  fc.constantFrom(
    'Hi Sneha, ', 'Ravi Kumar', 'a@b.co', 'ravi@okicici', '+91 98450 12345', '4111 1111 1111 1111', 'DE89 3704 0044 0532 0130 00',
    '192.168.1.1', 'fe80::1%eth0', '536-22-1234', '912-70-1234', '2345 6789 0124', 'ABCPK1234F', '27AAPFU0939F1ZV', 'HDFC0001234',
    'passport J8369854', 'AB 12 34 56 C', '[PERSON_1]', '[EMAIL_ADDRESS_2]', '[PHONE_NUMBER_1', 'PERSON_1]', '[[PERSON_1]]',
    '😀', 'राहुल', '\n', ' ', '"', '\\',
  ),
);
const text = fc.array(piece, { maxLength: 12 }).map((xs) => xs.join(''));

describe('restore(redact(x)) === x', () => {
  it('holds for arbitrary strings, PII and placeholder-shaped text', () => {
    fc.assert(
      fc.property(text, (x) => {
        const vault = createVault();
        expect(vault.restore(redactText(x, detect, vault, pseudo))).toBe(x);
      }),
      { numRuns: 400 },
    );
  });

  it('holds across several texts sharing one request vault', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), (xs) => {
        const vault = createVault();
        const redacted = xs.map((x) => redactText(x, detect, vault, pseudo));
        expect(redacted.map((r) => vault.restore(r))).toEqual(xs);
      }),
      { numRuns: 200 },
    );
  });

  it('restores values inside JSON strings with correct escaping', () => {
    fc.assert(
      fc.property(text, (x) => {
        const vault = createVault();
        const redacted = redactText(x, detect, vault, pseudo);
        const json = JSON.stringify({ arg: redacted });
        expect(JSON.parse(vault.restoreJsonEscaped(json))).toEqual({ arg: x });
      }),
      { numRuns: 300 },
    );
  });

  it('does not leave detected values in the redacted text', () => {
    const vault = createVault();
    const out = redactText('Hi Sneha, card 4111 1111 1111 1111, mail a@b.co, [PERSON_1]', detect, vault, pseudo);
    expect(out).not.toMatch(/Sneha|4111|a@b\.co/);
    expect(vault.restore(out)).toBe('Hi Sneha, card 4111 1111 1111 1111, mail a@b.co, [PERSON_1]');
  });
});
