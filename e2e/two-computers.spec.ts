import { collectorBlock } from '../src/domain/test-fixtures/collector-blocks';
import { eventViewerText, refusal10527 } from '../src/domain/test-fixtures/events';
import { xmlExport } from '../src/domain/test-fixtures/log-exports';
import { test, expect, causes, openFile, openLink, pasteEvent } from './fixtures';

/** A 10532 as BTS01 logged it: the RPC endpoint of the master secret server was not found. */
const EVENT_10532 = eventViewerText(
  10532,
  `Failed to retrieve master secrets. Verify that the master secret server name is correct and that it is available.
 Secret Server Name: SSOCLUSTER
 Error Code: 0x800706D9, There are no more endpoints available from the endpoint mapper.`,
  { computer: 'BTS01.contoso.com', level: 'Warning' },
);

const FROM_BTS = collectorBlock({
  host: 'BTS01',
  computer: 'BTS01',
  event: 10532,
  roles: ['client'],
  rolesWhy: { client: 'this computer logged the 10532' },
  secretserver: 'SSOCLUSTER',
  mss: 'no',
  rpc: 'yes',
  // An older habit of the collector: an answer about itself, which is not the question.
  cluster: 'no',
});

const FROM_NODE = (host: string, owner: 'yes' | 'no') =>
  collectorBlock({
    host,
    computer: host,
    roles: [owner === 'yes' ? 'mss' : 'node'],
    rolesWhy: { mss: 'this node owns the ENTSSO role (SSOCLUSTER)' },
    secretserver: 'SSOCLUSTER',
    cluster: 'yes',
    owner,
    mssname: 'yes',
  });

for (const [order, blocks] of [
  ['the BizTalk server first', [FROM_BTS, FROM_NODE('NODE1', 'yes')]],
  ['the master secret server first', [FROM_NODE('NODE1', 'yes'), FROM_BTS]],
] as const) {
  test(`a 10532 with the blocks of BTS01 and of the cluster node it asked (${order}) is decided, naming both`, async ({
    page,
  }) => {
    await page.goto('./');
    await pasteEvent(page, [EVENT_10532, ...blocks].join('\n\n'));
    await expect(page).toHaveURL(/event=10532/);
    const roles = page.getByTestId('collector-roles');
    await expect(roles.locator('[data-origin="collector:BTS01"]')).toContainText(
      'where the request was made',
    );
    await expect(roles.locator('[data-origin="collector:NODE1"]')).toContainText(
      'the master secret server',
    );
    // BTS01's word about clustering is about itself: the case takes the node's.
    expect(page.url()).toContain('cluster=yes');
    await page.goto(page.url().replace('#/?', '#/result?'));
    expect((await causes(page))[0]).toBe('cluster-node');
    // Each piece of evidence says where it came from.
    const facts = page.getByTestId('case-facts');
    await expect(facts.locator('[data-origin="event:BTS01.contoso.com"]').first()).toBeVisible();
    await expect(
      page.locator('[data-cause="cluster-node"] [data-origin="event:BTS01.contoso.com"]'),
    ).toContainText('from the event logged on BTS01.contoso.com');
    await expect(facts).toContainText('SSOCLUSTER(from the collector on');
    // The case is in the address: a reload opens the same result, and so does the shared
    // link in another browser, where nothing was pasted: the origins travel in the link.
    await page.reload();
    expect((await causes(page))[0]).toBe('cluster-node');
    expect(page.url()).toContain('v=2');
    const colleague = await page.context().browser()!.newPage();
    await colleague.goto(page.url());
    expect((await causes(colleague))[0]).toBe('cluster-node');
    await expect(
      colleague.getByTestId('case-facts').locator('[data-origin^="collector:"]').first(),
    ).toBeVisible();
    await expect(
      colleague.locator('[data-origin="event:BTS01.contoso.com"]').first(),
    ).toBeVisible();
    // On the question step too, the answer says which computer gave it.
    await colleague.goto(colleague.url().replace('#/result?', '#/secret-server?'));
    await expect(colleague.locator('[data-collected="cluster"]')).toContainText(
      'From the collector on NODE1',
    );
    await colleague.close();
  });
}

test('two nodes that disagree on the ENTSSO resource are both shown, and neither is taken', async ({
  page,
}) => {
  await page.goto('./');
  const node = (host: string, roles: string[], svc: string) =>
    collectorBlock({ host, roles, secretserver: 'SSOCLUSTER', cluster: 'yes', svc });
  await pasteEvent(
    page,
    [EVENT_10532, node('NODE2', ['node'], 'no'), node('NODE1', ['mss'], 'yes')].join('\n\n'),
  );
  await expect(page.getByTestId('collector-notes')).toContainText(
    'The computers disagree on svc: NODE1 says yes, NODE2 says no',
  );
  expect(page.url()).not.toMatch(/[?&]svc=/);
  expect(page.url()).toContain('cluster=yes');
  // Kept in the case: the result shows both sides, and so does the link.
  await page.goto(page.url().replace('#/?', '#/result?'));
  const disagree = page.getByTestId('disagree');
  await expect(disagree.locator('[data-origin="collector:NODE1"]')).toContainText('yes');
  await expect(disagree.locator('[data-origin="collector:NODE2"]')).toContainText('no');
});

test('the event-log step of a 10532 asks the master secret server for its own log', async ({
  page,
}) => {
  await openLink(
    page,
    'event-log',
    'v=1&event=10532&host=BTS01.contoso.com&triedserver=SSO01&time=2024-03-05T14:07:12Z',
  );
  const other = page.getByTestId('other-computer-log');
  await expect(other).toContainText('Also on SSO01, the master secret server');
  await expect(other).toContainText("-ComputerName 'SSO01'");
  await expect(page.getByTestId('time-window')).toContainText(
    'Application log of BTS01.contoso.com',
  );
});

test('a second paste from another computer adds to the case, and a third that disagrees is kept beside it', async ({
  page,
}) => {
  await page.goto('./');
  await pasteEvent(page, EVENT_10532);
  await expect(page).toHaveURL(/event=10532/);
  // The node's block, pasted over the event text: it adds, the case stays BTS01's 10532.
  await pasteEvent(page, FROM_NODE('NODE1', 'yes'));
  await expect(page.getByTestId('added-evidence')).toContainText('from the collector on NODE1');
  await expect(page.getByLabel('Error code')).toHaveValue('0x800706D9');
  expect(page.url()).toContain('cluster=yes');
  expect(page.url()).toContain('o.cluster=c%3ANODE1');
  // Another node says otherwise about the clustered resource: both kept, neither taken.
  await pasteEvent(
    page,
    collectorBlock({ host: 'NODE2', roles: ['mss'], secretserver: 'SSOCLUSTER', cluster: 'no' }),
  );
  await expect(
    page.getByTestId('added-evidence').locator('[data-disagree="cluster"]'),
  ).toContainText('from the collector on NODE2');
  expect(page.url()).not.toMatch(/[?&]cluster=/);
  await page.goto(page.url().replace('#/?', '#/result?'));
  const disagree = page.getByTestId('disagree');
  await expect(disagree.locator('[data-origin="collector:NODE1"]')).toContainText('yes');
  await expect(disagree.locator('[data-origin="collector:NODE2"]')).toContainText('no');
  await expect(
    page.getByTestId('case-facts').locator('[data-origin="event:BTS01.contoso.com"]').first(),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('disagree')).toContainText('NODE2');
  // Back returns to the start step as it was: the event's values, the last paste's text.
  await page.goBack();
  await expect(page.getByLabel('Error code')).toHaveValue('0x800706D9');
  await expect(page.getByLabel('Event text')).toHaveValue(/NODE2/);
  await page.goForward();
  await expect(page.getByTestId('disagree')).toContainText('NODE1');
});

test('the result names the computers of the picture and the one to run the collector on next', async ({
  page,
}) => {
  await openLink(page, 'result', 'v=1&event=10532&code=0x800706BA&triedserver=SSOMSS01&host=BTS01');
  await expect(page.getByTestId('next-collector')).toHaveText(
    /^Next: run the collector on SSOMSS01 \(the master secret server\)\./,
  );
  const picture = page.getByTestId('where-it-broke');
  await expect(picture.locator('[data-part="server"]')).toContainText('BTS01');
  await expect(picture.locator('[data-part="rpc"]')).toContainText('BTS01 → SSOMSS01');
  await expect(picture.locator('[data-part="service"]')).toContainText('SSOMSS01');
  // The SQL Server is not named by this evidence: the picture does not guess one.
  await expect(picture.locator('[data-part="database"]')).toHaveText(/not checked$/);
});

/** The 10527 the master secret server logged for BTS01's request, a few seconds earlier. */
const REFUSAL_10527 = refusal10527('0xC0002A1F', 'SSOCLUSTER.contoso.com');

for (const [order, first, second, event] of [
  ['the 10532 first', EVENT_10532, REFUSAL_10527, '10532'],
  ['the 10527 first', REFUSAL_10527, EVENT_10532, '10527'],
] as const) {
  test(`a 10532 and the 10527 of the same request are one story (${order})`, async ({ page }) => {
    await page.goto('./');
    await pasteEvent(page, first);
    await expect(page).toHaveURL(new RegExp(`event=${event}`));
    await pasteEvent(page, second);
    await expect(page.getByTestId('added-evidence')).toBeVisible();
    // The case stays the first event's, the other half kept beside it.
    await expect(page).toHaveURL(new RegExp(`event=${event}`));
    await page.goto(page.url().replace('#/?', '#/result?'));
    const story = page.getByTestId('other-half');
    await expect(story).toHaveAttribute('data-one-fetch', 'yes');
    await expect(story).toContainText(
      event === '10532'
        ? "The master secret server SSOCLUSTER.contoso.com refused BTS01.contoso.com's request"
        : 'BTS01.contoso.com could not get the secret from this server',
    );
    // What the other half's own code says, from its own computer.
    await expect(story).toContainText(event === '10532' ? '0xC0002A1F' : '0x800706D9');
    await page.reload();
    await expect(page.getByTestId('other-half')).toHaveAttribute('data-one-fetch', 'yes');
  });
}

test('a log that holds two computers’ events shows a lane for each, on one time scale', async ({
  page,
}) => {
  await page.goto('./');
  await openFile(
    page,
    'Forwarded.xml',
    xmlExport([
      // Each server's ENTSSO started that morning: enough events to be a log, not a paste.
      ...['SSOMSS01', 'BTS01', 'SSOMSS01', 'BTS01'].map((host, i) => ({
        id: 10501,
        time: `2024-03-05T09:0${i}:00Z`,
        local: `3/5/2024 10:0${i}:00 AM`,
        level: 'Information' as const,
        data: [],
        message: 'The SSO service started.',
        computer: `${host}.contoso.com`,
      })),
      {
        id: 10527,
        time: '2024-03-05T09:14:05Z',
        local: '3/5/2024 10:14:05 AM',
        level: 'Error',
        data: [
          '2',
          'CONTOSO\\svc-sso',
          'BTS01',
          '{cccccccc-1111-2222-3333-444444444444}',
          '0xC0002A1F',
        ],
        message: 'A request to get a master secret failed.',
        computer: 'SSOMSS01.contoso.com',
      },
      {
        id: 10532,
        time: '2024-03-05T09:14:07Z',
        local: '3/5/2024 10:14:07 AM',
        level: 'Warning',
        data: ['SSOMSS01', '0x80070005'],
        message: 'Failed to retrieve master secrets.',
        computer: 'BTS01.contoso.com',
      },
    ]),
    'text/xml',
  );
  const timeline = page.getByTestId('timeline');
  await expect(timeline.locator('[data-lane]')).toHaveCount(2);
  const lanes = await timeline
    .locator('[data-lane]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-lane')));
  // The failure picked (the newest, BTS01's 10532) has the first lane.
  expect(lanes).toEqual(['BTS01', 'SSOMSS01']);
  await expect(timeline.locator('[data-computer="SSOMSS01"]')).toHaveCount(3);
  await expect(page.getByRole('list', { name: 'Around the failure, in words' })).toContainText(
    '10527 on SSOMSS01',
  );
});
