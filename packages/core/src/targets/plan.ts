import type { User } from '../access/roles';
import { access } from '../access/rules';
import type { CountryCode } from '../framework/countries';
import { type Plan, planned } from '../problems/plan';
import { type Problem, problem } from '../problems/problem';
import { checkWrite, type Precondition } from '../versioning/preconditions';
import { setTargetsChange, type TargetSet, type TargetSetChange, targetYearError } from './target-set';
import type { TargetsBody } from './validation';

export type TargetsAddress = { country: CountryCode; year: number };

/** A target set, as precondition messages name it. */
export const targetsSubject = ({ country, year }: TargetsAddress) => ({
  noun: 'targets' as const,
  label: `targets for ${country} ${year}`,
  create: 'set targets for the first time',
  notFound: `no targets have been set for ${country} ${year}`,
});

/**
 * Whether this person may set targets for this year now, before anything is read: 'forbidden'
 * (403) for anyone but leads and admins, 'invalid-request' (400) on `year` outside 2015 to next year.
 */
export function refuseTargets(user: User, address: TargetsAddress, now: Date): Problem | null {
  if (!access.setTargets(user)) return problem('forbidden', 'only regional leads and admins set targets');
  const error = targetYearError('year', address.country, address.year, now);
  if (error) return problem('invalid-request', `targets for ${address.year} cannot be set: the year ${error.message}`, [error]);
  return null;
}

/**
 * The pure step of setting a country's targets for a year (see `Plan`): the change, or
 * the problem — those of `refuseTargets`, 'precondition-required' (428), 'conflict' (409) to create
 * over set targets, 'not-found' (404) to replace unset ones, 'stale-version' (412).
 */
export function planTargets(input: {
  user: User;
  address: TargetsAddress;
  body: TargetsBody;
  precondition: Precondition;
  existing: TargetSet | null;
  now: Date;
}): Plan<TargetSetChange> {
  const { user, address, body, precondition, existing, now } = input;
  const refused = refuseTargets(user, address, now);
  if (refused) return { ok: false, problem: refused };
  return planned(() => {
    checkWrite(existing?.version ?? null, precondition, targetsSubject(address));
    return setTargetsChange(existing, address, body.targets, user, now);
  });
}
