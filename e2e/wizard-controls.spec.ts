import type { Page } from '@playwright/test';
import { MODELS } from './models';
import { test, expect, answer, choice, openLink } from './fixtures';

// Every control of every question step and of the event-log step, proven wired: each check
// answered through its own radio button lands in the link, and so does each related event
// ticked. Which checks sit on which step, and which events each event lists, is read from
// the models themselves, so a new check or step is covered without touching this file.

/** The answers the link holds now. */
const linkParams = (page: Page) =>
  new URLSearchParams(new URL(page.url()).hash.split('?')[1] ?? '');

for (const model of MODELS) {
  for (const step of model.questionSteps) {
    const checks = model.checks.filter((k) => k.step === step).map((k) => k.id);
    test(`${model.event.id} ${step}: every check answers through its own control, into the link`, async ({
      page,
    }) => {
      await openLink(page, step, `v=1&event=${model.event.id}`);
      // Alternate the answers, so that a control wired to the wrong value shows up.
      const given = checks.map((id, i) => [id, i % 2 === 0 ? 'yes' : 'no'] as const);
      for (const [id, value] of given) {
        await answer(page, id, value === 'yes' ? 'Yes' : 'No');
        await expect(choice(page, id, value === 'yes' ? 'Yes' : 'No')).toBeChecked();
      }
      await expect.poll(() => linkParams(page).toString()).toContain(`${given[0]?.[0]}=`);
      const params = linkParams(page);
      for (const [id, value] of given) expect(params.get(id), id).toBe(value);
      // "Not checked" takes an answer back out of the link.
      const [first] = given;
      if (first) {
        await answer(page, first[0], 'Not checked');
        await expect.poll(() => linkParams(page).has(first[0])).toBe(false);
      }
    });
  }

  test(`${model.event.id} event log: every related event ticks into the link`, async ({ page }) => {
    await openLink(page, 'event-log', `v=1&event=${model.event.id}`);
    const ids = model.text.relatedEvents.map((e) => e.id);
    // Every group open at once; each box is then ticked as a person would.
    await page.evaluate(() =>
      document.querySelectorAll('details[data-group]').forEach((d) => d.setAttribute('open', '')),
    );
    for (const id of ids)
      await page.getByRole('checkbox', { name: new RegExp(`^${id}\\b`) }).check();
    await expect
      .poll(() => (linkParams(page).get('seen') ?? '').split(',').map(Number).sort())
      .toEqual([...ids].sort());
  });
}
