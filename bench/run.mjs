// `npm run bench`: every bench in turn, each writing its own section of bench/RESULTS.md. Figures are
// compared with a baseline measured in the same run; none of them is asserted anywhere.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCHES = ['parser', 'seo', 'preview', 'live-page', 'server', 'instances', 'list', 'load', 'page-weight'];
const only = process.argv.slice(2);
// BENCH_PORT_BASE=3300 serves the benches' apps on 3300, 3301, … (for machines shared by several checkouts).
const portBase = process.env.BENCH_PORT_BASE ? Number(process.env.BENCH_PORT_BASE) : null;

const build = spawnSync(process.execPath, ['scripts/build-if-needed.mjs'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

let failed = 0;
for (const name of BENCHES.filter((bench) => only.length === 0 || only.includes(bench))) {
  const started = Date.now();
  console.log(`\n=== bench/${name}`);
  const ports = portBase === null ? [] : ['--port', String(portBase + BENCHES.indexOf(name))];
  const result = spawnSync(process.execPath, [path.join('bench', name, 'run.mjs'), ...ports], { cwd: root, stdio: 'inherit' });
  console.log(`=== bench/${name}: ${result.status === 0 ? 'done' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (result.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
