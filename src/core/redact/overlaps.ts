import type { Finding } from './entities.ts';
import type { Candidate } from './recognizer.ts';

/**
 * Pick non-overlapping findings: within each cluster of overlapping candidates the longest span
 * wins, then the more specific entity (higher priority), then the earlier one. Sorting once and
 * sweeping clusters keeps this O(n log n) even for a 5 MB input with many candidates.
 */
export function resolveOverlaps(candidates: Candidate[]): Finding[] {
  if (candidates.length === 0) return [];
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Finding[] = [];
  let cluster: Candidate[] = [];
  let clusterEnd = -1;
  const flush = (): void => {
    if (cluster.length === 1) {
      const c = cluster[0]!;
      out.push({ type: c.type, start: c.start, end: c.end });
    } else if (cluster.length > 1) {
      const ranked = [...cluster].sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
      const chosen: Candidate[] = [];
      for (const c of ranked) if (chosen.every((k) => c.end <= k.start || c.start >= k.end)) chosen.push(c);
      chosen.sort((a, b) => a.start - b.start);
      for (const c of chosen) out.push({ type: c.type, start: c.start, end: c.end });
    }
    cluster = [];
  };
  for (const c of candidates) {
    if (c.start >= clusterEnd) {
      flush();
      clusterEnd = c.end;
    } else if (c.end > clusterEnd) clusterEnd = c.end;
    cluster.push(c);
  }
  flush();
  return out;
}
