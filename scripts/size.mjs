// Measures what the first visit to the start page downloads: the entry script of
// dist/index.html, every chunk it imports statically (recursively), and the CSS.
// Lazy chunks (dynamic import) are listed apart. Run after `npm run build`.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname, posix } from 'node:path';

const dist = 'dist';
const budgetKb = Number(process.env.SIZE_BUDGET_KB ?? 114);
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/index.html not found: run `npm run build` first.');
  process.exit(2);
}
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

const entries = [...html.matchAll(/<script[^>]+src="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]);
const css = [...html.matchAll(/<link[^>]+href="\.?\/?([^"]+\.css)"/g)].map((m) => m[1]);
const initial = new Set();
const queue = [...entries];
while (queue.length > 0) {
  const file = queue.shift();
  if (initial.has(file)) continue;
  initial.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  // Static imports only: `import ... from "./x.js"` and `import "./x.js"`; import() stays lazy.
  for (const m of code.matchAll(
    /(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g,
  )) {
    queue.push(posix.join(dirname(file), m[1]));
  }
}
const all = readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => `assets/${f}`);
const lazy = all.filter((f) => !initial.has(f));
const kb = (n) => (n / 1024).toFixed(1);
let total = 0;
console.log('First visit to the start page (gzip, level 9):');
for (const f of initial) {
  const size = gz(f);
  total += size;
  console.log(`  ${kb(size).padStart(7)} KB  ${f}`);
}
const cssTotal = css.reduce((sum, f) => sum + gz(f), 0);
console.log(
  `  JavaScript total: ${kb(total)} KB = ${total} bytes (budget ${budgetKb} KB); CSS: ${kb(cssTotal)} KB`,
);
console.log('Loaded later, when a step or guide is opened:');
for (const f of lazy) console.log(`  ${kb(gz(f)).padStart(7)} KB  ${f}`);
if (total > budgetKb * 1024) {
  console.error(`Over budget by ${kb(total - budgetKb * 1024)} KB.`);
  process.exit(1);
}

// The README states the offline file's size; it is checked here against the built file so
// that the number a reader sees is the one the build makes, not one typed long ago.
const offline = 'dist-offline/entsso-triage.html';
if (existsSync(offline)) {
  const raw = readFileSync(offline);
  const measured = { raw: raw.length / 1000, gzip: gzipSync(raw, { level: 9 }).length / 1000 };
  const stated = readFileSync('README.md', 'utf8').match(
    /entsso-triage\.html`\s+\(about\s+(\d+)\s+KB,\s+(\d+)\s+KB\s+gzipped\)/,
  );
  const near = (said, real) => Math.abs(Number(said) - real) <= real * 0.03;
  console.log(
    `Offline file: ${measured.raw.toFixed(0)} KB, ${measured.gzip.toFixed(0)} KB gzipped (1 KB = 1,000 bytes)`,
  );
  if (!stated || !near(stated[1], measured.raw) || !near(stated[2], measured.gzip)) {
    console.error(
      `README.md must say "(about ${measured.raw.toFixed(0)} KB, ${measured.gzip.toFixed(0)} KB gzipped)" ` +
        `for ${offline}; it says ${stated ? `"${stated[0]}"` : 'nothing the check can read'}.`,
    );
    process.exit(1);
  }
}
