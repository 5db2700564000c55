const cache = new Map<string, RegExp>();

/**
 * Glob match for model and endpoint names: `*` is any run of characters (including `/` and `.`,
 * so `gemini-*` matches `gemini-2.5-pro`), `?` is one character, everything else is literal.
 * Matching is exact over the whole name and case-sensitive, as provider model ids are.
 */
export function globToRegExp(glob: string): RegExp {
  let re = cache.get(glob);
  if (!re) {
    const body = glob
      .split('')
      .map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
      .join('');
    re = new RegExp(`^${body}$`, 's');
    if (cache.size > 1000) cache.clear();
    cache.set(glob, re);
  }
  return re;
}

export function matchesGlob(name: string, glob: string): boolean {
  return globToRegExp(glob).test(name);
}

export function matchesAny(name: string, globs: readonly string[]): boolean {
  return globs.some((g) => matchesGlob(name, g));
}
