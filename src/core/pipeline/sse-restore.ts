import { createParser, type EventSourceMessage } from 'eventsource-parser';
import type { JsonPath, ProviderAdapter } from '../providers/types.ts';
import { createChannelRestorer, type ChannelRestorer } from '../redact/stream-restorer.ts';
import type { Vault } from '../redact/vault.ts';
import { lastKey, pruneToPath, walkStrings } from './walk-json.ts';

export type StreamEnd = 'complete' | 'truncated' | 'malformed' | 'upstream_error' | 'client_abort';

export interface SseHooks {
  /** Every parsed event, before restore (tool calls keep their placeholders); `undefined` at the end. */
  onEvent(event: unknown, name: string | undefined, final: boolean): void;
  /** True when reading the upstream body failed (connection reset mid-stream). */
  upstreamFailed(): boolean;
  /** Review ids tagged since the last call (announced as SSE comments, or in the adapter's tag field). */
  takeReviewIds(): string[];
  onEnd(end: StreamEnd): void;
}

interface Channel {
  restorer: ChannelRestorer;
  lastEvent: unknown;
  path: JsonPath;
  name: string | undefined;
}

function serialize(name: string | undefined, data: string, id?: string): string {
  let out = '';
  if (name) out += `event: ${name}\n`;
  if (id) out += `id: ${id}\n`;
  for (const line of data.split('\n')) out += `data: ${line}\n`;
  return `${out}\n`;
}

/**
 * An SSE transformer that restores placeholders safely across chunk and event boundaries.
 * Each delta channel holds back at most a placeholder prefix; held text is prepended to the
 * channel's next delta, or emitted as a small event of the provider's own shape before any
 * event that closes the channel. Malformed events end the stream with the provider's error event.
 */
export function createSseRestoreStream(adapter: ProviderAdapter, vault: Vault, hooks: SseHooks): TransformStream<Uint8Array, Uint8Array> {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const channels = new Map<string, Channel>();
  const { stream } = adapter;
  const jsonKeys = adapter.text.jsonEncodedKeys;
  let sawTerminator = false;
  let failed = false;
  let out: TransformStreamDefaultController<Uint8Array>;

  // Output is gathered per input chunk and enqueued once: one downstream write per upstream
  // read instead of one per event, and nothing is held past the chunk that produced it.
  let pendingOut = '';
  const write = (text: string) => {
    pendingOut += text;
  };
  const emit = () => {
    if (pendingOut === '') return;
    out.enqueue(encoder.encode(pendingOut));
    pendingOut = '';
  };

  function flushChannels(except?: Set<string>): void {
    for (const [key, ch] of channels) {
      if (except?.has(key) || ch.restorer.pending === '') continue;
      const text = ch.restorer.flush();
      write(serialize(ch.name, JSON.stringify(pruneToPath(ch.lastEvent, ch.path, text, stream.keepKeys))));
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

  function onMessage(msg: EventSourceMessage): void {
    if (failed) return;
    const name = msg.event;
    const data = msg.data;
    if (stream.isNeutral(name, data)) {
      write(serialize(name, data, msg.id));
      return;
    }
    const terminator = stream.isTerminator(name, data);
    let parsed: unknown;
    try {
      parsed = JSON.parse(data);
    } catch {
      if (terminator) {
        sawTerminator = true;
        hooks.onEvent(undefined, name, true);
        flushChannels();
        writeComments();
        write(serialize(name, data, msg.id));
        return;
      }
      fail('malformed', 'The upstream provider sent a malformed stream event.');
      return;
    }
    hooks.onEvent(parsed, name, terminator);
    let changed = false;
    const carried = new Set<string>();
    if (vault.size > 0) {
      walkStrings(parsed, (s, path) => {
        const key = stream.channelOf(parsed, path);
        if (key === null) {
          if (!s.includes('[')) return s;
          const k = lastKey(path);
          const r = k !== undefined && jsonKeys.has(k) ? vault.restoreJsonEscaped(s) : vault.restore(s);
          if (r !== s) changed = true;
          return r;
        }
        let ch = channels.get(key);
        if (!ch) {
          ch = { restorer: createChannelRestorer(vault, stream.isJsonChannel(key)), lastEvent: parsed, path: [...path], name };
          channels.set(key, ch);
        }
        ch.lastEvent = parsed;
        ch.path = [...path];
        carried.add(key);
        let r = ch.restorer.push(s);
        if (terminator) r += ch.restorer.flush();
        if (r !== s) changed = true;
        return r;
      });
    }
    if (carried.size === 0 || terminator) flushChannels(carried);
    writeComments();
    if (attachTags(parsed)) changed = true;
    write(serialize(name, changed ? JSON.stringify(parsed) : data, msg.id));
    if (terminator) sawTerminator = true;
  }

  function finishStream(): void {
    if (failed) return;
    parser.feed(decoder.decode());
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
    onEvent: onMessage,
    onComment: (comment) => {
      if (!failed && !tagField) write(`:${comment}\n\n`);
    },
  });

  return new TransformStream<Uint8Array, Uint8Array>({
    start(controller) {
      out = controller;
    },
    transform(chunk) {
      if (failed) return;
      parser.feed(decoder.decode(chunk, { stream: true }));
      emit();
    },
    flush() {
      finishStream();
      emit();
    },
  });
}
