import { expect, it } from 'vitest';
import { sha256Hex } from '../../core/audit/chain.ts';
import { sha256HexSync } from './hash.ts';

it('matches the Web Crypto hash the core uses, including non-ASCII text', async () => {
  for (const text of ['', 'abc', '["0",1,{"tenant":"Zürich ✓"}]']) expect(sha256HexSync(text)).toBe(await sha256Hex(text));
});
