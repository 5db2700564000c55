/**
 * Run the comparison libraries on the corpus. They return redacted strings, not spans, so the
 * redacted regions are recovered by aligning the output with the input around their
 * replacement tokens (PERSON_NAME, PHONE_NUMBER …).
 */
import { SyncRedactor } from 'redact-pii';
import { Redactor } from '@redactpii/node';

export interface Region { start: number; end: number }

const TOKENS = [
  'US_SOCIAL_SECURITY_NUMBER', 'CREDIT_CARD_NUMBER', 'STREET_ADDRESS', 'EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON_NAME',
  'IP_ADDRESS', 'CREDENTIALS', 'PASSWORD', 'USERNAME', 'ZIPCODE', 'REDACTED', 'DIGITS', 'URL',
];
const TOKEN_RE = new RegExp(TOKENS.join('|'), 'g');

/** Regions of `input` that were replaced in `output`. */
export function redactedRegions(input: string, output: string): Region[] {
  const literals = output.split(TOKEN_RE);
  const regions: Region[] = [];
  let cursor = literals[0]!.length; // the first literal is an unchanged prefix
  for (let i = 1; i < literals.length; i++) {
    const lit = literals[i]!;
    const at = lit.length === 0 ? (i === literals.length - 1 ? input.length : cursor + 1) : input.indexOf(lit, cursor + 1);
    const end = at === -1 ? input.length : at;
    if (end > cursor) regions.push({ start: cursor, end });
    cursor = end + lit.length;
  }
  return regions;
}

export interface Baseline { name: string; redact: (text: string) => string }

export function baselines(): Baseline[] {
  const redactPii = new SyncRedactor();
  const redactpiiNode = new Redactor({ rules: { CREDIT_CARD: true, EMAIL: true, NAME: true, PHONE: true, SSN: true } });
  return [
    { name: 'redact-pii', redact: (t) => redactPii.redact(t) },
    { name: '@redactpii/node', redact: (t) => redactpiiNode.redact(t) },
  ];
}
