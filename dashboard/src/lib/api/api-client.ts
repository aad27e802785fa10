import { PROBLEM_CONTENT_TYPE, problemSchema } from '@etip/core/problems';
import * as z from 'zod/mini';
import { ApiError } from './api-error';
import type { QueryParams } from './query-string';
import { queryString } from './query-string';

export { type QueryParams, queryString } from './query-string';

/** Where a request gets its bearer token, and one fresh one after a 401. */
export interface TokenSource {
  token(): string | null;
  renew(): Promise<boolean>;
}

export interface ApiClient {
  /** GETs `path` under the API base and parses the body with the contract's schema. */
  get<T>(path: string, params: QueryParams, schema: z.ZodMiniType<T>, signal?: AbortSignal): Promise<T>;
}

/**
 * The dashboard's one way to the API. A 401 gets one renewal of the token and one retry (a
 * token that expired while the page was open); a second 401 means signed out. Every body is
 * parsed with core's contract schema, so a view never renders a shape it does not know.
 */
export function createApiClient(apiBase: string, tokens: TokenSource, fetcher: typeof fetch = (...args) => fetch(...args)): ApiClient {
  async function send(url: string, signal?: AbortSignal): Promise<Response> {
    const token = tokens.token();
    if (!token) throw new ApiError('signed-out', 401);
    try {
      return await fetcher(url, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' }, ...(signal ? { signal } : {}) });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new ApiError('network', null);
    }
  }

  return {
    async get(path, params, schema, signal) {
      const url = `${apiBase}${path}${queryString(params)}`;
      let response = await send(url, signal);
      if (response.status === 401 && (await tokens.renew())) response = await send(url, signal);
      const correlationId = response.headers.get('x-correlation-id');
      const body: unknown = await response.json().catch(() => undefined);
      if (!response.ok) {
        const isProblem = response.headers.get('content-type')?.startsWith(PROBLEM_CONTENT_TYPE);
        const problem = isProblem ? z.safeParse(problemSchema, body) : null;
        if (problem?.success) throw new ApiError('problem', response.status, problem.data, correlationId);
        throw new ApiError(response.status === 401 ? 'signed-out' : 'http', response.status, null, correlationId);
      }
      const parsed = z.safeParse(schema, body);
      if (!parsed.success) throw new ApiError('bad-response', response.status, null, correlationId);
      return parsed.data;
    },
  };
}
