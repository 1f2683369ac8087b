// What every command needs before it touches the database: a Node that runs Prisma 7, and the same `.env*` files
// `next start` and `next dev` read, so a DATABASE_URL in `.env` names one database for the scripts and the app.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nextEnv from '@next/env';

/** Prisma 7 needs Node 20.19+ (require of ES modules without a flag). */
export const MINIMUM_NODE = '20.19.0';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const parts = (version) =>
  version
    .replace(/^v/, '')
    .split('.')
    .map((part) => Number.parseInt(part, 10) || 0);

/** Why this Node cannot run Postsmith, or undefined when it can. */
export function nodeVersionProblem(version = process.versions.node) {
  const [major, minor, patch] = parts(version);
  const [needMajor, needMinor, needPatch] = parts(MINIMUM_NODE);
  const supported = major !== needMajor ? major > needMajor : minor !== needMinor ? minor > needMinor : patch >= needPatch;
  return supported ? undefined : `Postsmith needs Node.js ${MINIMUM_NODE} or newer (Prisma 7 does); this is Node.js ${version}.`;
}

export function assertSupportedNode() {
  const problem = nodeVersionProblem();
  if (!problem) return;
  console.error(problem);
  console.error('Install Node.js 20.19+ or 22 LTS (e.g. `nvm install 22`), then run the command again.');
  process.exit(1);
}

/**
 * Loads `.env.$mode.local`, `.env.local`, `.env.$mode` and `.env` from `dir` into process.env as Next.js does
 * (same loader, same order; a variable already set wins). `dev` picks the development files, as `next dev` would.
 * Returns the files read, relative to `dir`.
 */
export function loadProjectEnv(dir = projectRoot, { dev = false } = {}) {
  const quiet = { info: () => {}, error: console.error };
  return nextEnv.loadEnvConfig(dir, dev, quiet, true).loadedEnvFiles.map((file) => file.path);
}
