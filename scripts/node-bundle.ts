import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/**
 * Builds what `npm start` runs (scripts/build-node.mjs → dist/node/main.js) and returns its path,
 * so benchmarks measure the server as users run it, not through tsx.
 */
export function buildNodeBundle(): string {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-node.mjs')], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`scripts/build-node.mjs failed: ${r.stderr}`);
  return path.join(root, 'dist', 'node', 'main.js');
}
