/**
 * `npm run eval:pii` — per-entity precision and recall of the Pledge engine on the labelled
 * corpus (test/pii-corpus), look-alike preservation, and the same corpus through redact-pii and
 * @redactpii/node. Matching is by overlap: a gold span is found when a prediction of the same
 * type overlaps it; "exact" counts identical boundaries. A name found by overlap may still send some
 * of its words on: each set also prints the PERSON names found only in part (two or more letters
 * outside every finding; scripts/pii-partial.ts lists them). Baselines have no types we can trust,
 * so for them a gold span counts as protected when any redaction overlaps it.
 */
import { CORPUS_SEED, generateCorpus } from '../test/pii-corpus/generate.ts';
import { TEMPLATES } from '../test/pii-corpus/templates.ts';
import { HOLDOUT_TEMPLATES } from '../test/pii-corpus/templates-holdout.ts';
import { DECOY_TEMPLATES } from '../test/pii-corpus/templates-decoys.ts';
import { EUROPEAN_HOLDOUT_TEMPLATES, EUROPEAN_TEMPLATES } from '../test/pii-corpus/templates-european.ts';
import { FRESH_TEMPLATES } from '../test/pii-corpus/templates-fresh.ts';
import { FRESH2_TEMPLATES } from '../test/pii-corpus/templates-fresh2.ts';
import { FRESH3_TEMPLATES } from '../test/pii-corpus/templates-fresh3.ts';
import { FRESH4_TEMPLATES } from '../test/pii-corpus/templates-fresh4.ts';
import { FRESH5_TEMPLATES } from '../test/pii-corpus/templates-fresh5.ts';
import { FRESH6_TEMPLATES } from '../test/pii-corpus/templates-fresh6.ts';
import { FRESH7_TEMPLATES } from '../test/pii-corpus/templates-fresh7.ts';
import { FRESH8_TEMPLATES } from '../test/pii-corpus/templates-fresh8.ts';
import { FRESH9_TEMPLATES } from '../test/pii-corpus/templates-fresh9.ts';
import { FRESH10_TEMPLATES } from '../test/pii-corpus/templates-fresh10.ts';
import { FRESH11_TEMPLATES } from '../test/pii-corpus/templates-fresh11.ts';
import { FRESH12_TEMPLATES } from '../test/pii-corpus/templates-fresh12.ts';
import { FRESH13_TEMPLATES } from '../test/pii-corpus/templates-fresh13.ts';
import { FRESH14_TEMPLATES } from '../test/pii-corpus/templates-fresh14.ts';
import { FRESH15_TEMPLATES } from '../test/pii-corpus/templates-fresh15.ts';
import { FRESH16_TEMPLATES } from '../test/pii-corpus/templates-fresh16.ts';
import { FRESH17_TEMPLATES } from '../test/pii-corpus/templates-fresh17.ts';
import { FRESH18_TEMPLATES } from '../test/pii-corpus/templates-fresh18.ts';
import { FRESH19_TEMPLATES } from '../test/pii-corpus/templates-fresh19.ts';
import { FRESH20_TEMPLATES } from '../test/pii-corpus/templates-fresh20.ts';
import { FRESH21_TEMPLATES } from '../test/pii-corpus/templates-fresh21.ts';
import { FRESH22_TEMPLATES } from '../test/pii-corpus/templates-fresh22.ts';
import { FRESH23_TEMPLATES } from '../test/pii-corpus/templates-fresh23.ts';
import { FRESH24_TEMPLATES } from '../test/pii-corpus/templates-fresh24.ts';
import { FRESH25_TEMPLATES } from '../test/pii-corpus/templates-fresh25.ts';
import { FRESH26_TEMPLATES } from '../test/pii-corpus/templates-fresh26.ts';
import { FRESH27_TEMPLATES } from '../test/pii-corpus/templates-fresh27.ts';
import { FRESH28_TEMPLATES } from '../test/pii-corpus/templates-fresh28.ts';
import { FRESH29_TEMPLATES } from '../test/pii-corpus/templates-fresh29.ts';
import { FRESH30_TEMPLATES } from '../test/pii-corpus/templates-fresh30.ts';
import { FRESH31_TEMPLATES } from '../test/pii-corpus/templates-fresh31.ts';
import { FRESH32_TEMPLATES } from '../test/pii-corpus/templates-fresh32.ts';
import { FRESH33_TEMPLATES } from '../test/pii-corpus/templates-fresh33.ts';
import { FRESH34_TEMPLATES } from '../test/pii-corpus/templates-fresh34.ts';
import { FRESH35_TEMPLATES } from '../test/pii-corpus/templates-fresh35.ts';
import { FRESH36_TEMPLATES } from '../test/pii-corpus/templates-fresh36.ts';
import { FRESH37_TEMPLATES } from '../test/pii-corpus/templates-fresh37.ts';
import { FRESH38_TEMPLATES } from '../test/pii-corpus/templates-fresh38.ts';
import { FRESH39_TEMPLATES } from '../test/pii-corpus/templates-fresh39.ts';
import { FRESH40_TEMPLATES } from '../test/pii-corpus/templates-fresh40.ts';
import { FRESH41_TEMPLATES } from '../test/pii-corpus/templates-fresh41.ts';
import { FRESH42_TEMPLATES } from '../test/pii-corpus/templates-fresh42.ts';
import { FRESH43_TEMPLATES } from '../test/pii-corpus/templates-fresh43.ts';
import { FRESH44_TEMPLATES } from '../test/pii-corpus/templates-fresh44.ts';
import { FRESH45_TEMPLATES } from '../test/pii-corpus/templates-fresh45.ts';
import { FRESH46_TEMPLATES } from '../test/pii-corpus/templates-fresh46.ts';
import { FRESH47_TEMPLATES } from '../test/pii-corpus/templates-fresh47.ts';
import { FRESH48_TEMPLATES } from '../test/pii-corpus/templates-fresh48.ts';
import { FRESH49_TEMPLATES } from '../test/pii-corpus/templates-fresh49.ts';
import { FRESH50_TEMPLATES } from '../test/pii-corpus/templates-fresh50.ts';
import { FRESH51_TEMPLATES } from '../test/pii-corpus/templates-fresh51.ts';
import { FRESH52_TEMPLATES } from '../test/pii-corpus/templates-fresh52.ts';
import { FRESH53_TEMPLATES } from '../test/pii-corpus/templates-fresh53.ts';
import { FRESH54_TEMPLATES } from '../test/pii-corpus/templates-fresh54.ts';
import { FRESH55_TEMPLATES } from '../test/pii-corpus/templates-fresh55.ts';
import { FRESH56_TEMPLATES } from '../test/pii-corpus/templates-fresh56.ts';
import { FRESH57_TEMPLATES } from '../test/pii-corpus/templates-fresh57.ts';
import { FRESH58_TEMPLATES } from '../test/pii-corpus/templates-fresh58.ts';
import { FRESH59_TEMPLATES } from '../test/pii-corpus/templates-fresh59.ts';
import { FRESH60_TEMPLATES } from '../test/pii-corpus/templates-fresh60.ts';
import { FRESH61_TEMPLATES } from '../test/pii-corpus/templates-fresh61.ts';
import { FRESH62_TEMPLATES } from '../test/pii-corpus/templates-fresh62.ts';
import { FRESH63_TEMPLATES } from '../test/pii-corpus/templates-fresh63.ts';
import { FRESH64_TEMPLATES } from '../test/pii-corpus/templates-fresh64.ts';
import { FRESH65_TEMPLATES } from '../test/pii-corpus/templates-fresh65.ts';
import { FRESH66_TEMPLATES } from '../test/pii-corpus/templates-fresh66.ts';
import { FRESH67_TEMPLATES } from '../test/pii-corpus/templates-fresh67.ts';
import { FRESH68_TEMPLATES } from '../test/pii-corpus/templates-fresh68.ts';
import { FRESH69_TEMPLATES } from '../test/pii-corpus/templates-fresh69.ts';
import { FRESH70_TEMPLATES } from '../test/pii-corpus/templates-fresh70.ts';
import { FRESH71_TEMPLATES } from '../test/pii-corpus/templates-fresh71.ts';
import { FRESH72_TEMPLATES } from '../test/pii-corpus/templates-fresh72.ts';
import { FRESH73_TEMPLATES } from '../test/pii-corpus/templates-fresh73.ts';
import { FRESH74_TEMPLATES } from '../test/pii-corpus/templates-fresh74.ts';
import { FRESH75_TEMPLATES } from '../test/pii-corpus/templates-fresh75.ts';
import { FRESH76_TEMPLATES } from '../test/pii-corpus/templates-fresh76.ts';
import { FRESH77_TEMPLATES } from '../test/pii-corpus/templates-fresh77.ts';
import { FRESH78_TEMPLATES } from '../test/pii-corpus/templates-fresh78.ts';
import { FRESH79_TEMPLATES } from '../test/pii-corpus/templates-fresh79.ts';
import { FRESH80_TEMPLATES } from '../test/pii-corpus/templates-fresh80.ts';
import { FRESH81_TEMPLATES } from '../test/pii-corpus/templates-fresh81.ts';
import { FRESH82_TEMPLATES } from '../test/pii-corpus/templates-fresh82.ts';
import { FRESH83_TEMPLATES } from '../test/pii-corpus/templates-fresh83.ts';
import { FRESH84_TEMPLATES } from '../test/pii-corpus/templates-fresh84.ts';
import { FRESH85_TEMPLATES } from '../test/pii-corpus/templates-fresh85.ts';
import { FRESH86_TEMPLATES } from '../test/pii-corpus/templates-fresh86.ts';
import { FRESH87_TEMPLATES } from '../test/pii-corpus/templates-fresh87.ts';
import { FRESH88_TEMPLATES } from '../test/pii-corpus/templates-fresh88.ts';
import { FRESH89_TEMPLATES } from '../test/pii-corpus/templates-fresh89.ts';
import { FRESH90_TEMPLATES } from '../test/pii-corpus/templates-fresh90.ts';
import { FRESH91_TEMPLATES } from '../test/pii-corpus/templates-fresh91.ts';
import { FRESH92_TEMPLATES } from '../test/pii-corpus/templates-fresh92.ts';
import { FRESH93_TEMPLATES } from '../test/pii-corpus/templates-fresh93.ts';
import { FRESH94_TEMPLATES } from '../test/pii-corpus/templates-fresh94.ts';
import { FRESH95_TEMPLATES } from '../test/pii-corpus/templates-fresh95.ts';
import { FRESH96_TEMPLATES } from '../test/pii-corpus/templates-fresh96.ts';
import { FRESH97_TEMPLATES } from '../test/pii-corpus/templates-fresh97.ts';
import { FRESH98_TEMPLATES } from '../test/pii-corpus/templates-fresh98.ts';
import { FRESH99_TEMPLATES } from '../test/pii-corpus/templates-fresh99.ts';
import { FRESH100_TEMPLATES } from '../test/pii-corpus/templates-fresh100.ts';
import { FRESH101_TEMPLATES } from '../test/pii-corpus/templates-fresh101.ts';
import { FRESH102_TEMPLATES } from '../test/pii-corpus/templates-fresh102.ts';
import { FRESH103_TEMPLATES } from '../test/pii-corpus/templates-fresh103.ts';
import { FRESH104_TEMPLATES } from '../test/pii-corpus/templates-fresh104.ts';
import { FRESH105_TEMPLATES } from '../test/pii-corpus/templates-fresh105.ts';
import { FRESH106_TEMPLATES } from '../test/pii-corpus/templates-fresh106.ts';
import { FRESH107_TEMPLATES } from '../test/pii-corpus/templates-fresh107.ts';
import { FRESH108_TEMPLATES } from '../test/pii-corpus/templates-fresh108.ts';
import type { CorpusRecord } from '../test/pii-corpus/generate.ts';
import { createDetector, DEFAULT_DETECTOR_OPTIONS } from '../src/core/redact/engine.ts';
import { ENTITY_TYPES } from '../src/core/redact/entities.ts';
import type { Finding } from '../src/core/redact/entities.ts';
import { FIRST, flagsOf, LAST } from '../src/core/redact/names/lexicon.ts';
import { nameKey } from '../src/core/redact/names/key.ts';
import { baselines, redactedRegions } from './eval-pii-baselines.ts';
import type { Region } from './eval-pii-baselines.ts';

const overlaps = (a: Region, b: Region): boolean => a.start < b.end && b.start < a.end;
const pct = (n: number, d: number): string => (d === 0 ? '   —  ' : (n / d).toFixed(3).padStart(6));

function isOutOfVocabulary(name: string): boolean {
  return name.split(/\s+/).every((w) => (flagsOf(nameKey(w)) & (FIRST | LAST)) === 0);
}

/** How many letters of the gold span `g` no finding covers. */
function lettersOutside(text: string, g: { start: number; end: number }, found: readonly Finding[]): number {
  let n = 0;
  for (let i = g.start; i < g.end; i++) {
    if (!/\p{L}/u.test(text[i]!)) continue;
    if (!found.some((p) => p.start <= i && i < p.end)) n++;
  }
  return n;
}

function evaluatePledge(corpus: CorpusRecord[]): void {
  const detect = createDetector(DEFAULT_DETECTOR_OPTIONS);
  const stats = new Map<string, { gold: number; found: number; exact: number; pred: number; correct: number }>();
  const stat = (t: string) => stats.get(t) ?? (stats.set(t, { gold: 0, found: 0, exact: 0, pred: 0, correct: 0 }), stats.get(t)!);
  const look = new Map<string, { n: number; kept: number }>();
  let oov = 0;
  let oovFound = 0;
  // PERSON names found only in part: a finding overlaps, but two or more of the name's letters lie outside every finding (sent on).
  let partial = 0;
  const misses: string[] = [];
  const falsePositives: string[] = [];
  for (const r of corpus) {
    const found: Finding[] = detect(r.text);
    for (const g of r.spans) {
      const s = stat(g.type);
      s.gold++;
      const hit = found.some((p) => p.type === g.type && overlaps(p, g));
      if (hit) s.found++;
      else if (misses.length < 400) misses.push(`${g.type}: ${JSON.stringify(r.text.slice(g.start, g.end))} in ${JSON.stringify(r.text.slice(Math.max(0, g.start - 30), g.end + 20))}`);
      if (found.some((p) => p.type === g.type && p.start === g.start && p.end === g.end)) s.exact++;
      if (g.type === 'PERSON' && isOutOfVocabulary(r.text.slice(g.start, g.end))) { oov++; if (hit) oovFound++; }
      if (g.type === 'PERSON' && hit && lettersOutside(r.text, g, found) >= 2) partial++;
    }
    for (const p of found) {
      const s = stat(p.type);
      s.pred++;
      if (r.spans.some((g) => g.type === p.type && overlaps(p, g))) s.correct++;
      else if (falsePositives.length < 400) falsePositives.push(`${p.type}: ${JSON.stringify(r.text.slice(p.start, p.end))} in ${JSON.stringify(r.text.slice(Math.max(0, p.start - 30), p.end + 20))}`);
    }
    for (const l of r.lookalikes) {
      const e = look.get(l.kind) ?? { n: 0, kept: 0 };
      e.n++;
      if (!found.some((p) => overlaps(p, l))) e.kept++;
      look.set(l.kind, e);
    }
  }
  console.log('\nPledge engine (type-aware, overlap match)');
  console.log('entity          gold  recall  exact   prec');
  for (const t of ENTITY_TYPES) {
    const s = stats.get(t);
    if (!s) continue;
    console.log(`${t.padEnd(14)} ${String(s.gold).padStart(5)}  ${pct(s.found, s.gold)}  ${pct(s.exact, s.gold)} ${pct(s.correct, s.pred)}`);
  }
  console.log(`PERSON names with no word in the gazetteer: ${oov}, recall ${pct(oovFound, oov)}`);
  console.log(`PERSON names found only in part (two or more letters outside every finding, sent on): ${partial} of ${stats.get('PERSON')?.gold ?? 0}`);
  const n = [...look.values()].reduce((a, e) => a + e.n, 0);
  const kept = [...look.values()].reduce((a, e) => a + e.kept, 0);
  console.log(`look-alikes preserved: ${kept}/${n} = ${pct(kept, n)}   (${[...look].map(([k, e]) => `${k} ${e.kept}/${e.n}`).join(', ')})`);
  if (process.argv.includes('--verbose')) {
    console.log('\nmisses:\n  ' + misses.join('\n  '));
    console.log('\nfalse positives:\n  ' + falsePositives.join('\n  '));
  }
}

function evaluateBaselines(corpus: CorpusRecord[]): void {
  for (const b of baselines()) {
    const gold = new Map<string, { n: number; hit: number }>();
    let regions = 0;
    let useful = 0;
    let lookN = 0;
    let lookKept = 0;
    for (const r of corpus) {
      const red = redactedRegions(r.text, b.redact(r.text));
      regions += red.length;
      useful += red.filter((x) => r.spans.some((g) => overlaps(x, g))).length;
      for (const g of r.spans) {
        const e = gold.get(g.type) ?? { n: 0, hit: 0 };
        e.n++;
        if (red.some((x) => overlaps(x, g))) e.hit++;
        gold.set(g.type, e);
      }
      for (const l of r.lookalikes) { lookN++; if (!red.some((x) => overlaps(x, l))) lookKept++; }
    }
    console.log(`\n${b.name} (type-agnostic: a gold span counts when any redaction overlaps it)`);
    console.log(ENTITY_TYPES.filter((t) => gold.has(t)).map((t) => `${t} ${pct(gold.get(t)!.hit, gold.get(t)!.n).trim()}`).join(' · '));
    console.log(`redactions overlapping PII (precision): ${pct(useful, regions).trim()}   look-alikes preserved: ${lookKept}/${lookN} = ${pct(lookKept, lookN).trim()}`);
  }
}

const perTemplate = Number(process.env.PII_CORPUS_PER_TEMPLATE ?? 40);
// The engine's lexicon module, as loaded here: the hold-out build under `npm run eval:pii`
// (scripts/holdout-gazetteer.mjs), the shipped one otherwise.
const loaded = await import('../src/core/redact/names/gazetteer.ts');
const holdout = await import('../test/pii-corpus/gazetteer-holdout.ts');
console.log((loaded.TABLE_BASE64 as string) === holdout.TABLE_BASE64
  ? 'name lexicon: the hold-out build (test/pii-corpus/gazetteer-holdout.ts): a quarter of the corpus locales\' names are not in it'
  : 'name lexicon: the shipped build, which holds every corpus name: PERSON recall here is not a measure, precision is');
const sets = [
  ['tuning templates (test/pii-corpus/templates.ts)', TEMPLATES],
  ['held-out templates (test/pii-corpus/templates-holdout.ts)', HOLDOUT_TEMPLATES],
  ['decoy templates (test/pii-corpus/templates-decoys.ts)', DECOY_TEMPLATES],
  ['European national phone numbers (test/pii-corpus/templates-european.ts)', EUROPEAN_TEMPLATES],
  ['European held-out (test/pii-corpus/templates-european.ts)', EUROPEAN_HOLDOUT_TEMPLATES],
  ['fresh held-out (test/pii-corpus/templates-fresh.ts)', FRESH_TEMPLATES],
  ['second fresh held-out (test/pii-corpus/templates-fresh2.ts)', FRESH2_TEMPLATES],
  ['third fresh held-out (test/pii-corpus/templates-fresh3.ts)', FRESH3_TEMPLATES],
  ['fourth fresh held-out (test/pii-corpus/templates-fresh4.ts)', FRESH4_TEMPLATES],
  ['fifth fresh held-out (test/pii-corpus/templates-fresh5.ts)', FRESH5_TEMPLATES],
  ['sixth fresh held-out (test/pii-corpus/templates-fresh6.ts)', FRESH6_TEMPLATES],
  ['seventh fresh held-out (test/pii-corpus/templates-fresh7.ts)', FRESH7_TEMPLATES],
  ['eighth fresh held-out (test/pii-corpus/templates-fresh8.ts)', FRESH8_TEMPLATES],
  ['ninth fresh held-out (test/pii-corpus/templates-fresh9.ts)', FRESH9_TEMPLATES],
  ['tenth fresh held-out (test/pii-corpus/templates-fresh10.ts)', FRESH10_TEMPLATES],
  ['eleventh fresh held-out (test/pii-corpus/templates-fresh11.ts)', FRESH11_TEMPLATES],
  ['twelfth fresh held-out (test/pii-corpus/templates-fresh12.ts)', FRESH12_TEMPLATES],
  ['thirteenth fresh held-out (test/pii-corpus/templates-fresh13.ts)', FRESH13_TEMPLATES],
  ['fourteenth fresh held-out (test/pii-corpus/templates-fresh14.ts)', FRESH14_TEMPLATES],
  ['fifteenth fresh held-out (test/pii-corpus/templates-fresh15.ts)', FRESH15_TEMPLATES],
  ['sixteenth fresh held-out (test/pii-corpus/templates-fresh16.ts)', FRESH16_TEMPLATES],
  ['seventeenth fresh held-out (test/pii-corpus/templates-fresh17.ts)', FRESH17_TEMPLATES],
  ['eighteenth fresh held-out (test/pii-corpus/templates-fresh18.ts)', FRESH18_TEMPLATES],
  ['nineteenth fresh held-out (test/pii-corpus/templates-fresh19.ts)', FRESH19_TEMPLATES],
  ['twentieth fresh held-out (test/pii-corpus/templates-fresh20.ts)', FRESH20_TEMPLATES],
  ['twenty-first fresh held-out (test/pii-corpus/templates-fresh21.ts)', FRESH21_TEMPLATES],
  ['twenty-second fresh held-out (test/pii-corpus/templates-fresh22.ts)', FRESH22_TEMPLATES],
  ['twenty-third fresh held-out (test/pii-corpus/templates-fresh23.ts)', FRESH23_TEMPLATES],
  ['twenty-fourth fresh held-out (test/pii-corpus/templates-fresh24.ts)', FRESH24_TEMPLATES],
  ['twenty-fifth fresh held-out (test/pii-corpus/templates-fresh25.ts)', FRESH25_TEMPLATES],
  ['twenty-sixth fresh held-out (test/pii-corpus/templates-fresh26.ts)', FRESH26_TEMPLATES],
  ['twenty-seventh fresh held-out (test/pii-corpus/templates-fresh27.ts)', FRESH27_TEMPLATES],
  ['twenty-eighth fresh held-out (test/pii-corpus/templates-fresh28.ts)', FRESH28_TEMPLATES],
  ['twenty-ninth fresh held-out (test/pii-corpus/templates-fresh29.ts)', FRESH29_TEMPLATES],
  ['thirtieth fresh held-out (test/pii-corpus/templates-fresh30.ts)', FRESH30_TEMPLATES],
  ['thirty-first fresh held-out (test/pii-corpus/templates-fresh31.ts)', FRESH31_TEMPLATES],
  ['thirty-second fresh held-out (test/pii-corpus/templates-fresh32.ts)', FRESH32_TEMPLATES],
  ['thirty-third fresh held-out (test/pii-corpus/templates-fresh33.ts)', FRESH33_TEMPLATES],
  ['thirty-fourth fresh held-out (test/pii-corpus/templates-fresh34.ts)', FRESH34_TEMPLATES],
  ['thirty-fifth fresh held-out (test/pii-corpus/templates-fresh35.ts)', FRESH35_TEMPLATES],
  ['thirty-sixth fresh held-out (test/pii-corpus/templates-fresh36.ts)', FRESH36_TEMPLATES],
  ['thirty-seventh fresh held-out (test/pii-corpus/templates-fresh37.ts)', FRESH37_TEMPLATES],
  ['thirty-eighth fresh held-out (test/pii-corpus/templates-fresh38.ts)', FRESH38_TEMPLATES],
  ['thirty-ninth fresh held-out (test/pii-corpus/templates-fresh39.ts)', FRESH39_TEMPLATES],
  ['fortieth fresh held-out (test/pii-corpus/templates-fresh40.ts)', FRESH40_TEMPLATES],
  ['forty-first fresh held-out (test/pii-corpus/templates-fresh41.ts)', FRESH41_TEMPLATES],
  ['forty-second fresh held-out (test/pii-corpus/templates-fresh42.ts)', FRESH42_TEMPLATES],
  ['forty-third fresh held-out (test/pii-corpus/templates-fresh43.ts)', FRESH43_TEMPLATES],
  ['forty-fourth fresh held-out (test/pii-corpus/templates-fresh44.ts)', FRESH44_TEMPLATES],
  ['forty-fifth fresh held-out (test/pii-corpus/templates-fresh45.ts)', FRESH45_TEMPLATES],
  ['forty-sixth fresh held-out (test/pii-corpus/templates-fresh46.ts)', FRESH46_TEMPLATES],
  ['forty-seventh fresh held-out (test/pii-corpus/templates-fresh47.ts)', FRESH47_TEMPLATES],
  ['forty-eighth fresh held-out (test/pii-corpus/templates-fresh48.ts)', FRESH48_TEMPLATES],
  ['forty-ninth fresh held-out (test/pii-corpus/templates-fresh49.ts)', FRESH49_TEMPLATES],
  ['fiftieth fresh held-out (test/pii-corpus/templates-fresh50.ts)', FRESH50_TEMPLATES],
  ['fifty-first fresh held-out (test/pii-corpus/templates-fresh51.ts)', FRESH51_TEMPLATES],
  ['fifty-second fresh held-out (test/pii-corpus/templates-fresh52.ts)', FRESH52_TEMPLATES],
  ['fifty-third fresh held-out (test/pii-corpus/templates-fresh53.ts)', FRESH53_TEMPLATES],
  ['fifty-fourth fresh held-out (test/pii-corpus/templates-fresh54.ts)', FRESH54_TEMPLATES],
  ['fifty-fifth fresh held-out (test/pii-corpus/templates-fresh55.ts)', FRESH55_TEMPLATES],
  ['fifty-sixth fresh held-out (test/pii-corpus/templates-fresh56.ts)', FRESH56_TEMPLATES],
  ['fifty-seventh fresh held-out (test/pii-corpus/templates-fresh57.ts)', FRESH57_TEMPLATES],
  ['fifty-eighth fresh held-out (test/pii-corpus/templates-fresh58.ts)', FRESH58_TEMPLATES],
  ['fifty-ninth fresh held-out (test/pii-corpus/templates-fresh59.ts)', FRESH59_TEMPLATES],
  ['sixtieth fresh held-out (test/pii-corpus/templates-fresh60.ts)', FRESH60_TEMPLATES],
  ['sixty-first fresh held-out (test/pii-corpus/templates-fresh61.ts)', FRESH61_TEMPLATES],
  ['sixty-second fresh held-out (test/pii-corpus/templates-fresh62.ts)', FRESH62_TEMPLATES],
  ['sixty-third fresh held-out (test/pii-corpus/templates-fresh63.ts)', FRESH63_TEMPLATES],
  ['sixty-fourth fresh held-out (test/pii-corpus/templates-fresh64.ts)', FRESH64_TEMPLATES],
  ['sixty-fifth fresh held-out (test/pii-corpus/templates-fresh65.ts)', FRESH65_TEMPLATES],
  ['sixty-sixth fresh held-out (test/pii-corpus/templates-fresh66.ts)', FRESH66_TEMPLATES],
  ['sixty-seventh fresh held-out (test/pii-corpus/templates-fresh67.ts)', FRESH67_TEMPLATES],
  ['sixty-eighth fresh held-out (test/pii-corpus/templates-fresh68.ts)', FRESH68_TEMPLATES],
  ['sixty-ninth fresh held-out (test/pii-corpus/templates-fresh69.ts)', FRESH69_TEMPLATES],
  ['seventieth fresh held-out (test/pii-corpus/templates-fresh70.ts)', FRESH70_TEMPLATES],
  ['seventy-first fresh held-out (test/pii-corpus/templates-fresh71.ts)', FRESH71_TEMPLATES],
  ['seventy-second fresh held-out (test/pii-corpus/templates-fresh72.ts)', FRESH72_TEMPLATES],
  ['seventy-third fresh held-out (test/pii-corpus/templates-fresh73.ts)', FRESH73_TEMPLATES],
  ['seventy-fourth fresh held-out (test/pii-corpus/templates-fresh74.ts)', FRESH74_TEMPLATES],
  ['seventy-fifth fresh held-out (test/pii-corpus/templates-fresh75.ts)', FRESH75_TEMPLATES],
  ['seventy-sixth fresh held-out (test/pii-corpus/templates-fresh76.ts)', FRESH76_TEMPLATES],
  ['seventy-seventh fresh held-out (test/pii-corpus/templates-fresh77.ts)', FRESH77_TEMPLATES],
  ['seventy-eighth fresh held-out (test/pii-corpus/templates-fresh78.ts)', FRESH78_TEMPLATES],
  ['seventy-ninth fresh held-out (test/pii-corpus/templates-fresh79.ts)', FRESH79_TEMPLATES],
  ['eightieth fresh held-out (test/pii-corpus/templates-fresh80.ts)', FRESH80_TEMPLATES],
  ['eighty-first fresh held-out (test/pii-corpus/templates-fresh81.ts)', FRESH81_TEMPLATES],
  ['eighty-second fresh held-out (test/pii-corpus/templates-fresh82.ts)', FRESH82_TEMPLATES],
  ['eighty-third fresh held-out (test/pii-corpus/templates-fresh83.ts)', FRESH83_TEMPLATES],
  ['eighty-fourth fresh held-out (test/pii-corpus/templates-fresh84.ts)', FRESH84_TEMPLATES],
  ['eighty-fifth fresh held-out (test/pii-corpus/templates-fresh85.ts)', FRESH85_TEMPLATES],
  ['eighty-sixth fresh held-out (test/pii-corpus/templates-fresh86.ts)', FRESH86_TEMPLATES],
  ['eighty-seventh fresh held-out (test/pii-corpus/templates-fresh87.ts)', FRESH87_TEMPLATES],
  ['eighty-eighth fresh held-out (test/pii-corpus/templates-fresh88.ts)', FRESH88_TEMPLATES],
  ['eighty-ninth fresh held-out (test/pii-corpus/templates-fresh89.ts)', FRESH89_TEMPLATES],
  ['ninetieth fresh held-out (test/pii-corpus/templates-fresh90.ts)', FRESH90_TEMPLATES],
  ['ninety-first fresh held-out (test/pii-corpus/templates-fresh91.ts)', FRESH91_TEMPLATES],
  ['ninety-second fresh held-out (test/pii-corpus/templates-fresh92.ts)', FRESH92_TEMPLATES],
  ['ninety-third fresh held-out (test/pii-corpus/templates-fresh93.ts)', FRESH93_TEMPLATES],
  ['ninety-fourth fresh held-out (test/pii-corpus/templates-fresh94.ts)', FRESH94_TEMPLATES],
  ['ninety-fifth fresh held-out (test/pii-corpus/templates-fresh95.ts)', FRESH95_TEMPLATES],
  ['ninety-sixth fresh held-out (test/pii-corpus/templates-fresh96.ts)', FRESH96_TEMPLATES],
  ['ninety-seventh fresh held-out (test/pii-corpus/templates-fresh97.ts)', FRESH97_TEMPLATES],
  ['ninety-eighth fresh held-out (test/pii-corpus/templates-fresh98.ts)', FRESH98_TEMPLATES],
  ['ninety-ninth fresh held-out (test/pii-corpus/templates-fresh99.ts)', FRESH99_TEMPLATES],
  ['hundredth fresh held-out (test/pii-corpus/templates-fresh100.ts)', FRESH100_TEMPLATES],
  ['hundred-and-first fresh held-out (test/pii-corpus/templates-fresh101.ts)', FRESH101_TEMPLATES],
  ['hundred-and-second fresh held-out (test/pii-corpus/templates-fresh102.ts)', FRESH102_TEMPLATES],
  ['hundred-and-third fresh held-out (test/pii-corpus/templates-fresh103.ts)', FRESH103_TEMPLATES],
  ['hundred-and-fourth fresh held-out (test/pii-corpus/templates-fresh104.ts)', FRESH104_TEMPLATES],
  ['hundred-and-fifth fresh held-out (test/pii-corpus/templates-fresh105.ts)', FRESH105_TEMPLATES],
  ['hundred-and-sixth fresh held-out (test/pii-corpus/templates-fresh106.ts)', FRESH106_TEMPLATES],
  ['hundred-and-seventh fresh held-out (test/pii-corpus/templates-fresh107.ts)', FRESH107_TEMPLATES],
  ['hundred-and-eighth fresh held-out (test/pii-corpus/templates-fresh108.ts)', FRESH108_TEMPLATES],
] as const;
for (const [label, templates] of sets) {
  if (process.argv.includes('--decoys-only') && templates !== DECOY_TEMPLATES) continue;
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  if (only !== undefined && !label.includes(only)) continue;
  const corpus = generateCorpus(perTemplate, CORPUS_SEED, templates);
  console.log(`\n=== ${label}: ${corpus.length} messages, ${corpus.reduce((a, r) => a + r.spans.length, 0)} PII spans, ${corpus.reduce((a, r) => a + r.lookalikes.length, 0)} look-alikes (seed ${CORPUS_SEED}) ===`);
  evaluatePledge(corpus);
  evaluateBaselines(corpus);
}
