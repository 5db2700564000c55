import type { ToolCallSnapshot } from '../types.ts';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * Chat `message.tool_calls` and the legacy `message.function_call`; Responses `function_call` and
 * `custom_tool_call` output items (a custom tool's `input` is free text, its "arguments").
 */
export function openaiToolCallsFromResponse(body: unknown): ToolCallSnapshot[] {
  const out: ToolCallSnapshot[] = [];
  const b = obj(body);
  arr(b?.choices).forEach((c, ci) => {
    const message = obj(obj(c)?.message);
    arr(message?.tool_calls).forEach((t, ti) => {
      // A function tool's `function.arguments`, or a custom tool's `custom.input` (free text).
      const fn = obj(obj(t)?.function) ?? obj(obj(t)?.custom);
      if (fn) out.push({ key: `${ci}.${ti}`, name: str(fn.name), args: str(fn.arguments ?? fn.input), nameComplete: true });
    });
    const legacy = obj(message?.function_call);
    if (legacy) out.push({ key: `${ci}.f`, name: str(legacy.name), args: str(legacy.arguments), nameComplete: true });
  });
  arr(b?.output).forEach((item, i) => {
    const it = obj(item);
    if (it?.type === 'function_call') out.push({ key: `o${i}`, name: str(it.name), args: str(it.arguments), nameComplete: true });
    else if (it?.type === 'custom_tool_call') out.push({ key: `o${i}`, name: str(it.name), args: str(it.input), nameComplete: true });
  });
  return out;
}

/** Fold a chat chunk or a Responses event into the accumulator. */
export function openaiToolCallsFromStreamEvent(event: unknown, acc: Map<string, ToolCallSnapshot>): void {
  const e = obj(event);
  if (!e) return;
  for (const c of arr(e.choices)) {
    const choice = obj(c);
    for (const t of arr(obj(choice?.delta)?.tool_calls)) {
      const call = obj(t);
      const fn = obj(call?.function) ?? obj(call?.custom);
      const key = `${String(choice?.index ?? 0)}.${String(call?.index ?? 0)}`;
      const prev = acc.get(key) ?? { key, name: '', args: '', nameComplete: false };
      const args = str(fn?.arguments ?? fn?.input);
      prev.name += str(fn?.name);
      prev.args += args;
      // The name is complete once arguments start to arrive (or the stream ends).
      if (args.length > 0 || prev.args.length > 0) prev.nameComplete = true;
      acc.set(key, prev);
    }
    // The legacy `functions` API: one `delta.function_call` per choice.
    const legacy = obj(obj(choice?.delta)?.function_call);
    if (legacy) {
      const key = `${String(choice?.index ?? 0)}.f`;
      const prev = acc.get(key) ?? { key, name: '', args: '', nameComplete: false };
      const args = str(legacy.arguments);
      prev.name += str(legacy.name);
      prev.args += args;
      if (args.length > 0 || prev.args.length > 0) prev.nameComplete = true;
      acc.set(key, prev);
    }
    if (choice?.finish_reason) for (const v of acc.values()) v.nameComplete = true;
  }
  const type = e.type;
  const item = obj(e.item);
  const isCall = item?.type === 'function_call' || item?.type === 'custom_tool_call';
  if ((type === 'response.output_item.added' || type === 'response.output_item.done') && isCall) {
    const key = `o${String(e.output_index ?? 0)}`;
    const prev = acc.get(key) ?? { key, name: '', args: '', nameComplete: true };
    prev.name = str(item.name);
    if (type === 'response.output_item.done') prev.args = str(item.type === 'custom_tool_call' ? item.input : item.arguments);
    acc.set(key, prev);
  } else if (type === 'response.function_call_arguments.delta' || type === 'response.custom_tool_call_input.delta') {
    const prev = acc.get(`o${String(e.output_index ?? 0)}`);
    if (prev) prev.args += str(e.delta);
  }
}

export function openaiUsage(body: unknown): { input: number; output: number } | undefined {
  const u = obj(obj(body)?.usage) ?? obj(obj(obj(body)?.response)?.usage);
  if (!u) return undefined;
  const input = Number(u.prompt_tokens ?? u.input_tokens ?? 0);
  const output = Number(u.completion_tokens ?? u.output_tokens ?? 0);
  return { input: Number.isFinite(input) ? input : 0, output: Number.isFinite(output) ? output : 0 };
}
