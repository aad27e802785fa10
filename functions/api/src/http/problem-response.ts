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
