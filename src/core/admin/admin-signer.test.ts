import { describe, expect, it } from 'vitest';
import { issueSession, readSession } from '../staff/session.ts';
import { adminSigner } from './options.ts';

describe('adminSigner', () => {
  const secret = 'deployment-secret-0123456789';
  const now = performance.timeOrigin + performance.now();

  it('issues sessions that read back, also with a fractional clock', async () => {
    const sign = adminSigner(secret, 'admin-token-0123456789abcdef');
    const { value } = await issueSession(sign, 'stf_bootstrap', now);
    expect(await readSession(sign, value, now + 1)).toBe('stf_bootstrap');
  });

  it('ends every session when PLEDGE_ADMIN_TOKEN or the secret rotates', async () => {
    const { value } = await issueSession(adminSigner(secret, 'admin-token-0123456789abcdef'), 'stf_bootstrap', now);
    expect(await readSession(adminSigner(secret, 'admin-token-rotated-0123456789'), value, now + 1)).toBeUndefined();
    expect(await readSession(adminSigner('another-secret-0123456789', 'admin-token-0123456789abcdef'), value, now + 1)).toBeUndefined();
  });
});
