import * as z from 'zod/mini';
import { once } from '../once';

/** The six countries of the programme, with the zone their reporting deadline is kept in. */
export const COUNTRIES = [
  { code: 'KH', name: 'Cambodia', timeZone: 'Asia/Phnom_Penh' },
  { code: 'CN', name: 'China', timeZone: 'Asia/Shanghai' },
  { code: 'LA', name: 'Lao PDR', timeZone: 'Asia/Vientiane' },
  { code: 'MM', name: 'Myanmar', timeZone: 'Asia/Yangon' },
  { code: 'TH', name: 'Thailand', timeZone: 'Asia/Bangkok' },
  { code: 'VN', name: 'Vietnam', timeZone: 'Asia/Ho_Chi_Minh' },
] as const;

export type CountryCode = (typeof COUNTRIES)[number]['code'];
export type Country = (typeof COUNTRIES)[number];

export const COUNTRY_CODES = COUNTRIES.map((c) => c.code) as readonly CountryCode[];

export function isCountryCode(value: unknown): value is CountryCode {
  return typeof value === 'string' && (COUNTRY_CODES as readonly string[]).includes(value);
}

export function country(code: CountryCode): Country {
  return COUNTRIES.find((c) => c.code === code)!;
}

/** A country code as a path or a query names it; anything else is `unknown-country`. Built on first use (cold starts). */
export const countryCodeSchema = once(() => z.enum(COUNTRY_CODES as [CountryCode, ...CountryCode[]], { error: 'unknown-country' }));
