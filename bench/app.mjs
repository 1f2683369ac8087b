// The benches serve the built app (`next start` through scripts/start.mjs) and wait for it the same way.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Starts the app on 127.0.0.1:`port` with `databaseUrl`, no password and `env` on top; in its own process group,
 * so `process.kill(-app.pid, 'SIGTERM')` stops it and `next start` below it.
 */
export function startApp({ port, databaseUrl, env = {} }) {
  return spawn(process.execPath, ['scripts/start.mjs', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, APP_PASSWORD: '', ...env },
    detached: true,
    stdio: 'ignore',
  });
}

/** Resolves once `${base}/api/health` answers OK; throws when the app has not started within a minute. */
export async function waitHealthy(base) {
  for (let tries = 0; tries < 300; tries++) {
    const ok = await fetch(`${base}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the app on ${base} did not start within a minute`);
}
