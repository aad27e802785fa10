import { useCallback, useMemo } from 'react';
import { navigate, useLocation } from './router';
import { type ParsedUrlState, parseUrlState, patchUrlState, serializeUrlState, type UrlState } from './url-state';

/** The page's filters from its URL, and a setter that writes them back (a new history entry). */
export function useUrlState(): ParsedUrlState & { setUrlState: (patch: Partial<UrlState>) => void } {
  const { pathname, search } = useLocation();
  const parsed = useMemo(() => parseUrlState(search), [search]);
  const setUrlState = useCallback(
    (patch: Partial<UrlState>) => navigate(pathname + serializeUrlState(patchUrlState(parsed.state, patch), search)),
    [pathname, search, parsed],
  );
  return { ...parsed, setUrlState };
}
