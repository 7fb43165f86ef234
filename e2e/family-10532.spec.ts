import { EVENT_10532_COPY as EVENT_10532_TEXT } from '../src/domain/test-fixtures/events';
import { collectorBlock } from '../src/domain/test-fixtures/collector-blocks';
import { test, expect, advance, answer, causes, openLink, pasteEvent, primary } from './fixtures';

/** Event 10532 as Event Viewer's XML tab shows it: Microsoft's own sample values. */
const EVENT_10532_XML = `<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">
  <System>
    <Provider Name="ENTSSO" />
    <EventID Qualifiers="32768">10532</EventID>
    <Level>3</Level>
    <TimeCreated SystemTime="2024-03-05T14:07:12.000Z" />
    <Computer>BTS01.contoso.com</Computer>
  </System>
  <EventData>
    <Data>ENTSSO</Data>
    <Data>0x800706D9, there are no more endpoints available from the endpoint mapper.</Data>
  </EventData>
</Event>`;

test('a pasted 10532 (XML) is triaged as a 10532: its fields, its step, its causes', async ({
  page,
}) => {
  await page.goto('./');
  await pasteEvent(page, EVENT_10532_XML);
  await expect(page.getByLabel('Secret server name')).toHaveValue('ENTSSO');
  await expect(page.getByLabel('Error code')).toHaveValue('0x800706D9');
  await expect(page).toHaveURL(/event=10532/);
  await expect(page.getByTestId('wrong-event')).toHaveCount(0);
  // Its wizard walks the secret-server step, not admin rights.
  const nav = page.getByRole('navigation', { name: 'Steps' });
  await expect(nav.getByRole('link', { name: /Secret server/ })).toBeVisible();
  await expect(nav.getByRole('link', { name: /Admin rights/ })).toHaveCount(0);
  await advance(page, 'event-log');
  await primary(page).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Check the master secret server' }),
  ).toBeVisible();
  await answer(page, 'cluster', 'Yes');
  await expect(primary(page)).toHaveText('Show result');
  await primary(page).click();
  expect(await causes(page)).toEqual(['cluster-node']);
  // The pasted text stays in the tab: the link holds only values read from it.
  expect(page.url()).not.toContain('endpoint');
});

test('a 10532 copied from Event Viewer reads its labelled values, text after the code dropped', async ({
  page,
}) => {
  await page.goto('./');
  await pasteEvent(page, EVENT_10532_TEXT);
  await expect(page.getByLabel('Secret server name')).toHaveValue('SSOCLUSTER');
  await expect(page.getByLabel('Error code')).toHaveValue('0x800706BA');
  await expect(page.getByLabel('Client user')).toHaveCount(0);
  await openLink(page, 'result', new URL(page.url()).hash.split('?')[1] ?? '');
  expect(await causes(page)).toEqual([
    'sso-service-unavailable',
    'wrong-secret-server-name',
    'rpc-blocked',
  ]);
});

test('a 10532 link with no evidence names no cause but lists the two suspects its page names', async ({
  page,
}) => {
  await openLink(page, 'result', 'v=1&event=10532');
  await expect(page.getByTestId('start-here')).toBeVisible();
  const ids = await page
    .locator('[data-cause]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-cause')));
  expect(ids).toEqual(['unknown', 'sso-service-unavailable', 'wrong-secret-server-name']);
  // The suspects are shown, not folded away with the general advice, and said to be possible.
  await expect(
    page.getByRole('heading', { name: /Suspects the event's own page names/ }),
  ).toBeVisible();
  await expect(page.locator('[data-cause="sso-service-unavailable"]')).toBeVisible();
  await expect(page.locator('[data-cause="unknown"]')).toBeHidden();
});

test('a collector block that names event 10532 moves the case to it, with its answers', async ({
  page,
}) => {
  await page.goto('./');
  await pasteEvent(
    page,
    collectorBlock({
      host: 'BTS01',
      roles: ['client'],
      event: 10532,
      triedserver: 'SSOCLUSTER',
      code: '0x800706BA',
      rpc: 'no',
      // Answers about the master secret server from the BizTalk server: not taken.
      svc: 'yes',
      mssname: 'yes',
    }),
  );
  await expect(page).toHaveURL(/event=10532/);
  await expect(page.getByLabel('Secret server name')).toHaveValue('SSOCLUSTER');
  expect(page.url()).toContain('rpc=no');
  expect(page.url()).not.toContain('svc=');
  await openLink(page, 'result', new URL(page.url()).hash.split('?')[1] ?? '');
  expect((await causes(page))[0]).toBe('rpc-blocked');
});
