// `npm test`: every check, in order, each stage timed. Stops at the first stage that fails.
// The times are printed at the end (and on a failure), so a slow stage shows in every run.
import { spawnSync } from 'node:child_process';

const STAGES = [
  ['type check', 'typecheck'],
  ['type check of the domain (no DOM, no JSX)', 'typecheck:domain'],
  ['lint', 'lint'],
  ['format', 'format:check'],
  ['unit and component tests', 'test:unit'],
  ['build', 'build'],
  ['offline build', 'build:offline'],
  ['first-load size', 'size'],
  ['browser tests', 'test:e2e'],
];

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const times = [];
const report = () => {
  console.log('\nTime by stage:');
  for (const [name, seconds, ok] of times)
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${seconds.toFixed(1).padStart(7)} s  ${name}`);
  const total = times.reduce((sum, [, s]) => sum + s, 0);
  console.log(`  total ${total.toFixed(1)} s`);
};

for (const [name, script] of STAGES) {
  console.log(`\n=== ${name} (npm run ${script})`);
  const started = process.hrtime.bigint();
  const run = spawnSync(npm, ['run', '-s', script], { stdio: 'inherit' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const ok = run.status === 0;
  times.push([name, seconds, ok]);
  if (!ok) {
    report();
    process.exit(run.status ?? 1);
  }
}
report();
