import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Draft } from '@/lib/drafts/draft';
import { runSql } from '../postgres/server.mjs';
import { startGenerationHarness, topicInput } from './generation/harness';
import { composePost } from './generation/post-text';

// The PostgreSQL counterparts of storage-faults and database-lock (SQLite lane): a lock held by another
// connection, a server that refuses writes, a full disk and a server that is gone each answer 503 with what to do.
let harness: Awaited<ReturnType<typeof startGenerationHarness>>;
let draftRoute: typeof import('@/app/api/drafts/[id]/route');
let healthRoute: typeof import('@/app/api/health/route');
let database: typeof import('@/lib/db/client');
let draft: Draft;

beforeAll(async () => {
  harness = await startGenerationHarness({ DATABASE_BUSY_TIMEOUT_MS: '300' });
  draftRoute = await import('@/app/api/drafts/[id]/route');
  healthRoute = await import('@/app/api/health/route');
  database = await import('@/lib/db/client');
  harness.fake.script('Faults', [{ kind: 'stream', text: composePost('Faults') }]);
  const started = await harness.write({ kind: 'new', input: topicInput('Faults') });
  draft = await harness.generation.generationSettled({ id: started.id });
});
afterAll(async () => harness?.close());

const databaseName = () => new URL(harness.database.url).pathname.slice(1);

async function patchTitle(
  title: string,
): Promise<{ status: number; body: { error?: { code: string; message: string } } & Partial<Draft> }> {
  const current = await harness.drafts.getDraft({ id: draft.id });
  const response = await draftRoute.PATCH(
    new Request(`http://localhost:3000/api/drafts/${draft.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', host: 'localhost:3000' },
      body: JSON.stringify({ version: current.version, title }),
    }),
    { params: Promise.resolve({ id: draft.id }) },
  );
  return { status: response.status, body: await response.json() };
}

async function readsStillWork(): Promise<void> {
  const health = await healthRoute.GET(new Request('http://localhost:3000/api/health'), { params: Promise.resolve({}) });
  expect(health.status).toBe(200);
  const read = await draftRoute.GET(new Request(`http://localhost:3000/api/drafts/${draft.id}`), {
    params: Promise.resolve({ id: draft.id }),
  });
  expect(read.status).toBe(200);
}

function expectUnavailable(answer: Awaited<ReturnType<typeof patchTitle>>, message: RegExp): void {
  expect(answer.status).toBe(503);
  expect(answer.body.error?.code).toBe('database_unavailable');
  expect(answer.body.error?.message).toMatch(message);
  expect(JSON.stringify(answer.body)).not.toMatch(/prisma|postgres:|at .*\.ts|55P03|25006|53100/i);
}

describe('PostgreSQL faults a person can act on', () => {
  it('a table locked by another connection: the save gives up after DATABASE_BUSY_TIMEOUT_MS with 503, reads go on, and it lands once released', async () => {
    const other = new pg.Client({ connectionString: harness.database.url });
    await other.connect();
    await other.query('BEGIN');
    await other.query('LOCK TABLE "Draft" IN EXCLUSIVE MODE');
    try {
      // It gives up with a 503 while the lock is still held: a save that waited for it would never answer here.
      expectUnavailable(await patchTitle('Saved while locked'), /busy.*another connection.*your text is still here/i);
      await readsStillWork();
    } finally {
      await other.query('ROLLBACK');
      await other.end();
    }
    expect((await patchTitle('Saved after the lock')).body.title).toBe('Saved after the lock');
  });

  it('a full disk on the server: 503 saying so, nothing stored', async () => {
    await runSql(
      harness.database.url,
      `CREATE FUNCTION postsmith_disk_full() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'could not extend file' USING ERRCODE = 'disk_full'; END $$ LANGUAGE plpgsql;
       CREATE TRIGGER postsmith_disk_full BEFORE UPDATE ON "Draft" FOR EACH ROW EXECUTE FUNCTION postsmith_disk_full();`,
    );
    try {
      expectUnavailable(await patchTitle('Saved on a full disk'), /disk of the database server is full.*your text is still here/i);
      expect((await harness.drafts.getDraft({ id: draft.id })).title).not.toBe('Saved on a full disk');
    } finally {
      await runSql(harness.database.url, 'DROP TRIGGER postsmith_disk_full ON "Draft"; DROP FUNCTION postsmith_disk_full();');
    }
  });

  it('a server that refuses writes: 503 for a save, reads go on, and a start says so in read-only mode', async () => {
    const { readOnlyDatabaseNotice, startWritingOrReadOnly } = await import('@/lib/db/read-only-mode');
    const firstWrite = async () => {
      await database.db().draft.updateMany({ where: { id: draft.id }, data: { rounds: { increment: 0 } } });
    };
    await runSql(inject('postgresServerUrl'), `ALTER DATABASE "${databaseName()}" SET default_transaction_read_only = on`);
    // The setting applies to new connections.
    await database.db().$disconnect();
    try {
      expectUnavailable(await patchTitle('Saved on a standby'), /refuses writes.*your text is still here/i);
      await readsStillWork();
      await startWritingOrReadOnly(firstWrite);
      expect(readOnlyDatabaseNotice()).toMatch(/PostgreSQL database postgresql:\/\/.*refuses writes.*read-only mode/);
    } finally {
      await runSql(inject('postgresServerUrl'), `ALTER DATABASE "${databaseName()}" RESET default_transaction_read_only`);
      await database.db().$disconnect();
    }
    await startWritingOrReadOnly(firstWrite);
    expect(readOnlyDatabaseNotice()).toBeNull();
  });

  it('a server that does not answer: described as such, not as a bug', async () => {
    const { PrismaPg } = await import('@prisma/adapter-pg');
    const { PrismaClient } = await import('@/lib/db/generated-postgresql/client.ts');
    const { describeDatabaseError } = await import('@/lib/db/errors');
    const gone = new PrismaClient({ adapter: new PrismaPg({ connectionString: 'postgresql://postgres@127.0.0.1:1/postsmith' }) });
    const error = await gone.draft.count().catch((caught: unknown) => caught);
    await gone.$disconnect();
    expect(describeDatabaseError(error)?.message).toMatch(/database server does not answer.*your text is still here/i);
  });
});
