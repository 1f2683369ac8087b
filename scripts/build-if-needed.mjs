// Builds the app when there is no build yet or the sources changed since the last one, so `npm start`
// on a fresh clone (or after a pull) just works and an unchanged tree starts at once.
import './preflight.mjs';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from './schema-engine.mjs';

const SOURCES = [
  'app',
  'components',
  'hooks',
  'lib',
  'public',
  'instrumentation.ts',
  'instrumentation-client.ts',
  'proxy.ts',
  'next.config.js',
  'postcss.config.mjs',
  'tsconfig.json',
  'package-lock.json',
];
const distDir = path.join(projectRoot, process.env.POSTSMITH_DIST_DIR || '.next');
const stampFile = path.join(distDir, 'postsmith-source-hash');

function* files(entry) {
  const full = path.join(projectRoot, entry);
  if (!existsSync(full)) return;
  if (statSync(full).isDirectory()) {
    for (const child of readdirSync(full).sort()) yield* files(path.join(entry, child));
  } else {
    yield entry;
  }
}

function sourceHash() {
  const hash = createHash('sha256');
  for (const entry of SOURCES) {
    for (const file of files(entry))
      hash
        .update(file)
        .update('\0')
        .update(readFileSync(path.join(projectRoot, file)))
        .update('\0');
  }
  return hash.digest('hex');
}

export function buildIfNeeded() {
  const hash = sourceHash();
  const built = existsSync(path.join(distDir, 'BUILD_ID')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash;
  if (built) return;
  console.log('Building the app (first start or changed sources)…');
  const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
  const result = spawnSync(process.execPath, [nextBin, 'build'], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) {
    console.error('The build failed; see the output above.');
    process.exit(result.status ?? 1);
  }
  // Hashed again: `next build` itself may rewrite tsconfig.json, which must not force the next build.
  writeFileSync(stampFile, sourceHash());
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) buildIfNeeded();
