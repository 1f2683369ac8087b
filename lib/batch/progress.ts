import { costOf, type Pricing } from './prices';
import type { BatchView } from './view';

export type BatchProgress = {
  total: number;
  /** Jobs still to write: queued or running. */
  remaining: number;
  active: boolean;
  /** Milliseconds left, from the average time of the jobs done so far; null until one is done. */
  etaMs: number | null;
  inputTokens: number;
  outputTokens: number;
  /** Dollars; null when some tokens were used by a model without a price in lib/batch/prices.ts. */
  cost: number | null;
};

/** `pricing` is the install's (lib/batch/prices.ts): a local endpoint's models cost nothing. */
export function batchProgress(batch: BatchView, pricing?: Pricing): BatchProgress {
  const total = batch.jobs.length;
  const remaining = batch.counts.queued + batch.counts.running;
  const durations = batch.jobs.flatMap((job) =>
    job.status === 'done' && job.startedAt && job.finishedAt ? [Date.parse(job.finishedAt) - Date.parse(job.startedAt)] : [],
  );
  const average = durations.length > 0 ? durations.reduce((sum, value) => sum + value, 0) / durations.length : null;
  let inputTokens = 0;
  let outputTokens = 0;
  let cost: number | null = 0;
  for (const job of batch.jobs) {
    if (!job.draft) continue;
    inputTokens += job.draft.inputTokens;
    outputTokens += job.draft.outputTokens;
    if (job.draft.inputTokens + job.draft.outputTokens === 0) continue;
    const jobCost = costOf(job.draft, pricing);
    cost = cost === null || jobCost === undefined ? null : cost + jobCost;
  }
  return {
    total,
    remaining,
    active: remaining > 0,
    etaMs: average === null || remaining === 0 ? null : (average * remaining) / Math.max(1, Math.min(batch.concurrency, remaining)),
    inputTokens,
    outputTokens,
    cost,
  };
}
