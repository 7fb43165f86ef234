import {
  EVENT_VIEWER_COPY,
  EVENT_VIEWER_COPY_WITH_XML,
  FORMAT_LIST_SEVERAL,
  MESSAGE_ONLY,
} from '../src/domain/test-fixtures/events';
import {
  test,
  expect,
  openLink,
  causes,
  primary,
  advance,
  tickEvent,
  recordCopies,
  copiedText,
  expectNoCauseNamed,
  answer,
  enterCode,
  choice,
  pasteEvent,
  holdRequests,
} from './fixtures';

test('paste an event, see the fields and the decoded code, and reach the result in one activation', async ({
  page,
}) => {
  await page.goto('./');
  await pasteEvent(page, EVENT_VIEWER_COPY_WITH_XML);
  await expect(page.getByLabel('Error code')).toHaveValue('0xC0002A14');
  await expect(page.getByLabel('Client user')).toHaveValue('CONTOSO\\jdoe');
  await expect(page.getByLabel('Client computer')).toHaveValue('SSO01');
  await expect(page.getByLabel('Tracking ID')).toHaveValue('3f2504e0-4f89-11d3-9a0c-0305e82c3301');
  await expect(page.getByLabel('Time logged (UTC)')).toHaveValue('2024-03-05T14:07:12Z');
  await expect(page.getByText('ENTSSO_E_NOT_SSO_ADMIN')).toBeVisible();
  await expect(page.getByTestId('reader-summary')).toContainText('Event Viewer copy with its XML');
  await expect(primary(page)).toHaveText('Show result');
  await primary(page).click();
  await expect(page).toHaveURL(/#\/result\?/);
  expect(await causes(page)).toEqual(['not-sso-admin']);
});

test('access denied: the admin-rights answers separate the candidates', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Error code').fill('-2147024891');
  await expect(page.getByText('E_ACCESSDENIED / ERROR_ACCESS_DENIED')).toBeVisible();
  await primary(page).click();
  await expect(page.getByRole('heading', { name: 'Check the event log' })).toBeVisible();
  await expect(primary(page)).toHaveText('Next');
  await primary(page).click();
  await expect(page.getByRole('heading', { name: 'Check admin rights' })).toBeVisible();
  await answer(page, 'elevated', 'Yes');
  await answer(page, 'localadmin', 'No');
  await expect(primary(page)).toHaveText('Show result');
  await primary(page).click();
  const listed = await causes(page);
  expect(listed[0]).toBe('not-local-admin');
  expect(listed).not.toContain('not-elevated');
  await expect(page.locator('[data-ruled-out="not-elevated"]')).toBeVisible();
});

test('an unspecific code walks event log and admin rights, then names what would decide', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByLabel('Error code').fill('0x80004005');
  await expect(page.getByText('E_FAIL', { exact: true })).toBeVisible();
  await advance(page, 'event-log');
  await advance(page, 'admin-rights');
  await expect(primary(page)).toHaveText('Show result');
  await primary(page).click();
  await expectNoCauseNamed(page);
  await expect(page.getByRole('heading', { name: 'Checks that would settle it' })).toBeVisible();
  await page
    .getByRole('link', { name: 'Did the tool run elevated ("Run as administrator")?' })
    .click();
  await expect(page.getByRole('heading', { name: 'Check admin rights' })).toBeVisible();
});

test('the event log branch: ticking a related event decides the cause', async ({ page }) => {
  await page.goto('./');
  await pasteEvent(page, MESSAGE_ONLY.replace('0xC0002A14', '0x80004005'));
  await page.getByLabel('Time logged (UTC)').fill('2024-03-05T14:07:12Z');
  await page.getByLabel('Logged on computer').fill("SSO'01");
  await primary(page).click();
  await expect(page.getByTestId('time-window')).toContainText('2024-03-05T13:57:12Z');
  const ps = page.locator('figure', { hasText: 'PowerShell query' }).locator('pre');
  await expect(ps).toContainText("StartTime = [datetime]'2024-03-05T13:57:12Z'");
  await expect(ps).toContainText("-ComputerName 'SSO''01'");
  await expect(ps).toContainText("-like '*3f2504e0-4f89-11d3-9a0c-0305e82c3301*'");
  await expect(page.locator('figure', { hasText: 'wevtutil query' }).locator('pre')).toContainText(
    '/r:"SSO\'01"',
  );
  await tickEvent(page, 10814);
  await expect(primary(page)).toHaveText('Show result');
  await primary(page).click();
  expect((await causes(page))[0]).toBe('reencrypt-in-progress');
});

test('a host that cmd cannot quote is left out of the wevtutil line, with a reason', async ({
  page,
}) => {
  await openLink(page, 'event-log', 'v=1&host=%25COMPUTERNAME%25');
  await expect(page.getByText(/Host left out of the wevtutil line/)).toBeVisible();
  await expect(
    page.locator('figure', { hasText: 'wevtutil query' }).locator('pre'),
  ).not.toContainText('/r:');
});

test('the backup branch appears for a backup code and its answers decide', async ({ page }) => {
  await page.goto('./');
  await enterCode(page, '0xC0002A20');
  await advance(page, 'event-log');
  await advance(page, 'admin-rights');
  await expect(primary(page)).toHaveText('Next');
  await advance(page, 'backup-file');
  await page.getByLabel('Backup file path').fill("D:\\SSO Backup\\it's.bak");
  await page.getByText('How to check').nth(1).click();
  await expect(
    page.getByText("Test-Path -LiteralPath 'D:\\SSO Backup' -PathType Container"),
  ).toBeVisible();
  await answer(page, 'writable', 'No');
  await expect(primary(page)).toHaveText('Show result');
  await primary(page).click();
  expect((await causes(page))[0]).toBe('backup-access');
});

test('the code tables are fetched when Error code gets focus, before the first key', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.getByLabel('Error code')).toBeVisible();
  const fetched = page.waitForRequest(/\/assets\/code-explanation-[^/]*\.js$/);
  await page.getByLabel('Error code').focus();
  await fetched;
  await expect(page.getByLabel('Error code')).toHaveValue('');
});

test('a shared link opens the same result in a fresh browser context', async ({
  page,
  browser,
  baseURL,
}) => {
  await openLink(page, 'admin-rights', 'v=1&code=0x80070005&user=CONTOSO%5Cjdoe&text=ignored');
  await answer(page, 'elevated', 'No');
  await primary(page).click();
  const first = await causes(page);
  const link = await page.getByLabel('Link to this result').inputValue();
  expect(link).toContain('#/result?v=1&code=0x80070005&user=CONTOSO%5Cjdoe&elevated=no');
  expect(link).not.toContain('text=');

  const context = await browser.newContext({ baseURL });
  const other = await context.newPage();
  await other.goto(link);
  expect(await causes(other)).toEqual(first);
  await expect(other.getByTestId('case-facts').getByText('CONTOSO\\jdoe')).toBeVisible();
  await context.close();
});

test('Copy link works where the clipboard API is missing (plain http intranet host)', async ({
  page,
}) => {
  await recordCopies(page);
  await openLink(page, 'result', 'v=1&code=0xC0002A54');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Copied.')).toBeVisible();
  expect(await copiedText(page, 0)).toMatch(/#\/result\?v=1&code=0xC0002A54$/);

  await page.getByRole('button', { name: 'Copy summary for a ticket' }).click();
  const summary = await copiedText(page, 1);
  expect(summary).toContain('Indicated (not confirmed yet): The backup password is too short');
  expect(summary).not.toContain('[backup-password-too-short]');
  expect(summary).toMatch(
    /Open this diagnosis: http:\/\/127\.0\.0\.1:\d+\/triage\/#\/result\?v=1&code=0xC0002A54$/,
  );
});

test('reload keeps everything, including a value that is not valid yet', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Error code').fill('0xZZ');
  await page.getByLabel('Client user').fill('CONTOSO\\jdoe');
  await expect(page.getByText(/Not an error code/)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Error code')).toHaveValue('0xZZ');
  await expect(page.getByLabel('Client user')).toHaveValue('CONTOSO\\jdoe');
  await expect(page.getByText(/Not an error code/)).toBeVisible();

  await enterCode(page, '0x80070005');
  await advance(page, 'event-log');
  await advance(page, 'admin-rights');
  await answer(page, 'mss', 'Yes');
  await page.reload();
  await expect(choice(page, 'mss', 'Yes')).toBeChecked();
});

test('Next pressed while a paste is still being read waits for it, and the step left keeps it', async ({
  page,
}) => {
  // The event reader arrives only after Next is pressed, as on a slow connection.
  const readerArrives = await holdRequests(page, '**/assets/read-event-*.js');
  await page.goto('./');
  await pasteEvent(page, MESSAGE_ONLY.replace('0xC0002A14', '0x80004005'));
  await primary(page).click();
  readerArrives();
  await expect(page.getByRole('heading', { level: 1, name: 'Check the event log' })).toBeVisible();
  expect(page.url()).toContain('code=0x80004005');
  await page.goBack();
  await expect(page.getByLabel('Client user')).toHaveValue('CONTOSO\\jdoe');
  await expect(page.getByLabel('Event text')).toHaveValue(/Failed to generate a new master secret/);
});

test('back and forward never lose answers or typed text; history has one entry per step', async ({
  page,
}) => {
  await page.goto('./');
  await pasteEvent(page, MESSAGE_ONLY.replace('0xC0002A14', '0x80004005'));
  await expect(page.getByTestId('code-explanation')).toBeVisible();
  await advance(page, 'event-log');
  await tickEvent(page, 10525);
  await advance(page, 'admin-rights');
  await answer(page, 'svc', 'Yes');
  await answer(page, 'db', 'No');

  // Answers replace the step's entry: one Back leaves the step, not the last answer.
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Check the event log' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^10525\b/ })).toBeChecked();
  await page.goBack();
  await expect(page.getByLabel('Client user')).toHaveValue('CONTOSO\\jdoe');
  await expect(page.getByLabel('Event text')).toHaveValue(/Failed to generate a new master secret/);
  await page.goForward();
  await page.goForward();
  await expect(page.getByRole('heading', { name: 'Check admin rights' })).toBeVisible();
  await expect(choice(page, 'svc', 'Yes')).toBeChecked();
  await expect(choice(page, 'db', 'No')).toBeChecked();
});

test('a tampered link: bad values are dropped with reasons, the rest counts, nothing runs', async ({
  page,
}) => {
  await page.addInitScript(() => ((window as unknown as { pwned: boolean }).pwned = false));
  const evil = '<img src=x onerror="window.pwned=true">';
  await openLink(
    page,
    'result',
    `v=1&code=zzz&user=${encodeURIComponent(evil)}&elevated=maybe&seen=10772,abc&tid=%3Cscript%3E&nonsense=1`,
  );
  const dropped = page.getByTestId('dropped');
  await expect(dropped).toContainText('code');
  await expect(dropped).toContainText('elevated');
  await expect(dropped).toContainText('tid');
  await expect(dropped).toContainText('abc');
  await expect(dropped).not.toContainText('nonsense');
  expect((await causes(page))[0]).toBe('not-sso-admin');
  await expect(page.getByTestId('case-facts').getByText(evil)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { pwned: boolean }).pwned)).toBe(false);
  expect(await page.locator('img').count()).toBe(0);
});

test('pasted markup stays text', async ({ page }) => {
  await page.addInitScript(() => ((window as unknown as { pwned: boolean }).pwned = false));
  await page.goto('./');
  await page
    .getByLabel('Event text')
    .fill('Client User: <img src=x onerror="window.pwned=true">\nError Code: 0x80070005');
  await expect(page.getByLabel('Client user')).toHaveValue(
    '<img src=x onerror="window.pwned=true">',
  );
  await primary(page).click();
  await page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('link', { name: /Admin rights/ })
    .click();
  await expect(page.getByText('<img src=x onerror="window.pwned=true">')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { pwned: boolean }).pwned)).toBe(false);
});

test('a step opened straight from a link works, and an unknown page says so', async ({ page }) => {
  await openLink(page, 'backup-file', 'v=1&backup=%5C%5Cfiler%5Csso%5Cs.bak');
  await expect(page.getByLabel('Backup file path')).toHaveValue('\\\\filer\\sso\\s.bak');
  await page.goto('./#/no-such-step');
  await expect(page.getByRole('heading', { name: 'No such page' })).toBeVisible();
});

test('one whole journey with the keyboard only', async ({ page }) => {
  await page.goto('./');
  // Tab to the Event text field.
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press('Tab');
    if (await page.getByLabel('Event text').evaluate((el) => el === document.activeElement)) break;
  }
  await expect(page.getByLabel('Event text')).toBeFocused();
  const outline = await page
    .getByLabel('Event text')
    .evaluate((el) => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth);
  expect(outline).toMatch(/solid 3px/);
  await page.keyboard.insertText(MESSAGE_ONLY.replace('0xC0002A14', '0x80070005'));
  await expect(page.getByLabel('Error code')).toHaveValue('0x80070005');

  // Next, by keyboard, to the event log, then to admin rights.
  async function tabTo(name: RegExp) {
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (name.test(focused)) return;
    }
    throw new Error(`never reached ${name}`);
  }
  await tabTo(/^Next$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Check the event log' })).toBeVisible();
  await tabTo(/^Next$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Check admin rights' })).toBeVisible();

  // Answer "elevated: no" with the arrow keys inside its radio group.
  const elevated = page.locator('fieldset[data-check="elevated"]');
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await elevated.evaluate((el) => el.contains(document.activeElement))) break;
  }
  // Focus lands on the checked option, "Not checked"; the one before it is "No".
  await expect(elevated.getByRole('radio', { name: 'Not checked' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(elevated.getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  await tabTo(/^Show result$/);
  await page.keyboard.press('Enter');
  expect((await causes(page))[0]).toBe('not-elevated');
});

test('a local event time is turned into UTC once the offset is confirmed', async ({ page }) => {
  await page.goto('./');
  await pasteEvent(page, EVENT_VIEWER_COPY);
  await expect(page.getByLabel('Time logged (UTC)')).toHaveValue('');
  await expect(page.getByTestId('local-time')).toContainText('5 March 2024, 14:07:12');
  // No zone is guessed: nothing can be committed until the server's offset is chosen.
  await expect(page.getByTestId('local-time').getByRole('button')).toHaveCount(0);
  await expect(page.getByTestId('local-time')).toContainText('the ticket says it was not given');
  await page.getByLabel('UTC offset of that clock').selectOption({ label: 'UTC+01:00' });
  await page.getByRole('button', { name: 'Use 2024-03-05T13:07:12Z' }).click();
  await expect(page.getByLabel('Time logged (UTC)')).toHaveValue('2024-03-05T13:07:12Z');
  await expect(page.getByTestId('local-time')).toHaveCount(0);
});

test('a bare ENTSSO error number gets its full code suggested', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Error code').fill('10772');
  await page.getByRole('button', { name: 'Use 0xC0002A14' }).click();
  await expect(page.getByLabel('Error code')).toHaveValue('0xC0002A14');
  await expect(page.getByText('ENTSSO_E_NOT_SSO_ADMIN')).toBeVisible();
  await expect(primary(page)).toHaveText('Show result');
});

test('pasting what the PowerShell query printed ticks the related events it lists', async ({
  page,
}) => {
  await openLink(page, 'event-log', 'v=1&code=0x80004005');
  await page.getByLabel('Command output').fill(FORMAT_LIST_SEVERAL);
  await expect(page.getByTestId('output-summary')).toContainText(
    'Events found: 10526, 10771, 10562',
  );
  await expect(page.getByRole('checkbox', { name: /^10771\b/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^10562\b/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^10772\b/ })).not.toBeChecked();
  await page.reload();
  await expect(page.getByLabel('Command output')).toHaveValue(/Re-encryption is starting/);
  await page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('link', { name: /Result/ })
    .click();
  const listed = await causes(page);
  expect(listed).toContain('reencrypt-in-progress');
  expect(listed).toContain('not-local-admin');
});

test('the step list marks the current step as the step, not as a page', async ({ page }) => {
  await openLink(page, 'admin-rights', 'v=1');
  const nav = page.getByRole('navigation', { name: 'Steps' });
  await expect(nav.locator('[aria-current]')).toHaveCount(1);
  await expect(nav.getByRole('link', { name: /Admin rights/ })).toHaveAttribute(
    'aria-current',
    'step',
  );
  await expect(page.locator('[aria-current="page"]')).toHaveCount(0);
});

test('the SSO database facts fill the fix commands; unknown values give a template, not a command', async ({
  page,
}) => {
  await openLink(page, 'result', 'v=1&code=0x800706BF');
  const card = page.locator('[data-cause="rpc-blocked"]');
  const template = card.locator('pre[data-template]').first();
  await expect(template).toContainText('<master secret server>');
  await expect(card.getByRole('button', { name: 'Copy Test-NetConnection' })).toHaveCount(0);
  await expect(card.getByText(/Replace <master secret server>/).first()).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('link', { name: /Admin rights/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check admin rights' })).toBeVisible();
  await page.getByLabel('Secret server name', { exact: true }).fill("SSO'01");
  await page.getByLabel('SSO Administrators account').fill('CONTOSO\\SSO Admins');
  await page.getByText('How to check').first().click();
  await expect(page.getByText("Invoke-Command -ComputerName 'SSO''01'").first()).toBeAttached();
  await page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('link', { name: /Result/ })
    .click();
  await expect(
    card.getByText("Test-NetConnection -ComputerName 'SSO''01' -Port 135"),
  ).toBeVisible();
  await expect(card.getByRole('button', { name: 'Copy Test-NetConnection' })).toBeVisible();
  await expect(card.locator('[data-sources]').first()).toBeVisible();
});

test('the code explanation names the failure flag and facility, never a severity', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByLabel('Error code').fill('0x80070005');
  const explained = page.getByTestId('code-explanation');
  await expect(explained).toContainText('Failure · facility 7 (WIN32');
  await expect(explained).not.toContainText(/severity|warning/i);
});
