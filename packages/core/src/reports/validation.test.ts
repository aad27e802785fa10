import { describe, expect, it } from 'vitest';
import type { FieldError } from '../problems/field-errors';
import { fullValues } from '../testing/report-values';
import { validateEmptyBody, validateReportBody, validateReturnBody } from './validation';

/** The errors of a body that must be refused; fails the test when the body is accepted. */
function errorsOf(body: unknown): FieldError[] {
  const result = validateReportBody(body);
  if (result.ok) throw new Error(`expected ${JSON.stringify(body)} to be refused`);
  return result.errors;
}

/** The only error of a body with one mistake in it. */
function onlyError(body: unknown): FieldError {
  const errors = errorsOf(body);
  expect(errors).toHaveLength(1);
  return errors[0]!;
}

const body = (...values: unknown[]) => ({ values });

describe('validateReportBody accepts', () => {
  it('a full report of every cell, with a note, keeping every value', () => {
    // Prepare
    const values = fullValues();

    // Act
    const result = validateReportBody({ values, note: 'Figures from the provincial shelters.' });

    // Assess
    expect(result).toEqual({ ok: true, value: { values, note: 'Figures from the provincial shelters.' } });
  });

  it('a draft that leaves cells out, and an empty draft', () => {
    expect(validateReportBody(body({ indicator: 'PRV-04', value: 12 })).ok).toBe(true);
    expect(validateReportBody(body()).ok).toBe(true);
  });

  it('the limits themselves: 0, 1,000,000, numerator = denominator, a 2000-character note, a null note', () => {
    // Prepare
    const values = [
      { indicator: 'ADV-02', value: 0 },
      { indicator: 'ADV-03', value: 1_000_000 },
      { indicator: 'PRT-06', sex: 'female', numerator: 10, denominator: 10 },
      { indicator: 'PRT-06', sex: 'male', numerator: 0, denominator: 0 },
    ];

    // Act and assess
    expect(validateReportBody({ values, note: 'n'.repeat(2000) }).ok).toBe(true);
    expect(validateReportBody({ values, note: null }).ok).toBe(true);
  });
});

describe('validateReportBody refuses, with the path and a readable message,', () => {
  it('an unknown indicator', () => {
    // Act
    const error = onlyError(body({ indicator: 'PRV-99', value: 1 }));

    // Assess
    expect(error).toMatchObject({
      path: 'values/0/indicator',
      code: 'unknown-indicator',
      params: { got: 'PRV-99', allowed: expect.arrayContaining(['PRV-01']) },
    });
    expect(error.message).toMatch(/^unknown indicator 'PRV-99'; expected one of PRV-01, /);
  });

  it('a cell without an indicator', () => {
    const error = onlyError(body({ value: 1 }));

    expect(error.path).toBe('values/0/indicator');
    expect(error.message).toMatch(/required/);
  });

  it('an unknown dimension value, listing the allowed ones', () => {
    const error = onlyError(body({ indicator: 'PRV-01', sex: 'female', age: '18-24', value: 1 }));

    expect(error).toEqual({
      path: 'values/0/age',
      code: 'invalid-option',
      params: { got: '18-24', allowed: ['0-8', '9-17', '18-29', '30+'] },
      message: "must be one of 0-8, 9-17, 18-29, 30+; got '18-24'",
    });
  });

  it('a missing dimension', () => {
    const error = onlyError(body({ indicator: 'PRT-01', sex: 'male', age: '30+', value: 1 }));

    expect(error).toEqual({
      path: 'values/0/exploitation',
      code: 'required',
      params: { indicator: 'PRT-01', allowed: ['sexual', 'labour', 'forced-marriage', 'other'] },
      message: 'is required for PRT-01 (one of sexual, labour, forced-marriage, other)',
    });
  });

  it('a dimension the indicator does not have, saying that the indicator has no such breakdown', () => {
    // Act
    const error = onlyError(body({ indicator: 'PRV-04', sex: 'female', value: 3 }));

    // Assess: "unknown field 'sex'" alone misleads, since sex is a field of most indicators.
    expect(error).toEqual({
      path: 'values/0/sex',
      code: 'no-such-breakdown',
      params: { indicator: 'PRV-04', field: 'sex', dims: [] },
      message: "PRV-04 has no 'sex' breakdown; it is reported as one total",
    });
  });

  it('a duplicate cell, at the second occurrence, naming the first', () => {
    // Prepare
    const cell = { indicator: 'PRV-01', sex: 'female', age: '9-17' };

    // Act
    const error = onlyError(body({ indicator: 'ADV-02', value: 1 }, { ...cell, value: 40 }, { indicator: 'ADV-03', value: 1 }, { ...cell, value: 41 }));

    // Assess
    expect(error).toEqual({
      path: 'values/3',
      code: 'duplicate-cell',
      params: { cell: 'PRV-01 female 9-17', first: 'values/1' },
      message: 'duplicate cell PRV-01 female 9-17: already given at values/1',
    });
  });

  it('a duplicate cell whose fields come in another order', () => {
    const error = onlyError(body({ indicator: 'PRV-01', sex: 'male', age: '30+', value: 1 }, { value: 2, age: '30+', sex: 'male', indicator: 'PRV-01' }));

    expect(error.path).toBe('values/1');
  });

  it.each([
    ['a negative count', -1, 'too-small', { min: 0, got: -1 }, 'must be at least 0; got -1'],
    ['a fractional count', 2.5, 'not-whole-number', { got: 2.5 }, 'must be a whole number; got 2.5'],
    ['a count over 1,000,000', 1_000_001, 'too-large', { max: 1_000_000, got: 1_000_001 }, 'must be at most 1000000; got 1000001'],
    ['a number sent as a string', '5', 'not-whole-number', { got: '5' }, "must be a whole number; got '5'"],
    ['null', null, 'not-whole-number', { got: null }, 'must be a whole number; got null'],
  ])('%s', (_what, value, code, params, message) => {
    const error = onlyError(body({ indicator: 'ADV-02', value }));

    expect(error).toEqual({ path: 'values/0/value', code, params, message });
  });

  it('a numerator over the denominator', () => {
    const error = onlyError(body({ indicator: 'PRT-06', sex: 'female', numerator: 11, denominator: 10 }));

    expect(error).toEqual({
      path: 'values/0/numerator',
      code: 'numerator-exceeds-denominator',
      params: { numerator: 11, denominator: 10 },
      message: 'must not exceed the denominator (11 > 10)',
    });
  });

  it('a bad numerator or denominator like any count', () => {
    const errors = errorsOf(body({ indicator: 'PRT-06', sex: 'female', numerator: -1, denominator: 1.5 }));

    expect(errors.map((e) => e.path)).toEqual(['values/0/denominator', 'values/0/numerator']);
  });

  it('a value on a ratio indicator, saying to send numerator and denominator instead', () => {
    // Act
    const errors = errorsOf(body({ indicator: 'PRT-06', sex: 'female', value: 80 }));

    // Assess
    expect(errors.map((e) => e.path)).toEqual(['values/0/denominator', 'values/0/numerator', 'values/0/value']);
    const onValue = errors.find((e) => e.path === 'values/0/value')!;
    expect(onValue.message).toContain('numerator');
    expect(onValue.message).toContain('denominator');
  });

  it('a ratio cell without its numerator', () => {
    const error = onlyError(body({ indicator: 'PRT-06', sex: 'male', denominator: 4 }));

    expect(error).toEqual({ path: 'values/0/numerator', code: 'required', params: {}, message: 'is required' });
  });

  it('a count cell without its value', () => {
    const error = onlyError(body({ indicator: 'PRV-02', sex: 'male' }));

    expect(error).toEqual({ path: 'values/0/value', code: 'required', params: {}, message: 'is required' });
  });

  it('a note over 2000 characters', () => {
    const error = onlyError({ values: [], note: 'n'.repeat(2001) });

    expect(error).toEqual({ path: 'note', code: 'too-long', params: { max: 2000 }, message: 'must be at most 2000 characters' });
  });

  it('a misspelled field, never dropping the number silently', () => {
    // Act
    const result = validateReportBody(body({ indicator: 'PRV-04', valeu: 5 }));

    // Assess
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      { path: 'values/0/valeu', code: 'unknown-field', params: { field: 'valeu' }, message: "unknown field 'valeu'" },
      { path: 'values/0/value', code: 'required', params: {}, message: 'is required' },
    ]);
  });

  it('status and version sent by a client, naming them as set by the server', () => {
    // Act
    const errors = errorsOf({ values: [], status: 'approved', version: 7 });

    // Assess
    expect(errors).toEqual([
      { path: 'status', code: 'server-field', params: { field: 'status' }, message: "'status' is set by the server and cannot be sent" },
      { path: 'version', code: 'server-field', params: { field: 'version' }, message: "'version' is set by the server and cannot be sent" },
    ]);
  });

  it('an unknown top-level field', () => {
    expect(onlyError({ values: [], comment: 'hi' })).toEqual({
      path: 'comment',
      code: 'unknown-field',
      params: { field: 'comment' },
      message: "unknown field 'comment'",
    });
  });

  it.each([
    ['null', null, 'null'],
    ['a string', 'values', 'a string'],
    ['an array', [], 'an array'],
    ['a number', 42, 'a number'],
  ])('a body that is %s', (_what, input, got) => {
    expect(onlyError(input)).toEqual({ path: '', code: 'wrong-type', params: { expected: 'object', got }, message: `must be an object; got ${got}` });
  });

  it('a missing body', () => {
    expect(onlyError(undefined).path).toBe('');
  });

  it('a body without values', () => {
    expect(onlyError({ note: 'all zero' })).toEqual({ path: 'values', code: 'required', params: {}, message: 'is required' });
  });

  it.each([
    ['a string', 'PRV-01=4', 'a string'],
    ['an object', { 'PRV-04': 3 }, 'an object'],
    ['null', null, 'null'],
  ])('values that are %s, not an array', (_what, values, got) => {
    expect(onlyError({ values })).toEqual({ path: 'values', code: 'wrong-type', params: { expected: 'array', got }, message: `must be an array; got ${got}` });
  });

  it('cells that are not objects', () => {
    const errors = errorsOf(body(null, 3));

    expect(errors).toEqual([
      { path: 'values/0', code: 'wrong-type', params: { expected: 'object', got: 'null' }, message: 'must be an object; got null' },
      { path: 'values/1', code: 'wrong-type', params: { expected: 'object', got: 'a number' }, message: 'must be an object; got a number' },
    ]);
  });
});

describe('validateReportBody with many mistakes', () => {
  it('reports every one of them at once, in path order', () => {
    // Prepare: eleven cells, ten of them wrong, plus two wrong top-level fields.
    const input = {
      status: 'approved',
      values: [
        { indicator: 'PRV-01', sex: 'female', age: '9-17', value: 40 }, // fine
        { indicator: 'PRV-99', value: 1 }, // unknown indicator
        { indicator: 'PRV-01', sex: 'female', age: '9-17', value: 3 }, // duplicate of 0
        { indicator: 'PRV-02', sex: 'other', value: -2 }, // bad sex, negative
        { indicator: 'PRT-06', sex: 'male', numerator: 9, denominator: 4 }, // numerator > denominator
        { indicator: 'PRV-04', valeu: 5 }, // misspelled, so value missing
        { indicator: 'PRT-01', sex: 'female', age: '18-29', value: 2 }, // no exploitation
        { indicator: 'ADV-03', sex: 'male', value: 1 }, // a dimension ADV-03 does not have
        { indicator: 'PRV-05', sex: 'female', age: '0-8', value: 1.5 }, // fractional
        { indicator: 'ADV-01', sex: 'female', value: 1_000_001 }, // too large
        { indicator: 'ADV-02', value: '7' }, // a string
      ],
      note: 'n'.repeat(2001),
    };

    // Act
    const errors = errorsOf(input);

    // Assess: indexes sort as numbers (values/10 after values/9), fields by name within a cell.
    expect(errors.map((e) => e.path)).toEqual([
      'note',
      'status',
      'values/1/indicator',
      'values/2',
      'values/3/sex',
      'values/3/value',
      'values/4/numerator',
      'values/5/valeu',
      'values/5/value',
      'values/6/exploitation',
      'values/7/sex',
      'values/8/value',
      'values/9/value',
      'values/10/value',
    ]);
    expect(errors).toHaveLength(14);
    expect(errors.every((e) => e.message.length > 0)).toBe(true);
  });

  it('does not stop at the first bad cell of a long report', () => {
    // Prepare: a full report with every seventh cell made negative.
    const values = fullValues().map((cell, n) => (n % 7 === 0 && 'value' in cell ? { ...cell, value: -1 } : cell));
    const spoiled = values.filter((cell) => 'value' in cell && cell.value === -1).length;

    // Act
    const errors = errorsOf({ values });

    // Assess
    expect(spoiled).toBeGreaterThan(10);
    expect(errors).toHaveLength(spoiled);
  });
});

describe('validateReturnBody', () => {
  it('accepts a reason, without the blanks around it', () => {
    expect(validateReturnBody({ reason: '  PRT-01 totals do not match the shelter log.  ' })).toEqual({
      ok: true,
      value: { reason: 'PRT-01 totals do not match the shelter log.' },
    });
  });

  it('accepts a reason of 2000 characters', () => {
    expect(validateReturnBody({ reason: 'r'.repeat(2000) }).ok).toBe(true);
  });

  it.each([
    ['an empty reason', { reason: '' }, 'reason'],
    ['a blank reason', { reason: ' \n\t ' }, 'reason'],
    ['a reason over 2000 characters', { reason: 'r'.repeat(2001) }, 'reason'],
    ['a reason that is not text', { reason: 5 }, 'reason'],
    ['no reason', {}, 'reason'],
    ['an extra field', { reason: 'fix PRV-01', status: 'draft' }, 'status'],
    ['no body', undefined, ''],
    ['null', null, ''],
  ])('refuses %s', (_what, input, path) => {
    // Act
    const result = validateReturnBody(input);

    // Assess
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual([path]);
  });
});

describe('validateEmptyBody', () => {
  it('accepts no body and an empty object', () => {
    expect(validateEmptyBody(undefined)).toEqual({ ok: true, value: undefined });
    expect(validateEmptyBody({})).toEqual({ ok: true, value: undefined });
  });

  it('refuses any field, naming it', () => {
    // Act
    const result = validateEmptyBody({ comment: 'looks good', version: 3 });

    // Assess
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: 'comment', code: 'unknown-field', params: { field: 'comment' }, message: "unknown field 'comment'" },
        { path: 'version', code: 'server-field', params: { field: 'version' }, message: "'version' is set by the server and cannot be sent" },
      ],
    });
  });

  it.each([null, [], 'submit', 0])('refuses %j', (input) => {
    expect(validateEmptyBody(input).ok).toBe(false);
  });
});
