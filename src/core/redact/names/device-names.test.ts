import { describe, expect, it } from 'vitest';
import { createDetector, DEFAULT_DETECTOR_OPTIONS } from '../engine.ts';
import { deviceOwnerStart } from './device-names.ts';

const detect = createDetector(DEFAULT_DETECTOR_OPTIONS);
const persons = (text: string): string[] => detect(text).filter((f) => f.type === 'PERSON').map((f) => text.slice(f.start, f.end));

describe('hostnames named after their user', () => {
  it.each([
    // From the hundredth set's first run: the name alone is the person, known to the lexicon or not.
    ['Issue: LAPTOP-Pedro stuck on BitLocker recovery', ['Pedro']],
    ['Account locked 5 times. Device DESKTOP-Zorawarjit needs a reset', ['Zorawarjit']],
    ['hostname,assigned_to\nPC-Anil,Vasanti Kaul', ['Anil', 'Vasanti Kaul']],
    ['Reimage LAPTOP-PRIYA before Monday', ['PRIYA']],
    ['Asset DESKTOP-Hernán returned', ['Hernán']],
  ])('%j: %j', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it.each([
    ['Spare pool: PC-Reception, LAPTOP-SPARE, DESKTOP-7GH2K9L and PC-HR'],
    ['T-Mobile and HR-OPS queues'],
  ])('%j has no person', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it('reads a device word in capitals then a hyphen, and refuses other words on their first characters', () => {
    const text = 'LAPTOP-Priya Ravi-Kumar MacBook-Pro THINKPAD-Reception';
    expect(deviceOwnerStart(text, 0, 12)).toBe(7);
    expect(deviceOwnerStart(text, 13, 23)).toBe(-1);
    expect(deviceOwnerStart(text, 24, 35)).toBe(-1);
    expect(deviceOwnerStart(text, 36, 54)).toBe(-1);
  });
});
