import { beforeEach, describe, expect, it } from 'vitest';
import type { User } from '../access/roles';
import { ProblemError } from '../problems/problem';
import type { Precondition } from '../reports/submissions';
import { create, ifMatch, NOW, none, refusal, users, type Who } from '../reports/submissions.fixture';
import { InMemoryTargetRepository } from '../testing/memory-target-repository';
import { VersionConflictError, type WriteReceipt } from '../versioning/store';
import type { TargetsOfYear } from './repository';
import type { TargetSetChange } from './target-set';
import { getTargets, listTargets, setTargets, type TargetsDeps, targetHistory } from './targets';

/** The in-memory repository, recording its writes, able to fail the next one, with a read cost of its own. */
class RecordingTargets extends InMemoryTargetRepository {
  readonly saved: TargetSetChange[] = [];
  failNextSave: Error | null = null;

  override async save(change: TargetSetChange): Promise<WriteReceipt> {
    const error = this.failNextSave;
    this.failNextSave = null;
    if (error) throw error;
    await super.save(change);
    this.saved.push(change);
    return { consumedWriteUnits: 2 };
  }

  override async list(year: number): Promise<TargetsOfYear> {
    return { ...(await super.list(year)), consumedReadUnits: 0.5 };
  }
}

const LA_2026 = { country: 'LA', year: 2026 } as const;

let targets: RecordingTargets;
let deps: TargetsDeps;
beforeEach(() => {
  targets = new RecordingTargets();
  deps = { targets, now: () => NOW };
});

describe('setTargets', () => {
  it('creates version 1 with If-None-Match: *, in framework order, with its revision', async () => {
    // Act
    const written = await setTargets(deps, users.lead, LA_2026, { targets: { 'PRT-06': 70, 'PRV-01': 4800 } }, create);

    // Assess
    expect(written.created).toBe(true);
    expect(written.receipt).toEqual({ consumedWriteUnits: 2 });
    expect(written.targetSet).toEqual({
      country: 'LA',
      year: 2026,
      targets: { 'PRV-01': 4800, 'PRT-06': 70 },
      version: 1,
      updatedAt: NOW.toISOString(),
      updatedBy: users.lead.name,
    });
    expect(Object.keys(written.targetSet.targets)).toEqual(['PRV-01', 'PRT-06']);
    expect(targets.saved[0]?.revision).toEqual({
      country: 'LA',
      year: 2026,
      version: 1,
      action: 'create',
      actor: { sub: 'lead', name: users.lead.name, role: 'regional-lead' },
      at: NOW.toISOString(),
      changes: [
        { indicator: 'PRV-01', from: null, to: 4800 },
        { indicator: 'PRT-06', from: null, to: 70 },
      ],
    });
  });

  it('replaces the whole set with If-Match, recording only what changed, a target left out as removed', async () => {
    // Prepare
    await setTargets(deps, users.lead, LA_2026, { targets: { 'PRV-01': 4800, 'PRV-02': 300, 'ADV-02': 12 } }, create);

    // Act
    const written = await setTargets(deps, users.admin, LA_2026, { targets: { 'PRV-01': 5000, 'PRV-02': 300 } }, ifMatch(1));

    // Assess
    expect(written.created).toBe(false);
    expect(written.targetSet).toMatchObject({ version: 2, targets: { 'PRV-01': 5000, 'PRV-02': 300 }, updatedBy: users.admin.name });
    expect(targets.saved[1]?.revision).toMatchObject({
      version: 2,
      action: 'replace',
      changes: [
        { indicator: 'PRV-01', from: 4800, to: 5000 },
        { indicator: 'ADV-02', from: 12, to: null },
      ],
    });
  });

  it.each<[string, Precondition, number, string]>([
    ['a first set without If-None-Match', none, 428, '/problems/precondition-required'],
    ['a replace of targets never set', ifMatch(1), 404, '/problems/not-found'],
  ])('refuses %s', async (_what, precondition, status, type) => {
    // Act
    const problem = await refusal(setTargets(deps, users.lead, LA_2026, { targets: {} }, precondition));

    // Assess
    expect(problem).toMatchObject({ status, type });
    expect(targets.saved).toEqual([]);
  });

  it.each<[string, Precondition, number]>([
    ['a create over them', create, 409],
    ['a stale If-Match', ifMatch(1), 412],
    ['an If-Match from the future', ifMatch(7), 412],
    ['no precondition', none, 428],
  ])('refuses %s when the targets are at version 2', async (_what, precondition, status) => {
    // Prepare
    await setTargets(deps, users.lead, LA_2026, { targets: { 'PRV-01': 1 } }, create);
    await setTargets(deps, users.lead, LA_2026, { targets: { 'PRV-01': 2 } }, ifMatch(1));
    targets.saved.length = 0;

    // Act
    const problem = await refusal(setTargets(deps, users.lead, LA_2026, { targets: { 'PRV-01': 3 } }, precondition));

    // Assess
    expect(problem.status).toBe(status);
    expect(targets.saved).toEqual([]);
    expect((await targets.get('LA', 2026))?.targets).toEqual({ 'PRV-01': 2 });
  });

  it.each([
    ['2014, before the programme', 2014],
    ['two years ahead', 2028],
  ])('refuses the year %s with a 400 on path year', async (_what, year) => {
    // Act
    const problem = await refusal(setTargets(deps, users.lead, { country: 'LA', year }, { targets: {} }, create));

    // Assess
    expect(problem.status).toBe(400);
    expect(problem.errors).toEqual([
      {
        path: 'year',
        code: 'year-out-of-range',
        params: { min: 2015, max: 2027 },
        message: 'must be from 2015 to 2027 (targets are set at most one year ahead)',
      },
    ]);
  });

  it("accepts next year's targets by the country's own calendar", async () => {
    // Prepare: 17:10Z on 31 December 2026 is already 2027 in Laos (UTC+7), still 2026 in Myanmar (UTC+6:30).
    deps = { targets, now: () => new Date('2026-12-31T17:10:00Z') };

    // Act
    const laos = await setTargets(deps, users.lead, { country: 'LA', year: 2028 }, { targets: {} }, create);
    const myanmar = await refusal(setTargets(deps, users.lead, { country: 'MM', year: 2028 }, { targets: {} }, create));

    // Assess
    expect(laos.created).toBe(true);
    expect(myanmar.status).toBe(400);
  });

  it('refuses an invalid body with every field error and saves nothing', async () => {
    // Act
    const problem = await refusal(setTargets(deps, users.lead, LA_2026, { targets: { 'PRV-99': 1, 'PRV-01': -1 } }, create));

    // Assess
    expect(problem).toMatchObject({ status: 400, type: '/problems/invalid-request' });
    expect(problem.errors?.map((e) => e.path)).toEqual(['targets/PRV-01', 'targets/PRV-99']);
    expect(targets.saved).toEqual([]);
  });

  it.each<[string, Precondition, number]>([
    ['a create', create, 409],
    ['a replace', ifMatch(1), 412],
  ])('maps a concurrent write during %s to %i', async (_what, precondition, status) => {
    // Prepare
    if (precondition.kind === 'replace') await setTargets(deps, users.lead, LA_2026, { targets: {} }, create);
    targets.failNextSave = new VersionConflictError(true);

    // Act
    const problem = await refusal(setTargets(deps, users.lead, LA_2026, { targets: { 'PRV-01': 9 } }, precondition));

    // Assess
    expect(problem.status).toBe(status);
  });

  it('lets an error that is not a version conflict through unchanged', async () => {
    // Prepare
    const outage = new Error('the store is down');
    targets.failNextSave = outage;

    // Act
    const thrown = await setTargets(deps, users.lead, LA_2026, { targets: {} }, create).catch((error: unknown) => error);

    // Assess
    expect(thrown).toBe(outage);
  });
});

describe('reading targets', () => {
  it('lists a year in the programme country order, leaving out countries without targets', async () => {
    // Prepare
    for (const country of ['VN', 'CN', 'KH'] as const) await setTargets(deps, users.lead, { country, year: 2026 }, { targets: { 'PRV-01': 100 } }, create);
    await setTargets(deps, users.lead, { country: 'LA', year: 2025 }, { targets: { 'PRV-01': 100 } }, create);

    // Act
    const { yearTargets, consumedReadUnits } = await listTargets(deps, users.lead, 2026);

    // Assess
    expect(yearTargets.year).toBe(2026);
    expect(yearTargets.countries.map((c) => c.country)).toEqual(['KH', 'CN', 'VN']);
    expect(yearTargets.countries[0]).toEqual({
      country: 'KH',
      targets: { 'PRV-01': 100 },
      version: 1,
      updatedAt: NOW.toISOString(),
      updatedBy: users.lead.name,
    });
    expect(consumedReadUnits).toBe(0.5);
  });

  it('answers a year without targets with no countries, and refuses a year before the programme', async () => {
    expect((await listTargets(deps, users.lead, 2031)).yearTargets).toEqual({ year: 2031, countries: [] });
    expect(await refusal(listTargets(deps, users.lead, 1999))).toMatchObject({
      status: 400,
      errors: [{ path: 'query/year', code: 'year-too-early', params: { first: 2015 } }],
    });
  });

  it('gets one target set, and answers 404 when none was set, for it and its history', async () => {
    // Prepare
    await setTargets(deps, users.lead, LA_2026, { targets: { 'PRV-04': 40 } }, create);

    // Act and assess
    expect((await getTargets(deps, users.laOffice, LA_2026)).targets).toEqual({ 'PRV-04': 40 });
    expect((await refusal(getTargets(deps, users.laOffice, { country: 'KH', year: 2026 }))).status).toBe(404);
    expect((await refusal(targetHistory(deps, users.laOffice, { country: 'KH', year: 2026 }))).status).toBe(404);
  });

  it('lists the history, every revision in order', async () => {
    // Prepare
    await setTargets(deps, users.lead, LA_2026, { targets: { 'PRV-01': 4800 } }, create);
    await setTargets(deps, users.admin, LA_2026, { targets: { 'PRV-01': 4800, 'PRT-06': 65.5 } }, ifMatch(1));
    await setTargets(deps, users.lead, LA_2026, { targets: { 'PRV-01': 4800, 'PRT-06': 65.5 } }, ifMatch(2));

    // Act
    const history = await targetHistory(deps, users.lead, LA_2026);

    // Assess: an unchanged save is still a revision (who confirmed the targets, and when).
    expect(history.map((r) => [r.version, r.action, r.actor?.role, r.changes])).toEqual([
      [1, 'create', 'regional-lead', [{ indicator: 'PRV-01', from: null, to: 4800 }]],
      [2, 'replace', 'admin', [{ indicator: 'PRT-06', from: null, to: 65.5 }]],
      [3, 'replace', 'regional-lead', []],
    ]);
  });
});

describe('who may do what with targets', () => {
  const allowed: Record<string, Who[]> = {
    set: ['lead', 'admin'],
    get: ['laOffice', 'khOffice', 'lead', 'admin', 'viewer'],
    list: ['laOffice', 'khOffice', 'lead', 'admin', 'viewer'],
    history: ['laOffice', 'khOffice', 'lead', 'admin', 'viewer'],
  };
  const run: Record<string, (user: User) => Promise<unknown>> = {
    set: (u) => setTargets(deps, u, LA_2026, { targets: { 'PRV-01': 5 } }, ifMatch(1)),
    get: (u) => getTargets(deps, u, LA_2026),
    list: (u) => listTargets(deps, u, 2026),
    history: (u) => targetHistory(deps, u, LA_2026),
  };
  const cases = Object.keys(run).flatMap((action) => (Object.keys(users) as Who[]).map((who) => [action, who, allowed[action]!.includes(who)] as const));

  it.each(cases)('%s by %s: allowed %s', async (action, who, ok) => {
    // Prepare
    await setTargets(deps, users.admin, LA_2026, { targets: { 'PRV-01': 4 } }, create);
    targets.saved.length = 0;

    // Act
    const outcome = await run[action]!(users[who]).then(
      () => 'ok',
      (error: unknown) => (error instanceof ProblemError ? error.problem.status : error),
    );

    // Assess: a refused request stores nothing.
    expect(outcome).toBe(ok ? 'ok' : 403);
    if (!ok) expect(targets.saved).toEqual([]);
  });
});

describe('staff identities in targets', () => {
  // Leads, admins and the country's own office see who changed its targets; viewers (partners,
  // donors) and other countries' offices see what changed and when, never a name.
  const seesStaff: Record<Who, boolean> = { laOffice: true, khOffice: false, lead: true, admin: true, viewer: false };

  it.each(Object.entries(seesStaff) as [Who, boolean][])('%s sees who changed LA targets: %s', async (who, sees) => {
    // Prepare
    await setTargets(deps, users.lead, LA_2026, { targets: { 'PRV-01': 4800 } }, create);
    await setTargets(deps, users.admin, LA_2026, { targets: { 'PRV-01': 5000 } }, ifMatch(1));

    // Act
    const one = await getTargets(deps, users[who], LA_2026);
    const year = (await listTargets(deps, users[who], 2026)).yearTargets.countries;
    const history = await targetHistory(deps, users[who], LA_2026);

    // Assess
    const staff = JSON.stringify([one, year, history]);
    for (const user of [users.lead, users.admin]) {
      expect(staff.includes(user.name), user.name).toBe(sees);
      expect(staff.includes(`"${user.sub}"`), user.sub).toBe(sees);
    }
    expect(one.updatedBy).toBe(sees ? users.admin.name : undefined);
    expect(year.map((t) => t.updatedBy)).toEqual([sees ? users.admin.name : undefined]);
    expect(history.map((r) => r.actor)).toEqual(
      sees
        ? [
            { sub: users.lead.sub, name: users.lead.name, role: 'regional-lead' },
            { sub: users.admin.sub, name: users.admin.name, role: 'admin' },
          ]
        : [undefined, undefined],
    );
    expect(history.map((r) => Object.hasOwn(r, 'actor'))).toEqual([sees, sees]);
    // What changed and when stays for everyone.
    expect(history.map((r) => [r.version, r.at, r.changes.length])).toEqual([
      [1, NOW.toISOString(), 1],
      [2, NOW.toISOString(), 1],
    ]);
  });
});
