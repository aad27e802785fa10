export * from './table';
export * from './keys';
export * from './client';
export * from './report-store';
