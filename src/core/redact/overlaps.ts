import type { Finding } from './entities.ts';
import type { Candidate } from './recognizer.ts';

const byLengthPriorityStart = (a: Candidate, b: Candidate): number =>
  b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start;
const byStart = (a: Candidate, b: Candidate): number => a.start - b.start;

/**
 * Pick non-overlapping findings: within each cluster of overlapping candidates the longest span
 * wins, then the more specific entity (higher priority), then the earlier one. Sorting once and
 * sweeping clusters keeps this O(n log n) even for a 5 MB input with many candidates; a cluster
 * of one (the usual case) costs no more than its finding.
 */
export function resolveOverlaps(candidates: Candidate[]): Finding[] {
  const n = candidates.length;
  if (n === 0) return [];
  sortByStartThenLongest(candidates);
  const out: Finding[] = [];
  let i = 0;
  while (i < n) {
    const first = candidates[i]!;
    let clusterEnd = first.end;
    let j = i + 1;
    for (; j < n; j++) {
      const c = candidates[j]!;
      if (c.start >= clusterEnd) break;
      if (c.end > clusterEnd) clusterEnd = c.end;
    }
    if (j === i + 1) out.push({ type: first.type, start: first.start, end: first.end });
    else if (j === i + 2) {
      // Two overlapping candidates (often the same name found by two passes): the better one, no sort.
      const second = candidates[i + 1]!;
      const winner = byLengthPriorityStart(first, second) <= 0 ? first : second;
      out.push({ type: winner.type, start: winner.start, end: winner.end });
    } else if (j - i <= MASKED_CLUSTER_MAX) resolveSmallCluster(candidates, i, j, out);
    else resolveCluster(candidates.slice(i, j), out);
    i = j;
  }
  return out;
}

/** `a` goes after `b`: a later start, or the same start and shorter. */
const after = (a: Candidate, b: Candidate): boolean => a.start > b.start || (a.start === b.start && a.end < b.end);

/**
 * By start, the longest first; the order of the stable built-in sort, cheaper here: candidates
 * arrive as a few ordered runs (one per recognizer pass), so a natural merge sort merges them in
 * a few linear passes, with the comparisons inlined and one scratch array (the built-in sort
 * allocates ~850 B per call and calls the comparator n log n times). Merging adjacent runs and
 * taking the left one on ties keeps equal candidates in their first order, as a stable sort does.
 */
function sortByStartThenLongest(candidates: Candidate[]): void {
  const n = candidates.length;
  // The ordered runs, found once: run k is [bounds[k], bounds[k + 1]).
  if (runBounds.length < n + 1) runBounds = new Int32Array(Math.max(n + 1, runBounds.length * 2));
  const bounds = runBounds;
  let runs = 0;
  bounds[0] = 0;
  for (let i = 1; i < n; i++) if (after(candidates[i - 1]!, candidates[i]!)) bounds[++runs] = i;
  bounds[++runs] = n;
  if (runs === 1) return;
  let src = candidates;
  let dst = new Array<Candidate>(n);
  // Merge neighbouring runs pairwise until one is left; the merged runs' bounds are every other bound.
  while (runs > 1) {
    let kept = 0;
    for (let k = 0; k < runs; k += 2) {
      const lo = bounds[k]!;
      const hi = bounds[Math.min(k + 2, runs)]!;
      mergeRuns(src, lo, k + 1 < runs ? bounds[k + 1]! : hi, hi, dst);
      bounds[kept++] = lo;
    }
    bounds[kept] = n;
    runs = kept;
    [src, dst] = [dst, src];
  }
  if (src !== candidates) for (let i = 0; i < n; i++) candidates[i] = src[i]!;
}

/** Scratch for `sortByStartThenLongest`: where each ordered run starts. */
let runBounds = new Int32Array(64);

/** Merge src[lo, mid) and src[mid, hi) into dst[lo, hi), the left run first on ties. */
function mergeRuns(src: readonly Candidate[], lo: number, mid: number, hi: number, dst: Candidate[]): void {
  let i = lo;
  let j = mid;
  let k = lo;
  while (i < mid && j < hi) dst[k++] = after(src[i]!, src[j]!) ? src[j++]! : src[i++]!;
  while (i < mid) dst[k++] = src[i++]!;
  while (j < hi) dst[k++] = src[j++]!;
}

/** Clusters up to this many candidates are resolved with one bit per candidate, allocating nothing. */
const MASKED_CLUSTER_MAX = 31;

/**
 * Same choice as `resolveCluster` for candidates[from, to): candidates are taken best first (the
 * earlier one on a tie, as the stable sort does) and kept when they overlap no kept one. They are
 * sorted by start, and kept ones do not overlap, so they go out in index order.
 */
function resolveSmallCluster(candidates: Candidate[], from: number, to: number, out: Finding[]): void {
  const size = to - from;
  let decided = 0;
  let kept = 0;
  for (let step = 0; step < size; step++) {
    let best = -1;
    for (let x = 0; x < size; x++) {
      if ((decided & (1 << x)) !== 0) continue;
      if (best === -1 || byLengthPriorityStart(candidates[from + x]!, candidates[from + best]!) < 0) best = x;
    }
    decided |= 1 << best;
    const c = candidates[from + best]!;
    let free = true;
    for (let x = 0; x < size && free; x++) {
      if ((kept & (1 << x)) === 0) continue;
      const k = candidates[from + x]!;
      free = c.end <= k.start || c.start >= k.end;
    }
    if (free) kept |= 1 << best;
  }
  for (let x = 0; x < size; x++) {
    if ((kept & (1 << x)) === 0) continue;
    const c = candidates[from + x]!;
    out.push({ type: c.type, start: c.start, end: c.end });
  }
}

function resolveCluster(cluster: Candidate[], out: Finding[]): void {
  cluster.sort(byLengthPriorityStart);
  const chosen: Candidate[] = [];
  for (const c of cluster) if (chosen.every((k) => c.end <= k.start || c.start >= k.end)) chosen.push(c);
  chosen.sort(byStart);
  for (const c of chosen) out.push({ type: c.type, start: c.start, end: c.end });
}
