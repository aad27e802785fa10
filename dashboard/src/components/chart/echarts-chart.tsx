import { useEffect, useRef } from 'react';
import { type EChartsCoreOption, type EChartsType, echarts, hasTooltip, loadTooltip } from '../../lib/echarts';
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
  /** Extra class of the canvas box, for its size (a map wants its own aspect). */
  readonly className?: string;
}

const sized = (element: HTMLElement) => element.clientWidth > 0 && element.clientHeight > 0;

/**
 * One ECharts canvas. It waits for the fonts of the labels (a canvas never redraws when a font
 * arrives later: Khmer or Chinese would stay as boxes) and for its box to have a size (React
 * may mount it hidden, and ECharts cannot lay out a map in a box of zero), draws with animation
 * off (the bench's timings and a reader on a slow machine both want the final picture at once),
 * marks the first chart of the page for the bench, then loads the tooltip (lib/echarts.ts).
 */
export default function EChartsChart({ option, script, texts, label, onReady, className = '' }: EChartsChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  /** The option waiting for fonts or a size; drawn by whichever comes last. */
  const pending = useRef<EChartsCoreOption | null>(null);
  /** The option last drawn: its tooltip is set again once the tooltip has loaded. */
  const drawn = useRef<EChartsCoreOption | null>(null);
  /** Draws the pending option if the chart's box is ready; set while the box is mounted. */
  const drawRef = useRef<(() => void) | null>(null);
  const text = texts.join(' ');

  useEffect(() => {
    const box = element.current!;
    const draw = () => {
      if (!pending.current || !sized(box)) return;
      if (!chart.current) {
        const instance = echarts.init(box, null, { renderer: 'canvas' });
        chart.current = instance;
        let tooltipAsked = false;
        instance.on('finished', () => {
          markOnce(PERF_MARKS.firstChart);
          if (hasTooltip() || tooltipAsked) return;
          // Drawn without its tooltip (lib/echarts.ts loads it apart): given it once it is there.
          tooltipAsked = true;
          void loadTooltip().then(() => {
            const tooltip = drawn.current?.tooltip;
            if (tooltip && !instance.isDisposed()) instance.setOption({ tooltip });
          });
        });
        onReady?.(instance);
      }
      chart.current.setOption(pending.current, { notMerge: true });
      drawn.current = pending.current;
      pending.current = null;
    };
    const observer = new ResizeObserver(() => {
      if (chart.current && sized(box)) chart.current.resize();
      draw();
    });
    observer.observe(box);
    drawRef.current = draw;
    return () => {
      observer.disconnect();
      drawRef.current = null;
      onReady?.(null);
      chart.current?.dispose();
      chart.current = null;
    };
  }, [onReady]);

  useEffect(() => {
    let current = true;
    loadFontsFor(script, text)
      .catch(() => undefined) // a font that fails to load must not keep the numbers from being drawn
      .then(() => {
        if (!current) return;
        pending.current = { ...option, animation: false };
        drawRef.current?.();
      });
    return () => {
      current = false;
    };
  }, [option, script, text]);

  return <div ref={element} className={`chart-canvas ${className}`} role="img" aria-label={label} />;
}
