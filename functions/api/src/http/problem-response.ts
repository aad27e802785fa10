import { type FieldError, PROBLEM_CONTENT_TYPE, type Problem, type ProblemType, problem } from '@etip/core';

/** An RFC 9457 response; problems are never cached. */
export function problemResponse(body: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { 'Content-Type': PROBLEM_CONTENT_TYPE, 'Cache-Control': 'no-store', ...headers },
  });
}

export function problemOf(type: ProblemType, detail: string, errors?: readonly FieldError[], headers?: Record<string, string>): Response {
  return problemResponse(problem(type, detail, errors), headers);
}

/**
 * The answer to a method a resource does not take: 405 with `Allow` (RFC 9110 15.5.6), registered
 * after a path's routes, so that `DELETE` on a report says what it can do rather than "no route".
 */
export const methodNotAllowed = (allow: string) => (c: { req: { method: string } }) =>
  problemOf('method-not-allowed', `${c.req.method.slice(0, 10)} is not allowed here; use ${allow}`, undefined, { Allow: allow });
