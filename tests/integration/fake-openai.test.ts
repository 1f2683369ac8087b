import OpenAI, {
  APIConnectionError,
  APIError,
  APIUserAbortError,
  BadRequestError,
  InternalServerError,
  NotFoundError,
  OpenAIError,
  RateLimitError,
} from 'openai';
import type { ChatCompletionChunk, ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  buildSamplePost,
  DEFAULT_MODELS,
  type FakeOpenAI,
  fakeOpenAIControl,
  type ScriptedResponse,
  startFakeOpenAI,
} from '../fixtures/fake-openai/server.mjs';

const MODEL = 'qwen3:8b';
const TEXT = 'Streaming works: naïve café, 日本語, emojis 😀🎉 and a surrogate 𝄞 at odd offsets.';

let fake: FakeOpenAI;

beforeAll(async () => {
  fake = await startFakeOpenAI({ models: [MODEL, 'llama3.2:3b'] });
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

type StreamOptions = {
  maxRetries?: number;
  userText?: string;
  messages?: ChatCompletionMessageParam[];
  baseURL?: string;
  model?: string;
  includeUsage?: boolean;
  maxTokens?: number;
};

function client({ maxRetries = 0, baseURL = fake.url }: { maxRetries?: number; baseURL?: string } = {}) {
  // A local server ignores the key; the SDK insists on one ("required but ignored" in Ollama's docs).
  return new OpenAI({ apiKey: 'ollama', baseURL, maxRetries });
}

function messagesOf(options: StreamOptions): ChatCompletionMessageParam[] {
  return (
    options.messages ?? [
      { role: 'system', content: 'You are a test.' },
      { role: 'user', content: options.userText ?? 'TOPIC: Testing fakes' },
    ]
  );
}

/** Streams one request through the real SDK, collecting the chunks, the text deltas and how it ends. */
function startStream(options: StreamOptions = {}) {
  const controller = new AbortController();
  const chunks: ChatCompletionChunk[] = [];
  const deltas: string[] = [];
  const done = (async () => {
    try {
      const stream = await client({ maxRetries: options.maxRetries, baseURL: options.baseURL }).chat.completions.create(
        {
          model: options.model ?? MODEL,
          max_tokens: options.maxTokens ?? 1024,
          messages: messagesOf(options),
          stream: true,
          ...(options.includeUsage === false ? {} : { stream_options: { include_usage: true } }),
        },
        { signal: controller.signal },
      );
      for await (const chunk of stream) {
        chunks.push(chunk);
        const content = chunk.choices[0]?.delta.content;
        if (content) deltas.push(content);
      }
      return { error: undefined };
    } catch (error) {
      return { error };
    }
  })();
  return { controller, chunks, deltas, done };
}

async function streamOnce(options: StreamOptions = {}) {
  const { chunks, deltas, done } = startStream(options);
  return { chunks, deltas, ...(await done) };
}

const finishReasons = (chunks: ChatCompletionChunk[]) => chunks.flatMap((chunk) => chunk.choices.map((choice) => choice.finish_reason));
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

describe('fake OpenAI-compatible server, driven by the real openai SDK', () => {
  it('streams the text in chunks, then finish_reason stop, then a usage chunk, and records the request', async () => {
    // Chunks of 3 would cut through 😀 (indexes 41-42), so this also checks that pairs are kept whole.
    expect(TEXT.codePointAt(41)).toBe(0x1f600);
    fake.script(null, [{ kind: 'stream', text: TEXT, chunkSize: 3, inputTokens: 42, outputTokens: 99 }]);
    const { chunks, deltas, error } = await streamOnce({ userText: 'Hello there' });

    expect(error).toBeUndefined();
    expect(deltas.join('')).toBe(TEXT);
    expect(deltas.length).toBeGreaterThan(10);
    for (const delta of deltas) {
      expect(delta).not.toMatch(/[\uD800-\uDBFF]$/);
      expect(delta).not.toMatch(/^[\uDC00-\uDFFF]/);
    }
    expect(chunks[0]?.choices[0]?.delta).toEqual({ role: 'assistant', content: '' });
    expect(finishReasons(chunks).filter(Boolean)).toEqual(['stop']);
    const last = chunks.at(-1);
    expect(last?.choices).toEqual([]);
    expect(last?.usage).toEqual({ prompt_tokens: 42, completion_tokens: 99, total_tokens: 141 });
    expect(chunks.slice(0, -1).every((chunk) => chunk.usage === null)).toBe(true);
    expect(new Set(chunks.map((chunk) => chunk.id)).size).toBe(1);
    expect(chunks[0]).toMatchObject({ object: 'chat.completion.chunk', model: MODEL, id: expect.stringMatching(/^chatcmpl-/) });

    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]).toMatchObject({
      path: '/v1/chat/completions',
      model: MODEL,
      max_tokens: 1024,
      max_completion_tokens: undefined,
      stream: true,
      stream_options: { include_usage: true },
      system: 'You are a test.',
      messages: [{ role: 'user', content: 'Hello there' }],
      apiKey: 'ollama',
      text: 'You are a test.\nHello there',
    });
  });

  it('puts `data:` chunks on the wire and ends with data: [DONE]', async () => {
    fake.script(null, [{ kind: 'stream', text: 'abcdefgh', chunkSize: 3 }]);
    const response = await fetch(`${fake.url}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        model: MODEL,
        stream: true,
        stream_options: { include_usage: true },
        messages: [{ role: 'user', content: 'hi' }],
      }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(response.headers.get('x-request-id')).toMatch(/^req_/);
    const events = (await response.text()).split('\n\n').filter(Boolean);
    for (const event of events) expect(event).toMatch(/^data: /);
    expect(events.at(-1)).toBe('data: [DONE]');
    const parsed = events.slice(0, -1).map((event) => JSON.parse(event.slice('data: '.length)) as ChatCompletionChunk);
    expect(parsed.map((chunk) => chunk.choices[0]?.delta.content ?? null)).toEqual(['', 'abc', 'def', 'gh', null, null]);
    expect(parsed.map((chunk) => chunk.choices[0]?.finish_reason ?? null)).toEqual([null, null, null, null, 'stop', null]);
    expect(parsed.at(-1)).toMatchObject({ choices: [], usage: { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 } });
  });

  it('sends no usage chunk unless stream_options.include_usage is set', async () => {
    fake.script(null, [{ kind: 'stream', text: 'no usage here' }]);
    const { chunks, deltas } = await streamOnce({ includeUsage: false });
    expect(deltas.join('')).toBe('no usage here');
    expect(chunks.every((chunk) => chunk.usage === undefined && chunk.choices.length === 1)).toBe(true);
    expect(finishReasons(chunks).at(-1)).toBe('stop');
  });

  it.each([
    [{ finishReason: 'length' }, 'length'],
    [{ stopReason: 'max_tokens' }, 'length'],
    [{ stopReason: 'end_turn' }, 'stop'],
    [{ finishReason: 'content_filter' }, 'content_filter'],
  ] as const)('ends with the finish reason a script asks for (%j → %s)', async (fields, reason) => {
    fake.script(null, [{ kind: 'stream', text: 'cut short', outputTokens: 1024, ...fields }]);
    const { chunks } = await streamOnce();
    expect(finishReasons(chunks).filter(Boolean)).toEqual([reason]);
    expect(chunks.at(-1)?.usage?.completion_tokens).toBe(1024);
  });

  it('raises the gateway-style mid-stream error chunk as an APIError without a status, after the partial text', async () => {
    fake.script(null, [{ kind: 'stream', text: TEXT, chunkSize: 4, errorAfterChars: 20 }]);
    const { deltas, error, chunks } = await streamOnce({ maxRetries: 2 });
    expect(deltas.join('')).toBe(TEXT.slice(0, 20));
    expect(error).toBeInstanceOf(APIError);
    expect(error).not.toBeInstanceOf(APIConnectionError);
    expect(error).toMatchObject({ status: undefined, code: 'server_error', message: 'Provider disconnected unexpectedly' });
    expect((error as APIError).requestID).toMatch(/^req_/);
    expect(finishReasons(chunks)).not.toContain('stop');
    // The SDK does not retry a failure inside a 200 stream: that is the app's call.
    expect(fake.requests).toHaveLength(1);
  });

  it('sends the vLLM error shape, followed by [DONE], when asked', async () => {
    fake.script(null, [{ kind: 'stream', text: TEXT, errorAfterChars: 10, errorStyle: 'vllm' }]);
    const { deltas, error } = await streamOnce();
    expect(deltas.join('')).toBe(TEXT.slice(0, 10));
    expect(error).toBeInstanceOf(APIError);
    expect(error).toMatchObject({ status: undefined, code: 500, type: 'InternalServerError', message: 'Internal server error' });

    fake.script(null, [{ kind: 'stream', text: 'abc', errorAfterChars: 1, errorStyle: 'vllm' }]);
    const raw = await fetch(`${fake.url}/chat/completions`, {
      method: 'POST',
      body: JSON.stringify({ model: MODEL, stream: true, messages: [{ role: 'user', content: 'hi' }] }),
    });
    expect(
      (await raw.text()).endsWith(
        'data: {"error":{"message":"Internal server error","type":"InternalServerError","param":null,"code":500}}\n\ndata: [DONE]\n\n',
      ),
    ).toBe(true);
  });

  it('rejects on a dropped connection after delivering the partial text', async () => {
    fake.script(null, [{ kind: 'stream', text: TEXT, chunkSize: 4, dropAfterChars: 12 }]);
    const { deltas, error, chunks } = await streamOnce({ maxRetries: 2 });
    expect(deltas.join('')).toBe(TEXT.slice(0, 12));
    // What the SDK lets through: the body stream's own error, not an OpenAIError.
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(OpenAIError);
    expect((error as Error).message).toBe('terminated');
    expect(finishReasons(chunks).filter(Boolean)).toEqual([]);
    expect(fake.requests).toHaveLength(1);
  });

  it('stalls until the client aborts, and reset() cuts a stalled stream', async () => {
    const stall: ScriptedResponse = { kind: 'stream', text: TEXT, chunkSize: 4, stallAfterChars: 8 };
    fake.script(null, [stall, stall]);
    const abortedByClient = startStream();
    const cutByReset = startStream();
    await waitFor(() => abortedByClient.deltas.join('').length === 8 && cutByReset.deltas.join('').length === 8);
    await sleep(150);

    abortedByClient.controller.abort();
    // An abort while iterating ends the iteration quietly (streaming.ts: "we should exit without throwing").
    expect((await abortedByClient.done).error).toBeUndefined();
    expect(finishReasons(abortedByClient.chunks).filter(Boolean)).toEqual([]);
    fake.reset();
    expect((await cutByReset.done).error).toBeInstanceOf(Error);
    expect(cutByReset.deltas.join('')).toBe(TEXT.slice(0, 8));
  });

  it('an abort before the response starts is an APIUserAbortError', async () => {
    fake.script(null, [{ kind: 'stream', text: 'slow', delayMs: 50 }]);
    const controller = new AbortController();
    controller.abort();
    await expect(
      client().chat.completions.create(
        { model: MODEL, messages: [{ role: 'user', content: 'hi' }], stream: true },
        { signal: controller.signal },
      ),
    ).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it('succeeds after two 429s when the SDK may retry twice, honouring retry-after-ms', async () => {
    fake.script(null, [
      { kind: 'status', status: 429, retryAfterMs: 10 },
      { kind: 'status', status: 429, retryAfterMs: 10 },
      { kind: 'stream', text: 'third time lucky' },
    ]);
    const { deltas, error, chunks } = await streamOnce({ maxRetries: 2 });
    expect(error).toBeUndefined();
    expect(deltas.join('')).toBe('third time lucky');
    expect(finishReasons(chunks).filter(Boolean)).toEqual(['stop']);
    expect(fake.requests.map((request) => request.headers['x-stainless-retry-count'])).toEqual(['0', '1', '2']);
  });

  it('rejects a 429 with the status, the error body and retry-after when retries are off', async () => {
    fake.script(null, [{ kind: 'status', status: 429, retryAfterSeconds: 7 }]);
    const { error, deltas } = await streamOnce({ maxRetries: 0 });
    expect(deltas).toEqual([]);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, code: 'rate_limit_exceeded', type: 'requests' });
    expect((error as RateLimitError).headers.get('retry-after')).toBe('7');
    expect((error as RateLimitError).requestID).toMatch(/^req_/);
    expect(fake.requests).toHaveLength(1);
  });

  it.each([500, 503] as const)('answers HTTP %d with a server_error body, which the SDK retries', async (status) => {
    fake.script(null, [
      { kind: 'status', status, retryAfterMs: 5 },
      { kind: 'status', status, retryAfterMs: 5 },
    ]);
    const { error } = await streamOnce({ maxRetries: 1 });
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status, type: 'server_error', error: { message: expect.any(String), type: 'server_error', code: null } });
    expect(fake.requests).toHaveLength(2);
  });

  it('answers 400 and 401 from a script with the OpenAI error body', async () => {
    fake.script(null, [
      { kind: 'status', status: 401 },
      { kind: 'status', status: 400, message: 'context too long' },
    ]);
    expect((await streamOnce()).error).toMatchObject({ status: 401, code: 'invalid_api_key', type: 'invalid_request_error' });
    const { error } = await streamOnce();
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ status: 400, message: '400 context too long' });
  });

  it('accepts a request with or without Authorization, as a local server does', async () => {
    fake.script(null, [{ kind: 'stream', text: 'keyless' }]);
    const response = await fetch(`${fake.url}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: MODEL, messages: [{ role: 'user', content: 'hi' }] }),
    });
    expect(response.status).toBe(200);
    expect((await response.json()) as unknown).toMatchObject({ choices: [{ message: { content: 'keyless' } }] });
    expect(fake.requests[0]?.apiKey).toBeNull();
  });

  it("answers a model it does not serve with Ollama's 404, and bad bodies with 400, before using a script", async () => {
    fake.script(null, [{ kind: 'stream', text: 'never sent' }]);
    const unknown = await streamOnce({ model: 'mistral:7b' });
    expect(unknown.error).toBeInstanceOf(NotFoundError);
    expect(unknown.error).toMatchObject({ status: 404, message: '404 model "mistral:7b" not found, try pulling it first' });

    const empty = await streamOnce({ messages: [] });
    expect(empty.error).toBeInstanceOf(BadRequestError);
    expect(empty.error).toMatchObject({ status: 400, param: 'messages', type: 'invalid_request_error' });

    const usageWithoutStream = client().chat.completions.create({
      model: MODEL,
      messages: [{ role: 'user', content: 'hi' }],
      stream_options: { include_usage: true },
    });
    await expect(usageWithoutStream).rejects.toMatchObject({ status: 400, param: 'stream_options' });

    expect(fake.requests).toHaveLength(3);
    expect((await streamOnce()).deltas.join('')).toBe('never sent');
  });

  it('lists the models it serves on GET /v1/models, as set at start, by setModels() and after reset()', async () => {
    const listed = async () => (await client().models.list()).data;
    expect(await listed()).toEqual([
      { id: MODEL, object: 'model', created: expect.any(Number), owned_by: 'library' },
      { id: 'llama3.2:3b', object: 'model', created: expect.any(Number), owned_by: 'library' },
    ]);
    fake.setModels(['gemma3:4b']);
    expect((await listed()).map((model) => model.id)).toEqual(['gemma3:4b']);
    fake.script(null, [{ kind: 'stream', text: 'from gemma' }]);
    expect((await streamOnce({ model: 'gemma3:4b' })).deltas.join('')).toBe('from gemma');
    fake.reset();
    expect((await listed()).map((model) => model.id)).toEqual([MODEL, 'llama3.2:3b']);
    expect(() => fake.setModels([])).toThrow(/non-empty array/);
  });

  it('answers a non-streaming request with the whole completion, its finish reason and usage', async () => {
    fake.script(null, [{ kind: 'stream', text: TEXT, stopReason: 'max_tokens', inputTokens: 5, outputTokens: 6 }]);
    const { data: completion, request_id } = await client()
      .chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: 'hi' }], max_completion_tokens: 50 })
      .withResponse();
    expect(completion).toMatchObject({
      object: 'chat.completion',
      model: MODEL,
      choices: [{ index: 0, message: { role: 'assistant', content: TEXT }, finish_reason: 'length' }],
      usage: { prompt_tokens: 5, completion_tokens: 6, total_tokens: 11 },
    });
    expect(request_id).toMatch(/^req_/);
    expect(fake.requests[0]).toMatchObject({ stream: false, max_tokens: undefined, max_completion_tokens: 50, stream_options: undefined });

    fake.script(null, [{ kind: 'stream', text: TEXT, errorAfterChars: 3 }]);
    await expect(client().chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: 'hi' }] })).rejects.toBeInstanceOf(
      InternalServerError,
    );
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
      texts.push((await streamOnce({ userText: `topic ${userText}` })).deltas.join(''));
    }
    expect(texts).toEqual(['for beta 1', 'for anyone', 'for beta 2', 'default', 'for alpha', 'default']);
  });

  it('rejects malformed scripted responses up front, Anthropic-only statuses included', () => {
    expect(() => fake.script(null, [{ kind: 'stream', txt: 'typo' } as unknown as ScriptedResponse])).toThrow(
      /fake-openai: unknown stream response fields: txt/,
    );
    expect(() => fake.setDefault({ kind: 'status', status: 529 } as unknown as ScriptedResponse)).toThrow(
      /an OpenAI-compatible server answers 503/,
    );
    expect(() => fake.script(null, [{ kind: 'stream', text: 'x', finishReason: 'stop', stopReason: 'end_turn' }])).toThrow(/at most one/);
    expect(() => fake.script(null, [{ kind: 'post', text: 'x', errorStyle: 'grpc' } as unknown as ScriptedResponse])).toThrow(
      /errorStyle must be one of openrouter, vllm/,
    );
  });

  it('can be driven over HTTP by another process', async () => {
    const control = fakeOpenAIControl(fake.url);
    await control.script('remote', [{ kind: 'stream', text: 'scripted over http' }]);
    await control.setDefault({ kind: 'status', status: 503 });
    await control.setModels(['remote:1b']);
    expect((await streamOnce({ userText: 'remote', model: 'remote:1b' })).deltas.join('')).toBe('scripted over http');
    expect((await streamOnce({ userText: 'remote', model: 'remote:1b' })).error).toMatchObject({ status: 503 });

    const requests = await control.requests();
    expect(requests.map((request) => request.text)).toEqual(['You are a test.\nremote', 'You are a test.\nremote']);
    await expect(control.script(null, [{ kind: 'nope' } as unknown as ScriptedResponse])).rejects.toThrow(/400/);
    await expect(control.setModels('x' as unknown as string[])).rejects.toThrow(/400/);

    await control.reset();
    expect(await control.requests()).toEqual([]);
    expect((await client().models.list()).data.map((model) => model.id)).toEqual([MODEL, 'llama3.2:3b']);
    expect((await fetch(`${fake.url.replace(/\/v1$/, '')}/health`)).status).toBe(200);
  });
});

describe('posts and continuations', () => {
  const post = 'TITLE: A post about seams\n\nFirst sentence here. Second sentence follows it, and more.';
  const shown = post.slice(0, post.indexOf(' follows'));
  const continuation = `TOPIC: seams\n\nContinue:\n<post_so_far>\n${shown}\n</post_so_far>`;

  it.each([
    ['repeat-sentence', 'Second sentence follows it, and more.'],
    ['repeat-words', 'here. Second sentence follows it, and more.'],
    ['exact', ' follows it, and more.'],
    ['exact-no-space', 'follows it, and more.'],
  ] as const)('answers a continuation asked for in a user turn with a %s seam', async (seam, reply) => {
    fake.script(null, [{ kind: 'post', text: post, seam }]);
    const { deltas, chunks } = await streamOnce({ userText: continuation });
    expect(deltas.join('')).toBe(reply);
    expect(finishReasons(chunks).filter(Boolean)).toEqual(['stop']);
  });

  it('stops a post with finish_reason length after stopAfterChars', async () => {
    fake.script(null, [{ kind: 'post', text: post, stopAfterChars: 10, chunkSize: 3 }]);
    const { deltas, chunks } = await streamOnce();
    expect(deltas.join('')).toBe(post.slice(0, 10));
    expect(finishReasons(chunks).filter(Boolean)).toEqual(['length']);
  });

  it('takes a final assistant turn as context, not as a start to continue: the reply is a new message', async () => {
    fake.script(null, [{ kind: 'post', text: post, seam: 'exact' }]);
    const { deltas } = await streamOnce({
      messages: [
        { role: 'user', content: 'TOPIC: seams' },
        { role: 'assistant', content: shown },
      ],
    });
    expect(deltas.join('')).toBe(post);
  });

  it('answers by default with the sample post for the TOPIC line, stopped with length past max_tokens', async () => {
    const topic = 'Self-Hosting a Blog on a Raspberry Pi';
    const sample = buildSamplePost(topic);
    const whole = await client().chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: `TOPIC: ${topic}` }] });
    expect(whole.choices[0]).toMatchObject({ message: { content: sample }, finish_reason: 'stop' });

    const cut = await client().chat.completions.create({
      model: MODEL,
      max_tokens: 100,
      messages: [{ role: 'user', content: `TOPIC: ${topic}` }],
    });
    expect(cut.choices[0]).toMatchObject({ message: { content: sample.slice(0, 400) }, finish_reason: 'length' });

    // The built-in default streams 40 chars every 15 ms; a start close to the end keeps this quick.
    const start = sample.slice(0, -150);
    const { deltas, chunks } = await streamOnce({
      userText: `TOPIC: ${topic}\n\nContinue this post:\n<post_so_far>\n${start}\n</post_so_far>`,
      maxTokens: 8_000,
    });
    const reply = deltas.join('');
    expect(sample.endsWith(reply)).toBe(true);
    expect(reply.length).toBeGreaterThanOrEqual(150);
    expect(deltas.every((delta) => delta.length <= 40)).toBe(true);
    expect(finishReasons(chunks).filter(Boolean)).toEqual(['stop']);
  });
});

describe('close()', () => {
  it('ends promptly even with a stalled stream open', async () => {
    const own = await startFakeOpenAI();
    expect((await client({ baseURL: own.url }).models.list()).data.map((model) => model.id)).toEqual(DEFAULT_MODELS);
    own.script(null, [{ kind: 'stream', text: 'abc', stallAfterChars: 1 }]);
    const stalled = startStream({ baseURL: own.url });
    await waitFor(() => stalled.deltas.length === 1);
    // Resolving at all is the point: a close that waited for the stalled stream would never return.
    await own.close();
    expect((await stalled.done).error).toBeInstanceOf(Error);
  });
});
