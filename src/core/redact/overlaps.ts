import type { Finding } from './entities.ts';
import type { Candidates } from './candidates.ts';

/**
 * Pick non-overlapping findings: within each cluster of overlapping candidates the longest span
 * wins, then the more specific entity (higher priority), then the earlier one. Sorting once and
 * sweeping clusters keeps this O(n log n) even for a 5 MB input with many candidates; a cluster
 * of one (the usual case) costs no more than its finding. Candidates are read by index from their
 * arrays (candidates.ts): only the winners become objects.
 */
export function resolveOverlaps(candidates: Candidates): Finding[] {
  const n = candidates.count;
  if (n === 0) return [];
  const { start, end, type } = candidates;
  const order = sortByStartThenLongest(candidates);
  const out: Finding[] = [];
  let i = 0;
  while (i < n) {
    const first = order[i]!;
    let clusterEnd = end[first]!;
    let j = i + 1;
    for (; j < n; j++) {
      const c = order[j]!;
      if (start[c]! >= clusterEnd) break;
      if (end[c]! > clusterEnd) clusterEnd = end[c]!;
    }
    if (j === i + 1) out.push({ type: type[first]!, start: start[first]!, end: end[first]! });
    else if (j === i + 2) {
      // Two overlapping candidates (often the same name found by two passes): the better one, no sort.
      const second = order[i + 1]!;
      const winner = better(candidates, second, first) ? second : first;
      out.push({ type: type[winner]!, start: start[winner]!, end: end[winner]! });
    } else if (j - i <= MASKED_CLUSTER_MAX) resolveSmallCluster(candidates, order, i, j, out);
    else resolveCluster(candidates, Array.from(order.subarray(i, j)), out);
    i = j;
  }
  return out;
}

/** Candidate `a` ranks before `b`: longer, then higher priority, then earlier (a tie keeps the first in order). */
function better(c: Candidates, a: number, b: number): boolean {
  const la = c.end[a]! - c.start[a]!;
  const lb = c.end[b]! - c.start[b]!;
  if (la !== lb) return la > lb;
  if (c.priority[a] !== c.priority[b]) return c.priority[a]! > c.priority[b]!;
  return c.start[a]! < c.start[b]!;
}

/** Scratch orders for `sortByStartThenLongest`, kept between calls up to this many candidates (a larger call gets its own). */
const RETAINED_CAPACITY = 1 << 15;
let orderA = new Int32Array(256);
let orderB = new Int32Array(256);
/** Scratch for `sortByStartThenLongest`: where each ordered run starts. */
let runBounds = new Int32Array(257);

/**
 * Candidate indices by start, the longest first, equal ones in the order they were added (the
 * order of a stable sort). Cheaper than a sort: candidates arrive as a few ordered runs (one per
 * recognizer pass), found once, then merged pairwise by their bounds, taking the left run's on
 * ties. The result is a scratch array, valid until the next call.
 */
function sortByStartThenLongest(c: Candidates): Int32Array {
  const n = c.count;
  if (orderA.length < n && n <= RETAINED_CAPACITY) {
    orderA = new Int32Array(Math.max(n, orderA.length * 2));
    orderB = new Int32Array(orderA.length);
    runBounds = new Int32Array(orderA.length + 1);
  }
  const own = n > orderA.length;
  const { start, end } = c;
  let src = own ? new Int32Array(n) : orderA;
  let dst = own ? new Int32Array(n) : orderB;
  const bounds = own || runBounds.length < n + 1 ? new Int32Array(n + 1) : runBounds;
  let runs = 0;
  bounds[0] = 0;
  src[0] = 0;
  for (let i = 1; i < n; i++) {
    src[i] = i;
    // A run ends where candidate i - 1 goes after candidate i: a later start, or the same start and shorter.
    if (start[i - 1]! > start[i]! || (start[i - 1] === start[i] && end[i - 1]! < end[i]!)) bounds[++runs] = i;
  }
  bounds[++runs] = n;
  // Merge neighbouring runs pairwise until one is left; the merged runs' bounds are every other bound.
  while (runs > 1) {
    let kept = 0;
    for (let k = 0; k < runs; k += 2) {
      const lo = bounds[k]!;
      const hi = bounds[Math.min(k + 2, runs)]!;
      mergeRuns(start, end, src, lo, k + 1 < runs ? bounds[k + 1]! : hi, hi, dst);
      bounds[kept++] = lo;
    }
    bounds[kept] = n;
    runs = kept;
    const t = src;
    src = dst;
    dst = t;
  }
  return src;
}

/** Merge src[lo, mid) and src[mid, hi) into dst[lo, hi), the left run first on ties. */
function mergeRuns(start: Int32Array, end: Int32Array, src: Int32Array, lo: number, mid: number, hi: number, dst: Int32Array): void {
  let i = lo;
  let j = mid;
  let k = lo;
  while (i < mid && j < hi) {
    const a = src[i]!;
    const b = src[j]!;
    // a goes after b: take b.
    if (start[a]! > start[b]! || (start[a] === start[b] && end[a]! < end[b]!)) {
      dst[k++] = b;
      j++;
    } else {
      dst[k++] = a;
      i++;
    }
  }
  while (i < mid) dst[k++] = src[i++]!;
  while (j < hi) dst[k++] = src[j++]!;
}

/** Clusters up to this many candidates are resolved with one bit per candidate, allocating nothing. */
const MASKED_CLUSTER_MAX = 31;

/**
 * Same choice as `resolveCluster` for order[from, to): candidates are taken best first (the
 * earlier one on a tie, as the stable sort does) and kept when they overlap no kept one. They are
 * sorted by start, and kept ones do not overlap, so they go out in order.
 */
function resolveSmallCluster(c: Candidates, order: Int32Array, from: number, to: number, out: Finding[]): void {
  const size = to - from;
  let decided = 0;
  let kept = 0;
  for (let step = 0; step < size; step++) {
    let best = -1;
    for (let x = 0; x < size; x++) {
      if ((decided & (1 << x)) !== 0) continue;
      if (best === -1 || better(c, order[from + x]!, order[from + best]!)) best = x;
    }
    decided |= 1 << best;
    const b = order[from + best]!;
    let free = true;
    for (let x = 0; x < size && free; x++) {
      if ((kept & (1 << x)) === 0) continue;
      const k = order[from + x]!;
      free = c.end[b]! <= c.start[k]! || c.start[b]! >= c.end[k]!;
    }
    if (free) kept |= 1 << best;
  }
  for (let x = 0; x < size; x++) {
    if ((kept & (1 << x)) === 0) continue;
    const k = order[from + x]!;
    out.push({ type: c.type[k]!, start: c.start[k]!, end: c.end[k]! });
  }
}

function resolveCluster(c: Candidates, cluster: number[], out: Finding[]): void {
  // Best first; the built-in sort is stable, so equal candidates keep their order.
  cluster.sort((a, b) => (better(c, a, b) ? -1 : better(c, b, a) ? 1 : 0));
  const chosen: number[] = [];
  for (const k of cluster) if (chosen.every((x) => c.end[k]! <= c.start[x]! || c.start[k]! >= c.end[x]!)) chosen.push(k);
  chosen.sort((a, b) => c.start[a]! - c.start[b]!);
  for (const k of chosen) out.push({ type: c.type[k]!, start: c.start[k]!, end: c.end[k]! });
}
