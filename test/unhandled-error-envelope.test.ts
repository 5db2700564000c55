import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anthropicAdapter } from '../src/core/providers/anthropic/index.ts';
import { geminiAdapter } from '../src/core/providers/gemini/index.ts';
import { openaiAdapter } from '../src/core/providers/openai/index.ts';
import { startHarness, type Harness } from './support/harness.ts';

type Envelope = { type?: string; error: { type?: string; status?: string; code?: number | string } };

/**
 * A fault nobody anticipated (here: a route that throws) still answers in the provider's envelope.
 * These routes are the app's (as on Workers), so the Node front door is off here; the next suite
 * covers it.
 */
describe('unhandled errors', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      frontDoor: false,
      adapters: [openaiAdapter, anthropicAdapter, geminiAdapter],
      app: {
        extend: (app) => {
          for (const prefix of ['/openai/v1', '/anthropic', '/gemini', '/elsewhere']) {
            app.get(`${prefix}/boom`, () => {
              throw new Error('secret detail: priya.sharma@acmecorp.in');
            });
          }
        },
      },
    });
  });
  afterAll(async () => h.close());

  it.each([
    ['/openai/v1/boom', (b: Envelope) => b.error.type === 'server_error'],
    ['/anthropic/boom', (b: Envelope) => b.type === 'error' && b.error.type === 'api_error'],
    ['/gemini/boom', (b: Envelope) => b.error.status === 'INTERNAL' && b.error.code === 500],
    ['/elsewhere/boom', (b: Envelope) => b.error.code === 'pledge_internal'],
  ])('%s: 500 in that provider\'s envelope, with a request id and no detail', async (path, isEnvelope) => {
    const res = await fetch(`${h.pledge.url}${path}`);
    expect(res.status).toBe(500);
    expect(res.headers.get('x-pledge-request-id')).toBeTruthy();
    const text = await res.text();
    expect(isEnvelope(JSON.parse(text) as Envelope)).toBe(true);
    expect(text).not.toContain('priya');
    expect(text).not.toContain('secret detail');
  });
});

/** The Node front door: a fault outside the pipeline's own error handling (here: the clock). */
describe('unhandled errors through the Node front door', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      adapters: [openaiAdapter, anthropicAdapter, geminiAdapter],
      deps: {
        now: () => {
          throw new Error('secret detail: priya.sharma@acmecorp.in');
        },
      },
    });
  });
  afterAll(async () => h.close());

  it.each([
    ['/openai/v1/chat/completions', (b: Envelope) => b.error.type === 'server_error'],
    ['/anthropic/v1/messages', (b: Envelope) => b.type === 'error' && b.error.type === 'api_error'],
    ['/gemini/v1beta/models/gemini-2.5-flash:generateContent', (b: Envelope) => b.error.status === 'INTERNAL' && b.error.code === 500],
  ])('%s: 500 in that provider\'s envelope, with a request id and no detail', async (path, isEnvelope) => {
    const res = await fetch(`${h.pledge.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"contents":[],"messages":[]}' });
    expect(res.status).toBe(500);
    expect(res.headers.get('x-pledge-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const text = await res.text();
    expect(isEnvelope(JSON.parse(text) as Envelope)).toBe(true);
    expect(text).not.toContain('priya');
    expect(text).not.toContain('secret detail');
    expect(JSON.stringify(h.logs)).not.toContain('priya');
  });
});
