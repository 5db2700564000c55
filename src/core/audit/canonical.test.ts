import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical.ts';
import { sampleEvent } from './test-events.ts';

/** The definition, written the plain way: keys sorted, members joined (the form before the fast path). */
function reference(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('non-finite');
    const text = JSON.stringify(value);
    if (text === undefined) throw new TypeError('unsupported');
    return text;
  }
  if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
  const record = value as Record<string, unknown>;
  const members = Object.keys(record).sort().filter((k) => record[k] !== undefined).map((k) => `${JSON.stringify(k)}:${reference(record[k])}`);
  return `{${members.join(',')}}`;
}

const same = (value: unknown) => {
  let want: string | Error;
  try {
    want = reference(value);
  } catch (e) {
    want = e as Error;
  }
  if (want instanceof Error) expect(() => canonicalJson(value)).toThrow(TypeError);
  else expect(canonicalJson(value)).toBe(want);
};

/** A small deterministic generator of JSON-ish values, including the shapes the fast path must refuse. */
function generate(seed: number) {
  let s = seed >>> 0 || 1;
  const rnd = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const keys = ['a', 'b', 'B', 'id', 'ts', '10', '9', '1', '', 'é', '\u{1F600}', 'z_', '__proto__', 'toJSON', 'ä', 'Z'];
  const strings = ['', 'x', 'line\nbreak', 'quote"', '\\', '\u2028', '\ud800', 'ünïcode', '\u0000'];
  const numbers = [0, -0, 1, -1, 1.5, 1e21, 1e-7, 123456789012, Number.MAX_SAFE_INTEGER, 0.1 + 0.2];
  const value = (depth: number): unknown => {
    const r = rnd();
    if (depth > 3 || r < 0.35) {
      const p = rnd();
      if (p < 0.3) return strings[Math.floor(rnd() * strings.length)];
      if (p < 0.6) return numbers[Math.floor(rnd() * numbers.length)];
      if (p < 0.7) return rnd() < 0.5;
      if (p < 0.75) return null;
      if (p < 0.77) return undefined;
      if (p < 0.78) return Number.NaN;
      if (p < 0.79) return Infinity;
      if (p < 0.8) return () => 1;
      if (p < 0.81) return new Date(0);
      return rnd() < 0.5 ? 'plain' : 7;
    }
    if (r < 0.55) return Array.from({ length: Math.floor(rnd() * 4) }, () => value(depth + 1));
    const obj: Record<string, unknown> = rnd() < 0.1 ? Object.create(null) : {};
    const n = Math.floor(rnd() * 5);
    const chosen = Array.from({ length: n }, () => keys[Math.floor(rnd() * keys.length)]!);
    if (rnd() < 0.5) chosen.sort();
    for (const k of chosen) Object.defineProperty(obj, k, { value: value(depth + 1), enumerable: true, writable: true, configurable: true });
    return obj;
  };
  return value(0);
}

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: undefined }], c: 'é' } })).toBe('{"a":{"c":"é","d":[1,{"y":2}]},"b":1}');
    expect(canonicalJson(['0', 3, sampleEvent(2)])).toBe(reference(['0', 3, sampleEvent(2)]));
  });

  it('gives the same text as the plain definition for events in any key order', () => {
    for (let n = 0; n < 200; n++) {
      const e = sampleEvent(n, { user: `u${n}`, redactions: { PERSON: n, EMAIL_ADDRESS: 1 }, terms: { zdr: true, no_training: false } });
      same(e);
      same(Object.fromEntries(Object.entries(e).sort(([a], [b]) => (a < b ? -1 : 1))));
      same(JSON.parse(JSON.stringify(e)));
    }
  });

  it('gives the same text (or the same refusal) as the plain definition on 20,000 generated values', () => {
    for (let seed = 1; seed <= 20_000; seed++) same(generate(seed));
  });

  it('refuses what JSON cannot carry faithfully', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson([Infinity])).toThrow(TypeError);
    expect(() => canonicalJson([undefined])).toThrow(TypeError);
    expect(() => canonicalJson({ a: () => 1 })).toThrow(TypeError);
    expect(() => canonicalJson({ a: 1n })).toThrow(TypeError);
  });

  it('serialises class instances by their own keys, not their toJSON', () => {
    expect(canonicalJson({ a: new Date(0) })).toBe('{"a":{}}');
  });
});
