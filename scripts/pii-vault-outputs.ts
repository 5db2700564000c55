/**
 * Equivalence check for vault refactors (the vault's counterpart of pii-findings.ts): every text of
 * pii-findings.ts goes through a request-shaped use of one vault per group of four texts (apply with
 * pseudonymize, mask or block by type, applyKnown, restore, restoreJsonEscaped, pendingPrefixLength,
 * counts, blocked, size), some with placeholder-shaped literals added ("[PERSON_1]", one per type,
 * an unknown type), and the outputs are written or compared.
 *   npx tsx scripts/pii-vault-outputs.ts write before.json     # before the change
 *   npx tsx scripts/pii-vault-outputs.ts compare before.json   # after: lists groups whose outputs differ
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createDetector, DEFAULT_DETECTOR_OPTIONS } from '../src/core/redact/engine.ts';
import { createVault } from '../src/core/redact/vault.ts';
import type { EntityType, RedactionMode } from '../src/core/redact/entities.ts';
import { findingTexts } from './pii-findings.ts';

const [mode, file] = process.argv.slice(2);
if ((mode !== 'write' && mode !== 'compare') || !file) throw new Error('usage: pii-vault-outputs write|compare FILE');
const detect = createDetector(DEFAULT_DETECTOR_OPTIONS);
const all = findingTexts();
const literals = ['[PERSON_1]', '[PHONE_NUMBER_2]', '[EMAIL_ADDRESS_1]', '[FOO_BAR_7]', '[PERSON_1] and [PERSON_2]', '[IN_PAN_1]'];
const modes: RedactionMode[] = ['pseudonymize', 'pseudonymize', 'mask', 'block'];
const outputs: string[] = [];
for (let g = 0; g < all.length; g += 4) {
  // Modes by type vary per group; most groups pseudonymize everything.
  const variant = (g / 4) % 7;
  const modeOf = (type: EntityType): RedactionMode => (variant < 4 ? 'pseudonymize' : modes[(type.length + variant) % modes.length]!);
  const vault = createVault();
  const parts: string[] = [];
  const group = all.slice(g, g + 4).map((t, k) => ((g / 4 + k) % 5 === 0 ? `${t} ${literals[(g / 4 + k) % literals.length]!}` : t));
  const redacted = group.map((t) => (t.length === 0 ? t : vault.apply(t, detect(t), modeOf)));
  for (const r of redacted) {
    const known = vault.applyKnown(r);
    parts.push(known, vault.restore(known), vault.restoreJsonEscaped(known), String(vault.pendingPrefixLength(known.slice(0, Math.max(0, known.indexOf(']'))))));
  }
  parts.push(JSON.stringify(vault.counts), vault.blocked.join(','), String(vault.size), String(vault.longestPlaceholder));
  outputs.push(parts.join('\u0000'));
}
if (mode === 'write') {
  writeFileSync(file, JSON.stringify(outputs));
  console.log(`${outputs.length} groups of ${all.length} texts written to ${file}`);
} else {
  const before = JSON.parse(readFileSync(file, 'utf8')) as string[];
  let differ = 0;
  for (let i = 0; i < Math.max(before.length, outputs.length); i++) {
    if (before[i] === outputs[i]) continue;
    if (differ++ < 5) console.log(`group ${i} differs`);
  }
  console.log(`${differ} of ${outputs.length} groups have different vault outputs`);
  if (differ > 0) process.exitCode = 1;
}
