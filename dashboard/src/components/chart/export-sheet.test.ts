import { describe, expect, it } from 'vitest';
import { layoutSheet, wrapText } from './export-sheet';

// Every character 10 px wide at any size: widths are easy to reckon by hand.
const measure = (text: string) => [...text].length * 10;
const lineHeight = (size: number) => size + 6;

describe("a chart's PNG sheet", () => {
  it('puts the title and the period above the chart, every legend entry and the notes below it', () => {
    // Prepare
    const sheet = {
      title: 'Map: PRV-01',
      context: ['Jan 2026 to Oct 2026'],
      legend: ['on track', 'at risk', 'off track', 'not assessed', 'not reported'].map((label) => ({ label, colour: '#000' })),
      notes: ['Boundaries are not endorsed.'],
    };

    // Act
    const layout = layoutSheet(sheet, 400, 300, measure, lineHeight);

    // Assess
    const texts = layout.texts.map((t) => t.text);
    expect(texts).toEqual([
      'Map: PRV-01',
      'Jan 2026 to Oct 2026',
      'on track',
      'at risk',
      'off track',
      'not assessed',
      'not reported',
      'Boundaries are not endorsed.',
    ]);
    const at = (text: string) => layout.texts.find((t) => t.text === text)!;
    expect(at('Map: PRV-01').y).toBeLessThan(layout.chart.y);
    expect(at('Jan 2026 to Oct 2026').y).toBeLessThan(layout.chart.y);
    // 368 px of room: three entries a row (on track 80+20, at risk 70+20, off track 90+20, with gaps), so the legend wraps instead of paging.
    expect(at('on track').y).toBe(at('off track').y);
    expect(at('not assessed').y).toBeGreaterThan(at('on track').y);
    expect(layout.marks).toHaveLength(5);
    for (const t of layout.texts) expect(t.x + measure(t.text)).toBeLessThanOrEqual(400 - 16 + 1);
    expect(at('Boundaries are not endorsed.').y).toBeGreaterThan(at('not reported').y);
    expect(layout.height).toBeGreaterThan(layout.chart.y + 300 + 2 * 19);
  });

  it('wraps a title at spaces, and between characters where a script writes none (Khmer)', () => {
    const fits = (line: string) => measure(line) <= 100;
    expect(wrapText('Children active in child clubs', 100, fits)).toEqual(['Children ', 'active in ', 'child ', 'clubs'].map((l) => l.trimEnd()));
    const khmer = 'ចំនួនមនុស្សដែលបានចូលរួម';
    const lines = wrapText(khmer, 100, fits);
    expect(lines.join('')).toBe(khmer);
    expect(lines.every(fits)).toBe(true);
  });
});
