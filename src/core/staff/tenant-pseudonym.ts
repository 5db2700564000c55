/**
 * The tenant id as audit events and review items store it: `t_` + the first 16 hex characters of
 * the keyed HMAC of `tenant:<name>`. The pipeline and the staff scope checks both use this, so a
 * staff member scoped to "acme" matches exactly the records the pipeline wrote for "acme".
 */
export async function tenantPseudonym(pseudonymize: (raw: string) => Promise<string>, name: string): Promise<string> {
  return `t_${(await pseudonymize(`tenant:${name}`)).slice(0, 16)}`;
}
