import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('quotes what needs quoting, ends lines with CRLF and starts with a BOM for Excel', () => {
    const csv = toCsv(
      ['country', 'note'],
      [
        ['Lao PDR', 'a, "quoted"\nline'],
        ['កម្ពុជា', '<10'],
      ],
    );
    expect(csv).toBe('\uFEFFcountry,note\r\nLao PDR,"a, ""quoted""\nline"\r\nកម្ពុជា,<10\r\n');
  });

  it('defuses text a spreadsheet would run as a formula, but not numbers', () => {
    expect(toCsv(['a', 'b'], [['=HYPERLINK("x")', '-5']])).toBe('\uFEFFa,b\r\n"\'=HYPERLINK(""x"")",-5\r\n');
  });
});
