import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Draft } from '@/lib/drafts/draft';
import type { PostResponse, RecordedRequest, SeamStyle } from '../../fixtures/fake-anthropic/types.mjs';
import { estimateTokens, textOfContent } from '../../fixtures/fake-anthropic/wire.mjs';
import { startGenerationHarness, topicInput } from './harness';
import { composePost, indexAfter, waitFor } from './post-text';
import { watch } from './watch';

const SEAMS: SeamStyle[] = ['repeat-sentence', 'repeat-words', 'exact', 'exact-no-space'];

/**
 * Every way a post can be cut off and continued, on one model: the final text must be exactly the post the
 * model meant, live and stored, with no word repeated or missing at any seam.
 */
export function describeFaultSuite({
  provider,
  model,
  takesPrefill,
}: {
  provider: 'anthropic' | 'openai';
  model: string;
  takesPrefill: boolean;
}) {
  let harness: Awaited<ReturnType<typeof startGenerationHarness>>;
  // What each provider's own words look like in the sentences a person reads.
  const said =
    provider === 'anthropic'
      ? { keyVariable: 'ANTHROPIC_API_KEY', everyRetryBroke: /overloaded.*Resume/i, overloadedStatus: 529, usageOfBrokenStreams: true }
      : // Chat Completions report usage in the last chunk only (stream_options.include_usage): a cut stream reports none.
        { keyVariable: 'OPENAI_API_KEY', everyRetryBroke: /error mid-stream.*Resume/i, overloadedStatus: 503, usageOfBrokenStreams: false };
  // Each fake takes its own API's overloaded status (529 is Anthropic's; OpenAI-compatible servers say 503), so
  // the shared script's type, which allows only the statuses both share, is stepped around here alone.
  const overloadedBeforeStream = { kind: 'status', status: said.overloadedStatus, retryAfterMs: 10 } as never;

  beforeAll(async () => {
    harness = await startGenerationHarness(provider === 'anthropic' ? { ANTHROPIC_MODEL: model } : { DEFAULT_MODEL: `openai:${model}` }, {
      provider,
    });
  });
  afterAll(async () => harness?.close());
  beforeEach(() => harness.fake.reset());

  const start = (topic: string) => harness.write({ kind: 'new', input: topicInput(topic) });
  const generate = async (topic: string) => harness.generation.generationSettled({ id: (await start(topic)).id });
  const stored = (id: string) => harness.drafts.getDraft({ id });
  const post = (text: string, fields: Omit<PostResponse, 'kind' | 'text'> = {}): PostResponse => ({ kind: 'post', text, ...fields });

  /** A continuation request must carry the kept text the way this model takes it, and never a refused prefill. */
  function expectContinuation(request: RecordedRequest | undefined, kept: string) {
    const last = request?.messages.at(-1);
    if (takesPrefill) {
      expect(last).toMatchObject({ role: 'assistant', content: kept.trimEnd() });
    } else {
      expect(last?.role).toBe('user');
      expect(textOfContent(last?.content)).toContain('<post_so_far>');
    }
  }

  function expectExactPost(draft: Draft, text: string) {
    expect(draft.status).toBe('draft');
    expect(draft.raw).toBe(text);
    expect(draft.error).toBeNull();
  }

  describe(`on ${provider}:${model} (${takesPrefill ? 'continues from a prefill' : 'refuses a prefill: continues in a user turn'})`, () => {
    it('writes a post in one round without any assistant turn', async () => {
      const text = composePost('Gardening');
      harness.fake.script('Gardening', [post(text, { chunkSize: 7, inputTokens: 321, outputTokens: 654 })]);
      const draft = await generate('Gardening');

      expectExactPost(draft, text);
      expect(draft.title).toBe('All About Gardening');
      expect(draft.categories).toEqual(['Tutorials']);
      expect(draft.content.startsWith('## Part 1 of Gardening')).toBe(true);
      expect(draft.content.endsWith('The end of the post.')).toBe(true);
      expect(draft.slug).toBe('all-about-gardening');
      expect(draft.generation).toMatchObject({
        inputTokens: 321,
        outputTokens: 654,
        rounds: 1,
        tokensEstimated: false,
        stopReasons: ['end_turn'],
        provider,
        model,
      });
      expect(harness.fake.requests).toHaveLength(1);
      expect(harness.fake.requests[0]?.max_tokens).toBeGreaterThanOrEqual(12_000);
      expect(harness.fake.requests[0]?.messages.map((message) => message.role)).toEqual(['user']);
    });

    it.each(SEAMS)('continues after max_tokens with the exact text whatever seam the model makes (%s)', async (seam) => {
      const topic = `Sailing ${seam}`;
      const text = composePost(topic, 12);
      const firstCut = indexAfter(text, 'with care', 4);
      harness.fake.script(topic, [
        post(text, { stopAfterChars: firstCut, seam }),
        post(text, { stopAfterChars: 250, seam }),
        post(text, { seam }),
      ]);
      const id = (await start(topic)).id;
      const live = await watch(id, 0);
      const draft = await stored(id);

      expectExactPost(draft, text);
      expect(live.text).toBe(text);
      expect(draft.generation.stopReasons).toEqual(['max_tokens', 'max_tokens', 'end_turn']);
      expectContinuation(harness.fake.requests[1], text.slice(0, firstCut));
      expect(draft.content.match(/## Part 5 of/g)).toHaveLength(1);
    });

    it('stops continuing after the round limit and warns that the post may end abruptly', async () => {
      const text = composePost('Knitting', 20);
      harness.fake.script(
        'Knitting',
        Array.from({ length: 4 }, () => post(text, { stopAfterChars: 150 })),
      );
      const draft = await generate('Knitting');

      expect(harness.fake.requests).toHaveLength(4);
      expect(draft.status).toBe('draft');
      expect(text.startsWith(draft.raw)).toBe(true);
      expect(draft.raw.length).toBeGreaterThan(450);
      expect(draft.warnings.join(' ')).toContain('length limit');
    });

    it('retries an overloaded_error mid-stream as a continuation and keeps every word once', async () => {
      const text = composePost('Baking');
      const cut = indexAfter(text, 'Paragraph 2');
      harness.fake.script('Baking', [post(text, { errorAfterChars: cut, chunkSize: 5 }), post(text)]);
      const draft = await generate('Baking');

      expectExactPost(draft, text);
      expectContinuation(harness.fake.requests[1], text.slice(0, cut));
    });

    it('retries a dropped connection the same way', async () => {
      const text = composePost('Cycling');
      harness.fake.script('Cycling', [post(text, { dropAfterChars: indexAfter(text, 'Part 3') }), post(text, { seam: 'repeat-words' })]);
      expectExactPost(await generate('Cycling'), text);
    });

    it('treats a stream that goes silent as dropped and continues it', async () => {
      const text = composePost('Fishing');
      harness.fake.script('Fishing', [post(text, { stallAfterChars: indexAfter(text, 'Part 2') }), post(text)]);
      expectExactPost(await generate('Fishing'), text);
      expect(harness.fake.requests).toHaveLength(2);
    });

    it('gets through an overloaded API twice before the stream through the SDK retries', async () => {
      const text = composePost('Hiking');
      harness.fake.script('Hiking', [overloadedBeforeStream, overloadedBeforeStream, post(text)]);
      expectExactPost(await generate('Hiking'), text);
      expect(harness.fake.requests).toHaveLength(3);
    });

    it('is stopped by a person, keeps what was written, and resumes to the exact post', async () => {
      const text = composePost('Surfing', 40);
      harness.fake.script('Surfing', [post(text, { chunkSize: 10, delayMs: 10 })]);
      const draft = await start('Surfing');
      await waitFor(async () => (await stored(draft.id)).raw.length > 300);

      const stopped = await harness.generation.stopGeneration({ id: draft.id });
      expect(stopped.status).toBe('interrupted');
      expect(stopped.interruption).toBe('stopped');
      expect(stopped.error).toMatch(/Stopped/);
      expect(text.startsWith(stopped.raw)).toBe(true);
      expect(stopped.title).toBe('All About Surfing');
      // The round cut short was used: it counts, and its tokens the API never reported are estimated, not zero.
      expect(stopped.generation.rounds).toBe(1);
      expect(stopped.generation.inputTokens).toBeGreaterThan(0);
      expect(stopped.generation.outputTokens).toBeGreaterThan(0);
      expect(stopped.generation.tokensEstimated).toBe(true);

      harness.fake.script('Surfing', [post(text, { seam: 'repeat-sentence' })]);
      await harness.write({ kind: 'resume', id: draft.id });
      const live = await watch(draft.id, stopped.raw.length);
      expect(live.text).toBe(text.slice(stopped.raw.length));
      expectExactPost(await stored(draft.id), text);
      expectContinuation(harness.fake.requests.at(-1), stopped.raw);
    });

    it('resumes after the server went down mid-post from the last checkpoint, to the exact post', async () => {
      const text = composePost('Rafting', 40);
      harness.fake.script('Rafting', [post(text, { chunkSize: 10, delayMs: 10 })]);
      const draft = await start('Rafting');
      await waitFor(async () => (await stored(draft.id)).raw.length > 400);

      // What a shutdown leaves behind: the draft interrupted with the text of its last checkpoint.
      await harness.generation.interruptAllGenerations();
      const cut = await stored(draft.id);
      expect(cut.status).toBe('interrupted');
      expect(cut.interruption).toBe('server_stopped');
      expect(text.startsWith(cut.raw)).toBe(true);

      harness.fake.script('Rafting', [post(text, { seam: 'repeat-words', stopAfterChars: 300 }), post(text, { seam: 'exact-no-space' })]);
      await harness.write({ kind: 'resume', id: draft.id });
      expectExactPost(await harness.generation.generationSettled({ id: draft.id }), text);
    });

    it('counts the input tokens of every request the API reports, continuations (which re-send the text) included', async () => {
      const text = composePost('Weaving', 16);
      harness.fake.script('Weaving', [
        post(text, { stopAfterChars: indexAfter(text, 'Part 6') }),
        post(text, { errorAfterChars: 80 }),
        post(text),
      ]);
      const draft = await generate('Weaving');

      expectExactPost(draft, text);
      const streamed = harness.fake.requests.filter((request) => request.stream);
      expect(streamed).toHaveLength(3);
      const reported = said.usageOfBrokenStreams ? streamed : [streamed[0], streamed[2]];
      const reportedInput = reported.reduce((sum, request) => sum + estimateTokens(request?.text ?? ''), 0);
      // An endpoint that reports nothing for a broken stream has that round's input estimated on top.
      if (said.usageOfBrokenStreams) expect(draft.generation.inputTokens).toBe(reportedInput);
      else expect(draft.generation.inputTokens).toBeGreaterThan(reportedInput);
      expect(draft.generation.tokensEstimated).toBe(true);
      // The continuation carries the first round's text, so it costs more input than the first request.
      expect(estimateTokens(streamed[1]?.text ?? '')).toBeGreaterThan(estimateTokens(streamed[0]?.text ?? '') + 50);
    });

    it('becomes interrupted with its text kept when every retry breaks', async () => {
      const text = composePost('Rowing');
      harness.fake.script(
        'Rowing',
        Array.from({ length: 4 }, () => post(text, { errorAfterChars: 70 })),
      );
      const draft = await generate('Rowing');

      expect(harness.fake.requests).toHaveLength(4);
      expect(draft.status).toBe('interrupted');
      expect(text.startsWith(draft.raw)).toBe(true);
      // Each retry got further: the text grew past what the first round sent.
      expect(draft.raw.length).toBeGreaterThan(70);
      expect(draft.error).toMatch(said.everyRetryBroke);
      expect(draft.interruption).toBe('api_failed');
      expect(draft.title).toBe('All About Rowing');
    });

    it('does not retry a rejected API key and says what to fix', async () => {
      harness.fake.script('Skiing', [{ kind: 'status', status: 401 }]);
      const draft = await generate('Skiing');

      expect(harness.fake.requests).toHaveLength(1);
      expect(draft.status).toBe('interrupted');
      expect(draft.interruption).toBe('api_refused');
      expect(draft.error).toContain(said.keyVariable);
    });

    it("shows the API's own words for a refused request, and what to do", async () => {
      harness.fake.script('Diving', [{ kind: 'status', status: 400, message: 'max_tokens: 16000 > 8192, the maximum for this model' }]);
      const draft = await generate('Diving');

      expect(draft.status).toBe('interrupted');
      expect(draft.error).toContain('“max_tokens: 16000 > 8192, the maximum for this model”');
      // What to do, then how to go on, each said once.
      expect(draft.error).toMatch(
        /restart the app\.(?: If it names nothing you set, report it with this message\.)? The text so far is kept: press Resume to continue\.$/,
      );
      expect(draft.error?.match(/press Resume/g)).toHaveLength(1);
    });
  });
}
