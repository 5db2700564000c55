import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.ts';

describe('parseConfig', () => {
  it('treats a blank value as unset, so the default applies', () => {
    expect(parseConfig({ PORT: ' ', PLEDGE_POLICY: '  ' })).toMatchObject({ PORT: 8787, PLEDGE_POLICY: 'default' });
  });

  it('takes PORT as decimal digits only, 0-65535', () => {
    expect(parseConfig({ PORT: '8080' }).PORT).toBe(8080);
    expect(parseConfig({ PORT: '0' }).PORT).toBe(0);
    for (const PORT of ['0x1F90', '70000', '80.5', '-1', '8080 ']) expect(() => parseConfig({ PORT })).toThrow(ConfigError);
  });

  it('refuses an upstream URL with a query or fragment (the provider path is appended to it)', () => {
    expect(() => parseConfig({ PLEDGE_OPENAI_UPSTREAM: 'https://gw.example/v1?tenant=a' })).toThrow(/PLEDGE_OPENAI_UPSTREAM: must have no query/);
    expect(() => parseConfig({ PLEDGE_ANTHROPIC_UPSTREAM: 'https://gw.example#x' })).toThrow(/PLEDGE_ANTHROPIC_UPSTREAM/);
    expect(parseConfig({ PLEDGE_OPENAI_UPSTREAM: 'https://gw.example/v1' }).PLEDGE_OPENAI_UPSTREAM).toBe('https://gw.example/v1');
  });
});
