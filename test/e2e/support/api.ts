import type { Role } from '@etip/core/access';
import type { CountryCode } from '@etip/core/framework';
import { inject } from 'vitest';
import * as z from 'zod/mini';

/** Who a request is made as: a role, and the country of a country office. */
export interface Reader {
  readonly role: Role;
  readonly country?: CountryCode;
}

const tokenSchema = z.object({ token: z.string() });

/** Tokens already issued in this test file, by reader: a view's figures take a dozen requests as the same person. */
const tokens = new Map<string, Promise<string>>();

/** A bearer token from the local stack's development issuer (`GET /dev/token`), as the dashboard gets one; one per reader and file. */
export function tokenFor({ role, country }: Reader): Promise<string> {
  const query = new URLSearchParams({ role, ...(country ? { country } : {}) });
  let token = tokens.get(`${query}`);
  if (!token) {
    token = fetch(new URL(`/dev/token?${query}`, inject('baseUrl'))).then(async (response) => {
      if (!response.ok) throw new Error(`/dev/token answered ${response.status}`);
      return z.parse(tokenSchema, await response.json()).token;
    });
    token.catch(() => tokens.delete(`${query}`));
    tokens.set(`${query}`, token);
  }
  return token;
}

/**
 * What the API itself answers `reader` for `path` (under `/v1`), parsed with core's contract
 * schema: the figures a test compares the page with, fetched apart from the page.
 */
export async function apiGet<T>(reader: Reader, path: string, schema: z.ZodMiniType<T>, query: Record<string, string | undefined> = {}): Promise<T> {
  const defined = Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined);
  const url = new URL(`/v1${path}${defined.length ? `?${new URLSearchParams(defined)}` : ''}`, inject('baseUrl'));
  const response = await fetch(url, { headers: { authorization: `Bearer ${await tokenFor(reader)}` } });
  if (!response.ok) throw new Error(`GET ${url.pathname}${url.search} answered ${response.status}: ${await response.text()}`);
  return z.parse(schema, await response.json());
}
