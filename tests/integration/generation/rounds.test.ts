import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGenerationHarness } from './harness';
import { composePost, indexAfter } from './post-text';

let harness: Awaited<ReturnType<typeof startGenerationHarness>>;

beforeAll(async () => {
  harness = await startGenerationHarness();
});
afterAll(async () => harness?.close());
beforeEach(() => harness.fake.reset());

async function generate(topic: string) {
  const started = await harness.generation.startGeneration({
    topic,
    keywords: '',
    tone: '',
    audience: '',
    length: 'standard',
    language: '',
  });
  return harness.generation.generationSettled({ id: started.id });
}

function assistantPrefill(requestIndex: number): string | undefined {
  const request = harness.fake.requests[requestIndex];
  const last = request?.messages.at(-1);
  if (last?.role !== 'assistant') return undefined;
  return typeof last.content === 'string' ? last.content : last.content.map((block) => block.text ?? '').join('');
}

describe('a generation', () => {
  it('ends on end_turn with the raw text exact, the fields parsed and the usage recorded', async () => {
    const text = composePost('Gardening');
    harness.fake.script('Gardening', [{ kind: 'stream', text, chunkSize: 7, inputTokens: 321, outputTokens: 654 }]);
    const draft = await generate('Gardening');

    expect(draft.status).toBe('draft');
    expect(draft.raw).toBe(text);
    expect(draft.title).toBe('All About Gardening');
    expect(draft.categories).toEqual(['Tutorials']);
    expect(draft.content.startsWith('## Part 1 of Gardening')).toBe(true);
    expect(draft.content.endsWith('The end of the post.')).toBe(true);
    expect(draft.slug).toBe('all-about-gardening');
    expect(draft.generation).toMatchObject({
      inputTokens: 321,
      outputTokens: 654,
      rounds: 1,
      stopReasons: ['end_turn'],
      model: 'claude-test-model',
    });
    expect(harness.fake.requests).toHaveLength(1);
    expect(harness.fake.requests[0]?.max_tokens).toBeGreaterThanOrEqual(12_000);
    expect(assistantPrefill(0)).toBeUndefined();
  });

  it('continues after max_tokens with the text so far, trimmed, and no character repeated or lost at the seam', async () => {
    const text = composePost('Sailing');
    // The first round stops right after "\n\n": the prefill must be sent without it, and the model's
    // continuation brings its own whitespace back.
    const cut = indexAfter(text, 'care and detail.\n\n', 3);
    const trimmed = text.slice(0, cut).trimEnd();
    harness.fake.script('Sailing', [
      { kind: 'stream', text: text.slice(0, cut), stopReason: 'max_tokens' },
      { kind: 'stream', text: text.slice(trimmed.length), stopReason: 'end_turn' },
    ]);
    const draft = await generate('Sailing');

    expect(draft.status).toBe('draft');
    expect(draft.raw).toBe(text);
    expect(assistantPrefill(1)).toBe(trimmed);
    expect(draft.generation.stopReasons).toEqual(['max_tokens', 'end_turn']);
    expect(draft.content.match(/## Part 4 of Sailing/g)).toHaveLength(1);
  });

  it('stops continuing after the round limit and warns that the post may end abruptly', async () => {
    const text = composePost('Knitting', 20);
    const quarter = Math.floor(text.length / 4);
    const pieces = [0, 1, 2, 3].map((index) => text.slice(index * quarter, index === 3 ? quarter * 4 - 200 : (index + 1) * quarter));
    let sent = '';
    const responses = pieces.map((piece) => {
      const prefill = sent.trimEnd();
      const response = { kind: 'stream' as const, text: (sent + piece).slice(prefill.length), stopReason: 'max_tokens' as const };
      sent += piece;
      return response;
    });
    harness.fake.script('Knitting', responses);
    const draft = await generate('Knitting');

    expect(harness.fake.requests).toHaveLength(4);
    expect(draft.status).toBe('draft');
    expect(draft.raw).toBe(sent.trimEnd());
    expect(draft.warnings.join(' ')).toContain('length limit');
  });

  it('retries an overloaded_error mid-stream as a continuation and keeps every character once', async () => {
    const text = composePost('Baking');
    const cut = indexAfter(text, 'Paragraph 2');
    harness.fake.script('Baking', [
      { kind: 'stream', text, errorAfterChars: cut, chunkSize: 5 },
      { kind: 'stream', text: text.slice(cut) },
    ]);
    const draft = await generate('Baking');

    expect(draft.status).toBe('draft');
    expect(draft.raw).toBe(text);
    expect(assistantPrefill(1)).toBe(text.slice(0, cut));
  });

  it('retries a dropped connection the same way', async () => {
    const text = composePost('Cycling');
    const cut = indexAfter(text, 'Part 3');
    harness.fake.script('Cycling', [
      { kind: 'stream', text, dropAfterChars: cut },
      { kind: 'stream', text: text.slice(cut) },
    ]);
    const draft = await generate('Cycling');

    expect(draft.raw).toBe(text);
    expect(draft.status).toBe('draft');
  });

  it('treats a stream that goes silent as dropped and continues it', async () => {
    const text = composePost('Fishing');
    const cut = indexAfter(text, 'Part 2');
    harness.fake.script('Fishing', [
      { kind: 'stream', text, stallAfterChars: cut },
      { kind: 'stream', text: text.slice(cut) },
    ]);
    const draft = await generate('Fishing');

    expect(draft.raw).toBe(text);
    expect(harness.fake.requests).toHaveLength(2);
  });

  it('gets through HTTP 529 twice before the stream through the SDK retries', async () => {
    const text = composePost('Hiking');
    harness.fake.script('Hiking', [
      { kind: 'status', status: 529, retryAfterMs: 10 },
      { kind: 'status', status: 529, retryAfterMs: 10 },
      { kind: 'stream', text },
    ]);
    const draft = await generate('Hiking');

    expect(draft.status).toBe('draft');
    expect(draft.raw).toBe(text);
    expect(harness.fake.requests).toHaveLength(3);
  });

  it('becomes interrupted with its text kept when every retry breaks', async () => {
    const text = composePost('Rowing');
    const first = indexAfter(text, 'Part 1');
    const pieces = [text.slice(0, first), ' of Rowing', '\n\nParagraph', ' 1 explains'];
    let sent = '';
    const responses = pieces.map((piece) => {
      const response = { kind: 'stream' as const, text: piece, errorAfterChars: piece.length };
      sent += piece;
      return response;
    });
    harness.fake.script('Rowing', responses);
    const draft = await generate('Rowing');

    expect(harness.fake.requests).toHaveLength(4);
    expect(draft.status).toBe('interrupted');
    expect(draft.raw).toBe(sent);
    expect(draft.error).toMatch(/overloaded.*Resume/i);
    expect(draft.title).toBe('All About Rowing');
  });

  it('does not retry a rejected API key and says what to fix', async () => {
    harness.fake.script('Skiing', [{ kind: 'status', status: 401 }]);
    const draft = await generate('Skiing');

    expect(harness.fake.requests).toHaveLength(1);
    expect(draft.status).toBe('interrupted');
    expect(draft.error).toContain('ANTHROPIC_API_KEY');
  });
});
