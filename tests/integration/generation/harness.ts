import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { applyPendingMigrations } from '../../../scripts/schema-engine.mjs';
import { startFakeAnthropic } from '../../fixtures/fake-anthropic/server.mjs';

/**
 * A migrated SQLite file of its own and a fake Anthropic server, wired through the environment exactly as
 * in production (ANTHROPIC_BASE_URL), before lib/ is imported and reads it.
 */
export async function startGenerationHarness(extraEnv: Record<string, string> = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'postsmith-gen-'));
  const databaseUrl = `file:${path.join(dir, 'test.db')}`;
  await applyPendingMigrations({ databaseUrl });
  const fake = await startFakeAnthropic();
  Object.assign(process.env, {
    DATABASE_URL: databaseUrl,
    ANTHROPIC_API_KEY: 'test-key',
    ANTHROPIC_BASE_URL: fake.url,
    // The default model: it refuses an assistant prefill, as every current Claude model does.
    ANTHROPIC_MODEL: 'claude-sonnet-5-5',
    GENERATION_RETRY_BASE_MS: '20',
    GENERATION_IDLE_TIMEOUT_MS: '1500',
    GENERATION_CHECKPOINT_MS: '100',
    ...extraEnv,
  });
  const generation = await import('@/lib/generation');
  const drafts = await import('@/lib/drafts/queries');
  return {
    fake,
    generation,
    drafts,
    async close() {
      await fake.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
