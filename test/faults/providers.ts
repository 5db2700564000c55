/**
 * The three wire formats as rows, so every fault case runs against each provider's route,
 * envelope and stream error event through the same test code.
 */
export const EMAIL = 'meera.kapoor+faults@example.co.in';
export const PHONE = '+91 98201 44321';
/** Long enough that a trickled reply (20 ms per event, 4 characters per event) outlasts the short upstream timeout. */
export const PROMPT = `Call ${PHONE} or write to ${EMAIL} about the renewal. ${'Keep the notes short and plain. '.repeat(8)}`;
export const CLIENT_KEY = 'sk-client-fault-key-0123456789abcdef';

export interface ProviderRow {
  name: 'openai' | 'anthropic' | 'gemini';
  path(model: string, stream: boolean): string;
  body(model: string, stream: boolean): unknown;
  headers: Record<string, string>;
  /** The message of a whole-response error envelope, or undefined when the shape is not the provider's. */
  envelopeMessage(json: unknown): string | undefined;
  /** Matches the provider's own mid-stream error event. */
  streamError: RegExp;
  /** Matches the provider's normal end of stream. */
  streamEnd: RegExp;
}

type Obj = Record<string, unknown>;
const o = (v: unknown): Obj => (v !== null && typeof v === 'object' ? (v as Obj) : {});
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

export const PROVIDERS: ProviderRow[] = [
  {
    name: 'openai',
    path: () => '/openai/v1/chat/completions',
    body: (model, stream) => ({ model, stream, messages: [{ role: 'user', content: PROMPT }] }),
    headers: { authorization: `Bearer ${CLIENT_KEY}` },
    envelopeMessage: (j) => str(o(o(j).error).message),
    streamError: /data: \{"error":\{"message":"[^"]+","type":"server_error"/,
    streamEnd: /data: \[DONE\]\n\n$/,
  },
  {
    name: 'anthropic',
    path: () => '/anthropic/v1/messages',
    body: (model, stream) => ({ model, stream, max_tokens: 64, messages: [{ role: 'user', content: PROMPT }] }),
    headers: { 'x-api-key': CLIENT_KEY, 'anthropic-version': '2023-06-01' },
    envelopeMessage: (j) => (o(j).type === 'error' ? str(o(o(j).error).message) : undefined),
    streamError: /event: error\ndata: \{"type":"error","error":\{"type":"api_error"/,
    streamEnd: /event: message_stop\ndata: [^\n]+\n\n$/,
  },
  {
    name: 'gemini',
    path: (model, stream) => `/gemini/v1beta/models/${model}:${stream ? 'streamGenerateContent?alt=sse' : 'generateContent'}`,
    body: () => ({ contents: [{ role: 'user', parts: [{ text: PROMPT }] }] }),
    headers: { 'x-goog-api-key': CLIENT_KEY },
    envelopeMessage: (j) => (typeof o(o(j).error).code === 'number' ? str(o(o(j).error).message) : undefined),
    streamError: /data: \{"error":\{"code":500,"message":"[^"]+","status":"INTERNAL"\}\}/,
    streamEnd: /"finishReason": ?"STOP"[^\n]*\r?\n\r?\n$/,
  },
];

export function send(base: string, p: ProviderRow, model: string, stream: boolean, init: { signal?: AbortSignal } = {}): Promise<Response> {
  return fetch(base + p.path(model, stream), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...p.headers },
    body: JSON.stringify(p.body(model, stream)),
    ...init,
  });
}
