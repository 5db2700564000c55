import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../src/core/policy/parse.ts';
import type { Clause, Policy } from '../src/core/policy/schema.ts';

const root = path.resolve(import.meta.dirname, '..');
const files = readdirSync(path.join(root, 'policies')).filter((f) => f.endsWith('.yaml'));
const seedsDir = process.env.PLEDGE_SEEDS_DIR ?? path.resolve(root, '../shared/seeds');

async function load(file: string): Promise<Policy> {
  const r = await parsePolicy(readFileSync(path.join(root, 'policies', file), 'utf8'), `policies/${file}`);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value.policy;
}

/** Every rule of a policy, with its citation (or undefined when it has none). */
function rules(p: Policy): [string, Clause | undefined][] {
  return [
    ...Object.entries(p.providers).map(([id, r]): [string, Clause | undefined] => [`providers.${id}`, r.clause]),
    ['redaction', p.redaction.clause],
    ['no_training', p.no_training.clause],
    ['logging', p.logging.clause],
    ['limits', p.limits.clause],
    ...p.decisions.map((d, i): [string, Clause | undefined] => [`decisions[${i}]`, d.clause]),
  ];
}

const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('shipped policies', () => {
  it('ships default plus one policy per seed company', () => {
    expect(files.sort()).toEqual(['allclients.yaml', 'allentics.yaml', 'asrsbot.yaml', 'default.yaml']);
  });

  it.each(files)('%s loads, and its name is its file name', async (file) => {
    expect((await load(file)).name).toBe(file.replace(/\.yaml$/, ''));
  });

  it('default allows all three providers, redacts everything, refuses training, queues the CRM decisions', async () => {
    const p = await load('default.yaml');
    expect(Object.keys(p.providers).sort()).toEqual(['anthropic', 'gemini', 'openai']);
    expect(p.providers.gemini?.require_attested_terms).toBe(false);
    expect(p.redaction.entities).toBe('all');
    expect(p.no_training).toMatchObject({ enforce: true, refuse_training_endpoints: true });
    expect(p.logging.retention_days).toBe(730);
    expect(p.decisions.flatMap((d) => d.tools).sort()).toEqual(
      ['assign_owner', 'book_meeting', 'qualify_lead', 'route_lead', 'schedule_meeting', 'score_lead', 'update_deal_stage'].sort(),
    );
  });

  const seedPolicies = files.filter((f) => f !== 'default.yaml');

  it.each(seedPolicies)('%s: every rule cites a clause of its seed file', async (file) => {
    const p = await load(file);
    expect(p.source).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
    for (const [where, clause] of rules(p)) {
      expect(clause, `${file}: ${where} has no clause`).toBeDefined();
      expect(clause?.source.startsWith(p.source ?? '?'), `${file}: ${where} cites another file`).toBe(true);
    }
    for (const c of p.clauses) expect(c.source.startsWith(p.source ?? '?')).toBe(true);
  });

  it.each(seedPolicies)('%s: maps every AI promise to an enforcer', async (file) => {
    const enforcers = new Set((await load(file)).clauses.flatMap((c) => c.enforced_by));
    for (const e of ['no_training.enforce', 'audit.metadata_only', 'decisions', 'providers.allowlist', 'logging.retention_days', 'subject.access', 'subject.erase', 'admin.rbac', 'tenancy.isolation']) {
      expect(enforcers, `${file} has no clause enforced by ${e}`).toContain(e);
    }
  });

  it.runIf(existsSync(seedsDir)).each(seedPolicies)('%s: every quote is verbatim from the seed', async (file) => {
    const p = await load(file);
    const seed = normalize(readFileSync(path.join(seedsDir, p.source ?? ''), 'utf8'));
    const quotes = [...rules(p).map(([, c]) => c?.quote), ...p.clauses.map((c) => c.quote)];
    for (const q of quotes) expect(seed, `${file}: not in the seed: ${q}`).toContain(normalize(q ?? ''));
  });
});
