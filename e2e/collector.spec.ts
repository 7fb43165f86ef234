import { createHash } from 'node:crypto';
import {
  collectorBlock,
  NOT_ELEVATED_BLOCK,
  PROMPT_NOISE,
} from '../src/domain/test-fixtures/collector-blocks';
import { EVENT_VIEWER_COPY_WITH_XML } from '../src/domain/test-fixtures/events';
import { test, expect, causes, primary, openLink, pasteEvent } from './fixtures';

const base = {
  user: 'CONTOSO\\jdoe',
  computer: 'SSO01',
  host: 'SSO01',
  code: '0x80070005',
  secretserver: 'SSO01',
  ssoadmins: 'CONTOSO\\SSO Administrators',
};

const CASES: ReadonlyArray<[string, Record<string, unknown>, string]> = [
  [
    'not an SSO Administrator',
    { ...base, mss: 'yes', elevated: 'yes', localadmin: 'yes', ssoadmin: 'no' },
    'not-sso-admin',
  ],
  ['not elevated', { ...base, mss: 'yes', elevated: 'no' }, 'not-elevated'],
  [
    'the clustered case',
    // A passive node of the cluster: it may say what the cluster service tells.
    {
      ...base,
      code: '0xC0002A0E',
      mss: 'no',
      cluster: 'yes',
      secretserver: 'SSOCLUSTER',
      roles: ['client', 'node'],
    },
    'cluster-node',
  ],
  [
    'service stopped',
    { ...base, code: '0x80004005', mss: 'yes', svc: 'no' },
    'sso-service-unavailable',
  ],
  [
    'a backup path on FAT',
    {
      ...base,
      code: '0x80004005',
      backup: 'E:\\sso\\s.bak',
      ntfs: 'no',
      folder: 'yes',
      space: 'yes',
    },
    'backup-media',
  ],
];

for (const [name, fields, cause] of CASES) {
  test(`a pasted collector block (${name}) reaches ${cause} in one activation`, async ({
    page,
  }) => {
    await page.goto('./');
    await page
      .getByLabel('Event text')
      .fill(`${PROMPT_NOISE}${collectorBlock(fields)}\nPS C:\\Users\\jdoe> `);
    // One notice, in the page's words: no internal names, no second reading of the prompt.
    await expect(page.getByTestId('collector-summary')).toContainText('From the collector');
    await expect(page.getByTestId('reader-summary')).not.toContainText(
      /recognizes|No fields found|\bmss\b|relogon/,
    );
    await expect(primary(page)).toHaveText('Show result');
    await primary(page).click();
    expect((await causes(page))[0]).toBe(cause);
    await expect(page.locator(`[data-cause="${cause}"]`)).toContainText(
      /The collector on SSO\w* found|Error code/,
    );
  });
}

test('collected answers are marked on the steps and stay the person’s to change', async ({
  page,
}) => {
  await page.goto('./');
  await pasteEvent(page, NOT_ELEVATED_BLOCK);
  await expect(page.getByLabel('Error code')).toHaveValue('0x80070005');
  await expect(page.getByLabel('Client user')).toHaveValue('CONTOSO\\jdoe');
  await page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('link', { name: /Admin rights/ })
    .click();
  await expect(page.getByLabel('Secret server name')).toHaveValue('SSO01');
  await expect(page.locator('[data-collected="elevated"]')).toContainText(
    'From the collector on SSO01, whose probe saw: the token has no High Mandatory Level',
  );
  await expect(page.locator('[data-collected="elevated"]')).toHaveAttribute(
    'data-origin',
    'collector:SSO01',
  );
  const elevated = page.locator('fieldset[data-check="elevated"]');
  await expect(elevated.getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  await elevated.getByRole('radio', { name: 'Yes', exact: true }).check();
  await expect(page.locator('[data-collected="elevated"]')).toHaveCount(0);
  await page.reload();
  await expect(elevated.getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
  await expect(page.locator('[data-collected="mss"]')).toContainText('holds the secret');
});

test('a cut-off block says what is wrong, and what was typed stays', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Client user').fill('CONTOSO\\typed');
  await pasteEvent(page, NOT_ELEVATED_BLOCK.slice(0, 300));
  await expect(page.getByTestId('collector-summary')).toContainText('no END line');
  await expect(page.getByLabel('Client user')).toHaveValue('CONTOSO\\typed');
  await expect(page.getByLabel('Event text')).toHaveValue(/BEGIN ENTSSO TRIAGE/);
});

test('an edited block that names an answer twice is refused whole, with the reason', async ({
  page,
}) => {
  await page.goto('./');
  await page
    .getByLabel('Event text')
    .fill(NOT_ELEVATED_BLOCK.replace('"elevated": "no",', '"elevated": "no", "elevated": "yes",'));
  await expect(page.getByTestId('collector-summary')).toContainText('"elevated" more than once');
  await expect(page.getByLabel('Client user')).toHaveValue('');
  expect(page.url()).not.toMatch(/[?&]elevated=/);
});

test('two blocks of one computer that disagree: the answer is shown with both, and not used', async ({
  page,
}) => {
  await page.goto('./');
  const other = collectorBlock({ ...base, host: 'SSO02', elevated: 'yes' });
  await pasteEvent(page, `${NOT_ELEVATED_BLOCK}\n${other}`);
  await expect(page.getByTestId('collector-notes')).toContainText(
    'The computers disagree on elevated: SSO01 says no, SSO02 says yes',
  );
  expect(page.url()).not.toMatch(/[?&]elevated=/);
});

test('a block from another computer than the event says so', async ({ page }) => {
  await page.goto('./');
  const block = collectorBlock({ ...base, computer: 'SSO02', host: 'SSO02', elevated: 'no' });
  await pasteEvent(page, `${EVENT_VIEWER_COPY_WITH_XML}\n${block}`);
  await expect(page.getByTestId('collector-summary')).toContainText(
    'ran on SSO02, but the failed request came from SSO01',
  );
  // The event's own values win over the block's.
  await expect(page.getByLabel('Client computer')).toHaveValue('SSO01');
  await expect(page.getByLabel('Error code')).toHaveValue('0xC0002A14');
});

test('the collector script is shown in full, can be copied and downloaded, on two steps', async ({
  page,
  request,
}) => {
  for (const step of ['', 'admin-rights']) {
    await openLink(page, step, 'v=1&backup=E%3A%5Csso%5Cs.bak');
    await page.getByText('Answer most questions at once').click();
    const panel = page.getByTestId('collector-panel');
    // The script is folded and, opened, scrolls in a box: the step's own fields stay near.
    await expect(panel.getByTestId('collector-script')).toBeVisible();
    expect((await panel.boundingBox())?.height).toBeLessThan(800);
    await panel.getByText('View the script').click();
    await expect(panel.locator('pre').last()).toContainText('-----BEGIN ENTSSO TRIAGE-----');
    expect((await panel.locator('pre').last().boundingBox())?.height).toBeLessThanOrEqual(330);
    await expect(panel.getByRole('button', { name: 'Copy entsso-triage.ps1' })).toBeVisible();
    // The first such block is the run command; the script itself, shown below, names it too.
    await expect(
      panel.locator('pre', { hasText: 'powershell -ExecutionPolicy' }).first(),
    ).toContainText("-BackupPath 'E:\\sso\\s.bak'");
    const href = await panel
      .getByRole('link', { name: 'Download entsso-triage.ps1' })
      .getAttribute('href');
    expect(href).toBe('collector/entsso-triage.ps1');
  }
  const script = await (await request.get('./collector/entsso-triage.ps1')).text();
  expect(script).toContain('[CmdletBinding()]');
});

test('the page shows the SHA-256 of the script it offers, and the command that checks a copy', async ({
  page,
  request,
}) => {
  const bytes = await (await request.get('./collector/entsso-triage.ps1')).body();
  const sha256 = createHash('sha256').update(bytes).digest('hex').toUpperCase();
  await openLink(page, '', 'v=1');
  await page.getByText('Answer most questions at once').click();
  const panel = page.getByTestId('collector-panel');
  await expect(panel.getByTestId('collector-hash')).toContainText(sha256);
  await expect(panel.getByTestId('collector-hash')).toContainText('signed scripts');
  await expect(panel.locator('pre', { hasText: 'Get-FileHash' }).first()).toContainText(
    `(Get-FileHash -Algorithm SHA256 -LiteralPath .\\entsso-triage.ps1).Hash -eq '${sha256}'`,
  );
  await expect(panel).toContainText('Active Directory');
});

test('after a block that read the log, the event-log step counts the events as looked for', async ({
  page,
}) => {
  await page.goto('./');
  await pasteEvent(page, NOT_ELEVATED_BLOCK);
  await expect(page).toHaveURL(/elevated=no/);
  await openLink(page, 'event-log', new URL(page.url()).hash.split('?')[1] ?? '');
  await expect(page.getByText("From the collector's read of the log of SSO01")).toBeVisible();
  await expect(page.getByText('not looked for yet')).toHaveCount(0);
});
