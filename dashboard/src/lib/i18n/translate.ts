/** A translation function as pure builders take it (i18next's `t` fits), so they can be tested with any catalogue. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;
