import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../test/support/seeded-random.ts';
import { isIPv6 } from './ip.ts';

/** The split-based definition `isIPv6` is written against (its form before it was done by hand). */
function isIPv6BySplit(s: string): boolean {
  const zone = s.indexOf('%');
  let addr = zone === -1 ? s : s.slice(0, zone);
  const lastColon = addr.lastIndexOf(':');
  const tail = addr.slice(lastColon + 1);
  if (tail.includes('.')) {
    if (!/^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/.test(tail)) return false;
    addr = addr.slice(0, lastColon + 1) + '0:0';
  }
  const halves = addr.split('::');
  if (halves.length > 2) return false;
  const parts = (h: string): string[] => (h === '' ? [] : h.split(':'));
  const hex = (g: string): boolean => /^[0-9A-Fa-f]{1,4}$/.test(g);
  if (halves.length === 1) {
    const p = parts(addr);
    return p.length === 8 && p.every(hex);
  }
  const all = [...parts(halves[0]!), ...parts(halves[1]!)];
  return all.length > 0 && all.length < 8 && all.every(hex);
}

describe('isIPv6', () => {
  it('agrees with the split-based definition on generated addresses and near misses', () => {
    const rnd = seededRandom(7);
    const pieces = ['0', '1', 'a', 'F', 'ff', 'abc', 'dead', 'beef0', 'g', ':', ':', '::', ':::', '.', '1.2.3.4', '256.1.1.1', '01.2.3.4', '%', '%eth0', '\n', ' ', '2001', 'db8', 'fe80'];
    const differ: string[] = [];
    let valid = 0;
    for (let k = 0; k < 200_000; k++) {
      let t = '';
      for (let i = 1 + rnd(12); i > 0; i--) t += pieces[rnd(pieces.length)]!;
      const want = isIPv6BySplit(t);
      if (want) valid++;
      if (isIPv6(t) !== want) differ.push(t);
    }
    expect(differ.slice(0, 5)).toEqual([]);
    expect(valid).toBeGreaterThan(500);
    for (const a of ['::1', 'fe80::1%eth0', '2001:db8::ff00:42:8329', '1:2:3:4:5:6:7:8', '::ffff:192.0.2.1', '1::2::3', '1:2:3:4:5:6:7:8:9', ':::']) expect(isIPv6(a)).toBe(isIPv6BySplit(a));
  });
});
