import { createMemoryAuditStore } from './memory-store.ts';
import { auditStoreContract } from './store.contract.ts';

auditStoreContract('memory', async () => {
  const store = createMemoryAuditStore();
  return {
    store,
    rewrite: async (fn) => {
      store.state.records = fn(store.state.records);
    },
  };
});
