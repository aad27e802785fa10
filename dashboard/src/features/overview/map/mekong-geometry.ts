import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';

/**
 * The six programme countries by their ISO 3166-1 numeric codes (Natural Earth's ids in
 * world-atlas), named by the programme's own codes so the map joins the API's data directly.
 */
export const PROGRAMME_COUNTRY_IDS = { '116': 'KH', '156': 'CN', '418': 'LA', '104': 'MM', '764': 'TH', '704': 'VN' } as const;

/**
 * Where each country's label sits (ECharts reads a feature's `cp`): inside the country and inside
 * the map's view (China's own centre is far outside it), clear of the neighbours' labels.
 */
export const LABEL_POINTS: Record<string, [number, number]> = {
  KH: [104.9, 12.7],
  CN: [107.5, 26.8],
  LA: [102.6, 19.6],
  MM: [96.0, 21.5],
  TH: [100.9, 15.3],
  // Up the coast from the south: lower, its label covered Cambodia's in Burmese and Khmer (two taller lines each).
  VN: [108.3, 15.4],
};

export type MekongMap = FeatureCollection<Polygon | MultiPolygon, { name: string; cp: [number, number] }>;

export interface GeometryOptions {
  /** Share of the points to drop by visual importance (0 keeps all); the shapes stay recognisable to about 0.9. */
  readonly drop: number;
  /** Decimal places kept of each coordinate: 2 is about 1 km, finer than a six-country map shows. */
  readonly decimals: number;
}

const round = (decimals: number) => {
  const factor = 10 ** decimals;
  return (p: Position): Position => [Math.round(p[0]! * factor) / factor, Math.round(p[1]! * factor) / factor];
};

/**
 * The six countries out of a world-atlas topology, simplified and as GeoJSON for ECharts'
 * `registerMap`, with `name` the programme's country code. Run at build time (vite/mekong-map.ts),
 * so the browser downloads a few kilobytes instead of the world. Simplifying the topology (not
 * each shape) keeps shared borders identical on both sides: no slivers or gaps between countries.
 */
export function mekongGeometry(world: Topology<Objects<Record<string, unknown>>>, options: GeometryOptions): MekongMap {
  let topology = presimplify(world);
  // `quantile(topology, p)` is the weight above which the share p of the points lies: the share kept.
  if (options.drop > 0) topology = simplify(topology, quantile(topology, 1 - options.drop));
  const countries = topology.objects.countries as GeometryCollection<{ name?: string }>;
  const ids = PROGRAMME_COUNTRY_IDS as Record<string, string>;
  const six = countries.geometries.filter((g) => g.id !== undefined && String(g.id) in ids);
  const collection = feature(topology as Topology, { type: 'GeometryCollection', geometries: six }) as FeatureCollection<Polygon | MultiPolygon>;
  const at = round(options.decimals);
  const features = collection.features.map((f): Feature<Polygon | MultiPolygon, { name: string; cp: [number, number] }> => {
    const name = ids[String(f.id)]!;
    // presimplify adds each point's weight as a third coordinate: drop it, and round.
    const geometry =
      f.geometry.type === 'Polygon'
        ? { type: 'Polygon' as const, coordinates: f.geometry.coordinates.map((ring) => ring.map(at)) }
        : { type: 'MultiPolygon' as const, coordinates: f.geometry.coordinates.map((poly) => poly.map((ring) => ring.map(at))) };
    return { type: 'Feature', properties: { name, cp: LABEL_POINTS[name]! }, geometry };
  });
  features.sort((a, b) => a.properties.name.localeCompare(b.properties.name));
  return { type: 'FeatureCollection', features };
}
