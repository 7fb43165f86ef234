// Measures what a tired person meets on each screen: the page height of every step and
// of the result, and the key presses from a paste to the result, at a laptop and a phone
// size. Run after a build: npm run build && node scripts/measure-screens.mjs
// Prints a Markdown table; it is a measurement, not a test (no pass or fail).
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const PORT = process.env.MEASURE_PORT ?? '4398';
const BASE = `http://127.0.0.1:${PORT}/triage/`;

function eventCopy(code) {
  const codeLine = code ? `\n\n Error Code: ${code}` : '';
  return `Log Name:      Application
Source:        ENTSSO
Date:          3/5/2024 2:07:12 PM
Event ID:      10526
Level:         Error
Computer:      SSO01.contoso.com
Description:
Failed to generate a new master secret.

 Client User: CONTOSO\\jdoe

 Client Computer:SSO01${codeLine}`;
}

const CASES = [
  { name: '0x80070005', text: eventCopy('0x80070005') },
  { name: 'no code', text: eventCopy('') },
];
const VIEWPORTS = [
  { name: '1280x800', width: 1280, height: 800 },
  { name: '390x844', width: 390, height: 844 },
];

async function heading(page) {
  return page.locator('#step-heading').innerText();
}

async function height(page) {
  return page.evaluate(() => document.documentElement.scrollHeight);
}

/** Tabs from where focus is to the primary button and presses it; counts the presses. */
async function tabToPrimaryAndPress(page) {
  let presses = 0;
  for (let i = 0; i < 400; i++) {
    const label = await page.evaluate(() => {
      const el = document.activeElement;
      return el && el.tagName === 'BUTTON' ? (el.textContent ?? '').trim() : '';
    });
    if (/^(Next|Show result)$/.test(label)) {
      await page.keyboard.press('Enter');
      return presses + 1;
    }
    await page.keyboard.press('Tab');
    presses++;
  }
  throw new Error('no primary button reached by Tab');
}

async function run() {
  const server = spawn('node', ['e2e/static-server.mjs'], {
    env: { ...process.env, PORT, BASE_PATH: '/triage/' },
    stdio: 'ignore',
  });
  await new Promise((r) => setTimeout(r, 800));
  const executablePath =
    process.env.PLAYWRIGHT_CHROMIUM_PATH ||
    (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const rows = [];
  try {
    for (const vp of VIEWPORTS) {
      for (const c of CASES) {
        const page = await browser.newPage({ viewport: { width: vp.width, height: vp.height } });
        await page.goto(BASE);
        await page.locator('#step-heading').waitFor();
        const steps = [];
        const box = page.getByLabel(/^Event text/);
        await box.click();
        await page.evaluate((t) => navigator.clipboard?.writeText?.(t).catch(() => {}), c.text);
        await box.fill(c.text);
        let keys = 1; // the paste itself
        steps.push(`${await heading(page)}: ${await height(page)}`);
        for (let n = 0; n < 8; n++) {
          const before = await heading(page);
          if (/Diagnosis/.test(before)) break;
          keys += await tabToPrimaryAndPress(page);
          await page.waitForFunction(
            (b) => document.querySelector('#step-heading')?.textContent !== b,
            before,
          );
          await page.waitForTimeout(150);
          const scrollY = await page.evaluate(() => Math.round(window.scrollY));
          steps.push(`${await heading(page)}: ${await height(page)} (opened at y=${scrollY})`);
        }
        rows.push({ viewport: vp.name, case: c.name, steps, keys });
        await page.close();
      }
    }
  } finally {
    await browser.close();
    server.kill();
  }
  console.log('| viewport | case | page height per step (px) | key presses paste → result |');
  console.log('| --- | --- | --- | --- |');
  for (const r of rows)
    console.log(`| ${r.viewport} | ${r.case} | ${r.steps.join('; ')} | ${r.keys} |`);
}

await run();
