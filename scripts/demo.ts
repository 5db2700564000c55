/**
 * `npm run demo`: Pledge between the real openai SDK and our mock provider, on loopback.
 * For each request it prints what the application sent, what the provider saw, and what the
 * application got back, then Pledge's log line for it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import OpenAI from 'openai';
import { startMockProvider } from '../mock/server.ts';
import { startNodePledge } from '../src/runtime/node/start.ts';

const WIDTH = 38;
const bold = (s: string) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);
const dim = (s: string) => (process.stdout.isTTY ? `\x1b[2m${s}\x1b[0m` : s);

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(' ')) {
      if ((line + ' ' + word).trim().length > width) {
        if (line) out.push(line);
        line = word;
        while (line.length > width) {
          out.push(line.slice(0, width));
          line = line.slice(width);
        }
      } else line = (line + ' ' + word).trim();
    }
    out.push(line);
  }
  return out;
}

function columns(cols: [string, string][]): void {
  const wrapped = cols.map(([, body]) => wrap(body, WIDTH));
  const rows = Math.max(...wrapped.map((w) => w.length));
  console.log(cols.map(([title]) => bold(title.padEnd(WIDTH))).join(' │ '));
  console.log(cols.map(() => '─'.repeat(WIDTH)).join('─┼─'));
  for (let i = 0; i < rows; i++) console.log(wrapped.map((w) => (w[i] ?? '').padEnd(WIDTH)).join(' │ '));
}

const dir = mkdtempSync(path.join(tmpdir(), 'pledge-demo-'));
const mock = await startMockProvider();
const logs: Record<string, unknown>[] = [];
const capture = (o: object) => logs.push(o as Record<string, unknown>);
const pledge = await startNodePledge({
  env: { ...process.env, PORT: '0', PLEDGE_DB: path.join(dir, 'demo.db'), PLEDGE_OPENAI_UPSTREAM: `${mock.url}/v1`, PLEDGE_SECRET: 'demo-secret-not-for-production' },
  logger: { info: capture, warn: () => {}, error: capture },
});
const client = new OpenAI({ apiKey: 'sk-demo', baseURL: `${pledge.url}/openai/v1`, maxRetries: 0 });
const providerSaw = () => {
  const body = mock.received.at(-1)?.body as { messages?: { content?: string }[] } | undefined;
  return body?.messages?.at(-1)?.content ?? '';
};
const lastLog = () => logs.filter((l) => l.msg === 'request').at(-1);

const prompt = 'Hi, this is Sneha Iyer (sneha.iyer@acme.in, +91 98200 12345). Card 4111 1111 1111 1111 was charged twice; please refund and email me.';

console.log(bold('\n1. Chat completion'));
const chat = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: prompt }] });
columns([['Application sent', prompt], ['Provider saw', providerSaw()], ['Application got', chat.choices[0]?.message.content ?? '']]);
console.log(dim(JSON.stringify(lastLog())));

console.log(bold('\n2. Streamed chat completion (placeholders split across SSE events)'));
const stream = await client.chat.completions.create({ model: 'gpt-4o-mini', stream: true, messages: [{ role: 'user', content: prompt }] });
let streamed = '';
let events = 0;
for await (const chunk of stream) {
  streamed += chunk.choices[0]?.delta.content ?? '';
  events++;
}
columns([['Application sent', prompt], ['Provider saw', providerSaw()], [`Application got (${events} events)`, streamed]]);
await new Promise((r) => setTimeout(r, 50));
console.log(dim(JSON.stringify(lastLog())));

console.log(bold('\n3. Tool call: an automated decision queued for human review'));
const lead = 'New lead: Ravi Kumar, ravi.kumar@example.com, wants a demo next week. Route this lead.';
const tool = await client.chat.completions
  .create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: lead }],
    tools: [{ type: 'function', function: { name: 'route_lead', parameters: { type: 'object', properties: { note: { type: 'string' } } } } }],
  })
  .withResponse();
const call = tool.data.choices[0]?.message.tool_calls?.[0];
columns([
  ['Application sent', lead],
  ['Provider saw', providerSaw()],
  ['Application got (tool call args)', call?.type === 'function' ? call.function.arguments : ''],
]);
console.log(`x-pledge-review: ${tool.response.headers.get('x-pledge-review')}   x-pledge-review-id: ${tool.response.headers.get('x-pledge-review-id')}`);
console.log(dim(JSON.stringify(lastLog())));

console.log(bold('\nWhat upstream never saw:'), 'the email, phone, card and names above. What Pledge logged: metadata only.');
await pledge.close();
await mock.close();
rmSync(dir, { recursive: true, force: true });
