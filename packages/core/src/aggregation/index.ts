export * from './value-vector';
export * from './month-aggregate';
export * from './aggregate-change';
