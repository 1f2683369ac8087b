import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '@/lib/drafts/draft';
import { startGenerationHarness } from './generation/harness';
import { composePost } from './generation/post-text';

let harness: Awaited<ReturnType<typeof startGenerationHarness>>;
let modelsRoute: typeof import('@/app/api/models/route');
let draftsRoute: typeof import('@/app/api/drafts/route');
let batches: typeof import('@/lib/batch');

// Claude's key and an OpenAI-compatible endpoint listing its models (no OPENAI_MODELS): both are offered.
beforeAll(async () => {
  harness = await startGenerationHarness({}, { provider: 'openai' });
  modelsRoute = await import('@/app/api/models/route');
  draftsRoute = await import('@/app/api/drafts/route');
  batches = await import('@/lib/batch');
});
afterAll(async () => harness?.close());

const noParams = { params: Promise.resolve({}) };

function createDraft(body: unknown): Promise<Response> {
  return draftsRoute.POST(
    new Request('http://localhost:3000/api/drafts', {
      method: 'POST',
      headers: { 'content-type': 'application/json', host: 'localhost:3000' },
      body: JSON.stringify(body),
    }),
    noParams,
  );
}

describe('models beside Claude', () => {
  it('lists Claude and every model the endpoint offers, Claude as the default, and never a key', async () => {
    const response = await modelsRoute.GET(new Request('http://localhost:3000/api/models'), noParams);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      models: [
        { id: 'anthropic:claude-sonnet-5-5', provider: 'anthropic', model: 'claude-sonnet-5-5', default: true },
        { id: 'openai:llama3.2:3b', provider: 'openai', model: 'llama3.2:3b', default: false },
        { id: 'openai:qwen3:8b', provider: 'openai', model: 'qwen3:8b', default: false },
      ],
    });
    expect(text).not.toContain('test-key');
  });

  it('writes a post with the model picked for it, and the draft says which', async () => {
    harness.fake.script('Kayaking', [{ kind: 'post', text: composePost('Kayaking') }]);
    const response = await createDraft({ topic: 'Kayaking', model: 'openai:qwen3:8b' });
    expect(response.status).toBe(201);
    const draft = await harness.generation.generationSettled({ id: ((await response.json()) as Draft).id });
    expect(draft.status).toBe('draft');
    expect(draft.raw).toBe(composePost('Kayaking'));
    expect(draft.generation).toMatchObject({ provider: 'openai', model: 'qwen3:8b' });
    expect(harness.fake.requests.at(-1)?.model).toBe('qwen3:8b');
  });

  it('refuses a model that is not offered with 400 unknown_model, naming the ones that are', async () => {
    const response = await createDraft({ topic: 'Sailing', model: 'openai:gpt-imaginary' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        code: 'unknown_model',
        message:
          '"openai:gpt-imaginary" is not one of the models offered here: anthropic:claude-sonnet-5-5, openai:llama3.2:3b, openai:qwen3:8b.',
      },
    });
  });

  it('writes a batch with its model, and refuses a CSV row naming a model that is not offered', async () => {
    harness.fake.setDefault((request: { text: string }) => ({
      kind: 'post' as const,
      text: composePost(request.text.match(/Batch topic \d/)?.[0] ?? 'Batch topic'),
    }));
    const { batch, problems } = await batches.createBatch({
      input: {
        csv: 'topic,model\nBatch topic 1,\nBatch topic 2,openai:llama3.2:3b\nBatch topic 3,openai:gpt-imaginary\n',
        model: 'openai:qwen3:8b',
        keywords: '',
        tone: '',
        audience: '',
        length: 'standard',
        language: '',
      },
    });
    expect(problems).toEqual([
      { line: 4, message: 'The model "openai:gpt-imaginary" is not offered here; Settings lists the ones that are.' },
    ]);
    expect(batch.jobs.map((job) => job.topic)).toEqual(['Batch topic 1', 'Batch topic 2']);
    let view = batch;
    for (let wait = 0; wait < 100 && view.counts.done < 2; wait += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      view = await batches.getBatch({ id: batch.id });
    }
    const models = await Promise.all(view.jobs.map(async (job) => (await harness.drafts.getDraft({ id: job.draft?.id ?? '' })).generation));
    expect(models.map(({ provider, model }) => `${provider}:${model}`)).toEqual(['openai:qwen3:8b', 'openai:llama3.2:3b']);
  });
});
