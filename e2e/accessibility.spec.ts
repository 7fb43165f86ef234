import AxeBuilder from '@axe-core/playwright';
import { EVENT_VIEWER_COPY_WITH_XML } from '../src/domain/test-fixtures/events';
import type { Page } from '@playwright/test';
import { test, expect, openLink, pasteEvent } from './fixtures';

// One page of each kind: each step, each kind of start page (the fields differ by event),
// a decided result, one with unusable link values, one that names no cause.
const PAGES: ReadonlyArray<[string, string]> = [
  ['', ''],
  ['', 'v=1&code=zzz&user=CONTOSO%5Cjdoe'],
  ['', 'v=1&event=10532&triedserver=ENTSSO&code=0x800706D9'],
  ['', 'v=1&event=10560&backup=D%3A%5Cx.bak&msid=0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0'],
  ['event-log', 'v=1&time=2024-03-05T14:07:12Z&host=SSO01&seen=10772'],
  ['admin-rights', 'v=1&code=0x80070005&elevated=no'],
  ['backup-file', 'v=1&event=10560&code=0x80070070'],
  ['secret-server', 'v=1&event=10527&code=0xC0002A0E'],
  ['result', 'v=1&code=0x80070005&elevated=yes&seen=10525'],
  ['result', 'v=1&code=bad&seen=abc'],
  ['result', 'v=1&event=10532'],
  // Several computers: origins, a disagreement and the other half of the fetch.
  [
    'result',
    'v=2&event=10532&code=0x80070005&o.code=e%3ABTS01&host=BTS01&o.host=e%3ABTS01&triedserver=SSOMSS01&cluster=yes&o.cluster=c%3ANODE1&d.cluster=a+cluster+resource&x.svc=c%3ANODE1~yes&x.svc=c%3ANODE2~no&h.event=10527&h.host=SSOMSS01&h.computer=BTS01&h.code=0xC0002A1F',
  ],
];

/** Serious or critical violations on the page as it stands, every folded part opened. */
async function seriousViolations(page: Page, rules?: string[]): Promise<string[]> {
  await page.evaluate(() =>
    document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')),
  );
  const builder = new AxeBuilder({ page });
  const results = await (
    rules
      ? builder.withRules(rules)
      : builder.withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'])
  ).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// Every rule, in light mode, on every page.
for (const [step, query] of PAGES) {
  test(`axe finds nothing serious on #/${step}?${query}`, async ({ page }) => {
    await openLink(page, step, query);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

// Dark mode and print change colours only: contrast is checked there, once on each page
// whose components differ (each step, a decided result and one that names no cause).
const COLOURED: ReadonlyArray<[string, string]> = [
  ['', 'v=1&event=10560&backup=D%3A%5Cx.bak&msid=0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0'],
  ['event-log', 'v=1&time=2024-03-05T14:07:12Z&host=SSO01&seen=10772'],
  ['admin-rights', 'v=1&code=0x80070005&elevated=no'],
  ['backup-file', 'v=1&backup=D%3A%5Cx.bak&ntfs=yes'],
  ['secret-server', 'v=1&event=10532&code=0x800706D9&cluster=yes'],
  ['result', 'v=1&code=0x80070005&elevated=yes&seen=10525'],
  ['result', 'v=1&event=10532'],
  // Several computers: origins, a disagreement and the other half of the fetch.
  [
    'result',
    'v=2&event=10532&code=0x80070005&o.code=e%3ABTS01&host=BTS01&o.host=e%3ABTS01&triedserver=SSOMSS01&cluster=yes&o.cluster=c%3ANODE1&d.cluster=a+cluster+resource&x.svc=c%3ANODE1~yes&x.svc=c%3ANODE2~no&h.event=10527&h.host=SSOMSS01&h.computer=BTS01&h.code=0xC0002A1F',
  ],
];
const MODES = [
  ['dark', (page: Page) => page.emulateMedia({ colorScheme: 'dark' })],
  ['print', (page: Page) => page.emulateMedia({ media: 'print' })],
] as const;

for (const [mode, emulate] of MODES) {
  test(`colour contrast holds in ${mode} mode on every kind of page`, async ({ page }) => {
    test.setTimeout(120_000);
    await emulate(page);
    for (const [step, query] of COLOURED) {
      await openLink(page, step, query);
      expect
        .soft(await seriousViolations(page, ['color-contrast']), `#/${step}?${query}`)
        .toEqual([]);
    }
  });
}

test('axe finds nothing serious after a paste', async ({ page }) => {
  await page.goto('./');
  await pasteEvent(page, EVENT_VIEWER_COPY_WITH_XML);
  await expect(page.getByTestId('reader-summary')).not.toBeEmpty();
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
  ).toEqual([]);
});
