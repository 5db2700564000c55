import { isMap, LineCounter, parseDocument } from 'yaml';
import { describeIssue } from './issues.ts';
import { policySchema, type LoadedPolicy } from './schema.ts';
import { validatePolicy } from './validate.ts';

export type ParseResult = { ok: true; value: LoadedPolicy; warnings: string[] } | { ok: false; errors: string[] };

/** SHA-256 of the source text, hex, first 16 characters: the policy version in audit events. */
export async function hashPolicySource(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest).subarray(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}

const baseName = (label: string) => label.split(/[\\/]/).pop()?.replace(/\.ya?ml$/i, '');

/**
 * YAML text → validated policy. Every message starts with `fileLabel: path:` and ends with a fix
 * where one exists. Never throws: any input yields errors or a policy.
 */
export async function parsePolicy(yamlText: string, fileLabel: string): Promise<ParseResult> {
  const fail = (lines: string[]): ParseResult => ({ ok: false, errors: lines.map((l) => `${fileLabel}: ${l}`) });
  let raw: unknown;
  try {
    const lines = new LineCounter();
    const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true, strict: true, lineCounter: lines });
    if (doc.errors.length > 0) {
      return fail(
        doc.errors.map((e) => {
          const pos = lines.linePos(e.pos[0]);
          return `line ${pos.line}, column ${pos.col}: YAML syntax error: ${e.message.split('\n')[0]}`;
        }),
      );
    }
    if (!isMap(doc.contents)) return fail(['(root): expected a mapping with at least name: and providers:']);
    raw = doc.toJS({ maxAliasCount: 50 });
  } catch (err) {
    // Alias expansion bombs and other structural problems end up here.
    return fail([`(root): cannot read YAML (${err instanceof Error ? err.message.split('\n')[0] : 'unknown error'})`]);
  }

  try {
    const parsed = policySchema.safeParse(raw);
    if (!parsed.success) return fail(parsed.error.issues.flatMap((i) => describeIssue(i, raw)));
    const { errors, warnings } = validatePolicy(parsed.data);
    if (errors.length > 0) return fail(errors);
    const expected = baseName(fileLabel);
    if (expected && /\.ya?ml$/i.test(fileLabel) && expected !== parsed.data.name) {
      warnings.push(`name: ${JSON.stringify(parsed.data.name)} differs from the file name; keys and PLEDGE_POLICY refer to it by name`);
    }
    const versionHash = await hashPolicySource(yamlText);
    return {
      ok: true,
      value: { policy: parsed.data, versionHash, file: fileLabel },
      warnings: warnings.map((w) => `${fileLabel}: ${w}`),
    };
  } catch (err) {
    return fail([`(root): policy could not be validated (${err instanceof Error ? err.message.split('\n')[0] : 'unknown error'})`]);
  }
}
