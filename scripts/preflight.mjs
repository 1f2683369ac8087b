// Imported first by every script that runs on its own: checks Node, then loads `.env*` before any other module runs.
import { assertSupportedNode, loadProjectEnv } from './project-env.mjs';

assertSupportedNode();
// `npm run dev` migrates, then runs `next dev`, which reads the development files: the migration must read them too.
loadProjectEnv(undefined, { dev: process.env.npm_lifecycle_event === 'dev' });
