import { COUNTRY_CODES, type CountryCode } from './countries';
import { access } from './access';
import { ProblemError } from './problem';
import { VersionConflictError, type WriteReceipt } from './report-repository';
import type { User } from './roles';
import type { Precondition } from './submissions';
import type { TargetRepository } from './target-repository';
import { setTargetsChange, targetYearProblem, type TargetRevision, type TargetSet, type TargetSetChange } from './target-set';
import { validateTargetsBody } from './target-validation';

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
export interface YearTargets {
  year: number;
  countries: Omit<TargetSet, 'year'>[];
}

type Address = { country: CountryCode; year: number };

const notFound = ({ country, year }: Address) => ProblemError.of('not-found', `no targets have been set for ${country} ${year}`);

function checkVersion(existing: TargetSet, precondition: Precondition) {
  if (precondition.kind === 'none') {
    throw ProblemError.of('precondition-required', `send If-Match: "${existing.version}" (the version you read) to change these targets`);
  }
  if (precondition.kind === 'create') {
    throw ProblemError.of('conflict', `targets for ${existing.country} ${existing.year} exist already (version ${existing.version}); replace them with If-Match`);
  }
  if (precondition.version !== existing.version) {
    throw ProblemError.of('stale-version', `you sent If-Match "${precondition.version}" but the targets are at version ${existing.version}; reload them and apply your change again`);
  }
}

async function store(deps: TargetsDeps, change: TargetSetChange): Promise<WriteReceipt> {
  try {
    return await deps.targets.save(change);
  } catch (error) {
    if (!(error instanceof VersionConflictError)) throw error;
    // Somebody else wrote between our read and our write: the same answers as a stale read.
    const { country, year } = change.targetSet;
    if (change.expectedVersion === null) throw ProblemError.of('conflict', `targets for ${country} ${year} were set meanwhile`);
    throw ProblemError.of('stale-version', 'the targets changed while your change was being saved; reload them and apply your change again');
  }
}

/** Create (`If-None-Match: *`) or replace (`If-Match`) a country's targets for a year, whole. */
export async function setTargets(deps: TargetsDeps, user: User, address: Address, body: unknown, precondition: Precondition): Promise<TargetsWritten> {
  if (!access.setTargets(user)) throw ProblemError.of('forbidden', 'only regional leads and admins set targets');
  const now = deps.now();
  const why = targetYearProblem(address.country, address.year, now);
  if (why) throw ProblemError.of('invalid-request', why, [{ path: 'year', message: why }]);
  const valid = validateTargetsBody(body);
  if (!valid.ok) throw ProblemError.of('invalid-request', `${valid.errors.length} field(s) are invalid; nothing was saved`, valid.errors);
  const existing = await deps.targets.get(address.country, address.year);
  if (existing) checkVersion(existing, precondition);
  else if (precondition.kind === 'replace') throw notFound(address);
  else if (precondition.kind === 'none') throw ProblemError.of('precondition-required', 'send If-None-Match: * to set targets for the first time');
  const change = setTargetsChange(existing, address, valid.value.targets, user, now);
  const receipt = await store(deps, change);
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
