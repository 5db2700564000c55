/**
 * `npm start`: the proxy on HOST:PORT (default 127.0.0.1:8787) with the default policy and
 * SQLite at PLEDGE_DB. SIGTERM/SIGINT drain the audit queue before exit; SIGHUP reloads policies.
 */
import { startNodePledge } from './start.ts';

try {
  const pledge = await startNodePledge({ watchPolicies: true });
  pledge.deps.logger.info({ msg: 'listening', url: pledge.url, policy: pledge.config.PLEDGE_POLICY, db: pledge.config.PLEDGE_DB });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    pledge.deps.logger.info({ msg: 'shutdown', signal });
    // In-flight requests (streams too) get 10 s to finish; then the audit queue drains.
    pledge.close({ graceMs: 10_000 }).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
} catch (err) {
  process.stderr.write(`pledge: cannot start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
