import i18next, { type BackendModule, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type DateWords, learnDateWords } from '../format';
import { loadCatalogue } from './catalogues';
import { linkFonts } from './fonts';
import { isLanguage, type Language, languageOf, localeOf, rememberLanguage } from './languages';

/**
 * An i18next backend over the catalogue chunks (catalogues.ts): i18next asks, the chunk is
 * imported, and its date words are handed to the date formatters (lib/format.ts).
 */
const chunkBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    loadCatalogue(language).then(
      (catalogue) => {
        if (isLanguage(language)) learnDateWords(localeOf(language), catalogue.date as DateWords);
        callback(null, catalogue);
      },
      (error: Error) => callback(error, false),
    );
  },
};

/** Starts i18next in `language`; resolves once its catalogue is in. */
export async function startI18n(language: Language): Promise<i18n> {
  await i18next
    .use(chunkBackend)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: false,
      supportedLngs: false,
      load: 'currentOnly',
      ns: ['translation'],
      // React escapes what it renders; escaping here too would show `&lt;10`.
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  followLanguage(language);
  return i18next;
}

/** Switches the language: its catalogue and fonts first, so the page never shows boxes. */
export async function switchLanguage(language: Language): Promise<void> {
  await Promise.all([i18next.loadLanguages(language), linkFonts(languageOf(language).font)]);
  await i18next.changeLanguage(language);
  followLanguage(language);
  rememberLanguage(language);
}

/** `<html lang>` follows, for screen readers, hyphenation and the font rules of app.css. */
function followLanguage(language: Language) {
  document.documentElement.lang = language;
}
