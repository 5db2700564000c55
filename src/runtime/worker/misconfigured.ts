import { builtinAdapters } from '../../core/providers/registry.ts';
import { misconfiguredMessage } from './env.ts';

/**
 * The only answer a half-configured Worker gives: 503 in the caller's provider envelope (so SDKs
 * raise their usual error with our message), naming what is missing. Nothing is forwarded. Like
 * every Pledge response it carries an `x-pledge-request-id`.
 */
export function misconfiguredResponse(request: Request, problems: readonly string[]): Response {
  const message = misconfiguredMessage(problems);
  const path = new URL(request.url).pathname;
  const adapter = [...builtinAdapters].sort((a, b) => b.prefix.length - a.prefix.length).find((a) => path === a.prefix || path.startsWith(`${a.prefix}/`));
  const shape = adapter?.error(503, message, 'pledge_misconfigured') ?? {
    status: 503,
    body: { error: { message, type: 'server_error', code: 'pledge_misconfigured' } },
  };
  return new Response(JSON.stringify(shape.body), { status: shape.status, headers: { 'content-type': 'application/json', 'retry-after': '60', 'x-pledge-request-id': crypto.randomUUID() } });
}
