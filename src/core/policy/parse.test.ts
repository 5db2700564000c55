import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from './parse.ts';

const FILE = 'policies/acme.yaml';
const minimal = (extra = '') => `name: acme\nproviders:\n  openai: {}\n${extra}`;

async function errorsOf(text: string): Promise<string[]> {
  const r = await parsePolicy(text, FILE);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}

describe('parsePolicy', () => {
  it('fills defaults and hashes the source text', async () => {
    const r = await parsePolicy(minimal(), FILE);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.policy.redaction.entities).toBe('all');
    expect(r.value.policy.logging.retention_days).toBe(730);
    expect(r.value.versionHash).toMatch(/^[0-9a-f]{16}$/);
    expect(r.value.file).toBe(FILE);
    const again = await parsePolicy(minimal('# changed\n'), FILE);
    expect(again.ok && again.value.versionHash).not.toBe(r.value.versionHash);
  });

  it('names file, path and the nearest entity for an unknown entity', async () => {
    const errors = await errorsOf(minimal('redaction:\n  entities: [PERSON, PHONE_NUMBER, IBAN_CODE, EMAIL]\n'));
    expect(errors).toEqual(['policies/acme.yaml: redaction.entities[3]: unknown entity "EMAIL"; did you mean EMAIL_ADDRESS?']);
  });

  it('suggests custom entities too', async () => {
    const text = minimal('redaction:\n  entities: [EMPLOYE_ID]\n  custom: [{ name: EMPLOYEE_ID, pattern: "E-[0-9]{6}" }]\n');
    expect(await errorsOf(text)).toEqual(['policies/acme.yaml: redaction.entities[0]: unknown entity "EMPLOYE_ID"; did you mean EMPLOYEE_ID?']);
  });

  it('refuses a custom pattern the engine would refuse (nested quantifier, empty match), not every request later', async () => {
    const text = minimal('redaction:\n  custom:\n    - { name: EMPLOYEE_ID, pattern: "(E\\\\d+)+" }\n    - { name: TAG, pattern: "\\\\d*" }\n');
    const errors = await errorsOf(text);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^policies\/acme.yaml: redaction.custom\[0\].pattern: pattern has a nested quantifier/);
    expect(errors[1]).toMatch(/^policies\/acme.yaml: redaction.custom\[1\].pattern: pattern matches the empty string/);
  });

  it('says plainly that a provider named like an Object property is unknown', async () => {
    const errors = await errorsOf('name: acme\nproviders:\n  constructor: {}\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^policies\/acme.yaml: providers.constructor: unknown provider "constructor"/);
    expect(errors[0]).not.toContain('native code');
  });

  it('refuses a provider upstream with a query or fragment, or that is not http(s)', async () => {
    for (const upstream of ['https://eu.example/v1?tenant=a', 'https://eu.example/v1#x', 'ftp://eu.example/v1']) {
      const errors = await errorsOf(minimal().replace('openai: {}', `openai: { upstream: "${upstream}" }`));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/providers.openai.upstream/);
    }
  });

  it('suggests the key meant by a misspelt one', async () => {
    const errors = await errorsOf('name: acme\nproviders:\n  openai: { modles: ["gpt-*"] }\n');
    expect(errors).toEqual(['policies/acme.yaml: providers.openai.modles: unknown key "modles"; did you mean models?']);
  });

  it('suggests the provider id for a common alias', async () => {
    const errors = await errorsOf('name: acme\nproviders:\n  google: {}\n');
    expect(errors).toEqual(['policies/acme.yaml: providers.google: unknown provider "google"; did you mean gemini?']);
  });

  it('lists the options for a bad enum value', async () => {
    const errors = await errorsOf(minimal('redaction:\n  default_mode: pseudonymise\n'));
    expect(errors[0]).toBe('policies/acme.yaml: redaction.default_mode: "pseudonymise" is not allowed; did you mean pseudonymize?');
  });

  it('says what is missing', async () => {
    expect(await errorsOf('name: acme\n')).toEqual(['policies/acme.yaml: providers: missing; add a record here']);
  });

  it('rejects unknown enforcers and dangling clause ids', async () => {
    const text = minimal(
      'no_training:\n  clause: { id: nope, source: s, quote: q }\nclauses:\n  - { id: a, source: s, quote: q, enforced_by: [redactoin] }\n',
    );
    expect(await errorsOf(text)).toEqual([
      'policies/acme.yaml: clauses[0].enforced_by[0]: unknown enforcer "redactoin"; did you mean redaction?',
      'policies/acme.yaml: no_training.clause.id: no clause with id "nope" under clauses:',
    ]);
  });

  it('reports YAML syntax errors with a line number', async () => {
    const errors = await errorsOf('name: acme\nproviders: [\n');
    expect(errors[0]).toMatch(/^policies\/acme\.yaml: line \d+, column \d+: YAML syntax error: /);
  });

  it('refuses a document that is not a mapping', async () => {
    expect(await errorsOf('- a\n- b\n')).toEqual(['policies/acme.yaml: (root): expected a mapping with at least name: and providers:']);
  });

  it('refuses an alias bomb without expanding it', async () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');
    const r = await parsePolicy(bomb, FILE);
    expect(r.ok).toBe(false);
  });

  it('warns when gemini is allowed without paid terms', async () => {
    const r = await parsePolicy('name: acme\nproviders:\n  gemini: {}\n', FILE);
    expect(r.ok && r.warnings).toEqual([expect.stringMatching(/^policies\/acme\.yaml: providers\.gemini: gemini is allowed without attesting paid terms/)]);
    const paid = await parsePolicy('name: acme\nproviders:\n  gemini: { terms: { paid_tier: true } }\n', FILE);
    expect(paid.ok && paid.warnings).toEqual([]);
  });

  it('warns when the name differs from the file name', async () => {
    const r = await parsePolicy('name: other\nproviders: { openai: {} }\n', FILE);
    expect(r.ok && r.warnings[0]).toMatch(/name: "other" differs from the file name/);
  });

  it('never throws on arbitrary YAML text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (text) => {
        const r = await parsePolicy(text, FILE);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary YAML structures, and every error names the file', async () => {
    const policyish = fc.record(
      {
        name: fc.oneof(fc.constant('acme'), fc.string()),
        providers: fc.dictionary(fc.constantFrom('openai', 'gemini', 'x', '__proto__', 'compat:a'), fc.anything()),
        redaction: fc.anything(),
        clauses: fc.anything(),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(policyish, fc.anything()), async (value) => {
        let text: string;
        try {
          text = stringify(value);
        } catch {
          return;
        }
        const r = await parsePolicy(text, FILE);
        if (!r.ok) for (const e of r.errors) expect(e.startsWith(`${FILE}: `)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
