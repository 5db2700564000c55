import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createNodeLogger } from './logger.ts';

const settle = () => new Promise((r) => setImmediate(r));

/** What pino wrote for the same call (the runtime's logger before), time aside. */
function pinoLine(level: 'info' | 'warn' | 'error', obj: object, msg?: string): unknown {
  let out = '';
  const p = pino({ level: 'info', base: null, timestamp: pino.stdTimeFunctions.isoTime }, { write: (s: string) => void (out += s) });
  if (msg === undefined) p[level](obj);
  else p[level](obj, msg);
  return JSON.parse(out);
}

describe('createNodeLogger', () => {
  it('writes the lines pino wrote, batched into one write per event-loop turn', async () => {
    const chunks: string[] = [];
    const log = createNodeLogger('info', (c) => chunks.push(c));
    const request = {
      msg: 'request', route: 'openai', request_id: 'r1', tenant: 't', provider: 'openai', endpoint: 'chat.completions', stream: false, status: 200,
      outcome: 'ok', latency_ms: 1.25, redactions: { PERSON: 2 }, no_training: ['store_false'], model: undefined, tokens: { input: 1, output: 2 },
    };
    log.info(request);
    log.warn({ msg: 'policy_warning', warning: 'quote " and \\ and \n newline and \u2028' });
    log.error({}, 'bare');
    log.info({ a: 1 }, 'with msg');
    expect(chunks).toEqual([]);
    await settle();
    expect(chunks).toHaveLength(1);
    const lines = chunks[0]!.split('\n');
    expect(lines.pop()).toBe('');
    const want = [pinoLine('info', request), pinoLine('warn', { msg: 'policy_warning', warning: 'quote " and \\ and \n newline and \u2028' }), pinoLine('error', {}, 'bare'), pinoLine('info', { a: 1 }, 'with msg')];
    const time = /^\{"level":\d+,"time":"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)"/;
    lines.forEach((line, i) => {
      expect(line).toMatch(time);
      const got = JSON.parse(line) as Record<string, unknown>;
      const expected = want[i] as Record<string, unknown>;
      expect(Object.keys(got)).toEqual(Object.keys(expected));
      expect({ ...got, time: 0 }).toEqual({ ...expected, time: 0 });
    });
  });

  it('drops lines below the level and never throws on a field JSON cannot carry', async () => {
    const chunks: string[] = [];
    const log = createNodeLogger('warn', (c) => chunks.push(c));
    log.info({ msg: 'hidden' });
    const circular: Record<string, unknown> = { msg: 'loop' };
    circular.self = circular;
    expect(() => log.error(circular)).not.toThrow();
    await settle();
    expect(chunks.join('')).not.toContain('hidden');
    expect(JSON.parse(chunks.join(''))).toMatchObject({ level: 50, log_error: 'unserialisable fields' });
    const silent: string[] = [];
    createNodeLogger('silent', (c) => silent.push(c)).error({ msg: 'x' });
    await settle();
    expect(silent).toEqual([]);
  });

  it('writes pending lines when the process exits', () => {
    const script = `import { createNodeLogger } from ${JSON.stringify(path.resolve(import.meta.dirname, 'logger.ts'))};
      const log = createNodeLogger('info'); log.info({ msg: 'last words' }); process.exit(0);`;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(out)).toMatchObject({ level: 30, msg: 'last words' });
  });
});
