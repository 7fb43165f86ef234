// Measures the hostile inputs of issue 19 in the browser, on two builds in one run, so
// that "before" and "after" come from the same machine at the same moment. A measurement,
// not a test: it prints a Markdown table and passes or fails nothing.
//
//   npm run build && npm run build:offline
//   (build the older commit into OLD_DIR the same way, e.g. with git worktree)
//   npx rolldown scripts/measure-hostile.ts --platform node --format esm -o /tmp/measure.mjs
//   OLD_DIR=/path/to/old/checkout node /tmp/measure.mjs
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { readLog } from '../src/domain/evtx/read-log';
import { craftedEvtx, doublingRecord, plainRecord } from '../src/domain/test-fixtures/crafted-evtx';
import { csvExport, LOG_SAMPLES, xmlExport } from '../src/domain/test-fixtures/log-exports';

const NEW_DIR = resolve('.');
const OLD_DIR = process.env.OLD_DIR ?? '';
const LIMIT_MS = 60_000;
const work = mkdtempSync(join(tmpdir(), 'measure-hostile-'));

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(work, name);
  writeFileSync(path, bytes);
  return path;
}

/** Inputs, written once to disk: Playwright hands files over by path. */
function inputs() {
  const events = xmlExport().split('<Events>')[1]!.replace('</Events>', '');
  const failure = LOG_SAMPLES[6]!;
  const sample = new Uint8Array(
    readFileSync('src/domain/evtx/samples/security-size-t-6chunks.evtx'),
  );
  const chunks = sample.subarray(4096);
  const copies = Math.ceil(50e6 / chunks.length);
  const evtx50 = new Uint8Array(4096 + copies * chunks.length);
  evtx50.set(sample.subarray(0, 4096));
  for (let i = 0; i < copies; i++) evtx50.set(chunks, 4096 + i * chunks.length);
  return {
    crafted: file('crafted.evtx', craftedEvtx([plainRecord('SSO01'), doublingRecord(40)])),
    xml45: file('big.xml', `<Events>${events.repeat(Math.ceil(45e6 / events.length))}</Events>`),
    failures: file('failures.csv', csvExport(Array.from({ length: 200_000 }, () => failure))),
    evtx50: file('big.evtx', evtx50),
    evtx50Bytes: evtx50,
  };
}

function serve(dir: string, port: number): ChildProcess {
  return spawn('node', ['e2e/static-server.mjs'], {
    cwd: NEW_DIR,
    env: { ...process.env, PORT: String(port), BASE_PATH: '/triage/', DIST_DIR: join(dir, 'dist') },
    stdio: 'ignore',
  });
}

async function longTasksFrom(page: Page, from: number): Promise<number> {
  return page.evaluate(
    (since) =>
      Math.max(
        0,
        ...(window as unknown as { tasks: Array<[number, number]> }).tasks
          .filter(([start]) => start >= since)
          .map(([, d]) => d),
      ),
    from,
  );
}

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { tasks: Array<[number, number]> };
    w.tasks = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) w.tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  return page;
}

/** Opens a log on the start step; ms until the summary shows, and the longest task after. */
async function openLog(browser: Browser, base: string, path: string) {
  const page = await freshPage(browser);
  await page.goto(base);
  const from = await page.evaluate(() => performance.now());
  await page.getByLabel('Open a file').setInputFiles(path);
  try {
    await page.getByTestId('log-summary').waitFor({ timeout: LIMIT_MS });
    const ms = (await page.evaluate(() => performance.now())) - from;
    const longest = await longTasksFrom(page, from);
    return `${Math.round(ms)} ms (longest task ${Math.round(longest)} ms)`;
  } catch {
    return `not done after ${LIMIT_MS / 1000} s`;
  } finally {
    await page.context().close();
  }
}

async function link2mb(browser: Browser, base: string, hash: string) {
  const page = await freshPage(browser);
  const started = Date.now();
  try {
    await page.goto(`${base}${hash}`, {
      waitUntil: 'commit',
      timeout: LIMIT_MS,
    });
    await page.getByTestId('dropped').waitFor({ timeout: LIMIT_MS });
    const ms = Date.now() - started;
    return `${ms} ms (longest task ${Math.round(await longTasksFrom(page, 0))} ms)`;
  } catch {
    return `not done after ${LIMIT_MS / 1000} s`;
  } finally {
    await page.context().close();
  }
}

async function paste10mb(browser: Browser, base: string) {
  const page = await freshPage(browser);
  await page.goto(base);
  const text = `Log Name: Application\nSource: ENTSSO\nEvent ID: 10526\nDescription:\nFailed to generate a new master secret.\n\n Error Code: 0xC0002A14\n`;
  await page.evaluate(
    (t) => navigator.clipboard.writeText(t.repeat(Math.ceil(10e6 / t.length))),
    text,
  );
  await page.getByLabel('Event text').focus();
  const from = await page.evaluate(() => performance.now());
  await page.keyboard.press('Control+V');
  try {
    await page.waitForFunction(
      () => document.querySelector<HTMLInputElement>('input[name="code"]')?.value === '0xC0002A14',
      undefined,
      { timeout: LIMIT_MS, polling: 50 },
    );
    return `${Math.round((await page.evaluate(() => performance.now())) - from)} ms`;
  } catch {
    return `not done after ${LIMIT_MS / 1000} s`;
  } finally {
    await page.context().close();
  }
}

async function bareTextarea(browser: Browser, base: string) {
  const page = await freshPage(browser);
  // A served page, for the clipboard (a blank page has none); the box is added to it.
  await page.goto(base);
  await page.evaluate(() => {
    const box = document.createElement('textarea');
    box.rows = 9;
    box.setAttribute('aria-label', 'bare');
    document.body.replaceChildren(box);
  });
  await page.evaluate(
    (t) => navigator.clipboard.writeText(t.repeat(Math.ceil(10e6 / t.length))),
    'Failed to generate a new master secret. Error Code: 0xC0002A14\n',
  );
  await page.getByLabel('bare').focus();
  const from = await page.evaluate(() => performance.now());
  await page.keyboard.press('Control+V');
  const ms = await page.evaluate(
    () =>
      new Promise<number>((done) => {
        void document.querySelector('textarea[aria-label="bare"]')?.scrollHeight;
        requestAnimationFrame(() => done(performance.now()));
      }),
  );
  await page.context().close();
  return `${Math.round(ms - from)} ms`;
}

async function offlineRead(browser: Browser, dir: string, path: string) {
  const page = await freshPage(browser);
  await page.goto(pathToFileURL(join(dir, 'dist-offline/entsso-triage.html')).href);
  await page.getByLabel('Open a file').setInputFiles(path);
  const from = await page.evaluate(() => performance.now());
  try {
    await page.getByTestId('log-summary').waitFor({ timeout: LIMIT_MS });
    return `longest task ${Math.round(await longTasksFrom(page, from))} ms`;
  } catch {
    return `not done after ${LIMIT_MS / 1000} s`;
  } finally {
    await page.context().close();
  }
}

const files = inputs();
const nodeStart = performance.now();
readLog(files.evtx50Bytes);
const nodeMs = Math.round(performance.now() - nodeStart);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
});
const builds: Array<readonly [string, string, number]> = [['after', NEW_DIR, 4391]];
if (OLD_DIR) builds.unshift(['before', OLD_DIR, 4392]);
const rows: string[] = [];
let bare = '';
for (const [name, dir, port] of builds) {
  const server = serve(dir, port);
  await new Promise((r) => setTimeout(r, 800));
  const base = `http://127.0.0.1:${port}/triage/`;
  rows.push(
    `| ${name} | ${await openLog(browser, base, files.crafted)} | ${await offlineRead(browser, dir, files.xml45)} | ${await openLog(browser, base, files.failures)} | ${await link2mb(browser, base, `#/?v=1&user=${'x'.repeat(2_000_000)}`)} | ${await link2mb(browser, base, `#/result?v=1&seen=${'1,'.repeat(1_000_000)}`)} | ${await paste10mb(browser, base)} | ${await openLog(browser, base, files.evtx50)} |`,
  );
  if (name === 'after') bare = await bareTextarea(browser, base);
  server.kill();
}
await browser.close();
console.log(
  '| build | 1: crafted 69 KB .evtx | 3: offline, 45 MB XML | 5: 200,000 failures (CSV) | 14: 2 MB link, start step | 14: 2 MB link, result | 18: 10 MB paste | 50 MB .evtx in the page |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
console.log(`\nA bare textarea given the same 10 MB paste: ${bare}.`);
console.log(`The 50 MB .evtx read by readLog in node: ${nodeMs} ms.`);
