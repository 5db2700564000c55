/**
 * `pledge keys create --tenant T --policy P [--credential-ref REF]` prints a client key once and
 * stores only its SHA-256. `pledge keys list [--json]` shows no secrets. `pledge keys revoke ID`.
 * The database is PLEDGE_DB (default ./data/pledge.db).
 */
import type { DatabaseSync } from 'node:sqlite';
import { parseArgs } from 'node:util';
import { createClientKey, type KeyRecord, TENANT_RE, TENANT_RULE, validateCredentialRef } from '../../core/tenancy/keys.ts';
import { openDatabase, resolveDbPath } from '../../runtime/node/sqlite/db.ts';
import { createSqliteKeyStore } from '../../runtime/node/sqlite/key-store.ts';
import { createPolicyRegistry } from '../../runtime/node/policy-loader.ts';
import type { CliIo } from '../io.ts';
import { recordCliStaffEvent } from '../staff-event.ts';

const USAGE = `usage:
  pledge keys create --tenant T --policy P [--credential-ref NAME | --credential-ref provider=NAME ...]
  pledge keys list [--json]
  pledge keys revoke ID
`;

class UsageError extends Error {}

async function withStore<T>(io: CliIo, fn: (store: ReturnType<typeof createSqliteKeyStore>, db: DatabaseSync) => Promise<T>): Promise<T> {
  const db = await openDatabase(resolveDbPath(io.env, io.cwd));
  try {
    return await fn(createSqliteKeyStore(db), db);
  } finally {
    db.close();
  }
}

/**
 * A key for a policy that does not load would be refused on every request: catch it now. The
 * policies are loaded exactly as the server loads them (every file under policies/, plus
 * PLEDGE_POLICY when it is a path elsewhere), so a key can name any policy the server can serve.
 */
async function checkPolicy(name: string, io: CliIo): Promise<string | null> {
  if (!/^[a-z0-9][a-z0-9_-]*$/.test(name)) return `--policy must be a policy name (the name: of a policy file), got ${JSON.stringify(name)}`;
  let registry: Awaited<ReturnType<typeof createPolicyRegistry>>;
  try {
    registry = await createPolicyRegistry({ policy: io.env.PLEDGE_POLICY, cwd: io.cwd });
  } catch (err) {
    return err instanceof Error ? err.message : 'policies failed to load';
  }
  if (registry.get(name)) return null;
  return `no policy named ${name}: the server loads ${registry.names().join(', ')} (files under policies/, and PLEDGE_POLICY if it is a path)`;
}

async function create(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { tenant: { type: 'string' }, policy: { type: 'string' }, 'credential-ref': { type: 'string', multiple: true } },
  });
  if (!values.tenant || !values.policy) throw new UsageError('--tenant and --policy are required');
  if (!TENANT_RE.test(values.tenant)) throw new UsageError(`--tenant must be ${TENANT_RULE}`);
  const refs = values['credential-ref'] ?? [];
  const credentialRef = refs.length > 0 ? refs.join(',') : undefined;
  const problem = (credentialRef && validateCredentialRef(credentialRef)) || (await checkPolicy(values.policy, io));
  if (problem) {
    io.stderr.write(`pledge keys create: ${problem}\n`);
    return 1;
  }
  const { key, record } = await withStore(io, async (store, db) => {
    const created = await createClientKey(store, { tenant: values.tenant!, policy: values.policy!, credentialRef });
    await recordCliStaffEvent(db, io, { action: 'key.create', target: created.record.id, tenant: created.record.tenant });
    return created;
  });
  io.stderr.write(`created ${record.id} for tenant ${record.tenant} (policy ${record.policy}${credentialRef ? `, credential ${credentialRef}` : ''})\n`);
  io.stderr.write('the key is shown once; only its hash is stored:\n');
  io.stdout.write(`${key}\n`);
  return 0;
}

const row = (k: KeyRecord) =>
  [k.id, k.tenant, k.policy, k.credentialRef ?? '-', k.hint, k.createdAt, k.revokedAt ? `revoked ${k.revokedAt}` : 'active'].join('\t');

async function list(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' } } });
  const keys = await withStore(io, (store) => store.list());
  if (values.json) {
    for (const k of keys) io.stdout.write(`${JSON.stringify(k)}\n`);
    return 0;
  }
  io.stdout.write(`${['id', 'tenant', 'policy', 'credential', 'key', 'created', 'status'].join('\t')}\n`);
  for (const k of keys) io.stdout.write(`${row(k)}\n`);
  return 0;
}

async function revoke(args: string[], io: CliIo): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true });
  const [id] = positionals;
  if (!id || positionals.length > 1) throw new UsageError('give exactly one key id (see pledge keys list)');
  const done = await withStore(io, async (store, db) => {
    const tenant = (await store.list()).find((k) => k.id === id)?.tenant;
    const revoked = await store.revoke(id, new Date().toISOString());
    if (revoked && tenant) await recordCliStaffEvent(db, io, { action: 'key.revoke', target: id, tenant });
    return revoked;
  });
  if (!done) {
    io.stderr.write(`pledge keys revoke: no active key with id ${JSON.stringify(id.slice(0, 40))}\n`);
    return 1;
  }
  io.stdout.write(`revoked ${id}\n`);
  return 0;
}

const subcommands: Record<string, (args: string[], io: CliIo) => Promise<number>> = { create, list, revoke };

export async function run(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  const fn = sub ? subcommands[sub] : undefined;
  if (!fn) {
    io.stderr.write(USAGE);
    return sub === undefined || sub === '--help' ? 0 : 2;
  }
  try {
    return await fn(rest, io);
  } catch (err) {
    if (err instanceof UsageError || (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS'))) {
      io.stderr.write(`pledge keys ${sub}: ${err.message}\n${USAGE}`);
      return 2;
    }
    throw err;
  }
}
