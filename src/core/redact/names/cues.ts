import { CUE_INDEX_JSON, CUE_WORDS_JSON } from './cue-index.ts';
import { T_MARK_CUE_END, T_TITLE } from './tokens.ts';
import type { Tokens } from './tokens.ts';

/**
 * Context that announces a name, matched on tokens (no regex over the text, so it is cheap).
 * Each cue has a strength that decides what may follow it:
 * - `honorific` (Mr, Dr, Shri, Sra., Pani …): any capitalised word, lowercase if not a common word;
 * - `intro` ("my name is", "me llamo"): any word that is not a common or stop word;
 * - `strong` ("Hi", "Dear", "Name:", sign-offs): a known name, or a word that is not common;
 * - `medium` ("this is", "I'm", "spoke to", "name …"): a known name, or a capitalised word that is not common.
 */
export type CueStrength = 'honorific' | 'intro' | 'strong' | 'medium';

/** What may stand between the cue and the name: `space` "Mr. X", `punct` "Hi, X", `label` "Name: X", `newline` "Regards,\nX". */
export type Tail = 'space' | 'punct' | 'label' | 'newline';

export interface Phrase {
  words: readonly string[];
  strength: CueStrength;
  tail: Tail;
  /** Matched only when capitalised: "Pan Kowalski" (Polish Mr.), not "pan card". */
  capitalised?: boolean;
  /** Its words are joined by '.' in the text: Italian "sig.ra", "dott.ssa". */
  dotted?: boolean;
}

/** '"', "'", '“', '‘', '«', '„': a quote that opens a value. */
const isOpeningQuote = (c: number): boolean => c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 0xab || c === 0x201e;

/** A space or a tab. */
export const isBlank = (c: number): boolean => c === 32 || c === 9;

/**
 * The gap text[a, b) between a cue and a name, as each tail allows it (hand-written forms of
 * `TAIL_PATTERNS`, no slice; cues.test.ts compares them):
 * space /^\.?[ \t]+$/, punct /^[ \t]*[,:;!\-–/]?[ \t]*$/ ("spoke w/ Ravi"), label /^[ \t]*\)?[ \t]*[:=\-–][ \t]*$/,
 * newline /^[ \t]*[,.!]?[ \t]*\r?\n[ \t]*$/.
 */
export function tailMatches(tail: Tail, text: string, a: number, b: number): boolean {
  let i = a;
  if (tail === 'space') {
    if (i < b && text.charCodeAt(i) === 46) i++;
    if (i >= b) return false;
    for (; i < b; i++) if (!isBlank(text.charCodeAt(i))) return false;
    return true;
  }
  // Blanks around at most one mark (exactly one for a label); a newline tail then takes "\r?\n" and blanks.
  let marks = 0;
  // "Name (as per PAN): …": a label's closing bracket before its mark.
  if (tail === 'label') {
    while (i < b && isBlank(text.charCodeAt(i))) i++;
    if (i < b && text.charCodeAt(i) === 41) i++;
  }
  for (; i < b; i++) {
    const c = text.charCodeAt(i);
    if (isBlank(c)) continue;
    const mark = tail === 'punct' ? c === 44 || c === 58 || c === 59 || c === 33 || c === 45 || c === 0x2013 || c === 47
      : tail === 'label' ? c === 58 || c === 61 || c === 45 || c === 0x2013
        : c === 44 || c === 46 || c === 33;
    if (!mark || ++marks > 1) break;
  }
  if (tail === 'punct') return i === b;
  if (tail === 'label') return i === b && marks === 1;
  if (i < b && text.charCodeAt(i) === 13) i++;
  if (i >= b || text.charCodeAt(i) !== 10) return false;
  for (i++; i < b; i++) if (!isBlank(text.charCodeAt(i))) return false;
  return true;
}

/** The tails as regexes (the definition `tailMatches` follows). */
export const TAIL_PATTERNS: Record<Tail, RegExp> = {
  space: /^\.?[ \t]+$/,
  punct: /^[ \t]*[,:;!\-\u2013/]?[ \t]*$/,
  label: /^[ \t]*\)?[ \t]*[:=\-\u2013][ \t]*$/,
  newline: /^[ \t]*[,.!]?[ \t]*\r?\n[ \t]*$/,
};

/** Relations after my/his/her/your ("her cousin Brajendra"), and in brackets after a name ("Clara (my cousin)"): person-relations.ts. */
export const RELATIONS: readonly string[] = ['friend', 'husband', 'wife', 'son', 'daughter', 'brother', 'sister', 'father', 'mother', 'cousin', 'uncle', 'aunt',
  'nephew', 'niece', 'partner', 'colleague', 'boss', 'assistant', 'manager', 'neighbour', 'dad', 'mom'];
/** Roles written right before a name, a blank between ("Customer Harit Varma", "cardholder …"); person-after-cue.ts reads their last words. */
export const ROLE_WORDS = 'customer|client|cardholder|card holder|account holder|owner|cliente|klient|klientka|kunde|kundin|titular|beneficiary|applicant|nominee'
  // A tradesperson sent to a job: "electrician Luz number kudunga?", "monteur Jordi komt lunes", "Técnico asignado Bhaanumati".
  + '|electrician|plumber|technician|cleaner|mechanic|carpenter|monteur|técnico asignado|tecnico asignado|électricien|electricista|fontanero|plombier|elektriker|klempner|installateur'
  // And at a salon: "Stylistin Trisha", "stylist Rosa".
  + '|stylist|stylistin|beautician|therapist'
  // Household services: "Nurse Shwet checked BP", "Rider Kashyap, pickup 10:30", "Tutor L. Nayar (M.Sc)".
  + '|nurse|sitter|babysitter|nanny|caregiver|carer|rider|tutor|maid|cook|trainer|surveyor'
  // And a contractor: "Contractor DESAI Chandni has no SSN yet".
  + '|contractor|subcontractor|freelancer'
  // Insurance claims: "to insured María Sosa", "policyholder KANIYAR Tanya", "Perito asignado: Giriraaj M.".
  + '|insured|policyholder|claimant|adjuster|perito asignado|witness'
  // A sports club's staff: "Captain Rao", "referee Ortiz" (not "coach" or "physio", which words follow too: "Coach référent",
  // "physio knee"; as a line's label they are cues: cue-phrases.ts).
  + '|captain|referee|umpire|goalkeeper'
  // School transport and daycare: "attendant Priyala", "instructor Ravi" (not "parent": "Parent callback: …").
  + '|attendant|escort|instructor';
/** Every word of every cue phrase: the tokenizer must keep these. */
export const CUE_WORDS: ReadonlySet<string> = new Set(JSON.parse(CUE_WORDS_JSON) as string[]);

/** Phrases indexed by their last word, longest first (generated from cue-phrases.ts). */
const BY_LAST = new Map(Object.entries(JSON.parse(CUE_INDEX_JSON) as Record<string, Phrase[]>));

/** A cue phrase ends with this key: the PERSON tokenizer marks its tokens (T_MARK_CUE_END) for `cueBefore`. */
export const endsACue = (key: string): boolean => BY_LAST.has(key);

/** The cue that ends right before token `i`, if any. */
export function cueBefore(text: string, toks: Tokens, i: number): CueStrength | undefined {
  if (i < 1) return undefined;
  const prev = i - 1;
  // Tokens of a cue's last word are marked (tokens.ts `marks`): most words are refused without a lookup.
  if ((toks.bits[prev]! & T_MARK_CUE_END) === 0) return undefined;
  const phrases = BY_LAST.get(toks.key[prev]!);
  if (!phrases) return undefined;
  const gapStart = toks.end[prev]!;
  // A value in quotes is the value: 'Name: "Ravi"', 'last name “Kaul”' (the quote is not the tail's).
  let gapEnd = toks.start[i]!;
  if (gapEnd > gapStart && isOpeningQuote(text.charCodeAt(gapEnd - 1))) gapEnd--;
  // Each tail kind is tested at most once per call (several phrases share a last word and a tail:
  // "to" ends thirteen): bit k of `tested` says tail kind k was tested, bit k + 4 that it matched.
  let tested = 0;
  for (const p of phrases) {
    if (p.capitalised && (toks.bits[prev]! & T_TITLE) === 0) continue;
    let ok = true;
    for (let w = 2; w <= p.words.length && ok; w++) {
      const t = i - w;
        // The earlier words of the phrase, one space apart ('.' inside an abbreviation: "sig.ra", "dott.ssa").
      ok = t >= 0 && toks.key[t] === p.words[p.words.length - w] && toks.start[t + 1]! - toks.end[t]! === 1
        && (text.charCodeAt(toks.end[t]!) === 32 || (p.dotted === true && text.charCodeAt(toks.end[t]!) === 46));
    }
    if (!ok) continue;
    const bit = TAIL_BIT[p.tail];
    if ((tested & bit) === 0) {
      tested |= bit;
      if (tailMatches(p.tail, text, gapStart, gapEnd)) tested |= bit << 4;
    }
    if ((tested & (bit << 4)) !== 0) return p.strength;
  }
  return undefined;
}

const TAIL_BIT: Record<Tail, number> = { space: 1, punct: 2, label: 4, newline: 8 };
