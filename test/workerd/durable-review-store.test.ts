import { env } from 'cloudflare:workers';
import { reviewStoreContract } from '../../src/core/review/store.contract.ts';
import { remoteStore } from '../../src/runtime/worker/store/store-client.ts';

/** The shared ReviewStore contract against the Durable Object over RPC, one fresh object per subject. */
reviewStoreContract('Durable Object (PledgeStore, over RPC)', async () => {
  const id = env.PLEDGE_STORE.newUniqueId();
  return remoteStore(() => env.PLEDGE_STORE.get(id), 'reviews');
});
