import { describe, expect, it } from 'vitest';
import { basicEngine } from '../../../test/support/basic-engine.ts';
import { openaiAdapter } from '../providers/openai/index.ts';
import { createVault } from '../redact/vault.ts';
import { redactRequestBody } from './redact-request.ts';
import { createSseRestoreStream } from './sse-restore.ts';

const EMAIL = 'ana.lima@example.com';
const chunk = (content: string, i: number) => `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content }, finish_reason: null }], n: i })}\n\n`;

function restorer() {
  const vault = createVault();
  redactRequestBody({ messages: [{ role: 'user', content: `mail ${EMAIL}` }] }, openaiAdapter, basicEngine, vault);
  return createSseRestoreStream(openaiAdapter, vault, { onEvent: () => {}, upstreamFailed: () => false, takeReviewIds: () => [], onEnd: () => {} });
}

describe('SSE restore, time to first token', () => {
  it('sends the first event of a large upstream read on its own, before the rest is processed', async () => {
    const events = Array.from({ length: 200 }, (_, i) => chunk(i === 100 ? '[EMAIL_ADDRESS_1]' : `w${i} `, i)).join('') + 'data: [DONE]\n\n';
    const t = restorer();
    const writer = t.writable.getWriter();
    const reader = t.readable.getReader();
    void writer.write(new TextEncoder().encode(events)).then(() => writer.close());
    const decoder = new TextDecoder();
    const first = decoder.decode((await reader.read()).value);
    expect(first).toBe(chunk('w0 ', 0));
    let rest = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      rest += decoder.decode(value);
    }
    // Everything else follows, restored, in order, and nothing is lost or repeated.
    expect(first + rest).toBe(events.replace('[EMAIL_ADDRESS_1]', EMAIL));
  });

  it('does not split small reads: one upstream read of one event is one write', async () => {
    const t = restorer();
    const writer = t.writable.getWriter();
    const reader = t.readable.getReader();
    void writer.write(new TextEncoder().encode(chunk('hello', 0)));
    expect(new TextDecoder().decode((await reader.read()).value)).toBe(chunk('hello', 0));
  });
});
