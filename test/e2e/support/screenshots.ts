import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

/** Artefacts of a run, to look at, never committed (.gitignore). */
export const SCREENSHOTS = fileURLToPath(new URL('../../../test-results/screenshots/', import.meta.url));

/** Saves the whole page as `test-results/screenshots/<name>.png` (name made file-safe); returns the path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name.replace(/[^\p{L}\p{N}._-]+/gu, '-').slice(0, 120)}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
