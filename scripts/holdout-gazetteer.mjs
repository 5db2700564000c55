/**
 * `node --import ./scripts/holdout-gazetteer.mjs …` (npm run eval:pii): the PII engine loads the
 * eval's lexicon, test/pii-corpus/gazetteer-holdout.ts, in place of the shipped
 * src/core/redact/names/gazetteer.ts. The eval's lexicon lacks a quarter of the corpus locales'
 * names (scripts/build-name-gazetteer.ts), so the eval measures how the engine does on names it has
 * never seen; the shipped one has them all. PLEDGE_EVAL_GAZETTEER=shipped keeps the shipped lexicon.
 */
import { register } from 'node:module';

if (process.env.PLEDGE_EVAL_GAZETTEER !== 'shipped') {
  const shipped = new URL('../src/core/redact/names/gazetteer.ts', import.meta.url).href;
  const holdout = new URL('../test/pii-corpus/gazetteer-holdout.ts', import.meta.url).href;
  const hooks = `
    export async function resolve(specifier, context, next) {
      const r = await next(specifier, context);
      return r.url === ${JSON.stringify(shipped)} ? { ...r, url: ${JSON.stringify(holdout)} } : r;
    }`;
  register(`data:text/javascript,${encodeURIComponent(hooks)}`);
}
