import { etagOf, type WriteReceipt } from '@etip/core';
import type { Context } from 'hono';
import { noneMatchHolds, preconditionOf } from './preconditions';

/** The version precondition of a request, from `If-Match` / `If-None-Match`. */
export const requestPrecondition = (c: Context) => preconditionOf(c.req.header('if-match'), c.req.header('if-none-match'));

/**
 * A versioned resource read: its ETag, and 304 when a client that kept its own copy names it in
 * `If-None-Match`. Browsers keep none: the API's default `Cache-Control: no-store` applies.
 */
export function versionedRead(c: Context, body: object, version: number) {
  const etag = etagOf(version);
  c.header('ETag', etag);
  if (noneMatchHolds(c.req.header('if-none-match'), version)) return c.body(null, 304);
  return c.json(body);
}

/** A versioned resource written: its ETag, what the write cost, and where it lives when created. */
export function versionedWrite(c: Context, body: object, written: { version: number; created: boolean; location: string; receipt: WriteReceipt }) {
  c.header('ETag', etagOf(written.version));
  c.header('X-Consumed-WCU', String(written.receipt.consumedWriteUnits));
  if (written.created) c.header('Location', written.location);
  return c.json(body, written.created ? 201 : 200);
}
