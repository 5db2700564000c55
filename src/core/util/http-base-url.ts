import { z } from 'zod';

/**
 * An http(s) base URL: a provider path is appended to it, so it has no query or fragment. The
 * schema of the PLEDGE_*_UPSTREAM variables, a policy's `upstream` and a compat upstream's `baseUrl`.
 */
export const httpBaseUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
  .refine((u) => !/[?#]/.test(u), { error: 'must have no query (?…) or fragment (#…): a path is appended to it' });
