import type { CountryCode } from './countries';
import { VersionConflictError, type WriteReceipt } from './report-repository';
import type { TargetRepository, TargetsOfYear } from './target-repository';
import type { TargetRevision, TargetSet, TargetSetChange } from './target-set';

/**
 * The target repository in memory, keeping the port's promise (a change is stored only at the
 * version it was computed from). For unit tests of the use cases; reads cost nothing here.
 */
export class InMemoryTargetRepository implements TargetRepository {
  protected readonly targetSets = new Map<string, TargetSet>();
  protected readonly revisions = new Map<string, TargetRevision[]>();

  async get(country: CountryCode, year: number): Promise<TargetSet | null> {
    return structuredClone(this.targetSets.get(`${year}#${country}`) ?? null);
  }

  async list(year: number): Promise<TargetsOfYear> {
    const targetSets = [...this.targetSets.values()].filter((t) => t.year === year).sort((a, b) => a.country.localeCompare(b.country));
    return { targetSets: structuredClone(targetSets), consumedReadUnits: 0 };
  }

  async history(country: CountryCode, year: number): Promise<TargetRevision[]> {
    return structuredClone(this.revisions.get(`${year}#${country}`) ?? []);
  }

  async save(change: TargetSetChange): Promise<WriteReceipt> {
    const key = `${change.targetSet.year}#${change.targetSet.country}`;
    const current = this.targetSets.get(key);
    if ((current?.version ?? null) !== change.expectedVersion) throw new VersionConflictError(current !== undefined);
    this.targetSets.set(key, structuredClone(change.targetSet));
    this.revisions.set(key, [...(this.revisions.get(key) ?? []), structuredClone(change.revision)]);
    return { consumedWriteUnits: 0 };
  }
}
