import { type ComponentType, lazy } from 'react';
import OverviewView from '../features/overview/components/overview-view';
import type { ViewId } from './route-table';

/**
 * Each view its own chunk: a person downloads the code of the views they open, nothing more. But
 * the overview, the page most visits open: its code comes with the app's (vite/app-chunk.ts), and
 * a lazy component would suspend once anyway and be revealed after React's 300 ms fallback throttle.
 */
export const VIEW_COMPONENTS: Record<ViewId, ComponentType> = {
  overview: OverviewView,
  completeness: lazy(() => import('../features/completeness/components/completeness-view')),
  trends: lazy(() => import('../features/trends/components/trends-view')),
  country: lazy(() => import('../features/country/components/country-view')),
};
