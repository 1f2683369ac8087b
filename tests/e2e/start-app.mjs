// Serves the built app for the end-to-end tests on a database of their own, emptied at every run.
import { rmSync } from 'node:fs';
import { databaseFilePath } from '../../scripts/schema-engine.mjs';

const file = databaseFilePath();
for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
process.argv.push('-p', process.env.PORT ?? '3100', '-H', '127.0.0.1');
await import('../../scripts/start.mjs');
