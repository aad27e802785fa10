import { useEffect, useRef } from 'react';
import { type EChartsCoreOption, type EChartsType, echarts } from '../../lib/echarts';
import { loadFontsFor } from '../../lib/i18n/fonts';
import type { FontScript } from '../../lib/i18n/languages';
import { markOnce, PERF_MARKS } from '../../lib/perf-marks';

export interface EChartsChartProps {
  readonly option: EChartsCoreOption;
  /** The script of the language shown: its font must be loaded before the canvas draws. */
  readonly script: FontScript;
  /** Every text the chart draws (labels, tooltip lines), so the faces covering them are loaded first. */
  readonly texts: readonly string[];
  /** What the chart shows, for screen readers; the numbers are in the table beside it. */
  readonly label: string;
  readonly onReady?: (chart: EChartsType | null) => void;
}

/**
 * One ECharts canvas. It waits for the fonts of the labels (a canvas never redraws when a font
 * arrives later: Khmer or Chinese would stay as boxes), draws with animation off (the bench's
 * timings and a reader on a slow machine both want the final picture at once), and marks the
 * first chart of the page for the bench.
 */
export default function EChartsChart({ option, script, texts, label, onReady }: EChartsChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const text = texts.join(' ');

  useEffect(() => {
    const instance = echarts.init(element.current!, null, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('finished', () => markOnce(PERF_MARKS.firstChart));
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(element.current!);
    onReady?.(instance);
    return () => {
      resize.disconnect();
      onReady?.(null);
      instance.dispose();
      chart.current = null;
    };
  }, [onReady]);

  useEffect(() => {
    let current = true;
    loadFontsFor(script, text)
      .catch(() => undefined) // a font that fails to load must not keep the numbers from being drawn
      .then(() => {
        if (current && chart.current) chart.current.setOption({ ...option, animation: false }, { notMerge: true });
      });
    return () => {
      current = false;
    };
  }, [option, script, text]);

  return <div ref={element} className="chart-canvas" role="img" aria-label={label} />;
}
