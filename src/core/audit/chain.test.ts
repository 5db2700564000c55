import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, hashRecord, sealEvents, sealEventsWithText } from './chain.ts';
import { canonicalJson } from './canonical.ts';
import { sampleEvent } from './test-events.ts';

const events = [
  sampleEvent(1),
  sampleEvent(2, {
    user: 'u_9', terms: { zdr: true, no_training: false }, redactions: { PERSON: 3, EMAIL_ADDRESS: 1 },
    decisions: [{ rule: 'r', tool: 't', review_id: 'rv' }], no_training: ['store_false'], stream: true, upstream_latency_ms: 0.25,
  }),
];

describe('sealEvents', () => {
  it('links records with the hashes existing databases hold (pinned from the implementation before the fast paths)', async () => {
    const fromGenesis = await sealEvents(undefined, events);
    expect(fromGenesis.map((r) => r.hash)).toEqual([
      '1476f6c1aa8ab5b24fbb80d59f0d849017d3a27f44708b954cba3f5bcb0a5340',
      'a09c9f1c7a01f7ed176c481861916d4d69a460c8e6a13c3682987812fa00edd1',
    ]);
    expect(fromGenesis[0]!.prev_hash).toBe(GENESIS_HASH);
    const afterHead = await sealEvents({ seq: 41, hash: 'ab'.repeat(32) }, events);
    expect(afterHead.map((r) => [r.seq, r.hash])).toEqual([
      [42, '51875a806b4f2ab11c1c4024525f3f9c63a31df5a084eb420488cf3c10734f7a'],
      [43, '4b3b7ca82af3da95e22a901c3666d44d3ddc7c3bdc69d296a7b4d872a131701d'],
    ]);
  });

  it('gives each event its canonical text, and the hash verify recomputes from it', async () => {
    const { records, texts } = await sealEventsWithText(undefined, events);
    for (let i = 0; i < records.length; i++) {
      const r = records[i]!;
      expect(texts[i]).toBe(canonicalJson(events[i]));
      expect(await hashRecord(r.prev_hash, r.seq, JSON.parse(texts[i]!))).toBe(r.hash);
    }
  });
});
