/** Where a report stands (DESIGN.md 3): a draft until submitted, then approved or returned. */
export const REPORT_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** What a revision records: the values written (create, replace) or a status transition. */
export const REPORT_ACTIONS = ['create', 'replace', 'submit', 'approve', 'return'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];
