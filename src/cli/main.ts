/**
 * `pledge <command> [subcommand] [args]`. Each command is one file under ./commands that
 * exports `run(args, io)` and returns an exit code. Add a command by adding a row below.
 */
import type { CliIo } from './io.ts';
import { nodeIo } from './io.ts';

type Command = { summary: string; load: () => Promise<{ run: (args: string[], io: CliIo) => Promise<number> }> };

const commands: Record<string, Command> = {
  redact: { summary: 'redact text from stdin (--jsonl for JSON lines)', load: () => import('./commands/redact.ts') },
  policy: { summary: 'policy check [files…]', load: () => import('./commands/policy.ts') },
  audit: { summary: 'audit verify | export --from --to --format jsonl|csv', load: () => import('./commands/audit.ts') },
  keys: { summary: 'keys create --tenant T --policy P | list | revoke ID', load: () => import('./commands/keys.ts') },
  subject: { summary: 'subject find ID | erase ID', load: () => import('./commands/subject.ts') },
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    const lines = Object.entries(commands).map(([n, c]) => `  pledge ${n.padEnd(8)} ${c.summary}`);
    process.stderr.write(`usage:\n${lines.join('\n')}\n`);
    return name ? 2 : 0;
  }
  const mod = await command.load();
  return mod.run(rest, nodeIo());
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`pledge: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
