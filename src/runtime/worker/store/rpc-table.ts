import type { AuditStore, SubjectKeyStore } from '../../../core/audit/store.ts';
import type { ReviewStore } from '../../../core/review/store.ts';
import type { SignOutStore } from '../../../core/staff/sign-outs.ts';
import type { StaffStore } from '../../../core/staff/types.ts';
import type { KeyStore } from '../../../core/tenancy/keys.ts';

/** The stores the PledgeStore Durable Object holds; isolates reach them over one RPC method. */
export interface StoreSet {
  audit: Pick<AuditStore, 'append' | 'list' | 'head' | 'latestCheckpoint' | 'purgeOlderThan'> & Required<Pick<AuditStore, 'columnMismatches'>>;
  subjectKeys: SubjectKeyStore;
  keys: KeyStore;
  reviews: ReviewStore;
  staff: StaffStore;
  signOuts: SignOutStore;
}

export type StoreName = keyof StoreSet;

/** Every method callable over RPC, by store: the client builds its objects from this, the object checks calls against it. */
export const RPC_METHODS = {
  audit: ['append', 'list', 'head', 'latestCheckpoint', 'purgeOlderThan', 'columnMismatches'],
  subjectKeys: ['get', 'getOrCreate', 'delete'],
  keys: ['findByHash', 'insert', 'list', 'revoke', 'countKeys'],
  reviews: ['create', 'get', 'list', 'decide', 'count'],
  staff: ['findByHash', 'get', 'insert', 'list', 'revoke'],
  signOuts: ['add', 'has'],
} as const satisfies { [K in StoreName]: readonly (keyof StoreSet[K])[] };

export const isRpcMethod = (store: string, method: string): store is StoreName =>
  Object.hasOwn(RPC_METHODS, store) && (RPC_METHODS[store as StoreName] as readonly string[]).includes(method);
