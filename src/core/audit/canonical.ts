/**
 * Canonical JSON: object keys sorted by UTF-16 code unit, no whitespace, `undefined` members
 * dropped. Close to RFC 8785 (JCS) for the values audit events hold (strings, finite numbers,
 * booleans, arrays, plain objects), so a hash over it does not depend on key order or spacing.
 * (It runs once per audit event on the request path, so it builds one string and no arrays of
 * entries; `Array.prototype.sort` without a comparator orders by UTF-16 code unit.)
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
    const text = JSON.stringify(value);
    if (text === undefined) throw new TypeError(`canonicalJson: unsupported ${typeof value}`);
    return text;
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + canonicalJson(value[i]);
    return out + ']';
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  for (const key of keys) {
    const v = record[key];
    if (v === undefined) continue;
    out += (out.length > 1 ? ',' : '') + JSON.stringify(key) + ':' + canonicalJson(v);
  }
  return out + '}';
}
