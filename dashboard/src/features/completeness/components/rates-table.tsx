import type { CompletenessResponse } from '@etip/core/dashboard';
import { useMemo } from 'react';
import { downloadText, toCsv } from '../../../lib/csv';
import { useLanguage } from '../../../lib/i18n/use-language';
import { ratesTable } from '../rates-table';

/**
 * Each country's reporting rates and its next deadline: relative ("due in 2 days") in the
 * reader's language, with the date and time on the country's own clock beside it and on hover.
 */
export function RatesTable({ response, now }: { response: CompletenessResponse; now: Date }) {
  const { t, locale } = useLanguage();
  const table = useMemo(() => ratesTable(response, now, locale, t), [response, now, locale, t]);
  const download = () =>
    downloadText(
      `etip-reporting-rates-${response.from}-${response.to}.csv`,
      toCsv(
        table.csvColumns,
        table.rows.map((r) => r.csv),
      ),
    );
  return (
    <section className="rates" aria-labelledby="rates-title">
      <div className="section-head">
        <h2 id="rates-title">{t('completeness.rates.title')}</h2>
        <button type="button" onClick={download}>
          {t('chart.downloadCsv')}
        </button>
      </div>
      <p className="hint">{t('completeness.rates.help')}</p>
      <div className="table-scroll">
        <table className="data-table rates-table">
          <caption className="visually-hidden">{t('completeness.rates.title')}</caption>
          <thead>
            <tr>
              {table.columns.map((c, n) => (
                <th key={c} scope="col" className={n > 0 && n < table.columns.length - 1 ? 'numeric' : undefined}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.key} className={row.key === 'region' ? 'region-row' : undefined}>
                <th scope="row">{row.cells[0]}</th>
                {row.cells.slice(1).map((cell, n) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional and fixed
                  <td key={n} className="numeric">
                    {cell}
                  </td>
                ))}
                <td className={row.deadline?.deadline.overdue ? 'deadline overdue' : 'deadline'}>
                  {row.deadline && (
                    <>
                      <time dateTime={row.deadline.deadline.dueAt.toISOString()} title={row.deadline.absolute}>
                        {row.deadline.relative}
                      </time>
                      <span className="deadline-detail">
                        {t('completeness.deadline.report', { month: row.deadline.month })} · {row.deadline.absolute}
                      </span>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="table-note">{t('completeness.deadline.zoneNote')}</p>
    </section>
  );
}
