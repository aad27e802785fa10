export * from './month-table';
export * from './protect-month';
export * from './protected-values';
export * from './range';
export * from './reader';
export * from './revised-month';
export * from './schemas';
export * from './withhold';
