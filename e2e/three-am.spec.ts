import type { Page } from '@playwright/test';
import { EVENT_VIEWER_COPY, MESSAGE_ONLY } from '../src/domain/test-fixtures/events';
import { NOT_ELEVATED_BLOCK } from '../src/domain/test-fixtures/collector-blocks';
import { TWO_ATTEMPTS, xmlExport } from '../src/domain/test-fixtures/log-exports';
import { test, expect, openLink, primary, answer, pasteEvent, openFile } from './fixtures';

// The 3 a.m. pass: each screen read by a tired person on call.

const heading = (page: Page) => page.locator('#step-heading');

/** Opens the start step and gives it a file through its one file opener. */
async function openOnStart(page: Page, name: string, text: string) {
  await page.goto('./');
  await openFile(page, name, text, 'text/xml');
}

test('each step opens at its top with its heading focused, on a laptop and on a phone', async ({
  page,
}) => {
  for (const size of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(size);
    await openLink(page, '', 'v=1&code=0x80070005');
    // Tab to the primary button as a keyboard user would: the page scrolls down to it.
    await primary(page).focus();
    await page.keyboard.press('Enter');
    await expect(heading(page)).toHaveText('Check the event log');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await expect(heading(page)).toBeFocused();
    await primary(page).focus();
    await page.keyboard.press('Enter');
    await expect(heading(page)).toHaveText('Check admin rights');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await expect(heading(page)).toBeFocused();
  }
});

test('no field shows an example inside it, and a field the paste did not fill says so', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.locator('input[placeholder], textarea[placeholder]')).toHaveCount(0);
  await expect(page.getByText(/Example: 0xC0002A14/)).toBeVisible();
  // The message alone has no event time and no logging computer.
  await pasteEvent(page, MESSAGE_ONLY);
  await expect(page.getByLabel('Error code')).toHaveValue('0xC0002A14');
  const timeHint = page.locator('p', { hasText: 'Not in the pasted event' });
  await expect(timeHint.first()).toBeVisible();
  const time = page.getByLabel('Time logged (UTC)');
  const described = await time.getAttribute('aria-describedby');
  expect(await page.locator(`[id="${described!.split(' ')[0]!}"]`).textContent()).toContain(
    'Not in the pasted event',
  );
  // A field the paste filled says nothing of the kind.
  const code = await page.getByLabel('Error code').getAttribute('aria-describedby');
  expect(await page.locator(`[id="${code!.split(' ')[0]!}"]`).textContent()).not.toContain(
    'Not in the pasted event',
  );
});

/** Relative luminance of any CSS colour, painted on a canvas in the page to read it as sRGB. */
async function luminanceIn(page: Page, css: string): Promise<number> {
  return page.evaluate((colour) => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 1, 1);
    ctx.fillStyle = colour;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b] = Array.from(ctx.getImageData(0, 0, 1, 1).data).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  }, css);
}

test('print: commands are dark on light with a border, badges keep their meaning, the picture prints once', async ({
  page,
}) => {
  await openLink(page, 'result', 'v=1&code=0xC0002A20&space=no&backup=D%3A%5CSSO%5Cs.bak');
  await page.emulateMedia({ media: 'print' });
  const command = page.locator('[data-cause="backup-disk-full"] pre:not([data-template])').first();
  const style = await command.evaluate((el) => {
    const s = getComputedStyle(el);
    return { color: s.color, background: s.backgroundColor, border: s.borderTopWidth };
  });
  expect(await luminanceIn(page, style.color)).toBeLessThan(0.1);
  expect(await luminanceIn(page, style.background)).toBeGreaterThan(0.8);
  expect(parseFloat(style.border)).toBeGreaterThanOrEqual(1);

  const badge = page.locator('[data-cause="backup-disk-full"] [data-testid="standing"]');
  await expect(badge).toHaveText('confirmed');
  const badgeStyle = await badge.evaluate((el) => {
    const s = getComputedStyle(el);
    return { color: s.color, border: s.borderTopWidth, borderColor: s.borderTopColor };
  });
  expect(await luminanceIn(page, badgeStyle.color)).toBeLessThan(0.05);
  expect(parseFloat(badgeStyle.border)).toBeGreaterThanOrEqual(3);
  expect(await luminanceIn(page, badgeStyle.borderColor)).toBeLessThan(0.05);

  // The words for screen readers stay off the paper: the picture says the same.
  const words = page.getByRole('list', { name: 'Where it broke, in words' });
  expect((await words.boundingBox())?.height ?? 0).toBeLessThanOrEqual(1);
});

test('print keeps the question that would settle an undecided diagnosis', async ({ page }) => {
  await openLink(page, 'result', 'v=1&code=0x80070005');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print-splitter')).toBeVisible();
  await expect(page.getByTestId('print-splitter')).toContainText('Did the tool run elevated');
});

test('one way in for a file: a saved event goes to Event text, a log to the log reader', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.locator('input[type=file]')).toHaveCount(1);
  await openFile(page, 'event.txt', EVENT_VIEWER_COPY, 'text/plain');
  await expect(page.getByTestId('file-opened')).toContainText('event.txt was read into Event text');
  await expect(page.getByLabel('Error code')).toHaveValue('0xC0002A14');
  await openFile(page, 'Application.xml', xmlExport(), 'text/xml');
  await expect(page.getByTestId('file-opened')).toContainText('holds a whole log');
  await expect(page.getByTestId('log-summary')).toContainText('Read 8 events from Application.xml');
});

test('a saved console longer than Event text holds is read from its start, and the page says so', async ({
  page,
}) => {
  await page.goto('./');
  const console = `${NOT_ELEVATED_BLOCK}\n${'PS C:\\> \n'.repeat(150_000)}`;
  await openFile(page, 'console.txt', console, 'text/plain');
  // A million characters are read like a paste of that size: seconds on a busy machine.
  await expect(page.getByTestId('file-opened')).toContainText(
    'console.txt is longer than Event text holds: its first 1,000,000 characters were read into it.',
    { timeout: 30_000 },
  );
  await expect(page.getByLabel('Client user')).toHaveValue('CONTOSO\\jdoe');
});

test('a command missing a value asks for it above it, and commands that find the value come first', async ({
  page,
}) => {
  await openLink(page, 'result', 'v=1&code=0x800706BA&svc=no');
  const card = page.locator('[data-cause="sso-service-unavailable"]');
  const pres = card.locator('pre');
  const texts = await pres.allTextContents();
  const find = texts.findIndex((t) => t.includes('ssomanage.exe" -displaydb'));
  const need = texts.findIndex((t) => t.includes('Invoke-Command'));
  expect(find).toBeGreaterThanOrEqual(0);
  expect(find).toBeLessThan(need);
  const field = card.getByLabel('Secret server name (fills the command below)');
  await expect(field).toHaveCount(1);
  await field.fill('SSO01');
  await expect(card.getByText("Invoke-Command -ComputerName 'SSO01'").first()).toBeVisible();
  await expect(card.locator('pre[data-template]')).toHaveCount(0);
  await expect(page).toHaveURL(/secretserver=SSO01/);
  // The field stays while it is typed in, though the command is complete.
  await expect(field).toHaveValue('SSO01');
});

test('the timeline labels never overlap, and the list says what each event means', async ({
  page,
}) => {
  await openOnStart(page, 'Application.xml', xmlExport(TWO_ATTEMPTS));
  const labels = page.getByTestId('timeline').locator('text[data-label-lane]');
  await expect(labels).toHaveCount(3);
  const boxes = await labels.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    }),
  );
  for (let a = 0; a < boxes.length; a++)
    for (let b = a + 1; b < boxes.length; b++) {
      const [p, q] = [boxes[a]!, boxes[b]!];
      const overlap = p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom;
      expect(overlap, `labels ${a} and ${b} overlap`).toBe(false);
    }
  const words = page.getByRole('list', { name: 'Around the failure, in words' });
  await expect(words).toContainText('10560');
  await expect(words.locator('li', { hasText: '10784' })).toContainText(/backup/i);
  await expect(words.locator('li', { hasText: 'the failure picked' })).toContainText(
    'Failed to generate a new master secret',
  );
});

test('a log with no ENTSSO event says which log to bring and how to save it', async ({ page }) => {
  const other = xmlExport().replaceAll('Name="ENTSSO"', 'Name="Service Control Manager"');
  await openOnStart(page, 'System.xml', other);
  await expect(page.getByTestId('log-summary')).toContainText('none came from ENTSSO');
  await expect(page.getByTestId('which-log')).toContainText('Application');
  await expect(page.getByTestId('which-log')).toContainText('wevtutil epl Application');
});

test('the event-log step shows what an import found as found, with counters in words', async ({
  page,
}) => {
  await openOnStart(page, 'Application.xml', xmlExport(TWO_ATTEMPTS));
  await expect(page.getByLabel('Error code')).toHaveValue('0xC0002A20');
  await page.getByRole('link', { name: /^2\. Event log$/ }).click();
  const groups = page.getByRole('group', { name: 'Which related events did you find?' });
  await expect(groups).toContainText('ticked as found');
  await expect(groups).not.toContainText(/Not looked yet|not looked of/);
  await expect(page.locator('details[data-group="backup"] summary')).toContainText(
    /\d of \d+ found/,
  );
  await expect(page.locator('details[data-group="rights"] summary')).toContainText(
    'not looked for yet',
  );
});

test('no code: the result leads with the collector and two checks, not a cause card', async ({
  page,
}) => {
  await openLink(page, 'result', 'v=1&user=CONTOSO%5Cjdoe');
  const start = page.getByTestId('start-here');
  await expect(start).toBeVisible();
  await expect(start.getByTestId('collector-panel')).toBeVisible();
  await expect(start.locator('fieldset[data-check]')).toHaveCount(2);
  await expect(page.locator('[data-cause]')).toBeHidden();
  // The start-here block comes before any cause, and answering one of its checks names causes.
  await start
    .locator('fieldset[data-check]')
    .first()
    .getByRole('radio', { name: 'No', exact: true })
    .click();
  await expect(page.locator('[data-cause]').first()).toBeVisible();
  await expect(page.getByTestId('start-here')).toHaveCount(0);
});

test('the admin-rights step asks what can change the ranking and folds the rest', async ({
  page,
}) => {
  await openLink(page, 'admin-rights', 'v=1&code=0x80070005');
  const other = page.getByTestId('other-checks');
  await expect(other).toBeVisible();
  await expect(other.locator('summary').first()).toContainText('Other checks (');
  // Access denied: the rights checks are asked; the service and cluster ones are folded.
  for (const id of ['elevated', 'localadmin', 'ssoadmin'])
    await expect(page.locator(`fieldset[data-check="${id}"]`)).toBeVisible();
  for (const id of ['svc', 'cluster', 'rpc'])
    await expect(page.locator(`fieldset[data-check="${id}"]`)).toBeHidden();
  await other.locator('summary').first().click();
  await expect(page.locator('fieldset[data-check="svc"]')).toBeVisible();
  // An answer given in the fold stays where it was given.
  await answer(page, 'svc', 'Yes');
  await expect(other.locator('fieldset[data-check="svc"]')).toBeVisible();
  // Answers on the step never move another question in or out of the fold.
  const folded = () =>
    other.locator('fieldset[data-check]').evaluateAll((els) => els.map((e) => e.dataset.check));
  const before = await folded();
  for (const id of ['elevated', 'localadmin', 'ssoadmin']) await answer(page, id, 'No');
  expect(await folded()).toEqual(before);
  // A link that carries an answer to a folded check opens the fold to show it.
  await openLink(page, 'admin-rights', 'v=1&code=0x80070005&cluster=no');
  await expect(page.locator('fieldset[data-check="cluster"]')).toBeVisible();
});

test('another event pasted: what it means and the step where it counts', async ({ page }) => {
  const other = EVENT_VIEWER_COPY.replace('Event ID:      10526', 'Event ID:      10771');
  await page.goto('./');
  await pasteEvent(page, other);
  const wrong = page.getByTestId('wrong-event');
  await expect(wrong).toContainText('This is event 10771, not 10526.');
  await expect(wrong).toContainText('Not a local administrator, or not elevated.');
  await expect(page.getByTestId('reader-summary').getByText('This is event 10771')).toHaveCount(1);
  await wrong.getByRole('button', { name: /open the event-log step/ }).click();
  await expect(heading(page)).toHaveText('Check the event log');
  await expect(page.locator('#seen-10771')).toBeChecked();
});

test('every guide gives its cautions before its first step', async ({ page }) => {
  for (const id of ['restore-master-secret', 'sso-administrators', 'master-secret-server']) {
    await page.goto(`./#/guides/${id}`);
    const cautions = page.getByTestId('guide-cautions');
    await expect(cautions).toBeVisible();
    const before = await cautions.evaluate((box) => {
      const firstStep = document.querySelector('section ol li');
      return firstStep
        ? (box.compareDocumentPosition(firstStep) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
        : false;
    });
    expect(before, id).toBe(true);
  }
});

test('a removed direction character is shown by its code in the note, not applied', async ({
  page,
}) => {
  await openLink(page, 'result', 'v=1&user=CONTOSO%5Cj%E2%80%AEdoe&code=0x80070005');
  const note = page.getByTestId('dropped');
  await expect(note).toContainText('<U+202E>');
  expect(await note.textContent()).not.toContain('\u202e');
});
