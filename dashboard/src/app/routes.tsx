import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import type { ViewId } from './route-table';

/** Each view its own chunk: a person downloads the code of the views they open, nothing more. */
export const VIEW_COMPONENTS: Record<ViewId, LazyExoticComponent<ComponentType>> = {
  overview: lazy(() => import('../features/overview/components/overview-view')),
  completeness: lazy(() => import('../features/completeness/components/completeness-view')),
  trends: lazy(() => import('../features/trends/components/trends-view')),
  country: lazy(() => import('../features/country/components/country-view')),
};
