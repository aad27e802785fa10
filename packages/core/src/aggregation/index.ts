export * from './aggregate-change';
export * from './month-aggregate';
export * from './value-vector';
