import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import worker from '../../src/runtime/worker/index.ts';
import { expectRejection } from '../support/rejection.ts';

describe('cron trigger: retention purge', () => {
  it('runs the purge against the Durable Object with the default policy retention', async () => {
    const lines: string[] = [];
    const log = console.log;
    console.log = (line: string) => void lines.push(line);
    try {
      const ctx = createExecutionContext();
      await worker.scheduled(createScheduledController({ cron: '17 3 * * *' }), { ...env, PLEDGE_LOG_LEVEL: 'info' }, ctx);
      await waitOnExecutionContext(ctx);
    } finally {
      console.log = log;
    }
    const purge = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((o) => o.msg === 'retention_purge');
    expect(purge).toMatchObject({ level: 30, purged: expect.any(Number) });
    expect(purge?.time).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('a half-configured Worker fails the cron run, naming what is missing', async () => {
    const broken = { ...env, PLEDGE_SECRET: undefined } as unknown as Env;
    await expectRejection(worker.scheduled(createScheduledController(), broken, createExecutionContext()), /PLEDGE_SECRET/);
  });
});
