import { createMemoryReviewStore } from './memory-store.ts';
import { reviewStoreContract } from './store.contract.ts';

reviewStoreContract('memory', async () => createMemoryReviewStore());
