export * from './statuses';
export * from './report';
export * from './responses';
export * from './schemas';
export * from './validation';
export * from './repository';
export * from './submissions';
