/**
 * One JSON catalogue per language, each its own chunk: only the active language's is fetched.
 * The glob is literal so the bundler knows every file at build time. The boot module asks for
 * the page's language at once; i18next's backend asks again and gets the same module.
 */
const catalogues = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*.json');

/** The catalogue of `language`, or a rejection when there is none. */
export function loadCatalogue(language: string): Promise<Record<string, unknown>> {
  const load = catalogues[`../../locales/${language}.json`];
  if (!load) return Promise.reject(new Error(`no catalogue for ${language}`));
  return load().then((module) => module.default);
}
