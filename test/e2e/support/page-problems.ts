import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';

/** What a page reported that a working dashboard never does. */
export interface PageProblem {
  kind: 'console-error' | 'page-error' | 'csp-violation';
  text: string;
}

/** A Content-Security-Policy violation as the page's `securitypolicyviolation` event describes it. */
interface CspViolation {
  directive: string;
  blocked: string;
  source: string;
  line: number;
}

const BINDING = '__etipCspViolation';

/**
 * Collects from every page of `context` its console errors, uncaught exceptions and CSP
 * violations. The violations come from the document's own `securitypolicyviolation` event,
 * listened to by an init script (run by the browser before the page's scripts, exempt from the
 * page's CSP), because the console message Chromium also logs does not say which directive and
 * URL were refused. Call before opening pages.
 */
export async function watchProblems(context: BrowserContext): Promise<PageProblem[]> {
  const problems: PageProblem[] = [];
  await context.exposeBinding(BINDING, (_source, violation: CspViolation) => {
    problems.push({
      kind: 'csp-violation',
      text: `${violation.directive} refused ${violation.blocked || '(inline)'} at ${violation.source}:${violation.line}`,
    });
  });
  await context.addInitScript((binding) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as Record<string, (violation: CspViolation) => void>)[binding]!;
      report({ directive: event.effectiveDirective, blocked: event.blockedURI, source: event.sourceFile, line: event.lineNumber });
    });
  }, BINDING);
  const watch = (page: Page) => {
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error') problems.push({ kind: 'console-error', text: `${message.text()} (${message.location().url})` });
    });
    page.on('pageerror', (error) => problems.push({ kind: 'page-error', text: error.stack ?? error.message }));
  };
  context.on('page', watch);
  for (const page of context.pages()) watch(page);
  return problems;
}
