export * from './table';
export * from './keys';
export * from './client';
export * from './report-store';
export * from './ensure-table';
export * from './report-import';
export * from './aggregate-store';
export { fromReportItem } from './report-item';
export * from './target-store';
export * from './stores';

