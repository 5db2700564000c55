import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPolicyJsonSchema } from './json-schema.ts';

const root = path.resolve(import.meta.dirname, '../../..');

describe('generated policy artifacts', () => {
  it('schemas/policy.schema.json is up to date with the zod schema (npm run policies:schema)', () => {
    expect(readFileSync(path.join(root, 'schemas/policy.schema.json'), 'utf8')).toBe(renderPolicyJsonSchema());
  });

  it('makes defaulted fields optional and rejects unknown keys, for editors', () => {
    const schema = JSON.parse(renderPolicyJsonSchema()) as { required: string[]; additionalProperties: boolean };
    expect(schema.required.sort()).toEqual(['name', 'providers']);
    expect(schema.additionalProperties).toBe(false);
  });

  it('src/generated/policies.ts bundles the current policies/*.yaml (npm run policies:bundle)', () => {
    expect(() => execFileSync(process.execPath, [path.join(root, 'scripts/bundle-policies.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });
});
