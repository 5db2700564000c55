import type { ServerResponse } from 'node:http';
import { applyFault } from './faults.ts';
import { echo, pieces, replyPieces, firstEventGapMs, sendJson, sleep, startSse, type MockHandler, type MockRequest } from './types.ts';

type Obj = Record<string, unknown>;
const CREATED = 1_700_000_000;

export const openaiErrorBody = (status: number, message: string) => ({
  error: { message, type: status === 429 ? 'rate_limit_error' : status >= 500 ? 'server_error' : 'invalid_request_error', param: null, code: null },
});

function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content.map((p) => (p && typeof p === 'object' && typeof (p as Obj).text === 'string' ? (p as Obj).text : '')).join('');
  }
  return '';
}

export function lastUserText(body: Obj): string {
  const list = Array.isArray(body.messages) ? body.messages : Array.isArray(body.input) ? body.input : [];
  if (typeof body.input === 'string') return body.input;
  for (let i = list.length - 1; i >= 0; i--) {
    const m = list[i] as Obj;
    if (m?.role === 'user') return textOf(m.content);
  }
  return '';
}

function firstToolName(body: Obj): string | undefined {
  const tools = Array.isArray(body.tools) ? (body.tools as Obj[]) : [];
  const t = tools[0];
  if (!t) return undefined;
  const fn = t.function as Obj | undefined;
  return (typeof fn?.name === 'string' ? fn.name : typeof t.name === 'string' ? t.name : undefined);
}

/** Fixed counts: the mock's answers must not depend on whether it saw placeholders or values. */
const USAGE = { prompt_tokens: 17, completion_tokens: 9, total_tokens: 26 };

async function writeEvents(res: ServerResponse, model: string, events: string[]): Promise<void> {
  const trickle = model.startsWith('mock-trickle') ? 20 : 0;
  const gap = firstEventGapMs();
  const cut = Math.floor(events.length / 2);
  for (let i = 0; i < events.length; i++) {
    if (model === 'mock-reset-mid' && i === cut) {
      res.socket?.destroy();
      return;
    }
    if (model === 'mock-malformed' && i === cut) res.write('data: {"choices":[{"index":0,"delta":{"content":"oops\n\n');
    if (model === 'mock-truncated' && i === events.length - 1) {
      res.end();
      return;
    }
    const ok = res.write(events[i]!);
    if (!ok) await new Promise((r) => res.once('drain', r));
    if (trickle) await sleep(trickle);
    else if (i === 0 && gap > 0) await sleep(gap);
  }
  res.end();
}

/**
 * The API's `obfuscation` field: random characters that pad every chunk (so that chunk sizes do
 * not give away the tokens), a different string of varying length each time. Here a fixed
 * pseudo-random sequence, so the mock's answers stay reproducible.
 */
function obfuscation(n: number): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let x = (n + 1) * 2654435761;
  let out = '';
  for (let i = 0, len = 2 + (n % 11); i < len; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out += chars[x % chars.length];
  }
  return out;
}

function chatStreamEvents(body: Obj, model: string, prompt: string, reply: string, tool: string | undefined): string[] {
  // As the API writes chunks today: service_tier, refusal on the first delta, obfuscation on every chunk.
  const base = { id: 'chatcmpl-mock', object: 'chat.completion.chunk', created: CREATED, model, service_tier: 'default', system_fingerprint: 'fp_mock' };
  let n = 0;
  const ev = (choices: unknown[], extra: Obj = {}) => `data: ${JSON.stringify({ ...base, choices, ...extra, obfuscation: obfuscation(n++) })}\n\n`;
  const out = [ev([{ index: 0, delta: { role: 'assistant', content: '', refusal: null }, logprobs: null, finish_reason: null }])];
  if (tool) {
    const args = JSON.stringify({ note: prompt });
    const names = model.includes('split-name') ? [tool.slice(0, 3), tool.slice(3)] : [tool];
    names.forEach((n, i) => {
      const call = i === 0 ? { index: 0, id: 'call_mock_1', type: 'function', function: { name: n, arguments: '' } } : { index: 0, function: { name: n } };
      out.push(ev([{ index: 0, delta: { tool_calls: [call] }, logprobs: null, finish_reason: null }]));
    });
    for (const p of pieces(args, 5)) out.push(ev([{ index: 0, delta: { tool_calls: [{ index: 0, function: { arguments: p } }] }, logprobs: null, finish_reason: null }]));
    out.push(ev([{ index: 0, delta: {}, logprobs: null, finish_reason: 'tool_calls' }]));
  } else {
    const huge = /^mock-huge-(\d+)/.exec(model);
    const chunks = huge ? Array.from({ length: Number(huge[1]) * 256 }, () => 'x'.repeat(4096)) : replyPieces(reply, model);
    for (const p of chunks) out.push(ev([{ index: 0, delta: { content: p }, logprobs: null, finish_reason: null }]));
    out.push(ev([{ index: 0, delta: {}, logprobs: null, finish_reason: 'stop' }]));
  }
  const so = body.stream_options as Obj | undefined;
  if (so?.include_usage === true) out.push(ev([], { usage: USAGE }));
  out.push('data: [DONE]\n\n');
  return out;
}

/** What chat and responses both read from a request; undefined when a fault already answered. */
async function readTurn(req: MockRequest, res: ServerResponse) {
  const body = req.body as Obj;
  const model = String(body.model ?? '');
  if (await applyFault(model, res, openaiErrorBody)) return undefined;
  const prompt = lastUserText(body);
  return { body, model, prompt, reply: echo(prompt), tool: firstToolName(body) };
}

async function chat(req: MockRequest, res: ServerResponse): Promise<void> {
  const turn = await readTurn(req, res);
  if (!turn) return;
  const { body, model, prompt, reply, tool } = turn;
  if (body.stream === true) {
    startSse(res);
    await writeEvents(res, model, chatStreamEvents(body, model, prompt, reply, tool));
    return;
  }
  const message = tool
    ? { role: 'assistant', content: null, tool_calls: [{ id: 'call_mock_1', type: 'function', function: { name: tool, arguments: JSON.stringify({ note: prompt }) } }], refusal: null, annotations: [] }
    : { role: 'assistant', content: reply, refusal: null, annotations: [] };
  sendJson(res, 200, {
    id: 'chatcmpl-mock', object: 'chat.completion', created: CREATED, model, system_fingerprint: 'fp_mock',
    choices: [{ index: 0, message, logprobs: null, finish_reason: tool ? 'tool_calls' : 'stop' }],
    usage: USAGE,
  });
}

function responseObject(model: string, output: unknown[], status: string) {
  return {
    id: 'resp_mock', object: 'response', created_at: CREATED, status, model, output,
    usage: status === 'completed' ? { input_tokens: 17, output_tokens: 9, total_tokens: 26 } : null,
    store: false, parallel_tool_calls: true, tool_choice: 'auto', tools: [], text: { format: { type: 'text' } },
  };
}

async function responses(req: MockRequest, res: ServerResponse): Promise<void> {
  const turn = await readTurn(req, res);
  if (!turn) return;
  const { body, model, prompt, reply, tool } = turn;
  const args = JSON.stringify({ note: prompt });
  const item = tool
    ? { type: 'function_call', id: 'fc_mock', call_id: 'call_mock_1', name: tool, arguments: args, status: 'completed' }
    : { type: 'message', id: 'msg_mock', role: 'assistant', status: 'completed', content: [{ type: 'output_text', text: reply, annotations: [] }] };
  if (body.stream !== true) {
    sendJson(res, 200, responseObject(model, [item], 'completed'));
    return;
  }
  let seq = 0;
  const ev = (type: string, data: Obj) => `event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: seq++, ...data })}\n\n`;
  const out = [ev('response.created', { response: responseObject(model, [], 'in_progress') })];
  if (tool) {
    out.push(ev('response.output_item.added', { output_index: 0, item: { ...item, arguments: '', status: 'in_progress' } }));
    // Delta events carry the API's padding (obfuscation), as chat chunks do.
    for (const p of pieces(args, 5)) out.push(ev('response.function_call_arguments.delta', { item_id: 'fc_mock', output_index: 0, delta: p, obfuscation: obfuscation(seq) }));
    out.push(ev('response.function_call_arguments.done', { item_id: 'fc_mock', output_index: 0, arguments: args }));
    out.push(ev('response.output_item.done', { output_index: 0, item }));
  } else {
    out.push(ev('response.output_item.added', { output_index: 0, item: { ...item, content: [], status: 'in_progress' } }));
    out.push(ev('response.content_part.added', { item_id: 'msg_mock', output_index: 0, content_index: 0, part: { type: 'output_text', text: '', annotations: [] } }));
    for (const p of pieces(reply, 4)) out.push(ev('response.output_text.delta', { item_id: 'msg_mock', output_index: 0, content_index: 0, delta: p, logprobs: [], obfuscation: obfuscation(seq) }));
    out.push(ev('response.output_text.done', { item_id: 'msg_mock', output_index: 0, content_index: 0, text: reply, logprobs: [] }));
    out.push(ev('response.content_part.done', { item_id: 'msg_mock', output_index: 0, content_index: 0, part: { type: 'output_text', text: reply, annotations: [] } }));
    out.push(ev('response.output_item.done', { output_index: 0, item }));
  }
  out.push(ev('response.completed', { response: responseObject(model, [item], 'completed') }));
  startSse(res);
  await writeEvents(res, model, out);
}

function embeddings(req: MockRequest, res: ServerResponse): void {
  const body = req.body as Obj;
  const inputs = Array.isArray(body.input) ? body.input : [body.input];
  sendJson(res, 200, {
    object: 'list',
    data: inputs.map((s, index) => ({ object: 'embedding', index, embedding: [String(s).length / 100, 0.5, -0.25] })),
    model: body.model, usage: { prompt_tokens: inputs.length, total_tokens: inputs.length },
  });
}

const MODELS = ['gpt-4o-mini', 'gpt-4.1', 'text-embedding-3-small'].map((id) => ({ id, object: 'model', created: CREATED, owned_by: 'mock' }));

/** OpenAI's wire format under `/v1` (also used for Azure's v1 form and compat upstreams). */
export function openaiRoutes(prefix = '/v1'): MockHandler {
  return async (req, res) => {
    const p = req.path;
    if (req.method === 'POST' && p === `${prefix}/chat/completions`) return chat(req, res).then(() => true);
    if (req.method === 'POST' && p === `${prefix}/responses`) return responses(req, res).then(() => true);
    if (req.method === 'POST' && p === `${prefix}/embeddings`) return (embeddings(req, res), true);
    if (req.method === 'GET' && p === `${prefix}/models`) return (sendJson(res, 200, { object: 'list', data: MODELS }), true);
    const m = new RegExp(`^${prefix}/models/([^/]+)$`).exec(p);
    if (req.method === 'GET' && m) {
      const found = MODELS.find((x) => x.id === m[1]);
      if (found) sendJson(res, 200, found);
      else sendJson(res, 404, openaiErrorBody(404, `The model '${m[1]}' does not exist`));
      return true;
    }
    return false;
  };
}
