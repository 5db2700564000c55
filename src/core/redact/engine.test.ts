import { describe, expect, it } from 'vitest';
import { createDetector, createModeOf, DEFAULT_DETECTOR_OPTIONS, detectorOptionsFromPolicy, modeOf } from './engine.ts';
import { redactionSchema } from '../policy/schema.ts';

const detectAll = createDetector(DEFAULT_DETECTOR_OPTIONS);
const found = (text: string, detect = detectAll): string[] => detect(text).map((f) => `${f.type}:${text.slice(f.start, f.end)}`);

describe('createDetector', () => {
  it('returns nothing for the empty string', () => {
    expect(detectAll('')).toEqual([]);
  });

  it('resolves overlaps: the longer, more specific finding wins (GSTIN over the PAN inside it)', () => {
    expect(found('GSTIN 27AAPFU0939F1ZV')).toEqual(['IN_GSTIN:27AAPFU0939F1ZV']);
    expect(found('mail ravi.kumar@example.com')).toEqual(['EMAIL_ADDRESS:ravi.kumar@example.com']);
  });

  it('honours per-entity enablement', () => {
    const onlyEmail = createDetector({ entities: ['EMAIL_ADDRESS'], custom: [], allowTerms: [] });
    expect(found('Hi Sneha, a@b.co, +91 98450 12345', onlyEmail)).toEqual(['EMAIL_ADDRESS:a@b.co']);
  });

  it('never redacts allow-listed terms, compared case-insensitively', () => {
    const d = createDetector({ ...DEFAULT_DETECTOR_OPTIONS, allowTerms: ['Support@Acme.com', 'Ravi'] });
    expect(found('write to support@acme.com or ravi.k@acme.com, Ravi', d)).toEqual(['EMAIL_ADDRESS:ravi.k@acme.com']);
  });

  it('finds allow-listed terms whose occurrences overlap', () => {
    const d = createDetector({ ...DEFAULT_DETECTOR_OPTIONS, allowTerms: ['Acme help', 'help@acme.com'] });
    expect(found('write to Acme help@acme.com today', d)).toEqual([]);
    expect(found('write to Acme help@acme.com or ravi@gmail.com', d)).toEqual(['EMAIL_ADDRESS:ravi@gmail.com']);
  });

  it('finds custom regex entities', () => {
    const d = createDetector({ entities: [], custom: [{ name: 'EMPLOYEE_ID', pattern: 'EMP-\\d{5}' }], allowTerms: [] });
    expect(found('ticket by EMP-12345 and emp-12345', d)).toEqual(['EMPLOYEE_ID:EMP-12345']);
    const i = createDetector({ entities: [], custom: [{ name: 'EMPLOYEE_ID', pattern: 'EMP-\\d{5}', flags: 'i' }], allowTerms: [] });
    expect(found('emp-12345', i)).toEqual(['EMPLOYEE_ID:emp-12345']);
  });

  it.each([
    [{ name: 'BAD', pattern: '(' }, /custom entity BAD: invalid regular expression/],
    [{ name: 'SLOW', pattern: '(a+)+b' }, /custom entity SLOW: .*nested quantifier/],
    // The same shape behind one more group: ~3-6 s on 28 'a's before, now refused.
    [{ name: 'SLOW2', pattern: '((a+))+b' }, /custom entity SLOW2: .*nested quantifier/],
    [{ name: 'SLOW3', pattern: '(?:(a+))+b' }, /custom entity SLOW3: .*nested quantifier/],
    [{ name: 'SLOW4', pattern: '((a)+)+b' }, /custom entity SLOW4: .*nested quantifier/],
    [{ name: 'SLOW5', pattern: '([a-z]+\\s?)+$' }, /custom entity SLOW5: .*nested quantifier/],
    [{ name: 'EMPTY', pattern: 'x*' }, /custom entity EMPTY: .*empty string/],
    [{ name: 'lower', pattern: 'x' }, /custom entity "lower": name must be UPPER_SNAKE_CASE/],
    [{ name: 'FLAGS', pattern: 'x', flags: 'g' }, /custom entity FLAGS: flags/],
  ])('rejects a bad custom pattern with an error naming the entity (%j)', (custom, message) => {
    expect(() => createDetector({ entities: [], custom: [custom], allowTerms: [] })).toThrow(message);
  });

  it('accepts custom patterns that repeat a group of fixed parts', () => {
    for (const pattern of ['E\\d{6}', '(ab)+', '[A-Z]{2,}_[0-9]{1,3}', '(a+)?x', '(?:EMP-\\d{4})', '\\(a+\\)+', '[(+)]+x', '(a{1})+x']) {
      expect(() => createDetector({ entities: [], custom: [{ name: 'OK', pattern }], allowTerms: [] })).not.toThrow();
    }
  });

  it('reports UTF-16 offsets around emoji and Devanagari', () => {
    const text = '😀 राहुल का नंबर +91 98450 12345 👍 mail a@b.co';
    const spans = detectAll(text).map((f) => text.slice(f.start, f.end));
    expect(spans).toEqual(['+91 98450 12345', 'a@b.co']);
    expect(text.indexOf('+91')).toBe(detectAll(text)[0]!.start);
  });

  it('survives lone surrogates and other invalid Unicode', () => {
    const text = '\uD800 Hi Sneha \uDC00 a@b.co \uFFFF \u0000 4111 1111 1111 1111 \uD83D';
    expect(found(text)).toEqual(['PERSON:Sneha', 'EMAIL_ADDRESS:a@b.co', 'CREDIT_CARD:4111 1111 1111 1111']);
  });

  it('handles a 5 MB string', () => {
    const line = 'Hi Sneha, call +91 98450 12345 about order #4839201934 or mail a@b.co. ';
    const text = line.repeat(Math.ceil(5_000_000 / line.length));
    const findings = detectAll(text);
    expect(findings.length).toBe(3 * Math.ceil(5_000_000 / line.length)); // name, phone, email; the order number stays
  }, 60_000);
});

describe('adversarial input stays linear', () => {
  const inputs: Record<string, (n: number) => string> = {
    digits: (n) => '9'.repeat(n),
    dots: (n) => '.'.repeat(n),
    at: (n) => '@'.repeat(n),
    'digit-space': (n) => '1 '.repeat(n / 2),
    'a.': (n) => 'a.'.repeat(n / 2),
    'a@': (n) => 'a@'.repeat(n / 2),
    colons: (n) => 'a:'.repeat(n / 2),
    'hex-colon': (n) => '1:'.repeat(n / 2),
    'dotted-digits': (n) => '1.'.repeat(n / 2),
    capitals: (n) => 'Ravi '.repeat(n / 5),
    letters: (n) => 'a'.repeat(n),
    // The shapes this engine reads beyond its first candidate pattern (phone.ts numbersAtJoins, the
    // European path, the lowercase PAN pass, list lines).
    'wa.me links': (n) => 'wa.me/919845012345 '.repeat(n / 19),
    'slash-joined numbers': (n) => '9845012345/'.repeat(n / 11),
    'cued European numbers': (n) => 'Tel. 612 345 678 '.repeat(n / 17),
    'cued lowercase PANs': (n) => 'pan abcpk1234f '.repeat(n / 15),
    'name lists': (n) => 'Attendees: Ravi, Priya, John and Sneha. '.repeat(n / 40),
    // Numbered line-ups (name-rosters.ts): one long list, and commas before digits with no item.
    'numbered line-ups': (n) => 'XI: 1 Verma, 2 Panicker, 3 Uma, 4 Talwar. '.repeat(n / 42),
    'one long line-up': (n) => `XI: ${'1 Verma, '.repeat(n / 9)}`,
    'commas before digits': (n) => 'a, 1'.repeat(n / 4),
    // Spelt-out addresses (detectors/email-obfuscated.ts): markers with and without addresses around them.
    'bracketed at': (n) => '[at]'.repeat(n / 4),
    'at words': (n) => 'a at '.repeat(n / 5),
    'at and dot words': (n) => 'a at b dot '.repeat(n / 11),
    'spaced at signs': (n) => 'a @ '.repeat(n / 4),
    'bracketed dots after @': (n) => 'a@b[dot]'.repeat(n / 8),
    // JSON keys in the text (name-fields.ts), with and without a value.
    'name keys': (n) => '"customer_name":'.repeat(n / 16),
    'name keys and values': (n) => '{"customer_name":"Ravi Kumar"},'.repeat(n / 31),
    'escaped name keys': (n) => '\\"customer_name\\":\\"'.repeat(n / 20),
  };
  it.each(Object.keys(inputs))('a 100 KB run of %s completes quickly', (name) => {
    const make = inputs[name]!;
    // Median of three runs of CPU time, so a busy machine does not make this flaky.
    const cpu = (): number => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
    const time = (n: number): number => {
      const text = make(n);
      const runs = [0, 1, 2].map(() => {
        const t = cpu();
        detectAll(text);
        return cpu() - t;
      });
      return runs.sort((a, b) => a - b)[1]!;
    };
    time(10_000); // warm up both sizes (JIT and regexp tier-up), then measure
    time(100_000);
    const small = Math.max(time(10_000), 1);
    const large = time(100_000);
    // Linear is ~10× the 10 KB time, quadratic ~100× and seconds long; the bounds sit far from both.
    expect(large).toBeLessThan(3_000);
    expect(large / small).toBeLessThan(45);
  });
});

describe('policy mapping', () => {
  const redaction = redactionSchema.parse({
    entities: ['EMAIL_ADDRESS', 'EMPLOYEE_ID'],
    default_mode: 'mask',
    modes: { EMAIL_ADDRESS: 'pseudonymize', CREDIT_CARD: 'block' },
    custom: [{ name: 'EMPLOYEE_ID', pattern: 'EMP-\\d{5}' }],
    allow_terms: ['support@acme.com'],
  });

  it('maps the redaction section to detector options', () => {
    const options = detectorOptionsFromPolicy(redaction);
    expect(options.entities).toEqual(['EMAIL_ADDRESS']);
    expect(options.custom).toEqual([{ name: 'EMPLOYEE_ID', pattern: 'EMP-\\d{5}' }]);
    expect(found('support@acme.com, x@y.io, EMP-00042, Sneha', createDetector(options))).toEqual(['EMAIL_ADDRESS:x@y.io', 'EMPLOYEE_ID:EMP-00042']);
  });

  it('treats "all" as every built-in entity', () => {
    expect(detectorOptionsFromPolicy(redactionSchema.parse({})).entities).toEqual(DEFAULT_DETECTOR_OPTIONS.entities);
  });

  it('refuses an unknown entity name instead of silently not redacting it', () => {
    expect(() => detectorOptionsFromPolicy(redactionSchema.parse({ entities: ['EMAIL'] }))).toThrow(/unknown entity "EMAIL"/);
  });

  it('gives each entity its mode, else the default mode', () => {
    const m = createModeOf(redaction);
    expect(m('EMAIL_ADDRESS')).toBe('pseudonymize');
    expect(m('CREDIT_CARD')).toBe('block');
    expect(m('PERSON')).toBe('mask');
    expect(modeOf(redaction, 'CREDIT_CARD')).toBe('block');
  });
});
