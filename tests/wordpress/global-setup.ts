import type { TestProject } from 'vitest/node';
import { startWordPressSite, WORDPRESS_INSTALL_HINT, wordPressMissing } from '../fixtures/wordpress/site.mjs';

export type WordPressSiteInfo = {
  url: string;
  root: string;
  editor: { username: string; applicationPassword: string };
  contributor: { username: string; applicationPassword: string };
};

declare module 'vitest' {
  export interface ProvidedContext {
    /** One installed WordPress for the whole run (tests/fixtures/wordpress/site.mjs). */
    wordpressSite: WordPressSiteInfo;
  }
}

// Run through `npm run test:integration:wordpress`, a machine without WordPress prints that the lane was skipped
// (tests/wordpress/lane.mjs); asked for directly (`vitest --project integration-wordpress`), it is an error.
export default async function setup(project: TestProject) {
  const missing = wordPressMissing();
  if (missing) throw new Error(`The WordPress lane cannot run: ${missing}. Install: ${WORDPRESS_INSTALL_HINT}.`);
  const site = await startWordPressSite();
  console.log(`WordPress lane: a fresh WordPress at ${site.url}.`);
  const { url, root, editor, contributor } = site;
  project.provide('wordpressSite', { url, root, editor, contributor });
  return site.stop;
}
