import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { textOfContent } from '../../fixtures/fake-anthropic/wire.mjs';
import { startGenerationHarness, topicInput } from './harness';
import { composePost, indexAfter } from './post-text';

// The short calls (outline, metadata) and "write from outline" on the default model, which refuses an
// assistant prefill: none of them may send one, and a cut post written from an outline still ends exact.
let harness: Awaited<ReturnType<typeof startGenerationHarness>>;

beforeAll(async () => {
  harness = await startGenerationHarness();
});
afterAll(async () => harness?.close());
beforeEach(() => harness.fake.reset());

const input = topicInput;
const lastRoles = () => harness.fake.requests.map((request) => request.messages.at(-1)?.role);

it('writes an outline, the post from it (cut by max_tokens), and new metadata without any assistant turn', async () => {
  const outline = '- ## Why bees matter\n- ## Your first hive';
  const text = composePost('Beekeeping', 10);
  harness.fake.script('Beekeeping', [
    { kind: 'stream', text: outline },
    { kind: 'post', text, stopAfterChars: indexAfter(text, 'Part 5') },
    { kind: 'post', text, seam: 'repeat-sentence' },
    { kind: 'stream', text: 'TITLE: Beekeeping, Renewed\nMETA_DESCRIPTION: Start a hive.\nTAGS: bees\nCATEGORIES: Gardening\n' },
  ]);

  const outlined = await harness.write({ kind: 'outline', input: input('Beekeeping') });
  expect(outlined.outline).toBe(outline);
  await harness.write({ kind: 'from_outline', id: outlined.id, version: outlined.version, outline: outlined.outline });
  const written = await harness.generation.generationSettled({ id: outlined.id });
  expect(written.raw).toBe(text);
  expect(written.status).toBe('draft');
  expect(textOfContent(harness.fake.requests[1]?.messages.at(-1)?.content)).toContain(outline);

  const renamed = await harness.generation.regenerateMetadata({ id: written.id, version: written.version });
  expect(renamed.title).toBe('Beekeeping, Renewed');
  expect(lastRoles()).toEqual(['user', 'user', 'user', 'user']);
});

it('shows the API’s own words when it refuses an outline request, and what to do', async () => {
  harness.fake.script('Falconry', [{ kind: 'status', status: 400, message: 'max_tokens: 2048 > 1024, the maximum for this model' }]);
  await expect(harness.write({ kind: 'outline', input: input('Falconry') })).rejects.toThrow(
    /HTTP 400\): “max_tokens: 2048 > 1024, the maximum for this model”.*outline was not written/,
  );
});
