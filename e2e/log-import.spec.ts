import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { csvExport, tsvExport, xmlExport } from '../src/domain/test-fixtures/log-exports';
import { test, expect, causes, primary } from './fixtures';
import type { Page } from '@playwright/test';

async function openLog(page: Page, name: string, buffer: Buffer) {
  await page.goto('./');
  await page.getByText('Or bring the whole log').click();
  await page
    .getByLabel('Log file')
    .setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
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

test('Cancel stops a long read', async ({ page }) => {
  // About 30 MB of events: long enough to still be reading when Cancel is pressed.
  const events = xmlExport().split('<Events>')[1]!.replace('</Events>', '');
  const big = Buffer.from(
    `<Events>${events.repeat(Math.ceil(30e6 / events.length))}</Events>`,
    'utf8',
  );
  await openLog(page, 'big.xml', big);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('log-error')).toContainText('Reading was cancelled.');
});

test('a random binary file gives a clear message', async ({ page }) => {
  const random = Buffer.from(Array.from({ length: 20000 }, (_, i) => (i * 2654435761) >>> 24));
  await openLog(page, 'random.bin', random);
  await expect(page.getByTestId('log-error')).toContainText(
    'neither an .evtx log nor a text export',
  );
});

test('a log dropped on the panel is read like an opened one', async ({ page }) => {
  await page.goto('./');
  await page.getByText('Or bring the whole log').click();
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'Dropped.xml', { type: 'text/xml' }));
    return transfer;
  }, xmlExport());
  await page.getByTestId('log-import').dispatchEvent('drop', { dataTransfer });
  await expect(page.getByTestId('log-summary')).toContainText('Read 8 events from Dropped.xml');
  await expect(page.getByLabel('Error code')).toHaveValue('0xC0002A14');
});
