/**
 * Equivalence check for PII engine refactors: the findings of the working tree's engine on ~90k
 * texts (the three corpus template sets with four seeds, each as is, lowercased, uppercased and on
 * one line, plus generated digit, id and address noise).
 *   npx tsx scripts/pii-findings.ts write before.json     # before the change
 *   npx tsx scripts/pii-findings.ts compare before.json   # after: lists texts whose findings differ
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { generateCorpus } from '../test/pii-corpus/generate.ts';
import { TEMPLATES } from '../test/pii-corpus/templates.ts';
import { HOLDOUT_TEMPLATES } from '../test/pii-corpus/templates-holdout.ts';
import { DECOY_TEMPLATES } from '../test/pii-corpus/templates-decoys.ts';
import { createDetector, DEFAULT_DETECTOR_OPTIONS } from '../src/core/redact/engine.ts';

/** The texts compared (also read by pii-vault-outputs.ts). */
export function findingTexts(): string[] {
  const out: string[] = [];
  for (const seed of [20261126, 1, 2, 3]) {
    for (const set of [TEMPLATES, HOLDOUT_TEMPLATES, DECOY_TEMPLATES]) {
      for (const r of generateCorpus(seed === 20261126 ? 40 : 8, seed, set)) out.push(r.text, r.text.toLowerCase(), r.text.toUpperCase(), r.text.replace(/\n/g, ' '));
    }
  }
  let s = 12345;
  const rnd = (): number => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const digits = (n: number): string => Array.from({ length: n }, () => String(Math.floor(rnd() * 10))).join('');
  const pieces = ['+', '00', '(', ')', ' ', '-', '.', '/', ':', '@', 'a', 'Z', 'call ', 'order ', '#', 'No. ', 'Ravi ', 'upi ', 'ssn ', 'itin ', 'passport ', 'v', '::', 'fe80', '\n', 'Hi ', ', '];
  for (let k = 0; k < 20000; k++) {
    let t = '';
    for (let j = 3 + Math.floor(rnd() * 12); j > 0; j--) t += rnd() < 0.6 ? digits(1 + Math.floor(rnd() * 6)) : pick(pieces);
    out.push(t);
  }
  const seps = [' ', '-', '.', '', '/', ':', '  ', ' - ', 'x', 'A', '_'];
  for (let k = 0; k < 30000; k++) {
    let t = rnd() < 0.3 ? pick(['card ', 'ssn ', 'itin ', 'aadhaar ', 'order ', 'ip ', 'GSTIN ', '']) : '';
    const groups = 1 + Math.floor(rnd() * 6);
    for (let g = 0; g < groups; g++) {
      t += digits(1 + Math.floor(rnd() * (rnd() < 0.5 ? 4 : 12)));
      if (rnd() < 0.15) t += 'ABCPD1234E'.slice(0, 1 + Math.floor(rnd() * 10));
      if (g < groups - 1) t += pick(seps);
    }
    out.push(rnd() < 0.5 ? t : `x ${t} y`);
  }
  const octet = (): string => String(Math.floor(rnd() * (rnd() < 0.8 ? 256 : 1000)));
  for (let k = 0; k < 10000; k++) {
    out.push(pick(['', 'ip ', 'v', 'version ', 'from ', 'x.', ':', 'host 10.']) + [octet(), octet(), octet()].join('.') + (rnd() < 0.8 ? '.' + octet() : '') + pick(['', '.', '.5', ' ', ':80', 'a', '/24']));
    const sep = pick([' ', '-', '', '.', '  ']);
    out.push(pick(['', 'itin ', 'ssn ', 'tax id ', 'order ']) + (rnd() < 0.7 ? '9' : digits(1)) + digits(2) + sep + digits(2) + (rnd() < 0.9 ? sep : '-') + digits(4) + pick(['', ' ', '-1', '.5', 'x']));
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();

function main(): void {
const [mode, file] = process.argv.slice(2);
if ((mode !== 'write' && mode !== 'compare') || !file) throw new Error('usage: pii-findings write|compare FILE');
const detect = createDetector(DEFAULT_DETECTOR_OPTIONS);
const all = findingTexts();
const findings = all.map((t) => detect(t).map((f) => `${f.type}:${f.start}-${f.end}`).join(','));
if (mode === 'write') {
  writeFileSync(file, JSON.stringify({ texts: all, findings }));
  console.log(`${all.length} texts, ${findings.filter(Boolean).join(',').split(',').length} findings written to ${file}`);
} else {
  const before = JSON.parse(readFileSync(file, 'utf8')) as { texts: string[]; findings: string[] };
  let differ = 0;
  for (let i = 0; i < all.length; i++) {
    if (before.texts[i] !== all[i]) throw new Error(`text ${i} differs from the snapshot's: regenerate it with this version of the script`);
    if (before.findings[i] !== findings[i] && differ++ < Number(process.env.SHOW ?? 15)) console.log(`${JSON.stringify(all[i]).slice(0, 200)}\n  before: ${before.findings[i]}\n  now:    ${findings[i]}`);
  }
  console.log(`${differ} of ${all.length} texts have different findings`);
  process.exitCode = differ === 0 ? 0 : 1;
}
}
