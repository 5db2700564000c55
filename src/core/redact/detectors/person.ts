import type { Candidate, Recognizer } from '../recognizer.ts';
import { tokenize } from '../names/tokens.ts';
import type { Token } from '../names/tokens.ts';
import { CUE_WORDS, cueBefore } from '../names/cues.ts';
import type { CueStrength } from '../names/cues.ts';

/**
 * PERSON without a model: a gazetteer of given names and surnames (names/gazetteer.ts), the shape
 * of the words (capitalisation, initials, particles, O'/Mc), and cues that announce a name
 * (greetings, "my name is", labels, sign-offs, honorifics). Three passes, all linear in tokens:
 * 1. capitalised runs that contain a known name ("Ravi Kumar", "Zbigniew Kowalski");
 * 2. lowercase chat: a known given name that is not a dictionary word ("pls call rahul sharma");
 * 3. cues: the words after "Hi", "Mr.", "Name:", "Regards,\n" even if the gazetteer lacks them.
 */
const MAX_NAME_TOKENS = 4;

const known = (t: Token): boolean => t.first || t.last;
const strong = (t: Token): boolean => known(t) && !t.ambiguous && !t.stop;
/** Could be part of a capitalised name. */
const nameish = (t: Token): boolean =>
  !t.stop && (t.initial || t.shape === 'title' || (t.shape === 'upper' && t.len > 2)) && (known(t) || !t.common);

function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = b.start - a.end;
  if (gap === 1) return text[a.end] === ' ' || text[a.end] === '\u00a0';
  return gap === 0 && a.initial;
}

function push(out: Candidate[], a: Token, b: Token): void {
  out.push({ type: 'PERSON', start: a.start, end: b.end, priority: 10 });
}

/** Pass 1: runs of capitalised name-like words; keep a run that holds a known name. */
function capitalisedRuns(text: string, toks: Token[], out: Candidate[]): void {
  let i = 0;
  while (i < toks.length) {
    if (!nameish(toks[i]!)) { i++; continue; }
    let j = i;
    while (j + 1 < toks.length) {
      const next = toks[j + 1]!;
      if (nameish(next) && adjacent(text, toks[j]!, next)) { j++; continue; }
      // "Juan de la Cruz": particles between capitalised words.
      let k = j + 1;
      while (k < toks.length && toks[k]!.particle && toks[k]!.shape === 'lower' && adjacent(text, toks[k - 1]!, toks[k]!)) k++;
      if (k > j + 1 && k < toks.length && nameish(toks[k]!) && adjacent(text, toks[k - 1]!, toks[k]!)) { j = k; continue; }
      break;
    }
    acceptRun(text, toks, i, j, out);
    i = j + 1;
  }
}

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'leaves', 'via', 'en', 'w', 'we', 'desde', 'hacia', 'around']);
/** Lowercase words the passes read; the tokenizer keeps them even when they are everyday words. */
const KEEP = new Set([...CUE_WORDS, ...PLACE_PREPOSITIONS]);

function acceptRun(text: string, toks: Token[], i: number, j: number, out: Candidate[]): void {
  let a = i;
  let b = j;
  // "Santiago de Compostela": a particle must lead to a known name, else the name ends before it.
  for (let k = a + 1; k <= b; k++) {
    if (toks[k]!.particle) {
      let n = k;
      while (n <= b && toks[n]!.particle) n++;
      if (n > b || !known(toks[n]!)) { b = k - 1; break; }
      k = n;
    }
  }
  // Unknown words may extend a name only where a name part is missing: before a surname, after a given name.
  while (a < b && !known(toks[a]!) && !toks[a]!.initial && !(toks[a + 1]!.last || toks[a + 1]!.particle)) a++;
  while (b > a && !known(toks[b]!) && !(toks[b - 1]!.first && !toks[b - 1]!.last) && !toks[b - 1]!.initial) b--;
  while (b > a && (toks[b]!.initial || toks[b]!.particle)) b--;
  // "Juan de la Cruz", "María de los Ángeles": a name with a particle starts with a given name;
  // "Talavera de la Reina", "Mesa Guapo de Madera", "Línea de la Concepción" are places and products.
  for (let k = a + 1; k < b; k++) if (toks[k]!.particle && !toks[a]!.first) return;
  const run = toks.slice(a, b + 1);
  const words = run.filter((t) => !t.particle && !t.initial);
  if (words.length === 0 || words.length > MAX_NAME_TOKENS) return;
  // Places: "Iyer Alley", "Plaza Gerardo Córdova", "San Fernando", "leaves Lugo".
  const before = a > 0 && adjacent(text, toks[a - 1]!, toks[a]!) ? toks[a - 1] : undefined;
  const after = b + 1 < toks.length && adjacent(text, toks[b]!, toks[b + 1]!) ? toks[b + 1] : undefined;
  // A place word that is also a surname, after a given name, is the surname ("Víctor Partida Anguiano",
  // "Beatriz Arroyo Velásquez"); at the start of the run or beside it, it names a street ("Partida Matilde").
  const givenFirst = toks[a]!.first && !toks[a]!.place;
  if (before?.place || after?.place || run.some((t, k) => t.place && !(k > 0 && givenFirst && known(t)))) return;
  if (words.length === 1 && before && PLACE_PREPOSITIONS.has(before.key)) return;
  // "Mollet del Vallés", "… de Madera": a lone capitalised word after a particle ends a place or product name.
  if (words.length === 1 && before?.particle && before.shape === 'lower') return;
  // "the Zamora Expo", "the Mesa Práctico": a determiner before one capitalised word names a thing.
  if (words.length === 1 && a === b && precededByThe(text, toks[a]!.start)) return;
  // In Title Case text capitals carry no signal: every word must be a known name.
  if (words[0]!.heading && !(words.length >= 2 && words.every(known) && words.some(strong))) return;
  const nStrong = words.filter(strong).length;
  const nKnown = words.filter(known).length;
  // All-caps words are often acronyms ("NINO", "ANIL" in a code): take them only as a full name.
  if (words.some((t) => t.shape === 'upper') && words.length < 2) return;
  // One strong name, or two name-like words of which one is known ("Charvi Gill", "Will Smith").
  if (nStrong >= 1 || (nKnown >= 1 && words.length >= 2)) push(out, toks[a]!, toks[b]!);
}

/** "the " or "The " right before `start`. */
function precededByThe(text: string, start: number): boolean {
  if (start < 4 || text.charCodeAt(start - 1) !== 32) return false;
  const t = text.charCodeAt(start - 4);
  if (t !== 116 && t !== 84) return false;
  if (text.charCodeAt(start - 3) !== 104 || text.charCodeAt(start - 2) !== 101) return false;
  const c = start > 4 ? text.charCodeAt(start - 5) : 32;
  return !((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0);
}

/** Pass 2: lowercase chat text. A given name that is not a dictionary word, plus a known surname after it. */
const plainLower = (t: Token): boolean => t.shape === 'lower' && !t.common && !t.stop && t.len >= 3;

function lowercaseNames(text: string, toks: Token[], out: Candidate[]): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!plainLower(t) || !known(t) || t.ambiguous || t.lowerUnsafe) continue;
    // "ask bhaumik sethi": a known surname takes one unknown given name before it.
    const start = !t.first && i > 0 && plainLower(toks[i - 1]!) && !known(toks[i - 1]!) && adjacent(text, toks[i - 1]!, t) ? toks[i - 1]! : t;
    if (!t.first && t.len < 4) continue;
    let j = i;
    while (j + 1 < toks.length && adjacent(text, toks[j]!, toks[j + 1]!)) {
      const n = toks[j + 1]!;
      if (n.shape === 'lower' && known(n) && !n.common && !n.stop && !n.lowerUnsafe) j++;
      else break;
    }
    push(out, start, toks[j]!);
    i = j;
  }
}

function firstTokenAt(toks: Token[], at: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What follows a token: "from", "here" or punctuation end a self-introduction ("this is ravi from …"). */
function introEnds(text: string, toks: Token[], i: number, alsoTo = false): boolean {
  const t = toks[i]!;
  const next = toks[i + 1];
  if (next && adjacent(text, t, next) && (next.key === 'from' || next.key === 'here' || (alsoTo && next.key === 'to'))) return true;
  return !/^\s*\p{L}/u.test(text.slice(t.end, t.end + 3));
}

function acceptsAfterCue(text: string, toks: Token[], i: number, strength: CueStrength): boolean {
  const t = toks[i]!;
  if (t.stop) return false;
  if (t.initial) return true;
  const capital = t.shape === 'title' || t.shape === 'upper';
  if (strength === 'honorific') return capital || (!t.common && t.shape === 'lower') || known(t);
  if (strength === 'intro') return known(t) || !t.common;
  // "ok pilar 👍" is a name, "ok will do" is not: a lowercase everyday word needs to end the phrase.
  if (strength === 'strong' && known(t)) return capital || !t.ambiguous || introEnds(text, toks, i);
  if (known(t) && (capital || !t.lowerUnsafe)) return !t.common || t.ambiguous || capital;
  if (t.common) return false;
  if (capital) return true;
  if (t.shape !== 'lower' || t.len < 3) return false;
  // Lowercase unknown words: right after a strong cue ("hi sneha"), or closing an introduction.
  return strength === 'strong' || introEnds(text, toks, i, true);
}

/** "Amrita here", "Ravi Kumar here 👋": a capitalised name opening a clause, followed by "here". */
function hereNames(text: string, toks: Token[], out: Candidate[]): void {
  for (let i = 1; i < toks.length; i++) {
    if (toks[i]!.key !== 'here' || !adjacent(text, toks[i - 1]!, toks[i]!)) continue;
    let a = i - 1;
    while (a > 0 && i - a < 3 && toks[a - 1]!.shape === 'title' && adjacent(text, toks[a - 1]!, toks[a]!) && nameish(toks[a - 1]!)) a--;
    const first = toks[a]!;
    if (first.shape !== 'title' || !nameish(first)) continue;
    if (!/(?:^|[.,!?;:\n]\s*|^\s*)$/u.test(text.slice(Math.max(0, first.start - 3), first.start))) continue;
    push(out, first, toks[i - 1]!);
  }
}

/** Pass 3: words announced by a cue. */
function cuedNames(text: string, toks: Token[], out: Candidate[]): void {
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.stop || (t.common && !known(t))) continue; // cheap reject before the cue lookup
    const strength = cueBefore(text, toks, i);
    if (!strength || !acceptsAfterCue(text, toks, i, strength)) continue;
    let j = i;
    while (j + 1 < toks.length && j - i + 1 < MAX_NAME_TOKENS && adjacent(text, toks[j]!, toks[j + 1]!)) {
      const n = toks[j + 1]!;
      const capital = n.shape === 'title' || n.shape === 'upper';
      const prevCapital = toks[j]!.shape !== 'lower';
      // Continue with capitalised words after a capitalised name, lowercase words only if known.
      if (n.stop || (n.common && !known(n))) break;
      const lowerOk = n.shape === 'lower' && !prevCapital && (known(n) || (known(toks[j]!) && plainLower(n)));
      if ((capital && prevCapital) || n.initial || lowerOk) j++;
      else break;
    }
    while (j > i && toks[j]!.initial) j--;
    push(out, t, toks[j]!);
  }
}

export const personRecognizer: Recognizer = {
  type: 'PERSON',
  scan(text, out) {
    const toks = tokenize(text, KEEP);
    if (toks.length === 0) return;
    capitalisedRuns(text, toks, out);
    lowercaseNames(text, toks, out);
    cuedNames(text, toks, out);
    hereNames(text, toks, out);
  },
};
