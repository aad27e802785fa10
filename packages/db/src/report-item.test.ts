import { encodeVector, type StoredReport, toVector } from '@etip/core';
import { reportValues } from '@etip/core/testing';
import { describe, expect, it } from 'vitest';
import { fromReportItem, toReportItem } from './report-item';

const values = reportValues();
const report: StoredReport = {
  country: 'LA',
  period: '2026-10',
  status: 'submitted',
  version: 5,
  timeliness: 'on-time',
  values,
  note: null,
  updatedAt: '2026-11-05T03:00:00.000Z',
  updatedBy: 'office',
  returnReason: null,
  submittedAt: '2026-11-05T03:00:00.000Z',
  published: {
    version: 5,
    status: 'submitted',
    timeliness: 'on-time',
    submittedAt: '2026-11-05T03:00:00.000Z',
    values,
    withheld: Uint8Array.of(1, 2, 3),
    earlier: [{ values: toVector(reportValues({ 'PRT-02': 3 })), withheld: Uint8Array.of(4) }, { values: toVector(reportValues({ 'PRT-02': 4 })) }],
    corrections: 2,
  },
};

describe('a report item', () => {
  it('keeps the published pattern and every earlier submission with its own, through the table', () => {
    expect(fromReportItem(toReportItem(report))).toEqual(report);
  });

  it('reads an earlier submission stored as bare vector bytes (the format of 2026-11-29 before patterns were kept) as one without a pattern', () => {
    // Prepare
    const item = toReportItem(report) as unknown as { published: { earlier: unknown[] } };
    item.published.earlier = [encodeVector(toVector(values))];

    // Act
    const read = fromReportItem(item as unknown as Record<string, unknown>);

    // Assess
    expect(read.published?.earlier).toEqual([{ values: toVector(values) }]);
  });
});
