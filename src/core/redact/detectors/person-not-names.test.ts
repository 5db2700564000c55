import { describe, expect, it } from 'vitest';
import { createDetector, DEFAULT_DETECTOR_OPTIONS } from '../engine.ts';

const detect = createDetector(DEFAULT_DETECTOR_OPTIONS);
const persons = (text: string): string[] => detect(text).filter((f) => f.type === 'PERSON').map((f) => text.slice(f.start, f.end));

/** Words that look like names to the rules but are not, in forms the fifteenth blind set showed. */
describe('PERSON: everyday words shaped like names', () => {
  it.each([
    // Abstract nouns no lexicon lists: an ending says what they are.
    ['Zoomcar driver verification: Chitrangada Bhadresha-Verma, DL 1234', ['Chitrangada Bhadresha-Verma']],
    ['Antrag Reiserücktrittsversicherung: Kalinda Nayar, IBAN pending', ['Kalinda Nayar']],
    ['spoke to the agent about cancellation: Ravi Kumar will call', ['Ravi Kumar']],
  ])('%j: %j', (text, names) => {
    expect(persons(text)).toEqual(names);
  });
});
