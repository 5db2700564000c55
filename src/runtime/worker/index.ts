/**
 * Pledge on Cloudflare Workers. The same core as Node (src/core), with bindings for secrets and a
 * Durable Object for storage. Guide: docs/DEPLOY-WORKERS.md.
 */
import { waitUntil } from 'cloudflare:workers';
import { bootWorker, type Boot } from './boot.ts';
import { misconfiguredResponse } from './misconfigured.ts';

export { PledgeStore } from './store/pledge-store.ts';

// One boot per isolate (bindings do not change within one). Configuration problems are kept too:
// a half-configured Worker answers every request with the same 503 and forwards nothing.
const boots = new WeakMap<object, Promise<Boot>>();
function boot(env: Env): Promise<Boot> {
  let b = boots.get(env);
  if (!b) {
    b = bootWorker(env, { waitUntil }).then((r) => {
      if (!r.ok) console.error(JSON.stringify({ level: 50, time: new Date().toISOString(), msg: 'misconfigured', problems: r.problems }));
      return r;
    });
    boots.set(env, b);
  }
  return b;
}

export default {
  async fetch(request, env, ctx) {
    const b = await boot(env);
    if (!b.ok) return misconfiguredResponse(request, b.problems);
    return b.pledge.app.fetch(request, env, ctx);
  },

  /** Cron trigger (wrangler.toml [triggers]): the retention purge, as on Node's timer. */
  async scheduled(_controller, env, ctx) {
    const b = await boot(env);
    if (!b.ok) throw new Error(b.problems.join('; '));
    const { store, policies, logger } = b.pledge;
    const purge = store.purgeOlderThan(policies.getDefault().policy.logging.retention_days).then(
      (r) => logger.info({ msg: 'retention_purge', ...r }),
      (err: unknown) => {
        logger.error({ msg: 'retention_purge_failed' });
        throw err;
      },
    );
    ctx.waitUntil(purge);
    await purge;
  },
} satisfies ExportedHandler<Env>;
