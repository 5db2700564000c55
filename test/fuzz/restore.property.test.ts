/**
 * Property tests on redact and restore:
 *  - restore(redact(x)) === x for any text (personal values, placeholder-looking literals, any Unicode);
 *  - the SSE restorer's output is byte-identical for any chunking of the same upstream bytes,
 *    for each provider's stream format, with placeholders split across events at random points.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RedactionEngine } from '../../src/core/deps.ts';
import { restoreSseBody } from '../../src/core/pipeline/sse-restore.ts';
import { anthropicAdapter } from '../../src/core/providers/anthropic/index.ts';
import { geminiAdapter } from '../../src/core/providers/gemini/index.ts';
import { openaiAdapter } from '../../src/core/providers/openai/index.ts';
import type { ProviderAdapter } from '../../src/core/providers/types.ts';
import { createEngineCache } from '../../src/core/redact/policy-engine.ts';
import { redactText } from '../../src/core/redact/redact-text.ts';
import { createVault, type Vault } from '../../src/core/redact/vault.ts';
import { loadPolicyFile } from '../support/harness.ts';
import { splitBytes } from '../support/split-bytes.ts';
import { anyText, PII_VALUES } from './pii.ts';

let engine: RedactionEngine;
beforeAll(async () => {
  engine = createEngineCache()(await loadPolicyFile('default'));
});

describe('restore(redact(x)) === x', () => {
  it('for texts with personal values, placeholder-looking literals and arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 4 }), (texts) => {
        const vault = createVault();
        const redacted = texts.map((t) => redactText(t, engine.detect, vault, () => 'pseudonymize'));
        const count = (hay: string, needle: string) => hay.split(needle).length - 1;
        redacted.forEach((r, i) => {
          const text = texts[i]!;
          expect(vault.restore(r)).toBe(text);
          // Every detected occurrence is gone (a context guard may leave another occurrence in place).
          const found = engine.detect(text).map((f) => text.slice(f.start, f.end));
          for (const v of PII_VALUES) expect(count(r, v)).toBeLessThanOrEqual(count(text, v) - found.filter((x) => x === v).length);
        });
        // And in JSON text (tool-call arguments): the escaped restore of the JSON form parses back.
        const json = JSON.stringify({ notes: redacted });
        expect(JSON.parse(vault.restoreJsonEscaped(json))).toEqual({ notes: texts });
      }),
      { numRuns: 300 },
    );
  });
});

/** A reply text built from words and the vault's placeholders, split into random deltas. */
function replyPieces(placeholders: string[]) {
  const token = fc.oneof(fc.constantFrom(...placeholders), fc.constantFrom('Hello ', 'नमस्ते ', '👋🏽 ', '[', ']', ' [EMAIL', '_1] ', 'ok. '), fc.string({ maxLength: 6, unit: 'grapheme' }));
  return fc.tuple(fc.array(token, { minLength: 1, maxLength: 12 }), fc.array(fc.nat(), { maxLength: 10 })).map(([tokens, cuts]) => {
    const text = tokens.join('');
    const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
    const out: string[] = [];
    let at = 0;
    for (const p of points) {
      // Never cut inside a surrogate pair: deltas are strings, not bytes.
      const q = p > 0 && p < text.length && /[\uDC00-\uDFFF]/.test(text[p]!) ? p + 1 : p;
      if (q > at) out.push(text.slice(at, q));
      at = Math.max(at, q);
    }
    out.push(text.slice(at));
    return out;
  });
}

const STREAMS: { name: string; adapter: ProviderAdapter; events(pieces: string[]): string }[] = [
  {
    name: 'openai chat',
    adapter: openaiAdapter,
    events: (pieces) =>
      [
        ...pieces.map((p) => `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta: { content: p }, finish_reason: null }] })}\n\n`),
        `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\n`,
        'data: [DONE]\n\n',
      ].join(''),
  },
  {
    name: 'anthropic messages',
    adapter: anthropicAdapter,
    events: (pieces) => {
      const ev = (type: string, data: object = {}) => `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;
      return [
        ev('message_start', { message: { id: 'msg', type: 'message', role: 'assistant', content: [], model: 'm', usage: { input_tokens: 1, output_tokens: 1 } } }),
        ev('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }),
        ...pieces.flatMap((p, i) => [ev('content_block_delta', { index: 0, delta: { type: 'text_delta', text: p } }), ...(i === 1 ? [ev('ping')] : [])]),
        ev('content_block_stop', { index: 0 }),
        ev('message_delta', { delta: { stop_reason: 'end_turn' }, usage: { output_tokens: 3 } }),
        ev('message_stop'),
      ].join('');
    },
  },
  {
    name: 'gemini',
    adapter: geminiAdapter,
    events: (pieces) =>
      [
        ...pieces.map((p) => `data: ${JSON.stringify({ candidates: [{ content: { parts: [{ text: p }], role: 'model' }, index: 0 }] })}\r\n\r\n`),
        `data: ${JSON.stringify({ candidates: [{ content: { parts: [{ text: '' }], role: 'model' }, finishReason: 'STOP', index: 0 }], usageMetadata: { promptTokenCount: 1 } })}\r\n\r\n`,
      ].join(''),
  },
];

async function restoreChunks(adapter: ProviderAdapter, vault: Vault, chunks: Uint8Array[]): Promise<{ out: string; end: string }> {
  let end = 'none';
  // No review tags here (both hook names, across a rename in flight in the pipeline).
  const hooks = {
    onEvent: () => {},
    upstreamFailed: () => false,
    takeComments: (): string[] => [],
    takeReviewIds: (): string[] => [],
    onEnd: (e: string) => {
      end = e;
    },
  };
  const source = new ReadableStream<Uint8Array>({
    start(c) {
      for (const ch of chunks) c.enqueue(ch);
      c.close();
    },
  });
  const out = await new Response(restoreSseBody(source, adapter, vault, hooks, { error: () => {}, cancel: () => {} })).text();
  return { out, end };
}

describe('stream restore is identical for any chunking of the same event stream', () => {
  const vault = createVault();
  let placeholders: string[] = [];
  beforeAll(() => {
    const texts = ['Write to nisha.menon@example.co.in', 'or call +91 98765 01234', 'card 4111 1111 1111 1111', 'ip 198.51.100.42'];
    const redacted = texts.map((t) => redactText(t, engine.detect, vault, () => 'pseudonymize'));
    placeholders = [...new Set(redacted.flatMap((r) => r.match(/\[[A-Z_]+_\d+\]/g) ?? []))];
  });

  it.each(STREAMS.map((s) => [s.name, s] as const))('%s', async (_name, s) => {
    expect(placeholders.length).toBeGreaterThanOrEqual(4);
    await fc.assert(
      fc.asyncProperty(replyPieces(placeholders), fc.array(fc.nat(), { maxLength: 24 }), async (pieces, cuts) => {
        const bytes = new TextEncoder().encode(s.events(pieces));
        const whole = await restoreChunks(s.adapter, vault, [bytes]);
        const bytewise = await restoreChunks(s.adapter, vault, splitBytes(bytes, cuts));
        expect(bytewise.out).toBe(whole.out);
        expect(whole.end).toBe('complete');
        expect(bytewise.end).toBe('complete');
        // And the restored stream carries the restored text: no issued placeholder survives.
        for (const p of placeholders) expect(whole.out).not.toContain(p);
      }),
      { numRuns: 60 },
    );
  });
});
