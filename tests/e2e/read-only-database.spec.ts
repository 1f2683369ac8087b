import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { APP_PORT, FAKE_ANTHROPIC_PORT } from '../../playwright.config';
import { expect, test } from './fixtures';

const PORT = APP_PORT + 3;
const baseUrl = `http://127.0.0.1:${PORT}`;

// Root writes through file permissions; without CAP_DAC_OVERRIDE it obeys them as any other user does.
function node(args: string[]): [string, string[]] {
  return process.getuid?.() === 0
    ? ['setpriv', ['--bounding-set=-dac_override,-dac_read_search', process.execPath, ...args]]
    : [process.execPath, args];
}

let dir: string;
let file: string;
let env: NodeJS.ProcessEnv;

test.beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'postsmith-read-only-'));
  file = path.join(dir, 'app.db');
  env = {
    ...process.env,
    DATABASE_URL: `file:${file}`,
    PORT: String(PORT),
    ANTHROPIC_API_KEY: 'test-key',
    ANTHROPIC_BASE_URL: `http://127.0.0.1:${FAKE_ANTHROPIC_PORT}`,
  };
  const migrated = spawnSync(process.execPath, ['scripts/migrate.mjs'], { env, encoding: 'utf8' });
  expect(migrated.status, migrated.stderr).toBe(0);
  chmodSync(file, 0o444);
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('npm start refuses a read-only database file, naming it and what to do', () => {
  const [command, args] = node(['scripts/start.mjs', '-p', String(PORT), '-H', '127.0.0.1']);
  const started = spawnSync(command, args, { env, encoding: 'utf8', timeout: 60_000 });
  expect(started.status).toBe(1);
  expect(started.stderr).toContain(`The database file ${file} is read-only for the user running Postsmith. Make it writable by that user`);
});

test('a server started on a read-only file serves reads, refuses writes with 503 and says why on its pages', async ({ page }) => {
  const [command, args] = node([
    createRequire(import.meta.url).resolve('next/dist/bin/next'),
    'start',
    '-p',
    String(PORT),
    '-H',
    '127.0.0.1',
  ]);
  const server: ChildProcess = spawn(command, args, { env, detached: true, stdio: 'ignore' });
  try {
    await expect
      .poll(
        async () =>
          fetch(`${baseUrl}/api/health`).then(
            (response) => response.status,
            () => 0,
          ),
        { timeout: 60_000 },
      )
      .toBe(200);

    expect((await fetch(`${baseUrl}/api/drafts`)).status).toBe(200);
    const refused = await fetch(`${baseUrl}/api/drafts`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ topic: 'Anything at all' }),
    });
    expect(refused.status).toBe(503);
    expect(await refused.json()).toEqual({
      error: { code: 'database_unavailable', message: expect.stringMatching(/read-only.*permissions/) },
    });

    await page.goto(`${baseUrl}/`);
    const notice = page.getByTestId('read-only-notice');
    await expect(notice).toContainText('Nothing can be saved right now.');
    await expect(notice).toContainText(`The database file ${file} is read-only`);
    await page.goto(`${baseUrl}/drafts`);
    await expect(page.getByTestId('read-only-notice')).toBeVisible();
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGKILL');
  }
});
