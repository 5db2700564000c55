import type { JsonPath } from '../types.ts';
import { mentionsAny } from '../event-keys.ts';
import { geminiErrorEvent } from './errors.ts';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * Each SSE chunk is a whole GenerateContentResponse whose `candidates[i].content.parts[j].text`
 * continues candidate i's text (or its thoughts, for `thought: true` parts). One channel per
 * candidate and kind; function calls arrive whole and are restored in place.
 */
export function geminiChannelOf(event: unknown, path: JsonPath): string | null {
  if (path.length !== 6 || path[0] !== 'candidates' || path[2] !== 'content' || path[3] !== 'parts' || path[5] !== 'text') return null;
  const candidate = obj(arr(obj(event)?.candidates)[Number(path[1])]);
  const part = obj(arr(obj(candidate?.content)?.parts)[Number(path[4])]);
  const index = String(candidate?.index ?? path[1]);
  return part?.thought === true ? `c${index}.thought` : `c${index}.text`;
}

/**
 * Gemini streams have no terminator line. A chunk ends the stream properly when every candidate
 * in it has a finishReason, when the prompt was blocked, or when it is an error chunk. The
 * cheap substring test keeps the extra parse to the last chunk or two. (`rror"` rather than
 * `"error"`: a search is slow for a needle that starts with a character the text is full of,
 * such as JSON's quote: ~250 ns against ~50 per chunk; any text with `"error"` has `rror"`.)
 */
export function geminiIsTerminator(_event: string | undefined, data: string): boolean {
  if (!data.includes('Reason"') && !data.includes('rror"')) return false;
  let v: Obj | undefined;
  try {
    v = obj(JSON.parse(data));
  } catch {
    return false;
  }
  if (!v) return false;
  if (obj(v.error)) return true;
  if (typeof obj(v.promptFeedback)?.blockReason === 'string') return true;
  const candidates = arr(v.candidates);
  return candidates.length > 0 && candidates.every((c) => {
    const reason = obj(c)?.finishReason;
    return typeof reason === 'string' && reason !== 'FINISH_REASON_UNSPECIFIED';
  });
}

export const geminiStream = {
  channelOf: geminiChannelOf,
  isJsonChannel: () => false,
  isNeutral: () => false,
  isTerminator: geminiIsTerminator,
  errorEvent: geminiErrorEvent,
  /**
   * Whole `functionCall` parts. `usageMetadata` rides in every chunk of a real stream (counts so
   * far): it is state only where its numbers changed (`numbersMayCarryState`), so that the chunks
   * between can pass unparsed; a chunk that first carries it has another shape and is parsed.
   */
  mayCarryState: (data: string) => mentionsAny(data, ['functionCall']),
  numbersMayCarryState: true,
  keepKeys: new Set(['index', 'role', 'thought', 'modelVersion', 'responseId']),
  /** @google/generative-ai's stream parser stalls on SSE comment lines. */
  reviewTagField: 'pledgeReview',
};
