import type { JsonPath } from '../types.ts';
import { mentionsAny } from '../event-keys.ts';
import { anthropicErrorEvent } from './errors.ts';

function field(node: unknown, key: string): unknown {
  return node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
}

/**
 * `content_block_delta` events carry `delta.text` (text_delta), `delta.partial_json`
 * (input_json_delta: JSON text of tool input) or `delta.thinking`; one channel per block index.
 * Everything else (message_start, content_block_start, message_delta …) is whole.
 */
export function anthropicChannelOf(event: unknown, path: JsonPath): string | null {
  if (path.length !== 2 || path[0] !== 'delta' || field(event, 'type') !== 'content_block_delta') return null;
  const index = String(field(event, 'index') ?? 0);
  if (path[1] === 'text') return `b${index}.text`;
  if (path[1] === 'thinking') return `b${index}.thinking`;
  if (path[1] === 'partial_json') return `json:b${index}`;
  return null;
}

/** A block's `content_block_stop` ends its channels; `message_delta` (the stop reason) ends all. */
export function anthropicCloses(event: unknown, channel: string): boolean {
  const type = field(event, 'type');
  if (type === 'message_delta') return true;
  if (type !== 'content_block_stop') return false;
  const index = String(field(event, 'index') ?? 0);
  return channel === `b${index}.text` || channel === `b${index}.thinking` || channel === `json:b${index}`;
}

export const anthropicStream = {
  channelOf: anthropicChannelOf,
  closes: anthropicCloses,
  isJsonChannel: (channel: string) => channel.startsWith('json:'),
  isNeutral: (event: string | undefined) => event === 'ping',
  /** `message_stop` ends a stream; so does an upstream `error` event (the SDK raises it). */
  isTerminator: (event: string | undefined) => event === 'message_stop' || event === 'error',
  errorEvent: anthropicErrorEvent,
  /** Usage (message_start, message_delta) and tool_use blocks: their start, input deltas and stop. */
  mayCarryState: (data: string) => mentionsAny(data, ['usage', 'tool_use', 'input_json_delta', 'content_block_stop']),
  keepKeys: new Set(['type', 'index']),
};
