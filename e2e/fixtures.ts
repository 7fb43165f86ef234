import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { STEP_TABLE, type StepId } from '../src/domain/steps';

/**
 * Every test runs with two guards: no request may leave the app's own origin (each one is
 * recorded and fails the test), and
 * the page may log no errors or Content-Security-Policy violations.
 */
export const test = base.extend<{ guard: void; expectedErrors: RegExp[] }>({
  /** Console errors a test provokes on purpose. */
  expectedErrors: [[], { option: true }],
  guard: [
    async ({ page, baseURL, expectedErrors }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const foreign: string[] = [];
      const problems: string[] = [];
      // Recorded, not intercepted: routing every request would turn the browser's cache
      // off for the whole test. Nothing is there to answer one anyway.
      page.on('request', (request) => {
        const url = request.url();
        if (!/^(?:data|blob):/.test(url) && !url.startsWith(origin)) foreign.push(url);
      });
      page.on('console', (msg) => {
        if (msg.type() === 'error' && !expectedErrors.some((re) => re.test(msg.text())))
          problems.push(msg.text());
      });
      page.on('pageerror', (err) => problems.push(err.message));
      await use();
      expect(foreign, 'requests to other origins').toEqual([]);
      expect(problems, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens a step with link parameters, as a shared link would. */
let loads = 0;

export async function openLink(page: Page, step: string, query: string): Promise<void> {
  // A query before the # makes every call a fresh page load: a link opened in a tab that
  // shows another step would otherwise be a same-page hash change, and the old step's
  // heading could answer the wait below.
  await page.goto(`./?load=${++loads}#/${step}${query ? `?${query}` : ''}`);
  await expect(page.locator('#step-heading')).toBeVisible();
}

/**
 * The causes the result lists, in order. With none named, the general advice (and any
 * suspects the event's page names) is folded under "Start here", which must be on screen.
 */
export async function causes(page: Page): Promise<string[]> {
  const list = page.locator('[data-cause]');
  await expect(list.first()).toBeAttached();
  const ids = await list.evaluateAll((els) => els.map((el) => el.getAttribute('data-cause') ?? ''));
  if (ids[0] === 'unknown') await expect(page.getByTestId('start-here')).toBeVisible();
  else await expect(list.first()).toBeVisible();
  return ids;
}

/** The result names no cause: it leads with where to start, the general advice folded. */
export async function expectNoCauseNamed(page: Page): Promise<void> {
  await expect(page.getByTestId('start-here')).toBeVisible();
  await expect(page.locator('[data-cause]')).toHaveCount(1);
  await expect(page.locator('[data-cause]')).toHaveAttribute('data-cause', 'unknown');
  // Every card has a standing (contract): the general advice is only possible.
  await expect(page.locator('[data-cause]')).toHaveAttribute('data-standing', 'possible');
  await expect(page.locator('[data-cause]')).toBeHidden();
}

export function primary(page: Page) {
  return page.getByRole('button', { name: /^(Next|Show result)$/ });
}

/** Each step's page heading, from the app's steps table. */
export const HEADINGS = Object.fromEntries(
  STEP_TABLE.map((row) => [row.id, row.heading]),
) as Record<StepId, string>;

/**
 * Types an error code on the start step and waits for its explanation, as a person reads
 * it before pressing Next: the explanation grows the page above the button.
 */
export async function enterCode(page: Page, code: string): Promise<void> {
  await page.getByLabel('Error code').fill(code);
  await expect(page.getByTestId('code-explanation')).toBeVisible();
}

/** Presses the primary button and waits until the step it leads to is on screen. */
export async function advance(page: Page, to: StepId): Promise<void> {
  await primary(page).click();
  await expect(page.getByRole('heading', { level: 1, name: HEADINGS[to] })).toBeVisible();
}

/** Ticks a related event on the event-log step, opening its group first. */
export async function tickEvent(page: Page, id: number | string): Promise<void> {
  const box = page.locator(`#seen-${id}`);
  const group = page.locator('details[data-group]').filter({ has: box });
  if (!(await group.evaluate((el) => (el as HTMLDetailsElement).open)))
    await group.locator('summary').click();
  await page.getByRole('checkbox', { name: new RegExp(`^${id}\\b`) }).check();
}

type Choice = 'Yes' | 'No' | 'Not checked';

/** One answer of a check, as its radio button (to check it, or to see it checked). */
export function choice(page: Page, check: string, label: Choice): Locator {
  return page
    .locator(`fieldset[data-check="${check}"]`)
    .getByRole('radio', { name: label, exact: true });
}

/** Answers a check, opening "Other checks" first when the step folded it there. */
export async function answer(page: Page, check: string, label: Choice = 'Yes') {
  const fieldset = page.locator(`fieldset[data-check="${check}"]`);
  const fold = page.getByTestId('other-checks').filter({ has: fieldset });
  if ((await fold.count()) > 0 && !(await fold.evaluate((el) => (el as HTMLDetailsElement).open)))
    await fold.locator(':scope > summary').click();
  await choice(page, check, label).check();
}

/** Gives the step on screen a file through its file opener, as a person picking one does. */
export async function openFile(
  page: Page,
  name: string,
  content: string | Buffer,
  mimeType = 'application/octet-stream',
): Promise<void> {
  const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  await page.getByLabel('Open a file').setInputFiles({ name, mimeType, buffer });
}

/** Pastes text into the start step's Event text, as a person pasting an event does. */
export async function pasteEvent(page: Page, text: string): Promise<void> {
  await page.getByLabel('Event text').fill(text);
}

/**
 * Takes the clipboard API away, as on a plain-http intranet host, and records what the
 * page copies through the fallback. Call before the page loads.
 */
export async function recordCopies(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
    (window as unknown as { copied: string[] }).copied = [];
    document.addEventListener('copy', () => {
      (window as unknown as { copied: string[] }).copied.push(String(document.getSelection()));
    });
  });
}

/** The nth text copied since recordCopies, once there is one. */
export async function copiedText(page: Page, index: number): Promise<string> {
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { copied: string[] }).copied.length))
    .toBeGreaterThan(index);
  return page.evaluate((i) => (window as unknown as { copied: string[] }).copied[i] ?? '', index);
}

/**
 * Holds back what the log reader's worker says until `releaseWorkers`, so that a read is
 * "still running" for as long as a test needs, with a log of any size and no sleep. What a
 * worker ended by the page said is never delivered, as with a real worker. Also records,
 * in `window.workerLog`, what the worker said (all but its progress) and when the page ended it.
 * Call before the page loads.
 */
export async function holdWorkers(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Held = { deliver: () => void };
    const w = window as unknown as {
      workerLog: string[];
      heldWorkers: Held[];
      release: () => void;
    };
    w.workerLog = [];
    w.heldWorkers = [];
    let open = false;
    w.release = () => {
      open = true;
      for (const held of w.heldWorkers.splice(0)) held.deliver();
    };
    const Native = window.Worker;
    window.Worker = class extends Native {
      #ended = false;
      #queue: MessageEvent[] = [];
      #onmessage: ((e: MessageEvent) => void) | null = null;
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        // The page's handler is kept here, and called only with what is let through.
        Object.defineProperty(this, 'onmessage', {
          get: () => this.#onmessage,
          set: (handler: ((e: MessageEvent) => void) | null) => {
            this.#onmessage = handler;
          },
        });
        super.addEventListener('message', (e: MessageEvent<{ kind: string }>) => {
          if (e.data.kind !== 'progress') w.workerLog.push(e.data.kind);
          if (open) this.#onmessage?.(e);
          else {
            this.#queue.push(e);
            w.heldWorkers.push({
              deliver: () => {
                const next = this.#queue.shift();
                if (next && !this.#ended) this.#onmessage?.(next);
              },
            });
          }
        });
      }
      override terminate() {
        this.#ended = true;
        w.workerLog.push('ended by the page');
        super.terminate();
      }
    };
  });
}

/** Lets every held worker message through, and any later one at once. */
export async function releaseWorkers(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { release: () => void }).release());
}

/** Waits until the held reader has finished its read (its last message is held). */
export async function workerFinished(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { workerLog: string[] }).workerLog))
    .toContain('done');
}

/**
 * Holds every request matching `glob` until the returned function is called: a chunk that
 * arrives late, exactly when the test says, instead of after a guessed delay.
 */
export async function holdRequests(page: Page, glob: string): Promise<() => void> {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(glob, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}
