/**
 * What every versioned store (reports, targets) promises its callers: a change is stored only at
 * the version it was computed from, and each write says what it cost.
 */

/** What a storage write cost, so callers can report it (DESIGN.md 7). */
export interface WriteReceipt {
  consumedWriteUnits: number;
}

/** The stored item was not at the version the change was computed from. */
export class VersionConflictError extends Error {
  constructor(readonly itemExists: boolean) {
    super(itemExists ? 'the item has another version' : 'the item does not exist');
    this.name = 'VersionConflictError';
  }
}
