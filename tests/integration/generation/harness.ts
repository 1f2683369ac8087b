import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import type { WritingRequest } from '@/lib/generation';
import { applyPendingMigrations, withDatabaseName } from '../../../scripts/schema-engine.mjs';
import { startFakeAnthropic } from '../../fixtures/fake-anthropic/server.mjs';
import { startFakeOpenAI } from '../../fixtures/fake-openai/server.mjs';
import { runSql } from '../../postgres/server.mjs';

/** What the topic form sends for a topic and no options. */
export function topicInput(topic: string) {
  return { topic, keywords: '', tone: '', audience: '', length: 'standard' as const, language: '' };
}

export type TestDatabase = { url: string; provider: 'sqlite' | 'postgresql'; drop(): Promise<void> };

/**
 * An empty database of this test file's own, for the lane it runs in: a SQLite file in a temporary folder, or in
 * the PostgreSQL lane (vitest project integration-postgres) a database created on its server and dropped after.
 */
export async function freshDatabase(): Promise<TestDatabase> {
  const serverUrl = inject('postgresServerUrl');
  if (!serverUrl) {
    const dir = mkdtempSync(path.join(tmpdir(), 'postsmith-gen-'));
    return {
      url: `file:${path.join(dir, 'test.db')}`,
      provider: 'sqlite',
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  // POSTSMITH_TEST_DATABASE_PREFIX keeps the databases of checkouts sharing one server apart.
  const name = `${process.env.POSTSMITH_TEST_DATABASE_PREFIX ?? 'postsmith_test_'}${randomUUID().replaceAll('-', '')}`;
  await runSql(serverUrl, `CREATE DATABASE "${name}"`);
  return {
    url: withDatabaseName(serverUrl, name),
    provider: 'postgresql',
    drop: () => runSql(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

/**
 * A migrated database of its own (SQLite, or PostgreSQL in that lane) and a fake Anthropic server, wired through
 * the environment exactly as in production (ANTHROPIC_BASE_URL), before lib/ is imported and reads it.
 */
export async function startGenerationHarness(
  extraEnv: Record<string, string> = {},
  { provider = 'anthropic' }: { provider?: 'anthropic' | 'openai' } = {},
) {
  const database = await freshDatabase();
  await applyPendingMigrations({ databaseUrl: database.url });
  const anthropic = await startFakeAnthropic();
  // With `openai`, posts are written through an OpenAI-compatible endpoint (DEFAULT_MODEL names its model);
  // `fake` is then that endpoint's fake, scripted the same way.
  const openai = provider === 'openai' ? await startFakeOpenAI() : null;
  const fake = openai ?? anthropic;
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    ANTHROPIC_API_KEY: 'test-key',
    ANTHROPIC_BASE_URL: anthropic.url,
    ...(openai ? { OPENAI_BASE_URL: openai.url } : {}),
    // The default model: it refuses an assistant prefill, as every current Claude model does.
    ANTHROPIC_MODEL: 'claude-sonnet-5-5',
    GENERATION_RETRY_BASE_MS: '20',
    GENERATION_IDLE_TIMEOUT_MS: '1500',
    GENERATION_CHECKPOINT_MS: '100',
    GENERATION_LEASE_MS: '1500',
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
    database,
    fake,
    generation,
    drafts,
    /** Starts writing through the engine's one door, each time as a person at an address of their own. */
    write: (request: WritingRequest) => generation.startWriting(request, { client: `integration-test-${++writes}`, personId: null }),
    async close() {
      await anthropic.close();
      await openai?.close();
      // A PostgreSQL database is dropped with its connections; the pool is closed first so none is left broken.
      if (database.provider === 'postgresql') {
        await (await import('@/lib/db/client')).db().$disconnect();
        await (await import('@/lib/db/notifications')).notifications().close();
      }
      await database.drop();
    },
  };
}
