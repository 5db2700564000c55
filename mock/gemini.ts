import type { ServerResponse } from 'node:http';
import { writeSse } from './anthropic.ts';
import { applyFault } from './faults.ts';
import { echo, replyPieces, sendJson, type MockHandler, type MockRequest } from './types.ts';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

const STATUS: Record<number, string> = { 400: 'INVALID_ARGUMENT', 403: 'PERMISSION_DENIED', 404: 'NOT_FOUND', 429: 'RESOURCE_EXHAUSTED', 500: 'INTERNAL', 503: 'UNAVAILABLE' };
export const geminiErrorBody = (status: number, message: string) => ({ error: { code: status, message, status: STATUS[status] ?? 'UNKNOWN' } });

/** Text of the last user turn: text parts, and function responses as JSON. */
function lastUser(body: Obj): { prompt: string; answered: boolean } {
  const contents = arr(body.contents);
  for (let i = contents.length - 1; i >= 0; i--) {
    const c = obj(contents[i]);
    if (c && (c.role === undefined || c.role === 'user')) {
      const parts = arr(c.parts).map(obj);
      const prompt = parts.map((p) => (typeof p?.text === 'string' ? p.text : p?.functionResponse ? JSON.stringify(obj(p.functionResponse)?.response) : '')).join('');
      return { prompt, answered: parts.some((p) => p?.functionResponse !== undefined) };
    }
  }
  return { prompt: '', answered: false };
}

function firstFunction(body: Obj): string | undefined {
  for (const t of arr(body.tools)) {
    const decl = obj(arr(obj(t)?.functionDeclarations)[0]);
    if (typeof decl?.name === 'string') return decl.name;
  }
  return undefined;
}

const USAGE = { promptTokenCount: 17, candidatesTokenCount: 9, totalTokenCount: 26 };
/**
 * What the API puts in every chunk before the last: the prompt's count so far (the last chunk
 * carries the whole USAGE). Real streams carry `usageMetadata` in every chunk, e.g.
 * `{"promptTokenCount": 11,"totalTokenCount": 11,"promptTokensDetails": [...]}` on the first.
 */
const PROMPT_USAGE = { promptTokenCount: 17, totalTokenCount: 17, promptTokensDetails: [{ modality: 'TEXT', tokenCount: 17 }] };

/**
 * JSON as the Gemini API writes it in streams: a space after each key's colon, none after commas
 * (`{"candidates": [{"content": {"parts": [{"text": "Paris"}],"role": "model"}}],"usageMetadata": …}`).
 */
export function googleJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(googleJson).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    return `{${Object.entries(v as Obj).filter(([, x]) => x !== undefined).map(([k, x]) => `${JSON.stringify(k)}: ${googleJson(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}
const meta = (model: string) => ({ modelVersion: model, responseId: 'mock-resp-1' });
const candidate = (parts: Obj[], finishReason?: string) => ({ content: { parts, role: 'model' }, ...(finishReason && { finishReason }), index: 0 });

async function generate(req: MockRequest, res: ServerResponse, model: string, stream: boolean): Promise<void> {
  if (await applyFault(model, res, geminiErrorBody)) return;
  const body = obj(req.body) ?? {};
  const { prompt, answered } = lastUser(body);
  const text = echo(prompt);
  const fn = answered ? undefined : firstFunction(body);
  const call = fn ? { functionCall: { name: fn, args: { note: prompt } } } : undefined;
  const whole = { candidates: [candidate(call ? [call] : [{ text }], 'STOP')], usageMetadata: USAGE, ...meta(model) };
  if (!stream) {
    // streamGenerateContent without ?alt=sse answers a JSON array of responses.
    sendJson(res, 200, req.path.endsWith(':streamGenerateContent') ? [whole] : whole);
    return;
  }
  const ev = (v: unknown) => `data: ${googleJson(v)}\r\n\r\n`;
  const events = call
    ? [ev({ candidates: [candidate([call], 'STOP')], usageMetadata: USAGE, ...meta(model) })]
    : replyPieces(text, model).map((p) => ev({ candidates: [candidate([{ text: p }])], usageMetadata: PROMPT_USAGE, ...meta(model) }));
  if (!call) events.push(ev({ candidates: [candidate([{ text: '' }], 'STOP')], usageMetadata: USAGE, ...meta(model) }));
  if (model === 'mock-error-mid') events.splice(3, events.length, ev(geminiErrorBody(500, 'mock mid-stream failure')));
  await writeSse(res, model, events, 'data: {"candidates":[{"content":{"parts":[{"text":"oops\r\n\r\n');
}

/** Gemini's wire format under `/v1beta` and `/v1`: whole responses, SSE of whole responses (`?alt=sse`). */
export function geminiRoutes(): MockHandler {
  return async (req, res) => {
    const m = /^\/(v1beta|v1)\/models\/([^/:]+):(\w+)$/.exec(req.path);
    if (req.method !== 'POST' || !m) return false;
    if (!req.headers['x-goog-api-key'] && !req.query.key) {
      sendJson(res, 403, geminiErrorBody(403, 'Method doesn\'t allow unregistered callers. Please use an API key.'));
      return true;
    }
    if (req.body === undefined) {
      sendJson(res, 400, geminiErrorBody(400, 'Invalid JSON payload received.'));
      return true;
    }
    const model = m[2]!;
    const body = obj(req.body) ?? {};
    switch (m[3]) {
      case 'generateContent': await generate(req, res, model, false); return true;
      case 'streamGenerateContent': await generate(req, res, model, req.query.alt === 'sse'); return true;
      case 'countTokens': sendJson(res, 200, { totalTokens: 17 }); return true;
      case 'embedContent': sendJson(res, 200, { embedding: { values: [0.1, 0.5, -0.25] } }); return true;
      case 'batchEmbedContents':
        sendJson(res, 200, { embeddings: arr(body.requests).map(() => ({ values: [0.1, 0.5, -0.25] })) });
        return true;
      default: return false;
    }
  };
}
