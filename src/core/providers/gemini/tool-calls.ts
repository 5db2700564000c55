import type { ToolCallSnapshot } from '../types.ts';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function* functionCalls(body: unknown): Generator<{ candidate: string; name: string; args: string }> {
  // `streamGenerateContent` without `alt=sse` answers with a JSON array of responses.
  if (Array.isArray(body)) {
    for (const part of body) yield* functionCalls(part);
    return;
  }
  for (const [ci, c] of arr(obj(body)?.candidates).entries()) {
    const candidate = obj(c);
    for (const p of arr(obj(candidate?.content)?.parts)) {
      const fc = obj(obj(p)?.functionCall);
      if (fc) yield { candidate: String(candidate?.index ?? ci), name: str(fc.name), args: JSON.stringify(fc.args ?? {}) };
    }
  }
}

/** `candidates[i].content.parts[j].functionCall` with `args` an object, reported as JSON text. */
export function geminiToolCallsFromResponse(body: unknown): ToolCallSnapshot[] {
  const out: ToolCallSnapshot[] = [];
  const seen = new Map<string, number>();
  for (const f of functionCalls(body)) {
    const n = seen.get(f.candidate) ?? 0;
    seen.set(f.candidate, n + 1);
    out.push({ key: `c${f.candidate}.f${n}`, name: f.name, args: f.args, nameComplete: true });
  }
  return out;
}

/** Streamed function calls arrive whole, one or more per chunk; number them per candidate. */
export function geminiToolCallsFromStreamEvent(event: unknown, acc: Map<string, ToolCallSnapshot>): void {
  for (const f of functionCalls(event)) {
    let n = 0;
    while (acc.has(`c${f.candidate}.f${n}`)) n++;
    const key = `c${f.candidate}.f${n}`;
    acc.set(key, { key, name: f.name, args: f.args, nameComplete: true });
  }
}

export function geminiUsage(body: unknown): { input: number; output: number } | undefined {
  const u = obj(obj(body)?.usageMetadata);
  if (!u) return undefined;
  const input = Number(u.promptTokenCount ?? 0);
  const output = Number(u.candidatesTokenCount ?? 0) + Number(u.thoughtsTokenCount ?? 0);
  return { input: Number.isFinite(input) ? input : 0, output: Number.isFinite(output) ? output : 0 };
}
