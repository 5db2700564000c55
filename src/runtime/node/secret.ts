import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parsePreviousSecrets } from '../../core/audit/pseudonym.ts';

export interface SecretOptions {
  env?: Record<string, string | undefined>;
  /** Told when a secret is generated or a file is too open. Never given the value. */
  log?: (message: string) => void;
  /** When false, a missing secret is an error instead of being generated (CLI lookups). */
  create?: boolean;
}

/** Where the generated secret lives: next to the database file. */
export function secretPathFor(dbPath: string): string {
  return path.join(path.dirname(path.resolve(dbPath)), 'pledge.secret');
}

function readSecretFile(file: string, log: (m: string) => void): string | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  if ((statSync(file).mode & 0o077) !== 0) log(`secret file ${file} is readable by other users; run chmod 600 on it`);
  return text;
}

/**
 * PLEDGE_SECRET keys every pseudonym. Order: the environment, then the file at `file`, else (on
 * first start) a new random 256-bit secret written to `file` with mode 0600. The audit hash chain
 * never uses it, so rotating it keeps old events verifiable.
 */
export function loadOrCreateSecret(file: string, opts: SecretOptions = {}): string {
  const env = opts.env ?? process.env;
  const log = opts.log ?? ((m: string) => process.stderr.write(`pledge: ${m}\n`));
  const fromEnv = env.PLEDGE_SECRET?.trim();
  const secret = fromEnv || readSecretFile(file, log);
  if (secret) {
    if (secret.length < 16) throw new Error('PLEDGE_SECRET must be at least 16 characters');
    return secret;
  }
  if (opts.create === false) throw new Error(`no PLEDGE_SECRET set and no secret file at ${file}`);
  const generated = randomBytes(32).toString('base64url');
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    writeFileSync(file, `${generated}\n`, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    // Another process created it first: use theirs.
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return loadOrCreateSecret(file, { ...opts, create: false });
    throw err;
  }
  log(`generated a new PLEDGE_SECRET at ${file} (mode 0600); back it up, it keys every pseudonym`);
  return generated;
}

/** Secrets in use before a rotation, from PLEDGE_SECRET_PREVIOUS (comma-separated). */
export function previousSecrets(env: Record<string, string | undefined> = process.env): string[] {
  return parsePreviousSecrets(env.PLEDGE_SECRET_PREVIOUS);
}
