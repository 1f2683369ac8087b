import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGenerationHarness } from './generation/harness';

const ENDPOINT_KEY = 'sk-endpoint-secret-7f3a';
const CLAUDE_KEY = 'test-key';

let harness: Awaited<ReturnType<typeof startGenerationHarness>>;
let testRoute: typeof import('@/app/api/models/test/route');

// Claude beside an OpenAI-compatible endpoint that needs a key; OPENAI_MODELS offers one model the endpoint does
// not serve (the fake answers it 404, as Ollama does a model that was never pulled).
beforeAll(async () => {
  harness = await startGenerationHarness(
    { OPENAI_API_KEY: ENDPOINT_KEY, OPENAI_MODELS: 'qwen3:8b,never-pulled:1b' },
    { provider: 'openai' },
  );
  testRoute = await import('@/app/api/models/test/route');
});
afterAll(async () => harness?.close());
beforeEach(() => harness.fake.reset());

const noParams = { params: Promise.resolve({}) };

async function testModel(body: unknown, headers: Record<string, string> = {}) {
  const response = await testRoute.POST(
    new Request('http://localhost:3000/api/models/test', {
      method: 'POST',
      headers: { 'content-type': 'application/json', host: 'localhost:3000', ...headers },
      body: JSON.stringify(body),
    }),
    noParams,
  );
  const text = await response.text();
  // Whatever the outcome, neither key ever reaches the browser.
  expect(text).not.toContain(ENDPOINT_KEY);
  expect(text).not.toContain(CLAUDE_KEY);
  return { status: response.status, body: JSON.parse(text) as Record<string, unknown> };
}

describe('POST /api/models/test', () => {
  it('asks the endpoint for one short word and answers the time it took and the reply', async () => {
    harness.fake.script(null, [{ kind: 'stream', text: ' ready \n' }]);
    const { status, body } = await testModel({ model: 'openai:qwen3:8b' });
    expect(status).toBe(200);
    expect(body).toEqual({ ok: true, ms: expect.any(Number), reply: 'ready' });
    expect(body.ms).toBeGreaterThanOrEqual(0);
    const [sent] = harness.fake.requests;
    expect(harness.fake.requests).toHaveLength(1);
    expect(sent).toMatchObject({ model: 'qwen3:8b', stream: false, apiKey: ENDPOINT_KEY });
    expect(sent?.max_tokens).toBeLessThanOrEqual(32);
  });

  it('tests Claude the same way', async () => {
    const { status, body } = await testModel({ model: 'anthropic:claude-sonnet-5-5' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: true, ms: expect.any(Number), reply: expect.any(String) });
  });

  it('says why a model the endpoint refuses did not answer, in the error shape, with the reason as a code', async () => {
    const { status, body } = await testModel({ model: 'openai:never-pulled:1b' });
    expect(status).toBe(502);
    expect(body).toEqual({
      error: {
        code: 'generation_failed',
        message: expect.stringMatching(/HTTP 404.*never-pulled:1b.*OPENAI_MODELS/),
        details: { reason: 'http_404', ms: expect.any(Number) },
      },
    });
  });

  it('passes on the endpoint’s own words when it rejects the key', async () => {
    harness.fake.script(null, [{ kind: 'status', status: 401, message: 'Invalid API key provided' }]);
    const { status, body } = await testModel({ model: 'openai:qwen3:8b' });
    expect(status).toBe(502);
    expect(body.error).toMatchObject({ code: 'generation_failed', message: expect.stringContaining('Invalid API key provided') });
  });

  it('refuses a model that is not offered, a malformed body and a request from another site', async () => {
    expect(await testModel({ model: 'openai:gpt-imaginary' })).toMatchObject({ status: 400, body: { error: { code: 'unknown_model' } } });
    expect(await testModel({})).toMatchObject({ status: 400, body: { error: { code: 'validation_failed' } } });
    expect(await testModel({ model: 'openai:qwen3:8b', extra: true })).toMatchObject({ status: 400 });
    expect(await testModel({ model: 'openai:qwen3:8b' }, { origin: 'https://evil.example' })).toMatchObject({ status: 403 });
    expect(harness.fake.requests).toHaveLength(0);
  });
});

describe('the model setup /settings shows', () => {
  it('lists both providers with their models, the default and prices, and no key', async () => {
    const setup = await harness.generation.describeModelSetup();
    const text = JSON.stringify(setup);
    expect(text).not.toContain(ENDPOINT_KEY);
    expect(text).not.toContain(CLAUDE_KEY);
    expect(setup.defaultModel).toBe('anthropic:claude-sonnet-5-5');
    const [anthropic, openai] = setup.providers;
    expect(anthropic).toMatchObject({ provider: 'anthropic', configured: true, keySet: true });
    expect(anthropic?.models).toEqual([
      expect.objectContaining({ id: 'anthropic:claude-sonnet-5-5', default: true, price: { input: 2, output: 10 } }),
    ]);
    // The fake listens on loopback: a local endpoint, whose models cost nothing.
    expect(openai).toMatchObject({
      provider: 'openai',
      configured: true,
      keySet: true,
      local: true,
      modelsFrom: 'setting',
      listError: null,
    });
    expect(openai?.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    expect(openai?.models.map((model) => [model.id, model.default, model.price])).toEqual([
      ['openai:qwen3:8b', false, { input: 0, output: 0 }],
      ['openai:never-pulled:1b', false, { input: 0, output: 0 }],
    ]);
  });
});
