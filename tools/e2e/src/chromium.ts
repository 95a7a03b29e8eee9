import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Whether the browser tests can run here. Outside CI a missing Chromium skips them loudly;
 * in CI (CI=true) it is a failure, never a silent skip.
 */
export function chromiumAvailability(): { run: true } | { run: false; reason: string } {
  if (existsSync(CHROMIUM_PATH)) return { run: true };
  const reason = `Chromium not found at ${CHROMIUM_PATH}: install it with 'apt-get install -y chromium'`;
  if (process.env.CI === 'true') throw new Error(`${reason}. End-to-end tests must run in CI.`);
  console.warn(`\n!!! SKIPPING END-TO-END TESTS: ${reason} !!!\n`);
  return { run: false, reason };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
