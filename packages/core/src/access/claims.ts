import { type CountryCode, isCountryCode } from '../framework/countries';
import { isRole, type Role } from './roles';

/** Why a token's claims give no usable role: each is a refusal the API words for the caller. */
export type ClaimsFault = 'no-role' | 'many-roles' | 'no-country';

/**
 * The role and country a verified token's claims give (DESIGN.md 4): exactly one of our roles in
 * `cognito:groups` (Cognito adds groups of its own, e.g. for federated users, which are ignored),
 * and for a country office a programme country in `custom:country`. The API (after checking the
 * signature) and the dashboard (to choose what to show) read claims with this one function.
 */
export function roleOfClaims(claims: Readonly<Record<string, unknown>>): { role: Role; country: CountryCode | null } | { fault: ClaimsFault } {
  const groups = claims['cognito:groups'];
  const roles = Array.isArray(groups) ? groups.filter(isRole) : [];
  if (roles.length === 0) return { fault: 'no-role' };
  if (roles.length > 1) return { fault: 'many-roles' };
  const role = roles[0]!;
  if (role !== 'country-office') return { role, country: null };
  const country = claims['custom:country'];
  return isCountryCode(country) ? { role, country } : { fault: 'no-country' };
}
