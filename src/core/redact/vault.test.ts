import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createVault, PLACEHOLDER_PATTERN } from './vault.ts';
import { createChannelRestorer } from './stream-restorer.ts';

const pseudo = () => 'pseudonymize' as const;

describe('vault', () => {
  it('gives the same value the same placeholder within a request', () => {
    const v = createVault();
    const a = v.apply('mail a@b.co', [{ type: 'EMAIL_ADDRESS', start: 5, end: 11 }], pseudo);
    const b = v.apply('again a@b.co', [{ type: 'EMAIL_ADDRESS', start: 6, end: 12 }], pseudo);
    expect(a).toBe('mail [EMAIL_ADDRESS_1]');
    expect(b).toBe('again [EMAIL_ADDRESS_1]');
    expect(v.restore('to [EMAIL_ADDRESS_1]!')).toBe('to a@b.co!');
  });

  it('never restores a placeholder-looking literal from the input into another value', () => {
    const v = createVault();
    const first = v.apply('me: a@b.co', [{ type: 'EMAIL_ADDRESS', start: 4, end: 10 }], pseudo);
    const literal = v.apply('the text [EMAIL_ADDRESS_1] is literal', [], pseudo);
    expect(first).toBe('me: [EMAIL_ADDRESS_1]');
    expect(literal).not.toContain('[EMAIL_ADDRESS_1]');
    expect(v.restore(literal)).toBe('the text [EMAIL_ADDRESS_1] is literal');
  });

  it('reserves a literal seen first so a real value gets a fresh placeholder', () => {
    const v = createVault();
    v.apply('[PERSON_1] typed by hand', [], pseudo);
    const out = v.apply('Sneha', [{ type: 'PERSON', start: 0, end: 5 }], pseudo);
    expect(out).toBe('[PERSON_2]');
    expect(v.restore('[PERSON_1] and [PERSON_2]')).toBe('[PERSON_1] and Sneha');
  });

  it('escapes values for JSON-encoded argument text', () => {
    const v = createVault();
    v.apply('x', [{ type: 'PERSON', start: 0, end: 1 }], pseudo);
    // value with a quote
    const w = createVault();
    const red = w.apply('O"Neil', [{ type: 'PERSON', start: 0, end: 6 }], pseudo);
    expect(w.restoreJsonEscaped(`{"name":"${red}"}`)).toBe('{"name":"O\\"Neil"}');
    expect(JSON.parse(w.restoreJsonEscaped(`{"name":"${red}"}`))).toEqual({ name: 'O"Neil' });
  });

  it('restores in JSON text only when every value put back needs no escaping at any depth', () => {
    const v = createVault();
    const red = v.apply('Sneha Rao sneha@x.in', [{ type: 'PERSON', start: 0, end: 9 }, { type: 'EMAIL_ADDRESS', start: 10, end: 20 }], pseudo);
    const json = JSON.stringify({ content: red, args: JSON.stringify({ to: red }) });
    const plain = v.restoreInJsonText(json);
    expect(plain).toBe(v.restore(json));
    expect(JSON.parse(JSON.parse(plain!).args)).toEqual({ to: 'Sneha Rao sneha@x.in' });
    expect(v.restoreInJsonText('{"no":"placeholder"}')).toBe('{"no":"placeholder"}');
    // A value that JSON would escape (quote, backslash, control character) or holding a surrogate
    // (even a paired one) is refused, so the caller walks the parsed value instead.
    for (const value of ['O"Neil', 'a\\b', 'tab\there', 'Ravi 🙂', '\ud800x']) {
      const w = createVault();
      const r = w.apply(value, [{ type: 'PERSON', start: 0, end: value.length }], pseudo);
      expect(w.restoreInJsonText(`{"name":"${r}"}`)).toBeUndefined();
      expect(w.restoreInJsonText('{"name":"[PERSON_9]"}')).toBe('{"name":"[PERSON_9]"}');
    }
  });

  it('masks without keeping the value', () => {
    const v = createVault();
    const out = v.apply('card 4111111111111111', [{ type: 'CREDIT_CARD', start: 5, end: 21 }], () => 'mask');
    expect(out).toBe('card [CREDIT_CARD]');
    expect(v.size).toBe(0);
    expect(v.counts).toEqual({ CREDIT_CARD: 1 });
    expect(v.restore(out)).toBe(out);
  });

  it('replaces a masked value wherever else it occurs in the request (applyKnown), as a pseudonymized one', () => {
    const v = createVault();
    v.apply('server 203.0.113.77 is down', [{ type: 'IP_ADDRESS', start: 7, end: 19 }], () => 'mask');
    expect(v.maskedSize).toBe(1);
    expect(v.applyKnown('v: 203.0.113.77 again')).toBe('v: [IP_ADDRESS] again');
    expect(v.restore('v: [IP_ADDRESS]')).toBe('v: [IP_ADDRESS]');
  });
});

describe('channel restorer', () => {
  const vault = createVault();
  vault.apply('a@b.co and Sneha', [
    { type: 'EMAIL_ADDRESS', start: 0, end: 6 },
    { type: 'PERSON', start: 11, end: 16 },
  ], pseudo);
  const text = 'Write to [EMAIL_ADDRESS_1] for [PERSON_1].';
  const expected = 'Write to a@b.co for Sneha.';

  it('restores a placeholder split at every possible point', () => {
    for (let i = 0; i <= text.length; i++) {
      const r = createChannelRestorer(vault, false);
      const out = r.push(text.slice(0, i)) + r.push(text.slice(i)) + r.flush();
      expect(out).toBe(expected);
    }
  });

  it('restores a placeholder split across every pair of split points (three events)', () => {
    for (let i = 0; i <= text.length; i++) {
      for (let j = i; j <= text.length; j++) {
        const r = createChannelRestorer(vault, false);
        const out = r.push(text.slice(0, i)) + r.push(text.slice(i, j)) + r.push(text.slice(j)) + r.flush();
        expect(out).toBe(expected);
      }
    }
  });

  it('restores one character at a time and never holds more than a placeholder', () => {
    const r = createChannelRestorer(vault, false);
    let out = '';
    for (const ch of text) {
      out += r.push(ch);
      expect(r.pending.length).toBeLessThan(vault.longestPlaceholder);
    }
    expect(out + r.flush()).toBe(expected);
  });

  it('does not hold back text that cannot start an issued placeholder', () => {
    const r = createChannelRestorer(vault, false);
    expect(r.push('array[0')).toBe('array[0');
    expect(r.push(' and [EM')).toBe(' and ');
    expect(r.pending).toBe('[EM');
  });
});

describe('vault.applyKnown', () => {
  it('replaces a value vaulted elsewhere in the request, on word boundaries only', () => {
    const v = createVault();
    v.apply('my name is Sneha', [{ type: 'PERSON', start: 11, end: 16 }], pseudo);
    expect(v.applyKnown('Sneha asked; Snehalata did not; sneha lower-case stays')).toBe('[PERSON_1] asked; Snehalata did not; sneha lower-case stays');
  });

  it('never rewrites an issued placeholder that equals a literal from the input', () => {
    const v = createVault();
    v.apply('me: a@b.co', [{ type: 'EMAIL_ADDRESS', start: 4, end: 10 }], pseudo);
    const literal = v.apply('typed [EMAIL_ADDRESS_1]', [], pseudo);
    expect(v.applyKnown('me: [EMAIL_ADDRESS_1]')).toBe('me: [EMAIL_ADDRESS_1]');
    expect(v.applyKnown(literal)).toBe(literal);
    expect(v.restore(v.applyKnown('a@b.co again'))).toBe('a@b.co again');
  });

  it('restores exactly what the placeholder pattern finds, issued placeholders only, in any surrounding text', () => {
    const v = createVault();
    const values = ['Ravi Kumar', 'ravi@acme.in', '+91 98765 43210'];
    const issued = values.map((x, i) => v.apply(x, [{ type: i === 1 ? 'EMAIL_ADDRESS' : 'PERSON', start: 0, end: x.length }], pseudo));
    const byPlaceholder = new Map(issued.map((p, i) => [p, values[i]!]));
    const reference = (text: string) => text.replace(PLACEHOLDER_PATTERN, (m) => byPlaceholder.get(m) ?? m);
    const piece = fc.oneof(fc.constantFrom(...issued, '[', ']', '[[', '[PERSON_9]', '[PERSON_1', 'PERSON_1]', '[person_1]', '[A_1]', ' '), fc.string({ maxLength: 6 }));
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
      const text = pieces.join('');
      expect(v.restore(text)).toBe(reference(text));
    }), { numRuns: 500 });
  });
});

describe('vault.pendingPrefixLength', () => {
  it('holds back exactly a tail that is a proper prefix of an issued or reserved placeholder', () => {
    fc.assert(fc.property(
      fc.array(fc.constantFrom('PERSON', 'EMAIL_ADDRESS', 'IN_PAN'), { minLength: 1, maxLength: 40 }),
      fc.array(fc.constantFrom('[PERSON_3]', '[PERSON_12]', '[ZZ_7]', '[IN_PAN_1]'), { maxLength: 3 }),
      fc.nat(), fc.nat(), fc.string({ maxLength: 4 }),
      (types, literals, pick, cut, noise) => {
        const v = createVault();
        const issued = new Set<string>();
        const remember = (text: string) => { for (const m of text.matchAll(PLACEHOLDER_PATTERN)) issued.add(m[0]); };
        remember(v.apply(literals.join(' '), [], pseudo));
        types.forEach((type, i) => remember(v.apply(`v${i}`, [{ type, start: 0, end: `v${i}`.length }], pseudo)));
        const all = [...issued];
        const target = all[pick % all.length]!;
        const text = noise + target.slice(0, 1 + (cut % target.length));
        const open = text.lastIndexOf('[');
        const tail = open === -1 ? '' : text.slice(open);
        const longest = Math.max(...all.map((p) => p.length));
        const expected = open === -1 || tail.length >= longest || tail.includes(']') ? 0
          : all.some((p) => p.length > tail.length && p.startsWith(tail)) ? tail.length : 0;
        expect(v.pendingPrefixLength(text)).toBe(expected);
      },
    ), { numRuns: 2000 });
  });
});

describe('vault.restore on adversarial answers', () => {
  it('stays linear on a run of "[" before one "]" (a model can be led to write one)', () => {
    const v = createVault();
    v.apply('mail a@b.co', [{ type: 'EMAIL_ADDRESS', start: 5, end: 11 }], pseudo);
    const cpu = (): number => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
    const time = (n: number): number => {
      const text = `${'['.repeat(n)}] [EMAIL_ADDRESS_1]`;
      const runs = [0, 1, 2].map(() => {
        const t = cpu();
        expect(v.restore(text).endsWith('] a@b.co')).toBe(true);
        return cpu() - t;
      });
      return runs.sort((a, b) => a - b)[1]!;
    };
    time(20_000);
    time(200_000);
    const small = Math.max(time(20_000), 1);
    const large = time(200_000);
    // Linear is ~10× the smaller run's time; quadratic was ~100× (and 10 s for 1.3 M).
    expect(large / small).toBeLessThan(45);
  });
});
