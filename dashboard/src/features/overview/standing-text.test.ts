import { describe, expect, it } from 'vitest';
import { WORDS as words } from '../../lib/figure-words.fixture';
import { translator } from '../../lib/i18n/translator.fixture';
import { OVERVIEW } from './overview.fixture';
import { overviewMatrix } from './overview-model';
import { standingText } from './standing-text';

describe('a figure of the matrix in words', () => {
  it('says "not assessed" once, not "not assessed · not assessed" (found in the tryout)', async () => {
    // Prepare: LA reported no PRV-01; KH's PRT-01 is withheld.
    const t = await translator('en');
    const [prv01, prt01] = [overviewMatrix(OVERVIEW, 'prevention').rows[0]!, overviewMatrix(OVERVIEW, 'protection').rows[0]!];

    // Act
    const la = standingText(prv01.cells[1]!, 'en-GB', words, t);
    const kh = standingText(prt01.cells[0]!, 'en-GB', words, t);
    const region = standingText(prv01.cells[2]!, 'en-GB', words, t);

    // Assess
    expect(la.verdict).toBe('not assessed');
    expect(kh.verdict).toBe('withheld · not assessed');
    expect(region.verdict).toBe('120% · on track');
  });

  it("says what a figure is made of, and gives no target to a figure with nothing reported, in the target's place nothing else", async () => {
    // Prepare
    const t = await translator('en');
    const prv01 = overviewMatrix(OVERVIEW, 'prevention').rows[0]!;

    // Act
    const [kh, la, region] = prv01.cells.map((cell) => standingText(cell, 'en-GB', words, t));

    // Assess
    expect(kh!.coverage).toBe('3 of 3 months reported');
    expect(region!.coverage).toBe('1 of 2 countries reported');
    // The coverage has a column of its own: under Target it read as a target (found in the tryout).
    expect([la!.actual, la!.target, la!.targetPhrase, la!.csv.target]).toEqual(['not reported', '', '', '']);
    // A not-due month is said, beside what reported.
    const current = { ...prv01.cells[2]!, countries: { reported: 4, of: 6, notDue: 2 } };
    expect(standingText(current, 'en-GB', words, t).coverage).toBe('4 of 6 countries reported · 2 not due yet');
  });

  it('writes a missing target once and a ratio\'s target as a percentage (found in the tryout: "target no target", PRT-06 "82")', async () => {
    // Prepare
    const t = await translator('en');
    const region = overviewMatrix(OVERVIEW, 'protection').rows[0]!.cells.at(-1)!;
    const ratio = { ...region, unit: 'percent' as const, actual: { kind: 'ratio' as const, percent: 80, numerator: 8, denominator: 10 }, target: 82 };

    // Act
    const untargeted = standingText({ ...region, target: null }, 'en-GB', words, t);
    const percent = standingText(ratio, 'en-GB', words, t);

    // Assess
    expect([untargeted.target, untargeted.targetPhrase, untargeted.csv.target]).toEqual(['no target', 'no target', 'no target']);
    expect([percent.target, percent.targetPhrase, percent.csv.target]).toEqual(['82%', 'target 82%', '82']);
  });

  it('gives a withheld sum its own reason and note, and a month\'s "<10" its own', async () => {
    const t = await translator('en');
    const region = overviewMatrix(OVERVIEW, 'protection').rows[0]!.cells.at(-1)!;
    const sum = standingText(region, 'en-GB', words, t);
    const month = standingText({ ...region, actual: { kind: 'suppressed' } }, 'en-GB', words, t);
    expect([sum.actual, sum.csv.actual, sum.withheld?.reason]).toEqual(['withheld', 'withheld', 'includes figures withheld to protect survivors']);
    expect(sum.withheld?.note).toMatch(/^withheld: a total over several months or countries/);
    expect([month.actual, month.withheld?.reason]).toEqual(['<10', 'withheld to protect survivors']);
  });
});
