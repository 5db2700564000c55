#!/usr/bin/env node
// `npm start` runs this first: bundles the Node runtime into dist/node/ (main.js and the audit
// thread's audit-append-worker.js) with esbuild, so the server starts without compiling TypeScript
// (tsx) and runs plain JavaScript. Dependencies stay in node_modules (not bundled). ~0.3 s.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * `entries` replaces the server's own entry (bench:pipeline bundles its driver this way); the audit
 * thread's bundle is always built beside it, where the runtime looks for it.
 */
export async function buildNode(outdir = path.join(root, 'dist', 'node'), entries = { main: 'src/runtime/node/main.ts' }) {
  await build({
    absWorkingDir: root,
    entryPoints: {
      ...entries,
      'audit-append-worker': 'src/runtime/node/sqlite/audit-append-worker.ts',
    },
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    packages: 'external',
    jsx: 'automatic',
    jsxImportSource: 'hono/jsx',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  return outdir;
}

// `node scripts/build-node.mjs [OUTDIR]` (tests build into their own folder under dist/).
if (process.argv[1] === fileURLToPath(import.meta.url)) await buildNode(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
