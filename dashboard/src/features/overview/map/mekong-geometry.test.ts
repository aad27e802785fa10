import type { Objects, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { mekongGeometry } from './mekong-geometry';

/** Three squares sharing arcs: Lao PDR (418), Thailand (764) and a country outside the programme (250). */
const WORLD = {
  type: 'Topology',
  arcs: [
    [
      [100, 15],
      [100, 20],
      [105, 20],
      [105, 15],
      [100, 15],
    ],
    [
      [95, 15],
      [95, 10],
      [100, 10],
      [100, 15],
      [95, 15],
    ],
    [
      [0, 45],
      [5, 45],
      [5, 50],
      [0, 45],
    ],
  ],
  objects: {
    countries: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', id: '418', arcs: [[0]], properties: { name: 'Laos' } },
        { type: 'Polygon', id: '764', arcs: [[1]], properties: { name: 'Thailand' } },
        { type: 'Polygon', id: '250', arcs: [[2]], properties: { name: 'France' } },
      ],
    },
  },
} as unknown as Topology<Objects<Record<string, unknown>>>;

describe('mekongGeometry', () => {
  it('keeps only programme countries, named by programme code with a label point, in 2-D rounded coordinates', () => {
    // Act
    const map = mekongGeometry(WORLD, { drop: 0, decimals: 2 });

    // Assess
    expect(map.features.map((f) => f.properties.name)).toEqual(['LA', 'TH']);
    expect(map.features[0]!.properties.cp).toEqual([102.6, 19.6]);
    const ring = (map.features[0]!.geometry as { coordinates: number[][][] }).coordinates[0]!;
    expect(ring.every((p) => p.length === 2)).toBe(true);
    expect(ring).toContainEqual([100, 15]);
  });
});
