import type { JsonPath } from '../providers/types.ts';

/**
 * Depth-first rewrite of every string leaf in a parsed JSON value. `visit` gets the string and
 * its path and returns the replacement. Objects and arrays are rewritten in place and returned,
 * so unchanged bodies keep their identity and cost no allocation.
 */
export type StringVisitor = (value: string, path: JsonPath, parent: unknown) => string;
export type ObjectFilter = (node: Record<string, unknown>, path: JsonPath) => 'walk' | 'skip';

export function walkStrings(
  root: unknown,
  visit: StringVisitor,
  opts: { skipKeys?: ReadonlySet<string>; filter?: ObjectFilter; payloadKeys?: ReadonlySet<string>; mapKeys?: ReadonlySet<string> } = {},
): unknown {
  const path: (string | number)[] = [];
  const skipKeys = opts.skipKeys;
  const filter = opts.filter;
  const payloadKeys = opts.payloadKeys;
  const mapKeys = opts.mapKeys;

  /**
   * `payload`: inside a payload key's value, where neither skipKeys nor the filter apply. `map`: the
   * node is a map key's value, whose own keys are the developer's (skipKeys and the filter do not
   * apply to it; they do to the objects inside it).
   */
  function walk(node: unknown, parent: unknown, payload: boolean, map: boolean): unknown {
    if (typeof node === 'string') return visit(node, path, parent);
    if (node === null || typeof node !== 'object') return node;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        node[i] = walk(node[i], node, payload, false);
        path.pop();
      }
      return node;
    }
    const obj = node as Record<string, unknown>;
    if (!payload && !map && filter && filter(obj, path) === 'skip') return obj;
    for (const key of Object.keys(obj)) {
      const value = obj[key];
      // A structural key holds a scalar; anything else under it is walked like any other value.
      if (!payload && !map && skipKeys?.has(key) && (value === null || typeof value !== 'object')) continue;
      path.push(key);
      obj[key] = walk(value, obj, payload || (payloadKeys?.has(key) ?? false), !payload && (mapKeys?.has(key) ?? false));
      path.pop();
    }
    return obj;
  }

  return walk(root, undefined, false, false);
}

/** The last key of a path that is a property name (skipping array indices). */
export function lastKey(path: JsonPath): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const k = path[i];
    if (typeof k === 'string') return k;
  }
  return undefined;
}

/** Read a value at a path, or undefined. */
export function getAt(root: unknown, path: JsonPath): unknown {
  let node: unknown = root;
  for (const k of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[k];
  }
  return node;
}

/**
 * A minimal copy of `root` that keeps only the branch to `path` plus the identifying keys
 * named in `keep` along the way, with `value` at the leaf. Used to emit held-back stream text
 * as a small, valid event of the provider's own shape.
 */
export function pruneToPath(root: unknown, path: JsonPath, value: string, keep: ReadonlySet<string>): unknown {
  function build(node: unknown, depth: number): unknown {
    if (depth === path.length) return value;
    const key = path[depth]!;
    if (typeof key === 'number') {
      const arr = Array.isArray(node) ? node : [];
      return [build(arr[key], depth + 1)];
    }
    const src = node !== null && typeof node === 'object' ? (node as Record<string, unknown>) : {};
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(src)) {
      const v = src[k];
      if (k !== key && keep.has(k) && (v === null || typeof v !== 'object')) out[k] = v;
    }
    out[key] = build(src[key], depth + 1);
    return out;
  }
  return build(root, 0);
}

/**
 * Nesting that a body (or JSON text inside one) may have and still be refused as too deep when the
 * walkers run out of stack (at a few thousand levels; provider payloads nest a dozen or so).
 */
export const MAX_NESTING = 1000;

/** JSON text inside a string field nests more than MAX_NESTING levels: the client's error. */
export class JsonTooDeepError extends Error {
  constructor() {
    super('JSON text in the request nests too deeply');
    this.name = 'JsonTooDeepError';
  }
}

/**
 * How deeply `root` nests arrays and objects (a scalar is 0), counted without recursion, so it
 * answers for structures too deep for the recursive walkers above; stops counting past `limit`.
 */
export function nestingDepth(root: unknown, limit = Infinity): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    const d = depth + 1;
    if (d > deepest) {
      deepest = d;
      if (deepest > limit) return deepest;
    }
    for (const child of Array.isArray(node) ? node : Object.values(node as Record<string, unknown>)) {
      if (child !== null && typeof child === 'object') stack.push([child, d]);
    }
  }
  return deepest;
}
