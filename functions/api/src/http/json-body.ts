import { fieldError, ProblemError } from '@etip/core';
import type { Context } from 'hono';
import { duplicateKeyPaths } from './duplicate-keys';

/** Bodies larger than this are refused before they are read (DESIGN.md 3). */
export const MAX_BODY_BYTES = 256 * 1024;

const isJson = (type: string) => /^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type.trim());

/**
 * Reads a JSON body. `optional` bodies (the status transitions) may be empty; anything sent
 * must still be JSON. Throws a `ProblemError`: 'unsupported-media-type' (415) for another media
 * type, 'invalid-request' (400) for an empty body, broken JSON, or a key repeated in an object.
 */
export async function readJsonBody(c: Context, { optional = false } = {}): Promise<unknown> {
  const text = await c.req.text();
  const type = c.req.header('content-type');
  if (text.trim() === '' && optional) return undefined;
  if (!type || !isJson(type)) {
    throw ProblemError.of('unsupported-media-type', `send the body as application/json${type ? `, not ${type}` : ' (no Content-Type was given)'}`);
  }
  if (text.trim() === '') throw ProblemError.of('invalid-request', 'the request body is empty', [fieldError('', 'empty-body')]);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : 'it cannot be parsed';
    throw ProblemError.of('invalid-request', 'the request body is not valid JSON', [fieldError('', 'invalid-json', { reason })]);
  }
  const repeated = duplicateKeyPaths(text);
  if (repeated.length > 0) {
    const errors = repeated.map((path) => fieldError(path, 'duplicate-key', { key: path.split('/').at(-1)! }));
    throw ProblemError.of('invalid-request', `${repeated.length} key(s) are given twice in one object; nothing was saved`, errors);
  }
  return body;
}
