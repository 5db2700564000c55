import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openaiAdapter } from '../providers/openai/index.ts';
import { createVault, type Vault } from '../redact/vault.ts';
import { restoreJsonBody, restoreJsonValue } from './restore-json.ts';

const pseudo = () => 'pseudonymize' as const;

/** A vault that issued one placeholder per value, in order: [PERSON_1], [PERSON_2] … */
function vaultOf(values: string[]): { vault: Vault; placeholders: string[] } {
  const vault = createVault();
  const placeholders = values.map((v) => vault.apply(v, [{ type: 'PERSON', start: 0, end: v.length }], pseudo));
  return { vault, placeholders };
}

/** What the walk-and-reserialise path gives: the reference the text path must agree with. */
const byWalk = (text: string, vault: Vault) => restoreJsonValue(JSON.parse(text), openaiAdapter, vault);

describe('restoreJsonBody', () => {
  it("keeps upstream's bytes and formatting, with the values put back", () => {
    const { vault, placeholders } = vaultOf(['Ravi Kumar', 'ravi@acme.in']);
    const text = `{\n  "id": "chatcmpl-1",\n  "choices": [\n    {\n      "message": { "content": "Hi ${placeholders[0]}, I wrote to ${placeholders[1]}." }\n    }\n  ]\n}`;
    const out = restoreJsonBody(text, JSON.parse(text), openaiAdapter, vault);
    expect(out).toBe(text.replace(placeholders[0]!, 'Ravi Kumar').replace(placeholders[1]!, 'ravi@acme.in'));
  });

  it('restores values inside tool-call arguments (JSON text inside a JSON string)', () => {
    const { vault, placeholders } = vaultOf(['ravi@acme.in']);
    const args = JSON.stringify({ to: placeholders[0] });
    const text = JSON.stringify({ choices: [{ message: { tool_calls: [{ type: 'function', function: { name: 'send', arguments: args } }] } }] });
    const out = JSON.parse(restoreJsonBody(text, JSON.parse(text), openaiAdapter, vault));
    expect(JSON.parse(out.choices[0].message.tool_calls[0].function.arguments)).toEqual({ to: 'ravi@acme.in' });
  });

  it('a value with a quote, backslash or newline stays valid JSON at every depth', () => {
    const value = 'O"Brien \\ line\nbreak';
    const { vault, placeholders } = vaultOf([value]);
    const args = JSON.stringify({ name: placeholders[0] });
    const text = JSON.stringify({ content: `Dear ${placeholders[0]}`, arguments: args });
    const out = JSON.parse(restoreJsonBody(text, JSON.parse(text), openaiAdapter, vault));
    expect(out.content).toBe(`Dear ${value}`);
    expect(JSON.parse(out.arguments)).toEqual({ name: value });
  });

  it('a lone surrogate or an emoji in a value survives as the walk would keep it', () => {
    for (const value of ['Ravi \ud800 Kumar', 'Ravi 🙂 Kumar']) {
      const { vault, placeholders } = vaultOf([value]);
      const text = JSON.stringify({ content: `Hi ${placeholders[0]}` });
      const out = restoreJsonBody(text, JSON.parse(text), openaiAdapter, vault);
      expect(out).toBe(JSON.stringify(byWalk(text, vault)));
      expect(JSON.parse(out)).toEqual({ content: `Hi ${value}` });
    }
  });

  it('finds a placeholder spelled with \\u escapes, as the parse does', () => {
    const { vault, placeholders } = vaultOf(['Ravi Kumar']);
    const escaped = placeholders[0]!.replace('_', '\\u005f');
    const text = `{"content":"Hi ${escaped}"}`;
    expect(JSON.parse(restoreJsonBody(text, JSON.parse(text), openaiAdapter, vault))).toEqual({ content: 'Hi Ravi Kumar' });
  });

  it('passes a body without placeholders through byte for byte, and a non-JSON body is restored as text', () => {
    const { vault, placeholders } = vaultOf(['Ravi Kumar']);
    const text = '{ "content": "[not a placeholder]" }';
    expect(restoreJsonBody(text, JSON.parse(text), openaiAdapter, vault)).toBe(text);
    expect(restoreJsonBody(`oops ${placeholders[0]}`, undefined, openaiAdapter, vault)).toBe('oops Ravi Kumar');
  });

  it('agrees with walking the parsed body, for any values and any placement', () => {
    const value = fc.string({ minLength: 1, maxLength: 12, unit: 'binary' }).filter((s) => s.trim() === s && !/\[|\]/.test(s));
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 4 }), fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.boolean(), (values, picks, pretty) => {
        const { vault, placeholders } = vaultOf(values);
        const pick = (i: number) => placeholders[i % placeholders.length]!;
        const args = JSON.stringify({ to: pick(picks[0]!), cc: picks.map(pick) });
        const body = { content: picks.map((i) => `x ${pick(i)} y`).join(' '), tool_calls: [{ function: { name: 'send', arguments: args } }], n: 1 };
        const text = JSON.stringify(body, null, pretty ? 2 : undefined);
        const out = restoreJsonBody(text, JSON.parse(text), openaiAdapter, vault);
        expect(JSON.parse(out)).toEqual(byWalk(text, vault));
      }),
      { numRuns: 100 },
    );
  });
});
