import { expect } from 'vitest';

/**
 * `await expect(p).rejects.toThrow(expected)`, strictly: vitest 5.1's `rejects.toThrow` passes when
 * `p` rejects with `undefined`, whatever `expected` is. This fails unless `p` rejects with an Error,
 * then matches it as `toThrow` does (a message substring, a RegExp, or an Error class).
 */
export async function expectRejection(p: Promise<unknown>, expected?: string | RegExp | (new (...args: never[]) => Error)): Promise<Error> {
  let rejected = false;
  let error: unknown;
  try {
    await p;
  } catch (e) {
    rejected = true;
    error = e;
  }
  expect(rejected, 'expected the promise to reject').toBe(true);
  expect(error).toBeInstanceOf(Error);
  if (expected !== undefined) {
    expect(() => {
      throw error;
    }).toThrow(expected);
  }
  return error as Error;
}
