import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { figureWords } from '../format';
import { fontStack } from './fonts';
import { DEFAULT_LANGUAGE, isLanguage, type Language, languageOf } from './languages';

/** The active language with what formatting needs: its Intl locale, its script and font stack, and the figure words. */
export function useLanguage() {
  const { t, i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  return useMemo(() => {
    const { locale, font } = languageOf(language);
    return { t, language, locale, script: font, fontFamily: fontStack(font), words: figureWords(t) };
  }, [language, t]);
}
