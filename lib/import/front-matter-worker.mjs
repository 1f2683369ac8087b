// @ts-check
// Runs in a worker thread started by front-matter-off-thread.ts: one batch of front matter in, one answer out.
import { parentPort } from 'node:worker_threads';
import { readFrontMatterMapping } from './front-matter-yaml.mjs';

parentPort?.once('message', (/** @type {string[]} */ yamls) => {
  parentPort?.postMessage(yamls.map(readFrontMatterMapping));
});
