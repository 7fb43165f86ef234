import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { test, expect } from '@playwright/test';
import { EVENT_VIEWER_COPY_WITH_XML } from '../src/domain/test-fixtures/events';
import { xmlExport } from '../src/domain/test-fixtures/log-exports';

const FILE = resolve('dist-offline/entsso-triage.html');
const URL_OF_FILE = pathToFileURL(FILE).href;

test('the offline file works from disk with every network request blocked', async ({ page }) => {
  const blocked: string[] = [];
  const problems: string[] = [];
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:'))
      return route.continue();
    blocked.push(url);
    return route.abort();
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));

  // Measured for the note, not asserted.
  const raw = statSync(FILE).size;
  console.log(
    `offline file: ${raw} bytes, ${gzipSync(readFileSync(FILE), { level: 9 }).length} gzip`,
  );

  await page.goto(URL_OF_FILE);
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toMatch(/script-src 'sha256-[^']+'/);
  expect(csp).not.toContain('unsafe-inline');
  expect(await page.locator('script[src], link[rel="stylesheet"]').count()).toBe(0);

  // Paste, then the result in one activation.
  await page.getByLabel('Event text').fill(EVENT_VIEWER_COPY_WITH_XML);
  await expect(page.getByLabel('Error code')).toHaveValue('0xC0002A14');
  await expect(page.getByText('ENTSSO_E_NOT_SSO_ADMIN')).toBeVisible();
  await page.getByRole('button', { name: 'Show result' }).click();
  await expect(page.locator('[data-cause]').first()).toHaveAttribute('data-cause', 'not-sso-admin');
  await expect(page.getByTestId('link-only-here')).toBeVisible();
  expect(await page.getByLabel('Link to this result').inputValue()).toMatch(
    /^file:\/\/.*entsso-triage\.html#\/result\?v=2&event=10526&code=0xC0002A14&/,
  );

  // A guide, carried inside the file.
  await page.locator('[data-cause="not-sso-admin"] [data-guide-link="sso-administrators"]').click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'SSO Administrators membership' }),
  ).toBeVisible();
  await expect(page.getByText('whoami /groups').first()).toBeVisible();

  // The collector: shown in full and downloaded from the file itself.
  await page.getByRole('link', { name: /^1\. Event$/ }).click();
  await page.getByText('Answer most questions at once').click();
  await page.getByText('View the script').click();
  await expect(page.getByTestId('collector-panel').locator('pre').last()).toContainText(
    '-----BEGIN ENTSSO TRIAGE-----',
  );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download entsso-triage.ps1' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('entsso-triage.ps1');
  const saved = readFileSync((await download.path()) ?? '', 'utf8');
  expect(saved).toContain('[CmdletBinding()]');

  // A whole log, read on the page (no worker from file://).
  await page.getByLabel('Open a file').setInputFiles({
    name: 'Application.xml',
    mimeType: 'text/xml',
    buffer: Buffer.from(xmlExport()),
  });
  await expect(page.getByTestId('log-summary')).toContainText('7 from ENTSSO, 2 of them failures');

  expect(blocked).toEqual([]);
  expect(problems).toEqual([]);
});

test('the offline file reads a big log in slices: progress moves, the page answers, Cancel works', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { tasks: Array<[number, number]> };
    w.tasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.tasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(URL_OF_FILE);
  const events = xmlExport().split('<Events>')[1]!.replace('</Events>', '');
  const big = Buffer.from(
    `<Events>${events.repeat(Math.ceil(50e6 / events.length))}</Events>`,
    'utf8',
  );
  await page.getByLabel('Open a file').setInputFiles({
    name: 'big.xml',
    mimeType: 'text/xml',
    buffer: big,
  });
  // The suite's one big log (50 MB). Handing Playwright's buffer to the page is one long task of its own: not ours.
  const readFrom = await page.evaluate(() => performance.now());
  const bar = page.getByRole('progressbar', { name: 'Reading the log' });
  // The bar moves while the read goes on: the page is given back between slices.
  await expect
    .poll(async () => Number((await bar.getAttribute('value', { timeout: 1_000 })) ?? 0))
    .toBeGreaterThan(big.length / 2);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('log-error')).toContainText('Reading was cancelled.');
  await expect(page.getByLabel('Error code')).toHaveValue('');
  // Measured for the note, not asserted: the longest time the page could not answer.
  const longest = await page.evaluate(
    (from) =>
      Math.max(
        0,
        ...(window as unknown as { tasks: Array<[number, number]> }).tasks
          .filter(([start]) => start >= from)
          .map(([, duration]) => duration),
      ),
    readFrom,
  );
  console.log(`offline 50 MB read: longest task of the read ${Math.round(longest)} ms`);
});

test('a log opened first thing from disk draws without a React error', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  // The start page has not loaded the words of any event yet: the log import must not
  // suspend its first render for them (React could not recover from that here: #520, #467).
  await page.goto(URL_OF_FILE);
  await page.getByLabel('Open a file').setInputFiles({
    name: 'Application.xml',
    mimeType: 'text/xml',
    buffer: Buffer.from(xmlExport()),
  });
  await expect(page.getByTestId('log-summary')).toContainText('2 of them failures');
  await expect(page.getByTestId('timeline')).toBeVisible();
  expect(problems).toEqual([]);
});
