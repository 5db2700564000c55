import type { IncomingHeaders, ProviderAdapter } from '../providers/types.ts';

/** Headers that identify or track the end user; never forwarded (recorded as a no-training action). */
const CLIENT_IDENTIFYING = [
  'cookie', 'x-forwarded-for', 'x-real-ip', 'forwarded', 'cf-connecting-ip', 'true-client-ip', 'x-client-ip',
  'x-forwarded-host', 'via',
];

/**
 * Build upstream headers from an allowlist: the adapter's auth and version headers plus our own.
 * Client headers are not copied wholesale, so IPs, cookies and injected headers cannot pass.
 * `Content-Usage: train-ai=n` follows the IETF aipref vocabulary; it is a signal, not enforcement.
 */
export function buildUpstreamHeaders(
  adapter: ProviderAdapter,
  incoming: IncomingHeaders,
  credential: string | undefined,
  opts: { contentUsage: boolean; hasBody: boolean },
): { headers: Record<string, string>; actions: string[] } {
  const headers = adapter.upstreamHeaders(incoming, credential);
  const actions: string[] = [];
  if (opts.hasBody) headers['content-type'] = 'application/json';
  headers.accept = incoming.get('accept') ?? 'application/json';
  if (opts.contentUsage) {
    headers['content-usage'] = 'train-ai=n';
    actions.push('content_usage_header');
  }
  if (CLIENT_IDENTIFYING.some((h) => incoming.has(h))) actions.push('client_headers_stripped');
  return { headers, actions };
}
