/**
 * Brands and festivals named after people (brand-list.ts) dropped from the PERSON findings: "Louis"
 * in "Louis Vuitton", "Hugo" in "Hugo Boss Metzingen", "Durga Puja". The lookup tables are
 * generated (brands-table.ts, `npm run build:names`): nothing is built at import or on the first
 * call but a 4 KB sieve from ~150 pairs and a 16 KB index of the entries by hash (building the
 * tables at run time took ~2.3 ms of a cold process's first call).
 */
import type { Finding } from '../entities.ts';
import { brandShapeSlot, brandWordHash } from './brand-list.ts';
import { BRAND_NAMES, BRAND_SHAPES, BRAND_WORDS } from './brands-table.ts';

/** Bit `length` of SHAPES[slot]: a brand word with these two first letters and that length exists. */
let shapes: Uint32Array | undefined;

function sieve(): Uint32Array {
  const s = new Uint32Array(1024);
  for (let k = 0; k < BRAND_SHAPES.length; k += 2) s[BRAND_SHAPES[k]!] = BRAND_SHAPES[k + 1]!;
  return s;
}

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0;

/** The findings without the PERSON ones inside a listed brand standing in the text there; compacted in place only when one is found. */
export function dropBrands(text: string, findings: Finding[]): Finding[] {
  const s = (shapes ??= sieve());
  let k = 0;
  while (k < findings.length && !brandFinding(text, findings[k]!, s)) k++;
  if (k === findings.length) return findings;
  let kept = k;
  for (k++; k < findings.length; k++) {
    const f = findings[k]!;
    if (!brandFinding(text, f, s)) findings[kept++] = f;
  }
  findings.length = kept;
  return findings;
}

/** A PERSON finding inside a brand; the sieve's slot first: most names share their first two letters with no brand word. */
function brandFinding(text: string, f: Finding, s: Uint32Array): boolean {
  if (f.type !== 'PERSON') return false;
  const bits = s[brandShapeSlot(text, f.start)]!;
  if (bits === 0) return false;
  let firstEnd = f.start;
  while (firstEnd < f.end && isLetter(text.charCodeAt(firstEnd))) firstEnd++;
  if ((bits & (1 << Math.min(firstEnd - f.start, 31))) === 0) return false;
  return insideBrand(text, f.start, f.end, brandWordHash(text, f.start, firstEnd));
}

/** text[start, end), whose first word hashes to `hash`, lies inside a listed brand written there. */
function insideBrand(text: string, start: number, end: number, hash: number): boolean {
  const first = firstEntryOf(hash);
  if (first === -1) return false;
  for (let e = first * 3; e < BRAND_WORDS.length && BRAND_WORDS[e] === hash; e += 3) {
    const brand = BRAND_NAMES[BRAND_WORDS[e + 1]!]!;
    const from = start - BRAND_WORDS[e + 2]!;
    const to = from + brand.length;
    if (from < 0 || to > text.length || to < end) continue;
    if ((from > 0 && isLetter(text.charCodeAt(from - 1))) || (to < text.length && isLetter(text.charCodeAt(to)))) continue;
    if (sameLowercase(text, from, brand)) return true;
  }
  return false;
}

/**
 * The first entry of BRAND_WORDS (sorted by hash, three numbers each) with this hash, or -1: one or
 * two probes of an open-addressing table built on first use (a binary search over the ~1,000
 * entries, for every name the sieve lets through, was ~4 % of detect).
 */
function firstEntryOf(hash: number): number {
  const table = (entriesByHash ??= hashIndex());
  const mask = (table.length >> 1) - 1;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const entry = table[2 * slot + 1]!;
    if (entry === 0) return -1;
    if (table[2 * slot] === hash) return entry - 1;
  }
}

/** Pairs (hash, 1 + first entry with it), in at least 1.5 slots per entry (16 KB for ~1,000). */
let entriesByHash: Int32Array | undefined;

function hashIndex(): Int32Array {
  let slots = 64;
  while (slots < (BRAND_WORDS.length / 3) * 1.5) slots *= 2;
  const table = new Int32Array(2 * slots);
  for (let e = 0; e < BRAND_WORDS.length; e += 3) {
    const hash = BRAND_WORDS[e]!;
    if (e > 0 && BRAND_WORDS[e - 3] === hash) continue; // entries of one hash are adjacent: the first is kept
    let slot = hash & (slots - 1);
    while (table[2 * slot + 1] !== 0) slot = (slot + 1) & (slots - 1);
    table[2 * slot] = hash;
    table[2 * slot + 1] = e / 3 + 1;
  }
  return table;
}

/** text at `from` reads `brand` (lowercase) with its capitals lowered; no string is built. */
function sameLowercase(text: string, from: number, brand: string): boolean {
  for (let i = 0; i < brand.length; i++) {
    const c = text.charCodeAt(from + i);
    const d = brand.charCodeAt(i);
    // ASCII and Latin-1 capitals lowered by their offset (the brands are written in these letters; no case-mapping call).
    if (c !== d && !(((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) && c + 32 === d)) return false;
  }
  return true;
}
