export * from './problem';
export * from './field-errors';
export * from './zod-issues';
export * from './query';
export * from './schemas';
export * from './config';
