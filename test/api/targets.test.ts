import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { type CountryCode, INDICATOR_CODES, type Role } from '@etip/core';
import { keys } from '@etip/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi } from '../support/api';
import { createTestTable } from '../support/database';

// 20 November 2026: targets may be set for 2015 to 2027.
const NOW = new Date('2026-11-20T00:00:00Z');
const create = { 'If-None-Match': '*' };
const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });

/** A target for every indicator: a count for sums and stocks, a percentage for PRT-06. */
const everyTarget = (seed = 1) => Object.fromEntries(INDICATOR_CODES.map((code, n) => [code, code === 'PRT-06' ? 60 + seed / 2 : seed * 100 + n]));

describe('targets API on DynamoDB Local', () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  let table: Awaited<ReturnType<typeof createTestTable>>;
  let lead: string;
  let admin: string;
  const put = (path: string, body: unknown, headers: Record<string, string>, token = lead) => api.request('PUT', path, { token, body, headers });
  const paths = (response: { json: { errors: { path: string }[] } }) => response.json.errors.map((e) => e.path);

  beforeAll(async () => {
    table = await createTestTable();
    api = await createTestApi(table, { now: () => NOW });
    lead = await api.tokenFor('regional-lead');
    admin = await api.tokenFor('admin');
  });

  it('creates, replaces and reads targets, keeping every change in the history', async () => {
    // Act
    const created = await put('/v1/targets/LA/2026', { targets: { 'PRT-06': 70, 'PRV-01': 4800, 'PRV-02': 350 } }, create);
    const replaced = await put('/v1/targets/LA/2026', { targets: { 'PRV-01': 5200, 'PRV-02': 350, 'PRT-06': 72.5 } }, ifMatch(1), admin);
    const fetched = await api.request('GET', '/v1/targets/LA/2026', { token: lead });
    const history = await api.request('GET', '/v1/targets/LA/2026/history', { token: lead });

    // Assess
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"1"');
    expect(created.headers.get('location')).toBe('/v1/targets/LA/2026');
    expect(Number(created.headers.get('x-consumed-wcu'))).toBeGreaterThan(0);
    expect(created.json).toEqual({
      country: 'LA',
      year: 2026,
      targets: { 'PRV-01': 4800, 'PRV-02': 350, 'PRT-06': 70 },
      version: 1,
      updatedAt: NOW.toISOString(),
      updatedBy: expect.any(String),
    });
    expect(replaced.status).toBe(200);
    expect(replaced.headers.get('etag')).toBe('"2"');
    expect(replaced.json).toMatchObject({ version: 2, targets: { 'PRV-01': 5200, 'PRV-02': 350, 'PRT-06': 72.5 } });
    expect(fetched.json).toEqual(replaced.json);
    expect(Object.keys(fetched.json.targets)).toEqual(['PRV-01', 'PRV-02', 'PRT-06']);
    expect(fetched.headers.get('etag')).toBe('"2"');
    expect(history.json).toEqual([
      {
        country: 'LA',
        year: 2026,
        version: 1,
        action: 'create',
        actor: { sub: expect.any(String), name: expect.any(String), role: 'regional-lead' },
        at: NOW.toISOString(),
        changes: [
          { indicator: 'PRV-01', from: null, to: 4800 },
          { indicator: 'PRV-02', from: null, to: 350 },
          { indicator: 'PRT-06', from: null, to: 70 },
        ],
      },
      {
        country: 'LA',
        year: 2026,
        version: 2,
        action: 'replace',
        actor: expect.objectContaining({ role: 'admin' }),
        at: NOW.toISOString(),
        changes: [
          { indicator: 'PRV-01', from: 4800, to: 5200 },
          { indicator: 'PRT-06', from: 70, to: 72.5 },
        ],
      },
    ]);
  });

  it('keeps the current targets under their year and each revision under its country and year', async () => {
    // Prepare
    await put('/v1/targets/VN/2027', { targets: { 'ADV-02': 8 } }, create);

    // Act
    const get = (key: { pk: string; sk: string }) => table.documents.send(new GetCommand({ TableName: table.tableName, Key: key, ConsistentRead: true }));
    const current = await get(keys.targets(2027, 'VN'));
    const revision = await get(keys.targetRevision(2027, 'VN', 1));

    // Assess
    expect(current.Item).toMatchObject({ entity: 'targets', country: 'VN', year: 2027, version: 1, targets: { 'ADV-02': 8 } });
    expect(revision.Item).toMatchObject({ entity: 'target-revision', version: 1, action: 'create', changes: [['ADV-02', null, 8]] });
  });

  it('lists a year: one query returns the six countries in programme order, and reports its read cost', async () => {
    // Prepare: every country for 2025, and one of them for 2024 too.
    const countries: CountryCode[] = ['VN', 'TH', 'MM', 'LA', 'CN', 'KH'];
    for (const [n, country] of countries.entries())
      expect((await put(`/v1/targets/${country}/2025`, { targets: everyTarget(n + 1) }, create)).status).toBe(201);
    await put('/v1/targets/KH/2024', { targets: { 'PRV-01': 1 } }, create);

    // Act
    const listed = await api.request('GET', '/v1/targets?year=2025', { token: await api.tokenFor('viewer') });

    // Assess
    expect(listed.status).toBe(200);
    expect(listed.json.year).toBe(2025);
    expect(listed.json.countries.map((c: { country: string }) => c.country)).toEqual(['KH', 'CN', 'LA', 'MM', 'TH', 'VN']);
    // A viewer's list: who set the targets (`updatedBy`) is left out.
    expect(listed.json.countries[0]).toStrictEqual({ country: 'KH', targets: everyTarget(6), version: 1, updatedAt: NOW.toISOString() });
    const rcu = Number(listed.headers.get('x-consumed-rcu'));
    console.log(`targets of a year, six countries × ${INDICATOR_CODES.length} indicators: ${rcu} RCU`);
    expect(rcu).toBeGreaterThan(0);
    expect(rcu).toBeLessThanOrEqual(1);
  });

  it('leaves out the countries without targets, and answers a year without any with no countries', async () => {
    // Prepare
    await put('/v1/targets/TH/2023', { targets: { 'PRV-05': 40 } }, create);

    // Act
    const some = await api.request('GET', '/v1/targets?year=2023', { token: lead });
    const none = await api.request('GET', '/v1/targets?year=2019', { token: lead });

    // Assess
    expect(some.json.countries.map((c: { country: string }) => c.country)).toEqual(['TH']);
    expect(none.json).toEqual({ year: 2019, countries: [] });
    expect(none.headers.get('x-consumed-rcu')).not.toBeNull();
  });

  it('lets every role read targets and their history', async () => {
    // Prepare
    await put('/v1/targets/MM/2026', { targets: { 'PRT-01': 90 } }, create);
    const everyone: [Role, CountryCode?][] = [['country-office', 'MM'], ['country-office', 'LA'], ['regional-lead'], ['admin'], ['viewer']];

    for (const [role, country] of everyone) {
      // Act
      const token = await api.tokenFor(role, country);
      const responses = [
        await api.request('GET', '/v1/targets?year=2026', { token }),
        await api.request('GET', '/v1/targets/MM/2026', { token }),
        await api.request('GET', '/v1/targets/MM/2026/history', { token }),
      ];

      // Assess
      expect(
        responses.map((r) => r.status),
        `${role} ${country ?? ''}`,
      ).toEqual([200, 200, 200]);
    }
    expect((await api.request('GET', '/v1/targets?year=2026')).status).toBe(401);
  });

  it("shows who changed a country's targets to leads, admins and its own office only: never to viewers or other offices", async () => {
    // Prepare: two changes, by a lead and an admin; their identities as the history records them.
    await put('/v1/targets/VN/2026', { targets: { 'PRV-01': 900 } }, create);
    await put('/v1/targets/VN/2026', { targets: { 'PRV-01': 950 } }, ifMatch(1), admin);
    const recorded = (await api.request('GET', '/v1/targets/VN/2026/history', { token: admin })).json as { actor: { sub: string; name: string } }[];
    const staff = [...new Set(recorded.flatMap(({ actor }) => [actor.sub, actor.name]))];
    expect(staff.length).toBeGreaterThanOrEqual(2);
    const readers: [Role, CountryCode | undefined, boolean][] = [
      ['country-office', 'VN', true],
      ['regional-lead', undefined, true],
      ['admin', undefined, true],
      ['country-office', 'LA', false],
      ['viewer', undefined, false],
    ];

    for (const [role, country, seesStaff] of readers) {
      // Act
      const token = await api.tokenFor(role, country);
      const [one, year, history] = [
        await api.request('GET', '/v1/targets/VN/2026', { token }),
        await api.request('GET', '/v1/targets?year=2026', { token }),
        await api.request('GET', '/v1/targets/VN/2026/history', { token }),
      ];

      // Assess
      const who = `${role} ${country ?? ''}`;
      const vietnam = year.json.countries.find((c: { country: string }) => c.country === 'VN');
      expect([one.json.updatedBy !== undefined, vietnam.updatedBy !== undefined], who).toEqual([seesStaff, seesStaff]);
      expect(
        history.json.map((r: { actor?: { role: string } }) => r.actor?.role),
        who,
      ).toEqual(seesStaff ? ['regional-lead', 'admin'] : [undefined, undefined]);
      for (const identity of staff) {
        expect(
          [one.text, JSON.stringify(vietnam), history.text].some((text) => text.includes(identity)),
          `${who}: ${identity}`,
        ).toBe(seesStaff);
      }
      // A viewer sees no one's name in the whole year's list either.
      if (role === 'viewer') for (const identity of staff) expect(year.text).not.toContain(identity);
      // What changed and when stays for everyone.
      expect(history.json.map((r: { version: number; changes: unknown[] }) => [r.version, r.changes.length])).toEqual([
        [1, 1],
        [2, 1],
      ]);
    }
  });

  it('403 on PUT for country offices, their own country included, and viewers; nothing is stored', async () => {
    // Prepare
    await put('/v1/targets/KH/2026', { targets: { 'PRV-01': 100 } }, create);
    const before = await table.snapshot();

    for (const [role, country] of [['country-office', 'KH'], ['country-office', 'LA'], ['viewer']] as [Role, CountryCode?][]) {
      // Act
      const token = await api.tokenFor(role, country);
      const replace = await put('/v1/targets/KH/2026', { targets: { 'PRV-01': 1 } }, ifMatch(1), token);
      const first = await put('/v1/targets/CN/2026', { targets: { 'PRV-01': 1 } }, create, token);

      // Assess
      expect([replace.status, first.status], `${role} ${country ?? ''}`).toEqual([403, 403]);
      expect(replace.json.type).toBe('/problems/forbidden');
    }
    expect(await table.snapshot()).toBe(before);
  });

  it('400 names every invalid field at once, with its path, and stores nothing', async () => {
    // Prepare
    const before = await table.snapshot();

    // Act
    const response = await put(
      '/v1/targets/CN/2026',
      { targets: { 'PRV-99': 1, 'PRV-01': -1, 'PRT-06': 72.25, 'PRV-02': null, 'ADV-03': 2.5 }, version: 3 },
      create,
    );

    // Assess
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.json).toMatchObject({ type: '/problems/invalid-request', status: 400, title: expect.any(String), detail: expect.any(String) });
    expect(paths(response)).toEqual(['targets/ADV-03', 'targets/PRT-06', 'targets/PRV-01', 'targets/PRV-02', 'targets/PRV-99', 'version']);
    expect(response.json.errors.find((e: { path: string }) => e.path === 'targets/PRV-99').message).toMatch(/^unknown indicator 'PRV-99'/);
    expect(await table.snapshot()).toBe(before);
  });

  it('400 for a year outside 2015 to next year, a malformed path, a bad query, broken JSON', async () => {
    // Prepare
    const before = await table.snapshot();

    // Act
    const early = await put('/v1/targets/CN/2014', { targets: {} }, create);
    const ahead = await put('/v1/targets/CN/2028', { targets: {} }, create);
    const malformed = await api.request('GET', '/v1/targets/XX/26', { token: lead });
    const noYear = await api.request('GET', '/v1/targets', { token: lead });
    const oddQuery = await api.request('GET', '/v1/targets?year=26&country=CN', { token: lead });
    const broken = await put('/v1/targets/CN/2026', '{"targets": {', create);

    // Assess
    expect(early.json.errors).toEqual([
      { path: 'year', code: 'year-out-of-range', params: { min: 2015, max: 2027 }, message: expect.stringContaining('2015 to 2027') },
    ]);
    expect(ahead.status).toBe(400);
    expect(paths(malformed)).toEqual(['country', 'year']);
    expect(paths(noYear)).toEqual(['query/year']);
    expect(paths(oddQuery)).toEqual(['query/country', 'query/year']);
    expect([early, ahead, malformed, noYear, oddQuery, broken].map((r) => r.status)).toEqual([400, 400, 400, 400, 400, 400]);
    expect(await table.snapshot()).toBe(before);
    expect((await put('/v1/targets/CN/2027', { targets: {} }, create)).status).toBe(201);
  });

  it('409, 412, 428 and 404 like reports; a rejected write leaves the table byte-for-byte unchanged', async () => {
    // Prepare
    await put('/v1/targets/TH/2026', { targets: { 'PRV-01': 10 } }, create);
    await put('/v1/targets/TH/2026', { targets: { 'PRV-01': 20 } }, ifMatch(1));
    const before = await table.snapshot();

    // Act
    const rejected = [
      await put('/v1/targets/TH/2026', { targets: { 'PRV-01': 30 } }, create),
      await put('/v1/targets/TH/2026', { targets: { 'PRV-01': 30 } }, ifMatch(1)),
      await put('/v1/targets/TH/2026', { targets: { 'PRV-01': 30 } }, {}),
      await put('/v1/targets/TH/2022', { targets: { 'PRV-01': 30 } }, {}),
      await put('/v1/targets/TH/2022', { targets: { 'PRV-01': 30 } }, ifMatch(1)),
      await put('/v1/targets/TH/2026', { targets: { 'PRV-01': 30 } }, { 'If-Match': 'yesterday' }),
      await put('/v1/targets/TH/2026', 'PRV-01=30', { ...ifMatch(2), 'Content-Type': 'text/plain' }),
    ];

    // Assess
    expect(rejected.map((r) => r.status)).toEqual([409, 412, 428, 428, 404, 400, 415]);
    expect(rejected.every((r) => r.headers.get('content-type') === 'application/problem+json')).toBe(true);
    expect(await table.snapshot()).toBe(before);
    expect((await api.request('GET', '/v1/targets/TH/2022', { token: lead })).status).toBe(404);
    expect((await api.request('GET', '/v1/targets/TH/2022/history', { token: lead })).status).toBe(404);
  });

  it('10 replaces with the same If-Match: exactly one wins, nine get 412, the history holds it once', async () => {
    // Prepare
    await put('/v1/targets/CN/2025', { targets: everyTarget(1) }, create);

    // Act
    const responses = await Promise.all(Array.from({ length: 10 }, (_, n) => put('/v1/targets/CN/2025', { targets: everyTarget(n + 10) }, ifMatch(1))));

    // Assess
    expect(responses.map((r) => r.status).sort()).toEqual([200, ...Array(9).fill(412)]);
    const winner = responses.find((r) => r.status === 200)!;
    expect((await api.request('GET', '/v1/targets/CN/2025', { token: lead })).json).toEqual(winner.json);
    const history = await api.request('GET', '/v1/targets/CN/2025/history', { token: lead });
    expect(history.json.map((r: { version: number }) => r.version)).toEqual([1, 2]);
  });
});
