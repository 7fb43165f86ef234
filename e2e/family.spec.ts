import { collectorBlock } from '../src/domain/test-fixtures/collector-blocks';
import { eventViewerText } from '../src/domain/test-fixtures/events';
import { FAMILY_LOG, xmlExport } from '../src/domain/test-fixtures/log-exports';
import { test, expect, causes, openFile, openLink, pasteEvent } from './fixtures';

const MSID_NOW = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const MSID_BEFORE = '9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d';

/** An event as Event Viewer's XML tab shows it, its values in its own order. */
const eventXml = (id: number, level: number, values: string[]) =>
  `<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">
  <System>
    <Provider Name="ENTSSO" />
    <EventID Qualifiers="49152">${id}</EventID>
    <Level>${level}</Level>
    <TimeCreated SystemTime="2024-03-05T14:07:12.000Z" />
    <Computer>SSO01.contoso.com</Computer>
  </System>
  <EventData>
${values.map((v) => `    <Data>${v}</Data>`).join('\n')}
  </EventData>
</Event>`;

const eventText = (id: number, message: string) => eventViewerText(id, message);

const value = (page: import('@playwright/test').Page, label: string) =>
  expect(page.getByLabel(label, { exact: true }));

/** The result the case on screen leads to, opened as a fresh link. */
async function resultOfCase(page: import('@playwright/test').Page): Promise<string[]> {
  await openLink(page, 'result', new URL(page.url()).hash.split('?')[1] ?? '');
  return causes(page);
}

test('a pasted 10560 (XML) reads the file, both MSIDs, the user and the code', async ({ page }) => {
  await page.goto('./');
  await pasteEvent(
    page,
    eventXml(10560, 2, [
      'D:\\SSO Backup\\secret.bak',
      `{${MSID_NOW.toUpperCase()}}`,
      `{${MSID_BEFORE.toUpperCase()}}`,
      'CONTOSO\\jdoe',
      '0x80070070',
    ]),
  );
  await expect(page).toHaveURL(/event=10560/);
  await value(page, 'File name').toHaveValue('D:\\SSO Backup\\secret.bak');
  await value(page, 'Current MSID').toHaveValue(MSID_NOW);
  await value(page, 'Previous MSID').toHaveValue(MSID_BEFORE);
  await value(page, 'Client user').toHaveValue('CONTOSO\\jdoe');
  await value(page, 'Error code').toHaveValue('0x80070070');
  await expect(page.getByLabel('Tracking ID')).toHaveCount(0);
  await expect(page.getByTestId('wrong-event')).toHaveCount(0);
  expect(await resultOfCase(page)).toEqual(['backup-disk-full']);
});

test('a 10524 copied from Event Viewer is triaged as a failed restore', async ({ page }) => {
  await page.goto('./');
  await pasteEvent(
    page,
    eventText(
      10524,
      `Failed to restore the master secrets.
 File Name: D:\\SSOBackup\\old.bak
 Current MSID: {${MSID_NOW}}
 Previous MSID: {${MSID_BEFORE}}
 Client User: CONTOSO\\jdoe
 Error Code: 0xC0002A1B`,
    ),
  );
  await expect(page).toHaveURL(/event=10524/);
  await value(page, 'File name').toHaveValue('D:\\SSOBackup\\old.bak');
  await value(page, 'Current MSID').toHaveValue(MSID_NOW);
  await value(page, 'Error code').toHaveValue('0xC0002A1B');
  // Its wizard walks admin rights and the backup file.
  const nav = page.getByRole('navigation', { name: 'Steps' });
  await expect(nav.getByRole('link', { name: /Admin rights/ })).toBeVisible();
  await expect(nav.getByRole('link', { name: /Backup file/ })).toBeVisible();
  expect(await resultOfCase(page)).toEqual(['wrong-backup-password']);
  // The pasted text stays in the tab: the link holds only values read from it.
  expect(page.url()).not.toContain('Failed');
});

test('a 10527, pasted as XML or as text, reads its secret number and its Client Computer', async ({
  page,
}) => {
  const tid = 'cccccccc-1111-2222-3333-444444444444';
  for (const text of [
    eventXml(10527, 2, ['2', 'CONTOSO\\svc-sso', 'BTS01', `{${tid}}`, '0xC0002A1F']),
    eventText(
      10527,
      `A request to get a master secret failed.
 Secret Number: 2
 Client User: CONTOSO\\svc-sso
 Client Computer: BTS01
 Tracking ID: {${tid.toUpperCase()}}
 Error Code: 0xC0002A1F`,
    ),
  ]) {
    await page.goto('./');
    await pasteEvent(page, text);
    await expect(page).toHaveURL(/event=10527/);
    await value(page, 'Secret number').toHaveValue('2');
    await value(page, 'Client user').toHaveValue('CONTOSO\\svc-sso');
    await value(page, 'Client computer').toHaveValue('BTS01');
    await value(page, 'Tracking ID').toHaveValue(tid);
    await expect(page.getByLabel('File name')).toHaveCount(0);
    const nav = page.getByRole('navigation', { name: 'Steps' });
    await expect(nav.getByRole('link', { name: /Secret server/ })).toBeVisible();
    expect(await resultOfCase(page)).toEqual([
      'secret-missing',
      'secret-unreadable',
      'secret-mismatch',
    ]);
  }
});

test('a collector block names its event: each sibling is moved to and read with its answers', async ({
  page,
}) => {
  const cases: Array<[Record<string, unknown>, RegExp, string[]]> = [
    [
      {
        event: 10560,
        roles: ['client', 'mss', 'backup'],
        code: '0x80070005',
        elevated: 'yes',
        localadmin: 'yes',
        ssoadmin: 'yes',
        writable: 'no',
      },
      /event=10560/,
      ['backup-access'],
    ],
    [
      {
        event: 10524,
        roles: ['client', 'backup'],
        code: '0xC0002A20',
        filefound: 'no',
        backup: 'D:\\SSOBackup\\old.bak',
        msid: `{${MSID_NOW}}`,
      },
      new RegExp(`msid=${MSID_NOW}`),
      ['restore-file-missing'],
    ],
    [
      {
        event: 10524,
        roles: ['client', 'mss'],
        code: '0xC0002A0E',
        cluster: 'no',
        mss: 'yes',
        restarted: 'no',
      },
      /event=10524/,
      ['mss-restart-pending'],
    ],
    [
      {
        event: 10527,
        roles: ['mss'],
        secretno: '2',
        code: '0xC0002A1F',
        secretkey: 'yes',
        secretmatch: 'no',
      },
      /secretno=2/,
      ['secret-mismatch'],
    ],
  ];
  for (const [block, url, expected] of cases) {
    await page.goto('./');
    await pasteEvent(page, collectorBlock(block));
    await expect(page).toHaveURL(url);
    await expect(page).toHaveURL(new RegExp(`event=${String(block.event)}`));
    expect(await resultOfCase(page), JSON.stringify(block)).toEqual(expected);
  }
});

test('a whole log lists the failures of all five events, newest first, and a pick moves to its event', async ({
  page,
}) => {
  await page.goto('./');
  await openFile(page, 'Application.xml', xmlExport(FAMILY_LOG));
  await expect(page.getByTestId('log-summary')).toContainText('5 of them failures');
  const radios = page.getByRole('radio');
  await expect(radios).toHaveCount(5);
  const order = await radios.evaluateAll((els) =>
    els.map((el) => /event (\d+)/.exec(el.closest('label')?.textContent ?? '')?.[1]),
  );
  expect(order).toEqual(['10526', '10532', '10527', '10524', '10560']);
  // The newest is picked first.
  await expect(page).toHaveURL(/event=10526/);
  await value(page, 'Error code').toHaveValue('0xC0002A14');

  const picks: Array<[number, () => Promise<void>, string[]]> = [
    [
      10560,
      () => value(page, 'File name').toHaveValue('D:\\SSOBackup\\secret.bak'),
      ['backup-disk-full'],
    ],
    [10524, () => value(page, 'Current MSID').toHaveValue(MSID_NOW), ['wrong-backup-password']],
    // 10520 beside it names the missing secret; the code alone still fits the other two.
    [
      10527,
      () => value(page, 'Secret number').toHaveValue('2'),
      ['secret-missing', 'secret-unreadable', 'secret-mismatch'],
    ],
    [
      10532,
      () => value(page, 'Secret server name in the event').toHaveValue('SSOCLUSTER'),
      ['cluster-node', 'wrong-secret-server-name', 'sso-service-unavailable'],
    ],
  ];
  for (const [event, shows, expected] of picks) {
    await page.getByRole('radio', { name: new RegExp(`event ${event}`) }).check();
    await expect(page).toHaveURL(new RegExp(`event=${event}`));
    await shows();
    expect(await resultOfCase(page), String(event)).toEqual(expected);
    await page.goto('./');
    await openFile(page, 'Application.xml', xmlExport(FAMILY_LOG));
    await expect(radios).toHaveCount(5);
  }
});

test('a 10526 pasted into a 10560 case moves it back to the default event', async ({ page }) => {
  await openLink(page, '', 'v=1&event=10560&code=0x80070070');
  await pasteEvent(
    page,
    eventXml(10526, 2, [
      'CONTOSO\\jdoe',
      'SSO01',
      '{3F2504E0-4F89-11D3-9A0C-0305E82C3301}',
      '0xC0002A14',
    ]),
  );
  await expect(page).toHaveURL(/event=10526/);
  await value(page, 'Error code').toHaveValue('0xC0002A14');
  await expect(page.getByLabel('File name')).toHaveCount(0);
  expect(await resultOfCase(page)).toEqual(['not-sso-admin']);
});
