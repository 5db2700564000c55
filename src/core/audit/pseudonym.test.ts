import { describe, expect, it } from 'vitest';
import { createMemoryAuditStore } from './memory-store.ts';
import { createPseudonymizer } from './pseudonym.ts';
import { eraseSubject, findSubjectEvents } from './subject.ts';
import { sampleEvent } from './test-events.ts';
import { verifyChain } from './verify.ts';

const SECRET = 'test-secret-0123456789abcdef';

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('createPseudonymizer', () => {
  it('is stable per identifier, differs per secret, and never contains the identifier', async () => {
    const a = createPseudonymizer(SECRET);
    const p = await a.pseudonymize('alice@example.com');
    expect(p).toMatch(/^p_[0-9a-f]{32}$/);
    expect(await a.pseudonymize('alice@example.com')).toBe(p);
    expect(await createPseudonymizer(SECRET).pseudonymize('alice@example.com')).toBe(p);
    expect(await createPseudonymizer(`${SECRET}x`).pseudonymize('alice@example.com')).not.toBe(p);
    expect(await a.pseudonymize('bob@example.com')).not.toBe(p);
  });

  it('with subject keys, concurrent first uses agree on one pseudonym', async () => {
    const store = createMemoryAuditStore();
    const results = await Promise.all(Array.from({ length: 5 }, () => createPseudonymizer(SECRET, { subjectKeys: store.subjectKeys }).pseudonymize('u-42')));
    expect(new Set(results).size).toBe(1);
    expect(store.state.subjectKeys.size).toBe(1);
    expect([...store.state.subjectKeys.keys()][0]).not.toContain('u-42');
  });

  it('after forget, the old pseudonym cannot be derived and a new one is issued', async () => {
    const store = createMemoryAuditStore();
    const ps = createPseudonymizer(SECRET, { subjectKeys: store.subjectKeys });
    const before = await ps.pseudonymize('u-42');
    expect(await ps.forget('u-42')).toBe(true);
    expect(await ps.lookup('u-42')).toBeUndefined();
    const after = await ps.pseudonymize('u-42');
    expect(after).not.toBe(before);
  });

  it('finds subjects filed under a previous secret after rotation and re-files them', async () => {
    const store = createMemoryAuditStore();
    const old = await createPseudonymizer(SECRET, { subjectKeys: store.subjectKeys }).pseudonymize('u-7');
    const rotated = createPseudonymizer('new-secret-abcdefghijklmnop', { subjectKeys: store.subjectKeys, previousSecrets: [SECRET] });
    expect(await rotated.lookup('u-7')).toBe(old);
    expect(await rotated.pseudonymize('u-7')).toBe(old);
    const withoutOld = createPseudonymizer('new-secret-abcdefghijklmnop', { subjectKeys: store.subjectKeys });
    expect(await withoutOld.lookup('u-7')).toBe(old);
  });

  it('refuses a short secret', () => {
    expect(() => createPseudonymizer('short')).toThrow(/16 characters/);
  });
});

describe('data-subject requests', () => {
  it('finds a subject’s events, erases the link, and the chain still verifies', async () => {
    const store = createMemoryAuditStore();
    const ps = createPseudonymizer(SECRET, { subjectKeys: store.subjectKeys });
    const alice = await ps.pseudonymize('alice');
    const bob = await ps.pseudonymize('bob');
    await store.append([sampleEvent(1, { user: alice }), sampleEvent(2, { user: bob }), sampleEvent(3, { user: alice })]);
    expect((await collect(findSubjectEvents(store, ps, 'alice'))).map((r) => r.seq)).toEqual([1, 3]);

    expect(await eraseSubject(store, ps, 'alice')).toEqual({ erased: true, events: 2 });
    expect(await collect(findSubjectEvents(store, ps, 'alice'))).toEqual([]);
    const fresh = createPseudonymizer(SECRET, { subjectKeys: store.subjectKeys });
    expect(await collect(findSubjectEvents(store, fresh, 'alice'))).toEqual([]);
    expect((await collect(findSubjectEvents(store, fresh, 'bob'))).map((r) => r.seq)).toEqual([2]);
    const all = (await store.list()).records;
    expect(all.at(-1)?.event).toMatchObject({ kind: 'staff', action: 'subject.erase' });
    expect(all.at(-1)?.event.target).toBeUndefined();
    expect(await verifyChain(store.scan())).toMatchObject({ ok: true, count: 4 });
    expect(await eraseSubject(store, ps, 'alice')).toEqual({ erased: false, events: 0 });
  });
});
