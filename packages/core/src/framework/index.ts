export * from './countries';
export * from './indicators';
export * from './cells';
export * from './calendar';
export * from './framework-view';
export * from './schemas';
