import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { mekongGeometry } from '../src/features/overview/map/mekong-geometry.ts';

const ID = 'virtual:mekong-map';
const RESOLVED = `\0${ID}`;

/**
 * `import map from 'virtual:mekong-map'`: the six countries' shapes, cut out of world-atlas's
 * Natural Earth 1:50m countries and simplified at build time (DESIGN.md 7: the browser gets
 * ~4 KB gzip, not the 700 KB world). Nothing is fetched at run time, from us or from a tile server.
 */
export function mekongMap(): Plugin {
  return {
    name: 'etip-mekong-map',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const file = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
      const geometry = mekongGeometry(JSON.parse(readFileSync(file, 'utf8')), { drop: 0.85, decimals: 2 });
      return `export default ${JSON.stringify(geometry)};`;
    },
  };
}
