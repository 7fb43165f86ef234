import { EVENT_10532_COPY as EVENT_10532, EVENT_XML } from '../src/domain/test-fixtures/events';
import { xmlExport } from '../src/domain/test-fixtures/log-exports';
import {
  test,
  expect,
  choice,
  holdRequests,
  holdWorkers,
  openFile,
  openLink,
  pasteEvent,
  releaseWorkers,
  workerFinished,
} from './fixtures';
import type { Page } from '@playwright/test';

/** The case in the page's address (after the #, whatever comes before it). */
const linkOf = (page: Page) => new URLSearchParams(new URL(page.url()).hash.split('?')[1] ?? '');

test("a 10532 pasted over a 10526 keeps none of the 10526's values", async ({ page }) => {
  await page.goto('./');
  await pasteEvent(page, EVENT_XML);
  await expect(page).toHaveURL(/user=CONTOSO/);
  expect(linkOf(page).get('time')).not.toBeNull();
  await pasteEvent(page, EVENT_10532);
  await expect(page).toHaveURL(/event=10532/);
  const link = linkOf(page);
  for (const gone of ['user', 'computer', 'program', 'tid', 'time'])
    expect(link.get(gone), gone).toBeNull();
  expect(link.get('triedserver')).toBe('SSOCLUSTER');
  expect(link.get('code')).toBe('0x800706BA');
});

test('a typed value the new event also carries is kept on a switch, and the page says so', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByLabel('Error code').fill('0x80070005');
  await pasteEvent(page, EVENT_10532.replace(/\n Error Code:.*$/, ''));
  await expect(page).toHaveURL(/event=10532/);
  expect(linkOf(page).get('code')).toBe('0x80070005');
  await expect(page.getByTestId('kept-values')).toContainText('Error code');
});

test("a link shows only its event's fields: the others are left out and named", async ({
  page,
}) => {
  await openLink(
    page,
    'result',
    'v=1&event=10524&code=0x80070005&triedserver=SSO9&secretno=3&computer=BTS9&tid=3F2504E0-4F89-11D3-9A0C-0305E82C3301&program=x.exe',
  );
  await expect(page.locator('main[data-dropped="5"]')).toBeAttached();
  await expect(
    page.getByText('does not carry a Secret server name', { exact: false }),
  ).toBeVisible();
  const share = new URL(await page.getByLabel('Link to this result').inputValue());
  const shared = new URLSearchParams(share.hash.split('?')[1]);
  for (const gone of ['triedserver', 'secretno', 'computer', 'tid', 'program'])
    expect(shared.get(gone), gone).toBeNull();
});

for (const raw of ['%2010532', '10532%20', '%E2%80%8E10532']) {
  test(`event=${raw} is triaged as the event its own result link opens`, async ({ page }) => {
    await openLink(page, 'result', `v=1&event=${raw}&code=0x800706BA`);
    await expect(page.getByTestId('case-event')).toContainText('Event 10532:');
    const share = new URL(await page.getByLabel('Link to this result').inputValue());
    expect(new URLSearchParams(share.hash.split('?')[1]).get('event')).toBe('10532');
  });
}

test('a small file opened during a long read stops the read: its 10532 is the case', async ({
  page,
}) => {
  await holdWorkers(page);
  await page.goto('./');
  await openFile(page, 'Application.xml', xmlExport());
  await expect(page.getByRole('progressbar', { name: 'Reading the log' })).toBeVisible();
  await workerFinished(page);
  await openFile(page, '10532.txt', EVENT_10532, 'text/plain');
  await expect(page).toHaveURL(/event=10532/);
  await releaseWorkers(page);
  await expect(page.getByTestId('log-import')).toHaveCount(0);
  expect(linkOf(page).get('event')).toBe('10532');
  expect(linkOf(page).get('user')).toBeNull();
});

test('an older paste waiting for its model never lands after a newer one', async ({ page }) => {
  await page.goto('./');
  const release = await holdRequests(page, '**/assets/entsso-10532-*.js');
  await pasteEvent(page, EVENT_10532);
  await pasteEvent(page, EVENT_XML);
  await expect(page).toHaveURL(/user=CONTOSO/);
  release();
  // The 10532 model arrives now; its paste is old news.
  await expect(page.getByLabel('Event text')).toHaveValue(EVENT_XML);
  await page.waitForLoadState('networkidle');
  expect(linkOf(page).get('event') ?? '10526').toBe('10526');
  expect(linkOf(page).get('user')).toBe('CONTOSO\\jdoe');
});

test('a value typed while a paste waits for its model is not written over', async ({ page }) => {
  await page.goto('./');
  const release = await holdRequests(page, '**/assets/entsso-10532-*.js');
  await pasteEvent(page, EVENT_10532);
  await page.getByLabel('Error code').fill('0x80070005');
  release();
  await expect(page).toHaveURL(/event=10532/);
  expect(linkOf(page).get('code')).toBe('0x80070005');
  expect(linkOf(page).get('triedserver')).toBe('SSOCLUSTER');
});

test('an answer given while a link to a sibling loads applies to that case, and the move goes on', async ({
  page,
}) => {
  await openLink(page, 'admin-rights', 'v=1&code=0x800706BA');
  const release = await holdRequests(page, '**/assets/entsso-10532-*.js');
  await page.evaluate(() => (location.hash = '#/admin-rights?v=1&event=10532&code=0x800706BA'));
  await expect(page.locator('main[aria-busy="true"]')).toBeAttached();
  // Clicked, not checked: the old page cannot show the answer, which goes to the new case.
  await choice(page, 'svc', 'No').click();
  release();
  await expect(page.getByTestId('case-event')).toContainText('Event 10532:');
  const link = linkOf(page);
  expect(link.get('event')).toBe('10532');
  expect(link.get('svc')).toBe('no');
});

test('the header keeps its height when a paste moves the case to another event', async ({
  page,
}) => {
  await page.goto('./');
  const header = page.locator('header');
  const before = (await header.boundingBox())?.height;
  await pasteEvent(page, EVENT_10532);
  await expect(page.getByTestId('case-event')).toContainText('Event 10532:');
  expect((await header.boundingBox())?.height).toBe(before);
});
