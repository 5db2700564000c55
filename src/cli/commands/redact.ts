/**
 * `pledge redact [--jsonl] [--entities A,B] [--allow TERM]…`
 *
 * Plain mode reads all of stdin as one text and prints it redacted (placeholders like
 * `[PERSON_1]`). `--jsonl` reads one JSON object `{"text": "…"}` per line and writes one line
 * `{"text": redacted, "entities": [{"type","start","end"}]}` per record, offsets into the
 * ORIGINAL text (UTF-16 code units, as JavaScript strings count). Each record has its own vault.
 *
 * Bad lines: a line that is not JSON, or has no string "text", is reported on stderr with its
 * line number (never its content) and skipped; processing continues and the exit code is 1.
 * Blank lines are skipped silently. Exit codes: 0 ok, 1 some lines were bad, 2 usage error.
 */
import type { CliIo } from '../io.ts';
import { createDetector, DEFAULT_DETECTOR_OPTIONS } from '../../core/redact/engine.ts';
import type { DetectorOptions } from '../../core/redact/detector.ts';
import { ENTITY_TYPES } from '../../core/redact/entities.ts';
import { createVault } from '../../core/redact/vault.ts';
import { redactText } from '../../core/redact/redact-text.ts';

const USAGE = 'usage: pledge redact [--jsonl] [--entities TYPE,TYPE] [--allow TERM]…  (reads stdin)\n';
const pseudonymize = () => 'pseudonymize' as const;

function parseArgs(args: string[]): { jsonl: boolean; options: DetectorOptions } | string {
  let jsonl = false;
  let entities: string[] = [...ENTITY_TYPES];
  const allowTerms: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--jsonl') jsonl = true;
    else if (a === '--entities' && args[i + 1]) {
      entities = args[++i]!.split(',').map((s) => s.trim()).filter(Boolean);
      const unknown = entities.filter((e) => !(ENTITY_TYPES as readonly string[]).includes(e));
      if (unknown.length > 0) return `unknown entity ${unknown.join(', ')}; known: ${ENTITY_TYPES.join(', ')}`;
    } else if (a === '--allow' && args[i + 1]) allowTerms.push(args[++i]!);
    else if (a === '--help' || a === '-h') return '';
    else return `unknown argument ${a}`;
  }
  return { jsonl, options: { ...DEFAULT_DETECTOR_OPTIONS, entities, allowTerms } };
}

async function readAll(io: CliIo): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function textOf(line: string): string | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { error: 'invalid JSON' };
  }
  if (typeof value !== 'object' || value === null || typeof (value as { text?: unknown }).text !== 'string') {
    return { error: 'expected an object with a string "text" field' };
  }
  return (value as { text: string }).text;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr.write(parsed ? `pledge redact: ${parsed}\n${USAGE}` : USAGE);
    return parsed ? 2 : 0;
  }
  const detect = createDetector(parsed.options);
  if (!parsed.jsonl) {
    const text = await readAll(io);
    io.stdout.write(redactText(text, detect, createVault(), pseudonymize));
    return 0;
  }
  let lineNo = 0;
  let bad = 0;
  for await (const line of jsonLines(io.stdin)) {
    lineNo++;
    if (line.trim() === '') continue;
    const text = textOf(line);
    if (typeof text !== 'string') {
      bad++;
      io.stderr.write(`pledge redact: line ${lineNo}: ${text.error}; line skipped\n`);
      continue;
    }
    const findings = detect(text);
    const redacted = createVault().apply(text, findings, pseudonymize);
    const entities = findings.map((f) => ({ type: f.type, start: f.start, end: f.end }));
    // U+2028/U+2029 escaped, as JSON allows: some line readers split lines on them.
    io.stdout.write(`${JSON.stringify({ text: redacted, entities }).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}\n`);
  }
  return bad > 0 ? 1 : 0;
}

/**
 * The lines of a JSON Lines stream: split on LF only (a CR before it dropped). Node's readline
 * also ends a line at U+2028 and U+2029, which JSON text may hold raw (JSON.stringify writes them
 * so), and that cut valid records in two.
 */
async function* jsonLines(input: AsyncIterable<string | Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let pending = '';
  for await (const chunk of input) {
    pending += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let nl = pending.indexOf('\n');
    while (nl !== -1) {
      yield pending.slice(0, nl).replace(/\r$/, '');
      pending = pending.slice(nl + 1);
      nl = pending.indexOf('\n');
    }
  }
  pending += decoder.decode();
  if (pending !== '') yield pending.replace(/\r$/, '');
}
