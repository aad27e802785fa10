export * from './plan';
export * from './repository';
export * from './responses';
export * from './schemas';
export * from './target-set';
export * from './targets';
export * from './validation';
