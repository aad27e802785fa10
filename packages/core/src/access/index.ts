export * from './claims';
export * from './roles';
export * from './rules';
