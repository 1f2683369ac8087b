import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BatchView } from '@/lib/batch/view';
import { buildSamplePost, topicOf } from '../fixtures/fake-anthropic/server.mjs';
import type { PostResponse, RecordedRequest } from '../fixtures/fake-anthropic/types.mjs';
import { textOfContent } from '../fixtures/fake-anthropic/wire.mjs';
import { startGenerationHarness, topicInput } from './generation/harness';
import { waitFor } from './generation/post-text';

let harness: Awaited<ReturnType<typeof startGenerationHarness>>;
let batches: typeof import('@/lib/batch');
let schemas: typeof import('@/lib/batch/schemas');
let database: typeof import('@/lib/db/client');

beforeAll(async () => {
  harness = await startGenerationHarness({
    GENERATION_CONCURRENCY: '2',
    GENERATION_RETRY_BASE_MS: '10',
    GENERATION_MAX_RETRIES: '1',
  });
  batches = await import('@/lib/batch');
  schemas = await import('@/lib/batch/schemas');
  database = await import('@/lib/db/client');
  batches.startBatchScheduler();
});
afterAll(async () => {
  batches?.stopBatchScheduler();
  await harness?.generation.interruptAllGenerations();
  await harness?.close();
});
beforeEach(() => harness.fake.reset());

const postFor = (topic: string) => buildSamplePost(topic, { words: 400 });

/** The sample post for the request's topic, streamed slowly; continued the way the configured model continues one. */
function slowPosts({ chunkSize, delayMs }: { chunkSize: number; delayMs: number }) {
  return (request: RecordedRequest): PostResponse => ({ kind: 'post', text: postFor(topicOf(request)), chunkSize, delayMs });
}

async function createBatch(topics: string[]): Promise<BatchView> {
  const { batch } = await batches.createBatch({ input: schemas.CreateBatchInput.parse({ topics: topics.join('\n') }) });
  return batch;
}

async function waitForBatch(id: string, done: (batch: BatchView) => boolean, timeoutMs = 30_000): Promise<BatchView> {
  let batch = await batches.getBatch({ id });
  await waitFor(async () => {
    batch = await batches.getBatch({ id });
    return done(batch);
  }, timeoutMs);
  return batch;
}

const settled = (batch: BatchView) => batch.counts.queued + batch.counts.running === 0;

async function draftsAbout(topic: string) {
  return database.db().draft.findMany({ where: { topic } });
}

function requestsAbout(topic: string) {
  return harness.fake.requests.filter((request) => topicOf(request) === topic);
}

describe('the batch queue', () => {
  it('writes 20 topics with never more than 2 in flight, and all of them end done', async () => {
    harness.fake.setDefault(slowPosts({ chunkSize: 400, delayMs: 25 }));
    const topics = Array.from({ length: 20 }, (_, index) => `Concurrency topic ${index + 1}`);
    let maxStreams = 0;
    let maxRunningRows = 0;
    const sampler = setInterval(() => {
      maxStreams = Math.max(maxStreams, harness.generation.activeHubs.size);
    }, 2);
    const rowSampler = setInterval(async () => {
      const running = await database.db().batchJob.count({ where: { status: 'running' } });
      maxRunningRows = Math.max(maxRunningRows, running);
    }, 10);
    try {
      const created = await createBatch(topics);
      expect(created.counts.queued + created.counts.running).toBe(20);
      const batch = await waitForBatch(created.id, settled, 60_000);

      expect(batch.counts).toEqual({ queued: 0, running: 0, done: 20, failed: 0, cancelled: 0 });
      expect(maxStreams).toBe(2);
      expect(maxRunningRows).toBeLessThanOrEqual(2);
      for (const job of batch.jobs) {
        expect(job.draft?.status).toBe('draft');
        expect(job.draft?.wordCount).toBeGreaterThan(300);
        expect(job.attempts).toBe(1);
      }
      expect(batch.jobs.map((job) => job.topic)).toEqual(topics);
      expect(new Set(batch.jobs.map((job) => job.draft?.id)).size).toBe(20);
      expect(harness.fake.requests).toHaveLength(20);
    } finally {
      clearInterval(sampler);
      clearInterval(rowSampler);
    }
  });

  it('finishes after a restart in the middle, resuming cut-off drafts, with no topic written twice', async () => {
    harness.fake.setDefault(slowPosts({ chunkSize: 150, delayMs: 30 }));
    const topics = Array.from({ length: 8 }, (_, index) => `Restart topic ${index + 1}`);
    const created = await createBatch(topics);
    await waitForBatch(
      created.id,
      (batch) => batch.counts.done >= 2 && batch.jobs.some((job) => job.status === 'running' && (job.draft?.wordCount ?? 0) > 0),
    );

    // What a crash or SIGTERM leaves: the loop gone, running generations cut off and saved as interrupted.
    batches.stopBatchScheduler();
    await harness.generation.interruptAllGenerations();
    await harness.generation.takeOverOrphanedGenerations();
    const cut = await batches.getBatch({ id: created.id });
    const cutOff = cut.jobs.filter((job) => job.status === 'running');
    expect(cutOff.length).toBeGreaterThan(0);
    for (const job of cutOff) expect(job.draft?.status).toBe('interrupted');

    batches.startBatchScheduler();
    const batch = await waitForBatch(created.id, settled);

    expect(batch.counts.done).toBe(8);
    for (const topic of topics) {
      const drafts = await draftsAbout(topic);
      expect(drafts, topic).toHaveLength(1);
      expect(drafts[0]?.raw, topic).toBe(postFor(topic));
      expect(drafts[0]?.status).toBe('draft');
    }
    for (const job of cutOff) {
      // The default model refuses a prefill: the resumed request quotes the kept text in a user turn.
      const resumed = requestsAbout(job.topic).at(-1)?.messages.at(-1);
      expect(resumed?.role, job.topic).toBe('user');
      expect(textOfContent(resumed?.content), job.topic).toContain('<post_so_far>');
    }
  });

  it('rides out a 429 storm with backoff, and gives up after the last attempt with a clear error', async () => {
    const status429 = { kind: 'status' as const, status: 429 as const, retryAfterMs: 5 };
    const status529 = { kind: 'status' as const, status: 529 as const, retryAfterMs: 5 };
    // One attempt = 2 rounds (GENERATION_MAX_RETRIES=1) of 5 requests (the SDK's own 4 retries): 10 requests.
    harness.fake.script('Storm that clears', [...Array(12).fill(status429), { kind: 'stream', text: postFor('Storm that clears') }]);
    harness.fake.script('Overload that clears', [...Array(15).fill(status529), { kind: 'stream', text: postFor('Overload that clears') }]);
    harness.fake.script('Storm that never ends', Array(100).fill(status429));
    const created = await createBatch(['Storm that clears', 'Overload that clears', 'Storm that never ends']);
    const batch = await waitForBatch(created.id, settled);

    const [clears, overload, endless] = batch.jobs;
    expect(clears).toMatchObject({ status: 'done', attempts: 2, lastError: null });
    expect(overload).toMatchObject({ status: 'done', attempts: 2 });
    expect(endless).toMatchObject({ status: 'failed', attempts: 4 });
    expect(endless?.lastError).toMatch(/Gave up after 4 attempts\. The API rate limit was reached/);
    expect(endless?.draft?.status).toBe('interrupted');
    for (const topic of ['Storm that clears', 'Overload that clears', 'Storm that never ends']) {
      expect(await draftsAbout(topic), topic).toHaveLength(1);
    }
    expect((await draftsAbout('Storm that clears'))[0]?.raw).toBe(postFor('Storm that clears'));

    const endlessRequests = requestsAbout('Storm that never ends');
    expect(endlessRequests).toHaveLength(40);
    // Between attempts the job waits in the queue (at least 0.8 × 5 × GENERATION_RETRY_BASE_MS, doubling).
    const gaps = [10, 20, 30].map((index) => (endlessRequests[index]?.time ?? 0) - (endlessRequests[index - 1]?.time ?? 0));
    expect(gaps[0]).toBeGreaterThanOrEqual(35);
    expect(gaps[2]).toBeGreaterThanOrEqual(150);
  });

  it('cancels one queued topic, one running topic, then the rest, keeping what was written', async () => {
    harness.fake.setDefault(slowPosts({ chunkSize: 50, delayMs: 40 }));
    const topics = Array.from({ length: 6 }, (_, index) => `Cancel topic ${index + 1}`);
    const created = await createBatch(topics);
    let batch = await waitForBatch(created.id, (view) => view.jobs.filter((job) => (job.draft?.wordCount ?? 0) > 0).length === 2);

    const running = batch.jobs.find((job) => job.status === 'running');
    // The last one queued, cancelled first: cancelling a running topic frees a slot the queue fills at once.
    const queued = batch.jobs.filter((job) => job.status === 'queued').at(-1);
    if (!running || !queued) throw new Error('expected a running and a queued topic');
    batch = await batches.cancelJob({ batchId: created.id, jobId: queued.id });
    batch = await batches.cancelJob({ batchId: created.id, jobId: running.id });
    expect(batch.jobs.find((job) => job.id === running.id)).toMatchObject({ status: 'cancelled', draft: { status: 'interrupted' } });
    expect(batch.jobs.find((job) => job.id === queued.id)).toMatchObject({ status: 'cancelled', draft: null });
    await expect(batches.cancelJob({ batchId: created.id, jobId: queued.id })).rejects.toMatchObject({ code: 'invalid_state' });

    batch = await batches.cancelBatch({ id: created.id });
    expect(batch.counts.queued + batch.counts.running).toBe(0);
    const requestsAfterCancel = harness.fake.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(harness.fake.requests).toHaveLength(requestsAfterCancel);
    expect(harness.generation.activeHubs.size).toBe(0);
    batch = await batches.getBatch({ id: created.id });
    expect(batch.counts.cancelled).toBe(6 - batch.counts.done);
    for (const job of batch.jobs.filter((job) => job.draft)) {
      expect(job.draft?.wordCount).toBeGreaterThan(0);
    }
  });

  it('retries failed topics by resuming their draft, not by writing a second one', async () => {
    harness.fake.setDefault(slowPosts({ chunkSize: 2000, delayMs: 5 }));
    harness.fake.script('Rejected key topic', [{ kind: 'status', status: 401 }]);
    const created = await createBatch(['Rejected key topic']);
    let batch = await waitForBatch(created.id, settled);
    expect(batch.jobs[0]).toMatchObject({ status: 'failed', attempts: 1 });
    expect(batch.jobs[0]?.lastError).toContain('ANTHROPIC_API_KEY');

    batch = await batches.retryFailedJobs({ id: created.id });
    expect(batch.jobs[0]?.status).not.toBe('failed');
    batch = await waitForBatch(created.id, settled);
    expect(batch.jobs[0]).toMatchObject({ status: 'done', attempts: 1, lastError: null });
    expect(await draftsAbout('Rejected key topic')).toHaveLength(1);
  });

  it('tries one failed topic again where it is, and refuses to retry a topic that is done', async () => {
    harness.fake.setDefault(slowPosts({ chunkSize: 2000, delayMs: 5 }));
    harness.fake.script('Refused once topic', [{ kind: 'status', status: 401 }]);
    const created = await createBatch(['Refused once topic', 'Fine topic']);
    let batch = await waitForBatch(created.id, settled);
    const [failed, done] = batch.jobs;
    if (!failed || !done) throw new Error('expected two jobs');
    expect([failed.status, done.status]).toEqual(['failed', 'done']);

    batch = await batches.retryJob({ batchId: created.id, jobId: failed.id });
    expect(batch.jobs[0]?.status).not.toBe('failed');
    batch = await waitForBatch(created.id, settled);
    expect(batch.jobs.map((job) => job.status)).toEqual(['done', 'done']);
    expect(await draftsAbout('Refused once topic')).toHaveLength(1);

    await expect(batches.retryJob({ batchId: created.id, jobId: done.id })).rejects.toMatchObject({ code: 'invalid_state' });
    await expect(batches.retryJob({ batchId: created.id, jobId: 'no-such-job' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('adopts the draft of a job cut off before it recorded it, instead of writing the topic again', async () => {
    harness.fake.setDefault(slowPosts({ chunkSize: 2000, delayMs: 5 }));
    batches.stopBatchScheduler();
    const created = await createBatch(['Crash window topic']);
    const job = created.jobs[0];
    if (!job) throw new Error('expected a job');
    // As if the process died right after creating the draft: the job is running, the draft generating.
    await database
      .db()
      .batchJob.update({ where: { id: job.id }, data: { status: 'running', attempts: 1, startedAt: new Date(Date.now() - 1000) } });
    const { createDraft } = await import('@/lib/drafts/queries');
    await createDraft({
      input: topicInput('Crash window topic'),
      model: 'claude-test-model',
    });
    await harness.generation.takeOverOrphanedGenerations();

    batches.startBatchScheduler();
    const batch = await waitForBatch(created.id, settled);
    expect(batch.jobs[0]).toMatchObject({ status: 'done', attempts: 1 });
    expect(await draftsAbout('Crash window topic')).toHaveLength(1);
  });
});
