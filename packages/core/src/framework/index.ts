export * from './calendar';
export * from './cells';
export * from './countries';
export * from './decimals';
export * from './framework-view';
export * from './indicators';
export * from './schemas';
