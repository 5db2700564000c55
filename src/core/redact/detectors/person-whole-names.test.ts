import { describe, expect, it } from 'vitest';
import { createDetector } from '../engine.ts';

const detect = createDetector({ entities: ['PERSON'], custom: [], allowTerms: [] });
const names = (text: string): string[] => detect(text).map((f) => text.slice(f.start, f.end));

/**
 * A name found in part leaks the rest: each case below had one part of the name found and the
 * other sent on as it was ("Rocha Regalado, Sonia" came out as "Rocha Regalado, [PERSON_1]").
 * "zorvath" and "quenbar" are in no name list: they stand for names the lexicon lacks.
 */
describe('PERSON: the whole name, not a part of it', () => {
  it.each([
    // Surname first, as exports and bank forms write it, at a field's start.
    ['Contact (export): Rocha Regalado, Sonia | s.r@mail.example', ['Rocha Regalado, Sonia']],
    ['Titular de la cuenta: Saini, Akshata\nNIF: 24994257-L', ['Saini, Akshata']],
    ['Refund request CS4880373: Esparza Tijerina, Cristina was charged ₹1,63,171 twice', ['Esparza Tijerina, Cristina']],
    ['Titular de la cuenta: Campos Sevilla, Jorge Luis\nNIF: Z0980630F', ['Campos Sevilla, Jorge Luis']],
    // After a listed surname, an unlisted given name that ends the field.
    ['Titular de la cuenta: Trivedi, Quenbar\nNIF: Z9419282M', ['Trivedi, Quenbar']],
    ['Refund request #29649: PRAJAPAT Jagdeep was charged ₹1,34,501 twice', ['PRAJAPAT Jagdeep']],
    // Lowercase, before a phone number at a line's start: surnames listed or not, particles between.
    ['bhai ye 3 log aayenge site visit pe:\nsuma zorvath +44 7911 253265\ngautami 94490 55897', ['suma zorvath', 'gautami']],
    ['site visit pe:\nlucas cruz pulido 85401 85250\n', ['lucas cruz pulido']],
    // Lowercase, signing off after a dash: up to four words, particles aside.
    ['can u deliver before Diwali? - arturo farías nieves', ['arturo farías nieves']],
    ['can u deliver before Diwali? - marisol delagarza espinosa de los monteros', ['marisol delagarza espinosa de los monteros']],
    // Lowercase after a label, to the end of its line.
    ['Lead from a Facebook ad:\nName: zorvath quenbar\nPhone: +49 30 24260843', ['zorvath quenbar']],
    // In capitals, the particles are in capitals too.
    ['VENDOR ONBOARDING: MARÍA DE LOS ÁNGELES RAMÍREZ MORENO, GST 24COZPE9972K2ZW', ['MARÍA DE LOS ÁNGELES RAMÍREZ MORENO']],
  ])('%j → %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    // Items of a list of names stay apart.
    ['Attendees: Bhaasvan Nayar, Brahmabrata T. Verma, Vishwamitra (Head of Partnerships)', ['Bhaasvan Nayar', 'Brahmabrata T. Verma', 'Vishwamitra']],
    ['Attendees: Ravi Kumar, Priya, John and Sneha', ['Ravi Kumar', 'Priya', 'John', 'Sneha']],
    // A company, a town or a document before the comma is not a surname; nor a company after a name.
    ['Contact: Ravi Kumar, Infosys', ['Ravi Kumar']],
    ['Location: Madrid, Sonia will visit', ['Sonia']],
    ['Re: Invoice, Priya', ['Priya']],
    ['Vendor: Reliance Jio, Priya\n', ['Priya']],
    // A bank in capitals before a given name.
    ['Bank: HDFC Ravi\n', ['Ravi']],
    // Lowercase words after a name mid-sentence are not taken (no line end after them).
    ['Name: zorvath quenbar kal milega', ['zorvath']],
    ['site visit pe:\npassport 12199940\n', []],
  ])('%j keeps its other words: %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

/** Names the lexicon lacks ("Zorvath", "Quenbar"), found by where they stand. */
describe('PERSON: unlisted names placed by their context', () => {
  it.each([
    // A value in quotes after a label.
    ['Name: "Zorvath Quenbar"', ['Zorvath Quenbar']],
    ['Web form: first name "Zorvath", last name "Quenbar", plan "Gold"', ['Zorvath', 'Quenbar']],
    ['Name: “Zorvath Quenbar”', ['Zorvath Quenbar']],
    // Roles that only people hold.
    ['KYC docs (proprietor Zorvath Quenbar): GSTIN pending', ['Zorvath Quenbar']],
    ['Authorised signatory Zorvath Q., PAN pending', ['Zorvath Q.']],
    ['Approver: Zorvath Q. Quenbar', ['Zorvath Q. Quenbar']],
    ['Prospect Zorvath Q. opened the pricing email', ['Zorvath Q.']],
    ['referral from zorvath — his cousin wants a flat', ['zorvath']],
    // One initial after a name is the name's.
    ['Dhr. Amrita G. heeft gebeld over factuur 12', ['Amrita G.']],
    // Surnames in capitals, one of them listed, before an unlisted given name.
    ['Refund request CS1: VARMA Zorvath was charged twice', ['VARMA Zorvath']],
    ['Titular de la cuenta: ZARATE SERRATO Zorvath\nNIF: 81298743E', ['ZARATE SERRATO Zorvath']],
    // Items of a numbered list, each a name and a phone number.
    ['Leads to call today: 1) Zorvath Quenbar 702-583-6435 2) Sumitra', ['Zorvath Quenbar', 'Sumitra']],
  ])('%j → %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    // Quoted values that are no names; a plan in a list; a step; a status in capitals.
    ["it's the 'Premium' plan", []],
    ['Product name "Gold Plan"', []],
    ['name "Support Team"', []],
    ['Top sellers: 1) Gold Plan 702-583-6435 2) Silver', []],
    ['Steps: 1) Call 98450 12345 now', []],
    ['Status: URGENT Priya called', ['Priya']],
    ['Note: KYC PENDING Ravi', ['Ravi']],
    // Two initials after a cued name are not the name's.
    ['Hi Ravi,\nA. Fix the bug', ['Ravi']],
  ])('%j → %j', (text, expected) => {
    expect(names(text)).toEqual(expected as string[]);
  });
});

/** A team sheet's numbered line-up (the 80th blind set): every word of it is a name. */
describe('PERSON: a numbered line-up', () => {
  it('finds every player, those in no name list too, with the captain\'s mark and a hyphenated surname', () => {
    const text = 'Match day, KO 10:30.\nXI: 1 Verma, 2 Zorvath, 4 Panicker, 5 Quenbar (c), 7 Talwar, 9 Kaul-Gandhi. Subs TBC.';
    expect(names(text)).toEqual(['Verma', 'Zorvath', 'Panicker', 'Quenbar', 'Talwar', 'Kaul-Gandhi']);
  });

  it.each([
    ['Order: 2 Lipton, 3 Tetley, 4 Nescafe, 5 Bru.'],
    ['We have 3 Samsung, 4 Nokia, 5 Apple units in stock'],
    ['Rooms 1 Apple, 2 Orange, 3 Mango are ready'],
  ])('leaves a numbered list of things alone: %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

/** The ninety-fourth set's first run: names on gifts, in a record's quoted cell or a dedication's quotes. */
describe('PERSON: names a gift carries', () => {
  it.each([
    // A record's row is Title Case by its cells: a lone name in a quoted cell is still one.
    ['454539,Ranjeet Dubey,82545 20624,Wooden Photo Frame,A4,"Forever Andrea",₹ 2364270', ['Ranjeet Dubey', 'Andrea']],
    // A dedication in quotes is no title of a work.
    ['the mug says "Happy Birthday Mario" on it', ['Mario']],
    ['bitte die Widmung auf Seite 1 ändern: „Alles Gute Andrea“ und danke', ['Andrea']],
    ['the card should say "Love Always Mario" in gold please', ['Mario']],
  ])('%j: %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    // A title stays a title; a product's row names no one.
    ['CALL SHEET — "Waiting for Meera" (feature), Day 7 of 22', []],
    ['SLR010720,Meera Home Decor Pvt Ltd,GST', []],
  ])('%j: %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

/** The sixty-eighth set: a couple written with one surname; songs and apples named after people. */
describe('PERSON: couples, and what only sounds like them', () => {
  it.each([
    ['Seating chart – Zorvath & Shreya Tandon wedding, table 4', ['Zorvath', 'Shreya Tandon']],
    ['Quenbar and Priya Sharma are coming at 7', ['Quenbar', 'Priya Sharma']],
  ])('%j: %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['Ernst & Young audit, signed by Priya Sharma', ['Priya Sharma']],
    ['Thanks & Priya Sharma', ['Priya Sharma']],
    ['wants 2 FCL of Jonagold and Granny Smith, CIF Hamburg', []],
    ['DJ list: Kala Chashma, Sweet Caroline, Mr. Brightside', []],
  ])('%j: %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

/** The 105th set's first run: English "via" before an initialled name is no street's "Via". */
describe('PERSON: an initialled name after "via"', () => {
  it.each([
    ['Wants to name the hall after his father. Intro via A. Bharadwaj, Class of 1995.', ['A. Bharadwaj']],
    ['Via Garibaldi 21, Milano; shipping via Mumbai', []],
  ])('%j: %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
