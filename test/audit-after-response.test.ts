import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support/harness.ts';

const chat = (content: string) => ({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }] });

describe('a whole answer is written before its audit event and log line', () => {
  let h: Harness | undefined;
  afterEach(async () => h?.close());

  it('through the app (as on Workers): hands the record to afterResponse, and the client already has the restored answer when it runs', async () => {
    const tasks: (() => void)[] = [];
    h = await startHarness({ frontDoor: false, deps: { afterResponse: (task) => tasks.push(task) } });
    const res = await fetch(`${h.pledge.url}/openai/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer sk-test' },
      body: JSON.stringify(chat('Email priya.sharma@acmecorp.in about the demo.')),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { choices: { message: { content: string } }[] };
    expect(body.choices[0]!.message.content).toContain('priya.sharma@acmecorp.in');
    // Nothing recorded yet: the record waits for the response to be out.
    expect(h.audit.filter((e) => e.kind === 'request')).toHaveLength(0);
    expect(tasks).toHaveLength(1);
    tasks[0]!();
    const events = h.audit.filter((e) => e.kind === 'request');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ outcome: 'ok', status: 200, redactions: { EMAIL_ADDRESS: 1 } });
    expect(h.logs.filter((l) => (l as { msg?: string }).msg === 'request')).toHaveLength(1);
  });

  it('through the Node front door: the event is recorded right after the answer is written, by the time the client has it', async () => {
    h = await startHarness();
    const res = await fetch(`${h.pledge.url}/openai/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer sk-test' },
      body: JSON.stringify(chat('Call me on +91 98765 43210.')),
    });
    await res.arrayBuffer();
    expect(h.audit.filter((e) => e.kind === 'request')).toHaveLength(1);
  });
});
