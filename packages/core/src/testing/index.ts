export * from './integer-attacker';
export * from './memory-aggregates';
export * from './memory-report-repository';
export * from './memory-target-repository';
export * from './memory-versioned-store';
export * from './protection-attack';
export * from './reader-knowledge';
export * from './report-values';
