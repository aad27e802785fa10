import type { SessionUser } from '../lib/auth/claims';
import { COUNTRY_PATH, TRENDS_PATH } from '../lib/view-links';

/**
 * The views and who may open each (DESIGN.md 1, 5.2). Dashboards are for every role; views of
 * reports (the approvals queue, data entry) will be added here with `access.readReport` and the
 * like from `@etip/core/access`, so a viewer never gets a link to a report, nor the page.
 * A view with `nested` also answers the addresses below its path (`/country/LA`); one with
 * `label` names its menu entry with that catalogue key rather than `view.<id>`.
 */
export const VIEWS = [
  { id: 'overview', path: '/', allowed: (_user: SessionUser) => true },
  { id: 'trends', path: TRENDS_PATH, label: 'trends.nav', allowed: (_user: SessionUser) => true },
  { id: 'country', path: COUNTRY_PATH, label: 'countryView.nav', nested: true, allowed: (_user: SessionUser) => true },
] as const;

export type ViewId = (typeof VIEWS)[number]['id'];
type View = (typeof VIEWS)[number];

/** The catalogue key of a view's menu entry. */
export const viewLabel = (view: View): string => ('label' in view ? view.label : `view.${view.id}`);

/** The views a person may open, in menu order. */
export function viewsFor(user: SessionUser) {
  return VIEWS.filter((v) => v.allowed(user));
}

/** The view at `pathname` if this person may open it; null otherwise (the page says "not found"). */
export function viewAt(pathname: string, user: SessionUser) {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return viewsFor(user).find((v) => v.path === path || ('nested' in v && path.startsWith(`${v.path}/`))) ?? null;
}
