import { useSyncExternalStore } from 'react';

/**
 * The width below which the stylesheet lays views out for a phone (app.css, `max-width: 40rem`);
 * country office staff often read the dashboard on one.
 */
export const NARROW_SCREEN = '(max-width: 40rem)';

const query = () => window.matchMedia(NARROW_SCREEN);

function subscribe(listener: () => void) {
  const list = query();
  list.addEventListener('change', listener);
  return () => list.removeEventListener('change', listener);
}

/** Whether the page is as narrow as a phone's, following rotation and resizing: for what CSS cannot reach (canvas labels). */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, () => query().matches);
}
