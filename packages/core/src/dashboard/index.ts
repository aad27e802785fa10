export * from './dashboard-reader';
export * from './view-query';
export * from './indicator-month';
export * from './overview';
export * from './series';
export * from './completeness';
export * from './export-csv';
export * from './dashboard-views';
