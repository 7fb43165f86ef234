import type { Page } from '@playwright/test';
import { test, expect, openLink, recordCopies, copiedText } from './fixtures';

// The 3 a.m. pass, second round: what a tired administrator of any of the five events
// reads before pasting anything, and what the page says only after seeing it.

test('the family is named before anything is pasted, and a sibling can be picked to type it', async ({
  page,
}) => {
  await openLink(page, '', '');
  await expect(page.getByRole('link', { name: 'ENTSSO master secret triage' })).toBeVisible();
  await expect(page).toHaveTitle(/ENTSSO master secret triage/);
  const family = page.getByTestId('family');
  for (const id of ['10524', '10526', '10527', '10532', '10560'])
    await expect(family).toContainText(id);
  await family.getByRole('link', { name: '10532' }).click();
  await expect(page.getByTestId('case-event')).toContainText('Event 10532:');
  await expect(page.getByLabel('Secret server name in the event')).toBeVisible();
  await expect(family.locator('[aria-current="true"]')).toHaveText('10532');
  await page.getByRole('link', { name: 'Guides' }).click();
  await expect(page.locator('#step-heading')).toHaveText('Master secret guides');
  await expect(page.locator('main')).toContainText('10524, 10526, 10527, 10532 and 10560');
});

test('the ticket carries the fix of every confirmed cause, and says when the time was not given', async ({
  page,
}) => {
  await recordCopies(page);
  await openLink(page, 'result', 'v=1&code=0x80070005&elevated=no&localadmin=no');
  await page.getByRole('button', { name: 'Copy summary for a ticket' }).click();
  const summary = await copiedText(page, 0);
  expect(summary).toContain('Confirmed: The tool ran without elevation');
  expect(summary.split('\n').filter((line) => line === '  Fix:')).toHaveLength(2);
  expect(summary).toContain('Time logged (UTC): not given');
});

test('the picture of a passive node says only what was seen', async ({ page }) => {
  await openLink(page, 'result', 'v=1&cluster=yes&owner=no&mssname=yes');
  const picture = page.getByTestId('where-it-broke');
  await expect(picture.locator('[data-part="where"]')).toHaveAttribute('data-state', 'failed');
  await expect(picture.locator('[data-part="where"]')).toContainText('The cluster node it ran on');
  // Nothing tested RPC, nor the owning node's ENTSSO: neither passed nor failed.
  await expect(picture.locator('[data-part="rpc"]')).toHaveAttribute('data-state', 'unchecked');
  await expect(picture.locator('[data-part="service"]')).toHaveAttribute('data-state', 'unchecked');
});

/** The printed pages' text (Chromium's own PDF), spaces dropped: ligatures split words. */
async function printedPages(page: Page): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const data = new Uint8Array(await page.pdf({ format: 'A4' }));
  const pdf = await getDocument({ data, isEvalSupported: false, disableFontFace: true }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join('')
        .replace(/\s+/g, ''),
    );
  }
  return pages;
}
const squeezed = (text: string) => text.replace(/\s+/g, '');

for (const [name, query, decided] of [
  ['10526 decided', 'v=1&code=0x80070005&host=SSO01&elevated=no', true],
  ['10526 undecided', 'v=1&code=0x80070005&host=SSO01', false],
  [
    '10532 decided',
    'v=1&event=10532&code=0x800706D9&triedserver=SSOMSS01&host=BTS01&cluster=yes&netname=no',
    true,
  ],
  ['10532 undecided', 'v=1&event=10532&code=0x800706BA&triedserver=SSOMSS01&host=BTS01', false],
] as const) {
  test(`print of a ${name} result: title block and top cause on page 1, nothing left to type`, async ({
    page,
  }) => {
    await openLink(page, 'result', query);
    const top = (await page.locator('[data-cause] h2').first().textContent()) ?? '';
    const event = query.includes('10532') ? '10532' : '10526';
    await page.emulateMedia({ media: 'print' });
    // No empty box is printed: a value still missing is named in the command's caption.
    for (const box of await page.locator('input[type="text"]:visible, textarea:visible').all())
      expect(await box.inputValue()).not.toBe('');
    const pages = await printedPages(page);
    const first = pages[0] ?? '';
    for (const words of [
      `Event ENTSSO event ${event}`,
      `Computer ${query.includes('BTS01') ? 'BTS01' : 'SSO01'} (logged the event)`,
      'Time (UTC) not given',
      decided ? 'Standing confirmed' : 'Standing not decided',
    ])
      expect(first).toContain(squeezed(words));
    // The rank and title of the top cause, cut before its badge.
    expect(first).toContain(squeezed(top.replace(/(confirmed|possible|indicated.*)$/, '')));
    expect(pages.join('')).not.toContain(squeezed('Template: fill in first'));
    if (decided) return;
    // Undecided: each candidate prints the question and commands that would settle it.
    const candidates = await page.locator('[data-cause]').count();
    expect(candidates).toBeGreaterThan(1);
    const howTo = pages.join('').split(squeezed('How to check:')).length - 1;
    expect(howTo).toBe(candidates);
  });
}
