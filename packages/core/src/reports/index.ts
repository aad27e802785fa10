export * from './report';
export * from './schemas';
export * from './validation';
export * from './repository';
export * from './submissions';
