import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromiumAvailability, launchChromium } from '../src/chromium.js';
import { REPO_ROOT, startApp, type RunningApp } from '../src/start-app.js';
import { axeViolations } from '../src/axe.js';

const ARTIFACTS = join(REPO_ROOT, 'tools', 'e2e', 'artifacts');
const availability = chromiumAvailability();

describe.runIf(availability.run)(
  'foundation: sign in, pick the demo location, see the AF remote',
  () => {
    let app: RunningApp;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      app = await startApp();
      console.log(`npm start answered /trpc/health after ${(app.startupMs / 1000).toFixed(1)} s`);
      browser = await launchChromium();
      page = await browser.newPage({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
    });

    afterAll(async () => {
      await browser?.close();
      const code = await app?.stop();
      // SIGTERM is a graceful shutdown: the gateway exits 0 once requests in flight are done.
      expect(code === 0 || code === null).toBe(true);
    });

    it('started as the README does, with seeded demo data', async () => {
      expect(app.output()).toMatch(/Mötesplats is running on http:\/\/localhost:\d+/);
      const response = await fetch(`${app.url}/trpc/locations.list`);
      const body = (await response.json()) as { result: { data: Array<{ id: string }> } };
      expect(body.result.data.map((l) => l.id)).toContain('demo');
    });

    it('signs in with the development login and loads the remote with the caseworker’s name', async () => {
      await page.goto(app.url);
      await page.getByLabel('Roll').selectOption('caseworker');
      await page.getByLabel('Myndighet').selectOption('af');
      await page.getByLabel('Ort').selectOption('demo');
      await page.getByRole('button', { name: 'Logga in' }).click();

      const shellName = page.getByTestId('shell-user-name');
      await expect
        .poll(() => shellName.textContent(), { timeout: 15_000 })
        .toMatch(/\w+ Arbetsdemo/);
      const displayName = (await shellName.textContent())!;

      await page.getByLabel('Välj ort').selectOption('demo');
      await page.getByRole('button', { name: 'Öppna' }).click();
      await expect
        .poll(() => page.getByTestId('location-name').textContent(), { timeout: 15_000 })
        .toBe('Mötesplats Demoby');

      // The day board is the home page; the AF remote is one link away.
      await page.getByRole('table', { name: 'Dagens besök' }).waitFor({ timeout: 15_000 });
      await page
        .getByRole('navigation', { name: 'Tjänster på orten' })
        .getByRole('link', { name: 'Arbetsförmedlingen' })
        .click();
      const remoteName = page.getByTestId('caseworker-name');
      await expect.poll(() => remoteName.textContent(), { timeout: 30_000 }).toBe(displayName);
      expect(page.url()).toContain('location=demo');
      expect(page.url()).toContain('remote=caseworker-af');
      await page.screenshot({ path: join(ARTIFACTS, 'foundation-shell-af.png'), fullPage: true });
    });

    it('has no serious or critical accessibility violations', async () => {
      const violations = await axeViolations(page);
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious, JSON.stringify(serious, null, 2)).toEqual([]);
    });

    it('keeps the location across a reload', async () => {
      await page.reload();
      await expect
        .poll(() => page.getByTestId('caseworker-name').textContent(), { timeout: 30_000 })
        .toMatch(/Arbetsdemo/);
    });
  },
);
