import type { TFunction } from 'i18next';
import { ApiError } from './api-error';

/** What the error panel says: a headline, one line per offending field, and the reference to quote. */
export interface ErrorDescription {
  readonly message: string;
  readonly details: readonly string[];
  readonly correlationId: string | null;
  /** The session has ended: offer to sign in rather than to retry. */
  readonly signIn: boolean;
  /**
   * The address asked for a period the API refused: offer to mend it rather than to retry the
   * same request — swap a reversed range (`from` after `to`), or go back to the default period.
   */
  readonly fix: RangeFix | null;
}

export type RangeFix = { kind: 'swap'; from: string; to: string } | { kind: 'default' };

/*
 * The catalogue's names of the query parameters a view sends, so a field error says "From: …",
 * not "query/from: …". A path not listed here (a report's `values/3/value`) is shown as it is.
 */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  'query/from': 'filters.from',
  'query/to': 'filters.to',
  'query/countries': 'filters.countries',
  'query/pillar': 'filters.pillar',
  'query/indicator': 'trends.indicator',
  'query/by': 'trends.breakdown',
};

/** How a period the API refused can be mended from the page (see `ErrorDescription.fix`). */
function rangeFix(errors: readonly { path: string; code: string; params: Readonly<Record<string, unknown>> }[]): RangeFix | null {
  const reversed = errors.find((e) => e.code === 'range-reversed');
  if (reversed && typeof reversed.params.from === 'string' && typeof reversed.params.to === 'string')
    return { kind: 'swap', from: reversed.params.from, to: reversed.params.to };
  return errors.some((e) => e.path === 'query/from' || e.path === 'query/to') ? { kind: 'default' } : null;
}

/** Params as a sentence shows them: lists joined, nothing nested. */
function sentenceParams(params: Readonly<Record<string, unknown>>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : typeof v === 'string' ? v : JSON.stringify(v)]));
}

/**
 * Says what went wrong in the reader's language, from the problem's `type` and each field
 * error's `code` and `params` (the API's English `message` is the fallback for a code this
 * build does not know yet).
 */
export function describeError(error: unknown, t: TFunction): ErrorDescription {
  if (!(error instanceof ApiError)) return { message: t('error.unexpected'), details: [], correlationId: null, signIn: false, fix: null };
  const signIn = error.status === 401 || error.kind === 'signed-out';
  const type = error.problemType;
  const message =
    type && t(`problem.${type}`, { defaultValue: '' })
      ? t(`problem.${type}`)
      : signIn
        ? t('error.signedOut')
        : error.kind === 'network'
          ? t('error.network')
          : error.kind === 'bad-response'
            ? t('error.badResponse')
            : t('error.status', { status: error.status ?? '' });
  const errors = error.problem?.errors ?? [];
  const details = errors.map((e) =>
    t('error.field', {
      field: FIELD_LABELS[e.path] ? t(FIELD_LABELS[e.path]!) : e.path,
      message: t(`fieldError.${e.code}`, { ...sentenceParams(e.params), defaultValue: e.message }),
    }),
  );
  return { message, details, correlationId: error.correlationId, signIn, fix: rangeFix(errors) };
}
