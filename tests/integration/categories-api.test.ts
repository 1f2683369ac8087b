import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '@/lib/drafts/draft';
import { CATEGORIES } from '@/lib/post-format/categories';
import { textOfContent } from '../fixtures/fake-anthropic/wire.mjs';
import { startGenerationHarness, topicInput } from './generation/harness';
import { composePost } from './generation/post-text';

let harness: Awaited<ReturnType<typeof startGenerationHarness>>;
let listRoute: typeof import('@/app/api/categories/route');
let customRoute: typeof import('@/app/api/categories/custom/route');
let draftRoute: typeof import('@/app/api/drafts/[id]/route');

beforeAll(async () => {
  harness = await startGenerationHarness();
  listRoute = await import('@/app/api/categories/route');
  customRoute = await import('@/app/api/categories/custom/route');
  draftRoute = await import('@/app/api/drafts/[id]/route');
});
afterAll(async () => harness?.close());

const BASE = 'http://localhost:3000';
const noParams = { params: Promise.resolve({}) };

function jsonRequest(method: string, path: string, body: unknown): Request {
  return new Request(`${BASE}${path}`, {
    method,
    headers: { 'content-type': 'application/json', host: 'localhost:3000' },
    body: JSON.stringify(body),
  });
}

async function categories(): Promise<string[]> {
  return (await (await listRoute.GET(new Request(`${BASE}/api/categories`), noParams)).json()) as string[];
}

async function custom(method: 'POST' | 'DELETE', name: string) {
  const route = method === 'POST' ? customRoute.POST : customRoute.DELETE;
  const response = await route(jsonRequest(method, '/api/categories/custom', { name }), noParams);
  return { status: response.status, body: (await response.json()) as { categories?: string[]; error?: { code: string; message: string } } };
}

async function patch(id: string, body: unknown) {
  const response = await draftRoute.PATCH(jsonRequest('PATCH', `/api/drafts/${id}`, body), { params: Promise.resolve({ id }) });
  return { status: response.status, body: (await response.json()) as Draft & { error?: { code: string; message: string } } };
}

async function generatedDraft(topic: string, text = composePost(topic)): Promise<Draft> {
  harness.fake.script(topic, [{ kind: 'stream', text }]);
  const started = await harness.write({ kind: 'new', input: topicInput(topic) });
  return harness.generation.generationSettled({ id: started.id });
}

describe('categories an admin adds', () => {
  it('come after the fixed 60, which stay first, in order and unchanged', async () => {
    expect(await categories()).toEqual([...CATEGORIES]);
    expect(await custom('POST', '  Local   Events ')).toEqual({ status: 201, body: { categories: ['Local Events'] } });
    expect(await custom('POST', 'Gardening')).toEqual({ status: 201, body: { categories: ['Local Events', 'Gardening'] } });
    expect(await categories()).toEqual([...CATEGORIES, 'Local Events', 'Gardening']);
  });

  it('refuse a name already on the list, a built-in one, or one the model could not answer with', async () => {
    for (const name of ['local events', 'cloud computing', 'Tips, Tricks', 'The "best"', '   ']) {
      const { status, body } = await custom('POST', name);
      expect({ name, status, code: body.error?.code }).toEqual({ name, status: 400, code: 'validation_failed' });
    }
    expect((await custom('DELETE', 'News')).status).toBe(400);
    expect((await custom('DELETE', 'Never Added')).status).toBe(404);
  });

  it('are offered to the model and kept when it picks one', async () => {
    const text = composePost('Allotments').replace('CATEGORIES: Tutorials', 'CATEGORIES: Tutorials, gardening');
    const draft = await generatedDraft('Allotments', text);
    expect(draft.categories).toEqual(['Tutorials', 'Gardening']);
    expect(draft.warnings).toEqual([]);
    const system = harness.fake.requests.at(-1)?.system;
    expect(typeof system === 'string' ? system : textOfContent(system)).toContain('"Server Virtualization", "Local Events", "Gardening".');
  });

  it('can be picked in the editor; one removed later stays on the drafts that have it', async () => {
    const draft = await generatedDraft('Street fairs');
    const picked = await patch(draft.id, { version: draft.version, categories: ['News', 'local events'] });
    expect(picked.status).toBe(200);
    expect(picked.body.categories).toEqual(['News', 'Local Events']);

    const refused = await patch(draft.id, { version: picked.body.version, categories: ['News', 'Knitting'] });
    expect(refused.status).toBe(400);
    expect(refused.body.error?.message).toContain('"Knitting" is not one of the categories');

    expect(await custom('DELETE', 'Local Events')).toEqual({ status: 200, body: { categories: ['Gardening'] } });
    expect(await categories()).toEqual([...CATEGORIES, 'Gardening']);
    const kept = await patch(draft.id, { version: picked.body.version, categories: ['Local Events'], title: 'Street fairs, kept' });
    expect(kept.status).toBe(200);
    expect(kept.body.categories).toEqual(['Local Events']);
  });
});
