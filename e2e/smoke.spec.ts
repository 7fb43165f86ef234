import { test, expect, openLink, causes } from './fixtures';

test('smoke', async ({ page }) => {
  await openLink(page, 'result', 'v=1&code=0xC0002A14');
  expect(await causes(page)).toEqual(['not-sso-admin']);
  await page.screenshot({ path: 'test-results/smoke.png', fullPage: true });
});
