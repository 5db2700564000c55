import { timingSafeEqual } from '../tenancy/keys.ts';

/** Session cookies carry the staff id and expiry, signed with the deployment's HMAC key. */
export const SESSION_COOKIE = 'pledge_session';
export const CSRF_COOKIE = 'pledge_csrf';
export const SESSION_TTL_MS = 8 * 3_600_000;

type Sign = (raw: string) => Promise<string>;

const randomId = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

export async function issueSession(sign: Sign, staffId: string, now: number, ttlMs = SESSION_TTL_MS): Promise<{ value: string; expires: Date }> {
  // Whole milliseconds: a runtime clock may be fractional (performance.now), the cookie holds digits.
  const exp = Math.floor(now + ttlMs);
  const body = `${staffId}.${exp}.${randomId()}`;
  const mac = (await sign(`staff-session:${body}`)).slice(0, 48);
  return { value: `${body}.${mac}`, expires: new Date(exp) };
}

/** The staff id in a valid, unexpired session cookie; undefined otherwise. */
export async function readSession(sign: Sign, value: string | undefined, now: number): Promise<string | undefined> {
  if (!value || value.length > 200) return undefined;
  const parts = value.split('.');
  if (parts.length !== 4) return undefined;
  const [id, exp, nonce, mac] = parts as [string, string, string, string];
  if (!/^stf_[a-z0-9]{1,32}$/.test(id) || !/^\d{1,15}$/.test(exp) || !/^[0-9a-f]{32}$/.test(nonce)) return undefined;
  const want = (await sign(`staff-session:${id}.${exp}.${nonce}`)).slice(0, 48);
  if (!timingSafeEqual(want, mac)) return undefined;
  return Number(exp) > now ? id : undefined;
}

/** The expiry (ms) a session cookie carries, or undefined when it has none; says nothing about validity. */
export function sessionExpiry(value: string): number | undefined {
  const exp = value.split('.')[1];
  return exp !== undefined && /^\d{1,15}$/.test(exp) ? Number(exp) : undefined;
}

/** A fresh random value for the CSRF cookie. */
export const newCsrfSeed = randomId;

/** The form token for a CSRF cookie: signed, so a planted cookie alone cannot forge a form. */
export async function csrfToken(sign: Sign, seed: string): Promise<string> {
  return (await sign(`staff-csrf:${seed}`)).slice(0, 40);
}

export async function checkCsrf(sign: Sign, seed: string | undefined, presented: unknown): Promise<boolean> {
  if (!seed || !/^[0-9a-f]{32}$/.test(seed) || typeof presented !== 'string') return false;
  return timingSafeEqual(await csrfToken(sign, seed), presented);
}
