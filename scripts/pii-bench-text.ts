import { generateCorpus } from '../test/pii-corpus/generate.ts';

const corpus = generateCorpus(40).map((r) => r.text);

/** At least `bytes` of mixed CRM text from the labelled corpus (fixed seed), one message a line. */
export function mixedCrmText(bytes: number): string {
  let s = '';
  for (let i = 0; Buffer.byteLength(s) < bytes; i++) s += corpus[i % corpus.length] + '\n';
  return s;
}
