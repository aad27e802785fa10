/**
 * The programme's domain, by concept. Each concept is importable on its own
 * (`@etip/core/framework`, `@etip/core/reports`, …); this entry re-exports them all.
 * The in-memory repositories and shared fixtures are at `@etip/core/testing`, never here.
 */

export * from './access';
export * from './aggregation';
export * from './dashboard';
export * from './framework';
export * from './once';
export * from './problems';
export * from './protection';
export * from './reports';
export * from './targets';
export * from './versioning';
