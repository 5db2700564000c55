import { compileCustomEntity } from '../redact/custom.ts';
import { ENTITY_TYPES } from '../redact/entities.ts';
import { ENFORCER_IDS, isEnforcerId } from './enforcers.ts';
import { formatPath } from './issues.ts';
import { PROVIDER_IDS, type Clause, type Policy } from './schema.ts';
import { didYouMean } from './suggest.ts';
import { isAttested, trainsUnlessAttested } from './terms.ts';

export interface Findings {
  errors: string[];
  warnings: string[];
}

/** Names people reach for that are not our provider ids. */
const PROVIDER_ALIASES: Record<string, string> = {
  google: 'gemini',
  'google-ai': 'gemini',
  vertex: 'gemini',
  claude: 'anthropic',
  microsoft: 'azure',
  'azure-openai': 'azure',
  copilot: 'azure',
};

const isCompat = (id: string) => /^compat:[a-z0-9][a-z0-9_-]*$/.test(id);

function checkProviders(p: Policy, out: Findings): void {
  for (const [id, rule] of Object.entries(p.providers)) {
    const at = formatPath(['providers', id]);
    if (!(PROVIDER_IDS as readonly string[]).includes(id) && !isCompat(id)) {
      const alias = Object.hasOwn(PROVIDER_ALIASES, id.toLowerCase()) ? PROVIDER_ALIASES[id.toLowerCase()] : undefined;
      const hint = alias ? `; did you mean ${alias}?` : didYouMean(id, PROVIDER_IDS) || `; use one of ${PROVIDER_IDS.join(', ')} or compat:<name>`;
      out.errors.push(`${at}: unknown provider ${JSON.stringify(id)}${hint}`);
      continue;
    }
    if (!rule.allow) continue;
    if (rule.models.length === 0) out.warnings.push(`${at}.models: empty, so every ${id} request is refused; use allow: false to say so`);
    if (rule.endpoints.length === 0) out.warnings.push(`${at}.endpoints: empty, so every ${id} request is refused; use allow: false to say so`);
    if (rule.upstream && !rule.upstream.startsWith('https://')) {
      out.warnings.push(`${at}.upstream: ${rule.upstream} is not https; traffic to it is not encrypted`);
    }
    const trains = trainsUnlessAttested(id);
    if (trains && !isAttested(p, id)) {
      out.warnings.push(
        rule.require_attested_terms
          ? `${at}: ${id} is allowed but ${trains.term} is not attested, so every ${id} request is refused; set terms.${trains.term}: true once ${trains.when}`
          : `${at}: ${id} is allowed without attesting ${trains.terms}; ${trains.risk}. Set terms.${trains.term}: true if ${trains.when}, or require_attested_terms: true to refuse`,
      );
    }
  }
}

function checkRedaction(p: Policy, out: Findings): void {
  const custom = p.redaction.custom.map((c) => c.name);
  const known = [...ENTITY_TYPES, ...custom];
  if (Array.isArray(p.redaction.entities)) {
    p.redaction.entities.forEach((e, i) => {
      if (!known.includes(e)) {
        const at = formatPath(['redaction', 'entities', i]);
        out.errors.push(`${at}: unknown entity ${JSON.stringify(e)}${didYouMean(e, known) || '; declare it under redaction.custom'}`);
      }
    });
  }
  for (const e of Object.keys(p.redaction.modes)) {
    if (!known.includes(e)) {
      out.errors.push(`${formatPath(['redaction', 'modes', e])}: unknown entity ${JSON.stringify(e)}${didYouMean(e, known)}`);
    }
  }
  p.redaction.custom.forEach((c, i) => {
    const at = formatPath(['redaction', 'custom', i]);
    if ((ENTITY_TYPES as readonly string[]).includes(c.name)) {
      out.errors.push(`${at}.name: ${c.name} is a built-in entity; give the custom pattern its own name`);
    }
    if (custom.indexOf(c.name) !== i) out.errors.push(`${at}.name: ${c.name} is declared twice`);
    // The engine's own compile, so a pattern it would refuse (nested quantifiers, an empty match)
    // fails the policy here instead of every request under it.
    try {
      compileCustomEntity(c);
    } catch (err) {
      const why = err instanceof Error ? err.message.replace(/^custom entity "?[^\s:"]*"?: /, '') : 'invalid pattern';
      out.errors.push(`${at}.pattern: ${why}`);
    }
  });
}

/** Every rule-level `clause` in the policy, with where it sits. */
function ruleClauses(p: Policy): { at: string; clause: Clause }[] {
  const found: { at: string; clause: Clause }[] = [];
  const add = (path: PropertyKey[], clause: Clause | undefined) => clause && found.push({ at: formatPath([...path, 'clause']), clause });
  for (const [id, rule] of Object.entries(p.providers)) add(['providers', id], rule.clause);
  add(['redaction'], p.redaction.clause);
  add(['no_training'], p.no_training.clause);
  add(['logging'], p.logging.clause);
  add(['limits'], p.limits.clause);
  p.decisions.forEach((d, i) => add(['decisions', i], d.clause));
  return found;
}

function checkClauses(p: Policy, out: Findings): void {
  const ids = p.clauses.map((c) => c.id);
  p.clauses.forEach((c, i) => {
    if (ids.indexOf(c.id) !== i) out.errors.push(`${formatPath(['clauses', i, 'id'])}: ${c.id} is used twice; clause ids must be unique`);
    c.enforced_by.forEach((e, j) => {
      if (!isEnforcerId(e)) {
        const at = formatPath(['clauses', i, 'enforced_by', j]);
        out.errors.push(`${at}: unknown enforcer ${JSON.stringify(e)}${didYouMean(e, ENFORCER_IDS) || `; use one of ${ENFORCER_IDS.join(', ')}`}`);
      }
    });
  });
  for (const { at, clause } of ruleClauses(p)) {
    if (clause.id !== undefined && !ids.includes(clause.id)) {
      out.errors.push(`${at}.id: no clause with id ${JSON.stringify(clause.id)} under clauses:${didYouMean(clause.id, ids)}`);
    }
  }
  const decisionIds = p.decisions.map((d) => d.id);
  decisionIds.forEach((id, i) => {
    if (decisionIds.indexOf(id) !== i) out.errors.push(`${formatPath(['decisions', i, 'id'])}: ${id} is used twice; decision rule ids must be unique`);
  });
}

/** Checks zod cannot express: names that must exist in other tables, cross-references, risky settings. */
export function validatePolicy(p: Policy): Findings {
  const out: Findings = { errors: [], warnings: [] };
  checkProviders(p, out);
  checkRedaction(p, out);
  checkClauses(p, out);
  if (!p.no_training.enforce) out.warnings.push('no_training.enforce: false; provider no-training rewrites are off');
  if (!p.no_training.refuse_training_endpoints) out.warnings.push('no_training.refuse_training_endpoints: false; fine-tuning endpoints are reachable');
  return out;
}
