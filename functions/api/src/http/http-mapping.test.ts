import { problemSchema } from '@etip/core';
import { fullBody, InMemoryReportRepository, InMemoryTargetRepository, memoryAggregates } from '@etip/core/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { testTokens } from '../auth/token.fixture';

/**
 * The HTTP mapping of the API (DESIGN.md 3), in memory: the real Hono app over the in-memory
 * repositories, through `app.request`. Preconditions, media types, sizes and the problem shape
 * are the app's own; the DynamoDB adapters have their integration tests.
 */
const NOW = new Date('2026-11-20T03:00:00Z');
const REPORT = '/v1/submissions/LA/2026-10';
let app: ReturnType<typeof createApp>;
let reports: InMemoryReportRepository;
let office: string;
let tokens: Awaited<ReturnType<typeof testTokens>>;

beforeEach(async () => {
  tokens = await testTokens();
  reports = new InMemoryReportRepository();
  app = createApp({ reports, targets: new InMemoryTargetRepository(), aggregates: memoryAggregates([]), verifyToken: tokens.verifyToken, now: () => NOW });
  office = await tokens.tokenFor('country-office', 'LA');
});

const send = (method: string, path: string, init: { body?: string; headers?: Record<string, string>; token?: string | null } = {}) =>
  app.request(path, {
    method,
    headers: {
      ...(init.token === null ? {} : { Authorization: `Bearer ${init.token ?? office}` }),
      ...(init.body ? { 'Content-Type': 'application/json' } : {}),
      ...init.headers,
    },
    ...(init.body ? { body: init.body } : {}),
  });
const put = (headers: Record<string, string>, body = JSON.stringify(fullBody(1))) => send('PUT', REPORT, { body, headers });

/** A refusal: its status, RFC 9457 headers and a body the contract's schema accepts. */
async function problemOf(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  expect(response.headers.get('cache-control')).toBe('no-store');
  const body = problemSchema.parse(await response.json());
  expect(body.status).toBe(status);
  return body;
}

describe('versions (ETag, If-Match, If-None-Match)', () => {
  it('creates with If-None-Match: *, answering 201 with ETag "1" and Location', async () => {
    const created = await put({ 'If-None-Match': '*' });

    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"1"');
    expect(created.headers.get('location')).toBe(REPORT);
  });

  it('asks for a precondition (428) and refuses a create over a report (409)', async () => {
    await problemOf(await put({}), 428);
    await put({ 'If-None-Match': '*' });
    await problemOf(await put({ 'If-None-Match': '*' }), 409);
  });

  it.each([
    ['the version in quotes', '"1"', 200],
    ['a list naming it', '"7", "1"', 200],
    ['any version (*)', '*', 200],
    ['a stale version', '"2"', 412],
    ['the version as a weak tag, which If-Match never matches (RFC 9110 13.1.1)', 'W/"1"', 412],
  ])('with If-Match %s answers %i', async (_what, ifMatch, status) => {
    // Prepare
    await put({ 'If-None-Match': '*' });

    // Act
    const replaced = await put({ 'If-Match': ifMatch }, JSON.stringify(fullBody(2)));

    // Assess
    if (status === 200) expect([replaced.status, replaced.headers.get('etag')]).toEqual([200, '"2"']);
    else await problemOf(replaced, status);
    expect((await reports.get('LA', '2026-10'))?.version).toBe(status === 200 ? 2 : 1);
  });

  it('refuses a malformed If-Match with a 400 naming the header', async () => {
    const body = await problemOf(await put({ 'If-Match': 'version one' }), 400);

    expect(body.errors).toEqual([
      {
        path: 'headers/If-Match',
        code: 'invalid-precondition',
        params: { expected: 'a version in quotes such as "3"', got: 'version one' },
        message: expect.any(String),
      },
    ]);
  });

  it('answers a GET with 304 when If-None-Match names the version, weakly compared (RFC 9110 13.1.2)', async () => {
    await put({ 'If-None-Match': '*' });

    for (const tag of ['"1"', 'W/"1"', '"3", "1"', '*']) expect((await send('GET', REPORT, { headers: { 'If-None-Match': tag } })).status).toBe(304);
    expect((await send('GET', REPORT, { headers: { 'If-None-Match': '"2"' } })).status).toBe(200);
  });
});

describe('bodies', () => {
  it('refuses a key given twice in one object, naming its path, and saves nothing', async () => {
    // Act: JSON.parse would keep the 7 and drop the 5 without a word.
    const response = await put({ 'If-None-Match': '*' }, '{"values":[{"indicator":"PRV-04","value":5,"value":7}]}');

    // Assess
    const body = await problemOf(response, 400);
    expect(body.errors).toEqual([{ path: 'values/0/value', code: 'duplicate-key', params: { key: 'value' }, message: expect.any(String) }]);
    expect(await reports.get('LA', '2026-10')).toBeNull();
  });

  it.each([
    ['broken JSON', '{"values": [', 'invalid-json'],
    ['an empty body', ' ', 'empty-body'],
  ])('refuses %s with a 400 and its code', async (_what, text, code) => {
    const body = await problemOf(await send('PUT', REPORT, { body: text, headers: { 'If-None-Match': '*', 'Content-Type': 'application/json' } }), 400);

    expect(body.errors?.map((e) => e.code)).toEqual([code]);
  });

  it('refuses a body that is not UTF-8 (RFC 8259) instead of saving U+FFFD in place of what was sent', async () => {
    // Prepare: a note holding the bytes FF FE, which no UTF-8 text contains.
    const bytes = new Uint8Array([...new TextEncoder().encode('{"values":[],"note":"'), 0xff, 0xfe, ...new TextEncoder().encode('"}')]);

    // Act
    const response = await app.request(REPORT, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${office}`, 'Content-Type': 'application/json', 'If-None-Match': '*' },
      body: bytes,
    });

    // Assess
    const body = await problemOf(response, 400);
    expect(body.errors).toEqual([{ path: '', code: 'invalid-json', params: { reason: 'the body is not valid UTF-8' }, message: expect.any(String) }]);
    expect(await reports.get('LA', '2026-10')).toBeNull();
  });

  it('refuses a body that is not JSON with 415 and one over 256 KiB with 413', async () => {
    await problemOf(await send('PUT', REPORT, { body: 'values=1', headers: { 'If-None-Match': '*', 'Content-Type': 'text/plain' } }), 415);
    await problemOf(await put({ 'If-None-Match': '*' }, JSON.stringify({ values: [], note: 'n'.repeat(300 * 1024) })), 413);
  });
});

describe('crafted input gets a small 400, never a 5xx or a huge answer', () => {
  it('caps the repeated keys it names, shortening long names', async () => {
    // Prepare: 2,000 repeats of an empty key under a 20,000-character key.
    const wide = `{"${'k'.repeat(20_000)}":{${Array(2_000).fill('"":0').join(',')}}}`;

    // Act
    const response = await put({ 'If-None-Match': '*' }, wide);

    // Assess
    const length = Number((await response.clone().text()).length);
    const body = await problemOf(response, 400);
    expect(body.errors!.length).toBe(20);
    expect(body.errors!.every((e) => e.code === 'duplicate-key' && e.path.length < 200)).toBe(true);
    expect(length).toBeLessThan(40_000);
  });

  it.each([
    // The attack's body (10 KB): 5,000 arrays inside a value, once a 500 (the stack overflowed).
    [
      'a report',
      REPORT,
      `{"values":[{"indicator":"PRV-01","sex":"female","age":"9-17","value":${'['.repeat(5_000)}${']'.repeat(5_000)}}]}`,
      'values/0/value/0/0/0/0/0',
    ],
    ['targets', '/v1/targets/LA/2026', `{"targets":{"PRV-01":${'['.repeat(5_000)}${']'.repeat(5_000)}}}`, 'targets/PRV-01/0/0/0/0/0/0'],
    // Objects, beside a key repeated nearer the top: the depth is refused first, whatever else is wrong.
    ['a report of objects', REPORT, `{"values":[{"a":1,"a":2,"b":${'{"c":'.repeat(5_000)}0${'}'.repeat(5_000)}}]}`, 'values/0/b/c/c/c/c/c'],
  ])('refuses %s nested 5,000 levels deep with one 400 too-deep where the limit is passed, saving nothing', async (_what, path, text, where) => {
    // Act
    const response = await send('PUT', path, { body: text, token: await tokens.tokenFor('admin'), headers: { 'If-None-Match': '*' } });

    // Assess
    const body = await problemOf(response, 400);
    expect(body.errors).toEqual([{ path: where, code: 'too-deep', params: { max: 8 }, message: expect.any(String) }]);
    expect(await reports.get('LA', '2026-10')).toBeNull();
  });

  it('takes a body nested as deep as the limit, naming the wrong type inside a field', async () => {
    // 8 levels: the object, values, the cell, and 5 arrays in the value.
    const body = await problemOf(await put({ 'If-None-Match': '*' }, '{"values":[{"indicator":"PRV-04","value":[[[[[5]]]]]}]}'), 400);

    expect(body.errors?.map((e) => [e.path, e.code])).toEqual([['values/0/value', 'not-whole-number']]);
  });

  it('refuses a dimension value that is not text, rather than failing on it (500)', async () => {
    const body = await problemOf(await put({ 'If-None-Match': '*' }, '{"values":[{"indicator":"PRV-01","sex":{"toString":1},"age":"0-8","value":1}]}'), 400);

    expect(body.errors?.map((e) => [e.path, e.code])).toEqual([['values/0/sex', 'invalid-option']]);
  });

  it('refuses more cells than a report has in one error, whatever they are', async () => {
    // 125,000 zeros overflowed zod's issue collection (a 500) before this was checked.
    const body = await problemOf(await put({ 'If-None-Match': '*' }, `{"values":[${Array(125_000).fill(0).join(',')}]}`), 400);

    expect(body.errors).toEqual([
      { path: 'values', code: 'too-many-cells', params: { max: 99, got: 125_000 }, message: 'a report has at most 99 cells; got 125000' },
    ]);
  });

  it("names a number past 2^53 too large once, by the programme's limit", async () => {
    const body = await problemOf(await put({ 'If-None-Match': '*' }, '{"values":[{"indicator":"PRV-04","value":9007199254740993}]}'), 400);

    expect(body.errors).toEqual([
      { path: 'values/0/value', code: 'too-large', params: { max: 1_000_000, got: 9007199254740992 }, message: expect.any(String) },
    ]);
  });

  it('echoes long names and many tags shortened', async () => {
    // Act
    const unknown = await problemOf(await send('GET', `/v1/submissions?${'x'.repeat(5_000)}=1`), 400);
    await put({ 'If-None-Match': '*' });
    const tags = await problemOf(await put({ 'If-Match': Array.from({ length: 10_000 }, (_, n) => `"${n + 7}"`).join(', ') }), 412);

    // Assess
    expect(unknown.errors![0]!.path.length).toBeLessThan(100);
    expect(tags.detail.length).toBeLessThan(300);
  });
});

describe('paths, queries and tokens', () => {
  it('refuses months that cannot have a report in a path and in a list, with a 400 rather than a 404 or an empty list', async () => {
    for (const path of ['/v1/submissions/LA/2014-12', '/v1/submissions/LA/2026-12', '/v1/submissions/LA/2014-12/history']) {
      expect(
        (await problemOf(await send('GET', path), 400)).errors?.map((e) => e.code),
        path,
      ).toEqual([path.includes('2026') ? 'period-in-future' : 'period-too-early']);
    }
    const list = await problemOf(await send('GET', '/v1/submissions?from=2014-12&to=2099-12'), 400);
    expect(list.errors?.map((e) => [e.path, e.code])).toEqual([
      ['query/from', 'period-too-early'],
      ['query/to', 'period-in-future'],
    ]);
  });

  it('refuses If-Match together with If-None-Match: * (RFC 9110 13.2.2: they cannot both hold)', async () => {
    await put({ 'If-None-Match': '*' });

    await problemOf(await put({ 'If-Match': '"1"', 'If-None-Match': '*' }, JSON.stringify(fullBody(2))), 412);
    expect((await reports.get('LA', '2026-10'))?.version).toBe(1);
  });

  it('answers a method a resource does not take with 405 and Allow', async () => {
    const response = await send('DELETE', REPORT);

    await problemOf(response, 405);
    expect(response.headers.get('allow')).toBe('GET, PUT');
  });

  it('refuses a targets year before the programme (year 0000 is a mistake, not an empty year)', async () => {
    const body = await problemOf(await send('GET', '/v1/targets?year=0000'), 400);

    expect(body.errors?.map((e) => [e.path, e.code])).toEqual([['query/year', 'year-too-early']]);
  });

  it('refuses month 13 in a path with the code of a period', async () => {
    const body = await problemOf(await send('GET', '/v1/submissions/LA/2026-13'), 400);

    expect(body.errors).toEqual([
      { path: 'period', code: 'not-a-period', params: { got: '2026-13' }, message: "must be a month written YYYY-MM; got '2026-13'" },
    ]);
  });

  it.each([
    ['/v1/submissions?country=LA&country=KH', 'query/country'],
    ['/v1/dashboard/overview?from=2026-01&from=2026-02', 'query/from'],
    ['/v1/targets?year=2026&year=2027', 'query/year'],
  ])('refuses a single-valued parameter given twice: %s', async (path, where) => {
    const body = await problemOf(await send('GET', path), 400);

    expect(body.errors).toEqual([{ path: where, code: 'repeated-parameter', params: { count: 2 }, message: 'is given 2 times; give it once' }]);
  });

  it('answers a missing token with 401 and WWW-Authenticate: Bearer', async () => {
    const response = await send('GET', REPORT, { token: null });

    await problemOf(response, 401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
  });
});
