import { addMonths, type Cell, type CountryCode, country, currentPeriod, FIRST_PERIOD, type Period, parsePeriod, zonedMidnight } from '@etip/core';
import { between, chance, type Random, streamFor } from './demo-random';
import { changeCounts, countOf, demoValues, partialDraft, preventionOnly } from './demo-values';

/**
 * What happened to each demo report, month by month: most are entered, submitted and
 * approved; some are late, missing, returned, corrected or reopened (DESIGN.md 6). A plan is
 * only a list of dated steps; `demo-data.ts` runs them through the domain's own verbs.
 */
export type Step =
  | { action: 'create' | 'replace'; at: Date; values: Cell[]; note?: string }
  | { action: 'submit' | 'approve'; at: Date }
  | { action: 'return'; at: Date; reason: string };

export interface ReportPlan {
  country: CountryCode;
  period: Period;
  steps: Step[];
}

type Fix = (values: readonly Cell[]) => Cell[];
type Story =
  | { kind: 'missing' | 'draft' | 'submitted' | 'approved' }
  | { kind: 'returned'; reason: string }
  | { kind: 'corrected'; reason: string; fix: Fix; approved: boolean }
  | { kind: 'reopened'; note: string; fix: Fix };

const MISSING: Story = { kind: 'missing' };

/**
 * The reports that depart from the usual path, by months back from the current month. The
 * usual path: the current month in draft, last month awaiting approval, older ones approved.
 */
const STORIES: Record<CountryCode, Record<number, Story>> = {
  KH: {
    2: { kind: 'submitted' },
    5: {
      kind: 'corrected',
      approved: true,
      reason: 'PRV-01 seems to count the participants of the two-day sessions once per day. Please count each person once and resubmit.',
      fix: (values) => changeCounts(values, 'PRV-01', (cell) => Math.round(cell.value * 0.6)),
    },
  },
  CN: {
    0: MISSING,
    2: { kind: 'submitted' },
    8: {
      kind: 'reopened',
      note: 'Reopened: the training of border officials on the 28th was left out of ADV-01.',
      fix: (values) => changeCounts(values, 'ADV-01', (cell) => cell.value + (cell.sex === 'male' ? 23 : 9)),
    },
    14: MISSING,
  },
  LA: {
    2: {
      kind: 'corrected',
      approved: false,
      reason:
        'PRT-02 counselling is lower than the survivors identified in PRT-01, although every identified survivor is offered counselling. Please check the case files.',
      fix: (values) => changeCounts(values, 'PRT-02', (cell) => Math.max(cell.value, countOf(values, { indicator: 'PRT-01', sex: cell.sex, age: cell.age }))),
    },
  },
  // Field sites were cut off for two months: nothing was reported. CN, MM and TH have not
  // started this month's report yet.
  MM: { 0: MISSING, 6: MISSING, 7: MISSING },
  TH: {
    0: MISSING,
    2: {
      kind: 'returned',
      reason: 'PRT-04 repatriations (male 18-29) do not match the cases in the shelter’s repatriation log. Please reconcile and resubmit.',
    },
  },
  VN: {
    3: {
      kind: 'returned',
      reason: 'PRT-06 seems to include survivors visited before their 6-month follow-up. Please count only the 6-month visits and resubmit.',
    },
  },
};

/** Share of reports submitted after the 10th: offices with slow links and far-off field sites are late more often. */
const LATE_SHARE: Record<CountryCode, number> = { KH: 0.15, CN: 0.05, LA: 0.25, MM: 0.35, TH: 0.1, VN: 0.1 };

const usualStory = (monthsBack: number): Story => (monthsBack === 0 ? { kind: 'draft' } : monthsBack === 1 ? { kind: 'submitted' } : { kind: 'approved' });

/** The plans of one country, oldest month first, for the `months` months up to its current month. */
export function planCountry(code: CountryCode, now: Date, months: number, seed: number): ReportPlan[] {
  const current = currentPeriod(code, now);
  const periods = Array.from({ length: months }, (_, n) => addMonths(current, n + 1 - months));
  const values = demoValues(code, periods, streamFor(seed, `${code} values`));
  const random = streamFor(seed, `${code} scenario`);
  return periods
    .map((period, n) => {
      const monthsBack = months - 1 - n;
      const story = STORIES[code][monthsBack] ?? usualStory(monthsBack);
      return { country: code, period, steps: stepsOf(story, { code, period, now, values: values[n] ?? [], random }) };
    })
    .filter((plan) => plan.period >= FIRST_PERIOD && plan.steps.length > 0);
}

interface Context {
  code: CountryCode;
  period: Period;
  now: Date;
  values: Cell[];
  random: Random;
}

function stepsOf(story: Story, { code, period, now, values, random }: Context): Step[] {
  if (story.kind === 'missing') return [];
  const zone = country(code).timeZone;
  if (story.kind === 'draft') {
    // Somewhere between the start of the month and now: never before the month exists.
    const { year, month } = parsePeriod(period);
    const start = zonedMidnight(year, month, 1, zone).getTime();
    const at = new Date(start + (now.getTime() - start) * (0.2 + 0.7 * random()));
    return [{ action: 'create', at, values: partialDraft(values, random) }];
  }
  const at = diary(zone, random);
  const next = addMonths(period, 1);
  const steps: Step[] = [];
  let day: number;
  if (chance(random, 0.15)) {
    steps.push({ action: 'create', at: at(period, between(random, 22, 28)), values: preventionOnly(values) });
    day = between(random, 1, 4);
    steps.push({ action: 'replace', at: at(next, day), values });
  } else {
    day = between(random, 1, 5);
    steps.push({ action: 'create', at: at(next, day), values });
  }
  // A report that gets corrected was sent in good time; its resubmission is what comes late.
  const late = story.kind !== 'corrected' && chance(random, LATE_SHARE[code]);
  day = late ? between(random, 11, 20) : between(random, Math.max(day, 5), 10);
  steps.push({ action: 'submit', at: at(next, day) });
  const review = () => {
    day += between(random, 1, 4);
    return at(next, day);
  };
  switch (story.kind) {
    case 'submitted':
      return steps;
    case 'approved':
      return [...steps, { action: 'approve', at: review() }];
    case 'returned':
      return [...steps, { action: 'return', at: review(), reason: story.reason }];
    case 'corrected': {
      steps.push({ action: 'return', at: review(), reason: story.reason });
      day += between(random, 1, 3);
      steps.push({ action: 'replace', at: at(next, day), values: story.fix(values) });
      steps.push({ action: 'submit', at: at(next, day) });
      return story.approved ? [...steps, { action: 'approve', at: review() }] : steps;
    }
    case 'reopened': {
      steps.push({ action: 'approve', at: review() });
      const fixed = story.fix(values);
      return [...steps, { action: 'replace', at: at(addMonths(period, 2), between(random, 3, 20)), values: fixed, note: story.note }];
    }
  }
}

/**
 * Dates in office hours (08:00–17:00 in the country's zone), each after the one before, so a
 * report's steps keep their order even when two fall on the same day.
 */
function diary(zone: string, random: Random) {
  // None of the six zones keeps daylight saving, so days follow the month's first midnight
  // 24 hours apart; one zone lookup per month keeps planning quick.
  const firstMidnight = new Map<Period, number>();
  let last = 0;
  return (period: Period, day: number): Date => {
    const { year, month } = parsePeriod(period);
    const first = firstMidnight.get(period) ?? zonedMidnight(year, month, 1, zone).getTime();
    firstMidnight.set(period, first);
    const planned = first + (day - 1) * 86_400_000 + between(random, 8 * 60, 17 * 60) * 60_000;
    last = Math.max(planned, last + 20 * 60_000);
    return new Date(last);
  };
}
