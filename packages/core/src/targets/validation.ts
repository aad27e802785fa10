import { INDICATOR_CODES, findIndicator } from '../framework/indicators';
import type { FieldError } from '../problems/problem';
import { targetSchemas } from './schemas';
import type { TargetValues } from './target-set';
import { byFieldPath, fieldErrors, quoteInput, type FieldIssue, type Validated } from '../reports/validation';

export interface TargetsBody {
  targets: TargetValues;
}

/** What a target of an indicator must be, in words, for messages. */
const expectation = (code: string) =>
  findIndicator(code)?.aggregation === 'ratio' ? 'a percentage from 0 to 100, at most one decimal' : 'a whole number';

/** The report formatter's messages, with what it cannot know about targets: codes are fields here. */
function targetErrors(issue: FieldIssue, body: unknown): FieldError[] {
  const [top, code] = issue.path;
  if (issue.code === 'unrecognized_keys' && issue.path.length === 0) {
    // `{ "PRV-01": 4800 }` without the wrapper: say where the target goes, not just "unknown".
    const misplaced = issue.keys.filter((key) => INDICATOR_CODES.includes(key));
    const rest = { ...issue, keys: issue.keys.filter((key) => !misplaced.includes(key)) };
    return [
      ...misplaced.map((key) => ({ path: key, message: `targets go inside "targets": { "targets": { "${key}": … } }` })),
      ...(rest.keys.length ? fieldErrors(rest, body) : []),
    ];
  }
  if (top !== 'targets') return fieldErrors(issue, body);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: `targets/${key}`, message: `unknown indicator '${key}'; expected one of ${INDICATOR_CODES.join(', ')}` }));
  }
  if (issue.code === 'invalid_type' && typeof code === 'string' && findIndicator(code)) {
    // null is refused rather than read as "no target": a client clears a target by leaving it out.
    const hint = issue.input === null ? ` (leave ${code} out to set no target)` : '';
    return [{ path: `targets/${code}`, message: `must be ${expectation(code)}; got ${quoteInput(issue.input)}${hint}` }];
  }
  return fieldErrors(issue, body);
}

/** Validates a targets body: every mistake at once, each with its path; no partial acceptance. */
export function validateTargetsBody(input: unknown): Validated<TargetsBody> {
  const result = targetSchemas().targetsBody.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, value: result.data as TargetsBody };
  return { ok: false, errors: result.error.issues.flatMap((issue) => targetErrors(issue as FieldIssue, input)).sort(byFieldPath) };
}
