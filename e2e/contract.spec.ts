import { CONTRACT_CASES, type ContractCase } from '../src/domain/test-fixtures/contract-rows';
import { test, expect, answer, causes, tickEvent } from './fixtures';
import type { Page } from '@playwright/test';

// Rows in batches, one page each: a different query before the # makes each row a fresh
// page load, and a batch stays well inside the test timeout on a small, busy machine.
const BATCH = 15;
const batches = Array.from({ length: Math.ceil(CONTRACT_CASES.length / BATCH) }, (_, i) =>
  [...CONTRACT_CASES.entries()].slice(i * BATCH, (i + 1) * BATCH),
);

for (const [batch, rows] of batches.entries()) {
  test(`every row of the evidence table, opened as a link, gives its top cause (batch ${batch + 1})`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    for (const [index, row] of rows) {
      await test.step(`${row.query} → ${row.top}`, async () => {
        await page.goto(`./?row=${index}#/result?${row.query}`);
        const listed = await causes(page);
        expect.soft(listed[0], row.query).toBe(row.top);
        for (const other of row.alsoListed ?? []) expect.soft(listed, row.query).toContain(other);
        await expect.soft(page.getByTestId('dropped')).toHaveCount(0);
        // Every listed cause names its sources: Microsoft pages, or the words "field experience".
        const unsourced = await page.locator('[data-cause]').evaluateAll((cards) =>
          cards
            .filter((card) => {
              const links = [...card.querySelectorAll<HTMLAnchorElement>('[data-sources] a[href]')];
              const microsoft = links.filter((a) =>
                /^https:\/\/(learn|support)\.microsoft\.com\//.test(a.href),
              );
              const elsewhere = links.length - microsoft.length;
              return (
                elsewhere > 0 ||
                (microsoft.length === 0 && !/field experience/.test(card.textContent ?? ''))
              );
            })
            .map((card) => card.getAttribute('data-cause')),
        );
        expect.soft(unsourced, row.query).toEqual([]);
        if (row.standing)
          await expect
            .soft(page.locator(`[data-cause="${row.top}"]`).first())
            .toHaveAttribute('data-standing', row.standing);
      });
    }
  });
}

async function goToStep(page: Page, name: RegExp) {
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('link', { name }).click();
  await expect(page.locator('#step-heading')).toBeVisible();
}

/** Enters a case through the wizard's own fields, boxes and radio buttons. */
async function walk(page: Page, row: ContractCase) {
  const params = new URLSearchParams(row.query);
  await page.goto('./');
  const code = params.get('code');
  if (code) await page.getByLabel('Error code').fill(code);
  const seen = params.get('seen');
  if (seen) {
    await goToStep(page, /Event log/);
    for (const id of seen.split(',')) {
      await tickEvent(page, id);
    }
  }
  const answers = [...params.entries()].filter(([, v]) => v === 'yes' || v === 'no');
  for (const [check, value] of answers) {
    const backupCheck = ['ntfs', 'folder', 'writable', 'space'].includes(check);
    await goToStep(page, backupCheck ? /Backup file/ : /Admin rights/);
    await answer(page, check, value === 'yes' ? 'Yes' : 'No');
  }
  await goToStep(page, /Result/);
}

test.describe('every row of the evidence table, entered through the wizard', () => {
  for (const row of CONTRACT_CASES) {
    test(`walk ${row.query} → ${row.top}`, async ({ page }) => {
      await walk(page, row);
      const listed = await causes(page);
      expect(listed[0]).toBe(row.top);
      for (const other of row.alsoListed ?? []) expect(listed).toContain(other);
    });
  }
});
