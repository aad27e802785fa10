export * from './calendar';
export * from './cells';
export * from './countries';
export * from './framework-view';
export * from './indicators';
export * from './schemas';
