import { useSyncExternalStore } from 'react';

/*
 * A router of a few lines over the History API. The dashboard has a handful of flat paths and
 * keeps every filter in the query, so a library's nested routes, loaders and data APIs would be
 * weight on slow links for nothing; views are still code-split (React.lazy in app/routes.tsx).
 */

const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};
if (typeof window !== 'undefined') window.addEventListener('popstate', notify);

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = () => window.location.pathname + window.location.search;

/** The current path and query, re-rendering on every navigation (links, back and forward). */
export function useLocation(): { pathname: string; search: string } {
  const href = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(href, 'http://page');
  return { pathname: url.pathname, search: url.search };
}

/**
 * Goes to `to` (a path with its query) without reloading. `replace` for changes that should not
 * each be a step of the back button (typing in a filter); a new entry otherwise, so back undoes it.
 */
export function navigate(to: string, options: { replace?: boolean } = {}) {
  if (to === snapshot()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  notify();
}
