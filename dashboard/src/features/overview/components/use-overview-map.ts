import { useEffect, useState } from 'react';
import { afterNextPaint } from '../../../lib/after-paint';
import { preloadOverviewCharts } from '../../../lib/boot/chart-preload';

const mapModule = () => import('./overview-map');
type OverviewMap = Awaited<ReturnType<typeof mapModule>>['default'];

/** The map's component once it may be drawn, or why its code could not be loaded; null before. */
export type MapState = { Component: OverviewMap } | { error: unknown } | null;

/**
 * The overview's map (ECharts and the shapes), in a chunk of its own that the boot script has been
 * fetching without running it (lib/boot/chart-preload.ts). Running ECharts takes longer than
 * drawing the numbers, so it runs when the page has nothing better to do: while the data is still
 * on its way, or else once the numbers are painted, never in between (a reader on a slow computer
 * would wait for it before seeing a number). Not `React.lazy`: a component that suspends after
 * its fallback has shown is revealed no sooner than 300 ms later (React's throttle of fallbacks),
 * longer than the map takes to draw on a fast computer.
 */
export function useOverviewMap(numbersRendered: boolean): MapState {
  const [map, setMap] = useState<MapState>(null);
  useEffect(() => {
    let live = true;
    if (!numbersRendered) {
      void preloadOverviewCharts().then(() => {
        // Its failure, if any, is the painted numbers' to report, when they ask again.
        if (live) mapModule().catch(() => undefined);
      });
      return () => {
        live = false;
      };
    }
    const cancel = afterNextPaint(() =>
      mapModule().then(
        (module) => live && setMap({ Component: module.default }),
        (error: unknown) => live && setMap({ error }),
      ),
    );
    return () => {
      live = false;
      cancel();
    };
  }, [numbersRendered]);
  return map;
}
