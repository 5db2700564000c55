/**
 * `npx tsx --import ./scripts/holdout-gazetteer.mjs scripts/pii-partial.ts`: names found only in part.
 * `npm run eval:pii` counts a gold PERSON span found when a finding overlaps it; a name found in part
 * still sends its other words on ("Gaona Alicea Sauceda Arroyo, Amalia" found as "Amalia"). Over every
 * blind set (test/pii-corpus/templates-fresh*.ts, 12 messages per template), this counts the gold names
 * with two or more letters outside every finding, by set, and prints each with what was found.
 */
import { readdirSync } from 'node:fs';
import { generateCorpus, CORPUS_SEED } from '../test/pii-corpus/generate.ts';
import { createDetector, DEFAULT_DETECTOR_OPTIONS } from '../src/core/redact/engine.ts';
const detect = createDetector(DEFAULT_DETECTOR_OPTIONS);
const files = readdirSync(new URL('../test/pii-corpus/', import.meta.url)).filter((f) => /^templates-fresh\d+\.ts$/.test(f));
let gold = 0, partial = 0, missed = 0;
const samples: string[] = [];
const bySet: [string, number, number][] = [];
for (const f of files) {
  const m = await import(`../test/pii-corpus/${f}`);
  const templates = Object.values(m)[0] as never;
  const corpus = generateCorpus(12, CORPUS_SEED, templates);
  let g0 = 0, p0 = 0;
  for (const r of corpus) {
    const found = detect(r.text).filter((x) => x.type === 'PERSON');
    for (const g of r.spans) {
      if (g.type !== 'PERSON') continue;
      gold++; g0++;
      const over = found.filter((p) => p.start < g.end && g.start < p.end);
      if (over.length === 0) { missed++; continue; }
      // Letters of the gold span outside every finding.
      let leaked = '';
      for (let i = g.start; i < g.end; i++) {
        const c = r.text[i]!;
        if (/\p{L}/u.test(c) && !over.some((p) => p.start <= i && i < p.end)) leaked += c; else leaked += ' ';
      }
      if (leaked.trim().length >= 2) {
        partial++; p0++;
        if (samples.length < 4000) samples.push(`${f.replace(/templates-|\.ts/g, '')}\t${JSON.stringify(r.text.slice(g.start, g.end))}\tfound ${JSON.stringify(over.map((p) => r.text.slice(p.start, p.end)))}\t<< ${JSON.stringify(r.text.slice(Math.max(0, g.start - 40), g.end + 20))}`);
      }
    }
  }
  bySet.push([f, g0, p0]);
}
console.log(`gold ${gold}, missed ${missed} (${(missed / gold * 100).toFixed(2)}%), found in part ${partial} (${(partial / gold * 100).toFixed(2)}%)`);
bySet.sort((a, b) => b[2] / b[1] - a[2] / a[1]);
console.log(bySet.slice(0, 12).map(([f, g, p]) => `${f} ${p}/${g}`).join('\n'));
console.log(samples.join('\n'));
