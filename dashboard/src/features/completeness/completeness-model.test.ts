import { describe, expect, it } from 'vitest';
import { toCsv } from '../../lib/csv';
import { translator } from '../../lib/i18n/translator.fixture';
import { COMPLETENESS } from './completeness.fixture';
import { completenessModel, isEmptyCompleteness } from './completeness-model';

describe('the completeness grid as cells and as a table', () => {
  it('places each month of each country in its cell, in its state', async () => {
    // Prepare
    const t = await translator('en');

    // Act
    const model = completenessModel(COMPLETENESS, 'en-GB', t);

    // Assess
    expect(model.countries).toEqual(['KH', 'MM']);
    expect(model.xLabels).toEqual(['Jan 2026', 'Feb 2026', 'Mar 2026', 'Apr 2026']);
    expect(model.yLabels).toEqual(['Cambodia', 'Myanmar']);
    expect(model.cells.map((c) => `${c.y}${c.x}:${c.status}`)).toEqual([
      '00:approved',
      '01:late',
      '02:on-time',
      '03:not-due',
      '10:returned',
      '11:draft',
      '12:not-due',
      '13:not-due',
    ]);
  });

  it('says in the tooltip when a month not due is due, and that an old draft is overdue', async () => {
    const t = await translator('en');
    const model = completenessModel(COMPLETENESS, 'en-GB', t);
    expect(model.cells[3]!.tooltip).toBe('Cambodia, Apr 2026\nnot due yet\nLast day to submit: 10 May 2026');
    expect(model.cells[5]!.tooltip).toBe('Myanmar, Feb 2026\ndraft\nNot submitted by its deadline: counted as missing.');
  });

  it('gives the table and the CSV the same rows: every month in words, then the rates', async () => {
    // Prepare
    const t = await translator('en');

    // Act
    const { table } = completenessModel(COMPLETENESS, 'en-GB', t);
    const csv = toCsv(
      table.columns,
      table.rows.map((r) => r.csv),
    );

    // Assess
    expect(table.columns).toEqual(['Country', 'Jan 2026', 'Feb 2026', 'Mar 2026', 'Apr 2026', 'Complete', 'On time']);
    expect(table.rows[1]!.cells).toEqual(['Myanmar', 'returned for correction', 'draft (overdue)', 'not due yet', 'not due yet', '50%', '0%']);
    expect(csv).toBe(
      '\uFEFFCountry,Jan 2026,Feb 2026,Mar 2026,Apr 2026,Complete,On time\r\n' +
        'Cambodia,approved,submitted late,submitted on time,not due yet,100,50\r\n' +
        'Myanmar,returned for correction,draft (overdue),not due yet,not due yet,50,0\r\n',
    );
  });

  it("writes months and names in the reader's language and lists them for the font loader", async () => {
    const t = await translator('my');
    const model = completenessModel(COMPLETENESS, 'my-MM', t);
    expect(model.yLabels[1]).toBe(t('country.MM'));
    expect(model.texts).toContain(model.xLabels[0]);
    expect(model.table.rows[0]!.cells.at(-2)).toBe('၁၀၀%');
  });

  it('is empty only with no country or no month', () => {
    expect(isEmptyCompleteness(COMPLETENESS)).toBe(false);
    expect(isEmptyCompleteness({ ...COMPLETENESS, rows: [] })).toBe(true);
  });
});
