import { collectorBlock } from '../src/domain/test-fixtures/collector-blocks';
import { refusal10527 } from '../src/domain/test-fixtures/events';
import { test, expect, answer, pasteEvent } from './fixtures';

/** A 10527 as SSO01 logged it: BTS01's request, as CONTOSO\svc-sso, was refused. */
const REFUSAL = refusal10527('0x80070005', 'SSO01.contoso.com');

/** The collector block of a BizTalk server that logged a 10532: it asked for the secret. */
const ASKER = (host: string, account: string) =>
  collectorBlock({
    host,
    computer: host,
    event: 10532,
    roles: ['client'],
    rolesWhy: { client: 'this computer logged the 10532' },
    svcaccount: account,
    svcadmin: 'yes',
    details: { svcaccount: `ENTSSO on ${host} runs as ${account}` },
  });

const serviceAccount = 'ENTSSO service account of the asking server';

test('a 10527 asks about its Client User once, once the page knows it is the asking service account', async ({
  page,
}) => {
  await page.goto('./');
  await pasteEvent(page, REFUSAL);
  await expect(page).toHaveURL(/event=10527/);
  await page.goto(page.url().replace('#/?', '#/secret-server?'));
  const status = page.getByTestId('one-account');
  // Not known yet: both questions are there, and the command that tells is filled.
  await expect(status).toContainText('Not known yet whether CONTOSO\\svc-sso');
  await expect(page.locator('fieldset[data-check="svcadmin"]')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'One account or two?' })).toContainText(
    "Invoke-Command -ComputerName 'BTS01'",
  );
  // The account ENTSSO runs as on BTS01, in another form of the same name.
  await page.getByLabel(serviceAccount).fill('svc-sso@contoso.com');
  await expect(status).toHaveAttribute('data-match', 'same');
  await expect(page.locator('fieldset[data-check="svcadmin"]')).toHaveCount(0);
  await expect(page.locator('[data-asked-once="svcadmin"]')).toContainText('Not asked again');
  await answer(page, 'ssoadmin', 'Yes');
  // Reload and Back keep it: the account is in the link, the paste is not.
  await page.reload();
  await expect(page.getByLabel(serviceAccount)).toHaveValue('svc-sso@contoso.com');
  await expect(page.locator('[data-asked-once="svcadmin"]')).toBeVisible();
  expect(page.url()).not.toContain('Secret%20Number');
  await page.goto(page.url().replace('#/secret-server?', '#/result?'));
  const ruledOut = page.locator('section[aria-labelledby="ruled-out"]');
  await expect(ruledOut).toContainText('one account (CONTOSO\\svc-sso) answers both questions');
  await expect(page.locator('[data-cause="service-account-not-sso-admin"]')).toHaveCount(0);
  await page.goBack();
  await expect(page.locator('[data-asked-once="svcadmin"]')).toBeVisible();

  // Another account: both questions again, each about its own account.
  await page.getByLabel(serviceAccount).fill('CONTOSO\\svc-other');
  await expect(status).toHaveAttribute('data-match', 'different');
  await expect(page.locator('fieldset[data-check="svcadmin"]')).toHaveCount(1);
});

test("a 10527 takes the asking account from the Client Computer's collector, and not from another server's", async ({
  page,
}) => {
  await page.goto('./');
  await pasteEvent(page, REFUSAL);
  await expect(page).toHaveURL(/event=10527/);
  // BTS02 logged a 10532 too, but the 10527 is about BTS01's request.
  await pasteEvent(page, ASKER('BTS02', 'CONTOSO\\svc-sso'));
  const notice = page.getByTestId('not-about');
  await expect(notice).toContainText('The case names BTS01');
  await expect(notice).toContainText('this text came from BTS02');
  expect(page.url()).not.toContain('svcaccount=');
  expect(page.url()).not.toContain('svcadmin=');
  // BTS01's own block: its account is the Client User, and it is in SSO Administrators.
  await pasteEvent(page, ASKER('BTS01', 'CONTOSO\\svc-sso'));
  await expect(page).toHaveURL(/svcaccount=CONTOSO/);
  await page.goto(page.url().replace('#/?', '#/secret-server?'));
  await expect(page.getByTestId('one-account')).toHaveAttribute('data-match', 'same');
  // The collector answered the service account's question: that one is asked, not the other.
  await expect(page.locator('fieldset[data-check="ssoadmin"]')).toHaveCount(0);
  await expect(page.locator('[data-asked-once="ssoadmin"]')).toBeVisible();
  await page.goto(page.url().replace('#/secret-server?', '#/result?'));
  await expect(page.locator('section[aria-labelledby="ruled-out"]')).toContainText(
    'the collector on BTS01 found it',
  );
  await expect(page.locator('[data-cause="not-sso-admin"]')).toHaveCount(0);
});
