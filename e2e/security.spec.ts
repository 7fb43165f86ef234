import { test, expect } from './fixtures';

test.use({ expectedErrors: [/Content Security Policy/] });

test('the built page sets a Content-Security-Policy with no inline script', async ({
  page,
  request,
}) => {
  const html = await (await request.get('./')).text();
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);

  await page.goto('./');
  const csp =
    (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ??
    '';
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');

  // The policy is in force: an inline script added at run time is refused.
  const outcome = await page.evaluate(async () => {
    const w = window as unknown as { inlineRan: boolean };
    w.inlineRan = false;
    const violation = new Promise<string>((resolve) =>
      document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), {
        once: true,
      }),
    );
    const s = document.createElement('script');
    s.textContent = 'window.inlineRan = true';
    document.body.append(s);
    return { ran: w.inlineRan, directive: await violation };
  });
  expect(outcome.ran).toBe(false);
  expect(outcome.directive).toMatch(/script-src/);
});
