/**
 * Text held back on a stream channel (a placeholder's first half) waits until the rest arrives,
 * across events that carry no delta of that channel: another choice's finish (n > 1), an Azure
 * content-filter annotation, a Responses annotation. It goes out before the event that ends its
 * own channel (the choice's finish, the block's content_block_stop), never after it.
 */
import { describe, expect, it } from 'vitest';
import { anthropicAdapter } from '../src/core/providers/anthropic/index.ts';
import { azureAdapter } from '../src/core/providers/azure/index.ts';
import { openaiAdapter } from '../src/core/providers/openai/index.ts';
import type { ProviderAdapter } from '../src/core/providers/types.ts';
import { redactRequestBody } from '../src/core/pipeline/redact-request.ts';
import { restoreSseBody } from '../src/core/pipeline/sse-restore.ts';
import { createVault } from '../src/core/redact/vault.ts';
import { basicEngine } from './support/basic-engine.ts';

const EMAIL = 'ana.lima@example.com';

async function restore(adapter: ProviderAdapter, upstream: string | string[], fastPaths = true, maxEventChars?: number): Promise<{ text: string; events: Record<string, any>[]; ends: string[] }> {
  const vault = createVault();
  redactRequestBody({ messages: [{ role: 'user', content: `mail ${EMAIL}` }] }, openaiAdapter, basicEngine, vault);
  const reads = typeof upstream === 'string' ? [upstream] : [...upstream];
  const body = new ReadableStream<Uint8Array>({
    pull(c) {
      const next = reads.shift();
      if (next === undefined) c.close();
      else c.enqueue(new TextEncoder().encode(next));
    },
  }, { highWaterMark: 0 });
  const ends: string[] = [];
  const out = restoreSseBody(body, adapter, vault, { onEvent() {}, upstreamFailed: () => false, takeReviewIds: () => [], onEnd: (e) => void ends.push(e) }, { error() {}, cancel() {} }, { fastPaths, maxEventChars });
  const text = await new Response(out).text();
  const events = text.split('\n\n').filter((e) => e.includes('data: {')).map((e) => JSON.parse(e.slice(e.indexOf('data: ') + 6)) as Record<string, any>);
  return { text, events, ends };
}

const chunk = (index: number, content: string | undefined, finish: string | null) =>
  `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', choices: [{ index, delta: content === undefined ? {} : { content }, finish_reason: finish }] })}\n\n`;

describe('a placeholder split around an event that ends another channel, or none', () => {
  it.each([true, false])('OpenAI n=2: choice 0 finishes while choice 1 holds "[EMAIL_" (fast paths %s)', async (fastPaths) => {
    const up = [chunk(0, 'Short.', null), chunk(1, 'Write to [EMAIL_', null), chunk(0, undefined, 'stop'), chunk(1, 'ADDRESS_1] please.', null), chunk(1, undefined, 'stop'), 'data: [DONE]\n\n'].join('');
    const { events } = await restore(openaiAdapter, up, fastPaths);
    const choice1 = events.filter((e) => e.choices?.[0]?.index === 1).map((e) => e.choices[0].delta.content ?? '').join('');
    expect(choice1).toBe(`Write to ${EMAIL} please.`);
  });

  it('Azure: a content-filter annotation chunk with no delta between the halves', async () => {
    const annotation = `data: ${JSON.stringify({ id: '', object: '', created: 0, model: '', choices: [{ index: 0, finish_reason: null, content_filter_results: { hate: { filtered: false, severity: 'safe' } }, content_filter_offsets: { check_offset: 0, start_offset: 0, end_offset: 20 } }] })}\n\n`;
    const { events } = await restore(azureAdapter, [chunk(0, 'Write to [EMAIL_', null), annotation, chunk(0, 'ADDRESS_1] please.', null), 'data: [DONE]\n\n'].join(''));
    expect(events.map((e) => e.choices?.[0]?.delta?.content ?? '').join('')).toBe(`Write to ${EMAIL} please.`);
  });

  it('Responses: an annotation event between two output_text deltas', async () => {
    let seq = 0;
    const delta = (d: string) => `event: response.output_text.delta\ndata: ${JSON.stringify({ type: 'response.output_text.delta', sequence_number: seq++, item_id: 'msg_1', output_index: 0, content_index: 0, delta: d })}\n\n`;
    const ann = `event: response.output_text.annotation.added\ndata: ${JSON.stringify({ type: 'response.output_text.annotation.added', sequence_number: seq++, item_id: 'msg_1', output_index: 0, content_index: 0, annotation_index: 0, annotation: { type: 'url_citation', url: 'https://x', start_index: 0, end_index: 3, title: 't' } })}\n\n`;
    const done = `event: response.completed\ndata: ${JSON.stringify({ type: 'response.completed', sequence_number: seq++, response: { id: 'r', output: [] } })}\n\n`;
    const { events } = await restore(openaiAdapter, [delta('Write to [EMAIL_'), ann, delta('ADDRESS_1] please.'), done].join(''));
    expect(events.filter((e) => e.type === 'response.output_text.delta').map((e) => e.delta).join('')).toBe(`Write to ${EMAIL} please.`);
  });

  it('Anthropic: a block that stops holding "[EMAIL_" gives it out before its content_block_stop; another block\'s stop does not', async () => {
    const ev = (name: string, data: object) => `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
    const text = (i: number, t: string) => ev('content_block_delta', { type: 'content_block_delta', index: i, delta: { type: 'text_delta', text: t } });
    const up = [
      ev('message_start', { type: 'message_start', message: { id: 'm', type: 'message', role: 'assistant', content: [], model: 'c', usage: { input_tokens: 1, output_tokens: 0 } } }),
      ev('content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }),
      ev('content_block_start', { type: 'content_block_start', index: 1, content_block: { type: 'text', text: '' } }),
      text(0, 'Ends with [EMAIL_'),
      text(1, 'Write to [EMAIL_'),
      ev('content_block_stop', { type: 'content_block_stop', index: 0 }),
      text(1, 'ADDRESS_1] please.'),
      ev('content_block_stop', { type: 'content_block_stop', index: 1 }),
      ev('message_stop', { type: 'message_stop' }),
    ].join('');
    const { events } = await restore(anthropicAdapter, up);
    const block = (i: number) => events.filter((e) => e.type === 'content_block_delta' && e.index === i).map((e) => e.delta.text).join('');
    expect(block(1)).toBe(`Write to ${EMAIL} please.`);
    expect(block(0)).toBe('Ends with [EMAIL_');
    const stop0 = events.findIndex((e) => e.type === 'content_block_stop' && e.index === 0);
    expect(events.findLastIndex((e) => e.type === 'content_block_delta' && e.index === 0)).toBeLessThan(stop0);
  });
});

describe('an upstream event the restorer cannot take', () => {
  it('nested past the walkers\' stack: the stream ends with the provider\'s error event, and its end is reported', async () => {
    const deep = `${'['.repeat(10_000)}"[EMAIL_ADDRESS_1]"${']'.repeat(10_000)}`;
    const up = chunk(0, 'hi', null) + `data: {"id":"c1","object":"chat.completion.chunk","choices":[{"index":0,"delta":{},"finish_reason":null}],"x":${deep}}\n\n` + 'data: [DONE]\n\n';
    const r = await restore(openaiAdapter, up);
    expect(r.ends).toEqual(['malformed']);
    expect(r.text).toContain('could not read');
  });

  it('over the size limit: ended the same way whatever the upstream read sizes', async () => {
    const all = chunk(0, 'hi', null) + chunk(0, 'x'.repeat(5000), null) + chunk(0, 'after', null) + 'data: [DONE]\n\n';
    const pieces = Array.from({ length: Math.ceil(all.length / 100) }, (_, i) => all.slice(i * 100, (i + 1) * 100));
    for (const reads of [[all], pieces]) {
      const r = await restore(openaiAdapter, reads, true, 1000);
      expect(r.ends).toEqual(['malformed']);
      expect(r.text).not.toContain('after');
    }
  });
});
