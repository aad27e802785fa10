import { COUNTRY_CODES, type CountryCode } from '../framework/countries';
import { access } from '../access/rules';
import { ProblemError } from '../problems/problem';
import type { WriteReceipt } from '../versioning/store';
import type { User } from '../access/roles';
import { checkVersion, saveVersioned, type Precondition, type Versioned } from '../versioning/preconditions';
import type { TargetRepository } from './repository';
import { setTargetsChange, targetYearError, type TargetRevision, type TargetSet, type TargetSetChange } from './target-set';
import { validateTargetsBody } from './validation';
import type * as z from 'zod/mini';
import type { yearTargetsSchema } from './responses';

/**
 * The use cases of annual targets as plain verbs (DESIGN.md 3 "Targets"). Each authorises,
 * validates, computes the change and stores it; none knows about HTTP or DynamoDB.
 */
export interface TargetsDeps {
  targets: TargetRepository;
  now: () => Date;
}

export interface TargetsWritten {
  targetSet: TargetSet;
  created: boolean;
  receipt: WriteReceipt;
}

/**
 * Every country's targets for a year, in the programme's country order. A country whose targets
 * were never set is left out: its absence is the answer, and the editor creates it with
 * `If-None-Match: *`.
 */
export type YearTargets = z.output<typeof yearTargetsSchema>;

type Address = { country: CountryCode; year: number };

const subjectOf = ({ country, year }: Address): Versioned => ({ noun: 'targets', label: `targets for ${country} ${year}` });
const notFound = ({ country, year }: Address) => ProblemError.of('not-found', `no targets have been set for ${country} ${year}`);


/** Create (`If-None-Match: *`) or replace (`If-Match`) a country's targets for a year, whole. */
export async function setTargets(deps: TargetsDeps, user: User, address: Address, body: unknown, precondition: Precondition): Promise<TargetsWritten> {
  if (!access.setTargets(user)) throw ProblemError.of('forbidden', 'only regional leads and admins set targets');
  const now = deps.now();
  const error = targetYearError('year', address.country, address.year, now);
  if (error) throw ProblemError.of('invalid-request', `targets for ${address.year} cannot be set: the year ${error.message}`, [error]);
  const valid = validateTargetsBody(body);
  if (!valid.ok) throw ProblemError.of('invalid-request', `${valid.errors.length} field(s) are invalid; nothing was saved`, valid.errors);
  const existing = await deps.targets.get(address.country, address.year);
  if (existing) checkVersion(existing.version, precondition, subjectOf(existing));
  else if (precondition.kind === 'replace' || precondition.kind === 'replace-any') throw notFound(address);
  else if (precondition.kind === 'none') throw ProblemError.of('precondition-required', 'send If-None-Match: * to set targets for the first time');
  const change = setTargetsChange(existing, address, valid.value.targets, user, now);
  const receipt = await saveVersioned((c) => deps.targets.save(c), change, subjectOf(change.targetSet));
  return { targetSet: change.targetSet, created: !existing, receipt };
}

export async function getTargets(deps: TargetsDeps, user: User, address: Address): Promise<TargetSet> {
  if (!access.readTargets(user)) throw ProblemError.of('forbidden', 'your role may not read targets');
  const targetSet = await deps.targets.get(address.country, address.year);
  if (!targetSet) throw notFound(address);
  return targetSet;
}

/**
 * Every country's targets for a year, with what the read cost. Any year may be read: one
 * without targets is simply empty; only writes are held to the years targets can be set for.
 */
export async function listTargets(deps: TargetsDeps, user: User, year: number): Promise<{ yearTargets: YearTargets; consumedReadUnits: number }> {
  if (!access.readTargets(user)) throw ProblemError.of('forbidden', 'your role may not read targets');
  const { targetSets, consumedReadUnits } = await deps.targets.list(year);
  const order = (t: TargetSet) => COUNTRY_CODES.indexOf(t.country);
  const countries = [...targetSets].sort((a, b) => order(a) - order(b)).map(({ year: _year, ...rest }) => rest);
  return { yearTargets: { year, countries }, consumedReadUnits };
}

/** Every revision of a country's targets for a year, oldest first. */
export async function targetHistory(deps: TargetsDeps, user: User, address: Address): Promise<TargetRevision[]> {
  if (!access.readTargets(user)) throw ProblemError.of('forbidden', 'your role may not read targets');
  const revisions = await deps.targets.history(address.country, address.year);
  if (revisions.length === 0) throw notFound(address);
  return revisions;
}
