/**
 * Events framed on the bytes (sse-reader.ts, sse-frame.ts) against the stream read as text through
 * the parser (`byteFraming: false`, the way every stream was read before): for generated streams of
 * each provider's shapes, with placeholders split across events, non-ASCII and invalid bytes, CRLF
 * and bare CR line ends, comments, `id:`/`retry:` lines, several data lines, names without the
 * space, blank lines, a leading byte-order mark, malformed JSON and streams cut short, each read
 * with its own random chunking: the client gets the same bytes, and the hooks see the same events
 * and the same end.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { basicEngine } from '../../../test/support/basic-engine.ts';
import { splitBytes } from '../../../test/support/split-bytes.ts';
import { anthropicAdapter } from '../providers/anthropic/index.ts';
import { geminiAdapter } from '../providers/gemini/index.ts';
import { openaiAdapter } from '../providers/openai/index.ts';
import type { ProviderAdapter } from '../providers/types.ts';
import { createVault } from '../redact/vault.ts';
import type { ByteRead } from './byte-source.ts';
import { redactRequestBody } from './redact-request.ts';
import { restoreSse } from './sse-restore.ts';

const EMAIL = 'ana.lima@example.com';
const PLACEHOLDER = '[EMAIL_ADDRESS_1]';

function vault() {
  const v = createVault();
  redactRequestBody({ messages: [{ role: 'user', content: `mail ${EMAIL}` }] }, openaiAdapter, basicEngine, v);
  return v;
}

const adapters: Record<string, ProviderAdapter> = { openai: openaiAdapter, anthropic: anthropicAdapter, gemini: geminiAdapter };

/** A delta's text: pieces of the placeholder, words, escapes-to-be, non-ASCII. */
const deltaText = fc.array(fc.constantFrom('[', 'EMAIL', '_ADDRESS', '_1]', PLACEHOLDER, 'Hi ', 'a"b', 'c\\d', 'ñ', '₹', '😀', '\n', '[X', ' ', 'long '.repeat(150)), { maxLength: 4 }).map((xs) => xs.join(''));

function eventOf(provider: string, text: string, i: number, finish: boolean): { name?: string; data: string } {
  if (provider === 'openai') {
    return { data: JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: text }, finish_reason: finish ? 'stop' : null }], obfuscation: 'x'.repeat(i % 5) }) };
  }
  if (provider === 'anthropic') {
    return { name: 'content_block_delta', data: JSON.stringify({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text } }) };
  }
  const chunk = { candidates: [{ content: { parts: [{ text }], role: 'model' }, ...(finish ? { finishReason: 'STOP' } : {}), index: 0 }], usageMetadata: { promptTokenCount: 7, totalTokenCount: 7 + (finish ? i : 0) } };
  return { data: JSON.stringify(chunk).replace(/":/g, '": ') };
}

function terminator(provider: string): string {
  if (provider === 'openai') return 'data: [DONE]';
  if (provider === 'anthropic') return 'event: message_stop\ndata: {"type":"message_stop"}';
  return `data: ${eventOf('gemini', '', 9, true).data}`;
}

/** Things among the events that the byte framing hands to the parser (or frames: a ping). */
const oddities = [
  ': keep-alive',
  'event: ping\ndata: {"type": "ping"}',
  'id: 7\ndata: {"a":1}',
  'retry: 100',
  'data: {"a":\ndata: 2}',
  'data:{"nospace":1}',
  'event:\ndata: {"empty":"name"}',
  'event: \ndata: {"blank":"name"}',
  'data: ',
  'data: {"broken": "',
  'data: {"x":"\uFEFF"}',
  '',
  'x-unknown: 1',
  '\uFEFFdata: {"bom":"line"}',
  'data: {"a":1}\r: comment',
  'data: {"a":"ñ"}\r: comment',
  'event: Ã©\ndata: {"n":1}\n\nevent: é\ndata: {"n":2}',
];

const streamArb = fc.record({
  provider: fc.constantFrom('openai', 'anthropic', 'gemini'),
  texts: fc.array(deltaText, { minLength: 1, maxLength: 14 }),
  odd: fc.array(fc.tuple(fc.nat(20), fc.constantFrom(...oddities)), { maxLength: 2 }),
  eol: fc.constantFrom('\n', '\n', '\r\n', '\r'),
  mixedEol: fc.option(fc.nat(20), { nil: undefined }),
  bom: fc.boolean(),
  invalid: fc.option(fc.tuple(fc.nat(3000), fc.constantFrom(0xff, 0xc3, 0xe2, 0x80)), { nil: undefined }),
  terminated: fc.boolean(),
  cutEnd: fc.option(fc.nat(40), { nil: undefined }),
  cutsA: fc.array(fc.nat(4000), { maxLength: 12 }),
  cutsB: fc.array(fc.nat(4000), { maxLength: 12 }),
  /** Also cut after every blank line (so reads of whole events, as a model writing token by token gives them, are among the reads). */
  atEventEnds: fc.boolean(),
  /** Also cut after some line ends (the k-th when this says so at k modulo its length). */
  atLineEnds: fc.array(fc.boolean(), { maxLength: 9 }),
});

function lineEnds(b: Uint8Array, which: boolean[]): number[] {
  const out: number[] = [];
  let k = 0;
  for (let i = 0; i < b.length; i++) if (b[i] === 10 && which.length > 0 && which[k++ % which.length]) out.push(i + 1);
  return out;
}

/** The offsets just past each blank line. */
function eventEnds(b: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 1; i < b.length; i++) {
    const lf = b[i] === 10 && (b[i - 1] === 10 || (b[i - 1] === 13 && (b[i - 2] === 10 || b[i - 2] === 13)));
    const cr = b[i] === 13 && b[i - 1] === 13 && b[i + 1] !== 10;
    if (lf || cr) out.push(i + 1);
  }
  return out;
}

type GeneratedStream = typeof streamArb extends fc.Arbitrary<infer T> ? T : never;

function bytesOf(s: GeneratedStream): Uint8Array {
  const events: string[] = [];
  s.texts.forEach((text, i) => {
    const e = eventOf(s.provider, text, i, false);
    events.push(e.name ? `event: ${e.name}\ndata: ${e.data}` : `data: ${e.data}`);
  });
  for (const [at, odd] of s.odd) events.splice(at % (events.length + 1), 0, odd);
  if (s.terminated) events.push(terminator(s.provider));
  let text = events.map((e, i) => {
    const eol = s.mixedEol !== undefined && i === s.mixedEol % events.length ? '\r\n' : s.eol;
    return e.split('\n').join(eol) + eol + eol;
  }).join('');
  if (s.bom) text = `\uFEFF${text}`;
  let bytes = new TextEncoder().encode(text);
  if (s.invalid) {
    const at = s.invalid[0] % (bytes.length + 1);
    bytes = new Uint8Array([...bytes.subarray(0, at), s.invalid[1], ...bytes.subarray(at)]);
  }
  if (s.cutEnd !== undefined) bytes = bytes.subarray(0, Math.max(0, bytes.length - s.cutEnd));
  return bytes;
}

async function restore(provider: string, chunks: Uint8Array[], byteFraming: boolean) {
  const adapter = adapters[provider]!;
  const seen: string[] = [];
  let i = 0;
  const upstream = {
    read: async (): Promise<ByteRead> => (i < chunks.length ? { done: false, value: chunks[i++]! } : { done: true }),
    cancel: async () => {},
  };
  const out = restoreSse(upstream, adapter, vault(), {
    onEvent: (event, name, final) => void seen.push(`event ${name ?? ''} ${final} ${JSON.stringify(event)}`),
    upstreamFailed: () => false,
    takeReviewIds: () => [],
    onEnd: (end) => void seen.push(`end ${end}`),
  }, { error: () => {}, cancel: () => {} }, { byteFraming });
  const parts: number[] = [];
  for (;;) {
    const r = await out.read();
    if (r.done) break;
    parts.push(...r.value);
  }
  return { bytes: Buffer.from(parts).toString('hex'), seen };
}

describe('events framed on the bytes', () => {
  it('give the client the same bytes and the hooks the same events as the stream read as text, for any chunking', async () => {
    await fc.assert(
      fc.asyncProperty(streamArb, async (s) => {
        const bytes = bytesOf(s);
        const framed = await restore(s.provider, splitBytes(bytes, [...s.cutsA, ...(s.atEventEnds ? eventEnds(bytes) : []), ...lineEnds(bytes, s.atLineEnds)]), true);
        const asText = await restore(s.provider, splitBytes(bytes, s.cutsB), false);
        expect(framed.bytes).toBe(asText.bytes);
        expect(framed.seen).toEqual(asText.seen);
      }),
      { numRuns: 1000 },
    );
  });

  it('restores a placeholder split across framed events, and passes the others on as their own bytes', async () => {
    const events = ['Mail [EMAIL', '_ADDRESS_1] now', ' ₹ done'].map((t, i) => `data: ${eventOf('openai', t, i, false).data}\n\n`);
    const upstream = new TextEncoder().encode(`${events.join('')}data: [DONE]\n\n`);
    const { bytes } = await restore('openai', [upstream], true);
    const text = Buffer.from(bytes, 'hex').toString('utf8');
    expect(text).toContain(EMAIL.slice(0, 4));
    expect(text).not.toContain('EMAIL_ADDRESS');
    expect(text.endsWith(`${events[2]}data: [DONE]\n\n`)).toBe(true);
  });
});

describe('events framed on the bytes, as they come', () => {
  /** The first read's output, from an upstream that gives `first` and then nothing more for now. */
  async function firstOutput(first: string, provider = 'openai'): Promise<string> {
    let reads = 0;
    const upstream = {
      read: (): Promise<ByteRead> => (reads++ === 0 ? Promise.resolve({ done: false, value: new TextEncoder().encode(first) }) : new Promise<ByteRead>(() => {})),
      cancel: async () => {},
    };
    const out = restoreSse(upstream, adapters[provider]!, vault(), { onEvent: () => {}, upstreamFailed: () => false, takeReviewIds: () => [], onEnd: () => {} }, { error: () => {}, cancel: () => {} });
    const r = await Promise.race([out.read(), new Promise<undefined>((resolve) => setTimeout(resolve, 200))]);
    return r === undefined || r.done ? '' : new TextDecoder().decode(r.value);
  }

  it.each([
    ['LF', 'data: {"a":1}\n\n'],
    ['CRLF', 'data: {"a":1}\r\n\r\n'],
    ['CR (a stream the parser reads instead)', 'data: {"a":1}\r\r'],
    ['CRLF whose last LF has not come', 'data: {"a":1}\r\n\r'],
  ])('sends an event as soon as its blank line has come (%s)', async (_label, first) => {
    expect(await firstOutput(first)).toBe('data: {"a":1}\n\n');
  });
});
