// `npm run test:integration:wordpress`: publishing against a real WordPress (vitest project integration-wordpress,
// tests/integration/wordpress-*.test.ts). Without WordPress, PHP or MariaDB it says loudly that the lane was
// skipped and why, and exits 0, or 1 when POSTSMITH_REQUIRE_WORDPRESS=1.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { WORDPRESS_INSTALL_HINT, wordPressMissing } from '../fixtures/wordpress/site.mjs';

const missing = wordPressMissing();
if (missing) {
  const rule = '='.repeat(78);
  console.log(`${rule}\nWORDPRESS LANE SKIPPED: no WordPress to publish to, so publishing was not tested against one.`);
  console.log(`Why: ${missing}.`);
  console.log(`To run it: ${WORDPRESS_INSTALL_HINT}.`);
  console.log(`The other lanes ran as usual.\n${rule}`);
  process.exit(process.env.POSTSMITH_REQUIRE_WORDPRESS === '1' ? 1 : 0);
}

const vitest = path.join(path.dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
const run = spawnSync(process.execPath, [vitest, 'run', '--project', 'integration-wordpress', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
