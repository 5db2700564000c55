import { z } from 'zod';
import { httpBaseUrl } from '../util/http-base-url.ts';

/**
 * The machine-readable form of a privacy policy's AI promises. Every rule may cite the clause it
 * enforces (`clause`), so the compliance report can show evidence per clause.
 */
export const clauseSchema = z
  .object({
    source: z.string().min(1).describe('Seed file name plus section, e.g. "000_20c7eb96e660faa8.txt §5"'),
    quote: z.string().min(1).describe('The promise, quoted verbatim from the source'),
    id: z.string().optional().describe('Id of the entry in `clauses:` this rule enforces'),
    note: z.string().optional().describe('How the rule reads the promise, when that is not obvious'),
  })
  .strict();
export type Clause = z.infer<typeof clauseSchema>;

export const PROVIDER_IDS = ['openai', 'anthropic', 'gemini', 'azure'] as const;
export type BuiltinProviderId = (typeof PROVIDER_IDS)[number];

export const providerTermsSchema = z
  .object({
    zdr: z.boolean().default(false).describe('A zero-data-retention agreement is in place'),
    paid_tier: z.boolean().default(false).describe('Paid terms (no training on prompts) apply to the key'),
    modified_abuse_monitoring: z.boolean().default(false).describe('Azure: modified abuse monitoring approved'),
    dpa: z.boolean().default(false).describe('A data processing agreement is signed'),
  })
  .strict();

export type ProviderTerms = z.infer<typeof providerTermsSchema>;

export const providerRuleSchema = z
  .object({
    allow: z.boolean().default(true),
    models: z.array(z.string().min(1)).default(['*']).describe('Glob patterns of allowed models'),
    endpoints: z.array(z.string().min(1)).default(['*']).describe('Allowed endpoint names, e.g. chat.completions'),
    terms: providerTermsSchema.default({ zdr: false, paid_tier: false, modified_abuse_monitoring: false, dpa: false }),
    require_attested_terms: z
      .boolean()
      .default(false)
      .describe('Refuse requests unless the terms that prevent training are attested'),
    region: z.string().optional().describe('Region label recorded in audit events'),
    upstream: httpBaseUrl
      .optional()
      .describe('Region-pinned upstream base URL, e.g. https://eu.api.openai.com/v1'),
    clause: clauseSchema.optional(),
  })
  .strict();
export type ProviderRule = z.infer<typeof providerRuleSchema>;

export const redactionModeSchema = z.enum(['pseudonymize', 'mask', 'block']);

export const customEntitySchema = z
  .object({
    name: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'use UPPER_SNAKE_CASE, e.g. EMPLOYEE_ID'),
    pattern: z.string().min(1),
    flags: z.string().regex(/^[imsu]*$/).optional(),
  })
  .strict();

export const redactionSchema = z
  .object({
    entities: z.union([z.literal('all'), z.array(z.string())]).default('all'),
    default_mode: redactionModeSchema.default('pseudonymize'),
    modes: z.record(z.string(), redactionModeSchema).default({}),
    custom: z.array(customEntitySchema).default([]),
    allow_terms: z.array(z.string()).default([]),
    non_text_parts: z.enum(['refuse', 'allow']).default('refuse'),
    clause: clauseSchema.optional(),
  })
  .strict();

export const noTrainingSchema = z
  .object({
    enforce: z.boolean().default(true).describe('Apply every no-training rewrite the provider supports'),
    refuse_training_endpoints: z.boolean().default(true).describe('Refuse fine-tuning, training-file uploads, tuned models'),
    content_usage_header: z.boolean().default(true).describe('Send Content-Usage: train-ai=n (a signal, not enforcement)'),
    clause: clauseSchema.optional(),
  })
  .strict();

export const loggingSchema = z
  .object({
    retention_days: z.number().int().positive().default(730),
    pseudonymize: z.array(z.enum(['user', 'tenant', 'ip'])).default(['user', 'tenant', 'ip']),
    clause: clauseSchema.optional(),
  })
  .strict();

export const decisionRuleSchema = z
  .object({
    id: z.string().min(1),
    tools: z.array(z.string().min(1)).min(1).describe('Glob patterns of tool/function names'),
    when: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
      .optional()
      .describe('Argument conditions: every key must equal (or glob-match) the value'),
    clause: clauseSchema.optional(),
  })
  .strict();
export type DecisionRule = z.infer<typeof decisionRuleSchema>;

export const limitsSchema = z
  .object({
    max_body_bytes: z.number().int().positive().default(1_048_576),
    upstream_timeout_ms: z.number().int().positive().default(120_000),
    /**
     * The most Pledge holds of an upstream answer at once: a whole (non-streamed) answer, or one
     * event of a stream (streams themselves are unbounded and pass in pieces). Larger ones are
     * refused (502) or end the stream with the provider's error event: a faulty or hostile upstream
     * cannot exhaust memory.
     */
    max_response_bytes: z.number().int().positive().default(67_108_864),
    clause: clauseSchema.optional(),
  })
  .strict();

/**
 * One promise of the privacy policy and what enforces it. `enforced_by` names enforcers from
 * ENFORCERS (src/core/policy/enforcers.ts); the compliance report shows their evidence counters.
 */
export const policyClauseSchema = clauseSchema.extend({
  id: z.string().regex(/^[a-z0-9][a-z0-9_.-]*$/, 'use lowercase letters, digits, ., - and _'),
  title: z.string().optional().describe('Short name of the promise, e.g. "No training on customer content"'),
  enforced_by: z.array(z.string()).min(1).describe('Enforcer ids, e.g. no_training.refuse_training_endpoints'),
});
export type PolicyClause = z.infer<typeof policyClauseSchema>;

export const policySchema = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'use lowercase letters, digits, - and _'),
    description: z.string().optional(),
    source: z.string().optional().describe('The privacy policy this file encodes (seed file name)'),
    providers: z.record(z.string(), providerRuleSchema),
    redaction: redactionSchema.default(() => redactionSchema.parse({})),
    no_training: noTrainingSchema.default(() => noTrainingSchema.parse({})),
    logging: loggingSchema.default(() => loggingSchema.parse({})),
    decisions: z.array(decisionRuleSchema).default([]),
    limits: limitsSchema.default(() => limitsSchema.parse({})),
    clauses: z.array(policyClauseSchema).default([]),
  })
  .strict();

export type Policy = z.infer<typeof policySchema>;

/** A loaded policy plus the hash of its source, recorded in every audit event. */
export interface LoadedPolicy {
  policy: Policy;
  versionHash: string;
  file: string;
}
