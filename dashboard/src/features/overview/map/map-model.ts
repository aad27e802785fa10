import type { CountryCode } from '@etip/core/framework';
import type { TableModel } from '../../../components/chart/table-model';
import type { FigureWords } from '../../../lib/format';
import type { Translate } from '../../../lib/i18n/translate';
import { withheldNote } from '../../../lib/withheld-text';
import type { Standing } from '../overview-model';
import { standingText } from '../standing-text';
import type { MapRegion } from './map-option';

export interface MapModel {
  readonly regions: readonly MapRegion[];
  readonly table: TableModel;
  /** Every text the canvas may draw, for loading the fonts that cover them first. */
  readonly texts: readonly string[];
}

/**
 * One indicator across the six countries, as the map draws it and as its table and CSV list it:
 * the same words in each ("<10" or, over several months, "withheld", with its reason; "not
 * reported"), from `standingText`, each in its own column.
 */
export function mapModel(rows: readonly { country: CountryCode; standing: Standing }[], locale: string, words: FigureWords, t: Translate): MapModel {
  const note = withheldNote(
    rows.map((r) => r.standing.actual),
    t,
  );
  const regions: MapRegion[] = [];
  const tableRows: { key: string; cells: string[]; csv: string[] }[] = [];
  for (const { country, standing } of rows) {
    const name = t(`country.${country}`);
    const text = standingText(standing, locale, words, t);
    const reason = text.withheld ? `\n${text.withheld.reason}` : '';
    // Nothing reported has no target to give: the coverage line says why.
    const target = text.target ? `\n${t('overview.target')}: ${text.target}` : '';
    regions.push({
      country,
      label: `${name}\n${text.actual}`,
      figure: text.actual,
      tooltip: `${name}\n${t('overview.actual')}: ${text.actual}${reason}${target}\n${t('overview.achievement')}: ${text.verdict}\n${text.coverage}`,
      track: standing.track,
      notReported: standing.actual.kind === 'not-reported' || standing.actual.kind === 'not-due',
    });
    tableRows.push({
      key: country,
      cells: [name, text.actual, text.target, text.achievement, text.track, text.coverage],
      csv: [name, text.csv.actual, text.csv.target, text.csv.achievement, text.csv.track, text.csv.coverage],
    });
  }
  const columns = [t('overview.country'), t('overview.actual'), t('overview.target'), t('overview.achievement'), t('overview.status'), t('coverage.column')];
  return {
    regions,
    table: { columns, rows: tableRows, ...(note ? { note } : {}) },
    texts: [...regions.flatMap((r) => [r.label, r.tooltip]), ...columns],
  };
}
