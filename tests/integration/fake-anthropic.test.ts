import Anthropic, { AnthropicError, APIError, APIUserAbortError, BadRequestError, RateLimitError } from '@anthropic-ai/sdk';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES } from '@/lib/post-format/categories';
import { PREFILL_REFUSED } from '../fixtures/fake-anthropic/model-behaviour.mjs';
import {
  buildSamplePost,
  END_MARKER,
  type FakeAnthropic,
  fakeAnthropicControl,
  type ScriptedResponse,
  samplePostResponse,
  startFakeAnthropic,
} from '../fixtures/fake-anthropic/server.mjs';

const MODEL = 'claude-sonnet-5-5';
/** A 4.5 model: the API still takes an assistant prefill from it. */
const PREFILL_MODEL = 'claude-haiku-4-5';
const TEXT = 'Streaming works: naïve café, 日本語, emojis 😀🎉 and a surrogate 𝄞 at odd offsets.';

let fake: FakeAnthropic;

beforeAll(async () => {
  fake = await startFakeAnthropic();
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

type StreamOptions = { maxRetries?: number; userText?: string; messages?: Anthropic.MessageParam[]; baseURL?: string; model?: string };

/** Starts one streamed request through the real SDK, collecting the text deltas and how it ends. */
function startStream(options: StreamOptions = {}) {
  const anthropic = new Anthropic({ apiKey: 'test-key', baseURL: options.baseURL ?? fake.url, maxRetries: options.maxRetries ?? 0 });
  const stream = anthropic.messages.stream({
    model: options.model ?? MODEL,
    max_tokens: 1024,
    system: 'You are a test.',
    messages: options.messages ?? [{ role: 'user', content: options.userText ?? 'TOPIC: Testing fakes' }],
  });
  const deltas: string[] = [];
  stream.on('text', (delta) => deltas.push(delta));
  const done = stream.finalMessage().then(
    (message) => ({ message, error: undefined }),
    (error: unknown) => ({ message: undefined, error }),
  );
  return { stream, deltas, done };
}

async function streamOnce(options: StreamOptions = {}) {
  const { stream, deltas, done } = startStream(options);
  return { stream, deltas, ...(await done) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function waitFor(condition: () => boolean, timeoutMs = 5_000) {
  const started = Date.now();
  return new Promise<void>((resolve, reject) => {
    const poll = () => {
      if (condition()) return resolve();
      if (Date.now() - started > timeoutMs) return reject(new Error('waitFor timed out'));
      setTimeout(poll, 5);
    };
    poll();
  });
}

describe('fake Anthropic server, driven by the real SDK', () => {
  it('streams the scripted text in chunks, with stop reason, usage and the request recorded', async () => {
    // Chunks of 3 would cut through 😀 (indexes 41-42), so this also checks that pairs are kept whole.
    expect(TEXT.codePointAt(41)).toBe(0x1f600);
    fake.script(null, [{ kind: 'stream', text: TEXT, chunkSize: 3, inputTokens: 42, outputTokens: 99 }]);
    const { deltas, message, error, stream } = await streamOnce({ userText: 'Hello there' });

    expect(error).toBeUndefined();
    expect(deltas.join('')).toBe(TEXT);
    expect(deltas.length).toBeGreaterThan(10);
    for (const delta of deltas) {
      expect(delta).not.toMatch(/[\uD800-\uDBFF]$/);
      expect(delta).not.toMatch(/^[\uDC00-\uDFFF]/);
    }
    expect(message?.content).toEqual([{ type: 'text', text: TEXT }]);
    expect(message?.stop_reason).toBe('end_turn');
    expect(message?.model).toBe(MODEL);
    expect(message?.id).toMatch(/^msg_/);
    expect(message?.usage.input_tokens).toBe(42);
    expect(message?.usage.output_tokens).toBe(99);
    expect(stream.request_id).toMatch(/^req_/);

    expect(fake.requests).toHaveLength(1);
    const [request] = fake.requests;
    expect(request).toMatchObject({ path: '/v1/messages', model: MODEL, max_tokens: 1024, system: 'You are a test.', stream: true });
    expect(request).toMatchObject({
      messages: [{ role: 'user', content: 'Hello there' }],
      apiKey: 'test-key',
      text: 'You are a test.\nHello there',
    });
    expect(request?.headers['anthropic-version']).toBeTruthy();
  });

  it('puts the real event sequence on the wire', async () => {
    fake.script(null, [{ kind: 'stream', text: 'abcdefgh', chunkSize: 3 }]);
    const response = await fetch(`${fake.url}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': 'k', 'anthropic-version': '2023-06-01' },
      body: JSON.stringify({ model: MODEL, max_tokens: 10, stream: true, messages: [{ role: 'user', content: 'hi' }] }),
    });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(response.headers.get('request-id')).toMatch(/^req_/);
    const body = await response.text();
    const events = body.split('\n\n').filter(Boolean);
    for (const event of events) expect(event).toMatch(/^event: [a-z_]+\ndata: \{.*\}$/);
    const parsed = events.map((event) => JSON.parse(event.split('\ndata: ')[1] ?? '') as { type: string; delta?: { text?: string } });
    expect(events.map((event) => event.split('\n')[0]?.slice('event: '.length))).toEqual(parsed.map((data) => data.type));
    const sequence = 'message_start content_block_start ping content_block_delta content_block_delta content_block_delta';
    expect(parsed.map((data) => data.type)).toEqual(`${sequence} content_block_stop message_delta message_stop`.split(' '));
    expect(parsed.filter((data) => data.type === 'content_block_delta').map((data) => data.delta?.text)).toEqual(['abc', 'def', 'gh']);
  });

  it('passes a max_tokens stop reason through', async () => {
    fake.script(null, [{ kind: 'stream', text: 'cut short', stopReason: 'max_tokens', outputTokens: 1024 }]);
    const { message } = await streamOnce();
    expect(message?.stop_reason).toBe('max_tokens');
    expect(message?.usage.output_tokens).toBe(1024);
  });

  it('rejects on a mid-stream overloaded error after delivering the partial text', async () => {
    fake.script(null, [{ kind: 'stream', text: TEXT, chunkSize: 4, errorAfterChars: 20 }]);
    const { deltas, error, message } = await streamOnce();
    expect(message).toBeUndefined();
    expect(deltas.join('')).toBe(TEXT.slice(0, 20));
    // The SDK raises the base APIError (not OverloadedError): there is no HTTP status mid-stream.
    expect(error).toBeInstanceOf(APIError);
    expect(error).toMatchObject({ status: undefined, type: 'overloaded_error', apiMessage: 'Overloaded' });
    expect((error as APIError).requestID).toMatch(/^req_/);
  });

  it('rejects on a dropped connection after delivering the partial text', async () => {
    fake.script(null, [{ kind: 'stream', text: TEXT, chunkSize: 4, dropAfterChars: 12 }]);
    const { deltas, error } = await streamOnce();
    expect(deltas.join('')).toBe(TEXT.slice(0, 12));
    expect(error).toBeInstanceOf(AnthropicError);
    expect(error).not.toBeInstanceOf(APIError);
    expect((error as Error).message).toBe('terminated');
  });

  it('stalls until the client aborts, and reset() cuts a stalled stream', async () => {
    const stall: ScriptedResponse = { kind: 'stream', text: TEXT, chunkSize: 4, stallAfterChars: 8 };
    fake.script(null, [stall, stall]);
    const abortedByClient = startStream();
    const cutByReset = startStream();
    await waitFor(() => abortedByClient.deltas.join('').length === 8 && cutByReset.deltas.join('').length === 8);
    await sleep(150);
    expect([abortedByClient.stream.ended, cutByReset.stream.ended]).toEqual([false, false]);

    abortedByClient.stream.abort();
    expect((await abortedByClient.done).error).toBeInstanceOf(APIUserAbortError);
    fake.reset();
    expect((await cutByReset.done).error).toBeInstanceOf(AnthropicError);
    expect(cutByReset.deltas.join('')).toBe(TEXT.slice(0, 8));
  });

  it('succeeds after two 529s when the SDK may retry twice, honouring retry-after-ms', async () => {
    fake.script(null, [
      { kind: 'status', status: 529, retryAfterMs: 10 },
      { kind: 'status', status: 529, retryAfterMs: 10 },
      { kind: 'stream', text: 'third time lucky' },
    ]);
    const { deltas, message, error } = await streamOnce({ maxRetries: 2 });
    expect(error).toBeUndefined();
    expect(deltas.join('')).toBe('third time lucky');
    expect(message?.stop_reason).toBe('end_turn');
    expect(fake.requests.map((request) => request.headers['x-stainless-retry-count'])).toEqual(['0', '1', '2']);
  });

  it('rejects a 429 with the status, error type and headers when retries are off', async () => {
    fake.script(null, [{ kind: 'status', status: 429, retryAfterSeconds: 7 }]);
    const { error, deltas } = await streamOnce({ maxRetries: 0 });
    expect(deltas).toEqual([]);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, type: 'rate_limit_error' });
    expect((error as RateLimitError).headers.get('retry-after')).toBe('7');
    expect((error as RateLimitError).requestID).toMatch(/^req_/);
    expect(fake.requests).toHaveLength(1);
  });

  it('routes requests to the newest matching script, then to the default', async () => {
    fake.script('alpha', [{ kind: 'stream', text: 'for alpha' }]);
    fake.script(null, [{ kind: 'stream', text: 'for anyone' }]);
    fake.script('beta', [
      { kind: 'stream', text: 'for beta 1' },
      { kind: 'stream', text: 'for beta 2' },
    ]);
    fake.setDefault({ kind: 'stream', text: 'default' });
    const texts = [];
    for (const userText of ['beta', 'alpha', 'beta', 'beta', 'alpha', 'alpha']) {
      const { deltas } = await streamOnce({ userText: `topic ${userText}` });
      texts.push(deltas.join(''));
    }
    expect(texts).toEqual(['for beta 1', 'for anyone', 'for beta 2', 'default', 'for alpha', 'default']);
  });

  it('answers 401 without credentials and 400 for a final assistant turn ending in whitespace', async () => {
    const response = await fetch(`${fake.url}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: MODEL, max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ type: 'error', error: { type: 'authentication_error', message: expect.any(String) } });

    const { error } = await streamOnce({
      model: PREFILL_MODEL,
      messages: [
        { role: 'user', content: 'hi' },
        { role: 'assistant', content: 'prefill ' },
      ],
    });
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ status: 400, type: 'invalid_request_error' });
    expect((error as BadRequestError).message).toContain('trailing whitespace');
  });

  it.each(['claude-sonnet-5-5', 'claude-opus-4-6', 'claude-sonnet-4-6', 'claude-opus-5', 'claude-some-future-model'])(
    'refuses an assistant prefill from %s with the real 400, before anything is streamed',
    async (model) => {
      fake.script(null, [{ kind: 'stream', text: 'never sent' }]);
      const { error, deltas } = await streamOnce({
        model,
        messages: [
          { role: 'user', content: 'hi' },
          { role: 'assistant', content: 'Once upon' },
        ],
      });
      expect(error).toBeInstanceOf(BadRequestError);
      expect(error).toMatchObject({
        status: 400,
        error: { type: 'error', error: { type: 'invalid_request_error', message: PREFILL_REFUSED } },
      });
      expect(deltas).toEqual([]);
      // The refused request did not use up the scripted answer.
      expect((await streamOnce({ model })).deltas.join('')).toBe('never sent');
    },
  );

  it.each(['claude-haiku-4-5', 'claude-opus-4-5-20251101', 'claude-sonnet-4-5', 'claude-opus-4-1', 'claude-3-5-haiku'])(
    'continues an assistant prefill from %s exactly',
    async (model) => {
      const post = 'TITLE: A\n\nFirst sentence here. Second sentence follows it.';
      const prefill = post.slice(0, post.indexOf(' follows'));
      fake.script(null, [{ kind: 'post', text: post, seam: 'repeat-sentence' }]);
      const { deltas, error } = await streamOnce({
        model,
        messages: [
          { role: 'user', content: 'hi' },
          { role: 'assistant', content: prefill },
        ],
      });
      expect(error).toBeUndefined();
      expect(prefill + deltas.join('')).toBe(post);
    },
  );

  it.each([
    ['repeat-sentence', 'Second sentence follows it, and more.'],
    ['repeat-words', 'here. Second sentence follows it, and more.'],
    ['exact', ' follows it, and more.'],
    ['exact-no-space', 'follows it, and more.'],
  ] as const)('answers a continuation asked for in a user turn with a %s seam', async (seam, reply) => {
    const post = 'TITLE: A post about seams\n\nFirst sentence here. Second sentence follows it, and more.';
    const shown = post.slice(0, post.indexOf(' follows'));
    fake.script(null, [{ kind: 'post', text: post, seam }]);
    const { deltas } = await streamOnce({ userText: `TOPIC: seams\n\nContinue:\n<post_so_far>\n${shown}\n</post_so_far>` });
    expect(deltas.join('')).toBe(reply);
  });

  it('rejects malformed scripted responses up front', () => {
    expect(() => fake.script(null, [{ kind: 'stream', txt: 'typo' } as unknown as ScriptedResponse])).toThrow(
      /unknown stream response fields: txt/,
    );
    expect(() => fake.script(null, [{ kind: 'stream' } as unknown as ScriptedResponse])).toThrow(/needs text/);
    expect(() => fake.setDefault({ kind: 'status', status: 418 } as unknown as ScriptedResponse)).toThrow(/status must be one of/);
    expect(() => fake.script(null, [{ kind: 'stream', text: 'x', errorAfterChars: 1, dropAfterChars: 2 }])).toThrow(/at most one/);
  });

  it('can be driven over HTTP by another process', async () => {
    const control = fakeAnthropicControl(fake.url);
    await control.script('remote', [{ kind: 'stream', text: 'scripted over http' }]);
    await control.setDefault({ kind: 'status', status: 500 });
    expect((await streamOnce({ userText: 'remote' })).deltas.join('')).toBe('scripted over http');
    expect((await streamOnce({ userText: 'remote' })).error).toMatchObject({ status: 500, type: 'api_error' });

    const requests = await control.requests();
    expect(requests.map((request) => request.text)).toEqual(['You are a test.\nremote', 'You are a test.\nremote']);
    await expect(control.script(null, [{ kind: 'nope' } as unknown as ScriptedResponse])).rejects.toThrow(/400/);

    await control.reset();
    expect(await control.requests()).toEqual([]);
    expect((await fetch(`${fake.url}/health`)).status).toBe(200);
  });
});

describe('the default response', () => {
  const topic = 'Self-Hosting a Blog on a Raspberry Pi';

  it('is a post in our format, about the topic, long enough', () => {
    const post = buildSamplePost(topic);
    const [header, ...rest] = post.split('\n\n');
    const lines = header?.split('\n') ?? [];
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^TITLE: .*Self-Hosting a Blog on a Raspberry Pi/);
    expect(lines[1]?.length).toBeGreaterThanOrEqual('META_DESCRIPTION: '.length + 120);
    expect(lines[1]?.length).toBeLessThanOrEqual('META_DESCRIPTION: '.length + 160);
    expect(lines[2]).toMatch(/^TAGS: \S/);
    const categories = lines[3]?.replace(/^CATEGORIES: /, '').split(', ') ?? [];
    expect(categories.length).toBeGreaterThan(0);
    for (const category of categories) expect(CATEGORIES).toContain(category);

    const body = rest.join('\n\n');
    expect(body.endsWith(`\n\n${END_MARKER}`)).toBe(true);
    expect(body.indexOf(END_MARKER)).toBe(body.length - END_MARKER.length);
    expect(body).toMatch(/^## /m);
    expect(body).not.toMatch(/^# /m);
    expect(body).toMatch(/^- /m);
    expect(body).toMatch(/^\| --- \|/m);
    expect(body).toMatch(/^```\w+\n[\s\S]+?\n```$/m);
    const words = body.split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThanOrEqual(1_500);
    expect(words).toBeLessThan(1_800);
    expect(buildSamplePost(topic, { words: 3_000 }).split(/\s+/).length).toBeGreaterThan(3_000);
  });

  it('answers a non-streaming request with the post for the TOPIC line', async () => {
    const message = await new Anthropic({ apiKey: 'test-key', baseURL: fake.url }).messages.create({
      model: MODEL,
      max_tokens: 8_000,
      messages: [{ role: 'user', content: `TOPIC: ${topic}\nTarget length: 1,500 words.` }],
    });
    expect(message.content).toEqual([{ type: 'text', text: buildSamplePost(topic) }]);
    expect(message.stop_reason).toBe('end_turn');
  });

  it('stops at max_tokens and continues an assistant prefill, as the model does', async () => {
    const post = buildSamplePost(topic);
    const userText = `TOPIC: ${topic}`;
    const firstRound = await new Anthropic({ apiKey: 'test-key', baseURL: fake.url }).messages.create({
      model: PREFILL_MODEL,
      max_tokens: 100,
      messages: [{ role: 'user', content: userText }],
    });
    expect(firstRound.stop_reason).toBe('max_tokens');
    expect(firstRound.content).toEqual([{ type: 'text', text: post.slice(0, 400) }]);

    // The built-in default streams 40 chars every 15 ms; a prefill close to the end keeps this quick.
    const prefill = post.slice(0, -150).trimEnd();
    const { deltas, message } = await streamOnce({
      model: PREFILL_MODEL,
      messages: [
        { role: 'user', content: userText },
        { role: 'assistant', content: prefill },
      ],
    });
    expect(prefill + deltas.join('')).toBe(post);
    expect(deltas.every((delta) => delta.length <= 40)).toBe(true);
    expect(message?.stop_reason).toBe('end_turn');
    const continuation = fake.requests[1];
    expect(continuation && samplePostResponse(continuation)).toMatchObject({ kind: 'post', chunkSize: 40, delayMs: 15 });
  });

  it('continues a start quoted in a user turn, repeating the sentence it was cut in, as a current model does', async () => {
    const post = buildSamplePost(topic);
    const cut = post.indexOf('In this guide we walk') + 'In this guide we walk'.length;
    const { deltas, message } = await streamOnce({
      userText: `TOPIC: ${topic}\n\nContinue this post:\n<post_so_far>\n${post.slice(0, cut)}\n</post_so_far>`,
    });
    const reply = deltas.join('');
    const sentenceStart = post.indexOf('In this guide we walk');
    expect(reply.length).toBeGreaterThan(cut - sentenceStart);
    expect(post.slice(sentenceStart).startsWith(reply)).toBe(true);
    // 1,024 tokens of about 4 characters: the rest of the post does not fit.
    expect(message?.stop_reason).toBe('max_tokens');
  });
});

describe('close()', () => {
  it('ends promptly even with a stalled stream open', async () => {
    const own = await startFakeAnthropic();
    own.script(null, [{ kind: 'stream', text: 'abc', stallAfterChars: 1 }]);
    const stalled = startStream({ baseURL: own.url });
    await waitFor(() => stalled.deltas.length === 1);
    // Resolving at all is the point: a close that waited for the stalled stream would never return.
    await own.close();
    expect((await stalled.done).error).toBeInstanceOf(AnthropicError);
  });
});
