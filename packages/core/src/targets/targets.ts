import type * as z from 'zod/mini';
import type { User } from '../access/roles';
import { access } from '../access/rules';
import { COUNTRY_CODES } from '../framework/countries';
import { fieldError } from '../problems/field-errors';
import { changeOf } from '../problems/plan';
import { ProblemError } from '../problems/problem';
import { validOrThrow } from '../problems/zod-issues';
import { type Precondition, saveVersioned } from '../versioning/preconditions';
import type { WriteReceipt } from '../versioning/store';
import { planTargets, refuseTargets, type TargetsAddress, targetsSubject } from './plan';
import type { TargetRepository } from './repository';
import type { yearTargetsSchema } from './responses';
import { FIRST_TARGET_YEAR, type TargetRevision, type TargetRevisionView, type TargetSet, type TargetSetView } from './target-set';
import { validateTargetsBody } from './validation';

/**
 * The use cases of annual targets as plain verbs (DESIGN.md 3 "Targets"): parse, load, plan with
 * the pure step of `./plan`, save. None knows about HTTP or DynamoDB.
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

type Address = TargetsAddress;

const notFound = (address: Address) => ProblemError.of('not-found', targetsSubject(address).notFound);

/** A year before the programme cannot have targets: a read of it is a mistake (400), not an empty answer. */
function readableYear(year: number, path: string) {
  if (year < FIRST_TARGET_YEAR)
    throw ProblemError.of('invalid-request', `there are no targets before ${FIRST_TARGET_YEAR}`, [
      fieldError(path, 'year-too-early', { first: FIRST_TARGET_YEAR }),
    ]);
}

/**
 * Create (`If-None-Match: *`) or replace (`If-Match`) a country's targets for a year, whole:
 * load → plan → save. Problems (thrown as `ProblemError`): those of `refuseTargets` and
 * `planTargets`; 'invalid-request' (400) naming every invalid field of the body; 'conflict' or
 * 'stale-version' when another write got there first.
 */
export async function setTargets(deps: TargetsDeps, user: User, address: Address, body: unknown, precondition: Precondition): Promise<TargetsWritten> {
  const now = deps.now();
  const refused = refuseTargets(user, address, now);
  if (refused) throw new ProblemError(refused);
  const parsed = validOrThrow(validateTargetsBody(body), (n) => `${n} field(s) are invalid; nothing was saved`);
  const existing = await deps.targets.get(address.country, address.year);
  const change = changeOf(planTargets({ user, address, body: parsed, precondition, existing, now }));
  const receipt = await saveVersioned((c) => deps.targets.save(c), change, targetsSubject(address));
  return { targetSet: change.targetSet, created: !existing, receipt };
}

/** A target set as `user` may see it: who changed it last only for those who may see the country's staff. */
function shownTargetSet(user: User, targetSet: TargetSet): TargetSetView {
  if (access.seeStaff(user, targetSet.country)) return targetSet;
  const { updatedBy: _staff, ...shown } = targetSet;
  return shown;
}

/** A revision as `user` may see it: its actor only for those who may see the country's staff. */
function shownRevision(user: User, revision: TargetRevision): TargetRevisionView {
  if (access.seeStaff(user, revision.country)) return revision;
  const { actor: _staff, ...shown } = revision;
  return shown;
}

/**
 * A country's targets for a year, `updatedBy` left out for a reader who may not see the country's
 * staff (`access.seeStaff`). Problems: 'not-found' (404) when none were set.
 */
export async function getTargets(deps: TargetsDeps, user: User, address: Address): Promise<TargetSetView> {
  if (!access.readTargets(user)) throw ProblemError.of('forbidden', 'your role may not read targets');
  readableYear(address.year, 'year');
  const targetSet = await deps.targets.get(address.country, address.year);
  if (!targetSet) throw notFound(address);
  return shownTargetSet(user, targetSet);
}

/**
 * Every country's targets for a year, with what the read cost; `updatedBy` only where the reader
 * may see that country's staff. Any year from 2015 may be read: one without targets is simply
 * empty; only writes are held to the years targets can be set for. Problems: 'invalid-request'
 * (400) for a year before 2015.
 */
export async function listTargets(deps: TargetsDeps, user: User, year: number): Promise<{ yearTargets: YearTargets; consumedReadUnits: number }> {
  if (!access.readTargets(user)) throw ProblemError.of('forbidden', 'your role may not read targets');
  readableYear(year, 'query/year');
  const { targetSets, consumedReadUnits } = await deps.targets.list(year);
  const order = (t: TargetSet) => COUNTRY_CODES.indexOf(t.country);
  const countries = [...targetSets]
    .sort((a, b) => order(a) - order(b))
    .map((t) => {
      const { year: _year, ...rest } = shownTargetSet(user, t);
      return rest;
    });
  return { yearTargets: { year, countries }, consumedReadUnits };
}

/**
 * Every revision of a country's targets for a year, oldest first; each `actor` left out for a
 * reader who may not see the country's staff (`access.seeStaff`). Problems: 'not-found' (404).
 */
export async function targetHistory(deps: TargetsDeps, user: User, address: Address): Promise<TargetRevisionView[]> {
  if (!access.readTargets(user)) throw ProblemError.of('forbidden', 'your role may not read targets');
  readableYear(address.year, 'year');
  const revisions = await deps.targets.history(address.country, address.year);
  if (revisions.length === 0) throw notFound(address);
  return revisions.map((revision) => shownRevision(user, revision));
}
