import type { EntityType, Finding, RedactionMode } from './entities.ts';

/**
 * Per-request, memory-only map between personal values and placeholders.
 * Nothing here is ever persisted; a vault dies with its request.
 *
 * Placeholders look like `[EMAIL_ADDRESS_1]`: typed, short, and kept intact by models.
 * Text in the input that already has placeholder shape is itself vaulted, so a literal
 * `[PERSON_1]` typed by a user can never be "restored" into someone else's value,
 * and `restore(redact(x)) === x` holds for every string.
 */
export const PLACEHOLDER_PATTERN = /\[([A-Z][A-Z0-9_]*?)_(\d{1,6})\]/g;
/** Same shape, used to find placeholder-like text already present in input. */
const PLACEHOLDER_SHAPE = /\[([A-Z][A-Z0-9_]*?)_(\d{1,6})\]/g;

export interface Vault {
  /** Replace findings in `text` according to each entity's mode. Findings must not overlap. */
  apply(text: string, findings: readonly Finding[], modeOf: (type: EntityType) => RedactionMode): string;
  /**
   * Replace every occurrence of a value this request already pseudonymized, even where the
   * detectors passed it over (no context cue there). Call after every field was redacted once,
   * so one value gets one placeholder across the whole request.
   */
  applyKnown(text: string): string;
  /** Replace every placeholder this vault issued by its value. */
  restore(text: string): string;
  /** Same, but values are JSON-string-escaped (for tool-call argument JSON text). */
  restoreJsonEscaped(text: string): string;
  /** Length of the longest suffix of `text` that is a proper prefix of an issued placeholder. */
  pendingPrefixLength(text: string): number;
  /** Count of replaced values per entity type (placeholder-shaped input is not counted). */
  readonly counts: Readonly<Record<string, number>>;
  /** Entity types whose mode is `block` that were found. */
  readonly blocked: readonly EntityType[];
  readonly size: number;
  readonly longestPlaceholder: number;
}

/** Internal marker type for vaulted placeholder-shaped input; never counted as PII. */
const LITERAL = 'LITERAL';

export function createVault(): Vault {
  /** Per entity type: value -> placeholder, and the next placeholder number. */
  const byType = new Map<string, { values: Map<string, string>; next: number }>();
  const stateOf = (type: string): { values: Map<string, string>; next: number } => {
    let state = byType.get(type);
    if (state === undefined) byType.set(type, (state = { values: new Map(), next: 1 }));
    return state;
  };
  const byPlaceholder = new Map<string, string>(); // placeholder -> value
  /**
   * Issued placeholders cannot collide: each is its type, '_' and the type's next number, and a type
   * name never ends in '_' plus digits of another's numbering. Only reserved literals can be in the way.
   */
  let literalsReserved = false;
  const counts: Record<string, number> = {};
  /** Placeholders that stand for placeholder-shaped input text, not for personal values. */
  const literalPlaceholders = new Set<string>();
  const blocked: EntityType[] = [];
  let longest = 0;

  function issue(type: string, value: string): string {
    const state = stateOf(type);
    const existing = state.values.get(value);
    if (existing) return existing;
    let n = state.next;
    let placeholder = `[${type}_${n}]`;
    // Never issue a placeholder that is already taken (by a literal in the input).
    if (literalsReserved) while (byPlaceholder.has(placeholder)) placeholder = `[${type}_${++n}]`;
    state.next = n + 1;
    state.values.set(value, placeholder);
    byPlaceholder.set(placeholder, value);
    if (placeholder.length > longest) longest = placeholder.length;
    return placeholder;
  }

  /** Vault any placeholder-shaped literal in a stretch of untouched text. */
  function protectLiterals(segment: string): string {
    if (!segment.includes('[')) return segment;
    return segment.replace(PLACEHOLDER_SHAPE, (literal, type: string) => {
      const taken = byPlaceholder.get(literal);
      if (taken === literal) return literal; // already the identity mapping
      const literals = stateOf(LITERAL).values;
      if (taken === undefined && !literals.has(literal)) {
        // First sighting and unused: keep it as itself, reserved so no value can take it.
        literals.set(literal, literal);
        byPlaceholder.set(literal, literal);
        literalsReserved = true;
        if (literal.length > longest) longest = literal.length;
        return literal;
      }
      const existing = literals.get(literal);
      if (existing) return existing;
      // The shape is already issued for a real value: give the literal a fresh placeholder.
      const state = stateOf(type);
      let n = state.next;
      let placeholder = `[${type}_${n}]`;
      while (byPlaceholder.has(placeholder)) placeholder = `[${type}_${++n}]`;
      state.next = n + 1;
      literals.set(literal, placeholder);
      byPlaceholder.set(placeholder, literal);
      literalPlaceholders.add(placeholder);
      if (placeholder.length > longest) longest = placeholder.length;
      return placeholder;
    });
  }

  /** The vaulted values worth finding again (not literals, 3+ code units), rebuilt when the vault grows. */
  let known: { values: string[]; size: number } | undefined;
  function knownValues(): string[] {
    if (known?.size === byPlaceholder.size) return known.values;
    const values: string[] = [];
    for (const [placeholder, value] of byPlaceholder) if (placeholder !== value && !literalPlaceholders.has(placeholder) && value.length >= 3) values.push(value);
    known = { values, size: byPlaceholder.size };
    return values;
  }
  /**
   * One alternation of the known values, longest first, bounded by non-word characters. Built only
   * when a text holds one of them: usually none is left after the first pass, and compiling the
   * Unicode pattern costs more than the rest of the second pass.
   */
  let knownPattern: { re: RegExp; size: number } | undefined;
  function knownValuesPattern(values: readonly string[]): RegExp {
    if (knownPattern?.size === byPlaceholder.size) return knownPattern.re;
    const alt = [...values].sort((a, b) => b.length - a.length).map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    const re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alt})(?![\\p{L}\\p{N}_])`, 'gu');
    knownPattern = { re, size: byPlaceholder.size };
    return re;
  }
  const valueToPlaceholder = new Map<string, string>();

  function replaceIssued(text: string, escape: (v: string) => string): string {
    if (byPlaceholder.size === 0 || !text.includes('[')) return text;
    return text.replace(PLACEHOLDER_PATTERN, (m) => {
      const value = byPlaceholder.get(m);
      return value === undefined ? m : escape(value);
    });
  }

  return {
    apply(text, findings, modeOf) {
      if (findings.length === 0) return protectLiterals(text);
      let sorted = findings;
      for (let i = 1; i < findings.length; i++) {
        if (findings[i]!.start < findings[i - 1]!.start) {
          sorted = [...findings].sort((a, b) => a.start - b.start);
          break;
        }
      }
      // Literal placeholders need a '['; without one the untouched stretches are copied as they are.
      const literalsPossible = text.indexOf('[') !== -1;
      // Sized once: a stretch of text before each finding, the finding, and the tail.
      const parts = new Array<string>(sorted.length * 2 + 1);
      let p = 0;
      let cursor = 0;
      let lastType = '';
      let lastMode: RedactionMode = 'pseudonymize';
      for (let k = 0; k < sorted.length; k++) {
        const f = sorted[k]!;
        if (f.start < cursor) continue; // overlap guard; detectors should have resolved these
        if (f.start > cursor) parts[p++] = literalsPossible ? protectLiterals(text.slice(cursor, f.start)) : text.slice(cursor, f.start);
        if (f.type !== lastType) {
          lastType = f.type;
          lastMode = modeOf(f.type);
        }
        counts[f.type] = (counts[f.type] ?? 0) + 1;
        if (lastMode === 'block') {
          if (!blocked.includes(f.type)) blocked.push(f.type);
          parts[p++] = `[${f.type}]`;
        } else if (lastMode === 'mask') {
          parts[p++] = `[${f.type}]`;
        } else {
          parts[p++] = issue(f.type, text.slice(f.start, f.end));
        }
        cursor = f.end;
      }
      if (cursor < text.length) parts[p++] = literalsPossible ? protectLiterals(text.slice(cursor)) : text.slice(cursor);
      parts.length = p;
      return parts.join('');
    },
    applyKnown(text) {
      const values = knownValues();
      // Usually every occurrence was replaced in the first pass: a substring test per value is
      // far cheaper than building and running the Unicode word-boundary pattern over the text.
      if (!containsAny(text, values)) return text;
      const re = knownValuesPattern(values);
      if (valueToPlaceholder.size !== byPlaceholder.size) {
        valueToPlaceholder.clear();
        for (const [placeholder, value] of byPlaceholder) if (!literalPlaceholders.has(placeholder) && !valueToPlaceholder.has(value)) valueToPlaceholder.set(value, placeholder);
      }
      return text.replace(re, (m) => valueToPlaceholder.get(m) ?? m);
    },
    restore: (text) => replaceIssued(text, (v) => v),
    restoreJsonEscaped: (text) => replaceIssued(text, (v) => JSON.stringify(v).slice(1, -1)),
    pendingPrefixLength(text) {
      const open = text.lastIndexOf('[');
      if (open === -1 || byPlaceholder.size === 0) return 0;
      const tail = text.slice(open);
      if (tail.length >= longest || tail.includes(']')) return 0;
      for (const placeholder of byPlaceholder.keys()) {
        if (placeholder.length > tail.length && placeholder.startsWith(tail)) return tail.length;
      }
      return 0;
    },
    get counts() {
      return counts;
    },
    get blocked() {
      return blocked;
    },
    get size() {
      return byPlaceholder.size;
    },
    get longestPlaceholder() {
      return longest;
    },
  };
}

function containsAny(text: string, values: readonly string[]): boolean {
  for (const v of values) if (text.includes(v)) return true;
  return false;
}
