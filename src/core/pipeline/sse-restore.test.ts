import { describe, expect, it } from 'vitest';
import { basicEngine } from '../../../test/support/basic-engine.ts';
import { geminiAdapter } from '../providers/gemini/index.ts';
import { openaiAdapter } from '../providers/openai/index.ts';
import { createVault } from '../redact/vault.ts';
import { redactRequestBody } from './redact-request.ts';
import { restoreSseBody } from './sse-restore.ts';

const EMAIL = 'ana.lima@example.com';
const chunk = (content: string, i: number) => `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content }, finish_reason: null }], n: i })}\n\n`;

function vaultWithEmail() {
  const vault = createVault();
  redactRequestBody({ messages: [{ role: 'user', content: `mail ${EMAIL}` }] }, openaiAdapter, basicEngine, vault);
  return vault;
}

/** An upstream body that counts the reads made of it and can fail after its chunks. */
function upstream(chunks: string[], opts: { failAtEnd?: boolean } = {}) {
  const state = { reads: 0, cancelled: false };
  let i = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(c) {
      state.reads++;
      if (i < chunks.length) c.enqueue(new TextEncoder().encode(chunks[i++]!));
      else if (opts.failAtEnd) c.error(new TypeError('reset'));
      else c.close();
    },
    cancel() {
      state.cancelled = true;
    },
  }, { highWaterMark: 0 });
  return { body, state };
}

function restoredBody(chunks: string[], opts: { failAtEnd?: boolean; maxEventChars?: number } = {}) {
  const up = upstream(chunks, opts);
  const seen = { error: 0, cancel: 0, ends: [] as string[] };
  let failed = false;
  const out = restoreSseBody(up.body, openaiAdapter, vaultWithEmail(), {
    onEvent: () => {}, upstreamFailed: () => failed, takeReviewIds: () => [], onEnd: (e) => void seen.ends.push(e),
  }, { error: () => { seen.error++; failed = true; }, cancel: () => void seen.cancel++ }, { maxEventChars: opts.maxEventChars });
  return { out, up, seen };
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string[]> {
  const parts: string[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return parts;
    parts.push(new TextDecoder().decode(value));
  }
}

describe('restoreSseBody (the response path)', () => {
  const many = Array.from({ length: 50 }, (_, i) => chunk(i === 20 ? '[EMAIL_ADDRESS_1]' : `w${i} `, i)).join('');

  it('restores, sends the first event of a large read on its own, and ends complete', async () => {
    const { out, seen } = restoredBody([many, 'data: [DONE]\n\n']);
    const parts = await readAll(out);
    expect(parts[0]).toBe(chunk('w0 ', 0));
    expect(parts.join('')).toBe((many + 'data: [DONE]\n\n').replace('[EMAIL_ADDRESS_1]', EMAIL));
    expect(seen.ends).toEqual(['complete']);
  });

  it('does not split small reads: one upstream read of one event is one write', async () => {
    const { out } = restoredBody([chunk('hello', 0), 'data: [DONE]\n\n']);
    expect(await readAll(out)).toEqual([chunk('hello', 0), 'data: [DONE]\n\n']);
  });

  it('reads upstream only as the client reads (at most one chunk ahead)', async () => {
    const events = Array.from({ length: 30 }, (_, i) => chunk(`w${i}`, i));
    const { out, up } = restoredBody(events);
    const reader = out.getReader();
    await reader.read();
    await new Promise((r) => setTimeout(r, 20));
    expect(up.state.reads).toBeLessThanOrEqual(3);
    await reader.cancel();
  });

  /** The text a client assembles from the restored chat chunks. */
  const contentOf = (parts: string[]) =>
    parts.join('').split('\n\n').filter((e) => e.startsWith('data: {')).map((e) => JSON.parse(e.slice(6)).choices[0]?.delta?.content ?? '').join('');

  it('restores a placeholder split right after its bracket', async () => {
    const { out } = restoredBody([chunk('write to [', 0) + chunk('EMAIL_ADD', 1), chunk('RESS_1] now', 2) + 'data: [DONE]\n\n']);
    expect(contentOf(await readAll(out))).toBe(`write to ${EMAIL} now`);
  });

  it('restores a placeholder the upstream wrote with \\u escapes', async () => {
    const raw = (content: string) => `data: {"id":"c1","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"${content}"},"finish_reason":null}]}\n\n`;
    const { out } = restoredBody([raw('mail [\\u0045MAIL_ADDRESS_1]'), raw('\\u005bEMAIL_ADDRESS_1] again') + 'data: [DONE]\n\n']);
    expect(contentOf(await readAll(out))).toBe(`mail ${EMAIL}${EMAIL} again`);
  });

  it('a reset mid-stream ends with the provider error event, reported once', async () => {
    const { out, seen } = restoredBody([chunk('hello', 0)], { failAtEnd: true });
    const text = (await readAll(out)).join('');
    expect(text.startsWith(chunk('hello', 0))).toBe(true);
    expect(text).toContain('failed mid-stream');
    expect([seen.error, seen.ends]).toEqual([1, ['upstream_error']]);
  });

  it('a client cancel is reported and cancels the upstream read', async () => {
    const { out, up, seen } = restoredBody([chunk('a', 0), chunk('b', 1)]);
    const reader = out.getReader();
    await reader.read();
    await reader.cancel();
    expect([seen.cancel, up.state.cancelled]).toEqual([1, true]);
  });

  // Events that are the previous one with a new delta pass without being parsed (json-template.ts):
  // these check that validation and the hooks still see what they must.
  const same = (content: string, finish: string | null = null) =>
    `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content }, finish_reason: finish }] })}\n\n`;

  it('a broken event after many well-formed ones of the same shape still ends the stream as malformed', async () => {
    const good = Array.from({ length: 30 }, (_, i) => same(`w${i} `)).join('');
    const broken = same('XX').replace('"XX"', '"bad"quote"');
    const { out, seen } = restoredBody([good + broken + same('after') + 'data: [DONE]\n\n']);
    const text = (await readAll(out)).join('');
    expect(text.startsWith(good)).toBe(true);
    expect(text).not.toContain('after');
    expect(text).toContain('malformed');
    expect(seen.ends).toEqual(['malformed']);
  });

  it('the hooks see every finish, usage and tool-call event among same-shaped ones', async () => {
    const call = (args: string) =>
      `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { tool_calls: [{ index: 0, function: { arguments: args } }] }, finish_reason: null }] })}\n\n`;
    const chunks = [
      Array.from({ length: 10 }, (_, i) => same(`w${i}`)).join(''),
      `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { tool_calls: [{ index: 0, id: 't1', function: { name: 'route_lead', arguments: '' } }] }, finish_reason: null }] })}\n\n`,
      ['{"lead', '":"', 'L-1', '"}'].map(call).join(''),
      same('', 'tool_calls'),
      `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', choices: [], usage: { prompt_tokens: 7, completion_tokens: 3 } })}\n\n`,
      'data: [DONE]\n\n',
    ];
    const acc = new Map();
    let usage: unknown;
    const up = upstream(chunks);
    const out = restoreSseBody(up.body, openaiAdapter, vaultWithEmail(), {
      onEvent: (event) => {
        if (event === undefined) return;
        openaiAdapter.toolCalls.fromStreamEvent(event, acc);
        usage = openaiAdapter.usage(event) ?? usage;
      },
      upstreamFailed: () => false, takeReviewIds: () => [], onEnd: () => {},
    }, { error: () => {}, cancel: () => {} });
    expect((await readAll(out)).join('')).toBe(chunks.join(''));
    expect([...acc.values()]).toEqual([{ key: '0.0', name: 'route_lead', args: '{"lead":"L-1"}', nameComplete: true }]);
    expect(usage).toEqual({ input: 7, output: 3 });
  });

  it('an event whose only change from the last is a string that carries state (a tool-call type) is parsed, and so is the next one of its shape', async () => {
    const ev = (v: unknown) => `data: ${JSON.stringify(v)}\n\n`;
    const text = (delta: string) => ev({ type: 'response.output_text.delta', output_index: 0, delta });
    const args = (delta: string) => ev({ type: 'response.function_call_arguments.delta', output_index: 0, delta });
    const chunks = [
      ev({ type: 'response.output_item.added', output_index: 0, item: { type: 'function_call', name: 'route_lead', arguments: '' } }),
      text('a') + text('b') + text('{'),
      args('{'), // only the type differs from the last event
      args('"lead":1}'), // only the delta differs from the last event
      'data: [DONE]\n\n',
    ];
    const acc = new Map();
    const up = upstream(chunks);
    const out = restoreSseBody(up.body, openaiAdapter, vaultWithEmail(), {
      onEvent: (event) => void (event !== undefined && openaiAdapter.toolCalls.fromStreamEvent(event, acc)),
      upstreamFailed: () => false, takeReviewIds: () => [], onEnd: () => {},
    }, { error: () => {}, cancel: () => {} });
    expect((await readAll(out)).join('')).toBe(chunks.join(''));
    expect(acc.get('o0')).toMatchObject({ name: 'route_lead', args: '{"lead":1}' });
  });

  it('a long read with text outside Latin-1 (restored in pieces) gives what the same stream in small reads gives: its first event alone, the rest in few writes', async () => {
    // ~90 KB in one read, one "₹" per event: decoded whole it would be a >128 KB two-byte string.
    const events = Array.from({ length: 600 }, (_, i) => chunk(i === 300 ? '[EMAIL_ADDRESS_1]' : `₹${i} `, i)).join('') + 'data: [DONE]\n\n';
    const whole = await readAll(restoredBody([events]).out);
    const small = await readAll(restoredBody(events.match(/[^]{1,700}/g)!).out);
    const expected = events.replace('[EMAIL_ADDRESS_1]', EMAIL);
    expect(whole.join('')).toBe(expected);
    expect(small.join('')).toBe(expected);
    expect(whole[0]).toBe(chunk('₹0 ', 0));
    // The pieces of one read go on together, up to 64 KB a write.
    expect(whole.length).toBeLessThanOrEqual(4);
    for (const part of whole) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(64 * 1024 + 17 * 1024);
  });

  it('invalid UTF-8 from upstream becomes U+FFFD, the same wherever the reads are cut', async () => {
    const enc = new TextEncoder();
    const bytes = new Uint8Array([...enc.encode(chunk('₹5 ', 0)), ...enc.encode('data: {"id":"c1","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"x'), 0xe2, 0x82, 0x41, 0xff, ...enc.encode('"},"finish_reason":null}]}\n\n'), ...enc.encode('data: [DONE]\n\n')]);
    const expected = new TextDecoder().decode(bytes);
    expect(expected).toContain('x\uFFFDA\uFFFD"');
    for (let cut = 1; cut < bytes.length; cut += 3) {
      const parts = [bytes.subarray(0, cut), bytes.subarray(cut)];
      let i = 0;
      const body = new ReadableStream<Uint8Array>({ pull: (c) => (i < parts.length ? c.enqueue(parts[i++]!) : c.close()) }, { highWaterMark: 0 });
      const out = restoreSseBody(body, openaiAdapter, vaultWithEmail(), { onEvent: () => {}, upstreamFailed: () => false, takeReviewIds: () => [], onEnd: () => {} }, { error: () => {}, cancel: () => {} });
      expect((await readAll(out)).join('')).toBe(expected);
    }
  });

  describe('Gemini chunks that all carry usageMetadata (as the API sends them)', () => {
    const gem = (text: string, usage: Record<string, number>, finish?: string) =>
      `data: {"candidates": [{"content": {"parts": [{"text": ${JSON.stringify(text)}}],"role": "model"}${finish ? `,"finishReason": "${finish}"` : ''},"index": 0}],"usageMetadata": ${JSON.stringify(usage)},"modelVersion": "gemini-2.5-flash","responseId": "r1"}\r\n\r\n`;
    const run = async (chunks: string[]) => {
      const seen: unknown[] = [];
      const up = upstream(chunks);
      const out = restoreSseBody(up.body, geminiAdapter, vaultWithEmail(), {
        onEvent: (event) => void (event !== undefined && seen.push(geminiAdapter.usage(event))),
        upstreamFailed: () => false, takeReviewIds: () => [], onEnd: () => {},
      }, { error: () => {}, cancel: () => {} });
      return { text: (await readAll(out)).join(''), seen };
    };

    it('pass unparsed while their counts repeat: the hooks see each count once, and the last', async () => {
      const same = { promptTokenCount: 17, totalTokenCount: 17 };
      const chunks = [...Array.from({ length: 40 }, (_, i) => gem(`w${i} `, same)), gem('', { promptTokenCount: 17, candidatesTokenCount: 9, totalTokenCount: 26 }, 'STOP')];
      const { text, seen } = await run(chunks);
      // The restorer writes LF line ends (as for every event it passes).
      expect(text).toBe(chunks.join('').replaceAll('\r\n', '\n'));
      expect(seen.length).toBeLessThan(6);
      expect(seen.at(-1)).toEqual({ input: 17, output: 9 });
    });

    it('are parsed when their counts change, so the hooks see every count, and placeholders are still restored', async () => {
      const chunks = [...Array.from({ length: 12 }, (_, i) => gem(i === 6 ? '[EMAIL_ADDRESS_1]' : `w${i} `, { promptTokenCount: 17, candidatesTokenCount: i, totalTokenCount: 17 + i })), gem('', { promptTokenCount: 17, candidatesTokenCount: 12, totalTokenCount: 29 }, 'STOP')];
      const { text, seen } = await run(chunks);
      // The event whose text was restored is written again from its parse (spacing aside, the same JSON).
      const events = (t: string) => t.split(/\r?\n\r?\n/).filter(Boolean).map((e) => JSON.parse(e.slice(6)) as unknown);
      expect(events(text)).toEqual(events(chunks.join('').replace('[EMAIL_ADDRESS_1]', EMAIL)));
      expect(seen).toEqual(Array.from({ length: 13 }, (_, i) => ({ input: 17, output: i })));
    });
  });

  // Events of one shape whose delta may hold a placeholder are restored through the delta alone
  // (restoreDelta): the same result as parsing and walking them.
  describe('deltas of same-shaped events', () => {
    const P = '[EMAIL_ADDRESS_1]';
    const whole = `write to ${P} now, ${P}.`;

    it('restores a placeholder split at every point across same-shaped events', async () => {
      for (let a = 1; a < whole.length - 1; a++) {
        for (const b of [a + 1, Math.min(whole.length - 1, a + 5)]) {
          const pieces = [whole.slice(0, a), whole.slice(a, b), whole.slice(b)];
          const { out } = restoredBody([pieces.map((x) => same(x)).join('') + 'data: [DONE]\n\n']);
          expect(contentOf(await readAll(out))).toBe(`write to ${EMAIL} now, ${EMAIL}.`);
        }
      }
    });

    it('held text at the end is sent as its own small event, with the identifying keys of its shape', async () => {
      const { out } = restoredBody([same('a') + same('b') + same('mail [EMAIL_ADD') + 'data: [DONE]\n\n']);
      const events = (await readAll(out)).join('').split('\n\n').filter((e) => e.startsWith('data: {')).map((e) => JSON.parse(e.slice(6)));
      expect(events.map((e) => e.choices[0].delta.content)).toEqual(['a', 'b', 'mail ', '[EMAIL_ADD']);
      expect(events[3]).toEqual({ id: 'c1', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: '[EMAIL_ADD' } }] });
    });

    it('an event with a placeholder outside its delta is restored whole', async () => {
      const ev = (content: string) => `data: ${JSON.stringify({ id: 'c1', choices: [{ index: 0, delta: { content }, finish_reason: null }], note: `for ${P}` })}\n\n`;
      const { out } = restoredBody([ev('a') + ev('b ') + ev(P) + 'data: [DONE]\n\n']);
      const text = (await readAll(out)).join('');
      expect(text).not.toContain(P);
      expect(contentOf([text])).toBe(`ab ${EMAIL}`);
    });

    it('an event carrying two channels is restored whole', async () => {
      const ev = (content: string) => `data: ${JSON.stringify({ id: 'c1', choices: [{ index: 0, delta: { reasoning: 'r', content }, finish_reason: null }] })}\n\n`;
      const { out } = restoredBody([ev('a') + ev('[EMAIL_') + ev('ADDRESS_1] b') + 'data: [DONE]\n\n']);
      expect(contentOf(await readAll(out))).toBe(`a${EMAIL} b`);
    });
  });
});

describe('restoreSseBody: an event over maxEventChars (limits.max_response_bytes)', () => {
  const big = chunk('x'.repeat(5000), 1);
  const cut = (text: string, size: number) => Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));

  it.each([100, 4096])('ends the stream with the provider error event and cancels the upstream (reads of %i bytes)', async (size) => {
    const { out, up, seen } = restoredBody([chunk('hi [EMAIL_ADDRESS_1]', 0), ...cut(big, size), chunk('after', 2), 'data: [DONE]\n\n'], { maxEventChars: 1000 });
    const text = (await readAll(out)).join('');
    expect(text.startsWith(chunk(`hi ${EMAIL}`, 0))).toBe(true);
    expect(text).toMatch(/data: \{"error":\{"message":"The upstream provider sent a stream event over 1000 bytes[^"]*limits.max_response_bytes/);
    expect(text).not.toContain('xxxx');
    expect(text).not.toContain('after');
    expect(seen.ends).toEqual(['malformed']);
    expect(up.state.cancelled).toBe(true);
  });

  it('passes the same stream whole when the event fits', async () => {
    const { out, seen } = restoredBody([...cut(big, 100), 'data: [DONE]\n\n'], { maxEventChars: 10_000 });
    expect((await readAll(out)).join('')).toBe(`${big}data: [DONE]\n\n`);
    expect(seen.ends).toEqual(['complete']);
  });
});
