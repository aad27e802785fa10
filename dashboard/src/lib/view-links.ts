import { type CountryCode, countryCodeSchema } from '@etip/core/framework';
import * as z from 'zod/mini';
import { parseUrlState, patchUrlState, serializeUrlState, type UrlState } from './url-state';

/*
 * The addresses of the views, for the route table and for the links between views (features
 * never import one another: a view links to another by its address, with the filters carried over).
 */

export const TRENDS_PATH = '/trends';
export const COMPLETENESS_PATH = '/completeness';
export const COUNTRY_PATH = '/country';

/** `/country/LA`: the country is part of the address, so a link opens that country's page. */
export const countryPath = (country: CountryCode): string => `${COUNTRY_PATH}/${country}`;

/** The country of a `/country/XX` address, read with core's schema; null for `/country` or an unknown code. */
export function countryOfPath(pathname: string): CountryCode | null {
  const match = /^\/country\/([^/]+)\/?$/.exec(pathname);
  if (!match) return null;
  const parsed = z.safeParse(countryCodeSchema(), match[1]);
  return parsed.success ? parsed.data : null;
}

/** `path` with this page's query and `patch` applied: the language and the period travel with the reader. */
export function viewHref(path: string, search: string, patch: Partial<UrlState> = {}): string {
  return path + serializeUrlState(patchUrlState(parseUrlState(search).state, patch), search);
}
