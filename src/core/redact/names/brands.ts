/**
 * Brands and firms named after people, and festivals named after gods and saints ("Durga Puja",
 * "Guru Nanak Jayanti": the festival's word is a given name too, so it cannot be a place word), which customers' messages name as products ("the Louis
 * Philippe blazer", "Ralph Lauren polo", "Morgan Stanley Wealth"): the words are names, the phrase
 * is not a person. A hand-written list of the ones our customers' markets (India, the US, Europe)
 * write most: fashion, cars, banks, food and pharmacy chains. Matched whole, case-insensitively,
 * around a PERSON finding (engine.ts).
 */
import type { Finding } from '../entities.ts';

const BRANDS = `ralph lauren|calvin klein|tommy hilfiger|louis vuitton|louis philippe|van heusen|allen solly|peter england|hugo boss|
yves saint laurent|yves rocher|christian dior|giorgio armani|emporio armani|dolce & gabbana|dolce&gabbana|marks & spencer|johnson & johnson|
procter & gamble|morgan stanley|goldman sachs|wells fargo|charles schwab|merrill lynch|estée lauder|estee lauder|marie claire|
victoria's secret|ray-ban|sherwin-williams|mercedes-benz|rolls-royce|aston martin|harley-davidson|johnnie walker|jack daniel's|
tim hortons|walt disney|ben & jerry's|wendy's|mcdonald's|kellogg's|dr. reddy's|dr reddy's|dr. lal pathlabs|john deere|johnson controls|
ace hardware|coco chanel|jimmy choo|michael kors|kate spade|tory burch|steve madden|ford figo|ford ecosport|ford endeavour|ford mustang|
ford fiesta|ford focus|maruti suzuki|tata motors|tata steel|tata consultancy|tata projects|bajaj finserv|bajaj auto|mahindra finance|
aditya birla|ray ban|johns hopkins|max fashion|max healthcare|max hospital|dr.max|mont blanc|william penn|peter pan|
benjamin moore|paul smith|ted baker|karl lagerfeld|vera wang|oscar de la renta|salvatore ferragamo|valentino garavani|
carolina herrera|massimo dutti|kalyan jewellers|pierre cardin|martha stewart|stan smith|tommy bahama|calvin klein jeans|
jackson hewitt|paul mitchell|jean paul gaultier|giorgio armani beauty|elizabeth arden|helena rubinstein|sai baba|shirdi sai|
durga puja|lakshmi puja|laxmi puja|saraswati puja|kali puja|ganesh puja|chhath puja|vishwakarma puja|guru nanak jayanti|
mahavir jayanti|hanuman jayanti|ambedkar jayanti|gandhi jayanti|ram navami|buddha purnima|guru purnima|krishna janmashtami|
durga ashtami|ganesh chaturthi|karva chauth|raksha bandhan|maha shivratri|makar sankranti|guru nanak dev jayanti`;

/**
 * Each brand word's hash (`wordHash` of its letters, lowercase) → the brands that hold the word,
 * with its offset in the brand. A hash, not the word: a candidate's first word is hashed from
 * the text's code units, with no string built for the many that are no brand's.
 */
const BY_WORD = new Map<number, [brand: string, offset: number][]>();
/**
 * Bit `length` of SHAPES[(first letter's code & 31) * 32 + (second's & 31)]: a brand word with those
 * two first letters and that length exists. A sieve before the hash: most names pass no brand's.
 */
const SHAPES = new Uint32Array(1024);
const shapeSlot = (s: string, i: number): number => ((s.charCodeAt(i) & 31) << 5) | (s.charCodeAt(i + 1) & 31);
let built = false;

/** The tables, on the first detect call: nothing runs at import (a Worker's cold start). */
function build(): void {
  built = true;
  // Native splits and searches, no loop over characters: this runs in a Worker's first request, and a
  // hot character loop there is compiled on the spot (~1–3 ms measured).
  for (const raw of BRANDS.split('|')) {
    const brand = raw.trim();
    let from = 0;
    for (const word of brand.split(NOT_LETTERS)) {
      if (word === '') continue;
      const a = brand.indexOf(word, from);
      from = a + word.length;
      SHAPES[shapeSlot(word, 0)]! |= 1 << Math.min(word.length, 31);
      const key = wordHash(word, 0, word.length);
      const list = BY_WORD.get(key);
      if (list) list.push([brand, a]);
      else BY_WORD.set(key, [[brand, a]]);
    }
  }
}

const NOT_LETTERS = /[^a-z\u00c0-\u024f]+/;

/** FNV-1a of text[start, end), ASCII letters lowercased. */
function wordHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    h = Math.imul(h ^ (c >= 65 && c <= 90 ? c | 32 : c), 0x01000193);
  }
  return h & 0x3fffffff; // a small integer: a Map key without a heap number
}

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0;

/**
 * The findings without the PERSON ones that lie inside a brand named after people standing in the
 * text there ("Louis" in "Louis Vuitton", "Hugo" in "Hugo Boss Metzingen", "Durga Puja"). Compacted
 * in place: run once per detect call, on the winners (fewer than the PERSON passes' candidates).
 */
export function dropBrands(text: string, findings: Finding[]): Finding[] {
  if (!built) build();
  // Read first, write only when a brand is found (most texts name none).
  let k = 0;
  while (k < findings.length && !brandFinding(text, findings[k]!)) k++;
  if (k === findings.length) return findings;
  let kept = k;
  for (k++; k < findings.length; k++) {
    const f = findings[k]!;
    if (!brandFinding(text, f)) findings[kept++] = f;
  }
  findings.length = kept;
  return findings;
}

/** A PERSON finding inside a brand; the sieve's slot first: most names share their first two letters with no brand word. */
function brandFinding(text: string, f: Finding): boolean {
  if (f.type !== 'PERSON' || SHAPES[shapeSlot(text, f.start)] === 0) return false;
  let firstEnd = f.start;
  while (firstEnd < f.end && isLetter(text.charCodeAt(firstEnd))) firstEnd++;
  return insideBrand(text, f.start, f.end, firstEnd);
}

/** text[start, end) lies inside a brand of the list; its first word is text[start, firstEnd). */
function insideBrand(text: string, start: number, end: number, firstEnd: number): boolean {
  if ((SHAPES[shapeSlot(text, start)]! & (1 << Math.min(firstEnd - start, 31))) === 0) return false;
  const brands = BY_WORD.get(wordHash(text, start, firstEnd));
  if (brands === undefined) return false;
  for (let k = 0; k < brands.length; k++) {
    const [brand, offset] = brands[k]!;
    const from = start - offset;
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
