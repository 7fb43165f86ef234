import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  csvExport,
  ONE_VALUE_FAILURE,
  tsvExport,
  TWO_ATTEMPTS,
  xmlExport,
} from '../src/domain/test-fixtures/log-exports';
import { NOT_ELEVATED_BLOCK } from '../src/domain/test-fixtures/collector-blocks';
import { craftedEvtx, doublingRecord, plainRecord } from '../src/domain/test-fixtures/crafted-evtx';
import {
  test,
  expect,
  causes,
  primary,
  advance,
  answer,
  choice,
  openFile,
  pasteEvent,
  holdWorkers,
  releaseWorkers,
  workerFinished,
} from './fixtures';
import type { Page } from '@playwright/test';

async function openLog(page: Page, name: string, buffer: Buffer) {
  await page.goto('./');
  await openFile(page, name, buffer);
}

for (const [name, text] of [
  ['Application.xml', xmlExport()],
  ['Application.csv', csvExport()],
  ['Application.txt', tsvExport()],
] as const) {
  test(`a dropped export (${name}) fills the case from its newest failure, and another can be picked`, async ({
    page,
  }) => {
    await openLog(page, name, Buffer.from(text, 'utf8'));
    await expect(page.getByTestId('log-summary')).toContainText('Read 8 events from ' + name);
    await expect(page.getByTestId('log-summary')).toContainText(
      '7 from ENTSSO, 2 of them failures',
    );
    await expect(page.getByLabel('Error code')).toHaveValue('0xC0002A14');
    await expect(page.getByLabel('Client user')).toHaveValue('CONTOSO\\jdoe');
    await expect(page.getByTestId('timeline').locator('[data-mark="failure"]')).toHaveCount(1);
    await expect(page.getByTestId('timeline').locator('[data-mark="related"]')).toHaveCount(1);
    expect(page.url()).not.toContain('Failed%20to%20generate');

    await page.getByRole('radio', { name: /0xC0002A0E|3\/4\/2024|2024-03-04/ }).check();
    await expect(page.getByLabel('Error code')).toHaveValue('0xC0002A0E');
    await primary(page).click();
    expect((await causes(page))[0]).toBe('not-master-secret-server');
  });
}

test('a real .evtx with no ENTSSO events says how many it read', async ({ page }) => {
  const bytes = readFileSync(resolve('src/domain/evtx/samples/system-binary-9chunks.evtx'));
  await openLog(page, 'System.evtx', bytes);
  await expect(page.getByTestId('log-summary')).toContainText(
    'Read 1,601 events from System.evtx (a Windows event log (.evtx)): none came from ENTSSO.',
  );
});

test('a crafted .evtx whose record stands for 2^40 elements is read, and the cut record named', async ({
  page,
}) => {
  const file = craftedEvtx([plainRecord('SSO01'), doublingRecord(40)]);
  await openLog(page, 'crafted.evtx', Buffer.from(file));
  await expect(page.getByTestId('log-summary')).toContainText('Read 2 events from crafted.evtx', {
    timeout: 15_000,
  });
  await expect(page.getByTestId('log-summary')).toContainText(
    'Record 2 expands to more than 10,000 elements',
  );
});

test('a read still running when its step is left never comes back to change the case or the step', async ({
  page,
}) => {
  // The reader finishes, but what it says is held: for the page the read is still going on.
  await holdWorkers(page);
  await openLog(page, 'Application.xml', Buffer.from(xmlExport(), 'utf8'));
  await expect(page.getByRole('progressbar', { name: 'Reading the log' })).toBeVisible();
  await workerFinished(page);
  await advance(page, 'event-log');
  await advance(page, 'admin-rights');
  await answer(page, 'mss', 'Yes');
  const address = page.url();
  const entries = await page.evaluate(() => history.length);
  // Everything the reader said now reaches the page, as a slow read ending late would.
  await releaseWorkers(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Check admin rights' })).toBeVisible();
  expect(page.url()).toBe(address);
  expect(await page.evaluate(() => history.length)).toBe(entries);
  await expect(choice(page, 'mss', 'Yes')).toBeChecked();
  expect(address).not.toContain('code=');
  // The worker was ended with its step, so its result was never delivered.
  expect(
    await page.evaluate(() => (window as unknown as { workerLog: string[] }).workerLog),
  ).toEqual(['done', 'ended by the page']);
  await expect(page.getByTestId('log-summary')).toHaveCount(0);
});

test('a read that ends after a paste on its step merges with what was pasted meanwhile', async ({
  page,
}) => {
  await holdWorkers(page);
  await openLog(page, 'Application.xml', Buffer.from(xmlExport(), 'utf8'));
  await expect(page.getByRole('progressbar', { name: 'Reading the log' })).toBeVisible();
  // The collector block ticks 10771; the log's newest failure brings 10525 and 10772.
  await pasteEvent(page, NOT_ELEVATED_BLOCK);
  await expect(page).toHaveURL(/elevated=no/);
  await workerFinished(page);
  await releaseWorkers(page);
  await expect(page.getByTestId('log-summary')).toBeVisible();
  const seen = new URLSearchParams(page.url().split('?')[1]).get('seen')?.split(',') ?? [];
  expect(seen).toEqual(expect.arrayContaining(['10771', '10525', '10772']));
  expect(page.url()).toContain('elevated=no');
});

test('Cancel stops a long read', async ({ page }) => {
  await holdWorkers(page);
  await openLog(page, 'Application.xml', Buffer.from(xmlExport(), 'utf8'));
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('log-error')).toContainText('Reading was cancelled.');
  await releaseWorkers(page);
  await expect(page.getByTestId('log-summary')).toHaveCount(0);
  await expect(page.getByLabel('Error code')).toHaveValue('');
});

test('a random binary file gives a clear message', async ({ page }) => {
  const random = Buffer.from(Array.from({ length: 20000 }, (_, i) => (i * 2654435761) >>> 24));
  await openLog(page, 'random.bin', random);
  await expect(page.getByTestId('log-error')).toContainText(
    'neither an .evtx log nor a text export',
  );
});

test('a log dropped on the start step is read like an opened one', async ({ page }) => {
  await page.goto('./');
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'Dropped.xml', { type: 'text/xml' }));
    return transfer;
  }, xmlExport());
  await page.getByTestId('file-drop').dispatchEvent('drop', { dataTransfer });
  await expect(page.getByTestId('log-summary')).toContainText('Read 8 events from Dropped.xml');
  await expect(page.getByLabel('Error code')).toHaveValue('0xC0002A14');
});

test("picking the older of two failures takes the newer one's related events out of the case", async ({
  page,
}) => {
  await openLog(page, 'Application.xml', Buffer.from(xmlExport(TWO_ATTEMPTS), 'utf8'));
  await expect(page.getByLabel('Error code')).toHaveValue('0xC0002A20');
  await expect(page).toHaveURL(/seen=10560%2C10784|seen=10560,10784/);
  await page.getByRole('radio', { name: /0x80070005/ }).check();
  await expect(page.getByLabel('Error code')).toHaveValue('0x80070005');
  await expect(page).toHaveURL(/seen=10771(?:&|$)/);
  expect(page.url()).not.toMatch(/10560|10784/);
  await primary(page).click();
  await page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('link', { name: /Result/ })
    .click();
  const listed = await causes(page);
  // backup-path comes only from the newer attempt's 10560/10784; backup-access is still a
  // candidate of access denied itself, but never on that borrowed evidence.
  expect(listed).not.toContain('backup-path');
  await expect(page.locator('[data-cause="backup-access"] p', { hasText: 'Evidence:' })).toHaveText(
    'Evidence: Error code 0x80070005 (E_ACCESSDENIED) (from the event logged on SSO01.contoso.com)',
  );
  expect(listed.slice(0, 2)).toEqual(['not-elevated', 'not-local-admin']);
});

test('an export with the whole message in one value is read by its labels, program included', async ({
  page,
}) => {
  await openLog(page, 'Application.xml', Buffer.from(xmlExport(ONE_VALUE_FAILURE), 'utf8'));
  await expect(page.getByLabel('Error code')).toHaveValue('0x80070005');
  await expect(page.getByLabel('Client user')).toHaveValue('CONTOSO\\jdoe');
  await expect(page.getByLabel('Client computer')).toHaveValue('BTS01.contoso.com');
  await expect(page.getByLabel('Tracking ID')).toHaveValue('3f2504e0-4f89-11d3-9a0c-0305e82c3301');
  await page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('link', { name: /Result/ })
    .click();
  await expect(page.getByTestId('case-facts')).toContainText('ssoconfig.exe:4412');
});

test('a picked event that lacks fields says which', async ({ page }) => {
  const bare = [{ ...ONE_VALUE_FAILURE[0]!, data: ['Failed to generate a new master secret.'] }];
  // A CSV is always a log: the log reader names what the picked event left out.
  await openLog(page, 'Application.csv', Buffer.from(csvExport(bare), 'utf8'));
  await expect(page.getByTestId('log-summary')).toContainText(
    'did not give: error code, client user, client computer, tracking id',
  );
});

test('a file holding one bare event is read like a paste, which names what it lacks', async ({
  page,
}) => {
  const bare = [{ ...ONE_VALUE_FAILURE[0]!, data: ['Failed to generate a new master secret.'] }];
  await openLog(page, 'Application.xml', Buffer.from(xmlExport(bare), 'utf8'));
  await expect(page.getByTestId('file-opened')).toContainText('read into Event text');
  await expect(
    page.getByText(/Not in the text: error code, client user, client computer, tracking id/),
  ).toBeVisible();
  await expect(page.getByTestId('log-summary')).toHaveCount(0);
});
