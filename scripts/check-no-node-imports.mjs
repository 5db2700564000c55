#!/usr/bin/env node
// Fails when runtime-agnostic code imports a Node built-in: src/core/** and src/generated/** must
// run unchanged in workerd (DESIGN.md "The core is runtime-agnostic"). Tests beside the code
// (*.test.ts) may use Node. Run by `npm test` (pretest) and `npm run check:worker`.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIRS = ['src/core', 'src/generated'];
const builtins = new Set(builtinModules.flatMap((m) => [m, m.split('/')[0]]));
// import … from 'x' | export … from 'x' | import 'x' | import('x') | require('x')
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (/\.(?:[mc]?[jt]sx?)$/.test(entry.name) && !/\.test\.[jt]sx?$/.test(entry.name)) yield full;
  }
}

export function findNodeImports(text) {
  const found = [];
  for (const m of text.matchAll(SPECIFIER)) {
    const spec = m[1];
    if (spec.startsWith('node:') || builtins.has(spec.split('/')[0])) {
      found.push({ spec, line: text.slice(0, m.index).split('\n').length });
    }
  }
  return found;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = [];
  let count = 0;
  for (const dir of DIRS) {
    for (const file of files(path.join(root, dir))) {
      count += 1;
      for (const { spec, line } of findNodeImports(readFileSync(file, 'utf8'))) problems.push(`${path.relative(root, file)}:${line}: imports '${spec}'`);
    }
  }
  if (problems.length > 0) {
    process.stderr.write(`Node built-ins imported by runtime-agnostic code (move it to src/runtime/node/):\n${problems.join('\n')}\n`);
    process.exit(1);
  }
  process.stdout.write(`check-no-node-imports: ${count} files in ${DIRS.join(', ')}, no Node built-ins\n`);
}
