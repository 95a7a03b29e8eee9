import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from '../src/axe.js';
import { chromiumAvailability, launchChromium } from '../src/chromium.js';
import { openInShell, signInToShell } from '../src/shell-page.js';
import { freePort, REPO_ROOT, startApp, type RunningApp } from '../src/start-app.js';
import { serveDirectory, type StaticServer } from '../src/static-server.js';

const ARTIFACTS = join(REPO_ROOT, 'tools', 'e2e', 'artifacts');
const availability = chromiumAvailability();

describe.runIf(availability.run)(
  "one agency's remote server stops; the shell and the others go on",
  () => {
    let app: RunningApp;
    let fkServer: StaticServer;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      // Försäkringskassan's remote runs on its own server, as its team would deploy it; the
      // gateway's composition points there instead of at its own /remotes/.
      fkServer = await serveDirectory(
        join(REPO_ROOT, 'apps', 'caseworker-fk', 'dist'),
        await freePort(),
      );
      app = await startApp({
        env: { MOTESPLATS_REMOTE_URLS: `caseworker-fk=${fkServer.url}/mf-manifest.json` },
      });
      browser = await launchChromium();
      page = await signInToShell(browser, app.url, {
        role: 'caseworker',
        agency: 'af',
        locationId: 'demo',
      });
    });

    afterAll(async () => {
      await browser?.close();
      await fkServer?.stop();
      await app?.stop();
    });

    it("loads Försäkringskassan's remote from its own server while it runs", async () => {
      await openInShell(page, 'Försäkringskassan');
      // An AF caseworker is politely turned away by FK's remote: proof that it loaded and ran.
      await page
        .getByText('Den här tjänsten är för Försäkringskassans handläggare')
        .waitFor({ timeout: 30_000 });
    });

    it('shows the error panel in its place once that server is stopped', async () => {
      await fkServer.stop();
      await page.reload();
      await openInShell(page, 'Försäkringskassan');
      const panel = page.getByTestId('remote-slot-caseworker-fk').getByRole('alert');
      await panel.waitFor({ timeout: 30_000 });
      expect(await panel.textContent()).toContain('Det gick inte att ladda Försäkringskassan.');
      const serious = (await axeViolations(page)).filter(
        (v) => v.impact === 'serious' || v.impact === 'critical',
      );
      expect(serious, JSON.stringify(serious, null, 2)).toEqual([]);
      await page.screenshot({
        path: join(ARTIFACTS, 'remote-down-error-panel.png'),
        fullPage: true,
      });
    });

    it('keeps the other remotes and the day board working', async () => {
      await openInShell(page, 'Arbetsförmedlingen');
      await page.getByTestId('caseworker-name').waitFor({ timeout: 30_000 });
      expect(await page.getByRole('tab', { name: 'Boka besök' }).count()).toBe(1);
      await openInShell(page, 'Dagstavla');
      await page.getByRole('table', { name: 'Dagens besök' }).waitFor({ timeout: 15_000 });
      expect(await page.getByRole('row').count()).toBeGreaterThan(1);
    });
  },
);
