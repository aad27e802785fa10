/**
 * The seven languages of the dashboard (DESIGN.md 5.2), each with the Intl locale its numbers
 * and dates are written in and the font stack that has its script. Names are autonyms: a
 * person looks for their own language written in it, whatever language the page is in now.
 */
export const LANGUAGES = [
  { code: 'en', name: 'English', locale: 'en-GB', font: 'latin' },
  { code: 'km', name: 'ខ្មែរ', locale: 'km-KH', font: 'khmer' },
  { code: 'zh', name: '简体中文', locale: 'zh-CN', font: 'sc' },
  { code: 'lo', name: 'ລາວ', locale: 'lo-LA', font: 'lao' },
  { code: 'my', name: 'မြန်မာ', locale: 'my-MM', font: 'myanmar' },
  // Gregorian years, as every other language and the address (`?from=2026-01`): Intl's Thai default is the Buddhist era (2569).
  { code: 'th', name: 'ไทย', locale: 'th-TH-u-ca-gregory', font: 'thai' },
  { code: 'vi', name: 'Tiếng Việt', locale: 'vi-VN', font: 'latin' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];
export type FontScript = (typeof LANGUAGES)[number]['font'];
export const LANGUAGE_CODES = LANGUAGES.map((l) => l.code) as [Language, ...Language[]];
export const DEFAULT_LANGUAGE: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGE_CODES as readonly string[]).includes(value);
}

export function languageOf(code: Language) {
  return LANGUAGES.find((l) => l.code === code)!;
}

/** The Intl locale of a language: `zh` → `zh-CN`. */
export const localeOf = (code: Language): string => languageOf(code).locale;

/** Where a remembered choice is kept; per browser, not per tab, so a person chooses once. */
export const LANGUAGE_STORAGE_KEY = 'etip.lang';

/**
 * Keeps `language` as the person's choice: chosen in the menu, or opened by a link that names it
 * (`?lang=km`; the README promises both are remembered, the tryout found the link's was not).
 */
export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage may be off (private mode, policy): the URL still carries the choice.
  }
}

/**
 * The language to show: `?lang=` wins (a shared link opens in the language it was shared in),
 * then the person's last choice, then the first of the browser's languages we have (`zh-Hans-CN`
 * → `zh`), then English.
 */
export function chooseLanguage(fromUrl: string | null | undefined, remembered: string | null | undefined, browser: readonly string[]): Language {
  if (isLanguage(fromUrl)) return fromUrl;
  if (isLanguage(remembered)) return remembered;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return DEFAULT_LANGUAGE;
}
