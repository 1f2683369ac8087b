import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/fixtures/chromium.mjs';

// Overridable so that two test runs on one machine (parallel work in progress) do not collide.
export const FAKE_ANTHROPIC_PORT = Number(process.env.E2E_FAKE_PORT ?? 4010);
export const APP_PORT = Number(process.env.E2E_APP_PORT ?? 3100);
export const FAKE_OPENAI_PORT = Number(process.env.E2E_FAKE_OPENAI_PORT ?? FAKE_ANTHROPIC_PORT + 10);
const DATABASE_URL = process.env.E2E_DATABASE_URL ?? 'file:./data/e2e.db';
// Sent to the fake endpoint, which ignores it as local servers do; no page or response may show it.
export const OPENAI_TEST_KEY = 'sk-e2e-endpoint-key-never-shown';
/** The models the fake OpenAI-compatible endpoint lists (GET /v1/models), offered beside Claude. */
export const FAKE_OPENAI_MODELS = ['qwen3:8b', 'llama3.2:3b'];

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
      command: `node tests/fixtures/fake-openai/cli.mjs --port ${FAKE_OPENAI_PORT} --models ${FAKE_OPENAI_MODELS.join(',')}`,
      url: `http://127.0.0.1:${FAKE_OPENAI_PORT}/health`,
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
        DATABASE_URL,
        ANTHROPIC_API_KEY: 'test-key',
        ANTHROPIC_BASE_URL: `http://127.0.0.1:${FAKE_ANTHROPIC_PORT}`,
        // ANTHROPIC_MODEL unset: the default model, which refuses an assistant prefill like every current one.
        // A local endpoint beside Claude, its models listed by the endpoint; Claude stays the default.
        OPENAI_BASE_URL: `http://127.0.0.1:${FAKE_OPENAI_PORT}/v1`,
        OPENAI_API_KEY: OPENAI_TEST_KEY,
        GENERATION_RETRY_BASE_MS: '100',
        GENERATION_IDLE_TIMEOUT_MS: '5000',
        // The suite starts many posts a minute from one client; the limits have tests of their own.
        GENERATION_RATE_LIMIT_PER_MINUTE: '1000',
        GENERATION_RATE_LIMIT_GLOBAL_PER_MINUTE: '1000',
        MAX_CONCURRENT_GENERATIONS: '100',
        // Seals the publishing connections the suite adds (tests/e2e/publish-wordpress.spec.ts).
        SECRET_KEY: 'e2e-secret-key-for-publishing-connections',
      },
    },
  ],
});
