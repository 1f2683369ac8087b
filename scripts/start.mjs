// `npm start`: build when needed, create and migrate the database, then serve with `next start`.
import './preflight.mjs';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { buildIfNeeded } from './build-if-needed.mjs';
import { migrate } from './migrate.mjs';
import { projectRoot } from './schema-engine.mjs';

buildIfNeeded();
try {
  await migrate();
} catch (error) {
  console.error(`Could not prepare the database: ${error instanceof Error ? error.message : error}`);
  console.error(
    'Check DATABASE_URL (a writable "file:" path, default file:./data/app.db, or a reachable "postgresql://" server), then run `npm start` again.',
  );
  process.exit(1);
}

const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
const server = spawn(process.execPath, [nextBin, 'start', ...process.argv.slice(2)], {
  cwd: projectRoot,
  stdio: 'inherit',
  // The app handles SIGTERM/SIGINT itself (instrumentation.ts) to save generations in progress.
  env: { NEXT_TELEMETRY_DISABLED: '1', ...process.env, NEXT_MANUAL_SIG_HANDLE: '1' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
