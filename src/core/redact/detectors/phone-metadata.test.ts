import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { PHONE_METADATA_JSON } from './phone-metadata.ts';

const require = createRequire(import.meta.url);

describe('phone metadata subset', () => {
  it('matches the installed libphonenumber-js (run npm run build:phone-metadata after an upgrade)', () => {
    const full = require('libphonenumber-js/metadata.min.json') as { version: number; countries: Record<string, unknown> };
    const subset = JSON.parse(PHONE_METADATA_JSON) as { version: number; countries: Record<string, unknown> };
    expect(subset.version).toBe(full.version);
    for (const country of ['IN', 'US', 'GB', 'PL', 'ES', 'DE']) expect(subset.countries[country]).toEqual(full.countries[country]);
  });
});
