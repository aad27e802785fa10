import type { CountryCode } from '../framework/countries';

/** The four roles of DESIGN.md 4; a token carries exactly one in `cognito:groups`. */
export const ROLES = ['country-office', 'regional-lead', 'admin', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The person behind a verified token. `country` is set for a country office only. */
export interface User {
  readonly sub: string;
  /**
   * How history names this person (`updatedBy`, a revision's actor): what the identity provider
   * vouches for, e.g. a verified email, never a display name the user could set themselves.
   */
  readonly name: string;
  readonly role: Role;
  readonly country: CountryCode | null;
}
