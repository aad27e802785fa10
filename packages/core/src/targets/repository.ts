import type { CountryCode } from '../framework/countries';
import type { WriteReceipt } from '../versioning/store';
import type { TargetRevision, TargetSet, TargetSetChange } from './target-set';

/** The target sets of one year, and what reading them cost (dashboards report it, DESIGN.md 5.1). */
export interface TargetsOfYear {
  targetSets: TargetSet[];
  consumedReadUnits: number;
}

/**
 * The persistence port of targets. The domain decides what changes; an adapter (DynamoDB in
 * `@etip/db`) stores the target set and its revision together or not at all. A conflict is the
 * reports' `VersionConflictError`: the same optimistic concurrency, answered the same way.
 */
export interface TargetRepository {
  get(country: CountryCode, year: number): Promise<TargetSet | null>;
  /** Every country's targets for a year, in one read: what the dashboard overview needs. */
  list(year: number): Promise<TargetsOfYear>;
  history(country: CountryCode, year: number): Promise<TargetRevision[]>;
  /** Stores the change only if the target set is still at `expectedVersion` (absent for null). */
  save(change: TargetSetChange): Promise<WriteReceipt>;
}
