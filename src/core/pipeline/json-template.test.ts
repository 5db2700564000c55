import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createJsonTemplate, jsonPathAt, literalEnd } from './json-template.ts';

/** Whether `text[start, end)` is exactly one JSON string literal. */
const isStringLiteral = (text: string, start: number, end: number) => end - start >= 2 && literalEnd(text, start) === end;

const chunk = (content: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ id: 'chatcmpl-1', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content }, finish_reason: null }], ...extra });

/** Replace `chunk`'s content literal by raw text `literal` (not encoded), as a broken upstream might send. */
const withRawLiteral = (literal: string) => chunk('XX').replace('"XX"', literal);

describe('json template: the previous event with some strings changed', () => {
  it('accepts each next chunk of a model stream and points at its delta', () => {
    const t = createJsonTemplate();
    t.learn(chunk('Hel'));
    for (const piece of ['lo', ' wor', 'ld', '', 'é ✓ "quoted" \\ \n 𝄞']) {
      const text = chunk(piece);
      expect(t.accepts(text)).toBe(true);
      expect(t.count).toBe(1);
      expect(JSON.parse(text.slice(t.literals[0], t.literals[1]))).toBe(piece);
    }
  });

  it('accepts nothing before it has learned a valid text', () => {
    expect(createJsonTemplate().accepts(chunk('a'))).toBe(false);
  });

  it('refuses a changed structure or a token of another kind; a key is a string token, a number may vary as a number', () => {
    const t = createJsonTemplate();
    t.learn(chunk('a'));
    expect(t.accepts(chunk('b', { usage: { prompt_tokens: 3 } }))).toBe(false);
    expect(t.accepts(chunk('a').replace('"content"', '"contenu"'))).toBe(true); // a key is a string token too
    expect(t.accepts(withRawLiteral('12'))).toBe(false); // valid JSON, but no longer a string there
    const u = createJsonTemplate();
    u.learn(chunk('a'));
    expect(u.accepts(chunk('a').replace('"index":0', '"index":1'))).toBe(true); // a Responses sequence_number
    expect(u.accepts(chunk('a').replace('"index":0', '"index":-2.5e+3'))).toBe(true);
    expect(u.accepts(chunk('a').replace('"index":0', '"index":"1"'))).toBe(false); // a string where a number was
    expect(u.accepts(chunk('a').replace('"index":0', '"index":01'))).toBe(false); // not a JSON number
    expect(u.accepts(chunk('a').replace('"index":0', '"index":1.'))).toBe(false);
    expect(u.accepts(chunk('a').replace('"index":0', '"index":true'))).toBe(false);
  });

  it.each([
    ['an unescaped quote', '"a"b"'],
    ['a raw control character', '"a\u0001b"'],
    ['a raw newline', '"a\nb"'],
    ['an unknown escape', '"a\\xb"'],
    ['a short \\u escape', '"a\\u12"'],
    ['a non-hex \\u escape', '"a\\u12G4"'],
    ['an escaped closing quote', '"ab\\"'],
    ['no closing quote', '"ab'],
    ['two strings', '"a","b"'],
  ])('refuses a literal with %s', (_, literal) => {
    const t = createJsonTemplate();
    t.learn(chunk('first'));
    t.accepts(chunk('second')); // the varying string is now known
    const text = withRawLiteral(literal);
    expect(t.accepts(text)).toBe(false);
    expect(() => JSON.parse(text)).toThrow();
  });

  it('forget() drops the template', () => {
    const t = createJsonTemplate();
    t.learn(chunk('a'));
    t.forget();
    expect(t.accepts(chunk('b'))).toBe(false);
  });

  it('isStringLiteral follows JSON string syntax on a range', () => {
    expect(isStringLiteral('x"a\\"b\\u00e9\\n"y', 1, 15)).toBe(true);
    expect(isStringLiteral('""', 0, 2)).toBe(true);
    expect(isStringLiteral('"', 0, 1)).toBe(false);
    expect(isStringLiteral('"\\"', 0, 3)).toBe(false);
  });

  // Soundness: whatever text is offered after any valid JSON text, an accepted one parses, with the
  // same structure as the template and only strings changed (at most four).
  const json = fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v));
  const edit = fc.tuple(fc.nat(), fc.nat({ max: 4 }), fc.string({ maxLength: 6, unit: fc.constantFrom('"', '\\', 'u', '0', '7', '-', '.', 'e', '+', 'a', ',', ':', '{', '}', '[', ']', '\n', '\u0001', ' ', 'é') }));

  /** The tokens of a valid JSON text (whitespace dropped). */
  const tokens = (text: string): string[] => text.match(/"(?:[^"\\]|\\.)*"|[{}[\]:,]|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/g) ?? [];

  it('accepts only texts that parse and differ from the last accepted one in string and number tokens only (each for one of its kind), at most four', () => {
    fc.assert(
      fc.property(json, fc.array(edit, { minLength: 1, maxLength: 4 }), (base, edits) => {
        const t = createJsonTemplate();
        t.learn(base);
        let prev = base;
        for (const [at, del, ins] of edits) {
          const i = at % (prev.length + 1);
          const text = prev.slice(0, i) + ins + prev.slice(i + del);
          if (!t.accepts(text)) continue;
          expect(() => JSON.parse(text)).not.toThrow();
          const a = tokens(prev);
          const b = tokens(text);
          expect(b.length).toBe(a.length);
          const changed = a.flatMap((tok, k) => (tok === b[k] ? [] : [[tok, b[k]!]]));
          expect(changed.length).toBeLessThanOrEqual(4);
          const kind = (tok: string) => (tok.startsWith('"') ? 'string' : /^-?\d/.test(tok) ? 'number' : tok);
          for (const [x, y] of changed) expect(['string', 'number']).toContain(kind(x!)), expect(kind(y!)).toBe(kind(x!));
          prev = text;
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts any string value swapped in for a string of the template', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 2, maxLength: 6 }), (pieces) => {
        const t = createJsonTemplate();
        t.learn(chunk(pieces[0]));
        for (const p of pieces.slice(1)) expect(t.accepts(chunk(p))).toBe(true);
      }),
    );
  });

  it('jsonPathAt: the path of the value starting at an offset, none for a key or a separator', () => {
    const text = JSON.stringify({ id: 'x', choices: [{ index: 0, delta: { content: 'hi' } }, { a: [1, 'q', { b: 's' }] }], 'k"e\\y': 'v' });
    const at = (needle: string) => jsonPathAt(text, text.indexOf(needle));
    expect(at('"x"')).toEqual(['id']);
    expect(at('"hi"')).toEqual(['choices', 0, 'delta', 'content']);
    expect(at('"q"')).toEqual(['choices', 1, 'a', 1]);
    expect(at('"s"')).toEqual(['choices', 1, 'a', 2, 'b']);
    expect(at('"v"')).toEqual(['k"e\\y']);
    expect(at('{"b"')).toEqual(['choices', 1, 'a', 2]);
    expect(at('"id"')).toBeUndefined();
    expect(at(',')).toBeUndefined();
  });

  it('a second string that changes every time (OpenAI obfuscation) varies too, and both are found', () => {
    const ob = (content: string, o: string) => chunk(content, { obfuscation: o });
    const t = createJsonTemplate();
    t.learn(ob('a', 'x1'));
    for (const [c, o] of [['b', 'x22'], ['c"q', 'x3'], ['', 'zz']] as const) {
      const text = ob(c, o);
      expect(t.accepts(text)).toBe(true);
      const lit = t.literals;
      expect(t.count).toBe(2);
      expect([JSON.parse(text.slice(lit[0], lit[1])), JSON.parse(text.slice(lit[2], lit[3]))]).toEqual([c, o]);
    }
    expect(t.accepts(ob('d', 'bad"quote').replace('bad\\"quote', 'bad"quote'))).toBe(false);
  });

  it('refuses more than four strings changing at once', () => {
    const five = (v: string) => JSON.stringify({ a: v, b: v, c: v, d: v, e: v });
    const four = (v: string) => JSON.stringify({ a: v, b: v, c: v, d: v, e: 'fixed' });
    const t = createJsonTemplate();
    t.learn(five('x'));
    expect(t.accepts(five('y'))).toBe(false);
    const u = createJsonTemplate();
    u.learn(four('x'));
    expect(u.accepts(four('y'))).toBe(true);
  });
});

