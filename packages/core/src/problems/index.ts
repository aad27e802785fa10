export * from './config';
export * from './field-error-docs';
export * from './field-errors';
export * from './plan';
export * from './problem';
export * from './query';
export * from './schemas';
export * from './zod-issues';
