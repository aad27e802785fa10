import i18next from 'i18next';
import en from '../../locales/en.json';
import type { Language } from './languages';
import type { Translate } from './translate';

/** A translator over the real catalogue of `language`, synchronous, for tests of the pure builders. */
export async function translator(language: Language = 'en'): Promise<Translate> {
  const catalogue = language === 'en' ? en : (await import(`../../locales/${language}.json`)).default;
  const instance = i18next.createInstance();
  await instance.init({ lng: language, resources: { [language]: { translation: catalogue } }, interpolation: { escapeValue: false } });
  return (key, options) => instance.t(key, options ?? {});
}
