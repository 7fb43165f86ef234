import { test, expect, causes, copiedText, openLink, recordCopies } from './fixtures';
import type { Page } from '@playwright/test';

/** The picture's words for one part, as screen readers get them. */
const partState = (page: Page, part: string) =>
  page.locator(`[data-part="${part}"]`).first().getAttribute('data-state');

test('access denied with 10771 names no single cause, asks about elevation first, offers no rights change up front', async ({
  page,
}) => {
  await openLink(page, 'result', 'v=1&code=0x80070005&seen=10771&user=CONTOSO%5Csvc-biztalk');
  const headline = page.getByTestId('headline');
  await expect(headline).toContainText('Not decided');
  await expect(headline).not.toContainText('points at one cause');
  const listed = await causes(page);
  expect(listed.slice(0, 2)).toEqual(['not-elevated', 'not-local-admin']);
  await expect(page.locator('[data-cause="not-elevated"]')).toHaveAttribute(
    'data-standing',
    'possible',
  );
  // The question that splits them comes before the causes.
  const splitter = page.getByTestId('splitter');
  await expect(splitter).toContainText('Did the tool run elevated');
  const splitterBox = await splitter.boundingBox();
  const firstCause = await page.locator('[data-cause]').first().boundingBox();
  expect(splitterBox?.y ?? Infinity).toBeLessThan(firstCause?.y ?? 0);
  // No rights change is on show while nothing is confirmed.
  await expect(page.getByText(/Add-LocalGroupMember/).filter({ visible: true })).toHaveCount(0);
  expect(await partState(page, 'computer')).toBe('suspect');
  await expect(page.getByRole('list', { name: 'Where it broke, in words' })).not.toContainText(
    'failed here',
  );
});

test('a code alone is indicated, not confirmed: the picture says the evidence points there, and the confirming question stays on top', async ({
  page,
}) => {
  await openLink(page, 'result', 'v=1&code=0xC0002A10');
  await expect(page.getByTestId('headline')).toContainText('Indicated, not confirmed yet');
  await expect(page.locator('[data-cause="sso-db-unavailable"]')).toHaveAttribute(
    'data-standing',
    'indicated',
  );
  await expect(
    page.locator('[data-cause="sso-db-unavailable"] [data-testid="standing"]'),
  ).toHaveText('indicated, not confirmed');
  expect(await partState(page, 'database')).toBe('suspect');
  const splitter = page.getByTestId('splitter');
  await expect(splitter).toContainText('reach the SSO database');
  await splitter.getByRole('radio', { name: 'No', exact: true }).click();
  await expect(page.getByTestId('headline')).toContainText('Confirmed');
  expect(await partState(page, 'database')).toBe('failed');
  await expect(page.getByTestId('splitter')).toHaveCount(0);
});

test('a stopped service on a cluster node lists the wrong node first and asks who owns the resource', async ({
  page,
}) => {
  await openLink(page, 'result', 'v=1&svc=no&cluster=yes');
  expect((await causes(page)).slice(0, 2)).toEqual(['cluster-node', 'sso-service-unavailable']);
  await expect(page.getByTestId('splitter')).toContainText('own the cluster role');
  await page.getByTestId('splitter').getByRole('radio', { name: 'Yes', exact: true }).click();
  expect((await causes(page))[0]).toBe('sso-service-unavailable');
  await expect(page.locator('[data-cause="sso-service-unavailable"]')).toHaveAttribute(
    'data-standing',
    'confirmed',
  );
});

test('a check that passed reads as what passed, with where the answer came from', async ({
  page,
}) => {
  await openLink(page, 'result', 'v=1&code=0xC0002A20&space=yes&writable=no');
  const ruledOut = page.locator('[data-ruled-out="backup-disk-full"]');
  await expect(ruledOut).toContainText('The backup volume has free space.');
  await expect(ruledOut).toContainText('answered yes');
  await expect(ruledOut).not.toContainText('The backup volume is full:');
  await page.emulateMedia({ media: 'print' });
  await expect(ruledOut).toBeVisible();
});

test('a rights change is said before its command, after the check and the change-nothing way', async ({
  page,
}) => {
  await openLink(
    page,
    'result',
    'v=1&code=0x80070005&elevated=yes&localadmin=no&user=CONTOSO%5Cjdoe',
  );
  const card = page.locator('[data-cause="not-local-admin"]');
  await expect(card).toHaveAttribute('data-standing', 'confirmed');
  const steps = card.locator('ol > li');
  const texts = await steps.allTextContents();
  const check = texts.findIndex((t) => t.includes('Get-LocalGroupMember'));
  const nothing = texts.findIndex((t) => t.startsWith('Changing nothing'));
  const change = texts.findIndex((t) => t.includes('Add-LocalGroupMember'));
  expect(check).toBeGreaterThanOrEqual(0);
  expect(nothing).toBeGreaterThan(check);
  expect(change).toBeGreaterThan(nothing);
  const changeStep = steps.nth(change);
  await expect(changeStep.getByTestId('caution')).toContainText('full control');
  const caution = await changeStep.getByTestId('caution').boundingBox();
  const command = await changeStep
    .getByText("Add-LocalGroupMember -Group Administrators -Member 'CONTOSO\\jdoe'")
    .boundingBox();
  expect(caution?.y ?? Infinity).toBeLessThan(command?.y ?? 0);
});

test('the ticket says what the page says: standing, titles, filled commands, what passed', async ({
  page,
}) => {
  await recordCopies(page);
  await openLink(page, 'result', 'v=1&space=no&elevated=yes&backup=D%3A%5CSSO%20Backup%5Cs.bak');
  await page.getByRole('button', { name: 'Copy summary for a ticket' }).click();
  const summary = await copiedText(page, 0);
  expect(summary).toContain('Confirmed: The backup volume is full');
  expect(summary).toContain('ssoconfig.exe" -generateSecret "D:\\SSO Backup\\s.bak"');
  expect(summary).not.toContain('{backup}');
  expect(summary).not.toMatch(/\[[a-z]+(?:-[a-z]+)+\]/);
  expect(summary).toContain('The tool ran elevated.');
});

test('a confirmed cause ranks above what a code only indicates, and a clustered ENTSSO is started by the cluster', async ({
  page,
}) => {
  // A passive node: "no SSO server" is what it shows, so the code points nowhere else.
  await openLink(page, 'result', 'v=1&code=0xC0002A0F&mss=yes&cluster=yes&svc=no&owner=no');
  expect(await causes(page)).toEqual(['cluster-node']);
  await expect(page.getByTestId('headline')).toContainText('Confirmed');
  await expect(page.locator('[data-cause="cluster-node"]')).toHaveAttribute(
    'data-standing',
    'confirmed',
  );

  // An indication the confirmed cause does not explain is kept, below it, as the place to look again.
  await openLink(page, 'result', 'v=1&code=0xC0002A3E&elevated=no');
  expect(await causes(page)).toEqual(['not-elevated', 'reencrypt-in-progress']);
  await expect(page.getByTestId('headline')).toContainText('Confirmed');
  await expect(page.locator('[data-cause="reencrypt-in-progress"]')).toContainText(
    'Also fits the code',
  );

  // The clustered resource, owned here and stopped: the cluster brings it online.
  await openLink(page, 'result', 'v=1&svc=no&cluster=yes&owner=yes');
  const card = page.locator('[data-cause="sso-service-unavailable"]');
  await expect(card).toContainText('Start-ClusterResource');
  await expect(card).not.toContainText('Start-Service -Name ENTSSO');
});
