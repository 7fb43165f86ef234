import AxeBuilder from '@axe-core/playwright';
import { GUIDE_IDS } from '../src/domain/guides/guide-ids';
import { test, expect, openLink } from './fixtures';

test('the start page loads no guide content and no guide code', async ({ page }) => {
  const requested: string[] = [];
  const scripts: Promise<string>[] = [];
  page.on('request', (r) => requested.push(r.url()));
  page.on('response', (r) => {
    if (r.url().endsWith('.js')) scripts.push(r.text());
  });
  await page.goto('./');
  await expect(page.getByLabel('Event text')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(requested.filter((url) => /\.json$/.test(url))).toEqual([]);
  // Judged by what the code says, not by chunk names: texts only the guide code and the
  // query library hold.
  const loaded = (await Promise.all(scripts)).join('\n');
  expect(loaded.length).toBeGreaterThan(10_000);
  for (const marker of [
    'schemaVersion',
    'the server answered',
    'No QueryClient set',
    'When to use it',
  ])
    expect(loaded, marker).not.toContain(marker);
  // The markers are real: opening a guide brings every one of them.
  await openLink(page, 'guides/generate-master-secret', '');
  await expect(page.getByRole('heading', { name: 'When to use it' })).toBeVisible();
  const later = (await Promise.all(scripts)).join('\n');
  for (const marker of ['schemaVersion', 'the server answered', 'No QueryClient set'])
    expect(later, marker).toContain(marker);
});

test('every guide opens from the index, with its official link and its commands', async ({
  page,
}) => {
  for (const id of GUIDE_IDS) {
    await openLink(page, 'guides', '');
    await page.locator(`[data-guide-link="${id}"]`).click();
    await expect(page).toHaveURL(new RegExp(`#/guides/${id}`));
    const official = page.getByRole('link', { name: /Microsoft Learn/ });
    await expect(official).toHaveAttribute(
      'href',
      /^https:\/\/learn\.microsoft\.com\/en-us\/biztalk\/core\//,
    );
    await expect(page.locator('pre').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Cautions' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'How to tell it worked' })).toBeVisible();
    // Opened on its own: placeholders stand in for the case.
    await expect(page.getByTestId('case-values')).toContainText('Opened on its own');
  }
});

test('every guide is reachable from a result, and fills the case into its commands', async ({
  page,
}) => {
  const query =
    'v=1&code=0xC0002A07&user=CONTOSO%5Cjdoe&computer=SSO01&mss=yes&backup=E%3A%5CSSO%20Keys%5Cs.bak';
  await openLink(page, 'result', query);
  await page
    .locator('[data-cause="backup-media"] [data-guide-link="back-up-master-secret"]')
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Back up the master secret' }),
  ).toBeVisible();
  await expect(page.getByTestId('case-values')).toContainText('CONTOSO\\jdoe');
  await expect(
    page.getByText('ssoconfig.exe" -backupSecret "E:\\SSO Keys\\s.bak"', { exact: false }),
  ).toBeVisible();
  await expect(
    page.getByText("Test-Path -LiteralPath 'E:\\SSO Keys' -PathType Container"),
  ).toBeVisible();
  await expect(page.getByText("(Get-Volume -DriveLetter 'E').FileSystemType")).toBeVisible();
  await expect(
    page.getByText('You are on the master secret server (SSO01) in an elevated prompt'),
  ).toBeVisible();

  // Checklist ticks live in the link: they survive a reload.
  const first = page.getByRole('checkbox').first();
  await first.check();
  await page.reload();
  await expect(page.getByRole('checkbox').first()).toBeChecked();

  await page.getByRole('link', { name: 'Back to your diagnosis' }).click();
  await expect(page.locator('[data-cause]').first()).toHaveAttribute('data-cause', 'backup-media');

  // Each guide is linked from at least one cause of some result, of 10526 or a sibling.
  const linked = new Set<string>();
  for (const q of [
    'v=1',
    'v=1&code=0x80070005',
    'v=1&seen=10565,10532,10550',
    'v=1&code=0xC0002A07',
    'v=1&event=10532&code=0x800706BA',
  ]) {
    await openLink(page, 'result', q);
    for (const id of await page
      .locator('[data-cause] [data-guide-link]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-guide-link') ?? '')))
      linked.add(id);
  }
  expect([...linked].sort()).toEqual([...GUIDE_IDS].sort());
});

test('a checklist tick shows at once: ticking writes the link without reloading the guide', async ({
  page,
}) => {
  await openLink(page, 'guides/back-up-master-secret', 'v=1&code=0xC0002A07');
  // Read in the same task as the click: a tick that waits for the route to load its guide
  // again shows unticked in between, which a busy machine (or a tired person) can catch.
  const [checked, hash] = await page
    .getByRole('checkbox')
    .first()
    .evaluate((box: HTMLInputElement) => {
      box.click();
      return [box.checked, location.hash] as const;
    });
  expect(checked).toBe(true);
  expect(hash).toContain('done=0');
});

test('a guide link starts loading its guide when hovered', async ({ page }) => {
  await openLink(page, 'result', 'v=1&code=0xC0002A14');
  const fetched = page.waitForRequest(/guides\/sso-administrators\.json$/);
  await page.locator('[data-guide-link="sso-administrators"]').first().hover();
  await fetched;
});

test('a broken guide file gives an error naming the file and the problem, and the app keeps working', async ({
  page,
}) => {
  await page.route(/guides\/restore-master-secret\.json$/, (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: '{"schemaVersion": 1, "id": "restore-master-secret"}',
    }),
  );
  await openLink(page, 'guides/restore-master-secret', '');
  const error = page.getByTestId('guide-error');
  await expect(error).toContainText('guides/restore-master-secret.json');
  await expect(error).toContainText('title is missing');
  await page.getByRole('link', { name: 'All guides' }).click();
  await page.locator('[data-guide-link="generate-master-secret"]').click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Generate a new master secret' }),
  ).toBeVisible();
});

test.describe('missing files', () => {
  // The browser logs the 404 itself; that error is the point of this test.
  test.use({ expectedErrors: [/status of 404/] });

  test('a guide file that is not JSON, or missing, is named too', async ({ page }) => {
    await page.route(/guides\/managing-master-secret\.json$/, (route) =>
      route.fulfill({ contentType: 'application/json', body: '{ "schemaVersion": 1, ' }),
    );
    await page.route(/guides\/master-secret-server\.json$/, (route) =>
      route.fulfill({ status: 404, body: 'gone' }),
    );
    await openLink(page, 'guides/managing-master-secret', '');
    await expect(page.getByTestId('guide-error')).toContainText('is not valid JSON');
    await openLink(page, 'guides/master-secret-server', '');
    await expect(page.getByTestId('guide-error')).toContainText('guides/master-secret-server.json');
    await expect(page.getByTestId('guide-error')).toContainText('404');
  });
});

test('an unknown guide id says so', async ({ page }) => {
  await openLink(page, 'guides/nope', '');
  await expect(page.getByRole('heading', { name: 'No such guide' })).toBeVisible();
});

for (const step of ['guides', ...GUIDE_IDS.map((id) => `guides/${id}`)]) {
  test(`axe finds nothing serious on #/${step}`, async ({ page }) => {
    await openLink(page, step, 'v=1&user=CONTOSO%5Cjdoe&computer=SSO01&mss=yes');
    await expect(page.getByText('Loading', { exact: false })).toHaveCount(0);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(
      serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
}

test("the move procedure reads in Microsoft's order, each change said before its command", async ({
  page,
}) => {
  await openLink(page, 'guides/master-secret-server', '');
  // The innermost section with that heading: the page's own section holds them all.
  const move = page
    .locator('section', {
      has: page.getByRole('heading', { name: 'Move the role to another server' }),
    })
    .last();
  const steps = move.locator('ol > li');
  const texts = await steps.allTextContents();
  const at = (needle: string) => texts.findIndex((t) => t.includes(needle));
  expect(at('-backupSecret')).toBeLessThan(at('-updatedb'));
  expect(at('-updatedb')).toBeLessThan(at('Restart-Service'));
  expect(at('Restart-Service')).toBeLessThan(at('-restoreSecret'));
  const rename = steps.nth(at('-updatedb'));
  await expect(rename.getByTestId('follows')).toContainText('step 4 of');
  await expect(rename.getByTestId('caution')).toContainText('every SSO server');
  const caution = await rename.getByTestId('caution').boundingBox();
  const command = await rename.locator('pre').boundingBox();
  expect(caution?.y ?? Infinity).toBeLessThan(command?.y ?? 0);
});
