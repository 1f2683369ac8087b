import 'server-only';
import { getDraft } from '@/lib/drafts';
import type { Draft } from '@/lib/drafts/draft';
import { serverEnv } from '@/lib/env';
import { isAppError } from '@/lib/errors';
import {
  activeHubs,
  deleteDraftStoppingGeneration,
  generationSettled,
  startWriting,
  stopGeneration,
  type WritingCaller,
} from '@/lib/generation';
import { batchAuthor, finishJob, type JobRow, jobStatus, recordDraft, retryJobLater } from './job-store';
import { isRetryable, MAX_JOB_ATTEMPTS, retryDelayMs } from './retry-policy';

const FINISHED = new Set<Draft['status']>(['draft', 'review', 'approved']);
const STOPPED_BY_PERSON = 'Stopped on the draft page. Resume it there, or cancel and add the topic to a new batch.';

async function findDraft(id: string): Promise<Draft | null> {
  try {
    return await getDraft({ id });
  } catch (error) {
    if (isAppError(error) && error.code === 'not_found') return null;
    throw error;
  }
}

/** Gets the job's draft writing: the existing one is resumed (never a second draft for the topic), else a new one starts. */
async function launchDraft(job: JobRow): Promise<string | null> {
  const existing = job.draftId ? await findDraft(job.draftId) : null;
  if (existing) {
    if (FINISHED.has(existing.status)) return existing.id;
    if (existing.status === 'generating' && activeHubs.has(existing.id)) return existing.id;
    // Marked generating with nothing running it in this process: settle it first so it can be resumed.
    if (existing.status === 'generating') await stopGeneration({ id: existing.id });
    await startWriting({ kind: 'resume', id: existing.id }, { batchQueue: true, personId: null });
    return existing.id;
  }
  if ((await jobStatus({ jobId: job.id })) !== 'running') return null;
  const input = {
    topic: job.topic,
    keywords: job.keywords,
    tone: job.tone,
    audience: job.audience,
    language: job.language,
    length: job.length,
  };
  // A job without a model of its own writes with the default of the day it starts.
  const queue: WritingCaller = { batchQueue: true, personId: await batchAuthor({ batchId: job.batchId }) };
  const draft = await startWriting({ kind: 'new', input, model: job.model || undefined }, queue);
  if ((await recordDraft({ jobId: job.id, draftId: draft.id })) === 'cancelled') {
    // Cancelled while its draft was being started: nothing worth keeping was written yet.
    await deleteDraftStoppingGeneration({ id: draft.id, keepInTrash: false });
    return null;
  }
  return draft.id;
}

async function retryOrFail(job: JobRow, error: string): Promise<void> {
  if (job.attempts >= MAX_JOB_ATTEMPTS) {
    await finishJob({ jobId: job.id, status: 'failed', error: `Gave up after ${job.attempts} attempts. ${error}` });
    return;
  }
  const delay = retryDelayMs({ attempt: job.attempts, baseMs: serverEnv().GENERATION_RETRY_BASE_MS });
  await retryJobLater({ jobId: job.id, error, at: new Date(Date.now() + delay) });
}

/**
 * Runs one claimed job to a final or retry state. A generation cut off by the server shutting down leaves
 * the job running on purpose: the next start finds it and resumes its draft.
 */
export async function runJob(job: JobRow, { onShutdown }: { onShutdown: () => void }): Promise<void> {
  let draftId: string | null;
  try {
    draftId = await launchDraft(job);
  } catch (error) {
    console.error(`[batch job ${job.id}] could not start`, error);
    const message = isAppError(error) ? error.message : 'Saving the post failed before it started.';
    // A race for the last free slot (rate_limited) or for the draft (invalid_state) is worth another try.
    const worthRetrying = !isAppError(error) || error.code === 'invalid_state' || error.code === 'rate_limited';
    if (worthRetrying) await retryOrFail(job, message);
    else await finishJob({ jobId: job.id, status: 'failed', error: message });
    return;
  }
  if (draftId === null) return;
  let draft: Draft;
  try {
    draft = await generationSettled({ id: draftId });
  } catch (error) {
    // The draft could not be read back (deleted while it was written, or the database failed).
    console.error(`[batch job ${job.id}] the generation ended without a readable draft`, error);
    return retryOrFail(job, 'Saving the post failed: the draft could not be read back.');
  }
  if (FINISHED.has(draft.status)) return finishJob({ jobId: job.id, status: 'done' });
  if (draft.interruption === 'server_stopped') return onShutdown();
  if (draft.interruption === 'stopped') return finishJob({ jobId: job.id, status: 'cancelled', error: STOPPED_BY_PERSON });
  const error = draft.error ?? 'Saving the post failed: the draft was left unfinished.';
  // Still marked generating: its last save failed.
  if (draft.status === 'generating' || isRetryable(draft.interruption)) return retryOrFail(job, error);
  return finishJob({ jobId: job.id, status: 'failed', error });
}
