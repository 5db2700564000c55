import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/**
 * The engine ships as one-byte source. esbuild escapes non-ASCII characters in strings but not in
 * regular expression literals, and one such character anywhere makes the whole bundle (~500 KB) a
 * two-byte string to V8: slower to decode and to parse at every cold start (~1.5 ms of the ~50 ms
 * budget, `npm run bench:pii`). Write them as `\uXXXX` in regex literals.
 */
describe('engine bundle', () => {
  it('is ASCII only, so V8 reads it as a one-byte string', async () => {
    const entry = fileURLToPath(new URL('./engine.ts', import.meta.url));
    const out = await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', minify: true, write: false, logLevel: 'silent' });
    const code = out.outputFiles[0]!.text;
    const nonAscii = [...code.matchAll(/[^\x00-\x7f]/g)].slice(0, 5).map((m) => code.slice(Math.max(0, m.index - 40), m.index + 10));
    expect(nonAscii).toEqual([]);
    expect(code.length).toBeGreaterThan(100_000);
  });
});
