import type { CountryCode } from '../framework/countries';
import type { TargetRepository, TargetsOfYear } from '../targets/repository';
import type { TargetRevision, TargetSet, TargetSetChange } from '../targets/target-set';
import type { WriteReceipt } from '../versioning/store';
import { MemoryVersionedStore } from './memory-versioned-store';

/**
 * The target repository in memory, keeping the port's promise (a change is stored only at the
 * version it was computed from). For unit tests of the use cases; reads cost nothing here.
 */
export class InMemoryTargetRepository implements TargetRepository {
  private readonly store = new MemoryVersionedStore<TargetSet, TargetRevision>();

  async get(country: CountryCode, year: number): Promise<TargetSet | null> {
    return this.store.get(`${year}#${country}`);
  }

  async list(year: number): Promise<TargetsOfYear> {
    const targetSets = [...this.store.items.values()].filter((t) => t.year === year).sort((a, b) => a.country.localeCompare(b.country));
    return { targetSets: structuredClone(targetSets), consumedReadUnits: 0 };
  }

  async history(country: CountryCode, year: number): Promise<TargetRevision[]> {
    return this.store.history(`${year}#${country}`);
  }

  async save(change: TargetSetChange): Promise<WriteReceipt> {
    this.store.save(`${change.targetSet.year}#${change.targetSet.country}`, {
      item: change.targetSet,
      revision: change.revision,
      expectedVersion: change.expectedVersion,
    });
    return { consumedWriteUnits: 0 };
  }
}
