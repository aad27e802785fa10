import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** An accessibility rule broken on the page, with the elements that break it. */
export interface AxeViolation {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page as it stands and returns its serious and critical violations (issue
 * 10, 7: none allowed on any view). axe's source is evaluated through the DevTools protocol, which
 * the page's CSP does not govern; a `<script>` tag would be refused by `script-src 'self'`.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const { axe: inPage } = window as unknown as { axe: typeof axe };
    const results = await inPage.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({ rule: v.id, impact: v.impact ?? 'unknown', help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
