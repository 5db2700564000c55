import type { EntityType, Finding, RedactionMode } from './entities.ts';
import { indexKnownValues, MIN_KNOWN_LENGTH, replaceKnownValues, type KnownValueIndex } from './known-values.ts';

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
  /**
   * `restore(text)` when every value it puts back reads the same inside a JSON string at any depth
   * of encoding (no quote, backslash, control character or surrogate); otherwise `undefined`.
   */
  restoreInJsonText(text: string): string | undefined;
  /** Length of the longest suffix of `text` that is a proper prefix of an issued placeholder. */
  pendingPrefixLength(text: string): number;
  /** Count of replaced values per entity type (placeholder-shaped input is not counted). */
  readonly counts: Readonly<Record<string, number>>;
  /** Entity types whose mode is `block` that were found. */
  readonly blocked: readonly EntityType[];
  readonly size: number;
  /** Values masked (mode `mask`) so far: `applyKnown` replaces them by their mask elsewhere too. */
  readonly maskedSize: number;
  readonly longestPlaceholder: number;
}

/** Internal marker type for vaulted placeholder-shaped input; never counted as PII. */
const LITERAL = 'LITERAL';

/** Per entity type: value -> placeholder, the next placeholder number, and the placeholder's start. */
interface TypeState {
  /**
   * value -> placeholder, made once the type has more than SMALL_TYPE values; until then the pairs
   * are only in `small` (value, placeholder, value, placeholder …) and found by a linear search
   * that compares them with the text in place, so a repeated value is neither sliced nor hashed.
   */
  values: Map<string, string> | undefined;
  small: string[];
  next: number;
  /** `[TYPE_`: a placeholder is this, its number and `]`. */
  prefix: string;
  /** Placeholder strings by number, shared by every vault (see `placeholderNames`); fetched on first issue. */
  names: (string | undefined)[] | undefined;
}

/**
 * Placeholders `[TYPE_n]` for n below this are built once per process and shared by all vaults:
 * they hold no personal data (a type and a number), and most requests reuse the first few. Only
 * for the types detectors report (built-in and the policy's custom entities), never for types read
 * from placeholder-shaped input, so the table cannot be grown by request content.
 */
const SHARED_PLACEHOLDERS = 1024;
/**
 * Up to this many known values, `applyKnown` first tests each with `includes` (native, ~0.25 ns a
 * code unit here) before one pass of known-values.ts (~4 ns a code unit): measured on the bench's
 * 32 KB prompt, 12 values took 92 µs one way and 127 µs the other.
 */
const FEW_KNOWN_VALUES = 16;
/** Values per type kept in a flat list before a Map is made for them (see `TypeState`). */
const SMALL_TYPE = 16;
const placeholderNames = new Map<string, (string | undefined)[]>();

/** The type's value -> placeholder Map, made from its flat list on first need. */
function valuesMap(state: TypeState): Map<string, string> {
  if (state.values !== undefined) return state.values;
  const values = (state.values = new Map<string, string>());
  const small = state.small;
  for (let i = 0; i < small.length; i += 2) values.set(small[i]!, small[i + 1]!);
  state.small = [];
  return values;
}

/** The placeholder numbered `n` of a detected type. */
function placeholderOf(type: string, state: TypeState, n: number): string {
  if (n >= SHARED_PLACEHOLDERS) return state.prefix + n + ']';
  let names = state.names;
  if (names === undefined) {
    names = placeholderNames.get(type);
    if (names === undefined) placeholderNames.set(type, (names = []));
    state.names = names;
  }
  return (names[n] ??= state.prefix + n + ']');
}

/** A type met in one `apply` call: its mode, its state when pseudonymized, and how often it was replaced. */
interface SeenType {
  type: EntityType;
  mode: RedactionMode;
  state: TypeState | undefined;
  count: number;
}

export function createVault(): Vault {
  return new RequestVault();
}

/**
 * A class rather than a closure per method: a vault is made for every request, and its methods
 * then cost nothing to create. Its methods read `this`; call them on the vault.
 */
class RequestVault implements Vault {
  private readonly byType = new Map<string, TypeState>();
  /**
   * placeholder -> value, made on first need (restore, literals, `pendingPrefixLength` …). Until
   * then issued pairs wait in `unindexed` (placeholder, value, placeholder, value …): redaction
   * itself never reads this map, so a request that restores nothing never builds it, and one that
   * does builds it once. Insertion order is the order of issue either way.
   */
  private placeholderMap: Map<string, string> | undefined;
  private unindexed: string[] = [];
  private entries = 0;
  /**
   * Issued placeholders cannot collide: each is its type, '_' and the type's next number, and a type
   * name never ends in '_' plus digits of another's numbering. Only reserved literals can be in the way.
   */
  private literalsReserved = false;
  readonly counts: Record<string, number> = {};
  /** Placeholders that stand for placeholder-shaped input text, not for personal values (made on first need). */
  private literalPlaceholders: Set<string> | undefined;
  readonly blocked: EntityType[] = [];
  private longest = 0;
  private known: { values: string[]; index: KnownValueIndex | undefined; size: number } | undefined;
  private valueToPlaceholder: { map: Map<string, string>; size: number } | undefined;
  private sorted: { list: string[]; size: number } | undefined;

  get size(): number {
    return this.entries;
  }

  /** value -> its mask (`[TYPE]`), for values masked in this request (not restorable). */
  private masked: Map<string, string> | undefined;

  get maskedSize(): number {
    return this.masked?.size ?? 0;
  }

  get longestPlaceholder(): number {
    return this.longest;
  }

  /** placeholder -> value for everything issued or reserved so far. */
  private get byPlaceholder(): Map<string, string> {
    let map = this.placeholderMap;
    if (map === undefined) {
      map = this.placeholderMap = new Map();
      const pairs = this.unindexed;
      for (let i = 0; i < pairs.length; i += 2) map.set(pairs[i]!, pairs[i + 1]!);
      this.unindexed = [];
    }
    return map;
  }

  private record(placeholder: string, value: string): void {
    if (this.placeholderMap !== undefined) this.placeholderMap.set(placeholder, value);
    else this.unindexed.push(placeholder, value);
    this.entries++;
    if (placeholder.length > this.longest) this.longest = placeholder.length;
  }

  private stateOf(type: string): TypeState {
    let state = this.byType.get(type);
    if (state === undefined) this.byType.set(type, (state = { values: undefined, small: [], next: 1, prefix: `[${type}_`, names: undefined }));
    return state;
  }

  /** The placeholder of text[start, end) in this type, issuing one for a new value. */
  private issueAt(type: string, state: TypeState, text: string, start: number, end: number): string {
    const values = state.values;
    if (values === undefined) {
      const small = state.small;
      const len = end - start;
      for (let i = 0; i < small.length; i += 2) {
        const v = small[i]!;
        if (v.length === len && sameAt(text, start, v)) return small[i + 1]!;
      }
      return this.issueNew(type, state, text.slice(start, end));
    }
    const value = text.slice(start, end);
    return values.get(value) ?? this.issueNew(type, state, value);
  }

  /** Issue the next free placeholder of this type for a value it has not seen. */
  private issueNew(type: string, state: TypeState, value: string): string {
    let n = state.next;
    let placeholder = placeholderOf(type, state, n);
    // Never issue a placeholder that is already taken (by a literal in the input).
    if (this.literalsReserved) while (this.byPlaceholder.has(placeholder)) placeholder = placeholderOf(type, state, ++n);
    state.next = n + 1;
    if (state.values !== undefined) state.values.set(value, placeholder);
    else if (state.small.length < SMALL_TYPE * 2) state.small.push(value, placeholder);
    else valuesMap(state).set(value, placeholder);
    this.record(placeholder, value);
    return placeholder;
  }

  /** Vault any placeholder-shaped literal in a stretch of untouched text. */
  private protectLiterals(segment: string): string {
    if (!segment.includes('[')) return segment;
    return segment.replace(PLACEHOLDER_SHAPE, (literal, type: string) => this.protectLiteral(literal, type));
  }

  private protectLiteral(literal: string, type: string): string {
    const byPlaceholder = this.byPlaceholder;
    const taken = byPlaceholder.get(literal);
    if (taken === literal) return literal; // already the identity mapping
    const literals = valuesMap(this.stateOf(LITERAL));
    if (taken === undefined && !literals.has(literal)) {
      // First sighting and unused: keep it as itself, reserved so no value can take it.
      literals.set(literal, literal);
      this.record(literal, literal);
      this.literalsReserved = true;
      return literal;
    }
    const existing = literals.get(literal);
    if (existing) return existing;
    // The shape is already issued for a real value: give the literal a fresh placeholder.
    const state = this.stateOf(type);
    let n = state.next;
    let placeholder = `[${type}_${n}]`;
    while (byPlaceholder.has(placeholder)) placeholder = `[${type}_${++n}]`;
    state.next = n + 1;
    literals.set(literal, placeholder);
    this.record(placeholder, literal);
    (this.literalPlaceholders ??= new Set()).add(placeholder);
    return placeholder;
  }

  private isLiteralPlaceholder(placeholder: string): boolean {
    return this.literalPlaceholders !== undefined && this.literalPlaceholders.has(placeholder);
  }

  /** The vaulted values worth finding again (not literals, 3+ code units); rebuilt when the vault grows. */
  private knownValues(): { values: string[]; index: KnownValueIndex | undefined; size: number } {
    const size = this.entries + this.maskedSize;
    if (this.known?.size === size) return this.known;
    const values: string[] = [];
    const keep = (placeholder: string, value: string): void => {
      if (placeholder !== value && !this.isLiteralPlaceholder(placeholder) && value.length >= MIN_KNOWN_LENGTH) values.push(value);
    };
    // Read without building the placeholder map: this runs for every field of a request.
    if (this.placeholderMap !== undefined) for (const [placeholder, value] of this.placeholderMap) keep(placeholder, value);
    else for (let i = 0; i < this.unindexed.length; i += 2) keep(this.unindexed[i]!, this.unindexed[i + 1]!);
    if (this.masked !== undefined) for (const value of this.masked.keys()) if (value.length >= MIN_KNOWN_LENGTH && !values.includes(value)) values.push(value);
    return (this.known = { values, index: undefined, size });
  }

  private replaceIssued(text: string, escape: (v: string) => string): string {
    if (this.entries === 0 || !text.includes('[')) return text;
    const byPlaceholder = this.byPlaceholder;
    // By hand instead of PLACEHOLDER_PATTERN with a callback (~3× faster on an answer full of
    // placeholders): a placeholder runs from a '[' to the first ']' after it, and only the ones
    // this vault issued are in the map, so the lookup is the whole check. Same output as the regex:
    // a candidate that is not issued is left as it is and the scan goes on from its next '['.
    const longest = this.longest;
    let out = '';
    let copied = 0;
    let open = text.indexOf('[');
    // The first ']' after `open`, kept while `open` moves up to it: looking it up again for each
    // '[' made a run of '[' before one ']' (an answer a model can be led to write) cost its square.
    let close = -1;
    while (open !== -1) {
      if (close <= open) {
        close = text.indexOf(']', open + 1);
        if (close === -1) break;
      }
      if (close - open < longest) {
        const value = byPlaceholder.get(text.slice(open, close + 1));
        if (value !== undefined) {
          out += text.slice(copied, open) + escape(value);
          copied = close + 1;
          open = text.indexOf('[', copied);
          continue;
        }
      }
      open = text.indexOf('[', open + 1);
    }
    return copied === 0 ? text : out + text.slice(copied);
  }

  apply(text: string, findings: readonly Finding[], modeOf: (type: EntityType) => RedactionMode): string {
    if (findings.length === 0) return this.protectLiterals(text);
    let sorted = findings;
    for (let i = 1; i < findings.length; i++) {
      if (findings[i]!.start < findings[i - 1]!.start) {
        sorted = [...findings].sort((a, b) => a.start - b.start);
        break;
      }
    }
    // Literal placeholders need a '['; without one the untouched stretches are copied as they are.
    const literalsPossible = text.indexOf('[') !== -1;
    // Per type seen in this call (a handful): its mode, state and count, found by a short linear
    // search when the type changes; `counts` and `blocked` are written once per type at the end.
    const seen: SeenType[] = [];
    // Sized once: a stretch of text before each finding, the finding, and the tail.
    const parts = new Array<string>(sorted.length * 2 + 1);
    let p = 0;
    let cursor = 0;
    let lastType = '';
    let slot: SeenType | undefined;
    for (let k = 0; k < sorted.length; k++) {
      const f = sorted[k]!;
      if (f.start < cursor) continue; // overlap guard; detectors should have resolved these
      if (f.start > cursor) parts[p++] = literalsPossible ? this.protectLiterals(text.slice(cursor, f.start)) : text.slice(cursor, f.start);
      if (f.type !== lastType || slot === undefined) {
        lastType = f.type;
        slot = undefined;
        for (let s = 0; s < seen.length; s++) if (seen[s]!.type === lastType) { slot = seen[s]!; break; }
        if (slot === undefined) {
          const mode = modeOf(f.type);
          seen.push((slot = { type: f.type, mode, state: mode === 'mask' || mode === 'block' ? undefined : this.stateOf(f.type), count: 0 }));
        }
      }
      slot.count++;
      if (slot.state === undefined) {
        parts[p++] = `[${f.type}]`;
        // A masked value is replaced wherever else it occurs in the request too (applyKnown).
        if (slot.mode === 'mask') (this.masked ??= new Map()).set(text.slice(f.start, f.end), `[${f.type}]`);
      } else parts[p++] = this.issueAt(slot.type, slot.state, text, f.start, f.end);
      cursor = f.end;
    }
    if (cursor < text.length) parts[p++] = literalsPossible ? this.protectLiterals(text.slice(cursor)) : text.slice(cursor);
    parts.length = p;
    const counts = this.counts;
    for (const { type, mode, count } of seen) {
      counts[type] = (counts[type] ?? 0) + count;
      if (mode === 'block' && !this.blocked.includes(type)) this.blocked.push(type);
    }
    return parts.join('');
  }

  applyKnown(text: string): string {
    const known = this.knownValues();
    const values = known.values;
    if (values.length === 0) return text;
    // A few values: a native substring test of each is cheaper than a pass over the text, and
    // usually finds none (the first pass replaced them). More: one pass (known-values.ts), as
    // a test per value costs values × length.
    if (values.length <= FEW_KNOWN_VALUES && !containsAny(text, values)) return text;
    const index = (known.index ??= indexKnownValues(values));
    // A value shaped like a placeholder's inside ("PERSON_1", a custom ticket id) is not replaced
    // inside a placeholder of this vault ("[PERSON_1]"), which would then never be restored.
    return replaceKnownValues(text, index, (value) => this.placeholderOfValue(value), (t, start, end) =>
      t.charCodeAt(start - 1) === 91 && t.charCodeAt(end) === 93 && this.byPlaceholder.has(t.slice(start - 1, end + 1)));
  }

  /** The first placeholder issued for `value` (not a literal's), made into a map on first need. */
  private placeholderOfValue(value: string): string | undefined {
    if (this.valueToPlaceholder?.size !== this.entries) {
      const map = new Map<string, string>();
      for (const [placeholder, v] of this.byPlaceholder) if (!this.isLiteralPlaceholder(placeholder) && !map.has(v)) map.set(v, placeholder);
      this.valueToPlaceholder = { map, size: this.entries };
    }
    return this.valueToPlaceholder.map.get(value) ?? this.masked?.get(value);
  }

  restore(text: string): string {
    return this.replaceIssued(text, (v) => v);
  }

  restoreJsonEscaped(text: string): string {
    return this.replaceIssued(text, (v) => JSON.stringify(v).slice(1, -1));
  }

  restoreInJsonText(text: string): string | undefined {
    let plain = true;
    const out = this.replaceIssued(text, (v) => {
      if (plain && !readsSameInJson(v)) plain = false;
      return v;
    });
    return plain ? out : undefined;
  }

  pendingPrefixLength(text: string): number {
    const open = text.lastIndexOf('[');
    if (open === -1 || this.entries === 0) return 0;
    const tail = text.slice(open);
    if (tail.length >= this.longest || tail.includes(']')) return 0;
    // The placeholders that start with `tail` sit together in sorted order, from its lower bound,
    // and each is longer than `tail` (they end in ']', which `tail` has not): one read decides.
    // A binary search instead of a pass over every placeholder: a stream calls this for each delta.
    const sorted = this.sortedPlaceholders();
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < tail) lo = mid + 1;
      else hi = mid;
    }
    return lo < sorted.length && sorted[lo]!.startsWith(tail) ? tail.length : 0;
  }

  /** Every issued or reserved placeholder in code-unit order, rebuilt when the vault grows. */
  private sortedPlaceholders(): string[] {
    if (this.sorted?.size === this.entries) return this.sorted.list;
    const list = [...this.byPlaceholder.keys()].sort();
    this.sorted = { list, size: this.entries };
    return list;
  }
}

/** text[start, start + v.length) === v (the caller checked that it fits). */
function sameAt(text: string, start: number, v: string): boolean {
  for (let i = 0; i < v.length; i++) if (text.charCodeAt(start + i) !== v.charCodeAt(i)) return false;
  return true;
}

/**
 * No character JSON.stringify would escape, nor any surrogate (a paired one too, conservatively):
 * such a value is its own JSON-string form, however many times the string is JSON-encoded.
 */
function readsSameInJson(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 34 || c === 92 || c < 32 || (c >= 0xd800 && c <= 0xdfff)) return false;
  }
  return true;
}

function containsAny(text: string, values: readonly string[]): boolean {
  for (const v of values) if (text.includes(v)) return true;
  return false;
}
