import { describe, expect, it } from 'vitest';
import { gstinCheckChar, ibanMod97Valid, luhnValid, verhoeffCheckDigit, verhoeffValid } from './checksums.ts';

describe('check digits', () => {
  it('accepts Luhn-valid card numbers and rejects a changed digit', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('378282246310005')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
  });

  it('computes and checks Verhoeff check digits (UIDAI test number 2345 6789 0124)', () => {
    expect(verhoeffCheckDigit('23456789012')).toBe(4);
    expect(verhoeffValid('234567890124')).toBe(true);
    expect(verhoeffValid('234567890123')).toBe(false);
    // Verhoeff catches every adjacent transposition.
    expect(verhoeffValid('324567890124')).toBe(false);
  });

  it('checks IBANs with ISO 13616 mod 97', () => {
    expect(ibanMod97Valid('DE89370400440532013000')).toBe(true);
    expect(ibanMod97Valid('GB82WEST12345698765432')).toBe(true);
    expect(ibanMod97Valid('GB82WEST12345698765433')).toBe(false);
  });

  it('computes the GSTIN check character (base 36, weights 1 and 2)', () => {
    expect(gstinCheckChar('27AAPFU0939F1Z')).toBe('V');
    expect(gstinCheckChar('29AAGCB7383J1Z')).toBe('4');
  });
});
