import { test, expect, openLink } from './fixtures';

/** A command line that starts with a bare ssomanage or ssoconfig, which is not on the PATH. */
const BARE = /(^|[\n;|{(]\s*|&&\s*)sso(manage|config)(\.exe)?(\s|$)/im;

for (const [event, step] of [
  [10532, 'secret-server'],
  [10560, 'admin-rights'],
  [10524, 'admin-rights'],
] as const) {
  test(`the ${event} ${step} step shows ssomanage and ssoconfig with their folder, as copied`, async ({
    page,
  }) => {
    await openLink(page, step, `v=1&event=${event}`);
    // The "How to check" commands (and the folded checks) are closed: open every fold.
    await page
      .locator('details')
      .evaluateAll((folds) => folds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const commands = await page.locator('pre').allTextContents();
    const naming = commands.filter((c) => /sso(manage|config)/i.test(c));
    expect(naming.length).toBeGreaterThan(0);
    expect(naming[0]).toMatch(/Enterprise Single Sign-On\\sso(manage|config)\.exe/);
    expect(naming.filter((c) => BARE.test(c))).toEqual([]);
  });
}
