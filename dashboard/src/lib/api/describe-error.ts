import type { TFunction } from 'i18next';
import { ApiError } from './api-error';

/** What the error panel says: a headline, one line per offending field, and the reference to quote. */
export interface ErrorDescription {
  readonly message: string;
  readonly details: readonly string[];
  readonly correlationId: string | null;
  /** The session has ended: offer to sign in rather than to retry. */
  readonly signIn: boolean;
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
  if (!(error instanceof ApiError)) return { message: t('error.unexpected'), details: [], correlationId: null, signIn: false };
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
  const details = (error.problem?.errors ?? []).map((e) =>
    t('error.field', { field: e.path, message: t(`fieldError.${e.code}`, { ...sentenceParams(e.params), defaultValue: e.message }) }),
  );
  return { message, details, correlationId: error.correlationId, signIn };
}
