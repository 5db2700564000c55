import type { ToolCallSnapshot } from '../types.ts';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const isToolUse = (t: unknown) => t === 'tool_use' || t === 'server_tool_use';

/** `content[]` blocks of type `tool_use`; `input` is an object, reported as JSON text. */
export function anthropicToolCallsFromResponse(body: unknown): ToolCallSnapshot[] {
  const out: ToolCallSnapshot[] = [];
  arr(obj(body)?.content).forEach((block, i) => {
    const b = obj(block);
    if (b && isToolUse(b.type)) out.push({ key: `b${i}`, name: str(b.name), args: JSON.stringify(b.input ?? {}), nameComplete: true });
  });
  return out;
}

/** `content_block_start` names the tool whole; `input_json_delta` events append its arguments. */
export function anthropicToolCallsFromStreamEvent(event: unknown, acc: Map<string, ToolCallSnapshot>): void {
  const e = obj(event);
  if (!e) return;
  const key = `b${String(e.index ?? 0)}`;
  if (e.type === 'content_block_start') {
    const block = obj(e.content_block);
    if (block && isToolUse(block.type)) acc.set(key, { key, name: str(block.name), args: '', nameComplete: true });
  } else if (e.type === 'content_block_delta') {
    const delta = obj(e.delta);
    const prev = acc.get(key);
    if (prev && delta?.type === 'input_json_delta') prev.args += str(delta.partial_json);
  } else if (e.type === 'content_block_stop') {
    const prev = acc.get(key);
    if (prev && prev.args === '') prev.args = '{}';
  }
}

/** Non-streaming `usage`, or a stream's `message_start.message.usage` / `message_delta.usage`. */
export function anthropicUsage(body: unknown): { input: number; output: number } | undefined {
  const b = obj(body);
  const u = obj(b?.usage) ?? obj(obj(b?.message)?.usage);
  if (!u) return undefined;
  const input = Number(u.input_tokens ?? 0) + Number(u.cache_creation_input_tokens ?? 0) + Number(u.cache_read_input_tokens ?? 0);
  const output = Number(u.output_tokens ?? 0);
  return { input: Number.isFinite(input) ? input : 0, output: Number.isFinite(output) ? output : 0 };
}
