import { z } from 'zod';
import { policySchema } from './schema.ts';

/**
 * The JSON Schema editors use for policies/*.yaml (via `# yaml-language-server: $schema=`).
 * Input form: fields with defaults are optional, as they are when writing YAML.
 */
export function buildPolicyJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(policySchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' });
  return {
    ...schema,
    title: 'Pledge policy',
    description: "The machine-readable form of a privacy policy's AI promises (policies/*.yaml).",
  };
}

export function renderPolicyJsonSchema(): string {
  return `${JSON.stringify(buildPolicyJsonSchema(), null, 2)}\n`;
}
