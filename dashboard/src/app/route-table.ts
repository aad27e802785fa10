import type { SessionUser } from '../lib/auth/claims';
import { COMPLETENESS_PATH, COUNTRY_PATH, TRENDS_PATH } from '../lib/view-links';

/**
 * The views and who may open each (DESIGN.md 1, 5.2). Dashboards are for every role; views of
 * reports (the approvals queue, data entry) will be added here with `access.readReport` and the
 * like from `@etip/core/access`, so a viewer never gets a link to a report, nor the page.
 * `label` is the catalogue key of the view's name in the menu; a view with `nested` also answers
 * the addresses below its path (`/country/LA`).
 */
export const VIEWS = [
  { id: 'overview', path: '/', label: 'view.overview', allowed: (_user: SessionUser) => true },
  // Statuses and deadlines are not survivor data: every role may see them (core's buildCompleteness).
  { id: 'completeness', path: COMPLETENESS_PATH, label: 'completeness.nav', allowed: (_user: SessionUser) => true },
  { id: 'trends', path: TRENDS_PATH, label: 'trends.nav', allowed: (_user: SessionUser) => true },
  { id: 'country', path: COUNTRY_PATH, label: 'countryView.nav', nested: true, allowed: (_user: SessionUser) => true },
] as const;

export type ViewId = (typeof VIEWS)[number]['id'];

/** The views a person may open, in menu order. */
export function viewsFor(user: SessionUser) {
  return VIEWS.filter((v) => v.allowed(user));
}

/** The view at `pathname` if this person may open it; null otherwise (the page says "not found"). */
export function viewAt(pathname: string, user: SessionUser) {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return viewsFor(user).find((v) => v.path === path || ('nested' in v && path.startsWith(`${v.path}/`))) ?? null;
}
