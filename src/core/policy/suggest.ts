/** Levenshtein distance, two rows. Inputs here are short identifiers. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/**
 * The closest candidate to `input`, or undefined when nothing is close. A candidate that contains
 * the input (EMAIL → EMAIL_ADDRESS) wins over edit distance, because a truncated name is the
 * most common mistake; otherwise the distance must be small relative to the length.
 */
export function suggest(input: string, candidates: readonly string[]): string | undefined {
  const needle = input.toLowerCase();
  if (needle.length === 0) return undefined;
  const containing = candidates.filter((c) => c.toLowerCase().includes(needle) || needle.includes(c.toLowerCase()));
  if (containing.length > 0 && needle.length >= 3) {
    return [...containing].sort((x, y) => Math.abs(x.length - input.length) - Math.abs(y.length - input.length))[0];
  }
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(needle, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(input.length / 3)) ? best : undefined;
}

/** `; did you mean X?` or nothing. */
export function didYouMean(input: string, candidates: readonly string[]): string {
  const s = suggest(input, candidates);
  return s ? `; did you mean ${s}?` : '';
}
