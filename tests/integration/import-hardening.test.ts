import { setTimeout as sleep } from 'node:timers/promises';
import { deflateRawSync } from 'node:zlib';
import { strToU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DraftSummary } from '@/lib/drafts/draft';
import { craftZip, deflatedZeros } from '../unit/import/zip-helpers';
import { startGenerationHarness } from './generation/harness';

let harness: Awaited<ReturnType<typeof startGenerationHarness>>;
let importRoute: typeof import('@/app/api/import/route');
let healthRoute: typeof import('@/app/api/health/route');
// An entry stream that inflates to 1.75 GiB while its directory record may claim 2 MB: compressed it stays under 2 MB.
let zeros: Uint8Array;

const context = { params: Promise.resolve({}) };
const PROBE_EVERY_MS = 20;

beforeAll(async () => {
  harness = await startGenerationHarness();
  importRoute = await import('@/app/api/import/route');
  healthRoute = await import('@/app/api/health/route');
  zeros = await deflatedZeros(1_792);
  expect(zeros.length).toBeLessThan(2_000_000);
  // The first draft a process stores holds the event loop while the database client warms up; that is not the
  // import's doing, so one ordinary import runs before anything is measured.
  expect((await importRoute.POST(upload([{ name: 'warm-up.md', bytes: post('Warm-up') }]), context)).status).toBe(201);
  expect((await healthRoute.GET(new Request('http://localhost:3000/api/health'), context)).status).toBe(200);
});
afterAll(async () => harness?.close());

type ErrorBody = { error: { code: string; message: string; details?: { problems: { sourceName: string; message: string }[] } } };

function upload(files: { name: string; bytes: Uint8Array }[]): Request {
  const form = new FormData();
  for (const file of files) form.append('files', new File([new Uint8Array(file.bytes)], file.name));
  return new Request('http://localhost:3000/api/import', { method: 'POST', headers: { host: 'localhost:3000' }, body: form });
}

/**
 * Posts the upload while /api/health is asked every 20 ms, as a monitor would: each health answer must be a 200.
 * How long the server took to answer is measured by the benches, not asserted here (the house rule: no test
 * asserts a time); a server blocked for good by an upload fails the test's timeout.
 */
async function importWhileProbingHealth(request: Request): Promise<{ response: Response }> {
  let importing = true;
  const probe = (async () => {
    while (importing) {
      await sleep(PROBE_EVERY_MS);
      const health = await healthRoute.GET(new Request('http://localhost:3000/api/health'), context);
      expect(health.status).toBe(200);
    }
  })();
  const response = await importRoute.POST(request, context).finally(() => {
    importing = false;
  });
  await probe;
  return { response };
}

const draftCount = async () => (await harness.drafts.listDrafts({ limit: 100 })).items.length;
const keys = (count: number) => Array.from({ length: count }, (_, index) => `k${index}: v`).join('\n');
const post = (title: string) => strToU8(`---\ntitle: ${title}\n---\n\nBody of ${title}.\n`);

describe('import against hostile uploads', () => {
  it('refuses front matter with 60,000 keys, naming the limit, while the server keeps answering', async () => {
    const before = await draftCount();
    const { response } = await importWhileProbingHealth(upload([{ name: 'keys.md', bytes: strToU8(`---\n${keys(60_000)}\n---\nBody\n`) }]));
    expect(response.status).toBe(400);
    expect((await response.json()) as ErrorBody).toStrictEqual({
      error: {
        code: 'validation_failed',
        message: 'None of the files could be imported. The list says why for each one.',
        details: {
          problems: [
            {
              sourceName: 'keys.md',
              message:
                'Not imported: its front matter holds more than 1,000 fields and list items. Fix the lines between the two --- lines and upload it again.',
            },
          ],
        },
      },
    });
    expect(await draftCount()).toBe(before);
  });

  it('stops inflating an entry that claims 2 MB but holds 1.75 GiB at 2 MB, and imports the rest', async () => {
    const ok = post('Survivor');
    const bomb = craftZip([
      { name: 'zeros.md', data: zeros, originalSize: 2_000_000 },
      { name: 'ok.md', data: deflateRawSync(ok), originalSize: ok.length },
    ]);
    const { response } = await importWhileProbingHealth(upload([{ name: 'bomb.zip', bytes: bomb }]));
    expect(response.status).toBe(201);
    const body = (await response.json()) as { created: DraftSummary[]; problems: unknown[] };
    expect(body.created.map((draft) => draft.title)).toStrictEqual(['Survivor']);
    expect(body.problems).toStrictEqual([
      {
        sourceName: 'bomb.zip › zeros.md',
        message: 'Skipped: it unpacks to more than the archive says it holds, so the archive is damaged. Zip the files again.',
      },
    ]);
  });

  it('refuses an archive whose five directory entries share one entry’s bytes, inflating none of them', async () => {
    const before = await draftCount();
    const shared = craftZip([{ name: 'p0.md', data: zeros, originalSize: 2_000_000 }], { aliases: ['p1.md', 'p2.md', 'p3.md', 'p4.md'] });
    const { response } = await importWhileProbingHealth(upload([{ name: 'shared.zip', bytes: shared }]));
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details?.problems).toStrictEqual([
      {
        sourceName: 'shared.zip',
        message:
          'Not imported: several of its entries point at the same bytes, which only crafted archives do. Zip the Markdown files again and upload the new archive.',
      },
    ]);
    expect(await draftCount()).toBe(before);
  });
});

describe('import file-count limit', () => {
  it('over 500 files, says the 500-file limit was reached, not the 20 MB one', async () => {
    const files = Array.from({ length: 501 }, (_, index) => ({ name: `p${index}.md`, bytes: strToU8(`# Post ${index}\n`) }));
    const response = await importRoute.POST(upload(files), context);
    expect(response.status).toBe(201);
    const body = (await response.json()) as { created: DraftSummary[]; problems: { sourceName: string; message: string }[] };
    expect(body.created).toHaveLength(500);
    expect(body.problems).toStrictEqual([
      {
        sourceName: 'p500.md',
        message: 'Not imported: this import already holds 500 files, the most one import reads. Upload this file in another import.',
      },
    ]);
    expect(body.problems[0]?.message).not.toContain('20 MB');
  });
});
