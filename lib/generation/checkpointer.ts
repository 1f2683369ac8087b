type Clock = { checkpointers: Set<Checkpointer>; timer: NodeJS.Timeout };
// Every generation of this process checkpoints on one clock per interval: their saves fall in the same tick, and the
// text log writes the appends of one tick in one INSERT (lib/drafts/text-log.ts).
const globalForClocks = globalThis as typeof globalThis & { postsmithCheckpointClocks?: Map<number, Clock> };

const globalForFollowUps = globalThis as typeof globalThis & { postsmithCheckpointFollowUps?: Promise<void> };

/**
 * Runs `work` once the work queued before it is done, one at a time in this process: what follows a checkpoint (the
 * fields the list shows, the slug) for each of twenty posts on one tick, or twenty posts ending together, would
 * otherwise start dozens of queries at once, and the live deltas of every other post wait behind them.
 */
export function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  // Each piece waits for the event loop's next turn: on SQLite a query runs synchronously, so pieces chained by
  // promises alone would run back to back, twenty posts' ends as one block of a quarter of a second.
  const queued = (globalForFollowUps.postsmithCheckpointFollowUps ?? Promise.resolve())
    .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
    .then(work);
  globalForFollowUps.postsmithCheckpointFollowUps = queued.then(
    () => {},
    () => {},
  );
  return queued;
}

function clocks(): Map<number, Clock> {
  globalForClocks.postsmithCheckpointClocks ??= new Map();
  return globalForClocks.postsmithCheckpointClocks;
}

/**
 * Saves the growing text every `intervalMs` while there is something new, on the process's shared clock, with one
 * save in flight at a time, so a crash loses at most about one interval of text.
 */
export class Checkpointer {
  private pending = false;
  private inFlight: Promise<void> | null = null;
  private saveAgain = false;
  private readonly intervalMs: number;

  constructor(
    private readonly save: () => Promise<void>,
    private readonly onError: (error: unknown) => void,
    intervalMs: number,
  ) {
    this.intervalMs = intervalMs;
    let clock = clocks().get(intervalMs);
    if (!clock) {
      const checkpointers = new Set<Checkpointer>();
      const timer = setInterval(() => {
        for (const checkpointer of checkpointers) checkpointer.tick();
      }, intervalMs);
      timer.unref();
      clock = { checkpointers, timer };
      clocks().set(intervalMs, clock);
    }
    clock.checkpointers.add(this);
  }

  private tick(): void {
    if (this.pending) void this.flush();
  }

  noteWritten(chars: number): void {
    if (chars > 0) this.pending = true;
  }

  /** Resolves once everything noted so far is saved. */
  async flush(): Promise<void> {
    if (this.inFlight) {
      this.saveAgain = true;
      await this.inFlight;
      if (this.saveAgain) return this.flush();
      return;
    }
    this.pending = false;
    this.saveAgain = false;
    this.inFlight = this.save()
      .catch(this.onError)
      .finally(() => {
        this.inFlight = null;
      });
    await this.inFlight;
  }

  stop(): void {
    const clock = clocks().get(this.intervalMs);
    if (!clock) return;
    clock.checkpointers.delete(this);
    if (clock.checkpointers.size > 0) return;
    clearInterval(clock.timer);
    clocks().delete(this.intervalMs);
  }
}
