/**
 * Cheap tests on a stream event's JSON text for whether it may carry something Pledge reads from
 * events (usage for the audit, tool calls and finishes for the decision tracker). They may say
 * yes wrongly (a key name inside a delta's text), never no wrongly: a key in JSON text is either
 * written as it is or hidden by a `\u` escape, which always counts as a yes.
 */

/** Whether `data` has any of `keys` in it, or any `\u` escape. */
export function mentionsAny(data: string, keys: readonly string[]): boolean {
  if (data.includes('\\u')) return true;
  for (const key of keys) if (data.includes(key)) return true;
  return false;
}

function count(data: string, needle: string): number {
  let n = 0;
  for (let i = data.indexOf(needle); i !== -1; i = data.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** Whether `key` occurs in `data` other than as `"key":null` (OpenAI chunks carry `"finish_reason":null` until the end). */
export function mentionsNonNull(data: string, key: string): boolean {
  const all = count(data, key);
  return all > 0 && all !== count(data, `"${key}":null`);
}
