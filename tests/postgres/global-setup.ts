import type { TestProject } from 'vitest/node';
import { findPostgresServer } from './server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server (its maintenance database) where each test file creates a database of its own. */
    postgresServerUrl: string;
  }
}

// Run through `npm run test:integration:postgres`, a machine without PostgreSQL prints that the lane was skipped
// (tests/postgres/lane.mjs); asked for directly (`vitest --project integration-postgres`), it is an error.
export default async function setup(project: TestProject) {
  const server = await findPostgresServer();
  if ('skipped' in server) {
    throw new Error(`The PostgreSQL lane cannot run: ${server.skipped}. Set POSTSMITH_TEST_POSTGRES_URL, or run --project integration.`);
  }
  console.log(`PostgreSQL lane: test databases on ${server.how}.`);
  project.provide('postgresServerUrl', server.url);
  return server.stop;
}
