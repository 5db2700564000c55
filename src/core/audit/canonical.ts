/**
 * Canonical JSON: object keys sorted by UTF-16 code unit, no whitespace, `undefined` members
 * dropped. Close to RFC 8785 (JCS) for the values audit events hold (strings, finite numbers,
 * booleans, arrays, plain objects), so a hash over it does not depend on key order or spacing.
 *
 * It runs for every audit event (on the append thread, for the hash and the stored text), so a
 * value that is already in canonical shape (plain objects whose keys are in sorted order, finite
 * numbers, strings, booleans, null, arrays of those) is handed to the native `JSON.stringify`,
 * which emits exactly the same text for it: same string escaping and number formatting, object
 * members in insertion order (= sorted here), `undefined` members dropped. The request path builds
 * its events in that order, and `JSON.parse` keeps it. Anything else takes the general walk below.
 */
export function canonicalJson(value: unknown): string {
  if (inCanonicalOrder(value, 0)) return JSON.stringify(value);
  return canonicalWalk(value);
}

const MAX_FAST_DEPTH = 32;

/**
 * True when `JSON.stringify(value)` is the canonical text: every object is a plain object (no
 * prototype other than Object.prototype or null, so no toJSON from a class) with its own keys in
 * strictly ascending UTF-16 order, every number finite, and nothing else but strings, booleans,
 * null and arrays. `undefined` is allowed only as an object member (both forms drop it).
 */
function inCanonicalOrder(value: unknown, depth: number): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object':
      break;
    default:
      return false;
  }
  if (value === null) return true;
  if (depth >= MAX_FAST_DEPTH) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (v === undefined || !inCanonicalOrder(v, depth + 1)) return false;
    }
    return true;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  const record = value as Record<string, unknown>;
  let prev: string | undefined;
  for (const key in record) {
    // for-in also walks inherited enumerable keys; a plain object has none unless
    // Object.prototype was extended, and then the general walk (own keys) decides.
    if (!Object.hasOwn(record, key)) return false;
    if (prev !== undefined && !(prev < key)) return false;
    prev = key;
    const v = record[key];
    if (v !== undefined && !inCanonicalOrder(v, depth + 1)) return false;
  }
  // Own non-enumerable or symbol keys are skipped by both forms; nothing more to check.
  return true;
}

/** The general form: one string, no arrays of entries; `sort()` without a comparator orders by UTF-16 code unit. */
function canonicalWalk(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
    const text = JSON.stringify(value);
    if (text === undefined) throw new TypeError(`canonicalJson: unsupported ${typeof value}`);
    return text;
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + canonicalWalk(value[i]);
    return out + ']';
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  for (const key of keys) {
    const v = record[key];
    if (v === undefined) continue;
    // A member already in canonical shape (most of them, when one record's keys are out of order) is stringified natively.
    out += (out.length > 1 ? ',' : '') + JSON.stringify(key) + ':' + (inCanonicalOrder(v, 0) ? JSON.stringify(v) : canonicalWalk(v));
  }
  return out + '}';
}
