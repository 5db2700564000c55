import type { Candidates } from '../candidates.ts';
import { T_LOWER, T_MARK_RELATION } from '../names/tokens.ts';
import type { Tokens } from '../names/tokens.ts';
import { adjacent, nameish, push } from './person-words.ts';

const POSSESSIVES: ReadonlySet<string> = new Set(['my', 'his', 'her', 'your', 'our', 'their']);

/**
 * Names glossed with a relation (tokens are the relation words, which the tokenizer keeps as cue
 * words): the capitalised words right before "(my cousin)" or "(wife)" ("Clara (my cousin) wants
 * …"), and the one right after "… of" ("Aasha Varman (father of Malati, JEE batch B)").
 */
export function namesBesideRelations(text: string, t: Tokens, out: Candidates): void {
  for (let i = 1; i < t.count; i++) {
    // A gloss is written in lowercase: "(my cousin)", "father of …" (not "Mother of Pearl").
    // A relation's token is marked by the tokenizer (person.ts marksOf): no lookup per token.
    if ((t.bits[i]! & (T_LOWER | T_MARK_RELATION)) !== (T_LOWER | T_MARK_RELATION) || t.len[i]! < 3) continue;
    const k = POSSESSIVES.has(t.key[i - 1]!) && adjacent(text, t, i - 1, i) ? i - 1 : i;
    const open = t.start[k]! - 1;
    if (k > 0 && text.charCodeAt(open) === 40 && text.charCodeAt(open - 1) === 32 && t.end[k - 1] === open - 1 && nameish(t, k - 1)) {
      const a = k > 1 && nameish(t, k - 2) && adjacent(text, t, k - 2, k - 1) ? k - 2 : k - 1;
      push(out, text, t, a, k - 1);
    }
    // "of" is a token when a cue phrase holds it ("on behalf of"); else the gap reads " of ".
    const n = t.key[i + 1] === 'of' && adjacent(text, t, i, i + 1) ? i + 2 : i + 1;
    if (n < t.count && (n === i + 2 ? adjacent(text, t, i + 1, n) : ofBetween(text, t.end[i]!, t.start[n]!)) && nameish(t, n)) {
      const b = n + 1 < t.count && nameish(t, n + 1) && adjacent(text, t, n, n + 1) ? n + 1 : n;
      push(out, text, t, n, b);
    }
  }
}

/** text[a, b) is " of " (any case). */
function ofBetween(text: string, a: number, b: number): boolean {
  return b - a === 4 && text.charCodeAt(a) === 32 && (text.charCodeAt(a + 1) | 32) === 111 && (text.charCodeAt(a + 2) | 32) === 102 && text.charCodeAt(a + 3) === 32;
}
