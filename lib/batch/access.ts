import 'server-only';
import { assertMayChange, type Principal } from '@/lib/auth';
import { db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';

/** Cancelling or retrying a batch: the person who started it, or an editor. */
export async function authorizeBatchChange(principal: Principal, batchId: string): Promise<void> {
  const batch = await db().batch.findUnique({ where: { id: batchId }, select: { createdById: true } });
  if (!batch) throw new AppError('not_found', 'This batch does not exist (it may have been deleted).');
  assertMayChange(principal, batch.createdById);
}
