import type { FieldErrorCode, FieldErrorParams } from './field-errors';

/**
 * What each field error code means and the params it carries, for the OpenAPI document and
 * /docs — kept apart from the sentences so that the API Lambda does not carry them (DESIGN.md 7).
 */
export const FIELD_ERROR_DOCS: { readonly [C in FieldErrorCode]: { readonly means: string; readonly params: readonly (keyof FieldErrorParams[C])[] } } = {
  required: { means: 'a field or parameter that must be given is missing', params: ['allowed', 'indicator', 'example'] },
  'unknown-field': { means: 'a field the request does not take (never silently dropped)', params: ['field'] },
  'server-field': { means: 'a field only the server sets (status, version, …)', params: ['field'] },
  'duplicate-key': { means: 'the same key twice in one JSON object', params: ['key'] },
  'no-such-breakdown': { means: 'a dimension the indicator is not broken down by', params: ['indicator', 'field', 'dims'] },
  'ratio-needs-parts': { means: 'a value sent for a ratio indicator', params: ['indicator'] },
  'count-needs-value': { means: 'a numerator or denominator sent for a count', params: ['indicator', 'field'] },
  'unknown-indicator': { means: 'not an indicator code of the framework', params: ['got', 'allowed'] },
  'unknown-country': { means: 'not a programme country code', params: ['got', 'allowed'] },
  'invalid-option': { means: 'not one of the allowed values', params: ['got', 'allowed'] },
  'wrong-type': { means: 'a value of the wrong JSON type', params: ['expected', 'got'] },
  'not-whole-number': { means: 'a count that is not a whole number', params: ['got', 'leaveOut'] },
  'not-a-percentage': { means: 'a percentage target that is not a number from 0 to 100', params: ['got', 'leaveOut'] },
  'too-small': { means: 'a number below its minimum', params: ['min', 'got'] },
  'too-large': { means: 'a number above its maximum', params: ['max', 'got'] },
  'too-many-decimals': { means: 'more decimals than allowed', params: ['decimals', 'example'] },
  empty: { means: 'an empty text where one is required', params: [] },
  'too-long': { means: 'a text longer than allowed', params: ['max'] },
  'numerator-exceeds-denominator': { means: 'a ratio cell whose numerator is larger than its denominator', params: ['numerator', 'denominator'] },
  'duplicate-cell': { means: 'the same cell twice in one report', params: ['cell', 'first'] },
  'missing-cell': { means: 'a cell a submitted report needs and this one lacks', params: ['cell'] },
  'targets-misplaced': { means: 'a target outside the "targets" object', params: ['indicator'] },
  'invalid-json': { means: 'the body is not valid JSON', params: ['reason'] },
  'empty-body': { means: 'no body where one is required', params: [] },
  'not-a-period': { means: 'not a month written YYYY-MM', params: ['got'] },
  'period-too-early': { means: 'a month before the programme’s first reporting month', params: ['first'] },
  'period-in-future': { means: 'a month after the current one', params: ['current', 'country'] },
  'not-a-year': { means: 'not a year written YYYY', params: ['got'] },
  'year-out-of-range': { means: 'a year targets cannot be set for', params: ['min', 'max'] },
  'unknown-parameter': { means: 'a query parameter the route does not take', params: ['allowed'] },
  'repeated-parameter': { means: 'a single-valued query parameter given more than once', params: ['count'] },
  'range-reversed': { means: 'a range whose start is after its end', params: ['from', 'to'] },
  'range-too-long': { means: 'a range longer than a view covers', params: ['max', 'months'] },
  'no-breakdown-by': { means: 'a split by a dimension the indicator does not have', params: ['indicator', 'dims'] },
  'invalid-precondition': { means: 'a malformed If-Match or If-None-Match header', params: ['expected', 'got'] },
};
