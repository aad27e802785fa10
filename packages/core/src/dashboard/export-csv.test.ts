import { describe, expect, it } from 'vitest';
import { findIndicator } from '../framework/indicators';
import { fullReport, LEAD, month, neverSubmitted, rangeOf, rollups, VIEWER } from './dashboard.fixture';
import { buildExportCsv, csvField, EXPORT_COLUMNS } from './export-csv';

describe('csvField', () => {
  it.each([
    ['plain', 'PRV-01', 'PRV-01'],
    ['a comma', 'Lao PDR, Vientiane', '"Lao PDR, Vientiane"'],
    ['quotes, doubled', 'the "peer" group', '"the ""peer"" group"'],
    ['a line feed', 'first\nsecond', '"first\nsecond"'],
    ['a carriage return', 'first\r\nsecond', '"first\r\nsecond"'],
    ['only a quote', '"', '""""'],
  ])('quotes a field with %s as RFC 4180 says', (_name, value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it('writes nothing for null or undefined, and numbers and booleans as they are', () => {
    expect([csvField(null), csvField(undefined), csvField(0), csvField(12.5), csvField(false)]).toEqual(['', '', '0', '12.5', 'false']);
  });
});

describe('buildExportCsv', () => {
  const held = rollups({
    TH: {
      '2026-03': month(
        fullReport({
          'PRT-05': [3, 12],
          'PRT-06': [
            { numerator: 4, denominator: 15 },
            { numerator: 12, denominator: 20 },
          ],
        }),
      ),
      '2026-04': neverSubmitted(),
    },
  });
  const csv = (user: typeof LEAD, code: string) =>
    buildExportCsv({ user, range: rangeOf('2026-03', '2026-04'), rollups: held, countries: ['TH'], indicators: [findIndicator(code)!] }).split('\r\n');

  it('has one row per cell of each published month, each line ending in CRLF', () => {
    // Act
    const lines = csv(LEAD, 'PRT-06');

    // Assess: April was never submitted, so it has no rows.
    expect(lines).toEqual([
      EXPORT_COLUMNS.join(','),
      'TH,2026-03,approved,protection,PRT-06,female,,,26.7,4,15,false',
      'TH,2026-03,approved,protection,PRT-06,male,,,60,12,20,false',
      '',
    ]);
  });

  it('leaves a withheld cell without value and says it is withheld', () => {
    expect(csv(VIEWER, 'PRT-05').slice(1)).toEqual([
      'TH,2026-03,approved,protection,PRT-05,female,,,,,,true',
      'TH,2026-03,approved,protection,PRT-05,male,,,,,,true',
      '',
    ]);
  });
});
