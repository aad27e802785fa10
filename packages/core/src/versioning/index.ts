export * from './preconditions';
export * from './store';
