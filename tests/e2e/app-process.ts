import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';

/**
 * A second app server of the test's own (own port, own database), for tests that kill and restart it
 * without disturbing the shared one. It runs in its own process group so SIGKILL takes next with it.
 */
export class AppProcess {
  private child: ChildProcess | null = null;
  readonly baseUrl: string;

  constructor(
    private readonly port: number,
    private readonly env: Record<string, string>,
  ) {
    this.baseUrl = `http://127.0.0.1:${port}`;
  }

  static freshDatabase(name: string): string {
    const file = path.resolve('data', name);
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
    return `file:${file}`;
  }

  async start(): Promise<void> {
    this.child = spawn(process.execPath, ['scripts/start.mjs', '-p', String(this.port), '-H', '127.0.0.1'], {
      env: { ...process.env, ...this.env, PORT: String(this.port) },
      detached: true,
      stdio: 'ignore',
    });
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const healthy = await fetch(`${this.baseUrl}/api/health`).then(
        (response) => response.ok,
        () => false,
      );
      if (healthy) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`The app on port ${this.port} did not become healthy in 60 s`);
  }

  kill(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child?.pid) return Promise.resolve();
    this.child = null;
    return new Promise((resolve) => {
      child.once('exit', () => resolve());
      process.kill(-(child.pid as number), signal);
    });
  }
}
