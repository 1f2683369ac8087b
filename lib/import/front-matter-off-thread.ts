import 'server-only';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '@/lib/errors';
import { checkDeadline, type Deadline, importTookTooLong, timeLeft } from './deadline';
import type { FrontMatterSource, ReadMapping } from './front-matter';

// The worker is a plain .mjs file that Node loads from the project folder (where `npm start` runs, as lib/db/client.ts
// assumes). A literal `eval: true` keeps Turbopack from treating the first argument as a module to bundle
// (vercel/next.js#91666), so `next build` leaves this call as written and Vitest runs the very same file.
const WORKER_BOOT = 'import(require("node:worker_threads").workerData.entry)';
const WORKER_FILE = ['lib', 'import', 'front-matter-worker.mjs'];

// A hostile file can make `yaml` build a huge tree; the worker then dies alone instead of the server.
const WORKER_HEAP_MB = 256;

const tooLarge = () =>
  new AppError(
    'payload_too_large',
    'The front matter of these files is too large to read, so the import was stopped and nothing was saved. Import fewer files at a time.',
  );

function isOutOfMemory(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ERR_WORKER_OUT_OF_MEMORY';
}

/**
 * Each front matter read in a worker thread, in order, so a slow or hostile one never stalls the server;
 * past the deadline the worker is stopped and the import refused.
 */
export async function readFrontMatterOffThread(sources: readonly FrontMatterSource[], deadline: Deadline): Promise<ReadMapping[]> {
  if (sources.length === 0) return [];
  checkDeadline(deadline);
  const entry = pathToFileURL(path.join(/*turbopackIgnore: true*/ process.cwd(), ...WORKER_FILE)).href;
  const worker = new Worker(WORKER_BOOT, { eval: true, workerData: { entry }, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
  let timer: NodeJS.Timeout | undefined;
  try {
    const answer = await new Promise<unknown>((resolve, reject) => {
      timer = setTimeout(() => reject(importTookTooLong(deadline)), timeLeft(deadline));
      worker.once('message', resolve);
      worker.once('error', (error) => reject(isOutOfMemory(error) ? tooLarge() : error));
      worker.once('exit', (code) => reject(new Error(`The front matter worker stopped with code ${code} before answering`)));
      worker.postMessage(sources);
    });
    if (!Array.isArray(answer)) throw new Error('The front matter worker answered with something other than a list');
    return answer as ReadMapping[];
  } finally {
    clearTimeout(timer);
    await worker.terminate();
  }
}
