import { describe, expect, it } from 'vitest';
import { createDetector, DEFAULT_DETECTOR_OPTIONS } from './engine.ts';
import { isNameKey } from './name-fields.ts';

const detect = createDetector(DEFAULT_DETECTOR_OPTIONS);
const persons = (text: string, field: string): string[] => detect(text, { field }).filter((f) => f.type === 'PERSON').map((f) => text.slice(f.start, f.end));

describe('values under person-name keys', () => {
  it.each(['customer_name', 'customerName', 'Customer-Name', 'first_name', 'lastName', 'full_name', 'nombre', 'nazwisko', 'vorname', 'surname',
    'attendees', 'participant', 'assigned_to', 'assignees', 'organiser', 'partner_name', 'technicianName', 'student_name', 'passenger_name'])('%s is a name key', (key) => {
    expect(isNameKey(key)).toBe(true);
  });
  it.each(['name', 'company_name', 'product_name', 'tool_name', 'username_id', 'city', 'names_count', 'customer', 'client', 'owner', 'user', 'host'])('%s is not', (key) => {
    expect(isNameKey(key)).toBe(false);
  });

  it.each([
    ['Zorblat Qwenth', 'lead_name', ['Zorblat Qwenth']],
    ['  zorblat  ', 'firstName', ['zorblat']],
    ["D'Zorblat", 'surname', ["D'Zorblat"]],
    ['R. K. Qwenth', 'full_name', ['R. K. Qwenth']],
    ['Ravi Zorblat', 'customer_name', ['Ravi Zorblat']], // the whole value, not only the listed "Ravi"
  ])('%j under %s is a PERSON', (text, field, expected) => {
    expect(persons(text, field)).toEqual(expected);
  });

  it.each([
    ['Zorblat Qwenth', 'name'],
    ['Zorblat Qwenth', 'city'],
    ['Unknown', 'customer_name'],
    ['Sales Team', 'contact_name'],
    ['N/A', 'first_name'],
    ['Zorblat 42', 'first_name'],
    ['one two three four five', 'full_name'],
    ['api.example.com', 'organizer'], // a host name, not a person
  ])('%j under %s is not', (text, field) => {
    expect(persons(text, field)).toEqual([]);
  });

  it('keeps the allow-list: an allowed term under a name key stays', () => {
    const allowing = createDetector({ ...DEFAULT_DETECTOR_OPTIONS, allowTerms: ['Zorblat Support'] });
    expect(allowing('Zorblat Support', { field: 'contact_name' })).toEqual([]);
  });

  it('does nothing when PERSON is off', () => {
    const emailsOnly = createDetector({ entities: ['EMAIL_ADDRESS'], custom: [], allowTerms: [] });
    expect(emailsOnly('Zorblat Qwenth', { field: 'customer_name' })).toEqual([]);
  });
});

describe('JSON written in the text', () => {
  const persons2 = (text: string): string[] => detect(text).filter((f) => f.type === 'PERSON').map((f) => text.slice(f.start, f.end));

  it('marks name-shaped values under person-name keys, and nothing else', () => {
    expect(persons2('{"customer_name": "Zorblat Qwenth", "city": "Pune", "name": "Acme Widget"}')).toEqual(['Zorblat Qwenth']);
    expect(persons2('[{"firstName":"Zorblat","lastName":"Qwenth","owner_name":"Unknown"}]')).toEqual(['Zorblat', 'Qwenth']);
    expect(persons2('tool result:\n{\n  "lead_name": "zorblat qwenth",\n  "score": 82\n}')).toEqual(['zorblat qwenth']);
  });

  it('reads JSON escaped inside a JSON string too', () => {
    const inner = JSON.stringify({ owner_name: 'Zorblat Qwenth', stage: 'Won' });
    const text = JSON.stringify({ result: inner }); // {"result":"{\"owner_name\":\"Zorblat Qwenth\",…}"}
    expect(persons2(text)).toEqual(['Zorblat Qwenth']);
    expect(persons2('{\\"company_name\\":\\"Zorblat Qwenth\\"}')).toEqual([]);
    expect(persons2('x\\":\\"y')).toEqual([]);
  });

  it.each([
    'he wrote "customer_name": and stopped',
    '{"customer_name": 42}',
    '{"customer_name": "Sales Team"}',
    '{"company_name": "Zorblat Qwenth"}',
    '{"customer_name": "' + 'Zorblat '.repeat(20) + '"}',
  ])('leaves %j', (text) => {
    expect(persons2(text)).toEqual([]);
  });

});

describe('"key: value" lines of exports and lead-ad dumps', () => {
  const inText = (text: string): string[] => detect(text).filter((f) => f.type === 'PERSON').map((f) => text.slice(f.start, f.end));

  it.each([
    ['New Facebook lead\nfull_name: zorblat qwenth-verma\nphone_number: 64746 94210', ['zorblat qwenth-verma']],
    ['first_name: Zorblat\ncity: Pune', ['Zorblat']],
  ])('%j → %j', (text, expected) => {
    expect(inText(text)).toEqual(expected);
  });

  it.each([
    // A label in words is the cue passes' (none here), an everyday value is none, a key inside a line is none.
    ['customer_name: Unknown'],
    ['lead_source: Facebook Ads'],
    ['note about full_name: zorblat'],
    // camelCase keys are read in JSON only; in a "key: value" line only snake_case.
    ['firstName: Zorblat'],
  ])('%j has no name', (text) => {
    expect(inText(text)).toEqual([]);
  });

  it('stays linear on a long line of keys and colons', () => {
    const text = 'full_name: '.repeat(20_000);
    const t = performance.now();
    detect(text);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});

describe('the answer to a question that asks for a name', () => {
  const names = (text: string): string[] => detect(text).filter((f) => f.type === 'PERSON').map((f) => text.slice(f.start, f.end));
  it.each([
    ['Bot: May I know your name?\nUser: zorblat\nBot: Thanks! Best number to reach you?', ['zorblat']],
    ['Bot: May I know your name?\nUser: zorblat qwenth', ['zorblat qwenth']],
    ['¿Tu nombre?\nZorblat Qwenth', ['Zorblat Qwenth']],
    ['aapka naam?\n  zorblat  \n', ['zorblat']],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['What is the name?\nIt was about pricing'],
    ['Company name?\nZorblat'],
    ['Your name?\nok'],
    ['Your name? Zorblat is fine'], // the answer is the next line only
    ['Any questions?\nZorblat Qwenth'], // no name was asked for
  ])('%j has no name from the rule', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('stays linear on many question marks and question lines', () => {
    for (const text of ['name?'.repeat(20_000), 'name?\n'.repeat(20_000), '?'.repeat(100_000)]) {
      const t0 = performance.now();
      detect(text);
      expect(performance.now() - t0).toBeLessThan(2000);
    }
  });
});
