import type * as z from 'zod/mini';
import type { FieldError } from './field-errors';
import type { problemSchema } from './schemas';

/**
 * RFC 9457 problem details: the one error shape of the API, also what the dashboard and the
 * Excel import show a person. One entry in `errors` per offending field, each with a code.
 */
export type Problem = Readonly<z.output<typeof problemSchema>>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Problem types, one per way a request can fail; `status` is the HTTP status it maps to. */
export const PROBLEMS = {
  'invalid-request': { status: 400, title: 'The request has invalid fields' },
  'incomplete-report': { status: 400, title: 'The report is missing cells' },
  unauthenticated: { status: 401, title: 'Sign-in required' },
  forbidden: { status: 403, title: 'Not allowed for your role or country' },
  // Only in AWS: a request that reached the API without passing through CloudFront (the site's address).
  'direct-request': { status: 403, title: "Not sent through the site's address" },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  conflict: { status: 409, title: 'Conflicts with the current state of the report' },
  'stale-version': { status: 412, title: 'The report has changed since you read it' },
  'body-too-large': { status: 413, title: 'The request body is too large' },
  'unsupported-media-type': { status: 415, title: 'The request body must be JSON' },
  // Only the local server: a request addressed to a name that is not this machine's (DNS rebinding).
  'misdirected-request': { status: 421, title: 'Addressed to another host' },
  'precondition-required': { status: 428, title: 'A version precondition is required' },
  // Only the local server (Node's parser): in AWS, CloudFront and API Gateway refuse such requests.
  'headers-too-large': { status: 431, title: 'The request headers are too large' },
  'internal-error': { status: 500, title: 'Internal error' },
} as const;
export type ProblemType = keyof typeof PROBLEMS;

/**
 * The most field errors one problem lists. A person fixing a report needs at most a few per cell
 * (99 cells); beyond that the list only grows the response, which an attacker could make huge.
 */
export const MAX_FIELD_ERRORS = 300;

/** A problem of `type`; at most `MAX_FIELD_ERRORS` errors are listed, the detail saying how many there were. */
export function problem(type: ProblemType, detail: string, errors?: readonly FieldError[]): Problem {
  const { status, title } = PROBLEMS[type];
  if (!errors?.length) return { type: `/problems/${type}`, title, status, detail };
  const listed = errors.slice(0, MAX_FIELD_ERRORS);
  const more = errors.length > listed.length ? ` (the first ${listed.length} of ${errors.length} are listed)` : '';
  return { type: `/problems/${type}`, title, status, detail: `${detail}${more}`, errors: listed };
}

/** A domain failure that carries its problem; thrown by the domain, mapped to HTTP at the edge. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
    this.name = 'ProblemError';
  }
  static of(type: ProblemType, detail: string, errors?: readonly FieldError[]): ProblemError {
    return new ProblemError(problem(type, detail, errors));
  }
}
