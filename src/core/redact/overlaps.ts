import type { Finding } from './entities.ts';
import type { Candidate } from './recognizer.ts';

const byStartThenLongest = (a: Candidate, b: Candidate): number => a.start - b.start || b.end - a.end;
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
  candidates.sort(byStartThenLongest);
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
    } else resolveCluster(candidates.slice(i, j), out);
    i = j;
  }
  return out;
}

function resolveCluster(cluster: Candidate[], out: Finding[]): void {
  cluster.sort(byLengthPriorityStart);
  const chosen: Candidate[] = [];
  for (const c of cluster) if (chosen.every((k) => c.end <= k.start || c.start >= k.end)) chosen.push(c);
  chosen.sort(byStart);
  for (const c of chosen) out.push({ type: c.type, start: c.start, end: c.end });
}
