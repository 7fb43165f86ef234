import { test, expect, openLink, recordCopies, copiedText } from './fixtures';

// The 3 a.m. pass, second round: what a tired administrator of any of the five events
// reads before pasting anything, and what the page says only after seeing it.

test('the family is named before anything is pasted, and a sibling can be picked to type it', async ({
  page,
}) => {
  await openLink(page, '', '');
  await expect(page.getByRole('link', { name: 'ENTSSO master secret triage' })).toBeVisible();
  await expect(page).toHaveTitle(/ENTSSO master secret triage/);
  const family = page.getByTestId('family');
  for (const id of ['10524', '10526', '10527', '10532', '10560'])
    await expect(family).toContainText(id);
  await family.getByRole('link', { name: '10532' }).click();
  await expect(page.getByTestId('case-event')).toContainText('Event 10532:');
  await expect(page.getByLabel('Secret server name in the event')).toBeVisible();
  await expect(family.locator('[aria-current="true"]')).toHaveText('10532');
  await page.getByRole('link', { name: 'Guides' }).click();
  await expect(page.locator('#step-heading')).toHaveText('Master secret guides');
  await expect(page.locator('main')).toContainText('10524, 10526, 10527, 10532 and 10560');
});

test('the ticket carries the fix of every confirmed cause, and says when the time was not given', async ({
  page,
}) => {
  await recordCopies(page);
  await openLink(page, 'result', 'v=1&code=0x80070005&elevated=no&localadmin=no');
  await page.getByRole('button', { name: 'Copy summary for a ticket' }).click();
  const summary = await copiedText(page, 0);
  expect(summary).toContain('Confirmed: The tool ran without elevation');
  expect(summary.split('\n').filter((line) => line === '  Fix:')).toHaveLength(2);
  expect(summary).toContain('Time logged (UTC): not given');
});

test('the picture of a passive node says only what was seen', async ({ page }) => {
  await openLink(page, 'result', 'v=1&cluster=yes&owner=no&mssname=yes');
  const picture = page.getByTestId('where-it-broke');
  await expect(picture.locator('[data-part="where"]')).toHaveAttribute('data-state', 'failed');
  await expect(picture.locator('[data-part="where"]')).toContainText('The cluster node it ran on');
  // Nothing tested RPC, nor the owning node's ENTSSO: neither passed nor failed.
  await expect(picture.locator('[data-part="rpc"]')).toHaveAttribute('data-state', 'unchecked');
  await expect(picture.locator('[data-part="service"]')).toHaveAttribute('data-state', 'unchecked');
});
