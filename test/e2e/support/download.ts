import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

/** A file the page offered, as the browser saved it. */
export interface Downloaded {
  readonly name: string;
  readonly text: string;
}

/** Runs `trigger` (a click, a key press) and returns the file the page offers through the browser's download. */
export async function downloadOf(page: Page, trigger: () => Promise<void>): Promise<Downloaded> {
  const { name, bytes } = await downloadBytesOf(page, trigger);
  return { name, text: bytes.toString('utf8') };
}

/** The same for a binary file (a PNG): its bytes as saved. */
export async function downloadBytesOf(page: Page, trigger: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}
