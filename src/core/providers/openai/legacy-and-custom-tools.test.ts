import { describe, expect, it } from 'vitest';
import { restoreSseBody } from '../../pipeline/sse-restore.ts';
import { createVault } from '../../redact/vault.ts';
import { openaiAdapter } from './index.ts';
import type { ToolCallSnapshot } from '../types.ts';

/** A vault holding one value, issued as [EMAIL_ADDRESS_1]. */
function vaultWith(value: string) {
  const vault = createVault();
  vault.apply(value, [{ type: 'EMAIL_ADDRESS', start: 0, end: value.length }], () => 'pseudonymize');
  return vault;
}

async function restore(events: string[], value: string): Promise<string> {
  const bytes = new TextEncoder().encode(events.join(''));
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      c.enqueue(bytes);
      c.close();
    },
  });
  const out = restoreSseBody(body, openaiAdapter, vaultWith(value), {
    onEvent: () => {}, upstreamFailed: () => false, takeReviewIds: () => [], onEnd: () => {},
  }, { error: () => {}, cancel: () => {} });
  return new Response(out).text();
}

const data = (o: unknown) => `data: ${JSON.stringify(o)}\n\n`;
const named = (type: string, o: object) => `event: ${type}\ndata: ${JSON.stringify({ type, ...o })}\n\n`;

/** Concatenated `delta` strings of the given event type, from SSE text. */
function deltas(sse: string, pick: (e: Record<string, unknown>) => string | undefined): string {
  let out = '';
  for (const line of sse.split('\n')) {
    if (!line.startsWith('data: ') || line === 'data: [DONE]') continue;
    out += pick(JSON.parse(line.slice(6)) as Record<string, unknown>) ?? '';
  }
  return out;
}

describe('OpenAI legacy function_call and Responses custom tools', () => {
  it('restores a placeholder split across legacy delta.function_call.arguments events, JSON-escaped', async () => {
    const value = 'o"brien@example.com';
    const args = JSON.stringify({ who: 'lead [EMAIL_ADDRESS_1]' });
    const events = [data({ choices: [{ index: 0, delta: { function_call: { name: 'route_lead', arguments: '' } } }] })];
    for (let i = 0; i < args.length; i += 4) events.push(data({ choices: [{ index: 0, delta: { function_call: { arguments: args.slice(i, i + 4) } } }] }));
    events.push(data({ choices: [{ index: 0, delta: {}, finish_reason: 'function_call' }] }), 'data: [DONE]\n\n');
    const out = await restore(events, value);
    const joined = deltas(out, (e) => ((e.choices as { delta: { function_call?: { arguments?: string } } }[])[0]?.delta.function_call?.arguments));
    expect(JSON.parse(joined)).toEqual({ who: `lead ${value}` });
  });

  it("restores a custom tool's input deltas as free text, without JSON escaping", async () => {
    const value = 'O"Brien\\Back@example.com';
    const input = 'send to [EMAIL_ADDRESS_1] now';
    const events = [named('response.output_item.added', { output_index: 0, item: { type: 'custom_tool_call', name: 'route_lead', input: '' } })];
    for (const ch of input) events.push(named('response.custom_tool_call_input.delta', { output_index: 0, delta: ch }));
    events.push(named('response.completed', { response: { output: [] } }));
    const out = await restore(events, value);
    const joined = deltas(out, (e) => (e.type === 'response.custom_tool_call_input.delta' ? String(e.delta) : undefined));
    expect(joined).toBe(`send to ${value} now`);
  });

  it('tags the legacy function_call and custom tool calls for review, whole and streamed', () => {
    const whole = openaiAdapter.toolCalls.fromResponse({
      choices: [{ index: 0, message: { role: 'assistant', function_call: { name: 'route_lead', arguments: '{"owner":"amy"}' } } }],
      output: [{ type: 'custom_tool_call', name: 'schedule_meeting', input: 'tomorrow 10:00' }],
    });
    expect(whole.map((c) => [c.name, c.args])).toEqual([['route_lead', '{"owner":"amy"}'], ['schedule_meeting', 'tomorrow 10:00']]);

    const acc = new Map<string, ToolCallSnapshot>();
    openaiAdapter.toolCalls.fromStreamEvent({ choices: [{ index: 0, delta: { function_call: { name: 'route_', arguments: '' } } }] }, acc);
    openaiAdapter.toolCalls.fromStreamEvent({ choices: [{ index: 0, delta: { function_call: { name: 'lead' } } }] }, acc);
    openaiAdapter.toolCalls.fromStreamEvent({ choices: [{ index: 0, delta: { function_call: { arguments: '{"a":1}' } } }] }, acc);
    openaiAdapter.toolCalls.fromStreamEvent({ type: 'response.output_item.added', output_index: 1, item: { type: 'custom_tool_call', name: 'schedule_meeting' } }, acc);
    openaiAdapter.toolCalls.fromStreamEvent({ type: 'response.custom_tool_call_input.delta', output_index: 1, delta: 'tomorrow' }, acc);
    expect([...acc.values()].map((c) => [c.name, c.args, c.nameComplete])).toEqual([
      ['route_lead', '{"a":1}', true],
      ['schedule_meeting', 'tomorrow', true],
    ]);
  });
});
