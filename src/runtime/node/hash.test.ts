import { expect, it } from 'vitest';
import { sha256Hex } from '../../core/audit/chain.ts';
import { sha256HexSync } from './hash.ts';
import { checkClientKey, createClientKey } from '../../core/tenancy/keys.ts';
import { createMemoryKeyStore } from '../../core/tenancy/memory-key-store.ts';

it('matches the Web Crypto hash the core uses, including non-ASCII text', async () => {
  for (const text of ['', 'abc', '["0",1,{"tenant":"Zürich ✓"}]']) expect(sha256HexSync(text)).toBe(await sha256Hex(text));
});

it('resolves client keys stored with the Web Crypto hash, with no thread-pool hop (the Node runtime passes it)', async () => {
  const store = createMemoryKeyStore();
  const { key, record } = await createClientKey(store, { tenant: 'acme', policy: 'default' });
  expect(await checkClientKey(store, key, sha256HexSync)).toMatchObject({ ok: true, key: { id: record.id, tenant: 'acme' } });
  // The hasher given is the one used: a different digest finds no key.
  expect(await checkClientKey(store, key, (raw) => sha256HexSync(`${raw}x`))).toEqual({ ok: false, reason: 'unknown_key' });
});
