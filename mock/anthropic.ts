import type { ServerResponse } from 'node:http';
import { applyFault } from './faults.ts';
import { echo, pieces, replyPieces, firstEventGapMs, sendJson, sleep, startSse, type MockHandler, type MockRequest } from './types.ts';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export const anthropicErrorBody = (status: number, message: string) => ({
  type: 'error',
  error: {
    type: status === 401 ? 'authentication_error' : status === 404 ? 'not_found_error' : status === 429 ? 'rate_limit_error'
      : status === 529 ? 'overloaded_error' : status >= 500 ? 'api_error' : 'invalid_request_error',
    message,
  },
});

/** Text of a content value: a string, or text blocks and tool_result contents. */
function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  return arr(content).map((b) => {
    const block = obj(b);
    if (block?.type === 'text' && typeof block.text === 'string') return block.text;
    if (block?.type === 'tool_result') return textOf(block.content);
    return '';
  }).join('');
}

function lastUser(body: Obj): Obj | undefined {
  const msgs = arr(body.messages);
  for (let i = msgs.length - 1; i >= 0; i--) if (obj(msgs[i])?.role === 'user') return obj(msgs[i]);
  return undefined;
}

/**
 * Writes SSE events with the mock's stream faults: `mock-reset-mid` (connection reset halfway),
 * `mock-malformed` (a broken data line halfway), `mock-truncated` (ends before the last event),
 * `mock-trickle` (20 ms between events).
 */
export async function writeSse(res: ServerResponse, model: string, events: string[], malformed: string): Promise<void> {
  startSse(res);
  const gap = firstEventGapMs();
  const cut = Math.floor(events.length / 2);
  for (let i = 0; i < events.length; i++) {
    if (model === 'mock-reset-mid' && i === cut) {
      res.socket?.destroy();
      return;
    }
    if (model === 'mock-malformed' && i === cut) res.write(malformed);
    if (model === 'mock-truncated' && i === events.length - 1) break;
    if (!res.write(events[i]!)) await new Promise((r) => res.once('drain', r));
    if (model.startsWith('mock-trickle')) await sleep(20);
    else if (i === 0 && gap > 0) await sleep(gap);
  }
  res.end();
}

const USAGE = { input_tokens: 17, cache_creation_input_tokens: 0, cache_read_input_tokens: 0, output_tokens: 9, service_tier: 'standard' };

function reply(body: Obj) {
  const user = lastUser(body);
  const prompt = textOf(user?.content);
  const tool = obj(arr(body.tools)[0]);
  const answered = arr(user?.content).some((b) => obj(b)?.type === 'tool_result');
  const name = tool && !answered && typeof tool.name === 'string' ? tool.name : undefined;
  return { prompt, text: echo(prompt), tool: name };
}

function streamEvents(model: string, r: ReturnType<typeof reply>): string[] {
  const ev = (type: string, data: Obj = {}) => `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;
  const message = { id: 'msg_mock', type: 'message', role: 'assistant', model, content: [], stop_reason: null, stop_sequence: null, usage: { ...USAGE, output_tokens: 1 } };
  const out = [ev('message_start', { message }), ev('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }), ev('ping')];
  replyPieces(r.text, model).forEach((p, i) => {
    out.push(ev('content_block_delta', { index: 0, delta: { type: 'text_delta', text: p } }));
    if (i === 2) out.push(ev('ping'));
  });
  out.push(ev('content_block_stop', { index: 0 }));
  if (r.tool) {
    out.push(ev('content_block_start', { index: 1, content_block: { type: 'tool_use', id: 'toolu_mock_1', name: r.tool, input: {} } }));
    out.push(ev('content_block_delta', { index: 1, delta: { type: 'input_json_delta', partial_json: '' } }));
    for (const p of pieces(JSON.stringify({ note: r.prompt }), 5)) out.push(ev('content_block_delta', { index: 1, delta: { type: 'input_json_delta', partial_json: p } }));
    out.push(ev('content_block_stop', { index: 1 }));
  }
  if (model === 'mock-overloaded-mid') {
    out.splice(4, out.length, ev('error', { error: { type: 'overloaded_error', message: 'Overloaded' } }));
    return out;
  }
  out.push(ev('message_delta', { delta: { stop_reason: r.tool ? 'tool_use' : 'end_turn', stop_sequence: null }, usage: { output_tokens: 9 } }));
  out.push(ev('message_stop'));
  return out;
}

async function messages(req: MockRequest, res: ServerResponse): Promise<void> {
  const body = obj(req.body) ?? {};
  const model = String(body.model ?? '');
  if (await applyFault(model, res, anthropicErrorBody)) return;
  const r = reply(body);
  if (body.stream === true) {
    await writeSse(res, model, streamEvents(model, r), 'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"oops\n\n');
    return;
  }
  const content: Obj[] = [{ type: 'text', text: r.text }];
  if (r.tool) content.push({ type: 'tool_use', id: 'toolu_mock_1', name: r.tool, input: { note: r.prompt } });
  sendJson(res, 200, {
    id: 'msg_mock', type: 'message', role: 'assistant', model, content,
    stop_reason: r.tool ? 'tool_use' : 'end_turn', stop_sequence: null, usage: USAGE,
  }, { 'request-id': 'req_mock_anthropic' });
}

/** Anthropic's wire format under `/v1`: messages (JSON and `event:`-named SSE) and count_tokens. */
export function anthropicRoutes(): MockHandler {
  return async (req, res) => {
    if (req.method !== 'POST' || !req.path.startsWith('/v1/messages')) return false;
    if (!req.headers['x-api-key'] && !req.headers.authorization) {
      sendJson(res, 401, anthropicErrorBody(401, 'x-api-key header is required'));
      return true;
    }
    if (req.body === undefined) {
      sendJson(res, 400, anthropicErrorBody(400, 'The request body is not valid JSON.'));
      return true;
    }
    if (req.path === '/v1/messages') return messages(req, res).then(() => true);
    if (req.path === '/v1/messages/count_tokens') return (sendJson(res, 200, { input_tokens: 17 }), true);
    return false;
  };
}
