/**
 * Leak canary (issue 7): the real Node runtime, as `npm start` runs it, in a child process at
 * debug log level. A corpus of known personal values goes through every provider route,
 * streaming and not, including failing requests (upstream errors that echo the request, stream
 * faults, malformed input, refusals), with API keys and raw client IPs in headers. Then every
 * byte of stdout, stderr and the SQLite files (database, -wal, -shm; while running and after
 * shutdown) is searched for those values, and none is found.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anthropicErrorBody, anthropicRoutes } from '../mock/anthropic.ts';
import { geminiErrorBody, geminiRoutes } from '../mock/gemini.ts';
import { allMockHandlers } from '../mock/handlers.ts';
import { openaiErrorBody, openaiRoutes } from '../mock/openai.ts';
import { startMockProvider, type MockProvider } from '../mock/server.ts';
import { sendJson, type MockHandler } from '../mock/types.ts';
import { luhnValid, verhoeffCheckDigit } from '../src/core/redact/checksums.ts';
import { startChildPledge, type ChildPledge } from './support/child-pledge.ts';

function luhnComplete(body: string): string {
  for (let d = 0; d < 10; d++) if (luhnValid(body + d)) return body + d;
  throw new Error('unreachable');
}
const card = luhnComplete('453914880343646');
const aadhaarDigits = `29457816302${verhoeffCheckDigit('29457816302')}`;

/** Every value that must never appear in a log line or the database. */
const PII = {
  email: 'meera.kapoor.canary@example.co.in',
  email2: 'arjun.v+leads@corp-mail.example',
  phoneIn: '+91 98450 12345',
  phoneUs: '+1 650-253-0199',
  card: `${card.slice(0, 4)} ${card.slice(4, 8)} ${card.slice(8, 12)} ${card.slice(12)}`,
  aadhaar: `${aadhaarDigits.slice(0, 4)} ${aadhaarDigits.slice(4, 8)} ${aadhaarDigits.slice(8)}`,
  pan: 'BKRPK4821L',
  name: 'Meera Kapoor',
  name2: 'Arjun Venkataraman',
  ip: '203.0.113.77',
  ip6: '2001:db8:85a3::8a2e:370:7334',
};
/** Secrets in headers: provider keys the client sends, and raw client IPs in forwarding headers. */
const SECRETS = {
  openaiKey: 'sk-proj-CANARYopenaiKEY0123456789abcdef',
  anthropicKey: 'sk-ant-api03-CANARYanthropicKEY0123456789',
  geminiKey: 'AIzaSyCANARYgeminiKEY0123456789abcd',
  azureKey: 'azure-test-key',
  xffIp: '198.51.100.23',
  realIp: '192.0.2.146',
  cookie: 'session=CANARYcookie0123456789',
};
/** What the search looks for: each value, plus digit-only and compact forms of the numbers. */
const needles = (() => {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries({ ...PII, ...SECRETS })) {
    out.set(k, v);
    const digits = v.replace(/\D/g, '');
    if (digits.length >= 10 && /^[+\d\s()-]+$/.test(v)) out.set(`${k} (digits)`, digits);
    if (/\s/.test(v) && k !== 'name' && k !== 'name2') out.set(`${k} (compact)`, v.replace(/\s/g, ''));
  }
  out.set('name (lower)', PII.name.toLowerCase());
  return out;
})();

const TEXT = `Lead from ${PII.name} <${PII.email}>, phone ${PII.phoneIn}, alt ${PII.phoneUs}. ` +
  `Card ${PII.card}, Aadhaar ${PII.aadhaar}, PAN ${PII.pan}. Colleague ${PII.name2} (${PII.email2}) logged in from ${PII.ip} and ${PII.ip6}.`;

/** Upstream errors that echo the request they got (placeholders), which Pledge restores for the client. */
function echoErrors(prefix: string, inner: MockHandler, errorBody: (status: number, message: string) => unknown): MockHandler {
  return async (req, res) => {
    if (!req.path.startsWith(`${prefix}/`)) return false;
    const model = (req.body as { model?: unknown } | undefined)?.model;
    if (model === 'echo-error' || req.path.includes('/echo-error:')) {
      sendJson(res, 400, errorBody(400, `Invalid request: ${req.raw}`));
      return true;
    }
    return inner({ ...req, path: req.path.slice(prefix.length) }, res);
  };
}

interface Call {
  name: string;
  method?: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

const json = (v: unknown) => JSON.stringify(v);
const ipHeaders = { 'x-forwarded-for': `${SECRETS.xffIp}, ${PII.ip}`, 'x-real-ip': SECRETS.realIp, cookie: SECRETS.cookie, forwarded: `for=${SECRETS.xffIp}` };
const oa = { 'content-type': 'application/json', authorization: `Bearer ${SECRETS.openaiKey}`, ...ipHeaders };
const an = { 'content-type': 'application/json', 'x-api-key': SECRETS.anthropicKey, 'anthropic-version': '2023-06-01', ...ipHeaders };
const ge = { 'content-type': 'application/json', 'x-goog-api-key': SECRETS.geminiKey, ...ipHeaders };
const az = { 'content-type': 'application/json', 'api-key': SECRETS.azureKey, ...ipHeaders };
const cp = { 'content-type': 'application/json', authorization: `Bearer ${SECRETS.openaiKey}`, ...ipHeaders };

const chat = (model: string, stream: boolean, extra: object = {}) =>
  json({ model, stream, user: PII.email, messages: [{ role: 'system', content: `CRM for ${PII.name2}` }, { role: 'user', content: TEXT }], ...extra });
const claude = (model: string, stream: boolean) =>
  json({ model, stream, max_tokens: 64, metadata: { user_id: PII.email }, system: `CRM for ${PII.name2}`, messages: [{ role: 'user', content: TEXT }] });
const gem = json({ systemInstruction: { parts: [{ text: `CRM for ${PII.name2}` }] }, contents: [{ role: 'user', parts: [{ text: TEXT }] }] });
const routeLead = [{ type: 'function', function: { name: 'route_lead', parameters: { type: 'object', properties: {} } } }];

function calls(): Call[] {
  const list: Call[] = [];
  for (const stream of [false, true]) {
    list.push({ name: `openai chat stream=${stream}`, path: '/openai/v1/chat/completions', headers: oa, body: chat('gpt-4o-mini', stream, stream ? { stream_options: { include_usage: true } } : {}) });
    list.push({ name: `openai chat tools stream=${stream}`, path: '/openai/v1/chat/completions', headers: oa, body: chat('gpt-4o-mini', stream, { tools: routeLead }) });
    list.push({ name: `openai responses stream=${stream}`, path: '/openai/v1/responses', headers: oa, body: json({ model: 'gpt-4.1', stream, input: TEXT, instructions: `for ${PII.name2}`, user: PII.email }) });
    list.push({ name: `openai echo-error stream=${stream}`, path: '/openai/v1/chat/completions', headers: oa, body: chat('echo-error', stream) });
    list.push({ name: `openai 429 stream=${stream}`, path: '/openai/v1/chat/completions', headers: oa, body: chat('mock-error-429', stream) });
    list.push({ name: `anthropic messages stream=${stream}`, path: '/anthropic/v1/messages', headers: an, body: claude('claude-sonnet-4-5', stream) });
    list.push({ name: `anthropic echo-error stream=${stream}`, path: '/anthropic/v1/messages', headers: an, body: claude('echo-error', stream) });
    list.push({ name: `anthropic 500 stream=${stream}`, path: '/anthropic/v1/messages', headers: an, body: claude('mock-error-500', stream) });
    list.push({ name: `gemini generate stream=${stream}`, path: `/gemini/v1beta/models/gemini-2.5-flash:${stream ? 'streamGenerateContent?alt=sse' : 'generateContent'}`, headers: ge, body: gem });
    list.push({ name: `gemini echo-error stream=${stream}`, path: `/gemini/v1beta/models/echo-error:${stream ? 'streamGenerateContent?alt=sse' : 'generateContent'}`, headers: ge, body: gem });
    list.push({ name: `azure chat stream=${stream}`, path: '/azure/openai/deployments/gpt-4o-mini/chat/completions?api-version=2024-10-21', headers: az, body: chat('gpt-4o-mini', stream) });
    list.push({ name: `compat chat stream=${stream}`, path: '/compat/openrouter/v1/chat/completions', headers: cp, body: chat('openai/gpt-4o-mini', stream) });
  }
  for (const model of ['mock-reset-mid', 'mock-malformed', 'mock-truncated', 'mock-reset']) {
    list.push({ name: `openai stream fault ${model}`, path: '/openai/v1/chat/completions', headers: oa, body: chat(model, true) });
    list.push({ name: `anthropic stream fault ${model}`, path: '/anthropic/v1/messages', headers: an, body: claude(model, true) });
    list.push({ name: `gemini stream fault ${model}`, path: `/gemini/v1beta/models/${model}:streamGenerateContent?alt=sse`, headers: ge, body: gem });
  }
  list.push(
    { name: 'openai embeddings', path: '/openai/v1/embeddings', headers: oa, body: json({ model: 'text-embedding-3-small', input: [TEXT, PII.email], user: PII.email }) },
    { name: 'openai models with PII query', method: 'GET', path: `/openai/v1/models?user=${encodeURIComponent(PII.email)}`, headers: oa },
    { name: 'anthropic count_tokens', path: '/anthropic/v1/messages/count_tokens', headers: an, body: claude('claude-sonnet-4-5', false) },
    { name: 'gemini countTokens', path: '/gemini/v1beta/models/gemini-2.5-flash:countTokens', headers: ge, body: gem },
    { name: 'gemini embedContent ?key=', path: `/gemini/v1beta/models/text-embedding-004:embedContent?key=${SECRETS.geminiKey}`, headers: { ...ge, 'x-goog-api-key': '' }, body: json({ content: { parts: [{ text: TEXT }] } }) },
    // Failing input: malformed JSON, wrong media type, unknown routes and models carrying values, images.
    { name: 'malformed JSON', path: '/openai/v1/chat/completions', headers: oa, body: `{"model":"gpt-4o-mini","messages":[{"role":"user","content":"${TEXT}` },
    { name: 'wrong content-type', path: '/anthropic/v1/messages', headers: { ...an, 'content-type': 'text/plain' }, body: TEXT },
    { name: 'not an object', path: '/gemini/v1beta/models/gemini-2.5-flash:generateContent', headers: ge, body: json([TEXT]) },
    { name: 'unknown route with values in the path', path: `/openai/v1/users/${encodeURIComponent(PII.email)}/${encodeURIComponent(PII.phoneIn)}`, headers: oa, body: chat('gpt-4o-mini', false) },
    { name: 'unknown top-level path', path: `/nope/${encodeURIComponent(PII.email)}`, headers: oa, body: TEXT },
    { name: 'model name carrying an e-mail', path: '/openai/v1/chat/completions', headers: oa, body: chat(PII.email, false) },
    { name: 'model name carrying a URL and a phone', path: '/openai/v1/chat/completions', headers: oa, body: chat(`https://evil.example/${PII.phoneIn}`, false) },
    { name: 'azure without api-version', path: '/azure/openai/deployments/gpt-4o-mini/chat/completions', headers: az, body: chat('gpt-4o-mini', false) },
    { name: 'image part refused', path: '/openai/v1/chat/completions', headers: oa, body: json({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: [{ type: 'text', text: TEXT }, { type: 'image_url', image_url: { url: `https://img.example/${PII.email}.png` } }] }] }) },
    { name: 'oversized body', path: '/openai/v1/chat/completions', headers: oa, body: chat('gpt-4o-mini', false, { pad: `${TEXT} `.repeat(8000) }) },
  );
  return list;
}

let mock: MockProvider;
let pledge: ChildPledge;
let dir: string;
const dbFile = () => path.join(dir, 'pledge.db');
const snapshots: { label: string; bytes: Buffer }[] = [];
const responses: { name: string; status: number; text: string }[] = [];

function snapshotFiles(label: string): void {
  for (const f of readdirSync(dir)) snapshots.push({ label: `${label}:${f}`, bytes: readFileSync(path.join(dir, f)) });
}

beforeAll(async () => {
  mock = await startMockProvider({
    handlers: [
      echoErrors('/echo', openaiRoutes('/v1'), openaiErrorBody),
      echoErrors('/echo-anthropic', anthropicRoutes(), anthropicErrorBody),
      echoErrors('/echo-gemini', geminiRoutes(), geminiErrorBody),
      ...allMockHandlers(),
    ],
  });
  dir = mkdtempSync(path.join(tmpdir(), 'pledge-canary-'));
  const policyFile = path.join(mkdtempSync(path.join(tmpdir(), 'pledge-canary-policy-')), 'canary.yaml');
  const base = readFileSync(path.join(import.meta.dirname, '..', 'policies', 'default.yaml'), 'utf8')
    .replace('name: default', 'name: canary')
    .replace('providers:\n', "providers:\n  azure:\n    models: ['*']\n    endpoints: ['*']\n  compat:openrouter:\n    models: ['*']\n    endpoints: ['*']\n");
  writeFileSync(policyFile, base);
  pledge = await startChildPledge({
    PLEDGE_DB: dbFile(),
    PLEDGE_SECRET: 'canary-secret-0123456789abcdef',
    PLEDGE_LOG_LEVEL: 'debug',
    PLEDGE_POLICY: policyFile,
    PLEDGE_OPENAI_UPSTREAM: `${mock.url}/echo/v1`,
    PLEDGE_ANTHROPIC_UPSTREAM: `${mock.url}/echo-anthropic`,
    PLEDGE_GEMINI_UPSTREAM: `${mock.url}/echo-gemini`,
    PLEDGE_AZURE_UPSTREAM: mock.url,
    PLEDGE_COMPAT_UPSTREAMS: JSON.stringify([{ name: 'openrouter', baseUrl: `${mock.url}/openrouter/api/v1`, credentialRef: 'OPENROUTER_KEY', noTraining: 'openrouter' }]),
    OPENROUTER_KEY: 'or-test-key',
  });
  for (const c of calls()) {
    const res = await fetch(pledge.url + c.path, { method: c.method ?? 'POST', headers: c.headers, ...(c.body !== undefined && { body: c.body }) });
    responses.push({ name: c.name, status: res.status, text: await res.text().catch(() => '') });
  }
  // Give the audit writer a moment to flush, then read the files while the process holds them.
  await new Promise((r) => setTimeout(r, 500));
  snapshotFiles('running');
  expect(await pledge.stop('SIGTERM')).toBe(0);
  snapshotFiles('stopped');
}, 120_000);

afterAll(async () => {
  await pledge?.stop('SIGKILL');
  await mock?.close();
});

describe('leak canary', () => {
  it('the corpus went through every route and came back restored where it succeeded', () => {
    const ok = responses.filter((r) => r.status === 200);
    expect(ok.length).toBeGreaterThan(20);
    const byName = new Map(responses.map((r) => [r.name, r]));
    for (const name of ['openai chat stream=false', 'anthropic messages stream=false', 'gemini generate stream=false', 'azure chat stream=false', 'compat chat stream=false']) {
      expect(byName.get(name)?.status, name).toBe(200);
      expect(byName.get(name)?.text, name).toContain(PII.email);
    }
    // Upstream errors echoing the request are restored for the client (and only for the client).
    for (const name of ['openai echo-error stream=false', 'anthropic echo-error stream=false', 'gemini echo-error stream=false']) {
      expect(byName.get(name)?.status, name).toBe(400);
      expect(byName.get(name)?.text, name).toContain(PII.email);
    }
    expect(byName.get('malformed JSON')?.status).toBe(400);
    expect(byName.get('oversized body')?.status).toBe(413);
  });

  it('one audit event per proxied request reached the database', async () => {
    const { DatabaseSync } = await import('node:sqlite');
    const db = new DatabaseSync(dbFile(), { readOnly: true });
    try {
      const row = db.prepare("SELECT count(*) AS n FROM audit_events WHERE kind = 'request'").get() as { n: number } | undefined;
      // The unknown top-level path is not a provider route and is not audited.
      expect(row?.n).toBe(responses.length - 1);
    } finally {
      db.close();
    }
  });

  it('no personal value, key or raw IP appears in stdout, stderr, or any byte of the SQLite files', () => {
    const haystacks = [
      { label: 'stdout', bytes: pledge.stdout() },
      { label: 'stderr', bytes: pledge.stderr() },
      ...snapshots,
    ];
    expect(pledge.stdout().toString()).toContain('"msg":"request"');
    expect(snapshots.some((s) => s.label.endsWith('-wal'))).toBe(true);
    const found: string[] = [];
    for (const { label, bytes } of haystacks) {
      const latin = bytes.toString('latin1');
      const lower = latin.toLowerCase();
      for (const [what, value] of needles) {
        if (latin.includes(value) || lower.includes(value.toLowerCase())) found.push(`${what} in ${label}`);
        // JSON-escaped and URL-encoded forms too.
        const escaped = JSON.stringify(value).slice(1, -1);
        if (escaped !== value && latin.includes(escaped)) found.push(`${what} (json) in ${label}`);
        const encoded = encodeURIComponent(value);
        if (encoded !== value && latin.includes(encoded)) found.push(`${what} (url) in ${label}`);
      }
    }
    expect(found).toEqual([]);
    expect(existsSync(dbFile())).toBe(true);
  });
});
