import { test, expect, openLink, causes, pasteEvent } from './fixtures';

test('undecided access denied: one verify block and the splitting question answered in place', async ({
  page,
}) => {
  await openLink(page, 'result', 'v=1&code=0x80070005');
  expect(await causes(page)).toEqual([
    'not-elevated',
    'not-local-admin',
    'not-sso-admin',
    'backup-access',
  ]);
  await expect(page.getByRole('heading', { name: 'Then verify' })).toHaveCount(1);
  const splitter = page.getByTestId('splitter');
  await expect(splitter).toContainText('Did the tool run elevated');
  // Answering replaces the question with the next one, so this is a click, not a check.
  await splitter.getByRole('radio', { name: 'Yes', exact: true }).click();
  await expect(page).toHaveURL(/#\/result\?.*elevated=yes/);
  expect((await causes(page))[0]).toBe('not-local-admin');
  await expect(page.getByTestId('splitter')).toContainText('Windows administrator');
});

test('an answer that confirms the cause reads as confirmed', async ({ page }) => {
  await openLink(page, 'result', 'v=1&code=0xC0002A20&space=no');
  await expect(page.locator('[data-cause="backup-disk-full"] h2')).toContainText('confirmed');
  await expect(page.getByTestId('headline')).toContainText(/^Confirmed/);
});

test('fix steps carry filled, copyable commands', async ({ page }) => {
  await openLink(page, 'result', 'v=1&code=0xC0002A54&backup=D%3A%5CSSO%20Backup%5Cs.bak');
  const card = page.locator('[data-cause="backup-password-too-short"]');
  await expect(
    card.getByText('ssoconfig.exe" -generateSecret "D:\\SSO Backup\\s.bak"', { exact: false }),
  ).toBeVisible();
  await expect(card.getByRole('button', { name: 'Copy ssoconfig' })).toBeVisible();
  await expect(card.locator('pre[data-template]')).toHaveCount(0);
});

test('the picture marks where it broke for three causes', async ({ page }) => {
  const state = (part: string) =>
    page.locator(`[data-testid="where-it-broke"] [data-part="${part}"]`).getAttribute('data-state');
  await openLink(page, 'result', 'v=1&space=no&elevated=yes');
  expect(await state('backup')).toBe('failed');
  expect(await state('computer')).toBe('passed');
  expect(await state('database')).toBe('unchecked');
  await openLink(page, 'result', 'v=1&code=0x800706BA');
  expect(await state('rpc')).toBe('suspect');
  expect(await state('service')).toBe('suspect');
  // Run on a node that does not own the role: where it ran failed, not the owner's ENTSSO.
  await openLink(page, 'result', 'v=1&mss=no&cluster=yes');
  expect(await state('where')).toBe('failed');
  expect(await state('service')).toBe('unchecked');
  await expect(page.locator('[data-part="service"]')).toContainText('owning cluster node');
  await expect(page.getByRole('list', { name: 'Where it broke, in words' })).toContainText(
    'failed here',
  );
});

test('print shows the report without navigation or buttons, with the link as text', async ({
  page,
}) => {
  await openLink(page, 'result', 'v=1&code=0xC0002A54');
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Steps' })).toBeHidden();
  await expect(page.locator('header')).toBeHidden();
  for (const button of await page.getByRole('button').all()) await expect(button).toBeHidden();
  await expect(page.getByTestId('print-link')).toContainText('#/result?v=1&code=0xC0002A54');
  await expect(page.locator('[data-cause="backup-password-too-short"]')).toBeVisible();
});

test('dark mode follows the system setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openLink(page, 'result', 'v=1&code=0xC0002A54');
  const lightness = await page.evaluate(() => {
    const [r, g, b] = getComputedStyle(document.body)
      .backgroundColor.match(/[\d.]+/g)!
      .map(Number) as [number, number, number];
    return (r + g + b) / 3;
  });
  expect(lightness).toBeLessThan(60);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(light).not.toBe('rgb(0, 0, 0)');
});

test('Enter in a field moves to the next step', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Error code').fill('0x80070005');
  await page.getByLabel('Error code').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Check the event log' })).toBeVisible();
  await openLink(page, '', 'v=1');
  await page.getByLabel('Error code').fill('0xC0002A14');
  await page.getByLabel('Error code').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Diagnosis' })).toBeVisible();
});

test('Ctrl+Enter in the Event text moves on as Enter does in a field', async ({ page }) => {
  await page.goto('./');
  await pasteEvent(page, 'Error Code: 0xC0002A14');
  await expect(page.getByLabel('Error code')).toHaveValue('0xC0002A14');
  await page.getByLabel('Event text').press('Control+Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Diagnosis' })).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the result and the event-log step fit the width; long commands wrap', async ({ page }) => {
    for (const [step, query] of [
      ['result', 'v=1&code=0x800706BF&secretserver=SSO-MASTER-SECRET-SERVER-01.contoso.example'],
      ['event-log', 'v=1&time=2024-03-05T14:07:12Z&host=SSO01.contoso.com'],
    ] as const) {
      await openLink(page, step, query);
      await page.evaluate(() =>
        document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')),
      );
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, step).toBeLessThanOrEqual(0);
    }
  });
});
