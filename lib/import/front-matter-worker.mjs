// @ts-check
// Runs in a worker thread started by front-matter-off-thread.ts: one batch of front matter in, one answer out.
import { parentPort } from 'node:worker_threads';
import { readFrontMatterSource } from './front-matter-read.mjs';

parentPort?.once('message', (/** @type {import('./front-matter').FrontMatterSource[]} */ sources) => {
  parentPort?.postMessage(sources.map(readFrontMatterSource));
});
