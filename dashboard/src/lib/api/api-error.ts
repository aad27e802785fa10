import type { Problem } from '@etip/core/problems';

/**
 * Why a request to the API failed, in the terms the error panel explains: a refusal with its
 * problem (RFC 9457) when the API sent one, a bare HTTP status when something in front of it
 * answered (API Gateway's own 401), the network, or a response that was not what the contract
 * says. `correlationId` is the API's `X-Correlation-Id` (in AWS), for a person to quote.
 */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly kind: 'problem' | 'http' | 'network' | 'bad-response' | 'signed-out',
    readonly status: number | null,
    readonly problem: Problem | null = null,
    readonly correlationId: string | null = null,
  ) {
    super(problem ? `${problem.title}: ${problem.detail}` : `${kind}${status ? ` ${status}` : ''}`);
  }

  /** The problem type's name (`invalid-request` of `/problems/invalid-request`), if any. */
  get problemType(): string | null {
    return this.problem ? (this.problem.type.split('/').pop() ?? null) : null;
  }
}

/** Worth trying again by itself: the network or the server, never a refusal of the request. */
export const isTransient = (error: unknown): boolean => error instanceof ApiError && (error.kind === 'network' || (error.status ?? 0) >= 500);
