import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/fixtures/chromium.mjs';

// Overridable so that two test runs on one machine (parallel work in progress) do not collide.
export const FAKE_ANTHROPIC_PORT = Number(process.env.E2E_FAKE_PORT ?? 4010);
export const APP_PORT = Number(process.env.E2E_APP_PORT ?? 3100);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: process.env.E2E_OUTPUT_DIR ?? 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${APP_PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    {
      command: `node tests/fixtures/fake-anthropic/cli.mjs --port ${FAKE_ANTHROPIC_PORT}`,
      url: `http://127.0.0.1:${FAKE_ANTHROPIC_PORT}/health`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: 'node tests/e2e/start-app.mjs',
      url: `http://127.0.0.1:${APP_PORT}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'pipe',
      env: {
        PORT: String(APP_PORT),
        DATABASE_URL: 'file:./data/e2e.db',
        ANTHROPIC_API_KEY: 'test-key',
        ANTHROPIC_BASE_URL: `http://127.0.0.1:${FAKE_ANTHROPIC_PORT}`,
        // ANTHROPIC_MODEL unset: the default model, which refuses an assistant prefill like every current one.
        GENERATION_RETRY_BASE_MS: '100',
        GENERATION_IDLE_TIMEOUT_MS: '5000',
        // The suite starts many posts a minute from one client; the limits have tests of their own.
        GENERATION_RATE_LIMIT_PER_MINUTE: '1000',
        GENERATION_RATE_LIMIT_GLOBAL_PER_MINUTE: '1000',
        MAX_CONCURRENT_GENERATIONS: '100',
      },
    },
  ],
});
