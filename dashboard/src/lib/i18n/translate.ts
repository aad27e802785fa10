/** A translation function as pure builders take it (i18next's `t` fits), so they can be tested with any catalogue. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * `t`, remembering what it said for each key asked without options: a table asks for the same
 * few words (a track, "no target") in every cell, and i18next resolves each call afresh.
 */
export function rememberingKeys(t: Translate): Translate {
  const said = new Map<string, string>();
  return (key, options) => {
    if (options) return t(key, options);
    let text = said.get(key);
    if (text === undefined) {
      text = t(key);
      said.set(key, text);
    }
    return text;
  };
}
