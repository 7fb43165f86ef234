import { EVENT_VIEWER_COPY_WITH_XML, MESSAGE_ONLY } from '../src/domain/test-fixtures/events';
import { FAMILY_LOG, xmlExport } from '../src/domain/test-fixtures/log-exports';
import {
  test,
  expect,
  expectNoCauseNamed,
  openLink,
  causes,
  primary,
  advance,
  answer,
  pasteEvent,
  holdRequests,
  openFile,
  HEADINGS,
} from './fixtures';
import type { Page } from '@playwright/test';

// A word that only the pasted text holds, never a value read from it.
const MARKER = 'PRIVATE-PASTE-MARKER';
const ONE_EVENT = EVENT_VIEWER_COPY_WITH_XML.replace(
  'Failed to generate a new master secret.',
  `Failed to generate a new master secret. ${MARKER}`,
);

/**
 * Sets the Event text the way a paste does (one input event with the whole text), the
 * text made in the page so that the test's own transfer is not timed. Resolves with the
 * milliseconds from the paste until the Error code field shows `code`.
 */
async function paste(page: Page, text: string, times = 1, code?: string): Promise<number> {
  return page.getByLabel('Event text').evaluate(
    (el, { value, times, code }) =>
      new Promise<number>((resolve) => {
        const whole = value.repeat(times);
        const started = performance.now();
        // The prototype's setter, as the browser sets a pasted value: React sees a change.
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(
          el,
          whole,
        );
        el.dispatchEvent(new Event('input', { bubbles: true }));
        const field = () => document.querySelector<HTMLInputElement>('input[name="code"]');
        const wait = () => {
          if (code === undefined || field()?.value === code) resolve(performance.now() - started);
          else requestAnimationFrame(wait);
        };
        wait();
      }),
    { value: text, times, code },
  );
}

async function expectNothingPastedInLinks(page: Page) {
  expect(page.url()).not.toContain(MARKER);
  expect(page.url()).not.toContain('text=');
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((els) => els.map((el) => (el as HTMLAnchorElement).href));
  for (const href of hrefs) expect(href).not.toContain(MARKER);
}

// The suite's one big paste: 10 MB from the clipboard, as a person pasting a whole log does.
test('a 10 MB paste is cut before the box lays it out; the page answers, the case survives, the address holds none of it', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  const times = Math.ceil(10_000_000 / (ONE_EVENT.length + 1));
  await page.evaluate(({ value, times }) => navigator.clipboard.writeText(value.repeat(times)), {
    value: ONE_EVENT + '\n',
    times,
  });
  const box = page.getByLabel('Event text');
  await box.focus();
  await page.keyboard.press('Control+V');
  await expect(page.getByLabel('Error code')).toHaveValue('0xC0002A14', { timeout: 60_000 });
  // The box holds what the tab keeps, not the 10 MB; the page says how much was pasted.
  expect(await box.evaluate((el: HTMLTextAreaElement) => el.value.length)).toBe(1_000_000);
  await expect(page.getByTestId('reader-summary')).toContainText(
    `The paste has ${((ONE_EVENT.length + 1) * times).toLocaleString('en-US')} characters`,
  );
  await expect(page.getByTestId('reader-summary')).toContainText('first 1,000,000');
  await expectNothingPastedInLinks(page);

  await primary(page).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Diagnosis' })).toBeVisible({
    timeout: 30_000,
  });
  await expectNothingPastedInLinks(page);
  await expect(page.getByLabel('Link to this result')).not.toHaveValue(new RegExp(MARKER));
  await page.goBack();
  await expect(page.getByLabel('Event text')).toHaveValue(new RegExp(MARKER));
  await page.reload();
  await expect(page.getByLabel('Event text')).toHaveValue(new RegExp(MARKER));
  await expect(page.getByLabel('Client user')).toHaveValue('CONTOSO\\jdoe');
  for (const step of ['Event log', 'Admin rights', 'Backup file', 'Result']) {
    await page
      .getByRole('navigation', { name: 'Steps' })
      .getByRole('link', { name: new RegExp(step) })
      .click();
    await expect(page.locator('#step-heading')).toBeVisible();
    await expectNothingPastedInLinks(page);
    const history = await page.evaluate(() => JSON.stringify(window.history.state));
    expect(history).not.toContain(MARKER);
  }
});

test('a paste that lands while someone types in another field takes none of their keys', async ({
  page,
}) => {
  await page.goto('./');
  // The reader arrives in the middle of the typing below, so the paste lands there.
  const readerArrives = await holdRequests(page, '**/read-event-*.js');
  // The message alone gives no time: the field being typed in is not the paste's.
  await pasteEvent(page, MESSAGE_ONLY);
  await page.getByLabel('Time logged (UTC)').focus();
  await page.keyboard.type('2024-03-05T14:', { delay: 20 });
  readerArrives();
  await expect(page.getByLabel('Error code')).toHaveValue('0xC0002A14');
  await page.keyboard.type('07:12Z', { delay: 20 });
  await expect(page.getByLabel('Error code')).toHaveValue('0xC0002A14');
  await expect(page.getByLabel('Time logged (UTC)')).toHaveValue('2024-03-05T14:07:12Z');
  await expect(page).toHaveURL(/time=2024-03-05T14%3A07%3A12Z/);
});

test('command output stays out of the address too, and survives a reload', async ({ page }) => {
  await openLink(page, 'event-log', 'v=1&code=0x80004005');
  await page.getByLabel('Command output').fill(`Id : 10771\nMessage : ${MARKER}`);
  await expect(page.getByRole('checkbox', { name: /^10771\b/ })).toBeChecked();
  await expectNothingPastedInLinks(page);
  await page.reload();
  await expect(page.getByLabel('Command output')).toHaveValue(new RegExp(MARKER));
});

test('a paste the full tab storage refused never brings back the one before it on reload', async ({
  page,
}) => {
  await page.goto('./');
  await pasteEvent(page, EVENT_VIEWER_COPY_WITH_XML);
  await expect(page.getByLabel('Error code')).toHaveValue('0xC0002A14');
  // The tab's storage fills up: every write is refused from now on.
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await page
    .getByLabel('Event text')
    .fill(EVENT_VIEWER_COPY_WITH_XML.replaceAll('0xC0002A14', '0x80070005'));
  await expect(page.getByLabel('Error code')).toHaveValue('0x80070005');
  await page.reload();
  await expect(page.getByLabel('Error code')).toHaveValue('0x80070005');
  await expect(page.getByLabel('Event text')).not.toHaveValue(/0xC0002A14/);
});

test('New case empties the case; Undo and Back bring it back with its paste; the paste can be forgotten', async ({
  page,
}) => {
  await page.goto('./');
  await paste(page, ONE_EVENT);
  await expect(page.getByLabel('Error code')).toHaveValue('0xC0002A14');
  const newCase = page.getByRole('button', { name: 'New case' });
  await newCase.click();
  await expect(page.getByLabel('Event text')).toHaveValue('');
  await expect(page.getByLabel('Error code')).toHaveValue('');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Event text')).toHaveValue(ONE_EVENT);
  await expect(page.getByLabel('Error code')).toHaveValue('0xC0002A14');
  await expect(page.getByTestId('new-case-notice')).toHaveCount(0);
  await newCase.click();
  await expect(page.getByLabel('Error code')).toHaveValue('');
  await page.goBack();
  await expect(page.getByLabel('Event text')).toHaveValue(ONE_EVENT);
  await page.goForward();
  await expect(page.getByLabel('Event text')).toHaveValue('');
  await page.getByRole('button', { name: 'Forget the pasted text' }).click();
  await expect(page.getByTestId('new-case-notice')).toContainText('forgotten');
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  await page.goBack();
  // The old entry keeps its values; its key finds no text any more.
  await expect(page.getByLabel('Error code')).toHaveValue('0xC0002A14');
  await expect(page.getByLabel('Event text')).toHaveValue('');
});

test('a pasted value the form would refuse is left out with the reason', async ({ page }) => {
  await page.goto('./');
  await paste(page, 'Event ID: 0\nClient User: CONTOSO\tjdoe\nError Code: 0x80070005');
  await expect(page.getByLabel('Error code')).toHaveValue('0x80070005');
  await expect(page.getByLabel('Event ID')).toHaveValue('');
  await expect(page.getByLabel('Client user')).toHaveValue('');
  await expect(page.getByTestId('reader-summary')).toContainText('Event ID "0" was left out');
  await expect(page.getByTestId('reader-summary')).toContainText('Client user');
});

test('direction and invisible characters are removed, with a note, and never reach a command', async ({
  page,
}) => {
  const user = encodeURIComponent('CONTOSO\\\u202Eeod\u202Cj');
  await openLink(page, 'admin-rights', `v=1&user=${user}&computer=SS%E2%81%A6O01&mss=yes`);
  await expect(page.getByTestId('dropped')).toContainText('cleaned before use');
  for (const summary of await page.locator('summary').all()) await summary.click();
  const commands = (await page.locator('pre').allTextContents()).join('\n');
  expect(commands).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  await page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('link', { name: /Result/ })
    .click();
  await expect(page.getByTestId('case-facts')).toContainText('CONTOSO\\eodj');
  const link = await page.getByLabel('Link to this result').inputValue();
  expect(decodeURIComponent(link)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
});

test('an answer adds no history entry; a step does', async ({ page }) => {
  await openLink(page, 'admin-rights', 'v=1&code=0x80070005');
  const before = await page.evaluate(() => history.length);
  for (const check of ['elevated', 'localadmin', 'mss']) await answer(page, check, 'Yes');
  expect(await page.evaluate(() => history.length)).toBe(before);
  await advance(page, 'backup-file');
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
});

test('a link that gives a value twice, or with broken %-encoding, uses neither and says why', async ({
  page,
}) => {
  await page.goto('./#/result?v=1&code=0x80070005&code=0xC0002A14&user=CONTOSO%5Cj%FFdoe');
  await expect(page.getByRole('heading', { level: 1, name: 'Diagnosis' })).toBeVisible();
  const dropped = page.getByTestId('dropped');
  await expect(dropped).toContainText('gives code 2 times');
  await expect(dropped).toContainText('U+FFFD');
  await expectNoCauseNamed(page);
});

test('a long list of bad values in a small link lists a few and counts the rest', async ({
  page,
}) => {
  await page.goto(`./#/result?v=1&seen=${'x,'.repeat(8000)}10772`);
  await expect(page.getByRole('heading', { level: 1, name: 'Diagnosis' })).toBeVisible();
  await expect(page.getByTestId('dropped').locator('li')).toHaveCount(9);
  await expect(page.getByTestId('dropped')).toContainText('and 7,992 more');
  expect((await causes(page))[0]).toBe('not-sso-admin');
});

test('a link longer than the limit is not read, and says so', async ({ page }) => {
  await page.goto(`./#/result?v=1&seen=${'x,'.repeat(50_000)}`);
  await expect(page.getByTestId('dropped')).toContainText('at most 16,384 characters');
  await expectNoCauseNamed(page);
});

test('a 1 MB link is refused, and neither its links nor its next address carry it', async ({
  page,
}) => {
  test.setTimeout(90_000);
  // Most of the wait is the browser taking in a 1 MB address, not the page.
  await page.goto(`./#/?v=1&user=${'x'.repeat(1_000_000)}`, { waitUntil: 'commit' });
  await expect(page.getByTestId('dropped')).toContainText('at most 16,384 characters', {
    timeout: 60_000,
  });
  const hrefs = await page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href.length).toBeLessThan(100);
  await page.getByLabel('Error code').fill('0xC0002A14');
  await expect(page).toHaveURL(/code=0xC0002A14/);
  expect(page.url().length).toBeLessThan(200);
});

test('impossible times are dropped with a reason', async ({ page }) => {
  await openLink(page, 'result', 'v=1&time=0000-01-01T00:30:00%2B01:00&code=0xC0002A14');
  await expect(page.getByTestId('dropped')).toContainText('between the years 1601 and 9999');
  await openLink(page, 'result', 'v=1&time=2024-02-31T10:00:00Z');
  await expect(page.getByTestId('dropped')).toContainText('not a date on the calendar');
});

test('a link whose path cannot be decoded shows the not-found page without a warning', async ({
  page,
}) => {
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
  });
  await page.goto('./#/%E0%A4%A?v=1');
  await expect(page.getByRole('heading', { name: 'No such page' })).toBeVisible();
  expect(warnings).toEqual([]);
});

test('the build carries a web.config with the headers a meta tag cannot set', async ({
  request,
}) => {
  const config = await (await request.get('./web.config')).text();
  expect(config).toContain("frame-ancestors 'none'");
  expect(config).toContain('name="X-Content-Type-Options" value="nosniff"');
  expect(config).toContain('name="Referrer-Policy" value="no-referrer"');
  expect(config).toContain('name="Cross-Origin-Opener-Policy" value="same-origin"');
  expect(config).toContain('name="Cross-Origin-Resource-Policy" value="same-origin"');
  expect(config).toMatch(/name="Permissions-Policy" value="camera=\(\), microphone=\(\)/);
  expect(config).toContain('<remove name="X-Powered-By" />');
  expect(config).toContain('<mimeMap fileExtension=".json" mimeType="application/json" />');
});

test.describe('a part that fails to load once', () => {
  // The aborted request is logged by the browser; the page itself must stay quiet.
  test.use({ expectedErrors: [/Failed to load resource/] });

  /**
   * Aborts every request for a chunk until `heal` is called, as a dropped connection or a
   * redeploy would; counts the requests that went through after it.
   */
  async function failUntilHealed(page: Page, glob: string) {
    let healed = false;
    let served = 0;
    await page.route(glob, (route) => {
      if (!healed) return route.abort();
      served++;
      return route.continue();
    });
    return { heal: () => (healed = true), served: () => served };
  }

  test("a sibling's link whose model fails is loaded again from the page, without a reload", async ({
    page,
  }) => {
    const chunk = await failUntilHealed(page, '**/assets/entsso-10532-*.js');
    await page.goto('./?load=retry-link#/admin-rights?v=1&event=10532&code=0x80070005');
    await expect(page.getByRole('alert')).toContainText('could not be loaded');
    chunk.heal();
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => navigations.push(frame.url()));
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.locator('#step-heading')).toBeVisible();
    await expect(page.getByTestId('case-event')).toContainText('Event 10532:');
    expect(chunk.served()).toBe(1);
    expect(navigations, 'no reload').toEqual([]);
  });

  test('a step whose words fail keeps the frame and the case, and loads on retry', async ({
    page,
  }) => {
    await openLink(page, '', 'v=1&code=0x80070005');
    const chunk = await failUntilHealed(page, '**/assets/entsso-10526-*.js');
    await primary(page).click();
    await expect(page.getByRole('alert')).toContainText('could not be loaded');
    chunk.heal();
    await expect(page.getByRole('navigation')).toBeVisible();
    expect(page.url()).toContain('code=0x80070005');
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: HEADINGS['event-log'] }),
    ).toBeVisible();
    expect(chunk.served()).toBe(1);
  });
});

test.describe('a reader or a model that fails while the person works', () => {
  test.use({ expectedErrors: [/Failed to load resource/] });

  test('a paste whose reader fails keeps its text, says so, and is read on retry', async ({
    page,
  }) => {
    await page.goto('./');
    let healed = false;
    await page.route('**/assets/read-event-*.js', (route) =>
      healed ? route.continue() : route.abort(),
    );
    await pasteEvent(page, EVENT_VIEWER_COPY_WITH_XML);
    await expect(page.getByRole('alert')).toContainText('reader of this text could not be loaded');
    await expect(page.getByLabel('Event text')).toHaveValue(EVENT_VIEWER_COPY_WITH_XML);
    expect(page.url()).not.toContain('code=');
    healed = true;
    await page.getByRole('button', { name: 'Load the reader again' }).click();
    await expect(page.getByLabel('Error code')).toHaveValue('0xC0002A14');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test("a log whose picked failure's model fails lists every failure and retries that one", async ({
    page,
  }) => {
    await page.goto('./');
    let healed = false;
    await page.route('**/assets/entsso-10532-*.js', (route) =>
      healed ? route.continue() : route.abort(),
    );
    await openFile(page, 'family.xml', xmlExport(FAMILY_LOG));
    await expect(page.getByTestId('log-summary')).toContainText('5 of them failures');
    const list = page.getByRole('group', { name: 'Which failure? (newest first)' });
    await expect(list.getByRole('radio')).toHaveCount(5);
    await list.getByRole('radio', { name: /event 10532/ }).check();
    await expect(page.getByTestId('pick-error')).toContainText('event 10532');
    healed = true;
    await page.getByRole('button', { name: 'Load it again' }).click();
    await expect(page).toHaveURL(/event=10532/);
    await expect(page.getByTestId('pick-error')).toHaveCount(0);
  });
});
