// Renders the README screenshot from the built app: npm run build, then node scripts/screenshot.mjs.
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const server = spawn('node', ['e2e/static-server.mjs'], {
  env: { ...process.env, PORT: '4399' },
  stdio: 'ignore',
});
await new Promise((r) => setTimeout(r, 800));
const executablePath =
  process.env.PLAYWRIGHT_CHROMIUM_PATH ||
  (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.goto(
    'http://127.0.0.1:4399/triage/#/result?v=1&code=0x80070005&user=CONTOSO%5Cjdoe&computer=SSO01&time=2024-03-05T14:07:12Z&elevated=yes&localadmin=no',
  );
  await page.locator('[data-cause]').first().waitFor();
  await page.screenshot({ path: 'docs/readme-screenshot.png' });
} finally {
  await browser.close();
  server.kill();
}
