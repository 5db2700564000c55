import type { Candidate, Recognizer } from '../recognizer.ts';
import { getLexicon } from '../names/lexicon.ts';
import { tokenize } from '../names/tokens.ts';
import type { Token } from '../names/tokens.ts';
import { findCues } from '../names/cues.ts';
import type { CueHit } from '../names/cues.ts';

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
  !t.stop && (t.initial || t.shape === 'title' || (t.shape === 'upper' && t.key.length > 2)) && (known(t) || !t.common);

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
    acceptRun(toks, i, j, out);
    i = j + 1;
  }
}

function acceptRun(toks: Token[], i: number, j: number, out: Candidate[]): void {
  let a = i;
  let b = j;
  // Unknown words may extend a name only where a name part is missing: before a surname, after a given name.
  while (a < b && !known(toks[a]!) && !toks[a]!.initial && !(toks[a + 1]!.last || toks[a + 1]!.particle)) a++;
  while (b > a && !known(toks[b]!) && !(toks[b - 1]!.first && !toks[b - 1]!.last) && !toks[b - 1]!.initial) b--;
  while (b > a && (toks[b]!.initial || toks[b]!.particle)) b--;
  const run = toks.slice(a, b + 1);
  const words = run.filter((t) => !t.particle && !t.initial);
  if (words.length === 0 || words.length > MAX_NAME_TOKENS) return;
  const nStrong = words.filter(strong).length;
  const nKnown = words.filter(known).length;
  // All-caps words are often acronyms ("NINO", "ANIL" in a code): take them only as a full name.
  if (words.some((t) => t.shape === 'upper') && words.length < 2) return;
  // One strong name, or two name-like words of which one is known ("Charvi Gill", "Will Smith").
  if (nStrong >= 1 || (nKnown >= 1 && words.length >= 2)) push(out, toks[a]!, toks[b]!);
}

/** Pass 2: lowercase chat text. A given name that is not a dictionary word, plus a known surname after it. */
const plainLower = (t: Token): boolean => t.shape === 'lower' && !t.common && !t.stop && t.key.length >= 3;

function lowercaseNames(text: string, toks: Token[], out: Candidate[]): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!plainLower(t) || !known(t) || t.ambiguous || t.lowerUnsafe) continue;
    // "ask bhaumik sethi": a known surname takes one unknown given name before it.
    const start = !t.first && i > 0 && plainLower(toks[i - 1]!) && !known(toks[i - 1]!) && adjacent(text, toks[i - 1]!, t) ? toks[i - 1]! : t;
    if (!t.first && t.key.length < 4) continue;
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

function acceptsAfterCue(t: Token, cue: CueHit, isFirst: boolean): boolean {
  if (t.stop) return false;
  if (t.initial) return true;
  const capital = t.shape === 'title' || t.shape === 'upper';
  if (cue.strength === 'honorific') return capital || (!t.common && t.shape === 'lower') || known(t);
  if (cue.strength === 'strong' && known(t)) return true;
  if (known(t) && (capital || !t.lowerUnsafe)) return !t.common || t.ambiguous || capital;
  if (t.common) return false;
  if (capital) return true;
  // Lowercase unknown words: only right after a strong cue ("hi sneha", "my name is ravi").
  return cue.strength === 'strong' && isFirst && t.shape === 'lower' && t.key.length > 2;
}

/** Pass 3: words announced by a cue. */
function cuedNames(text: string, toks: Token[], out: Candidate[]): void {
  for (const cue of findCues(text)) {
    const i = firstTokenAt(toks, cue.at);
    const t = toks[i];
    if (!t || t.start !== cue.at || !acceptsAfterCue(t, cue, true)) continue;
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
    const toks = tokenize(text, getLexicon());
    if (toks.length === 0) return;
    capitalisedRuns(text, toks, out);
    lowercaseNames(text, toks, out);
    cuedNames(text, toks, out);
  },
};
