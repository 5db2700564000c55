import { describe, expect, it } from 'vitest';
import { BRAND_PHRASES, brandTable } from './brand-list.ts';
import { BRAND_NAMES, BRAND_SHAPES, BRAND_WORDS } from './brands-table.ts';
import { dropBrands } from './brands.ts';
import type { Finding } from '../entities.ts';

describe('brands named after people', () => {
  it('ships lookup tables generated from the hand-written list (run `npm run build:names` after editing it)', () => {
    const t = brandTable(BRAND_PHRASES);
    expect({ names: BRAND_NAMES, words: BRAND_WORDS, shapes: BRAND_SHAPES }).toEqual(t);
  });

  const person = (text: string, word: string): Finding => ({ type: 'PERSON', start: text.indexOf(word), end: text.indexOf(word) + word.length });

  it.each([
    ['(Louis Vuitton, Paris 8e)', 'Louis'],
    ['the LOUIS PHILIPPE blazer', 'LOUIS PHILIPPE'],
    ["call the lady from Dr. Reddy's?", 'Reddy'],
    ['Rollout bei Hugo Boss Metzingen', 'Hugo'],
    ['kal Durga Puja hai', 'Durga Puja'],
    // From the ninety-ninth and hundredth sets' first runs: fabrics, garments and machines named after people.
    ['woh Raymond ka suit jo diya tha', 'Raymond'],
    ['Nehru jacket in Vitale Barberis Canonico wool', 'Nehru'],
    ['Nehru jacket in Vitale Barberis Canonico wool', 'Vitale Barberis'],
    ['Georgette wala ready hai', 'Georgette'],
    ['do you do Peter Pan collars on kids dresses?', 'collars'],
    ['Device DESKTOP-X (Dell Latitude 5440, service tag', 'Dell'],
    ['Loaner (MacBook Air M2)', 'MacBook'],
    // The ninety-seventh set's: a car model, a course, a Polish county office.
    ['LMV 21-day on Swift Dzire MH12 KT 4471', 'Swift'],
    ['withdrew from Teen Driver Ed (summer session)', 'Ed'],
    ['Nr sprawy PKK: 0096816392 (Starostwo Powiatowe)', 'Starostwo Powiatowe'],
    // The 108th's: novels and characters named as people are (not those a real person may be called: "Percy Jackson").
    ['Hold placed: Anna Karenina (Penguin Classics), member 4471', 'Anna Karenina'],
    ['book club reads Jane Eyre this month', 'Jane Eyre'],
  ])('%j: %j is a brand\'s or a festival\'s', (text, word) => {
    expect(dropBrands(text, [person(text, word)])).toEqual([]);
  });

  it.each([
    ['Louis called about the order', 'Louis'],
    ['Hugo Bossard signed', 'Hugo Bossard'],
    ['Durga Sharma', 'Durga Sharma'],
    ['Raymond called about the trousers', 'Raymond'],
    ['Rekha Dell, 98450 12345', 'Rekha Dell'],
    ['Percy Jackson called about his card', 'Percy Jackson'],
  ])('%j: %j stays a person', (text, word) => {
    expect(dropBrands(text, [person(text, word)])).toEqual([person(text, word)]);
  });
});
