/**
 * Brands and festivals named after people (brand-list.ts) dropped from the PERSON findings: "Louis"
 * in "Louis Vuitton", "Hugo" in "Hugo Boss Metzingen", "Durga Puja". The lookup tables are
 * generated (brands-table.ts, `npm run build:names`): nothing is built at import or on the first
 * call but a 4 KB sieve from ~150 pairs (building the tables at run time took ~2.3 ms of a cold
 * process's first call).
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
  // The first entry with this hash (entries are sorted by hash, three numbers each).
  let lo = 0;
  let hi = BRAND_WORDS.length / 3;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (BRAND_WORDS[mid * 3]! < hash) lo = mid + 1;
    else hi = mid;
  }
  for (let e = lo * 3; e < BRAND_WORDS.length && BRAND_WORDS[e] === hash; e += 3) {
    const brand = BRAND_NAMES[BRAND_WORDS[e + 1]!]!;
    const from = start - BRAND_WORDS[e + 2]!;
    const to = from + brand.length;
    if (from < 0 || to > text.length || to < end) continue;
    if ((from > 0 && isLetter(text.charCodeAt(from - 1))) || (to < text.length && isLetter(text.charCodeAt(to)))) continue;
    if (sameLowercase(text, from, brand)) return true;
  }
  return false;
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
