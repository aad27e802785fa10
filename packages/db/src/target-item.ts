import { orderTargets, type TargetChange, type TargetRevision, type TargetSet } from '@etip/core';
import { keys } from './keys';

/**
 * How a target set and its revisions sit in the table. The current set is one small item per
 * country under its year, so the dashboard overview reads a year's six in one query page.
 */
export type TargetSetItem = TargetSet & { pk: string; sk: string; entity: 'targets' };

export function toTargetSetItem(targetSet: TargetSet): TargetSetItem {
  return { ...keys.targets(targetSet.year, targetSet.country), entity: 'targets', ...targetSet };
}

export function fromTargetSetItem(item: Record<string, unknown>): TargetSet {
  const { pk: _pk, sk: _sk, entity: _e, targets, ...rest } = item as unknown as TargetSetItem;
  // A DynamoDB map comes back in no particular order; the API shows framework order.
  return { ...rest, targets: orderTargets(targets) };
}

/** A change as `[indicator, from, to]`: the revision items of a year's edits stay small. */
type StoredChange = [string, number | null, number | null];
export type TargetRevisionItem = Omit<TargetRevision, 'changes'> & { pk: string; sk: string; entity: 'target-revision'; changes: StoredChange[] };

export function toTargetRevisionItem(revision: TargetRevision): TargetRevisionItem {
  return {
    ...keys.targetRevision(revision.year, revision.country, revision.version),
    entity: 'target-revision',
    ...revision,
    changes: revision.changes.map((c) => [c.indicator, c.from, c.to]),
  };
}

export function fromTargetRevisionItem(item: Record<string, unknown>): TargetRevision {
  const { pk: _pk, sk: _sk, entity: _e, changes, ...rest } = item as unknown as TargetRevisionItem;
  return { ...rest, changes: changes.map(([indicator, from, to]): TargetChange => ({ indicator, from, to })) };
}
