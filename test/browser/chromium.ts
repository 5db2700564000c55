import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** Missing Chromium fails the run in CI (CI=true) and skips locally; install: scripts/install-chromium.sh. */
export const chromiumAvailable = existsSync(CHROMIUM);
export const mustRunBrowser = process.env.CI === 'true' || process.env.CI === '1';

/** Real Debian Chromium, headless, with a fresh profile that is removed on close. */
export async function launchChromium(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  if (!chromiumAvailable) throw new Error(`Chromium is not installed at ${CHROMIUM}; run scripts/install-chromium.sh`);
  const profile = await mkdtemp(path.join(os.tmpdir(), 'pledge-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1360, height: 860 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
