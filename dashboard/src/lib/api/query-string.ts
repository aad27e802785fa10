/** A request's query parameters; unset and empty ones are left out of its URL. */
export type QueryParams = Readonly<Record<string, string | undefined>>;

/** The query string of the params that are set, in a stable order (equal requests, equal URLs). */
export function queryString(params: QueryParams): string {
  const entries = Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '');
  return entries.length ? `?${new URLSearchParams(entries).toString().replaceAll('%2C', ',')}` : '';
}
