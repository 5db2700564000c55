import { createParser, type EventSourceMessage } from 'eventsource-parser';
import type { JsonPath, ProviderAdapter } from '../providers/types.ts';
import { createChannelRestorer, type ChannelRestorer } from '../redact/stream-restorer.ts';
import type { Vault } from '../redact/vault.ts';
import { sourceOf, toWebStream, type ByteSource } from './byte-source.ts';
import { createJsonTemplate, jsonPathAt, type JsonTemplate } from './json-template.ts';
import { createSseOutput, type SseOutput } from './sse-output.ts';
import { readRestored, type SseCore } from './sse-reader.ts';
import { getAt, lastKey, pruneToPath, walkStrings } from './walk-json.ts';

export type StreamEnd = 'complete' | 'truncated' | 'malformed' | 'upstream_error' | 'client_abort';

export interface SseHooks {
  /** Every parsed event, before restore (tool calls keep their placeholders); `undefined` at the end. */
  onEvent(event: unknown, name: string | undefined, final: boolean): void;
  /** True when reading the upstream body failed (connection reset mid-stream). */
  upstreamFailed(): boolean;
  /** Review ids tagged since the last call (announced as SSE comments, or in the adapter's tag field). */
  takeReviewIds(): string[];
  /**
   * Checked after each parsed event is given to `onEvent`: a reason, when the stream must end
   * there (with the provider's error event, before that event is written); undefined to go on.
   */
  stopReason?(): string | undefined;
  onEnd(end: StreamEnd): void;
}

interface Channel {
  restorer: ChannelRestorer;
  /** The channel's last event, parsed; or its JSON text (`lastText`) when it passed unparsed, read only if held text must go out on its own. */
  lastEvent: unknown;
  lastText: string | undefined;
  path: JsonPath;
  name: string | undefined;
}

function serialize(name: string | undefined, data: string, id?: string): string {
  let out = '';
  if (name) out += `event: ${name}\n`;
  if (id) out += `id: ${id}\n`;
  if (!data.includes('\n')) return `${out}data: ${data}\n\n`;
  for (const line of data.split('\n')) out += `data: ${line}\n`;
  return `${out}\n`;
}

function samePath(a: JsonPath, b: JsonPath): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Whether an event's JSON text may hold a placeholder or the start of one, so its strings must be
 * walked. Placeholders start `[A`–`[Z`; a delta can also end right after the `[` (the string then
 * closes: `["`). A `[` before anything else (`[{`, `[]`, `[1`) is JSON structure or ordinary text,
 * which is most of them: every OpenAI chunk has `"choices":[{`, every Gemini one `"parts":[{`.
 * Escapes are taken as a maybe (`[\u0041…`, or a `\u005b` for the bracket itself).
 */
export function mayHoldPlaceholder(data: string): boolean {
  for (let i = data.indexOf('['); i !== -1; i = data.indexOf('[', i + 1)) {
    if (mayOpenPlaceholder(data.charCodeAt(i + 1))) return true;
  }
  return data.includes('\\u');
}

/** Whether the code unit after a `[` (NaN at the text's end) may go on into a placeholder, as `mayHoldPlaceholder` reads it. */
function mayOpenPlaceholder(next: number): boolean {
  return (next >= 65 && next <= 90) || next === 34 || next === 92 || Number.isNaN(next);
}

/**
 * `mayHoldPlaceholder` on `data[start, end)`, a string or number token of it: a `[` in a token is
 * never its last character, so the next one read is the token's own (the same answer as on a slice).
 */
function tokenMayHoldPlaceholder(data: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = data.charCodeAt(i);
    if (c === 91) {
      if (mayOpenPlaceholder(data.charCodeAt(i + 1))) return true;
    } else if (c === 92 && data.charCodeAt(i + 1) === 117) {
      return true;
    }
  }
  return false;
}

/** A valid JSON string token's value: its text between the quotes when it has no escape. */
function stringValue(data: string, start: number, end: number): string {
  for (let i = start + 1; i < end - 1; i++) if (data.charCodeAt(i) === 92) return JSON.parse(data.slice(start, end)) as string;
  return data.slice(start + 1, end - 1);
}

export interface SseRestoreOptions {
  /**
   * Test-only. `false` turns off the paths that skip `JSON.parse` (an event of the previous event's
   * shape passing unparsed, or restored through its delta alone): every event is then parsed,
   * shown to the hooks and walked, the reference the fast paths are property-tested against
   * (test/fuzz/stream-fast-paths.property.test.ts). Absent or true: the fast paths are on.
   */
  fastPaths?: boolean;
  /**
   * Text to UTF-8 bytes for the restored output (default: `TextEncoder`). Node passes
   * `Buffer.from`, which takes small outputs from a shared pool: `TextEncoder.encode` makes a new
   * ArrayBuffer per call, ~25× the cost on a stream's ~300-byte outputs (docs/PROFILE.md).
   */
  encode?: (text: string) => Uint8Array;
  /**
   * Test-only. `false` reads the whole stream as decoded text through the parser (the way every
   * stream was read before events were framed on the bytes, sse-reader.ts), the reference the
   * byte framing is property-tested against. Absent or true: events are framed on the bytes.
   */
  byteFraming?: boolean;
  /**
   * The most of one event held before it is complete (the parser's buffer, in code units; the
   * policy's `limits.max_response_bytes`). An event that grows past it ends the stream with the
   * provider's error event and releases the upstream. Default: no limit.
   */
  maxEventChars?: number;
}


/**
 * Restores placeholders safely across chunk and event boundaries. Each delta channel holds back
 * at most a placeholder prefix; held text is prepended to the channel's next delta, or emitted as
 * a small event of the provider's own shape before any event that closes the channel. Malformed
 * events end the stream with the provider's error event.
 */
function createSseRestorer(adapter: ProviderAdapter, vault: Vault, hooks: SseHooks, out: SseOutput, opts?: SseRestoreOptions): SseCore {
  const fastPaths = opts?.fastPaths !== false;
  const channels = new Map<string, Channel>();
  const { stream } = adapter;
  const numbersMayCarryState = stream.numbersMayCarryState === true;
  const jsonKeys = adapter.text.jsonEncodedKeys;
  let sawTerminator = false;
  let failed = false;

  // Output is gathered and handed on once per upstream read: one downstream write per read
  // instead of one per event.
  const write = (text: string) => out.text(text);
  /** How the event being handled can be written as it came (its upstream bytes), when it was framed on them. */
  let passOn: (() => void) | undefined;
  /** The event as it came: `serialize(name, data, id)`, or its own bytes when it has them. */
  const writeEvent = (name: string | undefined, data: string, id: string | undefined) => {
    if (passOn !== undefined && id === undefined) passOn();
    else write(serialize(name, data, id));
  };

  function flushChannels(except?: Set<string>, only?: (channel: string) => boolean): void {
    for (const [key, ch] of channels) {
      if (except?.has(key) || ch.restorer.pending === '' || (only !== undefined && !only(key))) continue;
      heldChars -= ch.restorer.pending.length;
      const text = ch.restorer.flush();
      const last: unknown = ch.lastText === undefined ? ch.lastEvent : JSON.parse(ch.lastText);
      write(serialize(ch.name, JSON.stringify(pruneToPath(last, ch.path, text, stream.keepKeys))));
    }
  }

  /** The same tag a JSON response carries in headers: `x-pledge-review: required; x-pledge-review-id: …`. */
  const tagField = stream.reviewTagField;
  const pendingTags: string[] = [];
  function writeComments(): void {
    const ids = hooks.takeReviewIds();
    if (tagField) pendingTags.push(...ids);
    else for (const id of ids) write(`: x-pledge-review: required; x-pledge-review-id: ${id}\n\n`);
  }
  /** For formats whose SDKs cannot skip comment lines: the tag rides in the next JSON event. */
  function attachTags(parsed: unknown): boolean {
    if (!tagField || pendingTags.length === 0 || parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return false;
    (parsed as Record<string, unknown>)[tagField] = { review: 'required', ids: pendingTags.splice(0, pendingTags.length) };
    return true;
  }

  function fail(end: StreamEnd, message: string): void {
    if (failed) return;
    failed = true;
    flushChannels();
    write(stream.errorEvent(message));
    hooks.onEnd(end);
  }

  // Per-event state for the visitor below, which is created once per stream, not per event.
  let current: unknown;
  let currentName: string | undefined;
  let terminatorEvent = false;
  let changed = false;
  const carried = new Set<string>();
  /** Characters held back across all channels (a placeholder prefix waiting for its rest). */
  let heldChars = 0;

  const path: (string | number)[] = [];
  /**
   * Depth-first restore of every string leaf of the current event, in place (walk-json's
   * walkStrings, without its options and without a closure per event).
   */
  function walk(node: unknown): unknown {
    if (typeof node === 'string') return restoreLeaf(node, path);
    if (node === null || typeof node !== 'object') return node;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        node[i] = walk(node[i]);
        path.pop();
      }
      return node;
    }
    const obj = node as Record<string, unknown>;
    for (const key in obj) {
      path.push(key);
      obj[key] = walk(obj[key]);
      path.pop();
    }
    return obj;
  }

  const restoreLeaf = (s: string, path: JsonPath): string => {
    const key = stream.channelOf(current, path);
    if (key === null) {
      if (!s.includes('[')) return s;
      const k = lastKey(path);
      const r = k !== undefined && jsonKeys.has(k) ? vault.restoreJsonEscaped(s) : vault.restore(s);
      if (r !== s) changed = true;
      return r;
    }
    let ch = channels.get(key);
    if (!ch) {
      ch = { restorer: createChannelRestorer(vault, stream.isJsonChannel(key)), lastEvent: current, lastText: undefined, path: [...path], name: currentName };
      channels.set(key, ch);
    } else if (!samePath(ch.path, path)) {
      ch.path = [...path];
    }
    ch.lastEvent = current;
    ch.lastText = undefined;
    carried.add(key);
    heldChars -= ch.restorer.pending.length;
    let r = ch.restorer.push(s);
    if (terminatorEvent) r += ch.restorer.flush();
    heldChars += ch.restorer.pending.length;
    if (r !== s) changed = true;
    return r;
  };

  /** The last valid event text per event name, to recognise the next as the same with a new delta. */
  const templates = new Map<string | undefined, JsonTemplate>();
  const templateOf = (name: string | undefined): JsonTemplate => {
    let t = templates.get(name);
    if (t === undefined) templates.set(name, (t = createJsonTemplate()));
    return t;
  };

  /**
   * Whether an event is the last event of its name with some strings or numbers changed, none of
   * which carries state (usage, tool call, finish): then the event tells the hooks nothing the
   * template's event did not, and its JSON is valid without parsing it (json-template.ts). The
   * template only ever holds events whose state the hooks have seen: state-free ones, or (Gemini,
   * `numbersMayCarryState`) ones whose usage counts were parsed; one whose changed string carries
   * state is dropped from it here. A changed number where numbers may be state means a parse.
   */
  function sameShapeNoState(t: JsonTemplate, data: string): boolean {
    if (!t.accepts(data)) return false;
    const lit = t.literals;
    for (let i = 0; i < 2 * t.count; i += 2) {
      if (numbersMayCarryState && data.charCodeAt(lit[i]!) !== 34) return false;
      if (stream.mayCarryState(data.slice(lit[i], lit[i + 1]))) {
        t.forget();
        return false;
      }
    }
    return true;
  }

  /**
   * How an event of a template's shape is restored without parsing it: one of its changed tokens
   * is a delta channel's string (its path and channel, found once per shape on the event parsed
   * then), it is the event's only channel string, every other changed token is under one of the
   * provider's `inertKeys` (its own noise, such as OpenAI's `obfuscation`), and nothing else in
   * the event may hold a placeholder (the inert tokens are checked per event). Then restoring the
   * event is restoring that string, as `walk` would. Null when that does not hold.
   */
  interface DeltaPlan {
    path: JsonPath;
    key: string;
    /** Which of the template's varying tokens is the delta. */
    literal: number;
  }
  const plans = new Map<string | undefined, { version: number; plan: DeltaPlan | null }>();
  const inertKeys = stream.inertKeys;

  /** The varying token that may be a delta: the only one not under an inert key, or -1. */
  function deltaLiteral(t: JsonTemplate, data: string): number {
    if (t.count === 1) return 0;
    if (inertKeys === undefined) return -1;
    let delta = -1;
    for (let i = 0; i < t.count; i++) {
      const path = jsonPathAt(data, t.literals[2 * i]!);
      if (path === undefined) return -1;
      const k = lastKey(path);
      if (k !== undefined && inertKeys.has(k)) continue;
      if (delta !== -1) return -1;
      delta = i;
    }
    return delta;
  }

  function deltaPlan(name: string | undefined, t: JsonTemplate, data: string): DeltaPlan | null {
    const known = plans.get(name);
    if (known !== undefined && known.version === t.version) return known.plan;
    let plan: DeltaPlan | null = null;
    const literal = deltaLiteral(t, data);
    const start = literal === -1 ? 0 : t.literals[2 * literal]!;
    const end = literal === -1 ? 0 : t.literals[2 * literal + 1]!;
    const path = literal === -1 ? undefined : jsonPathAt(data, start);
    if (path !== undefined && !mayHoldPlaceholder(data.slice(0, start)) && !mayHoldPlaceholder(data.slice(end))) {
      const event: unknown = JSON.parse(data);
      // The literal must be the value JSON.parse keeps at its path, not one it drops for a later
      // duplicate key (the string's own or an enclosing object's): then another string put in
      // its place is what JSON.parse reads there.
      const kept = getAt(event, path);
      const other = kept === 'a' ? 'b' : 'a';
      const probed = getAt(JSON.parse(data.slice(0, start) + JSON.stringify(other) + data.slice(end)), path);
      const key = typeof kept === 'string' && probed === other ? stream.channelOf(event, path) : null;
      let channelStrings = 0;
      walkStrings(event, (s, p) => {
        if (stream.channelOf(event, p) !== null) channelStrings++;
        return s;
      });
      if (key !== null && channelStrings === 1) plan = { path, key, literal };
    }
    plans.set(name, { version: t.version, plan });
    return plan;
  }

  /** The template's varying tokens other than the plan's delta (inert ones) may not hold a placeholder in this event. */
  function othersClean(plan: DeltaPlan, t: JsonTemplate, data: string): boolean {
    const lit = t.literals;
    for (let i = 0; i < t.count; i++) {
      if (i !== plan.literal && tokenMayHoldPlaceholder(data, lit[2 * i]!, lit[2 * i + 1]!)) return false;
    }
    return true;
  }

  /** `restoreLeaf` on the changed string of an event that fits `plan`, and the event written. */
  function restoreDelta(plan: DeltaPlan, name: string | undefined, data: string, start: number, end: number, id: string | undefined): void {
    const s = stringValue(data, start, end);
    let ch = channels.get(plan.key);
    if (!ch) {
      ch = { restorer: createChannelRestorer(vault, stream.isJsonChannel(plan.key)), lastEvent: undefined, lastText: data, path: [...plan.path], name };
      channels.set(plan.key, ch);
    } else if (!samePath(ch.path, plan.path)) {
      ch.path = [...plan.path];
    }
    // This event's own keys (an inert one such as a sequence number differs from the plan's event).
    ch.lastText = data;
    heldChars -= ch.restorer.pending.length;
    const r = ch.restorer.push(s);
    heldChars += ch.restorer.pending.length;
    if (r === s) writeEvent(name, data, id);
    else write(serialize(name, data.slice(0, start) + JSON.stringify(r) + data.slice(end), id));
  }

  const maxEventChars = opts?.maxEventChars;
  /**
   * One event, whichever way it was framed. An event over the policy's size limit ends the stream
   * (the parser checks only what it buffers, and byte framing nothing), and so does any throw while
   * handling one (JSON nested past the walkers' stack, a hook's fault): reads never reject, and
   * the client gets the provider's error event.
   */
  function onMessage(name: string | undefined, data: string, id: string | undefined): void {
    if (failed) return;
    if (maxEventChars !== undefined && data.length > maxEventChars) {
      fail('malformed', `The upstream provider sent a stream event over ${maxEventChars} bytes, more than policy allows (limits.max_response_bytes); the stream was ended.`);
      return;
    }
    try {
      handleMessage(name, data, id);
    } catch {
      fail('malformed', 'The upstream provider sent a stream event Pledge could not read; the stream was ended.');
    }
  }
  function handleMessage(name: string | undefined, data: string, id: string | undefined): void {
    if (failed) return;
    if (stream.isNeutral(name, data)) {
      writeEvent(name, data, id);
      return;
    }
    const terminator = stream.isTerminator(name, data);
    const t = templateOf(name);
    const stateFree = fastPaths && !terminator && sameShapeNoState(t, data);
    /** The event may hold a placeholder, or meet one held back: its strings must be restored. */
    const mayRestore = vault.size > 0 && (heldChars > 0 || mayHoldPlaceholder(data));
    // A tag waiting to ride in the next event needs that event parsed.
    const unparsed = stateFree && !(tagField && pendingTags.length > 0);
    // Most events of a model's stream change nothing and matter to nothing: no placeholder in
    // them or held back, no state, no tag to attach. Those pass as they came, unparsed.
    if (unparsed && !mayRestore) {
      writeEvent(name, data, id);
      return;
    }
    // One that may hold or meet a placeholder: restored through its delta alone when it can be.
    // (The delta and the provider's noise vary only: another varying token could decide the
    // delta's channel.)
    if (unparsed && t.count >= 1) {
      const plan = deltaPlan(name, t, data);
      if (plan !== null && (t.count === 1 || othersClean(plan, t, data))) {
        const lit = t.literals;
        restoreDelta(plan, name, data, lit[2 * plan.literal]!, lit[2 * plan.literal + 1]!, id);
        return;
      }
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(data);
    } catch {
      if (terminator) {
        sawTerminator = true;
        hooks.onEvent(undefined, name, true);
        flushChannels();
        writeComments();
        writeEvent(name, data, id);
        return;
      }
      fail('malformed', 'The upstream provider sent a malformed stream event.');
      return;
    }
    // A parsed event of another shape: the next event is compared with it, unless it carries state.
    if (fastPaths && !stateFree) {
      if (terminator || stream.mayCarryState(data)) t.forget();
      else t.learn(data);
    }
    hooks.onEvent(parsed, name, terminator);
    const stop = hooks.stopReason?.();
    if (stop !== undefined) {
      fail('upstream_error', stop);
      return;
    }
    changed = false;
    carried.clear();
    // Most events carry no placeholder and nothing is held back: they pass as they came.
    if (mayRestore) {
      current = parsed;
      currentName = name;
      terminatorEvent = terminator;
      walk(parsed);
      current = undefined;
    }
    // Held text goes out before the event that ends its channel; an event that ends none (another
    // choice's finish, an annotation) leaves it held, so the rest of a split placeholder still comes.
    if (heldChars > 0) {
      if (terminator) flushChannels(carried);
      else if (carried.size === 0) flushChannels(carried, stream.closes === undefined ? undefined : (key) => stream.closes!(parsed, key));
    }
    writeComments();
    if (attachTags(parsed)) changed = true;
    if (changed) write(serialize(name, JSON.stringify(parsed), id));
    else writeEvent(name, data, id);
    if (terminator) sawTerminator = true;
  }

  function finishStream(tail: string): void {
    if (failed) return;
    parser.feed(tail);
    parser.feed('\n\n');
    if (failed) return;
    if (hooks.upstreamFailed()) {
      fail('upstream_error', 'The connection to the upstream provider failed mid-stream.');
      return;
    }
    hooks.onEvent(undefined, undefined, true);
    flushChannels();
    writeComments();
    if (!sawTerminator) {
      fail('truncated', 'The upstream stream ended before it was complete.');
      return;
    }
    hooks.onEnd('complete');
  }

  const parser = createParser({
    maxBufferSize: opts?.maxEventChars,
    onError: (error) => {
      if (error.type === 'max-buffer-size-exceeded') fail('malformed', `The upstream provider sent a stream event over ${opts?.maxEventChars} bytes, more than policy allows (limits.max_response_bytes); the stream was ended.`);
    },
    onEvent: (msg: EventSourceMessage) => onMessage(msg.event, msg.data, msg.id),
    onComment: (comment) => {
      if (!failed && !tagField) write(`:${comment}\n\n`);
    },
  });

  return {
    feed: (text) => {
      if (!failed) parser.feed(text);
    },
    event(name, data, raw) {
      passOn = raw;
      onMessage(name, data, undefined);
      passOn = undefined;
    },
    // A blank line: the parser's first feed, which settles the mark check and dispatches nothing.
    prime: () => parser.feed('\n'),
    finish: finishStream,
    get failed() {
      return failed;
    },
  };
}

/**
 * The response path: a pull-based source that reads upstream only as the client takes what it
 * gave (backpressure: Node writes each chunk before asking for the next; `restoreSseBody`'s web
 * stream reads one chunk ahead), restoring as it goes. Until something has been sent, the first
 * event of an upstream read goes out on its own and the rest of that read waits for the next read
 * (time to first token). A failed upstream read is reported through `on.error` and ends the
 * stream with the provider's error event; a cancel (client gone) through `on.cancel`. Reads never
 * reject.
 */
export function restoreSse(
  upstream: ByteSource,
  adapter: ProviderAdapter,
  vault: Vault,
  hooks: SseHooks,
  on: { error(): void; cancel(): void },
  opts?: SseRestoreOptions,
): ByteSource {
  const encoder = new TextEncoder();
  const encode = opts?.encode ?? ((text: string) => encoder.encode(text));
  const out = createSseOutput(encode);
  const core = createSseRestorer(adapter, vault, hooks, out, opts);
  return readRestored(upstream, core, out, on, encode, opts?.byteFraming !== false, opts?.maxEventChars);
}

/** `restoreSse` between web streams (tests, tools). */
export function restoreSseBody(
  body: ReadableStream<Uint8Array>,
  adapter: ProviderAdapter,
  vault: Vault,
  hooks: SseHooks,
  on: { error(): void; cancel(): void },
  opts?: SseRestoreOptions,
): ReadableStream<Uint8Array> {
  return toWebStream(restoreSse(sourceOf(body), adapter, vault, hooks, on, opts));
}
