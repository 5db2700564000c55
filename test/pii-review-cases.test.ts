/**
 * Engine and vault cases a review found: an address whose local part has a letter beyond ASCII
 * (or an NFD accent) was cut at it, leaving the start of the person's name in clear text; and a
 * custom entity value shaped like a placeholder's inside ("PERSON_1") was replaced inside the
 * placeholder by the known-values pass, so the real value was never restored.
 */
import { describe, expect, it } from 'vitest';
import { redactRequestBody } from '../src/core/pipeline/redact-request.ts';
import { openaiAdapter } from '../src/core/providers/openai/index.ts';
import { createDetector, DEFAULT_DETECTOR_OPTIONS } from '../src/core/redact/engine.ts';
import { createVault } from '../src/core/redact/vault.ts';

const detect = createDetector(DEFAULT_DETECTOR_OPTIONS);
const found = (text: string) => detect(text).map((f) => `${f.type}:${text.slice(f.start, f.end)}`);

describe('addresses whose local part goes beyond ASCII', () => {
  it.each([
    ['write to müller.hans@gmx.de today', 'EMAIL_ADDRESS:müller.hans@gmx.de'],
    ['françois.dupont@orange.fr', 'EMAIL_ADDRESS:françois.dupont@orange.fr'],
    ['łukasz.kowalski@wp.pl', 'EMAIL_ADDRESS:łukasz.kowalski@wp.pl'],
    ['e\u0301mile@gmail.com', 'EMAIL_ADDRESS:e\u0301mile@gmail.com'],
    ['иван.петров@mail.ru', 'EMAIL_ADDRESS:иван.петров@mail.ru'],
    ['pay müller@okicici now', 'IN_UPI_ID:müller@okicici'],
  ])('%s is found whole', (text, whole) => {
    expect(found(text)).toEqual([whole]);
  });
});

describe('the known-values pass and placeholder-shaped values', () => {
  it('leaves an issued placeholder whole when a custom value reads like its inside', () => {
    const engine = { detect: createDetector({ ...DEFAULT_DETECTOR_OPTIONS, custom: [{ name: 'TICKET', pattern: '[A-Z]{2,}_[0-9]{1,3}' }] }), modeOf: () => 'pseudonymize' as const };
    const body = { messages: [{ role: 'user', content: 'Hi Sneha, ' }, { role: 'user', content: 'PERSON_1' }] };
    const vault = createVault();
    redactRequestBody(body, openaiAdapter, engine, vault);
    expect(body.messages.map((m) => m.content)).toEqual(['Hi [PERSON_1], ', '[TICKET_1]']);
    expect(vault.restore(body.messages.map((m) => m.content).join('|'))).toBe('Hi Sneha, |PERSON_1');
  });
});
