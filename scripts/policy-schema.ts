// Writes schemas/policy.schema.json from the zod policy schema. Run: npm run policies:schema
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderPolicyJsonSchema } from '../src/core/policy/json-schema.ts';

const out = path.resolve(import.meta.dirname, '..', 'schemas', 'policy.schema.json');
writeFileSync(out, renderPolicyJsonSchema());
process.stdout.write('wrote schemas/policy.schema.json\n');
