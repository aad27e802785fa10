import { findIndicator, INDICATOR_CODES } from '../framework/indicators';
import { byFieldPath, echo, type FieldError, fieldError } from '../problems/field-errors';
import { type Issue, issueErrors, joinPath, type Validated, validate } from '../problems/zod-issues';
import { targetSchemas } from './schemas';
import type { TargetValues } from './target-set';

export interface TargetsBody {
  targets: TargetValues;
}

/** What zod cannot know about targets: indicator codes are fields here, and a ratio's target is a percentage. */
function targetsHint(issue: Issue, body: unknown): FieldError[] | null {
  const [top, code] = issue.path;
  if (issue.code === 'unrecognized_keys' && issue.path.length === 0) {
    // `{ "PRV-01": 4800 }` without the wrapper: say where the target goes, not just "unknown".
    const misplaced = issue.keys.filter((key) => INDICATOR_CODES.includes(key));
    if (misplaced.length === 0) return null;
    const rest = issue.keys.filter((key) => !misplaced.includes(key));
    return [
      ...misplaced.map((key) => fieldError(key, 'targets-misplaced', { indicator: key })),
      ...(rest.length ? issueErrors({ ...issue, keys: rest }, body) : []),
    ];
  }
  if (top !== 'targets') return null;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => fieldError(joinPath(['targets', key]), 'unknown-indicator', { got: echo(key), allowed: INDICATOR_CODES }));
  }
  const indicator = typeof code === 'string' ? findIndicator(code) : undefined;
  if (!indicator) return null;
  const path = `targets/${indicator.code}`;
  if (issue.code === 'invalid_type') {
    // null is refused rather than read as "no target": a client clears a target by leaving it out.
    const leaveOut = issue.input === null ? { leaveOut: indicator.code } : {};
    const code = indicator.aggregation === 'ratio' ? 'not-a-percentage' : 'not-whole-number';
    return [fieldError(path, code, { got: echo(issue.input), ...leaveOut })];
  }
  if (issue.code === 'custom') return [fieldError(path, 'too-many-decimals', { decimals: 1, example: '72.5' })];
  return null;
}

/**
 * Validates a targets body: every mistake at once, each with its path and code; no partial
 * acceptance. A ratio's target is a percentage with at most one decimal, every other a whole number.
 */
export function validateTargetsBody(input: unknown): Validated<TargetsBody> {
  return validate(targetSchemas().targetsBody, input, { hint: targetsHint, sort: byFieldPath }) as Validated<TargetsBody>;
}
