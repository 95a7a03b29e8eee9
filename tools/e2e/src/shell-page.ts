import type { Browser, Page } from 'playwright-core';

export type DevUser = { role: string; agency?: string; locationId: string };

/**
 * A new browser context (its own cookie jar) signed in through the shell's development login,
 * with the location open: one caseworker at one desk.
 */
export async function signInToShell(browser: Browser, url: string, who: DevUser): Promise<Page> {
  const context = await browser.newContext({
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByLabel('Roll').selectOption(who.role);
  if (who.agency) await page.getByLabel('Myndighet').selectOption(who.agency);
  await page.getByLabel('Ort').selectOption(who.locationId);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByTestId('shell-user-name').waitFor({ timeout: 15_000 });
  await page.goto(`${url}/?location=${who.locationId}`);
  await page.getByTestId('location-name').waitFor({ timeout: 15_000 });
  return page;
}

/** Follows the shell's navigation to a remote (or 'Dagstavla') by its label. */
export async function openInShell(page: Page, label: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Tjänster på orten' })
    .getByRole('link', { name: label, exact: true })
    .click();
}
