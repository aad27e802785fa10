/**
 * The numbers behind a chart, once for both readers: `cells` as the table shows them (Intl
 * formatted), `csv` as the file gives them (plain digits), "<10" and "not reported" in both.
 */
export interface TableModel {
  readonly columns: readonly string[];
  /**
   * The CSV's header when it has other columns than the table (a ratio: the table writes
   * "82.5% (33/40)" in one cell, the CSV gives percentage, numerator and denominator apart, as
   * numbers a spreadsheet reads); each row's `csv` follows it. The table's columns otherwise.
   */
  readonly csvColumns?: readonly string[];
  readonly rows: readonly { readonly key: string; readonly cells: readonly string[]; readonly csv: readonly string[] }[];
  /** Said under the table and as the CSV's last column where it applies (what "<10" means). */
  readonly note?: string;
}
