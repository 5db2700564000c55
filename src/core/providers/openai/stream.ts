import type { JsonPath } from '../types.ts';
import { mentionsAny, mentionsNonNull } from '../event-keys.ts';
import { openaiErrorEvent } from './errors.ts';

function field(node: unknown, key: string): unknown {
  return node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
}

/**
 * Chat chunks: `choices[i].delta.content|refusal|reasoning_content|reasoning` (the last from
 * OpenRouter-style upstreams), `choices[i].delta.tool_calls[j].function.arguments`, and the legacy
 * `choices[i].delta.function_call.arguments`.
 * Responses events: `*.delta` events carry `delta`; keyed by output and content index. Function-call
 * arguments are JSON text; a custom tool's input is free text.
 */
export function openaiChannelOf(event: unknown, path: JsonPath): string | null {
  if (path[0] === 'choices' && path[2] === 'delta') {
    const choice = field(field(event, 'choices'), String(path[1]));
    const ci = field(choice, 'index') ?? path[1];
    if (path.length === 4 && (path[3] === 'content' || path[3] === 'refusal' || path[3] === 'reasoning_content' || path[3] === 'reasoning')) {
      return `c${ci}.${path[3]}`;
    }
    if (path.length === 5 && path[3] === 'function_call' && path[4] === 'arguments') return `c${ci}.f.args`;
    if (path[3] === 'tool_calls' && path[5] === 'function' && path[6] === 'arguments') {
      const call = field(field(field(choice, 'delta'), 'tool_calls'), String(path[4]));
      return `c${ci}.t${field(call, 'index') ?? path[4]}.args`;
    }
    return null;
  }
  if (path.length === 1 && path[0] === 'delta') {
    const type = field(event, 'type');
    if (typeof type !== 'string' || !type.endsWith('.delta')) return null;
    const json = type.includes('arguments') ? 'json:' : '';
    return `${json}${type}:${field(event, 'output_index') ?? ''}:${field(event, 'content_index') ?? ''}`;
  }
  return null;
}

/**
 * Chat: a choice's `finish_reason` ends its channels (`c{index}.…`). Responses: a `.done` event
 * ends the channels of its output item (and content part, when it names one).
 */
export function openaiCloses(event: unknown, channel: string): boolean {
  const type = field(event, 'type');
  if (typeof type === 'string') {
    if (!type.endsWith('.done')) return false;
    const parts = channel.split(':');
    if (parts.length < 3) return false;
    const [oi, ci] = parts.slice(-2);
    if (String(field(event, 'output_index') ?? '') !== oi) return false;
    const eci = field(event, 'content_index');
    return eci === undefined || ci === '' || String(eci) === ci;
  }
  const choices = field(event, 'choices');
  if (!Array.isArray(choices)) return false;
  return choices.some((c: unknown, k) => {
    const finish = field(c, 'finish_reason');
    return finish !== undefined && finish !== null && channel.startsWith(`c${String(field(c, 'index') ?? k)}.`);
  });
}

export const openaiStream = {
  channelOf: openaiChannelOf,
  closes: openaiCloses,
  isJsonChannel: (channel: string) => channel.endsWith('.args') || channel.startsWith('json:'),
  isNeutral: () => false,
  isTerminator: (event: string | undefined, data: string) =>
    data === '[DONE]' || event === 'response.completed' || event === 'response.failed' || event === 'response.incomplete',
  errorEvent: openaiErrorEvent,
  /** Usage (`usage`, or `response.usage`), tool calls (chat, legacy and Responses items) and a choice's finish. */
  mayCarryState: (data: string) =>
    mentionsAny(data, ['tool_call', 'function_call', 'output_item']) || mentionsNonNull(data, 'usage') || mentionsNonNull(data, 'finish_reason'),
  /** Identifying keys kept when held-back text is emitted as its own small event. */
  keepKeys: new Set(['id', 'object', 'created', 'model', 'index', 'type', 'output_index', 'content_index', 'item_id', 'sequence_number']),
  inertKeys: new Set(['obfuscation', 'sequence_number']),
};
