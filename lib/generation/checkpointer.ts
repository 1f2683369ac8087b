/**
 * Saves the growing text at most every `intervalMs`, and sooner once `maxPendingChars` are unsaved, with
 * one save in flight at a time, so a crash loses at most about one interval of text.
 */
export class Checkpointer {
  private pendingChars = 0;
  private inFlight: Promise<void> | null = null;
  private saveAgain = false;
  private timer: NodeJS.Timeout;

  constructor(
    private readonly save: () => Promise<void>,
    private readonly onError: (error: unknown) => void,
    intervalMs: number,
    private readonly maxPendingChars = 2048,
  ) {
    this.timer = setInterval(() => {
      if (this.pendingChars > 0) void this.flush();
    }, intervalMs);
    this.timer.unref();
  }

  noteWritten(chars: number): void {
    this.pendingChars += chars;
    if (this.pendingChars >= this.maxPendingChars) void this.flush();
  }

  /** Resolves once everything noted so far is saved. */
  async flush(): Promise<void> {
    if (this.inFlight) {
      this.saveAgain = true;
      await this.inFlight;
      if (this.saveAgain) return this.flush();
      return;
    }
    this.pendingChars = 0;
    this.saveAgain = false;
    this.inFlight = this.save()
      .catch(this.onError)
      .finally(() => {
        this.inFlight = null;
      });
    await this.inFlight;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
