import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from '../src/axe.js';
import { chromiumAvailability, launchChromium } from '../src/chromium.js';
import { GatewaySession } from '../src/gateway-api.js';
import { openInShell, signInToShell } from '../src/shell-page.js';
import { REPO_ROOT, startApp, type RunningApp } from '../src/start-app.js';

const ARTIFACTS = join(REPO_ROOT, 'tools', 'e2e', 'artifacts', 'admin');
const availability = chromiumAvailability();
const LOCATION = 'demo';

const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
function bornYearsAgo(years: number): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return `${y - years}-${String(m).padStart(2, '0')}-01`;
}

async function expectNoSeriousViolations(page: Page, where: string) {
  const serious = (await axeViolations(page)).filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(serious, `${where}: ${JSON.stringify(serious, null, 2)}`).toEqual([]);
}

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

describe.runIf(availability.run)(
  'location admin, national admin and the statistics dashboard',
  () => {
    let app: RunningApp;
    let browser: Browser;

    beforeAll(async () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      // 12,525 invented participants in 2017 (DOMAIN.md), written before the gateway opens PGlite.
      app = await startApp({ fixtures: ['goal-2017'] });
      browser = await launchChromium();
    });

    afterAll(async () => {
      await browser?.close();
      await app?.stop();
    });

    async function openAdmin(role: 'location-admin' | 'national-admin'): Promise<Page> {
      const page = await signInToShell(browser, app.url, { role, locationId: LOCATION });
      await openInShell(page, 'Administration');
      return page;
    }

    // ---- The location admin ------------------------------------------------------------------

    it('moves a step in the spår 1 chain and adds a video step: the preview and the day board follow', async () => {
      const admin = await openAdmin('location-admin');
      await admin.getByRole('tab', { name: /^Spår/ }).click();
      // Skatteverket before Försäkringskassan; Pensionsmyndigheten now joins by video, last.
      await admin
        .getByRole('button', { name: 'Flytta upp steg 5, Skatteverket, i spår 1' })
        .click();
      await admin
        .getByRole('button', { name: 'Ta bort steg 5, Pensionsmyndigheten, i spår 1' })
        .click();
      const add = admin.getByRole('group', { name: 'Nytt steg i spår 1' });
      await add.getByLabel('Aktör för nytt steg').selectOption('pm');
      await add.getByLabel('Mötesform för nytt steg').selectOption('video');
      await add.getByRole('button', { name: 'Lägg till steg i spår 1' }).click();
      await admin.getByTestId('chain-step-1-5').waitFor();
      await screenshot(admin, 'location-admin-chain');

      await admin.getByRole('tab', { name: /^Förhandsvisning/ }).click();
      const chain = admin.getByTestId('preview-chain-1').getByRole('listitem');
      await expect
        .poll(async () => (await chain.allTextContents()).map((text) => text.split(' – ')[0]))
        .toEqual([
          'Migrationsverket',
          'Arbetsförmedlingen',
          'Försäkringskassan',
          'Skatteverket',
          'Kommunen',
          'Pensionsmyndigheten',
        ]);
      expect(await chain.last().textContent()).toContain('Video');
      // The day planner's sample day, planned by the gateway from the unsaved draft.
      const sample = admin.getByTestId('preview-day');
      await expect
        .poll(() => sample.getByRole('cell', { name: 'Video' }).count(), { timeout: 20_000 })
        .toBeGreaterThan(0);
      await expectNoSeriousViolations(admin, 'location admin: preview');
      await screenshot(admin, 'location-admin-preview');

      await admin.getByRole('button', { name: 'Spara', exact: true }).click();
      await admin.getByText('Version 2 är sparad.').waitFor({ timeout: 15_000 });

      // Migrationsverket books a newly registered (invented) person on spår 1 today: the visit
      // gets the saved chain, and the day board shows it.
      const mv = await GatewaySession.devLogin(app.url, {
        role: 'caseworker',
        agency: 'mv',
        locationId: LOCATION,
      });
      const household = await mv.mutation<{ id: string; reference: string }>('newcomers.register', {
        language: 'ti',
        members: [
          {
            ref: 'adult',
            givenName: 'Kedjo',
            familyName: 'Provsson',
            birthDate: bornYearsAgo(34),
            sex: 'female',
            dossierNumber: '99-900301',
            permit: { chapter: 5, section: 1 },
            housing: 'migration-facility',
          },
        ],
      });
      const times = await mv.query<{ time: string }[]>('visits.suggestTimes', {
        locationId: LOCATION,
        date: today,
        householdId: household.id,
        track: 1,
      });
      await mv.mutation('visits.book', {
        householdId: household.id,
        track: 1,
        date: today,
        time: times[0]?.time ?? '13:00',
        preconditions: { permitCardReady: true, idDocumentsReady: true },
      });
      await openInShell(admin, 'Dagstavla');
      const row = admin.getByRole('row', { name: new RegExp(household.reference) });
      await expect
        .poll(() => row.textContent(), { timeout: 20_000 })
        .toContain('MV → AF → FK → SKV → Kommun → PM (video)');
      await screenshot(admin, 'day-board-after-chain-change');
    });

    it('an invalid edit shows the error at its field and saves nothing', async () => {
      const admin = await openAdmin('location-admin');
      await admin.getByRole('tab', { name: /^Spår/ }).click();
      const minutes = admin.getByTestId('chain-step-1-1').getByLabel('Minuter');
      await minutes.fill('0');
      await expect.poll(() => minutes.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await minutes.getAttribute('aria-describedby')) ?? '';
      const messages = await Promise.all(
        describedBy
          .split(' ')
          .filter(Boolean)
          .map((id) => admin.locator(`[id="${id}"]`).textContent()),
      );
      expect(messages.join(' ')).toContain('Ange minst 5 minuter.');
      expect(await admin.getByRole('button', { name: 'Spara', exact: true }).isDisabled()).toBe(
        true,
      );
      await expectNoSeriousViolations(admin, 'location admin: invalid edit');
      await screenshot(admin, 'location-admin-invalid');

      const api = await GatewaySession.devLogin(app.url, {
        role: 'location-admin',
        locationId: LOCATION,
      });
      const saved = await api.query<{
        version: number;
        config: { tracks: Record<string, { chain: { minutes: number }[] }> };
      }>('locations.get', { locationId: LOCATION });
      expect(saved.version).toBe(2);
      expect(saved.config.tracks['1']!.chain[1]!.minutes).toBe(60);
    });

    it('two admins edit at once: the second to save sees the conflict and keeps their edit', async () => {
      const first = await openAdmin('location-admin');
      const second = await openAdmin('location-admin');
      for (const page of [first, second]) await page.getByRole('tab', { name: /^Spår/ }).click();

      await first.getByTestId('chain-step-1-1').getByLabel('Minuter').fill('50');
      await second.getByTestId('chain-step-1-2').getByLabel('Minuter').fill('35');
      await first.getByRole('button', { name: 'Spara', exact: true }).click();
      await first.getByText('Version 3 är sparad.').waitFor({ timeout: 15_000 });

      await second.getByRole('button', { name: 'Spara', exact: true }).click();
      const conflict = second.getByTestId('conflict');
      await conflict.waitFor({ timeout: 15_000 });
      expect(await conflict.textContent()).toContain('Någon annan har sparat version 3');
      // Their change (AF 60 → 50) is shown; my own edit is still in the form.
      expect(await conflict.textContent()).toMatch(/60[\s\S]*50/);
      expect(await second.getByTestId('chain-step-1-2').getByLabel('Minuter').inputValue()).toBe(
        '35',
      );
      await expectNoSeriousViolations(second, 'location admin: conflict');
      await screenshot(second, 'location-admin-conflict');
    });

    // ---- The national admin and the dashboard ------------------------------------------------

    it('the national admin enters the 2017 permits; the dashboard shows 58 % with the goal met', async () => {
      const national = await openAdmin('national-admin');
      await national.getByRole('tab', { name: 'Beviljade uppehållstillstånd' }).click();
      const form = national.getByRole('form', { name: 'Ange beviljade uppehållstillstånd' });
      await form.getByLabel('Från', { exact: true }).fill('2017-01-01');
      await form.getByLabel('Till', { exact: true }).fill('2017-12-31');
      await form.getByLabel('Ort', { exact: true }).selectOption({ label: 'Hela landet' });
      await form.getByLabel('Antal beviljade uppehållstillstånd', { exact: true }).fill('21776');
      await form.getByRole('button', { name: 'Spara siffran' }).click();
      await national
        .getByRole('cell', { name: /21[\s\u00a0]?776/ })
        .first()
        .waitFor({ timeout: 15_000 });
      await expectNoSeriousViolations(national, 'national admin: permits');
      await screenshot(national, 'national-permits');

      await openInShell(national, 'Statistik');
      await national.getByLabel('År', { exact: true }).selectOption('2017');
      const percent = national.getByTestId('goal-national-percent');
      await expect.poll(() => percent.textContent(), { timeout: 30_000 }).toMatch(/58\s?%/);
      await national.getByText('Målet uppnått').first().waitFor();
      await expectNoSeriousViolations(national, 'dashboard: goal');
      await screenshot(national, 'dashboard-goal-2017');

      await national.getByRole('tab', { name: 'Volymer' }).click();
      await national.getByRole('table').first().waitFor({ timeout: 15_000 });
      await expectNoSeriousViolations(national, 'dashboard: volumes');
      await screenshot(national, 'dashboard-volumes-2017');
      await national.getByRole('tab', { name: 'Pulsrapport' }).click();
      await national.getByRole('table').first().waitFor({ timeout: 15_000 });
      await expectNoSeriousViolations(national, 'dashboard: pulse');
      await screenshot(national, 'dashboard-pulse');
    });
  },
);
