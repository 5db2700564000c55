import { describe, expect, it } from 'vitest';
import { gstinCheckChar, ibanMod97Valid, ibanMod97ValidAt, luhnValid, verhoeffCheckDigit, verhoeffValid, verhoeffValidSkipping } from './checksums.ts';
import { digitsOf } from './recognizer.ts';
import { cardDigitsValid } from './detectors/credit-card.ts';

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

  it('checks an IBAN in place as on its upper-cased alphanumerics', () => {
    let s = 13;
    const rnd = (n: number): number => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) % n);
    const valid = ['DE89370400440532013000', 'GB82WEST12345698765432', 'FR1420041010050500013M02606', 'gb82west12345698765432'];
    const alnum = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
    const texts = [...valid, 'DE89 3704 0044 0532 0130 00', 'DE89-3704-0044-0532-0130-00'];
    for (let k = 0; k < 20000; k++) {
      let t = valid[rnd(valid.length)]!.slice(0, 4);
      for (let n = rnd(30); n > 0; n--) t += rnd(5) === 0 ? ' -'[rnd(2)] : alnum[rnd(alnum.length)];
      texts.push(t);
    }
    // A valid one with one character changed.
    for (let k = 0; k < 5000; k++) {
      const v = valid[rnd(valid.length)]!;
      const at = rnd(v.length);
      texts.push(v.slice(0, at) + alnum[rnd(alnum.length)] + v.slice(at + 1));
    }
    let trues = 0;
    for (const t of texts) {
      const compact = t.replace(/[ -]/g, '').toUpperCase();
      const want = ibanMod97Valid(compact);
      if (want) trues++;
      expect([t, ibanMod97ValidAt(`x${t}y`, 1, t.length + 1)]).toEqual([t, want]);
    }
    expect(trues).toBeGreaterThan(100);
  });

  it('computes the GSTIN check character (base 36, weights 1 and 2)', () => {
    expect(gstinCheckChar('27AAPFU0939F1Z')).toBe('V');
    expect(gstinCheckChar('29AAGCB7383J1Z')).toBe('4');
  });
});

describe('checks over digits with separators skipped', () => {
  // The detectors' one-pass forms against the plain ones on the digit string (digitsOf).
  const shapes = (): string[] => {
    let s = 7;
    const rnd = (n: number): number => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) % n);
    const out: string[] = ['', ' ', '4111 1111 1111 1111', '4111-1111-1111-1111', '2345 6789 0124', '378282246310005'];
    for (let k = 0; k < 20000; k++) {
      let t = '';
      for (let n = 1 + rnd(24); n > 0; n--) t += rnd(6) === 0 ? ' -x.'[rnd(4)] : String(rnd(10));
      out.push(t);
    }
    return out;
  };
  it('verhoeffValidSkipping equals verhoeffValid(digitsOf)', () => {
    for (const t of shapes()) expect([t, verhoeffValidSkipping(t)]).toEqual([t, verhoeffValid(digitsOf(t))]);
  });
  it('the card check equals length, issuer and luhnValid on digitsOf', () => {
    for (const t of shapes()) {
      const d = digitsOf(t);
      const plain = d.length >= 13 && d.length <= 19 && '234568'.includes(d[0] ?? 'x') && luhnValid(d);
      expect([t, cardDigitsValid(t)]).toEqual([t, plain]);
    }
  });
});
