import * as fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AdversarialRequest, adversarialRequest, expectSafeAnswer, type Sender, tampered } from './adversarial-requests.fixture';
import { type InMemoryApp, inMemoryApp } from './in-memory-app.fixture';

/**
 * Never a 5xx for input (issue 9, point 5), in memory: the real app, as the local server wires it
 * (docs included), over the in-memory repositories, through `app.request`. Random and adversarial
 * bodies, paths, queries and headers; every answer below 500, with nosniff, every refusal a
 * problem the contract's schema reads. The Lambda handler gets the same generator in
 * test/lambda/adversarial-requests.test.ts. A fixed seed: the same requests on every run.
 */
const RUNS = 8_000;
const NOW = new Date('2026-11-20T03:00:00Z');

describe('adversarial requests through app.request', () => {
  let app: InMemoryApp['app'];
  let tokens: InMemoryApp['tokens'];
  const signed = new Map<string, string>();

  const authorization = async (sender: Sender): Promise<string | null> => {
    if ('authorization' in sender) return sender.authorization;
    const key = `${sender.role}:${sender.country ?? ''}`;
    if (!signed.has(key)) signed.set(key, await tokens.tokenFor(sender.role, sender.country));
    const token = signed.get(key)!;
    return `Bearer ${sender.tamper ? tampered(token, sender.tamper) : token}`;
  };
  const send = async (request: AdversarialRequest) => {
    const auth = await authorization(request.sender);
    const response = await app.request(`${request.path}${request.query ? `?${request.query}` : ''}`, {
      method: request.method,
      headers: { ...request.headers, ...(auth === null ? {} : { authorization: auth }) },
      ...(request.body !== undefined && request.method !== 'GET' && request.method !== 'HEAD' ? { body: request.body } : {}),
    });
    return { status: response.status, headers: (name: string) => response.headers.get(name), body: await response.text() };
  };

  beforeAll(async () => {
    // Prepare: a draft and targets to find, so that reads, writes and transitions reach the domain.
    ({ app, tokens } = await inMemoryApp(NOW));
  });

  it(`answers ${RUNS} generated requests below 500, each refusal a problem+json`, { timeout: 120_000 }, async () => {
    // Act and assess, request by request
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(adversarialRequest, async (request) => {
        const answer = await send(request);
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        expectSafeAnswer(request, answer);
      }),
      { numRuns: RUNS, seed: 20261129, endOnFailure: true },
    );

    // Assess: what the requests met, so that a generator drifting to one status shows
    const counted = [...statuses.values()].reduce((a, b) => a + b, 0);
    console.log(`app.request: ${counted} requests, by status ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}`);
    expect(counted).toBe(RUNS);
    expect([...statuses.keys()].filter((status) => status >= 500)).toEqual([]);
    // Every kind of answer is reached: successes, each refusal a client relies on (DESIGN.md 3).
    expect([...statuses.keys()]).toEqual(expect.arrayContaining([200, 201, 400, 401, 403, 404, 405, 409, 412, 413, 415, 428]));
  });
});
