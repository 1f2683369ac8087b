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

function upload(files: { name: string; bytes: Uint8Array }[]): Request {
  const form = new FormData();
  for (const file of files) form.append('files', new File([new Uint8Array(file.bytes)], file.name));
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

    const response = await importRoute.POST(upload([{ name: 'site.zip', bytes: zip }]), context);
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
