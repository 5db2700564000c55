/**
 * `pledge policy check [files…]`: validate policy files (default: policies/*.yaml). Prints one
 * line per file, then errors and warnings; exits 1 on any error, so CI can run it.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parsePolicy } from '../../core/policy/parse.ts';
import type { CliIo } from '../io.ts';

const USAGE = 'usage: pledge policy check [files…]   (default: policies/*.yaml)\n';

async function defaultFiles(cwd: string): Promise<string[]> {
  const dir = path.join(cwd, 'policies');
  const entries = await readdir(dir).catch(() => [] as string[]);
  return entries.filter((f) => /\.ya?ml$/i.test(f)).sort().map((f) => path.join('policies', f));
}

async function check(files: string[], io: CliIo): Promise<number> {
  const targets = files.length > 0 ? files : await defaultFiles(io.cwd);
  if (targets.length === 0) {
    io.stderr.write('pledge policy check: no policy files found under policies/\n');
    return 1;
  }
  let errors = 0;
  let warnings = 0;
  const names = new Map<string, string>();
  for (const file of targets) {
    const abs = path.resolve(io.cwd, file);
    const rel = path.relative(io.cwd, abs);
    const label = rel && !rel.startsWith('..') ? rel : file;
    let text: string;
    try {
      text = await readFile(abs, 'utf8');
    } catch (err) {
      errors++;
      io.stderr.write(`error: ${label}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})\n`);
      continue;
    }
    const r = await parsePolicy(text, label);
    if (!r.ok) {
      errors += r.errors.length;
      io.stdout.write(`FAIL ${label}\n`);
      for (const e of r.errors) io.stderr.write(`error: ${e}\n`);
      continue;
    }
    const { name } = r.value.policy;
    const clash = names.get(name);
    if (clash) {
      errors++;
      io.stderr.write(`error: ${label}: name: "${name}" is already used by ${clash}\n`);
    }
    names.set(name, label);
    warnings += r.warnings.length;
    io.stdout.write(`ok   ${label} (${name}, version ${r.value.versionHash})\n`);
    for (const w of r.warnings) io.stderr.write(`warning: ${w}\n`);
  }
  io.stdout.write(`${targets.length} file(s), ${errors} error(s), ${warnings} warning(s)\n`);
  return errors > 0 ? 1 : 0;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'check') return check(rest, io);
  io.stderr.write(USAGE);
  return sub === undefined || sub === '--help' ? 0 : 2;
}
