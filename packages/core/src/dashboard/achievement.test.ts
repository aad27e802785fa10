import { describe, expect, it } from 'vitest';
import { SUPPRESSED } from '../protection';
import { ACHIEVEMENT_THRESHOLDS, pillarSummary, trackOf } from './achievement';

describe('trackOf', () => {
  it.each([
    [300, 'on-track'],
    [100, 'on-track'],
    [90, 'on-track'],
    [89.9, 'at-risk'],
    [70, 'at-risk'],
    [69.9, 'off-track'],
    [0, 'off-track'],
  ] as const)('%d %% of the pro-rated target is %s', (achievement, track) => {
    expect(trackOf(achievement)).toBe(track);
  });

  it('never guesses a withheld or missing achievement', () => {
    expect(trackOf(SUPPRESSED)).toBe('not-assessed');
    expect(trackOf(null)).toBe('not-assessed');
  });

  it('has its thresholds in one place', () => {
    expect(ACHIEVEMENT_THRESHOLDS).toEqual({ onTrack: 90, atRisk: 70 });
    expect(Object.isFrozen(ACHIEVEMENT_THRESHOLDS)).toBe(true);
  });
});

describe('pillarSummary', () => {
  it('one indicator at 300 % does not hide three far behind: the mean would be 112.5 %, the median is 55 %', () => {
    // Act
    const summary = pillarSummary('protection', [300, 40, 50, 60, null, SUPPRESSED]);

    // Assess
    expect(summary).toEqual({ pillar: 'protection', onTrack: 1, atRisk: 0, offTrack: 3, notAssessed: 2, median: 55 });
  });

  it('takes the middle value of an odd count, and none of nothing', () => {
    expect(pillarSummary('advocacy', [95.5, 70, 12.3]).median).toBe(70);
    expect(pillarSummary('advocacy', [null, SUPPRESSED])).toEqual({ pillar: 'advocacy', onTrack: 0, atRisk: 0, offTrack: 0, notAssessed: 2, median: null });
  });
});
