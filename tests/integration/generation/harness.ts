import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { WritingRequest } from '@/lib/generation';
import { applyPendingMigrations } from '../../../scripts/schema-engine.mjs';
import { startFakeAnthropic } from '../../fixtures/fake-anthropic/server.mjs';
import { startFakeOpenAI } from '../../fixtures/fake-openai/server.mjs';

/** What the topic form sends for a topic and no options. */
export function topicInput(topic: string) {
  return { topic, keywords: '', tone: '', audience: '', length: 'standard' as const, language: '' };
}

/**
 * A migrated SQLite file of its own and a fake Anthropic server, wired through the environment exactly as
 * in production (ANTHROPIC_BASE_URL), before lib/ is imported and reads it.
 */
export async function startGenerationHarness(
  extraEnv: Record<string, string> = {},
  { provider = 'anthropic' }: { provider?: 'anthropic' | 'openai' } = {},
) {
  const dir = mkdtempSync(path.join(tmpdir(), 'postsmith-gen-'));
  const databaseUrl = `file:${path.join(dir, 'test.db')}`;
  await applyPendingMigrations({ databaseUrl });
  const anthropic = await startFakeAnthropic();
  // With `openai`, posts are written through an OpenAI-compatible endpoint (DEFAULT_MODEL names its model);
  // `fake` is then that endpoint's fake, scripted the same way.
  const openai = provider === 'openai' ? await startFakeOpenAI() : null;
  const fake = openai ?? anthropic;
  Object.assign(process.env, {
    DATABASE_URL: databaseUrl,
    ANTHROPIC_API_KEY: 'test-key',
    ANTHROPIC_BASE_URL: anthropic.url,
    ...(openai ? { OPENAI_BASE_URL: openai.url } : {}),
    // The default model: it refuses an assistant prefill, as every current Claude model does.
    ANTHROPIC_MODEL: 'claude-sonnet-5-5',
    GENERATION_RETRY_BASE_MS: '20',
    GENERATION_IDLE_TIMEOUT_MS: '1500',
    GENERATION_CHECKPOINT_MS: '100',
    // Tests start many posts a minute from one client; the limits have tests of their own.
    GENERATION_RATE_LIMIT_PER_MINUTE: '1000',
    GENERATION_RATE_LIMIT_GLOBAL_PER_MINUTE: '1000',
    MAX_CONCURRENT_GENERATIONS: '100',
    ...extraEnv,
  });
  const generation = await import('@/lib/generation');
  const drafts = await import('@/lib/drafts');
  let writes = 0;
  return {
    fake,
    generation,
    drafts,
    /** Starts writing through the engine's one door, each time as a person at an address of their own. */
    write: (request: WritingRequest) => generation.startWriting(request, { client: `integration-test-${++writes}` }),
    async close() {
      await anthropic.close();
      await openai?.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
