import { ROLES } from '@etip/core/access';
import { MONTH_STATUSES } from '@etip/core/dashboard';
import { COUNTRY_CODES, DIMENSIONS, INDICATOR_CODES, PILLAR_CODES } from '@etip/core/framework';
import { FIELD_ERROR_CODES, PROBLEMS } from '@etip/core/problems';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../lib/i18n/languages';
import en from './en.json';
import km from './km.json';
import lo from './lo.json';
import my from './my.json';
import th from './th.json';
import vi from './vi.json';
import zh from './zh.json';

type Catalogue = { [key: string]: string | Catalogue };
const CATALOGUES: Record<string, Catalogue> = { en, km, zh, lo, my, th, vi };

/** Every key of a catalogue with its text: `overview.title` → 'Regional overview'. */
function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const english = flatten(en);
// Strings that are the same in every language by design: the product's name, codes, formats.
const SAME_EVERYWHERE = new Set(['app.title', 'error.field', 'overview.range', 'fieldError.invalid-json', 'chart.downloadCsv']);

describe('translation catalogues', () => {
  it('has one catalogue per language of the dashboard', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual([...LANGUAGE_CODES].sort());
  });

  it.each(Object.keys(CATALOGUES))('%s has every key of English, no other, none empty, with the same placeholders', (language) => {
    const keys = flatten(CATALOGUES[language]!);
    expect([...keys.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of keys) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(text), key).toEqual(placeholders(english.get(key)!));
    }
  });

  it.each(Object.keys(CATALOGUES).filter((l) => l !== 'en'))('%s is translated, not English copied', (language) => {
    const keys = flatten(CATALOGUES[language]!);
    const copied = [...keys].filter(([key, text]) => text === english.get(key) && !SAME_EVERYWHERE.has(key) && /[a-z]{4}/.test(text));
    // Vietnamese is in Latin letters and shares a few names (Myanmar) with English; no language copies more than a handful.
    expect(copied.map(([k]) => k).length, copied.map(([k]) => k).join(', ')).toBeLessThanOrEqual(3);
  });

  it('names every code core defines: problems, field errors, roles, countries, pillars, indicators, dimensions, month statuses', () => {
    const expected = [
      ...Object.keys(PROBLEMS).map((p) => `problem.${p}`),
      ...FIELD_ERROR_CODES.map((c) => `fieldError.${c}`),
      ...ROLES.map((r) => `role.${r}`),
      ...COUNTRY_CODES.map((c) => `country.${c}`),
      ...PILLAR_CODES.map((p) => `pillar.${p}`),
      ...INDICATOR_CODES.map((i) => `indicator.${i}`),
      ...Object.keys(DIMENSIONS).map((d) => `dimension.${d}`),
      ...Object.entries(DIMENSIONS).flatMap(([d, values]) => values.map((v) => `dimensionValue.${d}.${v}`)),
      ...MONTH_STATUSES.filter((s) => s !== 'not-due').map((s) => `month.${s === 'submitted' ? 'submitted' : s}`),
      'month.notDue',
    ];
    for (const key of expected) expect(english.has(key), key).toBe(true);
    // and nothing stale: no problem or field error this build's core does not know
    const known = new Set(expected);
    for (const key of english.keys()) if (/^(problem|fieldError|indicator|country)\./.test(key)) expect(known.has(key), key).toBe(true);
  });

  it("keeps the English indicator names of DESIGN.md 2 (core's framework) word for word", async () => {
    const { INDICATORS } = await import('@etip/core/framework');
    for (const i of INDICATORS) expect(english.get(`indicator.${i.code}`)).toBe(i.name);
  });
});
