import mekong from 'virtual:mekong-map';
import type { OverviewResponse } from '@etip/core/dashboard';
import { useMemo } from 'react';
import { ChartFrame } from '../../../components/chart/chart-frame';
import EChartsChart from '../../../components/chart/echarts-chart';
import { echarts } from '../../../lib/echarts';
import { useLanguage } from '../../../lib/i18n/use-language';
import { useNarrowScreen } from '../../../lib/use-narrow-screen';
import { mapModel } from '../map/map-model';
import { MEKONG_MAP, mapOption, NOT_REPORTED_FILL, TRACK_COLOURS } from '../map/map-option';
import { indicatorByCountry } from '../overview-model';

/** The map's key, in the order of the standings. */
const TRACKS = ['on-track', 'at-risk', 'off-track', 'not-assessed'] as const;

// Registered once, when this chunk loads: the six countries only, a few kilobytes, no tiles.
echarts.registerMap(MEKONG_MAP, mekong as unknown as Parameters<typeof echarts.registerMap>[1]);

/**
 * The six countries coloured by how the chosen indicator stands against target, each labelled
 * with its figure. Loaded as its own chunk (ECharts and the shapes) after the numbers are shown.
 */
export default function OverviewMap({ response, indicator }: { response: OverviewResponse; indicator: string }) {
  const { t, locale, words, script, fontFamily } = useLanguage();
  const model = useMemo(() => mapModel(indicatorByCountry(response, indicator), locale, words, t), [response, indicator, locale, words, t]);
  const compact = useNarrowScreen();
  const option = useMemo(() => mapOption(model.regions, fontFamily, script, compact), [model, fontFamily, script, compact]);
  const title = t('overview.mapTitle', { indicator: t(`indicator.${indicator}`) });
  const legend = (
    <div className="map-footer">
      <ul className="legend">
        {TRACKS.map((track) => (
          <li key={track}>
            {/* A style property, set through the DOM: the CSP allows it, and the colours stay defined once. */}
            <span className="swatch" aria-hidden="true" style={{ background: TRACK_COLOURS[track] }} />
            {t(`track.${track}`)}
          </li>
        ))}
        <li>
          <span className="swatch swatch-not-reported" aria-hidden="true" />
          {t('value.notReported')}
        </li>
      </ul>
      <p className="map-note">{t('overview.mapNote')}</p>
    </div>
  );
  return (
    <ChartFrame
      title={title}
      fileName={`etip-map-${indicator}-${response.from}-${response.to}`}
      table={model.table}
      footer={legend}
      period={response}
      legend={[
        ...TRACKS.map((track) => ({ label: t(`track.${track}`), colour: TRACK_COLOURS[track] })),
        { label: t('value.notReported'), colour: NOT_REPORTED_FILL },
      ]}
      notes={[t('overview.mapNote')]}
    >
      {(onReady) => <EChartsChart className="map-canvas" option={option} script={script} texts={model.texts} label={title} onReady={onReady} />}
    </ChartFrame>
  );
}
