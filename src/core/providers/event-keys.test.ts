import { describe, expect, it } from 'vitest';
import { anthropicStream } from './anthropic/stream.ts';
import { mentionsAny, mentionsNonNull } from './event-keys.ts';
import { geminiStream } from './gemini/stream.ts';
import { openaiStream } from './openai/stream.ts';

const j = (v: unknown) => JSON.stringify(v);

describe('which stream events may carry state (usage, tool calls, finishes)', () => {
  it('mentionsAny: a key, or any \\u escape (which may hide one)', () => {
    expect(mentionsAny('{"usage":1}', ['usage'])).toBe(true);
    expect(mentionsAny('{"us\\u0061ge":1}', ['usage'])).toBe(true);
    expect(mentionsAny('{"text":"hi"}', ['usage'])).toBe(false);
  });

  it('mentionsNonNull: every occurrence must be "key":null for a no', () => {
    expect(mentionsNonNull('{"finish_reason":null}', 'finish_reason')).toBe(false);
    expect(mentionsNonNull('{"finish_reason": null}', 'finish_reason')).toBe(true);
    expect(mentionsNonNull('[{"finish_reason":null},{"finish_reason":"stop"}]', 'finish_reason')).toBe(true);
    expect(mentionsNonNull('{"a":1}', 'finish_reason')).toBe(false);
  });

  const chat = (delta: unknown, finish: string | null = null, extra = {}) =>
    j({ id: 'c', object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finish }], ...extra });

  it.each([
    ['a text delta', chat({ content: 'hi' }), false],
    ['usage: null on every chunk', chat({ content: 'hi' }, null, { usage: null }), false],
    ['a finish', chat({}, 'stop'), true],
    ['usage', j({ id: 'c', choices: [], usage: { prompt_tokens: 1 } }), true],
    ['a tool call delta', chat({ tool_calls: [{ index: 0, function: { arguments: '{' } }] }), true],
    ['a legacy function call', chat({ function_call: { name: 'f' } }), true],
    ['a Responses function-call item', j({ type: 'response.output_item.added', item: { type: 'function_call', name: 'f' } }), true],
    ['a Responses arguments delta', j({ type: 'response.function_call_arguments.delta', delta: '{' }), true],
    ['a Responses custom tool input delta', j({ type: 'response.custom_tool_call_input.delta', delta: 'x' }), true],
    ['a Responses text delta', j({ type: 'response.output_text.delta', delta: 'hi' }), false],
  ])('OpenAI: %s', (_, data, expected) => {
    expect(openaiStream.mayCarryState(data)).toBe(expected);
  });

  it.each([
    ['a text delta', j({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'hi' } }), false],
    ['message_start usage', j({ type: 'message_start', message: { usage: { input_tokens: 3 } } }), true],
    ['message_delta usage', j({ type: 'message_delta', delta: {}, usage: { output_tokens: 3 } }), true],
    ['a tool_use block', j({ type: 'content_block_start', index: 1, content_block: { type: 'tool_use', name: 'f' } }), true],
    ['an input JSON delta', j({ type: 'content_block_delta', index: 1, delta: { type: 'input_json_delta', partial_json: '{' } }), true],
    ['a block stop', j({ type: 'content_block_stop', index: 1 }), true],
  ])('Anthropic: %s', (_, data, expected) => {
    expect(anthropicStream.mayCarryState(data)).toBe(expected);
  });

  it.each([
    ['a text chunk', j({ candidates: [{ content: { parts: [{ text: 'hi' }], role: 'model' }, index: 0 }] }), false],
    // In every chunk the API sends: state only where its counts change (numbersMayCarryState, sse-restore.test.ts).
    ['usage metadata', j({ candidates: [{ content: { parts: [{ text: 'hi' }], role: 'model' }, index: 0 }], usageMetadata: { promptTokenCount: 3 } }), false],
    ['a function call', j({ candidates: [{ content: { parts: [{ functionCall: { name: 'f', args: {} } }] } }] }), true],
  ])('Gemini: %s', (_, data, expected) => {
    expect(geminiStream.mayCarryState(data)).toBe(expected);
  });
});
