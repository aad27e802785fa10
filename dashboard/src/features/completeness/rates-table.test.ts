import { describe, expect, it } from 'vitest';
import { toCsv } from '../../lib/csv';
import { translator } from '../../lib/i18n/translator.fixture';
import { COMPLETENESS, FIXTURE_NOW } from './completeness.fixture';
import { ratesTable } from './rates-table';

describe('the rates and deadlines table', () => {
  it('lists each country with its rates, counts and next deadline, then the region added up', async () => {
    // Prepare
    const t = await translator('en');

    // Act
    const table = ratesTable(COMPLETENESS, FIXTURE_NOW, 'en-GB', t);

    // Assess
    expect(table.columns).toEqual(['Country', 'Complete', 'On time', 'Months due', 'Submitted', 'Late', 'Missing', 'Next deadline']);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['Cambodia', '100%', '50%', '2', '2', '1', '0'],
      ['Myanmar', '50%', '0%', '2', '1', '1', '1'],
      ['Region', '75%', '33.3%', '4', '3', '2', '1'],
    ]);
    expect(table.rows.map((r) => r.deadline && [r.deadline.relative, r.deadline.month, r.deadline.absolute])).toEqual([
      ['due in 32 days', 'Apr 2026', '10 May 2026, 23:59 GMT+7'],
      ['29 days overdue', 'Feb 2026', '10 Mar 2026, 23:59 GMT+6:30'],
      null,
    ]);
  });

  it('gives the CSV the same rows, numbers plain, the deadline relatively and on the local clock', async () => {
    const t = await translator('en');
    const table = ratesTable(COMPLETENESS, FIXTURE_NOW, 'en-GB', t);
    expect(
      toCsv(
        table.csvColumns,
        table.rows.map((r) => r.csv),
      ),
    ).toBe(
      '\uFEFFCountry,Complete,On time,Months due,Submitted,Late,Missing,Report month,Next deadline,Deadline (local time)\r\n' +
        'Cambodia,100,50,2,2,1,0,Apr 2026,due in 32 days,"10 May 2026, 23:59 GMT+7"\r\n' +
        'Myanmar,50,0,2,1,1,1,Feb 2026,29 days overdue,"10 Mar 2026, 23:59 GMT+6:30"\r\n' +
        'Region,75,33.3,4,3,2,1,,,\r\n',
    );
  });

  it('has no region row for a single country', async () => {
    const t = await translator('en');
    const table = ratesTable({ ...COMPLETENESS, rows: COMPLETENESS.rows.slice(0, 1) }, FIXTURE_NOW, 'en-GB', t);
    expect(table.rows.map((r) => r.key)).toEqual(['KH']);
  });
});
