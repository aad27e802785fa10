export * from './target-set';
export * from './schemas';
export * from './validation';
export * from './repository';
export * from './targets';
