import { afterAll, beforeAll, expect, it } from 'vitest';
import { PREFILL_REFUSED } from '../../fixtures/fake-anthropic/model-behaviour.mjs';
import { startGenerationHarness, topicInput } from './harness';
import { composePost, indexAfter } from './post-text';

// A model our table believes takes a prefill (a 4.5 id), served by an API that refuses it anyway: a
// gateway's alias, or a model that changed. The 400 teaches the app to continue in a user turn.
const MODEL = 'claude-opus-4-5';
let harness: Awaited<ReturnType<typeof startGenerationHarness>>;

beforeAll(async () => {
  harness = await startGenerationHarness({ ANTHROPIC_MODEL: MODEL });
});
afterAll(async () => harness?.close());

const generate = async (topic: string) => {
  const draft = await harness.write({
    kind: 'new',
    input: topicInput(topic),
  });
  return harness.generation.generationSettled({ id: draft.id });
};
const lastRole = (index: number) => harness.fake.requests[index]?.messages.at(-1)?.role;

it('switches to a user-turn continuation at once when the API refuses a prefill, and remembers it', async () => {
  const text = composePost('Orienteering', 12);
  harness.fake.script('Orienteering', [
    { kind: 'post', text, stopAfterChars: indexAfter(text, 'Part 4') },
    { kind: 'status', status: 400, message: PREFILL_REFUSED },
    { kind: 'post', text, seam: 'repeat-sentence' },
  ]);
  const draft = await generate('Orienteering');

  expect(draft.status).toBe('draft');
  expect(draft.raw).toBe(text);
  expect(draft.error).toBeNull();
  expect([lastRole(0), lastRole(1), lastRole(2)]).toEqual(['user', 'assistant', 'user']);
  expect(draft.generation.stopReasons).toEqual(['max_tokens', 'end_turn']);

  const next = composePost('Canoeing', 12);
  harness.fake.script('Canoeing', [
    { kind: 'post', text: next, stopAfterChars: indexAfter(next, 'Part 3') },
    { kind: 'post', text: next, seam: 'repeat-words' },
  ]);
  const second = await generate('Canoeing');
  expect(second.raw).toBe(next);
  expect(harness.fake.requests.slice(3).map((request) => request.messages.at(-1)?.role)).toEqual(['user', 'user']);
});
