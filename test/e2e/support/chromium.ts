import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium (DESIGN.md 6): `.ci/run` installs it. Playwright never downloads a browser here. */
export const CHROMIUM = '/usr/bin/chromium';

/** Fails the run at once, saying what to install, rather than at each test's launch. */
export function assertChromiumInstalled(): void {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: the end-to-end tests drive Debian's Chromium (apt-get install chromium; .ci/run installs it)`);
}

/** A headless Chromium of its own (its own temporary profile), closed by the caller. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true });
}
