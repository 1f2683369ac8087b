// `npm run test:integration:postgres`: the integration tests again, on PostgreSQL (vitest project
// integration-postgres). Without a server (tests/postgres/server.mjs) it says loudly that the lane was skipped and
// why, and exits 0, or 1 when POSTSMITH_REQUIRE_POSTGRES=1.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { findPostgresServer } from './server.mjs';

const server = await findPostgresServer().catch((error) => {
  console.error(`PostgreSQL lane: ${error.message}`);
  process.exit(1);
});

if ('skipped' in server) {
  const rule = '='.repeat(78);
  console.log(`${rule}\nPOSTGRESQL LANE SKIPPED: no PostgreSQL server to run the integration tests on.`);
  console.log(`Why: ${server.skipped}.`);
  console.log('To run it: start PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth), or set');
  console.log('POSTSMITH_TEST_POSTGRES_URL=postgresql://<user>:<password>@<host>:<port>/postgres (a role that may CREATE DATABASE).');
  console.log(`The SQLite lane (npm run test:integration) ran as usual.\n${rule}`);
  process.exit(process.env.POSTSMITH_REQUIRE_POSTGRES === '1' ? 1 : 0);
}

console.log(`PostgreSQL lane: running the integration tests on ${server.how}.`);
const vitest = path.join(path.dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
const run = spawnSync(process.execPath, [vitest, 'run', '--project', 'integration-postgres', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, POSTSMITH_TEST_POSTGRES_URL: server.url },
});
await server.stop();
process.exit(run.status ?? 1);
