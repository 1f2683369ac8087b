import 'server-only';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client.ts';

/** What another instance asks of a generation's owner through its lease. */
export type LeaseRequest = 'stop';

const expiry = (leaseMs: number) => new Date(Date.now() + leaseMs);

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}

/** A run's claim on a generation: its lease token and how long the lease lasts unless renewed. */
type Claim = { draftId: string; owner: string; leaseMs: number };

/** Takes the lease of a generation nobody runs; false when another run holds it already. */
export async function createLease({ draftId, owner, leaseMs }: Claim): Promise<boolean> {
  try {
    await db().generationLease.create({ data: { draftId, owner, expiresAt: expiry(leaseMs) } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/**
 * Extends the leases of the runs `owners` (one process's runs, in two queries however many there are): per owner
 * still holding its lease, what was asked of it; an owner missing from the answer lost its lease (taken over, or
 * the draft deleted).
 */
export async function renewLeases({ owners, leaseMs }: { owners: string[]; leaseMs: number }): Promise<Map<string, LeaseRequest | null>> {
  if (owners.length === 0) return new Map();
  await db().generationLease.updateMany({ where: { owner: { in: owners } }, data: { expiresAt: expiry(leaseMs) } });
  const held = await db().generationLease.findMany({ where: { owner: { in: owners } }, select: { owner: true, request: true } });
  return new Map(held.map((lease) => [lease.owner, lease.request === 'stop' ? 'stop' : null]));
}

/** Asks the owner of a generation to stop; false when no live owner holds it (it died or never started). */
export async function requestStop({ draftId }: { draftId: string }): Promise<boolean> {
  const { count } = await db().generationLease.updateMany({
    where: { draftId, expiresAt: { gt: new Date() } },
    data: { request: 'stop' },
  });
  return count === 1;
}

/**
 * Takes over the lease of a generation whose owner stopped renewing it (or never took one). Compare-and-set on
 * the old owner, so of several instances trying at once exactly one wins. Resolves with what had been asked of
 * the old owner, or null when not taken.
 */
export async function takeOverLease({ draftId, owner, leaseMs }: Claim): Promise<{ request: LeaseRequest | null } | null> {
  const current = await db().generationLease.findUnique({ where: { draftId } });
  if (!current) return (await createLease({ draftId, owner, leaseMs })) ? { request: null } : null;
  if (current.expiresAt.getTime() > Date.now()) return null;
  const { count } = await db().generationLease.updateMany({
    where: { draftId, owner: current.owner, expiresAt: current.expiresAt },
    data: { owner, expiresAt: expiry(leaseMs) },
  });
  if (count === 0) return null;
  return { request: current.request === 'stop' ? 'stop' : null };
}

/** Whether `owner` still holds the lease; inside a transaction on PostgreSQL the row stays locked until it ends. */
export async function holdsLease(tx: Prisma.TransactionClient, draftId: string, owner: string, postgres: boolean): Promise<boolean> {
  if (postgres) {
    const rows = await tx.$queryRaw<{ owner: string }[]>`SELECT "owner" FROM "GenerationLease" WHERE "draftId" = ${draftId} FOR UPDATE`;
    return rows[0]?.owner === owner;
  }
  return (await tx.generationLease.findUnique({ where: { draftId }, select: { owner: true } }))?.owner === owner;
}

/**
 * Drafts marked generating that no live instance runs: their lease lapsed, or (older than `graceMs`, so a start
 * between its claim and its lease is not mistaken for one) they never got one.
 */
export async function findOrphanedGenerations({ graceMs }: { graceMs: number }): Promise<string[]> {
  const now = new Date();
  const rows = await db().draft.findMany({
    where: {
      status: 'generating',
      OR: [{ lease: { is: { expiresAt: { lte: now } } } }, { lease: { is: null }, updatedAt: { lt: new Date(now.getTime() - graceMs) } }],
    },
    select: { id: true },
    orderBy: { updatedAt: 'asc' },
  });
  return rows.map((row) => row.id);
}

/** Live leases across every instance: the generations being written right now. */
export async function countLiveLeases(): Promise<number> {
  return db().generationLease.count({ where: { expiresAt: { gt: new Date() } } });
}

/** Drops leases of drafts no longer generating (an end saves and lets go in one transaction, so normally none). */
export async function releaseLeftoverLeases(): Promise<void> {
  await db().generationLease.deleteMany({ where: { draft: { status: { not: 'generating' } } } });
}
