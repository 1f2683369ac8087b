import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '@/lib/drafts/draft';
import { renderHtml } from '@/lib/export';
import type { Connection, Publication } from '@/lib/publish/schemas';
import { startFakeGhost } from '../fixtures/fake-ghost/server.mjs';
import { startGenerationHarness, topicInput } from './generation/harness';
import { composePost } from './generation/post-text';

// Publishing to Ghost through its Admin API, against a fake built from Ghost's documentation that checks the
// token and the request shapes (tests/fixtures/fake-ghost/server.mjs).
let harness: Awaited<ReturnType<typeof startGenerationHarness>>;
let ghost: Awaited<ReturnType<typeof startFakeGhost>>;
let connectionsRoute: typeof import('@/app/api/connections/route');
let testRoute: typeof import('@/app/api/connections/test/route');
let publishRoute: typeof import('@/app/api/drafts/[id]/publish/route');

beforeAll(async () => {
  harness = await startGenerationHarness({ SECRET_KEY: 'g'.repeat(40) });
  ghost = await startFakeGhost({ title: 'Ghost Writer' });
  connectionsRoute = await import('@/app/api/connections/route');
  testRoute = await import('@/app/api/connections/test/route');
  publishRoute = await import('@/app/api/drafts/[id]/publish/route');
});
afterAll(async () => {
  await ghost?.close();
  await harness?.close();
});

type ErrorBody = { error: { code: string; message: string; details?: { problem?: string } } };
const context = <P>(params: P) => ({ params: Promise.resolve(params) });
const post = (path: string, body: unknown) =>
  new Request(`http://localhost:3000${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', host: 'localhost:3000' },
    body: JSON.stringify(body),
  });
async function answer<T>(response: Response) {
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as T & ErrorBody, text };
}
const publish = async (id: string, body: unknown) =>
  answer<Publication>(await publishRoute.POST(post(`/api/drafts/${id}/publish`, body), context({ id })));

let drafts = 0;
async function finishedDraft(fields: Record<string, unknown>): Promise<Draft> {
  const topic = `ghost topic ${++drafts}`;
  harness.fake.script(topic, [{ kind: 'stream', text: composePost(topic) }]);
  const started = await harness.write({ kind: 'new', input: topicInput(topic) });
  const written = await harness.generation.generationSettled({ id: started.id });
  const { updateDraft } = await import('@/lib/drafts');
  return updateDraft({ id: written.id, input: { version: written.version, ...fields } });
}

let connection: Connection;

describe('a Ghost site', () => {
  it('Test tells a Ghost site from anything else, and a wrong key from a right one', async () => {
    const good = await answer<{ ok: boolean; siteName: string }>(
      await testRoute.POST(post('/api/connections/test', { type: 'ghost', url: ghost.url, adminApiKey: ghost.adminApiKey }), context({})),
    );
    expect(good.body).toMatchObject({ ok: true, siteName: 'Ghost Writer' });
    const [, secret] = ghost.adminApiKey.split(':');
    const wrongKey = await answer(
      await testRoute.POST(
        post('/api/connections/test', { type: 'ghost', url: ghost.url, adminApiKey: `${'0'.repeat(24)}:${secret}` }),
        context({}),
      ),
    );
    expect(wrongKey.status).toBe(400);
    expect(wrongKey.body.error.details?.problem).toBe('wrong_key');
    expect(wrongKey.body.error.message).toMatch(/Integrations/);
    const notGhost = await answer(
      await testRoute.POST(
        post('/api/connections/test', { type: 'ghost', url: harness.fake.url, adminApiKey: ghost.adminApiKey }),
        context({}),
      ),
    );
    expect(notGhost.body.error.details?.problem).toBe('not_ghost');
    const malformed = await answer(
      await testRoute.POST(post('/api/connections/test', { type: 'ghost', url: ghost.url, adminApiKey: 'not a key' }), context({})),
    );
    expect(malformed.body.error.code).toBe('validation_failed');
  });

  it('publishes with ?source=html and tags by name, then updates the same post with its updated_at', async () => {
    const created = await answer<Connection>(
      await connectionsRoute.POST(post('/api/connections', { type: 'ghost', url: ghost.url, adminApiKey: ghost.adminApiKey }), context({})),
    );
    expect(created.status).toBe(201);
    expect(created.text).not.toContain(ghost.adminApiKey.split(':')[1]);
    connection = created.body;

    const draft = await finishedDraft({
      title: 'Ghost story',
      slug: 'ghost-story',
      metaDescription: 'Told by the Admin API.',
      tags: ['Spooky'],
      categories: ['Tutorials'],
    });
    const first = await publish(draft.id, { target: connection.id, status: 'publish' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'published', url: `${ghost.url}/ghost-story/` });
    const stored = ghost.posts.get(first.body.id);
    expect(stored).toMatchObject({
      title: 'Ghost story',
      slug: 'ghost-story',
      html: renderHtml(draft.content),
      custom_excerpt: 'Told by the Admin API.',
      meta_description: 'Told by the Admin API.',
    });
    expect(stored.tags.map((tag: { name: string }) => tag.name)).toEqual(['Spooky', 'Tutorials']);

    const { getDraft, updateDraft } = await import('@/lib/drafts');
    const current = await getDraft({ id: draft.id });
    await updateDraft({ id: draft.id, input: { version: current.version, title: 'Ghost story, retold', slug: 'ghost-story-retold' } });
    const again = await publish(draft.id, { target: connection.id, status: 'publish' });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.url).toBe(`${ghost.url}/ghost-story-retold/`);
    expect(ghost.posts.size).toBe(1);
    const put = ghost.requests.findLast((request) => request.method === 'PUT');
    expect(put?.query.source).toBe('html');
    expect(put?.body.posts[0].updated_at).toBe(stored.updated_at);
  });

  it('schedules with published_at, and notices a post deleted in Ghost Admin', async () => {
    const draft = await finishedDraft({ title: 'Later', slug: 'later', metaDescription: 'Soon.' });
    const scheduled = await publish(draft.id, { target: connection.id, status: 'future', date: '2031-03-01T10:00:00Z' });
    expect(scheduled.status).toBe(200);
    expect(scheduled.body.status).toBe('scheduled');
    expect(ghost.posts.get(scheduled.body.id)?.published_at).toBe('2031-03-01T10:00:00.000Z');

    ghost.deletePost(scheduled.body.id);
    const gone = await publish(draft.id, { target: connection.id, status: 'publish' });
    expect(gone.status).toBe(409);
    expect(gone.body.error.code).toBe('remote_post_missing');
    const anew = await publish(draft.id, { target: connection.id, status: 'publish', anew: true });
    expect(anew.status).toBe(200);
    expect(anew.body.id).not.toBe(scheduled.body.id);
  });
});
