/**
 * `npx tsx scripts/pii-ab.ts --against DIR [--seconds N] [PART,PART…]` — the PII engine of another
 * checkout (A, DIR) against this one (B) in one process, part by part, on the 66 KB text of
 * `npm run bench:pii`. Each round times every part in both builds (A B, then B A in the next
 * round), five calls each, and keeps the fastest; the report is each build's minimum over the
 * rounds after the first fifth (warm-up) and the median of the per-round ratios B / A, which a
 * load change on a shared machine moves less than either time. One heap is shared: blind to a
 * build's GC cost (see pii-request-bench.ts --isolated for that).
 *
 * Parts: detect, redact (detect + vault apply), redact2k (the same on the 2 KB chat prompt of
 * pii-request-bench.ts), apply (vault apply of fixed findings), overlaps (resolveOverlaps of the
 * candidates of one call), tokenize (the PERSON tokenizer with the digit runs), or a recognizer's
 * entity name (its scan alone, after PERSON has filled the shared index). Default: detect,redact.
 *
 * Make the other checkout with
 *   mkdir -p /tmp/base && git archive HEAD | tar -x -C /tmp/base && ln -s "$PWD/node_modules" /tmp/base/
 * Checkouts before candidates.ts (2026-11-27) collected candidates in an array; both are handled.
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { crmPrompt } from './bench-prompts.ts';
import { mixedCrmText } from './pii-bench-text.ts';

type RecognizersModule = typeof import('../src/core/redact/detectors/index.ts');
type DigitRunsModule = typeof import('../src/core/redact/digit-runs.ts');
type EngineModule = typeof import('../src/core/redact/engine.ts');
type VaultModule = typeof import('../src/core/redact/vault.ts');
type OverlapsModule = typeof import('../src/core/redact/overlaps.ts');
type TokensModule = typeof import('../src/core/redact/names/tokens.ts');
type CuesModule = typeof import('../src/core/redact/names/cues.ts');
type CandidatesModule = typeof import('../src/core/redact/candidates.ts');
type Out = Parameters<OverlapsModule['resolveOverlaps']>[0];

const { values: args, positionals } = parseArgs({ options: { against: { type: 'string' }, seconds: { type: 'string' } }, allowPositionals: true });
if (args.against === undefined) throw new Error('usage: pii-ab.ts --against DIR [--seconds N] [PART,PART…]');
const here = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const parts = (positionals[0] ?? 'detect,redact').split(',');
const seconds = Number(args.seconds ?? 20);
const mixed = mixedCrmText(64 * 1024);
// Through JSON, as the proxy gets it: a flat string.
const prompt2k = JSON.parse(JSON.stringify(crmPrompt(2048))) as string;
const pseudo = () => 'pseudonymize' as const;
/** The PERSON recognizer's kept words (person.ts does not export its set; the tokenizer's work is the same). */
const PLACE_PREPOSITIONS = ['in', 'at', 'near', 'leaves', 'via', 'en', 'w', 'we', 'desde', 'hacia', 'around'];

/** A part's timed call; returns ms, or undefined to time the whole call. */
type Part = () => number | undefined;

async function load(root: string): Promise<Map<string, Part>> {
  const imp = <T>(rel: string): Promise<T> => import(pathToFileURL(path.join(root, 'src/core/redact', rel)).href) as Promise<T>;
  const { RECOGNIZERS } = await imp<RecognizersModule>('detectors/index.ts');
  const { TextIndex } = await imp<DigitRunsModule>('digit-runs.ts');
  const { createDetector, DEFAULT_DETECTOR_OPTIONS } = await imp<EngineModule>('engine.ts');
  const { createVault } = await imp<VaultModule>('vault.ts');
  const { resolveOverlaps } = await imp<OverlapsModule>('overlaps.ts');
  const { tokenize } = await imp<TokensModule>('names/tokens.ts');
  const { CUE_WORDS } = await imp<CuesModule>('names/cues.ts');
  const candidates = await imp<CandidatesModule>('candidates.ts').catch(() => undefined);
  const newOut = (): Out => (candidates ? new candidates.Candidates() : ([] as unknown as Out));
  const keep = new Set([...CUE_WORDS, ...PLACE_PREPOSITIONS]);
  const detect = createDetector(DEFAULT_DETECTOR_OPTIONS);
  const findings = detect(mixed);
  const scanAll = (): Out => {
    const out = newOut();
    const index = new TextIndex(mixed);
    RECOGNIZERS.PERSON.scan(mixed, out, index);
    for (const [name, r] of Object.entries(RECOGNIZERS)) if (name !== 'PERSON') r.scan(mixed, out, index);
    return out;
  };
  const whole = (f: () => unknown): Part => () => void f();
  const found = new Map<string, Part>();
  for (const part of parts) {
    if (part === 'detect') found.set(part, whole(() => detect(mixed)));
    else if (part === 'redact') found.set(part, whole(() => createVault().apply(mixed, detect(mixed), pseudo)));
    else if (part === 'redact2k') found.set(part, whole(() => createVault().apply(prompt2k, detect(prompt2k), pseudo)));
    else if (part === 'apply') found.set(part, whole(() => createVault().apply(mixed, findings, pseudo)));
    else if (part === 'tokenize') found.set(part, whole(() => tokenize(mixed, keep, new TextIndex(mixed))));
    else if (part === 'overlaps') {
      const all = scanAll();
      // An array is sorted in place (copy it); candidates.ts buffers are only read.
      found.set(part, whole(() => resolveOverlaps(Array.isArray(all) ? (all.slice() as unknown as Out) : all)));
    } else if (Object.hasOwn(RECOGNIZERS, part)) {
      const r = RECOGNIZERS[part as keyof RecognizersModule['RECOGNIZERS']];
      found.set(part, () => {
        const index = new TextIndex(mixed);
        if (part !== 'PERSON') RECOGNIZERS.PERSON.scan(mixed, newOut(), index);
        const out = newOut();
        const t = performance.now();
        r.scan(mixed, out, index);
        return performance.now() - t;
      });
    } else throw new Error(`unknown part ${part}`);
  }
  return found;
}

const builds = [await load(args.against), await load(here)];
const best = parts.map(() => [[] as number[], [] as number[]]);
const t0 = performance.now();
for (let round = 0; performance.now() - t0 < seconds * 1000; round++) {
  parts.forEach((part, p) => {
    for (const b of round % 2 === 0 ? [0, 1] : [1, 0]) {
      const run = builds[b]!.get(part)!;
      let min = Infinity;
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        const own = run();
        min = Math.min(min, own ?? performance.now() - t);
      }
      best[p]![b]!.push(min);
    }
  });
}
const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;
console.log(`A = ${args.against}, B = this checkout; ${seconds} s; µs per call, minimum over rounds, median per-round B/A`);
parts.forEach((part, p) => {
  const [a, b] = best[p]!;
  const skip = Math.floor(a!.length / 5);
  const ratios = a!.slice(skip).map((x, i) => b![i + skip]! / x);
  const min = (xs: number[]): string => (Math.min(...xs.slice(skip)) * 1000).toFixed(1);
  console.log(`${part.padEnd(14)} A ${min(a!).padStart(8)}  B ${min(b!).padStart(8)}  B/A ${median(ratios).toFixed(3)}  (${ratios.length} rounds)`);
});
