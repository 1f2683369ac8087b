import 'server-only';
import { serverEnv } from '@/lib/env';
import { generationAvailable, generationsRunning } from '@/lib/generation';
import { runJob } from './job-runner';
import { claimJobs, nextDueAt, requeueOrphanedJobs } from './job-store';

const BUSY_TICK_MS = 1_000;
const IDLE_TICK_MS = 5_000;
const MIN_TICK_MS = 25;

type SchedulerState = {
  started: boolean;
  active: boolean;
  /** Bumped by every start, so a runner of an earlier run cannot halt the current one. */
  epoch: number;
  running: Map<string, Promise<void>>;
  timer: NodeJS.Timeout | null;
  timerDueAt: number;
  ticking: boolean;
  again: boolean;
};

// One scheduler per process on globalThis: instrumentation, route handlers and dev reloads each get their
// own copy of this module, and there must still be a single loop.
const store = globalThis as typeof globalThis & { postsmithBatchScheduler?: SchedulerState };

function state(): SchedulerState {
  store.postsmithBatchScheduler ??= {
    started: false,
    active: false,
    epoch: 0,
    running: new Map(),
    timer: null,
    timerDueAt: 0,
    ticking: false,
    again: false,
  };
  return store.postsmithBatchScheduler;
}

/** Makes the next pass happen within `delayMs`; an earlier pass already planned is kept. */
function schedule(delayMs: number): void {
  const current = state();
  const dueAt = Date.now() + Math.max(0, delayMs);
  if (current.timer && current.timerDueAt <= dueAt) return;
  if (current.timer) clearTimeout(current.timer);
  current.timerDueAt = dueAt;
  current.timer = setTimeout(() => {
    current.timer = null;
    void tick();
  }, dueAt - Date.now());
  // The loop must not keep a process (a test runner, a script) alive by itself.
  current.timer.unref();
}

function launch(current: SchedulerState, job: Parameters<typeof runJob>[0]): void {
  const epoch = current.epoch;
  const onShutdown = () => {
    if (current.epoch === epoch) stopBatchScheduler();
  };
  const run = runJob(job, { onShutdown })
    .catch((error: unknown) => console.error(`[batch job ${job.id}] failed unexpectedly`, error))
    .finally(() => {
      current.running.delete(job.id);
      if (current.active) schedule(0);
    });
  current.running.set(job.id, run);
}

async function tick(): Promise<void> {
  const current = state();
  if (current.ticking) {
    current.again = true;
    return;
  }
  if (!current.active) return;
  current.ticking = true;
  let delay = BUSY_TICK_MS;
  try {
    // Without an API key nothing can be written: jobs wait in the queue until the app restarts with one.
    if (!generationAvailable()) {
      delay = IDLE_TICK_MS;
      return;
    }
    do {
      current.again = false;
      const { GENERATION_CONCURRENCY, MAX_CONCURRENT_GENERATIONS, GENERATION_LEASE_MS } = serverEnv();
      await requeueOrphanedJobs({ except: new Set(current.running.keys()), graceMs: GENERATION_LEASE_MS });
      // Posts started from the app, and on every instance, count toward the cap on posts written at once too.
      const free = Math.min(GENERATION_CONCURRENCY - current.running.size, MAX_CONCURRENT_GENERATIONS - (await generationsRunning()));
      if (free > 0) for (const job of await claimJobs({ limit: free })) launch(current, job);
    } while (current.again && current.active);
    if (current.running.size === 0) {
      const due = await nextDueAt();
      delay = due ? Math.max(MIN_TICK_MS, Math.min(BUSY_TICK_MS, due.getTime() - Date.now())) : IDLE_TICK_MS;
    }
  } catch (error) {
    console.error('[batch] the scheduler could not read the queue; trying again shortly', error);
  } finally {
    current.ticking = false;
    if (current.active) schedule(current.again ? 0 : delay);
  }
}

/**
 * Starts the one batch loop of this process (idempotent). Each pass puts jobs orphaned by a restart back
 * in the queue, then claims due jobs up to GENERATION_CONCURRENCY and writes them.
 */
export function startBatchScheduler(): void {
  const current = state();
  current.started = true;
  if (current.active) return;
  current.active = true;
  current.epoch++;
  schedule(0);
}

/** Starts the loop unless it ran before in this process (a stopped loop stays stopped). */
export function ensureBatchScheduler(): void {
  if (!state().started) startBatchScheduler();
}

/** Stops claiming jobs. Jobs already running go on; those cut off by a shutdown are resumed on the next start. */
export function stopBatchScheduler(): void {
  const current = state();
  current.active = false;
  if (current.timer) clearTimeout(current.timer);
  current.timer = null;
  current.timerDueAt = 0;
}

/** Looks at the queue now rather than at the next tick (a batch was added, a job retried). */
export function wakeBatchScheduler(): void {
  ensureBatchScheduler();
  if (state().active) schedule(0);
}

/** How many jobs this process is writing now. */
export function runningBatchJobCount(): number {
  return state().running.size;
}
