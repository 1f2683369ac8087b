import 'server-only';
import { hostname } from 'node:os';
import { db } from '@/lib/db/client';
import { type BatchJob as JobRow, Prisma } from '@/lib/db/generated/client.ts';
import { databaseProvider } from '@/lib/db/location';
import type { JobStatus } from './schemas';

export type { BatchJob as JobRow } from '@/lib/db/generated/client.ts';

// Who claims a job, as a person reading the database can tell instances apart (several may share one database).
const INSTANCE = `${hostname()}-${process.pid}`;

/** Of `ids`, those no other instance is claiming right now, locked until the transaction ends (PostgreSQL). */
async function lockFreeJobs(tx: Prisma.TransactionClient, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0 || databaseProvider() !== 'postgresql') return new Set(ids);
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "BatchJob" WHERE "id" IN (${Prisma.join(ids)}) AND "status" = 'queued' FOR UPDATE SKIP LOCKED`;
  return new Set(rows.map((row) => row.id));
}

/**
 * Takes up to `limit` queued jobs that are due, oldest batch first. On PostgreSQL, instances claiming at once
 * skip the jobs another one has locked (FOR UPDATE SKIP LOCKED) instead of queueing behind it; on both databases
 * the claim is a conditional update, so a job is never run twice.
 */
export async function claimJobs({ limit }: { limit: number }): Promise<JobRow[]> {
  const now = new Date();
  return db().$transaction(async (tx) => {
    const candidates = await tx.batchJob.findMany({
      where: { status: 'queued', nextAttemptAt: { lte: now } },
      orderBy: [{ batch: { createdAt: 'asc' } }, { position: 'asc' }],
      take: limit,
    });
    const free = await lockFreeJobs(
      tx,
      candidates.map((job) => job.id),
    );
    const claimed: JobRow[] = [];
    for (const job of candidates.filter((candidate) => free.has(candidate.id))) {
      const { count } = await tx.batchJob.updateMany({
        where: { id: job.id, status: 'queued' },
        data: { status: 'running', attempts: { increment: 1 }, startedAt: now, finishedAt: null, claimedBy: INSTANCE },
      });
      if (count === 1) {
        claimed.push({ ...job, status: 'running', attempts: job.attempts + 1, startedAt: now, finishedAt: null, claimedBy: INSTANCE });
      }
    }
    return claimed;
  });
}

/** When the next due job can be claimed, so the loop can sleep until then. */
export async function nextDueAt(): Promise<Date | null> {
  const next = await db().batchJob.findFirst({
    where: { status: 'queued' },
    orderBy: { nextAttemptAt: 'asc' },
    select: { nextAttemptAt: true },
  });
  return next?.nextAttemptAt ?? null;
}

/** Links the job to its draft as soon as the draft exists; returns the job's status (it may have been cancelled). */
export async function recordDraft({ jobId, draftId }: { jobId: string; draftId: string }): Promise<JobStatus> {
  const job = await db().batchJob.update({ where: { id: jobId }, data: { draftId }, select: { status: true } });
  return job.status;
}

export async function jobStatus({ jobId }: { jobId: string }): Promise<JobStatus | null> {
  const job = await db().batchJob.findUnique({ where: { id: jobId }, select: { status: true } });
  return job ? job.status : null;
}

/** Ends a running job. A job cancelled meanwhile keeps its cancelled status. */
export async function finishJob({ jobId, status, error }: { jobId: string; status: 'done' | 'failed' | 'cancelled'; error?: string }) {
  await db().batchJob.updateMany({
    where: { id: jobId, status: 'running' },
    data: { status, finishedAt: new Date(), lastError: status === 'done' ? null : (error ?? null) },
  });
}

export async function retryJobLater({ jobId, error, at }: { jobId: string; error: string; at: Date }) {
  await db().batchJob.updateMany({
    where: { id: jobId, status: 'running' },
    data: { status: 'queued', lastError: error, nextAttemptAt: at },
  });
}

/**
 * Jobs marked running that no runner of this process holds, and whose draft no instance is writing (no live
 * lease), were cut off by a restart or a crash: they go back to the queue at once, without counting the attempt,
 * and keep their draft so it is resumed, not written again. A job claimed less than `graceMs` ago without a
 * draft yet may be another instance's, about to create it. A job cut off between creating its draft and recording
 * it adopts that draft.
 */
export async function requeueOrphanedJobs({ except, graceMs }: { except: ReadonlySet<string>; graceMs: number }): Promise<number> {
  const now = new Date();
  const orphans = await db().batchJob.findMany({
    where: {
      status: 'running',
      id: { notIn: [...except] },
      NOT: { draft: { is: { lease: { is: { expiresAt: { gt: now } } } } } },
      OR: [{ draftId: { not: null } }, { startedAt: { lt: new Date(now.getTime() - graceMs) } }, { startedAt: null }],
    },
  });
  for (const job of orphans) {
    const adopted =
      job.draftId === null && job.startedAt
        ? await db().draft.findFirst({
            where: { topic: job.topic, createdAt: { gte: job.startedAt }, batchJobs: { none: {} } },
            orderBy: { createdAt: 'asc' },
            select: { id: true },
          })
        : null;
    await db().batchJob.updateMany({
      where: { id: job.id, status: 'running' },
      data: {
        status: 'queued',
        nextAttemptAt: new Date(),
        attempts: Math.max(0, job.attempts - 1),
        ...(adopted ? { draftId: adopted.id } : {}),
      },
    });
  }
  return orphans.length;
}

/** Who started the batch: its drafts are credited to them. */
export async function batchAuthor({ batchId }: { batchId: string }): Promise<string | null> {
  const batch = await db().batch.findUnique({ where: { id: batchId }, select: { createdById: true } });
  return batch?.createdById ?? null;
}
