import type { Page } from '@playwright/test';
import { CONTRACT_CASES } from '../src/domain/test-fixtures/contract-rows';
import { FAMILY_ROWS } from '../src/domain/test-fixtures/family-rows';
import { test, expect } from './fixtures';

/** One row of an evidence table, as the browser checks it. */
interface Row {
  query: string;
  /** The causes listed, in order, or only the first of them. */
  causes: readonly string[];
  exact: boolean;
  standing?: string;
}

const TABLES: ReadonlyArray<[event: number, rows: Row[]]> = [
  [
    10526,
    CONTRACT_CASES.map((row) => ({
      query: row.query,
      causes: [row.top, ...(row.alsoListed ?? [])],
      exact: false,
      ...(row.standing ? { standing: row.standing } : {}),
    })),
  ],
  ...Object.entries(FAMILY_ROWS).map(([event, rows]): [number, Row[]] => [
    Number(event),
    rows.map(([query, causes]) => ({ query: `v=1&event=${event}&${query}`, causes, exact: true })),
  ]),
];

/** What the result page shows for one row, read in one go once it has drawn that row's link. */
interface Shown {
  dropped: string | null;
  causes: string[];
  standings: Record<string, string | null>;
  /** Causes shown for the first time whose card names no source (see below). */
  unsourced: string[];
}

/**
 * Opens a row's link in the page and reads the result once the page has drawn that link.
 * Every listed cause names its sources: Microsoft pages, or the words "field experience";
 * each cause's card is looked at the first time it shows in a table (`checked`).
 */
async function showRow(page: Page, hash: string, link: string, checked: string[]): Promise<Shown> {
  return page.evaluate(
    async ({ hash, link, checked }) => {
      window.location.hash = hash;
      const main = () => document.querySelector('main');
      const drawn = () =>
        main()?.getAttribute('data-case-link') === link &&
        document.querySelector('[data-cause]') !== null;
      const deadline = Date.now() + 10_000;
      while (!drawn()) {
        if (Date.now() > deadline) throw new Error(`the page never drew ${link}`);
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      const cards = [...document.querySelectorAll('[data-cause]')];
      const id = (card: Element) => card.getAttribute('data-cause') ?? '';
      return {
        dropped: main()?.getAttribute('data-dropped') ?? null,
        causes: cards.map(id),
        standings: Object.fromEntries(cards.map((c) => [id(c), c.getAttribute('data-standing')])),
        unsourced: cards
          .filter((card) => !checked.includes(id(card)))
          .filter((card) => {
            const links = [...card.querySelectorAll<HTMLAnchorElement>('[data-sources] a[href]')];
            const microsoft = links.filter((a) =>
              /^https:\/\/(learn|support)\.microsoft\.com\//.test(a.href),
            );
            return (
              links.length > microsoft.length ||
              (microsoft.length === 0 && !/field experience/.test(card.textContent ?? ''))
            );
          })
          .map(id),
      };
    },
    { hash, link, checked },
  );
}

// Every row opens as a link in the built app. The first row of each table is a cold load
// (the event's model arrives lazily); the others change the address in that page, as a
// link pasted into the same tab would, which is what makes 510 rows affordable.
for (const [event, rows] of TABLES) {
  test(`every row of the ${event} evidence table, opened as a link, lists its causes`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const checked = new Set<string>();
    for (const [index, row] of rows.entries()) {
      await test.step(row.query, async () => {
        const hash = `#/result?${row.query}`;
        // The first row is a cold load of the page (its event's model arrives lazily); the
        // others change its address, as a link pasted into the same tab does.
        if (index === 0) await page.goto(`./${hash}`);
        const shown = await showRow(page, hash, new URLSearchParams(row.query).toString(), [
          ...checked,
        ]);
        expect.soft(shown.dropped, row.query).toBe('0');
        if (row.exact) expect.soft(shown.causes, row.query).toEqual(row.causes);
        else {
          expect.soft(shown.causes[0], row.query).toBe(row.causes[0]);
          for (const other of row.causes.slice(1))
            expect.soft(shown.causes, row.query).toContain(other);
        }
        expect.soft(shown.unsourced, row.query).toEqual([]);
        for (const cause of shown.causes) checked.add(cause);
        if (row.standing)
          expect.soft(shown.standings[row.causes[0] ?? ''], row.query).toBe(row.standing);
      });
    }
  });
}

test('the row check can fail: a link with a value it cannot use is seen as dropping it', async ({
  page,
}) => {
  await page.goto('./#/result?v=1&code=0x80070070');
  await expect(page.locator('main')).toHaveAttribute('data-dropped', '0');
  await page.evaluate(() => (window.location.hash = '#/result?v=1&code=0x80070070&tid=nope'));
  await expect(page.locator('main')).toHaveAttribute('data-dropped', '1');
  await expect(page.getByTestId('dropped')).toContainText('tid');
});
