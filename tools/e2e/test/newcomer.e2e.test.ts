import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from '../src/axe.js';
import { chromiumAvailability, launchChromium } from '../src/chromium.js';
import { GatewaySession } from '../src/gateway-api.js';
import { REPO_ROOT, startApp, type RunningApp } from '../src/start-app.js';

const ARTIFACTS = join(REPO_ROOT, 'tools', 'e2e', 'artifacts');
const availability = chromiumAvailability();

// The seed prints these: a demo household booked on spår 1 at the demo location today.
const REFERENCE = 'DEMO-0001';
const CODE = 'DM01-2M9T-XW4D-8RCE';
const LANGUAGES = ['sv', 'en', 'ar', 'prs', 'so', 'ti'] as const;
const RTL = new Set(['ar', 'prs']);

type ChecklistView = { hiddenCount: number; items: Array<{ actor: string }> };

describe.runIf(availability.run)('the newcomer app, in each of the six languages', () => {
  let app: RunningApp;
  let browser: Browser;
  let af: GatewaySession;
  let householdId: string;
  let visitId: string;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    app = await startApp();
    browser = await launchChromium();
    af = await GatewaySession.devLogin(app.url, {
      role: 'caseworker',
      agency: 'af',
      locationId: 'demo',
    });
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(
      new Date(),
    );
    const day = await af.query<Array<{ id: string; household: { id: string; reference: string } }>>(
      'visits.day',
      { locationId: 'demo', date: today },
    );
    const visit = day.find((v) => v.household.reference === REFERENCE);
    if (!visit) throw new Error(`${REFERENCE} is not booked today at demo`);
    householdId = visit.household.id;
    visitId = visit.id;
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  /** What AF's caseworker sees of the household's checklist now, through the API. */
  const afView = () => af.query<ChecklistView>('checklist.get', { householdId });

  async function open(language: (typeof LANGUAGES)[number]): Promise<Page> {
    const context = await browser.newContext({
      locale: 'sv-SE',
      timezoneId: 'Europe/Stockholm',
      viewport: { width: 390, height: 844 },
      isMobile: true,
    });
    const page = await context.newPage();
    // The invitation's QR code opens this URL: the code signs in, then leaves the address bar.
    await page.goto(`${app.url}/newcomer/?code=${CODE}`);
    await page.locator('#language').selectOption(language);
    await page.locator('#inv-address').waitFor({ timeout: 20_000 });
    expect(page.url()).not.toContain(CODE);
    return page;
  }

  async function expectNoViolations(page: Page, where: string) {
    const violations = await axeViolations(page);
    expect(violations, `${where}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
  }

  for (const language of LANGUAGES) {
    it(`${language}: signs in with the demo code, shows the invitation and the checklist, and grants and revokes consent`, async () => {
      const page = await open(language);
      // The page switches language once the catalogue has arrived.
      const html = page.locator('html');
      await expect.poll(() => html.getAttribute('lang'), { timeout: 15_000 }).toBe(language);
      expect(await html.getAttribute('dir')).toBe(RTL.has(language) ? 'rtl' : 'ltr');

      // The invitation is the one the booking caseworker previews, in the same language.
      const invitation = await af.query<{ title: string; place: { street: string } }>(
        'invitations.get',
        { visitId, language },
      );
      // Switching language refetches the invitation in that language.
      const main = () => page.locator('main').textContent();
      await expect.poll(main, { timeout: 15_000 }).toContain(invitation.title);
      expect(await main()).toContain(invitation.place.street);
      await expectNoViolations(page, `${language} invitation`);

      await page.goto(`${app.url}/newcomer/#/checklist`);
      await expect
        .poll(() => page.locator('li.item').count(), { timeout: 20_000 })
        .toBeGreaterThan(0);
      await expectNoViolations(page, `${language} checklist`);
      await page.screenshot({
        path: join(ARTIFACTS, `newcomer-checklist-${language}.png`),
        fullPage: true,
      });

      // Consent: AF sees only its own items and a count, until the newcomer shares the list.
      const before = await afView();
      expect(before.hiddenCount).toBeGreaterThan(0);
      await page.goto(`${app.url}/newcomer/#/sharing`);
      await page.locator('#grantee').selectOption('af');
      await page.locator('form:has(#grantee) button[type="submit"]').click();
      await page.locator('ul.grants li').waitFor({ timeout: 15_000 });
      const shared = await afView();
      expect(shared.hiddenCount).toBe(0);
      expect(shared.items.some((i) => i.actor !== 'af')).toBe(true);
      await expectNoViolations(page, `${language} sharing`);

      await page.locator('ul.grants li button').click();
      await expect.poll(() => page.locator('ul.grants li').count(), { timeout: 15_000 }).toBe(0);
      const revoked = await afView();
      expect(revoked.hiddenCount).toBe(before.hiddenCount);
      expect(revoked.items.every((i) => i.actor === 'af')).toBe(true);
      await page.context().close();
    });
  }

  it('works by keyboard alone and reflows at 320 CSS px (200 % zoom of a small phone)', async () => {
    const context = await browser.newContext({
      locale: 'en-GB',
      timezoneId: 'Europe/Stockholm',
      viewport: { width: 320, height: 640 },
    });
    const page = await context.newPage();
    await page.goto(`${app.url}/newcomer/`);
    // Tab to the code field, type the code and submit with Enter: no mouse.
    for (let i = 0; i < 10; i++) {
      if ((await page.evaluate(() => document.activeElement?.id)) === 'code') break;
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('code');
    await page.keyboard.type(CODE);
    await page.keyboard.press('Enter');
    await page.locator('#inv-address').waitFor({ timeout: 20_000 });

    for (const hash of ['#/invitation', '#/checklist', '#/sharing', '#/info']) {
      await page.goto(`${app.url}/newcomer/${hash}`);
      await page.locator('main h1').waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${hash} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
    }
    await context.close();
  });

  it('keeps the last checklist offline and says when it was last updated', async () => {
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Stockholm' });
    const page = await context.newPage();
    await page.goto(`${app.url}/newcomer/?code=${CODE}#/checklist`);
    await page.locator('#language').selectOption('en');
    await expect
      .poll(() => page.locator('li.item').count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    const online = await page.locator('li.item').count();
    // The service worker controls the page once it has activated; then the checklist it kept
    // is the one fetched after that.
    await expect
      .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), {
        timeout: 15_000,
      })
      .toBe(true);
    await page.reload();
    await expect.poll(() => page.locator('li.item').count(), { timeout: 20_000 }).toBe(online);

    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => page.locator('li.item').count(), { timeout: 20_000 }).toBe(online);
    await page.getByText(/You are offline\. Last updated/).waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(ARTIFACTS, 'newcomer-offline.png'), fullPage: true });
    await context.close();
  });
});
