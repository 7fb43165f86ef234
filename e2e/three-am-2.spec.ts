import { test, expect, openLink } from './fixtures';

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
