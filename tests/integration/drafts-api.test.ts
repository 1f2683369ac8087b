import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '@/lib/drafts/draft';
import { startGenerationHarness, topicInput } from './generation/harness';
import { composePost } from './generation/post-text';

let harness: Awaited<ReturnType<typeof startGenerationHarness>>;
let draftRoute: typeof import('@/app/api/drafts/[id]/route');
let createRoute: typeof import('@/app/api/drafts/route');
let restoreRoute: typeof import('@/app/api/drafts/[id]/revisions/[revisionId]/restore/route');
let revisionsRoute: typeof import('@/app/api/drafts/[id]/revisions/route');
let regenerateRoute: typeof import('@/app/api/drafts/[id]/regenerate/route');

beforeAll(async () => {
  harness = await startGenerationHarness();
  draftRoute = await import('@/app/api/drafts/[id]/route');
  createRoute = await import('@/app/api/drafts/route');
  restoreRoute = await import('@/app/api/drafts/[id]/revisions/[revisionId]/restore/route');
  revisionsRoute = await import('@/app/api/drafts/[id]/revisions/route');
  regenerateRoute = await import('@/app/api/drafts/[id]/regenerate/route');
});
afterAll(async () => harness?.close());

const BASE = 'http://localhost:3000';

function jsonRequest(method: string, path: string, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${BASE}${path}`, {
    method,
    headers: { 'content-type': 'application/json', host: 'localhost:3000', ...headers },
    body: JSON.stringify(body),
  });
}

const context = <P>(params: P) => ({ params: Promise.resolve(params) });

async function generatedDraft(topic: string): Promise<Draft> {
  harness.fake.script(topic, [{ kind: 'stream', text: composePost(topic) }]);
  const started = await harness.write({
    kind: 'new',
    input: topicInput(topic),
  });
  return harness.generation.generationSettled({ id: started.id });
}

async function patch(id: string, body: unknown) {
  const response = await draftRoute.PATCH(jsonRequest('PATCH', `/api/drafts/${id}`, body), context({ id }));
  return { status: response.status, body: (await response.json()) as Draft & { error?: { code: string; message: string } } };
}

describe('POST /api/drafts', () => {
  it('refuses an empty topic and one over 500 characters with 400 in the contract shape', async () => {
    for (const topic of ['', '   ', 'x'.repeat(501)]) {
      const response = await createRoute.POST(jsonRequest('POST', '/api/drafts', { topic }), context({}));
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('validation_failed');
      expect(body.error.message).toMatch(/topic/i);
    }
  });

  it('refuses a body that is not JSON, and a request from another origin', async () => {
    const form = new Request(`${BASE}/api/drafts`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', host: 'localhost:3000' },
      body: 'topic=x',
    });
    expect((await createRoute.POST(form, context({}))).status).toBe(415);
    const broken = new Request(`${BASE}/api/drafts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', host: 'localhost:3000' },
      body: '{"topic":',
    });
    const brokenResponse = await createRoute.POST(broken, context({}));
    expect(brokenResponse.status).toBe(400);
    expect(((await brokenResponse.json()) as { error: { code: string } }).error.code).toBe('invalid_json');
    const crossSite = jsonRequest('POST', '/api/drafts', { topic: 'Evil' }, { origin: 'https://evil.example' });
    expect((await createRoute.POST(crossSite, context({}))).status).toBe(403);
  });
});

describe('PATCH /api/drafts/:id', () => {
  it('saves fields, bumps the version and refuses a stale version with 409', async () => {
    const draft = await generatedDraft('Editing');
    const saved = await patch(draft.id, { version: draft.version, title: 'A better title', tags: ['One', 'one', ' two '] });
    expect(saved.status).toBe(200);
    expect(saved.body.title).toBe('A better title');
    expect(saved.body.tags).toEqual(['One', 'two']);
    expect(saved.body.version).toBe(draft.version + 1);

    const stale = await patch(draft.id, { version: draft.version, title: 'Lost update' });
    expect(stale.status).toBe(409);
    expect(stale.body.error?.code).toBe('version_conflict');
    expect((await harness.drafts.getDraft({ id: draft.id })).title).toBe('A better title');
  });

  it('refuses a category outside the fixed list with 400', async () => {
    const draft = await generatedDraft('Categories');
    const response = await patch(draft.id, { version: draft.version, categories: ['Tutorials', 'Astrology'] });
    expect(response.status).toBe(400);
    expect(response.body.error?.message).toContain('Astrology');
  });

  it('approves only when title, meta, a category and the body are set, and says what is missing', async () => {
    const draft = await generatedDraft('Approval');
    const refused = await patch(draft.id, { version: draft.version, metaDescription: '', categories: [], status: 'approved' });
    expect(refused.status).toBe(400);
    expect(refused.body.error?.message).toBe('This draft cannot be approved yet: it needs a meta description, at least one category.');
    const approved = await patch(draft.id, { version: draft.version, status: 'approved' });
    expect(approved.body.status).toBe('approved');
    expect(approved.body.approvedAt).not.toBeNull();
  });

  it('rejects unknown fields instead of ignoring them', async () => {
    const draft = await generatedDraft('Strictness');
    const response = await patch(draft.id, { version: draft.version, raw: 'overwritten' });
    expect(response.status).toBe(400);
  });
});

describe('derived list columns', () => {
  it('follow the body and metadata on every save', async () => {
    const draft = await generatedDraft('Derived');
    expect(draft.wordCount).toBeGreaterThan(50);
    expect(draft.seoScore).toBeGreaterThan(0);
    const emptied = await patch(draft.id, { version: draft.version, content: 'Three words here.', metaDescription: '' });
    expect(emptied.body.wordCount).toBe(3);
    expect(emptied.body.seoScore).toBeLessThan(draft.seoScore);
  });
});

describe('revisions', () => {
  it('keep every content change and restore one, keeping the replaced fields too', async () => {
    const draft = await generatedDraft('History');
    const first = await patch(draft.id, { version: draft.version, content: 'First rewrite.' });
    await patch(draft.id, { version: first.body.version, content: 'Second rewrite.' });

    const listed = await revisionsRoute.GET(new Request(`${BASE}/api/drafts/${draft.id}/revisions`), context({ id: draft.id }));
    const revisions = (await listed.json()) as { id: string; content: string; reason: string }[];
    expect(revisions.map((revision) => revision.content)).toEqual(['First rewrite.', draft.content]);

    const original = revisions[1] as { id: string };
    const current = await harness.drafts.getDraft({ id: draft.id });
    const restored = await restoreRoute.POST(
      jsonRequest('POST', `/api/drafts/${draft.id}/revisions/${original.id}/restore`, { version: current.version }),
      context({ id: draft.id, revisionId: original.id }),
    );
    expect(((await restored.json()) as Draft).content).toBe(draft.content);
    const after = (await (await revisionsRoute.GET(new Request(`${BASE}/x`), context({ id: draft.id }))).json()) as {
      content: string;
      reason: string;
    }[];
    expect(after[0]).toMatchObject({ content: 'Second rewrite.', reason: 'restore' });
  });

  it('record each status change, and the choice to keep a changed approved post approved', async () => {
    const draft = await generatedDraft('Statuses');
    const review = await patch(draft.id, { version: draft.version, status: 'review' });
    const approved = await patch(draft.id, { version: review.body.version, status: 'approved' });
    const edited = await patch(draft.id, { version: approved.body.version, metaDescription: 'Changed after approval.' });
    const kept = await patch(draft.id, { version: edited.body.version, keepApproved: true });
    expect(kept.body.status).toBe('approved');
    await patch(draft.id, { version: kept.body.version, status: 'draft' });

    const listed = await revisionsRoute.GET(new Request(`${BASE}/x`), context({ id: draft.id }));
    const revisions = (await listed.json()) as { reason: string; status: string }[];
    // Newest first: each entry is the draft as it was before the change.
    expect(revisions.map(({ reason, status }) => [reason, status])).toEqual([
      ['edit', 'approved'],
      ['keep_approved', 'approved'],
      ['edit', 'approved'],
      ['edit', 'review'],
      ['edit', 'draft'],
    ]);
  });
});

describe('revisions of tags and categories', () => {
  it('keep a change of tags, but not a save that sends the same tags and categories again', async () => {
    const draft = await generatedDraft('Tagging');
    const { listRevisions } = await import('@/lib/drafts/revisions');
    const same = await patch(draft.id, { version: draft.version, tags: draft.tags, categories: draft.categories });
    expect(await listRevisions({ draftId: draft.id })).toEqual([]);

    await patch(draft.id, { version: same.body.version, tags: [...draft.tags, 'Extra'] });
    const kept = await listRevisions({ draftId: draft.id });
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ reason: 'edit', tags: draft.tags, categories: draft.categories });
  });
});

describe('regenerate', () => {
  it('rewrites the whole post, keeping the old text as a revision and the slug', async () => {
    const draft = await generatedDraft('Rewrites');
    const newText = composePost('Rewrites again');
    harness.fake.script('Rewrites', [{ kind: 'stream', text: newText }]);
    const response = await regenerateRoute.POST(
      jsonRequest('POST', `/api/drafts/${draft.id}/regenerate`, { version: draft.version }),
      context({ id: draft.id }),
    );
    expect(response.status).toBe(200);
    const regenerated = await harness.generation.generationSettled({ id: draft.id });
    expect(regenerated.raw).toBe(newText);
    expect(regenerated.title).toBe('All About Rewrites again');
    expect(regenerated.slug).toBe(draft.slug);
    const { listRevisions } = await import('@/lib/drafts/revisions');
    const kept = await listRevisions({ draftId: draft.id });
    expect(kept[0]).toMatchObject({ reason: 'regenerate', content: draft.content, title: draft.title });
  });

  it('rewrites only the metadata from the body', async () => {
    const draft = await generatedDraft('Metadata');
    harness.fake.script('Metadata', [
      { kind: 'stream', text: 'TITLE: Fresh Title\nMETA_DESCRIPTION: Fresh meta.\nTAGS: new, tags\nCATEGORIES: Cloud Computing\n' },
    ]);
    const response = await regenerateRoute.POST(
      jsonRequest('POST', `/api/drafts/${draft.id}/regenerate`, { version: draft.version, scope: 'metadata' }),
      context({ id: draft.id }),
    );
    const updated = (await response.json()) as Draft;
    expect(updated).toMatchObject({
      title: 'Fresh Title',
      metaDescription: 'Fresh meta.',
      tags: ['new', 'tags'],
      categories: ['Cloud Computing'],
    });
    expect(updated.content).toBe(draft.content);
  });
});
