import 'server-only';
import { db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { activeHubs, deleteDraftStoppingGeneration, stopGeneration } from '@/lib/generation';
import { getBatch } from './queries';
import { wakeBatchScheduler } from './scheduler';
import type { JobStatus } from './schemas';
import type { BatchView } from './view';

const CANCELLABLE: JobStatus[] = ['queued', 'running'];

async function stopDraft(draftId: string | null): Promise<void> {
  if (!draftId || !activeHubs.has(draftId)) return;
  try {
    const stopped = await stopGeneration({ id: draftId });
    // Cancelled before its first words arrived: an empty draft is not worth keeping.
    if (!stopped.raw.trim()) await deleteDraftStoppingGeneration({ id: draftId, keepInTrash: false });
  } catch (error) {
    // It may have finished between the check and the stop: then there is nothing left to stop.
    console.warn(`[batch] could not stop draft ${draftId}`, error);
  }
}

async function cancelJobs(where: { batchId: string; id?: string }): Promise<number> {
  const targets = await db().batchJob.findMany({ where: { ...where, status: { in: CANCELLABLE } }, select: { id: true } });
  const ids = targets.map((job) => job.id);
  const { count } = await db().batchJob.updateMany({
    where: { id: { in: ids }, status: { in: CANCELLABLE } },
    data: { status: 'cancelled', finishedAt: new Date(), lastError: null },
  });
  // Drafts are read after the status changed: a runner that records its draft later sees the cancel itself.
  const cancelled = await db().batchJob.findMany({ where: { id: { in: ids }, status: 'cancelled' }, select: { draftId: true } });
  await Promise.all(cancelled.map((job) => stopDraft(job.draftId)));
  return count;
}

/** Cancels one queued or running topic; a running one stops and keeps what was written. */
export async function cancelJob({ batchId, jobId }: { batchId: string; jobId: string }): Promise<BatchView> {
  const job = await db().batchJob.findFirst({ where: { id: jobId, batchId }, select: { status: true } });
  if (!job) throw new AppError('not_found', 'This topic is not part of the batch.');
  if ((await cancelJobs({ batchId, id: jobId })) === 0) {
    throw new AppError('invalid_state', `This topic cannot be cancelled: it is ${job.status}.`);
  }
  return getBatch({ id: batchId });
}

/** Cancels every queued and running topic of the batch. */
export async function cancelBatch({ id }: { id: string }): Promise<BatchView> {
  await getBatch({ id });
  await cancelJobs({ batchId: id });
  return getBatch({ id });
}

const RETRYABLE: JobStatus[] = ['failed', 'cancelled'];

// Queued again from scratch: a job with a draft resumes it where the text stops rather than starting over.
async function requeueJobs(where: { batchId: string; id?: string; status: { in: JobStatus[] } }): Promise<number> {
  const { count } = await db().batchJob.updateMany({
    where,
    data: { status: 'queued', attempts: 0, lastError: null, nextAttemptAt: new Date(), finishedAt: null },
  });
  if (count > 0) wakeBatchScheduler();
  return count;
}

/** Queues the failed topics again; each resumes its draft where the text stops rather than starting over. */
export async function retryFailedJobs({ id }: { id: string }): Promise<BatchView> {
  await getBatch({ id });
  await requeueJobs({ batchId: id, status: { in: ['failed'] } });
  return getBatch({ id });
}

/** Queues one failed or cancelled topic again, where it is in the batch: it resumes its draft if it has one. */
export async function retryJob({ batchId, jobId }: { batchId: string; jobId: string }): Promise<BatchView> {
  const job = await db().batchJob.findFirst({ where: { id: jobId, batchId }, select: { status: true } });
  if (!job) throw new AppError('not_found', 'This topic is not part of the batch.');
  if ((await requeueJobs({ batchId, id: jobId, status: { in: RETRYABLE } })) === 0) {
    throw new AppError('invalid_state', `Only a failed or cancelled topic can be tried again: this one is ${job.status}.`);
  }
  return getBatch({ id: batchId });
}
