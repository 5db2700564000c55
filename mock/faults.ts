import type { ServerResponse } from 'node:http';
import { sendJson, sleep } from './types.ts';

/**
 * Fault injection driven by the model name, since that is the one field that reaches the
 * provider untouched: `mock-error-429`, `mock-error-500`, `mock-error-503`, `mock-slow-1500`,
 * `mock-reset`. Stream faults (`mock-reset-mid`, `mock-malformed`, `mock-truncated`,
 * `mock-trickle`, `mock-huge-<MB>`) are handled by each provider's stream writer.
 */
export async function applyFault(
  model: string,
  res: ServerResponse,
  errorBody: (status: number, message: string) => unknown,
): Promise<boolean> {
  const err = /^mock-error-(\d{3})/.exec(model);
  if (err) {
    const status = Number(err[1]);
    // Retry hints as providers send them: retry-after(-ms) when busy, x-should-retry (OpenAI and Anthropic SDKs read it).
    const hints: Record<string, string> = status === 429 || status === 503 ? { 'retry-after': '7', 'retry-after-ms': '7000' } : { 'x-should-retry': 'false' };
    sendJson(res, status, errorBody(status, `mock ${status} for ${model}`), hints);
    return true;
  }
  const slow = /^mock-slow-(\d+)/.exec(model);
  if (slow) await sleep(Number(slow[1]));
  if (model === 'mock-reset') {
    res.socket?.destroy();
    return true;
  }
  return false;
}
