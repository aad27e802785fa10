import { viewQueries } from '@etip/core/dashboard';
import { COUNTRY_CODES, type CountryCode, type DimensionKey, type Period, type PillarCode, pillarCodeSchema } from '@etip/core/framework';
import * as z from 'zod/mini';
import { LANGUAGE_CODES, type Language } from './i18n/languages';

/**
 * Every filter of every view lives in the URL query (DESIGN.md 5.2), so a copied link opens the
 * same view: `?from=2026-01&to=2026-06&countries=KH,LA&pillar=protection&indicator=PRT-01&by=sex&lang=km`.
 * Each parameter is read with the schema the API reads it with (core's view queries), one at a
 * time: a bad value is dropped and reported, the others still apply. Parameters this module does
 * not know (the sign-in's `as`, an OIDC `code`) are left alone.
 */
export interface UrlState {
  from?: Period;
  to?: Period;
  /** Empty means all six, as in the API. */
  countries: CountryCode[];
  pillar?: PillarCode;
  indicator?: string;
  by?: DimensionKey;
  lang?: Language;
}

/** The parameters in the order they are written, so equal states make equal links. */
export const URL_STATE_KEYS = ['from', 'to', 'countries', 'pillar', 'indicator', 'by', 'lang'] as const;
type Key = (typeof URL_STATE_KEYS)[number];

const fieldSchemas = () => {
  const series = viewQueries().series.def.shape;
  return {
    from: series.from,
    to: series.to,
    countries: series.countries,
    pillar: z.optional(pillarCodeSchema()),
    indicator: z.optional(series.indicator),
    by: series.by,
    lang: z.optional(z.enum(LANGUAGE_CODES)),
  } satisfies Record<Key, z.ZodMiniType>;
};

export interface ParsedUrlState {
  state: UrlState;
  /** Parameters whose value was refused, so the view can say the link was partly wrong. */
  rejected: Key[];
}

/** Reads the filters of a query string (`?…` or a URLSearchParams). */
export function parseUrlState(search: string | URLSearchParams): ParsedUrlState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const schemas = fieldSchemas();
  const state: Record<string, unknown> = {};
  const rejected: Key[] = [];
  for (const key of URL_STATE_KEYS) {
    const raw = params.get(key);
    if (raw === null || raw === '') continue;
    const parsed = z.safeParse(schemas[key] as z.ZodMiniType, raw);
    if (parsed.success) state[key] = parsed.data;
    else rejected.push(key);
  }
  const countries = typeof state.countries === 'string' ? state.countries.split(',') : [];
  // Programme order and no repeats, so `LA,KH,LA` and `KH,LA` are one view with one link.
  state.countries = COUNTRY_CODES.filter((c) => countries.includes(c));
  return { state: state as unknown as UrlState, rejected };
}

/**
 * Writes the filters into a query string, keeping parameters it does not own from `base`.
 * Empty values are left out, so the default view has a clean link.
 */
export function serializeUrlState(state: UrlState, base: string | URLSearchParams = ''): string {
  const params = new URLSearchParams(base);
  for (const key of URL_STATE_KEYS) params.delete(key);
  for (const key of URL_STATE_KEYS) {
    const value = key === 'countries' ? state.countries.join(',') : state[key];
    if (value) params.set(key, value);
  }
  const text = params.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}

/** The state with `patch` applied; a key set to undefined is cleared. */
export function patchUrlState(state: UrlState, patch: Partial<UrlState>): UrlState {
  return { ...state, ...patch, countries: patch.countries ? COUNTRY_CODES.filter((c) => patch.countries!.includes(c)) : state.countries };
}
