import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../bin/pledge.mjs');
const pledge = (args: string[], input: string) =>
  spawnSync(process.execPath, [bin, 'redact', ...args], { input, encoding: 'utf8', timeout: 30_000 });

describe('pledge redact', () => {
  it('--jsonl writes redacted text and entities with offsets into the original text', () => {
    const lines = [
      { text: 'Hi Sneha, call +91 98450 12345 😀' },
      { text: 'mail a@b.co, card 4111 1111 1111 1111, order #4839201934' },
    ];
    const out = pledge(['--jsonl'], lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    expect(out.status).toBe(0);
    const rows = out.stdout.trim().split('\n').map((l) => JSON.parse(l) as { text: string; entities: { type: string; start: number; end: number }[] });
    expect(rows[0]).toEqual({
      text: 'Hi [PERSON_1], call [PHONE_NUMBER_1] 😀',
      entities: [{ type: 'PERSON', start: 3, end: 8 }, { type: 'PHONE_NUMBER', start: 15, end: 30 }],
    });
    expect(rows[1]!.text).toBe('mail [EMAIL_ADDRESS_1], card [CREDIT_CARD_1], order #4839201934');
    for (const [i, row] of rows.entries()) {
      for (const e of row.entities) expect(lines[i]!.text.slice(e.start, e.end)).not.toMatch(/^\s|\s$/);
    }
  });

  it('reports bad lines on stderr by number, keeps going, and exits 1', () => {
    const out = pledge(['--jsonl'], '{"text":"a@b.co"}\nnot json {"text":"secret@x.io"}\n{"x":1}\n\n{"text":"Hi Ravi"}\n');
    expect(out.status).toBe(1);
    expect(out.stdout.trim().split('\n')).toHaveLength(2);
    expect(out.stderr).toContain('line 2: invalid JSON');
    expect(out.stderr).toContain('line 3: expected an object with a string "text" field');
    expect(out.stderr).not.toContain('secret'); // content never reaches an error message
  });

  it('--jsonl takes a line whose text holds a raw U+2028 or U+2029 (JSON.stringify leaves them so) as one record, and reads its own output', () => {
    const input = [{ text: 'mail ravi@gmail.com\u2028 thanks' }, { text: 'para\u2029graph, Hi Sneha' }, { text: 'x@y.co' }].map((l) => JSON.stringify(l)).join('\r\n') + '\n';
    const out = pledge(['--jsonl'], input);
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    const rows = out.stdout.trim().split('\n');
    expect(rows).toHaveLength(3);
    expect((JSON.parse(rows[0]!) as { text: string }).text).toBe('mail [EMAIL_ADDRESS_1]\u2028 thanks');
    expect(out.stdout).not.toMatch(/[\u2028\u2029]/);
    const again = pledge(['--jsonl'], out.stdout);
    expect(again.status).toBe(0);
    expect(again.stdout.trim().split('\n')).toHaveLength(3);
  });

  it('redacts plain text from stdin', () => {
    const out = pledge([], 'Dear Mr. Sharma, your Aadhaar 2345 6789 0124 is linked.\n');
    expect(out.status).toBe(0);
    expect(out.stdout).toBe('Dear Mr. [PERSON_1], your Aadhaar [IN_AADHAAR_1] is linked.\n');
  });

  it('rejects unknown entities with a usage error', () => {
    const out = pledge(['--entities', 'EMAIL'], '');
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('unknown entity EMAIL');
  });
});
