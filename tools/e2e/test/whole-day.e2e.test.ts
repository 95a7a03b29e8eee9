import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from '../src/axe.js';
import { chromiumAvailability, launchChromium } from '../src/chromium.js';
import { GatewaySession } from '../src/gateway-api.js';
import { openInShell, signInToShell } from '../src/shell-page.js';
import { REPO_ROOT, startApp, type RunningApp } from '../src/start-app.js';

const ARTIFACTS = join(REPO_ROOT, 'tools', 'e2e', 'artifacts');
const availability = chromiumAvailability();
const LOCATION = 'demo';

/** Today in Sweden, and a birth date `years` ago (the family's ages stay right on any day). */
const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
function bornYearsAgo(years: number): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return `${y - years}-${String(m).padStart(2, '0')}-01`;
}

// An invented family: the surname says so. Dossier numbers starting with 99 are made up.
const FAMILY = {
  language: 'ar',
  members: [
    {
      ref: 'parent',
      givenName: 'Provio',
      familyName: 'Låtsasdotter',
      birthDate: bornYearsAgo(58),
      sex: 'male',
      dossierNumber: '99-900001',
      permit: { chapter: 5, section: 1 },
      housing: 'migration-facility',
    },
    {
      // 65 or over: in the target group because she joined her husband (nuclear family).
      ref: 'spouse',
      givenName: 'Exempla',
      familyName: 'Låtsasdotter',
      birthDate: bornYearsAgo(66),
      sex: 'female',
      dossierNumber: '99-900002',
      permit: { chapter: 5, section: 3 },
      housing: 'migration-facility',
      relation: { kind: 'family-reunification', toRef: 'parent', nuclearFamily: true },
    },
    {
      ref: 'child',
      givenName: 'Testo',
      familyName: 'Låtsasdotter',
      birthDate: bornYearsAgo(9),
      sex: 'male',
      unaccompaniedMinor: false,
      relation: { kind: 'accompanying-child', toRef: 'parent' },
    },
  ],
};

/** Spår 1 at the demo location, in chain order (PM because someone is 65 or older). */
const CHAIN = [
  { agency: 'mv', label: 'Migrationsverket' },
  { agency: 'af', label: 'Arbetsförmedlingen' },
  { agency: 'fk', label: 'Försäkringskassan' },
  { agency: 'pm', label: 'Pensionsmyndigheten' },
  { agency: 'skv', label: 'Skatteverket' },
  { agency: 'kommun', label: 'Kommunen' },
] as const;

async function expectNoSeriousViolations(page: Page, where: string) {
  const serious = (await axeViolations(page)).filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(serious, `${where}: ${JSON.stringify(serious, null, 2)}`).toEqual([]);
}

describe.runIf(availability.run)('a whole spår 1 day for a family, agency by agency', () => {
  let app: RunningApp;
  let browser: Browser;
  let board: Page;
  let reference: string;
  let accessCode: string;
  const desks = new Map<string, Page>();

  /** The board's row for the family, as its text. */
  const boardRow = () => board.getByRole('row', { name: new RegExp(reference) }).textContent();

  async function desk(agency: string): Promise<Page> {
    const existing = desks.get(agency);
    if (existing) return existing;
    const page = await signInToShell(browser, app.url, {
      role: 'caseworker',
      agency,
      locationId: LOCATION,
    });
    desks.set(agency, page);
    return page;
  }

  /** Opens the family's visit from my queue and starts my step. */
  async function openAndStart(page: Page, label: string) {
    await openInShell(page, label);
    await page.getByTestId('caseworker-name').waitFor({ timeout: 30_000 });
    const open = page.getByRole('button', { name: `Öppna ${reference}` });
    await open.waitFor({ timeout: 15_000 });
    await open.click();
    await page.getByRole('button', { name: 'Starta steg' }).click();
    await expect.poll(() => page.getByTestId('step-status').textContent()).toBe('Pågår');
  }

  async function completeStep(page: Page) {
    await page.getByRole('button', { name: 'Klart – gå vidare' }).click();
    await page.getByText('Steget är klart').waitFor({ timeout: 15_000 });
  }

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    app = await startApp();
    browser = await launchChromium();

    // Setup, not the subject: MV has registered the family before the day is booked.
    const mvApi = await GatewaySession.devLogin(app.url, {
      role: 'caseworker',
      agency: 'mv',
      locationId: LOCATION,
    });
    const household = await mvApi.mutation<{ reference: string }>('newcomers.register', FAMILY);
    reference = household.reference;

    board = await signInToShell(browser, app.url, { role: 'location-admin', locationId: LOCATION });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('MV books the family on spår 1 and previews the invitation', async () => {
    const mv = await desk('mv');
    await openInShell(mv, 'Migrationsverket');
    await mv.getByRole('tab', { name: 'Boka besök' }).click();
    await mv.getByLabel('Dossiernummer').fill('99-900001');
    await mv.getByRole('button', { name: 'Sök hushåll' }).click();
    await mv.getByRole('button', { name: `Välj ${reference}` }).click();
    await mv.getByRole('button', { name: 'Föreslå tider' }).click();
    // The planner's first suggestion is preselected; if the day is full, any time will do.
    const settled = async () =>
      (await mv.getByLabel('Tid', { exact: true }).inputValue()) !== '' ||
      (await mv.getByText(/hittade ingen ledig tid|Kunde inte föreslå tider/).count()) > 0;
    await expect.poll(settled, { timeout: 15_000 }).toBe(true);
    if ((await mv.getByLabel('Tid', { exact: true }).inputValue()) === '') {
      await mv.getByLabel('Tid', { exact: true }).fill('12:00');
    }
    await mv.getByRole('button', { name: 'Boka', exact: true }).click();
    await mv.getByText(`${reference} är bokat`).waitFor({ timeout: 15_000 });

    await mv.getByRole('button', { name: 'Skapa personlig kod' }).click();
    accessCode = (await mv.getByTestId('access-code').textContent())!.trim();
    expect(accessCode).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/);

    const preview = mv.getByTestId('invitation-preview');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('Provio');
    await mv.getByLabel('Språk').selectOption('ar');
    await expect.poll(() => preview.getAttribute('dir')).toBe('rtl');
    await expectNoSeriousViolations(mv, 'MV booking');
    await mv.screenshot({
      path: join(ARTIFACTS, 'remote-caseworker-mv-booking.png'),
      fullPage: true,
    });
  });

  it('the day board shows the booked family', async () => {
    await expect.poll(boardRow, { timeout: 20_000 }).toContain('Bokad');
    await expectNoSeriousViolations(board, 'day board');
  });

  it('MV checks the family in, notifies the decision and sends them on to AF', async () => {
    const mv = await desk('mv');
    await mv.getByRole('tab', { name: 'Min kö' }).click();
    await mv.getByRole('button', { name: `Öppna ${reference}` }).click();
    await mv.getByRole('button', { name: 'Checka in hushållet' }).click();
    await expect.poll(() => mv.getByTestId('visit-status').textContent()).toBe('Incheckad');
    await expect.poll(boardRow, { timeout: 20_000 }).toContain('Incheckad');

    await mv.getByRole('button', { name: 'Starta steg' }).click();
    await expect.poll(() => mv.getByTestId('step-status').textContent()).toBe('Pågår');
    await expect.poll(boardRow, { timeout: 20_000 }).toMatch(/Migrationsverket \(hålls av/);

    // The decision notification for the first member: done, permit card handed over.
    const item = mv.getByTestId('item-decision-notification').first();
    await item.getByLabel('Status').selectOption('done');
    await item.getByLabel('Uppehållstillståndskortet är överlämnat').check();
    await item.getByRole('button', { name: 'Spara' }).click();
    await item.getByText('Sparat.').waitFor({ timeout: 15_000 });
    await expectNoSeriousViolations(mv, 'MV step workspace');
    await mv.screenshot({ path: join(ARTIFACTS, 'remote-caseworker-mv.png'), fullPage: true });

    await completeStep(mv);
    expect(await mv.getByText(/Nästa möte:/).textContent()).toContain('Arbetsförmedlingen');
    await expect.poll(boardRow, { timeout: 20_000 }).toContain('Arbetsförmedlingen (väntar)');
  });

  it("at AF's desk the newcomer grants AF read access, and AF then sees SKV's items", async () => {
    const af = await desk('af');
    await openAndStart(af, 'Arbetsförmedlingen');
    await expect
      .poll(() => af.getByText(/dolda punkter \(kräver samtycke\)/).count(), { timeout: 15_000 })
      .toBe(1);
    expect(await af.getByText(/^Skatteverket:/).count()).toBe(0);

    await af.getByLabel('Vem får läsa').selectOption('af');
    await af.getByLabel('Personlig kod (skrivs av den nyanlända)').fill(accessCode);
    await af.getByRole('button', { name: 'Ge läsrätt' }).click();
    await af.getByText('Samtycke registrerat').waitFor({ timeout: 15_000 });
    await expect
      .poll(() => af.getByText(/^Skatteverket:/).count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    expect(await af.getByText(/dolda punkter/).count()).toBe(0);

    await expectNoSeriousViolations(af, 'AF step workspace');
    await af.screenshot({ path: join(ARTIFACTS, 'remote-caseworker-af.png'), fullPage: true });
    await completeStep(af);
    await expect.poll(boardRow, { timeout: 20_000 }).toContain('Försäkringskassan (väntar)');
  });

  for (const [index, { agency, label }] of CHAIN.entries()) {
    if (agency === 'mv' || agency === 'af') continue;
    const next = CHAIN[index + 1];
    it(`${label} completes its step in its own remote`, async () => {
      const page = await desk(agency);
      await openAndStart(page, label);
      await expect.poll(boardRow, { timeout: 20_000 }).toMatch(new RegExp(`${label} \\(hålls av`));
      await expectNoSeriousViolations(page, `${label} step workspace`);
      await page.screenshot({
        path: join(ARTIFACTS, `remote-caseworker-${agency}.png`),
        fullPage: true,
      });
      await completeStep(page);
      if (next) {
        await expect.poll(boardRow, { timeout: 20_000 }).toContain(`${next.label} (väntar)`);
      }
    });
  }

  it('the visit is completed on the day board', async () => {
    await expect.poll(boardRow, { timeout: 20_000 }).toContain('Avslutad');
    await board.screenshot({ path: join(ARTIFACTS, 'day-board.png'), fullPage: true });
  });
});
