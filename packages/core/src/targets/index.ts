export * from './target-set';
export * from './responses';
export * from './schemas';
export * from './validation';
export * from './repository';
export * from './plan';
export * from './targets';
