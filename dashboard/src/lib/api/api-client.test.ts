import { overviewResponseSchema } from '@etip/core/dashboard';
import { describe, expect, it } from 'vitest';
import { OVERVIEW } from '../../features/overview/overview.fixture';
import { translator } from '../i18n/translator.fixture';
import { createApiClient, queryString } from './api-client';
import { ApiError } from './api-error';
import { describeError } from './describe-error';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** Tokens that renew once from `old` to `fresh`; counts the renewals. */
function tokens() {
  let current = 'old';
  const source = {
    renewals: 0,
    token: () => current,
    renew: async () => {
      source.renewals += 1;
      current = 'fresh';
      return true;
    },
  };
  return source;
}

describe('the API client', () => {
  it('renews the token once after a 401 and retries with the new one', async () => {
    // Prepare
    const seen: string[] = [];
    const fetcher = async (_url: RequestInfo | URL, init?: RequestInit) => {
      const auth = new Headers(init?.headers).get('authorization')!;
      seen.push(auth);
      return auth === 'Bearer fresh' ? json(200, OVERVIEW) : json(401, { message: 'Unauthorized' });
    };
    const source = tokens();

    // Act
    const body = await createApiClient('/v1', source, fetcher as typeof fetch).get('/dashboard/overview', {}, overviewResponseSchema);

    // Assess
    expect(body.awaitingApproval).toBe(2);
    expect(seen).toEqual(['Bearer old', 'Bearer fresh']);
    expect(source.renewals).toBe(1);
  });

  it("turns a problem into an error with its type, field errors and the correlation id, said in the reader's language", async () => {
    // Prepare
    const problem = {
      type: '/problems/invalid-request',
      title: 'The request has invalid fields',
      status: 400,
      detail: '1 field is invalid',
      errors: [
        { path: 'query/from', code: 'range-too-long', params: { max: 120, months: 130 }, message: 'a view covers at most 120 months; this range has 130' },
      ],
    };
    const fetcher = async () => json(400, problem, { 'content-type': 'application/problem+json', 'x-correlation-id': 'abc-123' });

    // Act
    const error = await createApiClient('/v1', tokens(), fetcher as typeof fetch)
      .get('/dashboard/overview', {}, overviewResponseSchema)
      .catch((e: unknown) => e);

    // Assess
    expect(error).toBeInstanceOf(ApiError);
    const said = describeError(error, (await translator('th')) as never);
    expect(said.message).toBe('คำขอมีช่องข้อมูลที่ไม่ถูกต้อง');
    // The field by the name the filter shows, not as the API's path (found in the tryout: "query/from").
    expect(said.details).toEqual(['ตั้งแต่: มุมมองหนึ่งครอบคลุมได้ไม่เกิน 120 เดือน ช่วงนี้มี 130 เดือน']);
    expect(said.correlationId).toBe('abc-123');
    // A period refused: the way on is the default period, not the same request again.
    expect(said.fix).toEqual({ kind: 'default' });
  });

  it('offers to swap a reversed range rather than to retry it (found in the tryout)', () => {
    // Prepare
    const problem = {
      type: '/problems/invalid-request',
      title: 'The request has invalid fields',
      status: 400,
      detail: '1 field(s) are invalid',
      errors: [
        {
          path: 'query/from',
          code: 'range-reversed' as const,
          params: { from: '2026-06', to: '2026-02' },
          message: 'must not be after to (2026-06 > 2026-02)',
        },
      ],
    };
    const t = (key: string, options?: Record<string, unknown>) => (key === 'error.field' ? `${options?.field}: ${options?.message}` : key);

    // Act
    const said = describeError(new ApiError('problem', 400, problem, null), t as never);

    // Assess
    expect(said.details).toEqual(['filters.from: fieldError.range-reversed']);
    expect(said.fix).toEqual({ kind: 'swap', from: '2026-06', to: '2026-02' });
  });

  it('refuses a body that is not what the contract says', async () => {
    const fetcher = async () => json(200, { ...OVERVIEW, countries: 'all' });
    const error = await createApiClient('/v1', tokens(), fetcher as typeof fetch)
      .get('/dashboard/overview', {}, overviewResponseSchema)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'bad-response' });
  });

  it('writes only the params that are set, commas as commas', () => {
    expect(queryString({ from: '2026-01', to: undefined, countries: 'KH,LA' })).toBe('?from=2026-01&countries=KH,LA');
    expect(queryString({})).toBe('');
  });
});
