import { parsePhoneNumberFromString } from 'libphonenumber-js/core';
import type { CountryCode, MetadataJson } from 'libphonenumber-js/core';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../test/support/seeded-random.ts';
import { PHONE_METADATA_JSON } from './phone-metadata.ts';
import { PHONE_PLANS } from './phone-plans.ts';
import { EUROPEAN_REGIONS, NOT_PARSED, phoneValidity } from './phone-numbering.ts';
import type { Region } from './phone-numbering.ts';

const metadata = JSON.parse(PHONE_METADATA_JSON) as MetadataJson & { country_calling_codes: Record<string, string[]> };

/** What libphonenumber-js says about the same text: 1 valid, 0 invalid, -1 no number. */
function reference(text: string, region?: Region): number {
  const parsed = region === undefined ? parsePhoneNumberFromString(text, metadata) : parsePhoneNumberFromString(text, region as CountryCode, metadata);
  return parsed === undefined ? NOT_PARSED : parsed.isValid() ? 1 : 0;
}

/** Deterministic candidates shaped like the detector's: calling codes, trunk and IDD prefixes, separators. */
function* candidates(count: number): Generator<string> {
  const rnd = seededRandom(0x9e3779b9);
  const codes = Object.keys(metadata.country_calling_codes);
  const heads = ['+', '00', '', '0', '1', '91', '44', '011', '0091', '+0', '00 0', '(', '+1 (', '8', '810'];
  const seps = ['', '', ' ', '-', '.', '\u00a0', ') '];
  for (let k = 0; k < count; k++) {
    const head = heads[rnd(heads.length)]!;
    let text = head;
    if (head === '+' || head === '00' || rnd(4) === 0) text += codes[rnd(codes.length)]!;
    const len = 4 + rnd(12);
    for (let i = 0; i < len; i++) {
      text += String(rnd(10));
      if (rnd(5) === 0) text += seps[rnd(seps.length)]!;
    }
    if (!/\d$/.test(text)) text += String(rnd(10));
    yield text;
  }
}

describe('phone validity without libphonenumber at run time', () => {
  it('agrees with libphonenumber-js on 40k generated candidates, international and for IN, US and GB', () => {
    const disagreements: string[] = [];
    let valid = 0;
    for (const text of candidates(10_000)) {
      for (const region of [undefined, 'IN', 'US', 'GB'] as const) {
        const want = reference(text, region);
        if (want === 1) valid++;
        if (phoneValidity(text, region) !== want) disagreements.push(`${region ?? 'intl'} ${JSON.stringify(text)} want ${want}`);
      }
    }
    expect(disagreements.slice(0, 20)).toEqual([]);
    expect(valid).toBeGreaterThan(2000); // the set exercises valid numbers, not only rejects
  });

  it('agrees with libphonenumber-js for every European region the detector reads national numbers in', () => {
    const disagreements: string[] = [];
    let valid = 0;
    for (const text of candidates(3_000)) {
      for (const region of EUROPEAN_REGIONS) {
        const want = reference(text, region);
        if (want === 1) valid++;
        if (phoneValidity(text, region) !== want) disagreements.push(`${region} ${JSON.stringify(text)} want ${want}`);
      }
    }
    for (const [region, text] of [['ES', '612 345 678'], ['PL', '601 234 567'], ['DE', '030 1234567'], ['FR', '06 12 34 56 78'], ['IT', '347 123 4567'], ['NL', '06-12345678'], ['PT', '912 345 678']] as const) {
      expect(`${region} ${text} ${phoneValidity(text, region)}`).toBe(`${region} ${text} ${reference(text, region)}`);
    }
    expect(disagreements.slice(0, 20)).toEqual([]);
    expect(valid).toBeGreaterThan(3000);
  });

  it('agrees on typical written numbers', () => {
    const samples = ['+91 98450 12345', '+44 20 7946 0958', '+1 415 555 2671', '+48 601 234 567', '+34 612 34 56 78', '+49 30 901820',
      '+33 6 12 34 56 78', '+7 912 345 67 89', '+7 701 234 5678', '+39 06 6988 4000', '+39 06698 12345', '+61 2 9374 4000', '+358 18 12345',
      '+44 7624 123456', '+44 1534 123456', '+1 268 464 1234', '020 7946 0958', '07911 123456', '044 2345 6789', '1 415 555 2671',
      '(415) 555-2671', '9845012345', '09845012345', '4839201934', '011 44 20 7946 0958', '0044 20 7946 0958', '00 91 98450 12345'];
    for (const text of samples) for (const region of [undefined, 'IN', 'US', 'GB'] as const) {
      expect(`${region} ${text} ${phoneValidity(text, region)}`).toBe(`${region} ${text} ${reference(text, region)}`);
    }
  });

  it('splits long type patterns by first digit without changing what they match', () => {
    const rnd = seededRandom(11);
    let split = 0;
    for (const [country, json] of Object.entries(PHONE_PLANS)) {
      const plan = JSON.parse(json) as [string, string, string, number[] | 0, string, string, string, string, [string, number[] | 0, [string, number][]?][] | 0];
      if (plan[8] === 0) continue;
      for (const [pattern, lengths, parts] of plan[8]) {
        if (parts === undefined) continue;
        split++;
        const whole = new RegExp(`^(?:${pattern})$`);
        const byPart = parts.map(([alternative, mask]) => [new RegExp(`^(?:${alternative})$`), mask] as const);
        const sizes = lengths === 0 ? (plan[3] === 0 ? [10] : plan[3]) : lengths;
        for (let k = 0; k < 10_000; k++) {
          const len = sizes[rnd(sizes.length)]!;
          let number = '';
          for (let i = 0; i < len; i++) number += String(rnd(10));
          const first = number.charCodeAt(0) - 48;
          const viaParts = byPart.some(([re, mask]) => (mask & (1 << first)) !== 0 && re.test(number));
          if (viaParts !== whole.test(number)) expect(`${country} ${number} ${viaParts}`).toBe(`${country} ${number} ${whole.test(number)}`);
        }
      }
    }
    expect(split).toBeGreaterThan(5);
  });
});
