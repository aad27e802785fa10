export * from './cognito';
export * from './loggable-error';
