import { describe, expect, it } from 'vitest';
import { INDICATOR_CODES } from '../framework/indicators';
import type { FieldError } from '../problems/field-errors';
import { validateTargetsBody } from './validation';

/** A target for every indicator: a count for sums and stocks, a percentage for PRT-06. */
const everyTarget = () => Object.fromEntries(INDICATOR_CODES.map((code, n) => [code, code === 'PRT-06' ? 72.5 : 100 * (n + 1)]));

/** The errors of a body that must be refused; fails the test when the body is accepted. */
function errorsOf(body: unknown): FieldError[] {
  const result = validateTargetsBody(body);
  if (result.ok) throw new Error(`expected ${JSON.stringify(body)} to be refused`);
  return result.errors;
}

describe('validateTargetsBody accepts', () => {
  it('a target for every indicator, keeping every value', () => {
    const body = { targets: everyTarget() };

    expect(validateTargetsBody(body)).toEqual({ ok: true, value: body });
  });

  it('targets left out, and no targets at all', () => {
    expect(validateTargetsBody({ targets: { 'PRV-01': 4800 } }).ok).toBe(true);
    expect(validateTargetsBody({ targets: {} }).ok).toBe(true);
  });

  it('the limits themselves: 0, 1,000,000, 0 % and 100 %, a percentage with one decimal', () => {
    expect(validateTargetsBody({ targets: { 'ADV-02': 0, 'PRV-02': 1_000_000, 'PRT-06': 0 } }).ok).toBe(true);
    expect(validateTargetsBody({ targets: { 'PRT-06': 100 } }).ok).toBe(true);
    expect(validateTargetsBody({ targets: { 'PRT-06': 1.1 } }).ok).toBe(true);
  });
});

describe('validateTargetsBody refuses, with the path and a readable message,', () => {
  it('an unknown indicator code, listing the known ones', () => {
    // Act
    const errors = errorsOf({ targets: { 'PRV-01': 4800, 'PRV-99': 10 } });

    // Assess
    expect(errors).toEqual([
      {
        path: 'targets/PRV-99',
        code: 'unknown-indicator',
        params: { got: 'PRV-99', allowed: INDICATOR_CODES },
        message: expect.stringMatching(/^unknown indicator 'PRV-99'; expected one of PRV-01, /),
      },
    ]);
  });

  it.each([
    ['a fractional count', 'PRV-01', 4800.5, 'not-whole-number', { got: 4800.5 }, 'must be a whole number; got 4800.5'],
    ['a negative count', 'PRV-02', -1, 'too-small', { min: 0, got: -1 }, 'must be at least 0; got -1'],
    ['a count over 1,000,000', 'ADV-01', 1_000_001, 'too-large', { max: 1_000_000, got: 1_000_001 }, 'must be at most 1000000; got 1000001'],
    ['a count sent as text', 'PRV-04', '12', 'not-whole-number', { got: '12' }, "must be a whole number; got '12'"],
    [
      'null for a count',
      'PRV-01',
      null,
      'not-whole-number',
      { got: null, leaveOut: 'PRV-01' },
      'must be a whole number; got null (leave PRV-01 out to set no target)',
    ],
    ['a percentage over 100', 'PRT-06', 100.5, 'too-large', { max: 100, got: 100.5 }, 'must be at most 100; got 100.5'],
    ['a negative percentage', 'PRT-06', -0.1, 'too-small', { min: 0, got: -0.1 }, 'must be at least 0; got -0.1'],
    ['a percentage with two decimals', 'PRT-06', 72.25, 'too-many-decimals', { decimals: 1, example: '72.5' }, 'must have at most one decimal, e.g. 72.5'],
    ['a percentage sent as text', 'PRT-06', '72.5', 'not-a-percentage', { got: '72.5' }, "must be a percentage from 0 to 100, at most one decimal; got '72.5'"],
    [
      'null for a percentage',
      'PRT-06',
      null,
      'not-a-percentage',
      { got: null, leaveOut: 'PRT-06' },
      'must be a percentage from 0 to 100, at most one decimal; got null (leave PRT-06 out to set no target)',
    ],
  ])('%s', (_what, indicator, value, code, params, message) => {
    expect(errorsOf({ targets: { [indicator]: value } })).toEqual([{ path: `targets/${indicator}`, code, params, message }]);
  });

  it('a body without targets, or with targets that are not a map', () => {
    expect(errorsOf({})).toEqual([{ path: 'targets', code: 'required', params: {}, message: 'is required' }]);
    expect(errorsOf({ targets: [4800] })).toEqual([
      { path: 'targets', code: 'wrong-type', params: { expected: 'object', got: 'an array' }, message: 'must be an object; got an array' },
    ]);
    expect(errorsOf({ targets: null })).toEqual([
      { path: 'targets', code: 'wrong-type', params: { expected: 'object', got: 'null' }, message: 'must be an object; got null' },
    ]);
  });

  it('a body that is not an object', () => {
    expect(errorsOf(null)).toEqual([{ path: '', code: 'wrong-type', params: { expected: 'object', got: 'null' }, message: 'must be an object; got null' }]);
    expect(errorsOf(undefined).map((e) => e.path)).toEqual(['']);
  });

  it('unknown and server-set fields beside targets', () => {
    expect(errorsOf({ targets: {}, version: 3, comment: 'ok' })).toEqual([
      { path: 'comment', code: 'unknown-field', params: { field: 'comment' }, message: "unknown field 'comment'" },
      { path: 'version', code: 'server-field', params: { field: 'version' }, message: "'version' is set by the server and cannot be sent" },
    ]);
  });

  it('targets sent without their wrapper, saying where they go', () => {
    // Act
    const errors = errorsOf({ 'PRV-01': 4800 });

    // Assess
    expect(errors).toEqual([
      { path: 'PRV-01', code: 'targets-misplaced', params: { indicator: 'PRV-01' }, message: expect.stringContaining('"targets": { "PRV-01"') },
      { path: 'targets', code: 'required', params: {}, message: 'is required' },
    ]);
  });

  it('every mistake at once, in path order', () => {
    // Act
    const errors = errorsOf({ targets: { 'PRV-01': -5, 'PRT-06': 101, 'XYZ-1': 3, 'ADV-03': 1.5, 'PRV-04': null }, status: 'approved' });

    // Assess
    expect(errors.map((e) => e.path)).toEqual(['status', 'targets/ADV-03', 'targets/PRT-06', 'targets/PRV-01', 'targets/PRV-04', 'targets/XYZ-1']);
  });
});
