import { echoName, fieldError, ProblemError } from '@etip/core';
import type { Context } from 'hono';
import { MAX_JSON_DEPTH, scanJson } from './json-scan';

/** Bodies larger than this are refused before they are read (DESIGN.md 3). */
export const MAX_BODY_BYTES = 256 * 1024;

/** Strict: a byte sequence that is not UTF-8 throws instead of becoming U+FFFD. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

const isJson = (type: string) => /^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type.trim());

/**
 * Reads a JSON body. `optional` bodies (the status transitions) may be empty; anything sent
 * must still be JSON. Throws a `ProblemError`: 'invalid-request' (400) for a required body
 * that is empty, not UTF-8, broken JSON, nested deeper than `MAX_JSON_DEPTH`, or with a key repeated in an
 * object; 'unsupported-media-type' (415) for a body of another media type. What it returns is
 * at most `MAX_JSON_DEPTH` levels deep, so no code after it can recurse without bound.
 */
export async function readJsonBody(c: Context, { optional = false } = {}): Promise<unknown> {
  let text: string;
  try {
    // JSON is UTF-8 (RFC 8259 8.1): a body that is not is refused, never saved with U+FFFD in place of what was sent.
    text = UTF8.decode(await c.req.arrayBuffer());
  } catch {
    throw ProblemError.of('invalid-request', 'the request body is not valid UTF-8', [
      fieldError('', 'invalid-json', { reason: 'the body is not valid UTF-8' }),
    ]);
  }
  const type = c.req.header('content-type');
  // Nothing sent is nothing to type: an optional body is absent, a required one missing (400).
  if (text.trim() === '') {
    if (optional) return undefined;
    throw ProblemError.of('invalid-request', 'the request body is empty', [fieldError('', 'empty-body')]);
  }
  if (!type || !isJson(type)) {
    throw ProblemError.of('unsupported-media-type', `send the body as application/json${type ? `, not ${echoName(type)}` : ' (no Content-Type was given)'}`);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof SyntaxError ? echoName(error.message) : 'it cannot be parsed';
    throw ProblemError.of('invalid-request', 'the request body is not valid JSON', [fieldError('', 'invalid-json', { reason })]);
  }
  // JSON.parse itself is iterative in V8 (checked to 120,000 levels); what comes after may not be.
  const { tooDeep, repeated } = scanJson(text);
  if (tooDeep !== null) {
    throw ProblemError.of('invalid-request', `the request body nests deeper than ${MAX_JSON_DEPTH} levels; nothing was saved`, [
      fieldError(tooDeep, 'too-deep', { max: MAX_JSON_DEPTH }),
    ]);
  }
  if (repeated.length > 0) {
    const errors = repeated.map(({ path, key }) => fieldError(path, 'duplicate-key', { key }));
    throw ProblemError.of('invalid-request', 'keys are given twice in one object; nothing was saved', errors);
  }
  return body;
}
