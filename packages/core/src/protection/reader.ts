import type { User } from '../access/roles';
import type { CountryCode } from '../framework/countries';

/**
 * Whether survivor counts of `country` are protected for this person (DESIGN.md 5.4): always
 * for a viewer (partners, donors), and for a country office looking at another country. Its
 * own country's figures, and everything for leads and admins, are shown as they are.
 */
export function isProtected(user: User, country: CountryCode): boolean {
  if (user.role === 'viewer') return true;
  if (user.role === 'country-office') return user.country !== country;
  return false;
}
