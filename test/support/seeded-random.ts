/**
 * A small deterministic generator for generated-input tests: `rnd(n)` is an integer in [0, n).
 * The same seed gives the same sequence on every run, so a failure names inputs that reproduce.
 */
export function seededRandom(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s % n;
  };
}
