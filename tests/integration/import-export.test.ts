import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft, DraftSummary } from '@/lib/drafts/draft';
import { startGenerationHarness, topicInput } from './generation/harness';
import { composePost } from './generation/post-text';

let harness: Awaited<ReturnType<typeof startGenerationHarness>>;
let importRoute: typeof import('@/app/api/import/route');
let exportRoute: typeof import('@/app/api/export/route');

beforeAll(async () => {
  harness = await startGenerationHarness();
  importRoute = await import('@/app/api/import/route');
  exportRoute = await import('@/app/api/export/route');
});
afterAll(async () => harness?.close());

const context = { params: Promise.resolve({}) };

function upload(files: { name: string; bytes: Uint8Array }[], existing?: string): Request {
  const form = new FormData();
  for (const file of files) form.append('files', new File([new Uint8Array(file.bytes)], file.name));
  if (existing) form.append('existing', existing);
  return new Request('http://localhost:3000/api/import', { method: 'POST', headers: { host: 'localhost:3000' }, body: form });
}

describe('export then import', () => {
  it('gives back the same fields from a zip of approved drafts', async () => {
    harness.fake.script('Round trip', [{ kind: 'stream', text: composePost('Round trip: "quotes" & #hashes') }]);
    const started = await harness.write({
      kind: 'new',
      input: topicInput('Round trip'),
    });
    const draft = await harness.generation.generationSettled({ id: started.id });
    const approved = await harness.drafts.updateDraft({
      id: draft.id,
      input: { version: draft.version, status: 'approved', tags: ['yes', 'C++'] },
    });

    const zipResponse = await exportRoute.GET(new Request('http://localhost:3000/api/export?status=approved&format=jekyll'), context);
    expect(zipResponse.headers.get('content-type')).toBe('application/zip');
    const zip = new Uint8Array(await zipResponse.arrayBuffer());
    // The post in Jekyll's _posts/, beside the README.txt that says where the folder goes.
    expect(Object.keys(unzipSync(zip)).sort()).toEqual(['README.txt', expect.stringMatching(/^_posts\/\d{4}-\d{2}-\d{2}-.+\.md$/)]);

    // The same post again: found by its slug and asked about, nothing written.
    const asked = await importRoute.POST(upload([{ name: 'site.zip', bytes: zip }]), context);
    expect(asked.status).toBe(200);
    const askedBody = (await asked.json()) as { created: DraftSummary[]; matches: { sourceName: string; draft: { id: string } }[] };
    expect(askedBody.created).toEqual([]);
    expect(askedBody.matches).toEqual([
      { sourceName: expect.stringContaining('site.zip'), draft: expect.objectContaining({ id: approved.id }) },
    ]);
    expect((await harness.drafts.getDraft({ id: approved.id })).version).toBe(approved.version);

    const response = await importRoute.POST(upload([{ name: 'site.zip', bytes: zip }], 'copy'), context);
    expect(response.status).toBe(201);
    const { created, problems } = (await response.json()) as { created: DraftSummary[]; problems: unknown[] };
    expect(problems).toEqual([]);
    const imported = (await harness.drafts.getDraft({ id: (created[0] as DraftSummary).id })) as Draft;
    expect(imported).toMatchObject({
      title: approved.title,
      metaDescription: approved.metaDescription,
      tags: ['yes', 'C++'],
      categories: approved.categories,
      status: 'approved',
    });
    expect(imported.content.trimEnd()).toBe(approved.content.trimEnd());
    expect(imported.slug).not.toBe(approved.slug);
    expect(imported.slug.startsWith(approved.slug)).toBe(true);
  });

  it('updates the draft a re-imported file matches, keeping its slug and its history, or skips it', async () => {
    harness.fake.script('Second trip', [{ kind: 'stream', text: composePost('Second trip') }]);
    const written = await harness.generation.generationSettled({
      id: (await harness.write({ kind: 'new', input: topicInput('Second trip') })).id,
    });
    const file = (title: string) =>
      new TextEncoder().encode(`---\ntitle: "${title}"\nslug: ${written.slug}\ntags: [edited]\n---\n\nThe body as edited elsewhere.\n`);

    const skipped = await importRoute.POST(upload([{ name: 'post.md', bytes: file('Skipped title') }], 'skip'), context);
    expect(((await skipped.json()) as { skipped: unknown[] }).skipped).toHaveLength(1);
    expect((await harness.drafts.getDraft({ id: written.id })).title).toBe(written.title);

    const updated = await importRoute.POST(upload([{ name: 'post.md', bytes: file('Edited elsewhere') }], 'update'), context);
    expect(updated.status).toBe(200);
    expect(((await updated.json()) as { updated: DraftSummary[] }).updated.map((draft) => draft.id)).toEqual([written.id]);
    const stored = await harness.drafts.getDraft({ id: written.id });
    expect(stored).toMatchObject({ title: 'Edited elsewhere', slug: written.slug, tags: ['edited'], status: written.status });
    expect(stored.content.trim()).toBe('The body as edited elsewhere.');
    const history = await harness.drafts.listRevisions({ draftId: written.id });
    expect(history[0]).toMatchObject({ reason: 'edit', title: written.title });
  });

  it('answers 400 for an upload with nothing importable, saying why per file, and stores nothing', async () => {
    const before = (await harness.drafts.listDrafts({ limit: 100 })).items.length;
    const bad = new TextEncoder().encode('---\n- not a mapping\n---\nBody');
    // A zip bomb: 64 MB of zeros in a few KB; refused from its directory, before anything is inflated.
    const bomb = zipSync({ 'huge.md': new Uint8Array(64 * 1024 * 1024) }, { level: 9 });
    const response = await importRoute.POST(
      upload([
        { name: 'broken.md', bytes: bad },
        { name: 'bomb.zip', bytes: bomb },
        { name: '../../etc/passwd.md', bytes: bad },
      ]),
      context,
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; details: { problems: { sourceName: string; message: string }[] } } };
    expect(body.error.code).toBe('validation_failed');
    const names = body.error.details.problems.map((problem) => problem.sourceName);
    expect(names).toContain('broken.md');
    expect(names.some((name) => name.includes('bomb.zip'))).toBe(true);
    expect(names.join(' ')).not.toContain('..');
    expect((await harness.drafts.listDrafts({ limit: 100 })).items.length).toBe(before);
  });

  it('refuses a JSON body: files come as multipart form data', async () => {
    const response = await importRoute.POST(
      new Request('http://localhost:3000/api/import', {
        method: 'POST',
        headers: { 'content-type': 'application/json', host: 'localhost:3000' },
        body: '{}',
      }),
      context,
    );
    expect(response.status).toBe(415);
  });
});
