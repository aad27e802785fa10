import type { Context } from 'hono';
import { ProblemError } from '@etip/core';

/** Bodies larger than this are refused before they are read (DESIGN.md 3). */
export const MAX_BODY_BYTES = 256 * 1024;

const isJson = (type: string) => /^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type.trim());

/**
 * Reads a JSON body. `optional` bodies (the status transitions) may be empty; anything sent
 * must still be JSON. Failures are problems: 415 for another media type, 400 for broken JSON.
 */
export async function readJsonBody(c: Context, { optional = false } = {}): Promise<unknown> {
  const text = await c.req.text();
  const type = c.req.header('content-type');
  if (text.trim() === '' && optional) return undefined;
  if (!type || !isJson(type)) {
    throw ProblemError.of('unsupported-media-type', `send the body as application/json${type ? `, not ${type}` : ' (no Content-Type was given)'}`);
  }
  if (text.trim() === '') throw ProblemError.of('invalid-request', 'the request body is empty', [{ path: '', message: 'a JSON body is required' }]);
  try {
    return JSON.parse(text);
  } catch (error) {
    const why = error instanceof SyntaxError ? error.message : 'it cannot be parsed';
    throw ProblemError.of('invalid-request', 'the request body is not valid JSON', [{ path: '', message: `not valid JSON: ${why}` }]);
  }
}
