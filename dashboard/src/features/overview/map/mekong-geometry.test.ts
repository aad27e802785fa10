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

  it('drops the share of points it is told to drop, the least important first', () => {
    // Prepare: Lao PDR's border as a zigzag of 41 points, each bend of its own size.
    const zigzag = Array.from({ length: 41 }, (_, n) => [100 + n / 8, 15 + (n % 2) * (0.1 + n / 40)]);
    const world = { ...WORLD, arcs: [[...zigzag, [105, 20], [100, 20], zigzag[0]], ...WORLD.arcs.slice(1)] } as typeof WORLD;
    const points = (drop: number) =>
      (mekongGeometry(world, { drop, decimals: 3 }).features[0]!.geometry as { coordinates: number[][][] }).coordinates[0]!.length;

    // Act
    const [all, half, most] = [points(0), points(0.5), points(0.9)];

    // Assess
    expect(all).toBe(44);
    expect(half).toBeGreaterThan(all * 0.35);
    expect(half).toBeLessThan(all * 0.65);
    expect(most).toBeLessThan(all * 0.2);
  });
});
