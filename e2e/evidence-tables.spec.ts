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

/** The causes on the result page, in order (the fallback's card may be folded away). */
const listed = (page: Page) =>
  page
    .locator('[data-cause]')
    .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-cause') ?? ''));

/**
 * Every listed cause names its sources: Microsoft pages, or the words "field experience".
 * Each cause's card is looked at the first time it shows in a table (`checked`).
 */
const unsourced = (page: Page, checked: Set<string>) =>
  page.locator('[data-cause]').evaluateAll(
    (cards, done) =>
      cards
        .filter((card) => !done.includes(card.getAttribute('data-cause') ?? ''))
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
        .map((card) => card.getAttribute('data-cause')),
    [...checked],
  );

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
        if (index === 0) await page.goto(`./${hash}`);
        else await page.evaluate((h) => (window.location.hash = h), hash);
        // The page has drawn this row's link, with nothing dropped from it.
        const main = page.locator('main');
        await expect(main).toHaveAttribute(
          'data-case-link',
          new URLSearchParams(row.query).toString(),
        );
        await expect.soft(main, row.query).toHaveAttribute('data-dropped', '0');
        await expect(page.locator('[data-cause]').first()).toBeAttached();
        const causes = await listed(page);
        if (row.exact) expect.soft(causes, row.query).toEqual(row.causes);
        else {
          expect.soft(causes[0], row.query).toBe(row.causes[0]);
          for (const other of row.causes.slice(1)) expect.soft(causes, row.query).toContain(other);
        }
        expect.soft(await unsourced(page, checked), row.query).toEqual([]);
        for (const cause of causes) checked.add(cause);
        if (row.standing)
          await expect
            .soft(page.locator(`[data-cause="${row.causes[0]}"]`).first(), row.query)
            .toHaveAttribute('data-standing', row.standing);
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
