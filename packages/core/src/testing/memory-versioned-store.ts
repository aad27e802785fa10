import { VersionConflictError } from '../versioning/store';

/**
 * Versioned items and their revisions in memory, with the promise every repository port makes:
 * a change is stored only at the version it was computed from. The in-memory report and target
 * repositories are this plus their own keys and queries.
 */
export class MemoryVersionedStore<Item extends { version: number }, Revision> {
  readonly items = new Map<string, Item>();
  readonly revisions = new Map<string, Revision[]>();

  get(key: string): Item | null {
    return structuredClone(this.items.get(key) ?? null);
  }

  history(key: string): Revision[] {
    return structuredClone(this.revisions.get(key) ?? []);
  }

  save(key: string, change: { item: Item; revision: Revision; expectedVersion: number | null }): void {
    const current = this.items.get(key);
    if ((current?.version ?? null) !== change.expectedVersion) throw new VersionConflictError(current !== undefined);
    this.items.set(key, structuredClone(change.item));
    this.revisions.set(key, [...(this.revisions.get(key) ?? []), structuredClone(change.revision)]);
  }
}
