/**
 * The numbers behind a chart, once for both readers: `cells` as the table shows them (Intl
 * formatted), `csv` as the file gives them (plain digits), "<10" and "not reported" in both.
 */
export interface TableModel {
  readonly columns: readonly string[];
  readonly rows: readonly { readonly key: string; readonly cells: readonly string[]; readonly csv: readonly string[] }[];
  /** Said under the table and as the CSV's last column where it applies (what "<10" means). */
  readonly note?: string;
}
