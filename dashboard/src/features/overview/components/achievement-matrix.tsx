import { type CountryCode, PILLARS } from '@etip/core/framework';
import { Fragment, useMemo } from 'react';
import { Link } from '../../../components/link';
import { downloadText, toCsv } from '../../../lib/csv';
import { rememberingKeys } from '../../../lib/i18n/translate';
import { useLanguage } from '../../../lib/i18n/use-language';
import { withheldNote } from '../../../lib/withheld-text';
import { matrixCsv } from '../matrix-csv';
import type { Matrix, Standing } from '../overview-model';
import { standingText } from '../standing-text';
import { MonthStatus, MonthStatusLegend, monthStatusText } from './month-status';

/**
 * Indicators down, countries and the region across. Each cell: the actual, the target for the
 * period, the achievement as a colour and as words, and the months behind it. A cell with
 * nothing reported is drawn apart (dashed, no colour): "not reported yet" is not "behind".
 */
export interface MatrixLinks {
  /** The trends of an indicator over the same months. */
  readonly indicator: (code: string) => string;
  /** A country's drill-down over the same months. */
  readonly country: (code: CountryCode) => string;
}

export function AchievementMatrix({
  matrix,
  fileName,
  ownCountry,
  links,
}: {
  matrix: Matrix;
  fileName: string;
  ownCountry: string | null;
  links: MatrixLinks;
}) {
  const { t, locale, words } = useLanguage();
  // Some 130 cells, each with the same few words: asked of i18next once each.
  const said = useMemo(() => rememberingKeys(t), [t]);
  const months = useMemo(() => matrix.months.map((m) => monthStatusText(m, locale, said)), [matrix, locale, said]);
  // What the marks on the page mean: "<10" for a month's figures, "withheld" for sums of several.
  const note = useMemo(
    () =>
      withheldNote(
        matrix.rows.flatMap((r) => r.cells.map((c) => c.actual)),
        t,
      ) ?? t('value.suppressedNote'),
    [matrix, t],
  );
  const download = () => {
    const { header, rows } = matrixCsv(matrix, locale, words, t);
    downloadText(`${fileName}.csv`, toCsv(header, rows));
  };
  const cell = (standing: Standing, n: number, code: string) => {
    const text = standingText(standing, locale, words, said);
    const kind = standing.actual.kind === 'not-reported' || standing.actual.kind === 'not-due' ? 'not-reported' : standing.track;
    return (
      <td key={matrix.columns[n]} className={`matrix-cell cell-${kind}`} data-indicator={code} data-column={matrix.columns[n]}>
        <span className="actual">{text.actual}</span>
        {text.withheld && <span className="visually-hidden">{text.withheld.reason}</span>}
        {text.targetPhrase && <span className="target">{text.targetPhrase}</span>}
        <span className="achievement">{text.verdict}</span>
        <span className="coverage">{text.coverage}</span>
        <MonthStatus text={months[n]!} />
      </td>
    );
  };
  return (
    <section className="matrix" aria-labelledby="matrix-title">
      <div className="section-head">
        <h2 id="matrix-title">{t('overview.matrixTitle')}</h2>
        <button type="button" onClick={download}>
          {t('chart.downloadCsv')}
        </button>
      </div>
      <p className="hint">{t('overview.matrixCaption')}</p>
      <p className="hint">{t('overview.trackHelp')}</p>
      <p className="hint">{t('overview.coverageHelp')}</p>
      <MonthStatusLegend />
      <div className="table-scroll">
        <table className="matrix-table">
          <caption className="visually-hidden">{t('overview.matrixTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('overview.indicator')}</th>
              {matrix.columns.map((c) => (
                <th key={c} scope="col" className={c === ownCountry ? 'own' : undefined}>
                  {c === 'region' ? t('overview.region') : <Link href={links.country(c)}>{t(`country.${c}`)}</Link>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {PILLARS.map((pillar) => {
              const rows = matrix.rows.filter((r) => r.indicator.pillar === pillar.code);
              if (rows.length === 0) return null;
              return (
                <Fragment key={pillar.code}>
                  <tr className="pillar-row">
                    <th scope="colgroup" colSpan={matrix.columns.length + 1}>
                      <span className="pillar-name">{t(`pillar.${pillar.code}`)}</span>
                    </th>
                  </tr>
                  {rows.map((row) => (
                    <tr key={row.indicator.code}>
                      <th scope="row">
                        <Link href={links.indicator(row.indicator.code)}>
                          <span className="code">{row.indicator.code}</span> {t(`indicator.${row.indicator.code}`)}
                        </Link>
                      </th>
                      {row.cells.map((s, n) => cell(s, n, row.indicator.code))}
                    </tr>
                  ))}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="table-note">{note}</p>
    </section>
  );
}
