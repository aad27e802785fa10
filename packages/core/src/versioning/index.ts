export * from './store';
export * from './preconditions';
