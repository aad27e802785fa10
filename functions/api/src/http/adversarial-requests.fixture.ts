import { COUNTRY_CODES, type CountryCode, problemSchema, type Role } from '@etip/core';
import * as fc from 'fast-check';
import { expect } from 'vitest';
import { adversarialBody, type BodyKind } from './adversarial-json.fixture';

/**
 * Requests an attacker or a broken client sends, for the API's generative tests (issue 9, point
 * 5): mostly plausible requests (the right method and path for a role, a body of the right kind)
 * with something wrong, and some wild ones. Plain data, so that one generator drives both the
 * in-memory app (`app.request`) and the Lambda handler (an HTTP API v2 event).
 */

/** Who sends it: a valid token of a role (the test signs it), that token tampered with, or an Authorization header as given (null: none). */
export type Sender = { role: Role; country?: CountryCode; tamper?: 'payload' | 'signature' | 'alg-none' } | { authorization: string | null };

export interface AdversarialRequest {
  method: string;
  /** The path as sent, percent-encoded or not; always starts with `/`. */
  path: string;
  /** The query string as sent, without `?`; empty for none. */
  query: string;
  /** Header names in lower case, as API Gateway passes them. Authorization comes from `sender`. */
  headers: Record<string, string>;
  sender: Sender;
  body?: string;
}

// Header values: printable ASCII and Latin-1, what an HTTP client can put in a header at all.
const headerChar = fc.oneof({ arbitrary: fc.integer({ min: 0x20, max: 0x7e }), weight: 9 }, { arbitrary: fc.integer({ min: 0xa0, max: 0xff }), weight: 1 });
const headerText = (maxLength: number) => fc.string({ unit: headerChar.map((c) => String.fromCharCode(c)), maxLength }).map((s) => s.trim());

const PAST_PERIODS = ['2015-01', '2024-02', '2025-06', '2025-12', '2026-09', '2026-10'];
const BAD_PERIODS = [
  '2026-13',
  '2026-00',
  '2014-12',
  '2099-01',
  '2026-1',
  '26-10',
  '2026_10',
  '２０２６-１０',
  '-0001-01',
  '+2026-10',
  '9999-12',
  '2026-10%00',
];
const BAD_SEGMENTS = ['', '.', '..', '%2e%2e', '%2F', '%00', '%ZZ', '%', '%E0%A4%A', 'la', 'XX', 'L A', '__proto__', 'constructor', '🇱🇦', 'ລາວ'];
const segment = (good: readonly string[], bad: readonly string[]) =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...good), weight: 12 },
    { arbitrary: fc.constantFrom(...bad, ...BAD_SEGMENTS), weight: 2 },
    { arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }).map(encodeURIComponent), weight: 1 },
    { arbitrary: fc.integer({ min: 100, max: 4_000 }).map((n) => 'A'.repeat(n)), weight: 1 },
  );
const country = segment(COUNTRY_CODES, []);
const period = segment(PAST_PERIODS, BAD_PERIODS);
const year = segment(['2025', '2026', '2027'], ['2014', '2028', '0000', '99999', '20x6', '-2026', '2026.0', '1e3']);

/** Paths beside the API's routes: its other routes' neighbours, the docs, the local server's, none at all. */
const otherPath = fc.constantFrom(
  '/docs',
  '/docs/docs.css',
  '/dev/token',
  '/',
  '/v1',
  '/v1/',
  '/v2/submissions',
  '/V1/health',
  '/v1/submissions/LA',
  '/v1/dashboard/',
  '/v1/dashboard/map',
);

/** What is done to a path: traversal, doubled or encoded slashes, overlong tails, letters percent-encoded. */
const pathTwist = fc.oneof(
  fc.constantFrom('/../', '/./', '//', '/%2e%2e/', '/..%2f', '%2f', '/;/', '/%00/').map((s) => (p: string) => p.replace(/\/(?=[^/]*$)/, s)),
  fc.constantFrom('/..', '/../../..', '/', '//', '%', '%2', '.json', ';x=1', '/%2e%2e%2f%2e%2e%2fetc/passwd').map((s) => (p: string) => `${p}${s}`),
  fc.integer({ min: 1_000, max: 8_000 }).map((n) => (p: string) => `${p}/${'x/'.repeat(n / 2)}`),
  fc.constant((p: string) => p.replace(/[A-Za-z]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)),
);
/** A path as sent: `?` and `#` encoded (the query is apart), always from the root. */
const sent = (p: string) => {
  const encoded = p.replace(/[?#]/g, encodeURIComponent);
  return encoded.startsWith('/') ? encoded : `/${encoded}`;
};

const PARAMS = ['country', 'countries', 'from', 'to', 'status', 'year', 'indicator', 'by', 'commit', 'role'];
const ODD_PARAMS = ['__proto__', 'constructor', 'hasOwnProperty', 'toString', '', 'x'.repeat(300), 'from[]', 'from.x', 'FROM'];
const VALUES = ['LA', 'KH', 'LA,KH', 'LA,LA,XX', ',,,', '2026-01', '2025-06', '2026-10', '2014-12', '2099-01', '2026-13', 'draft', 'approved'];
const ODD_VALUES = ['PRT-01', 'PRV-02', 'ADV-02', 'sex', 'age', 'exploitation', 'gender', '2026', '1e3', '', '%', '%ZZ', '%E0%A4%A', '+', '&', '='];
const param = fc.tuple(
  fc.oneof({ arbitrary: fc.constantFrom(...PARAMS), weight: 6 }, { arbitrary: fc.constantFrom(...ODD_PARAMS), weight: 1 }),
  fc.oneof(
    { arbitrary: fc.constantFrom(...VALUES, ...ODD_VALUES), weight: 6 },
    { arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }).map(encodeURIComponent), weight: 1 },
    { arbitrary: fc.integer({ min: 100, max: 5_000 }).map((n) => 'v'.repeat(n)), weight: 1 },
  ),
);
const query = fc.oneof(
  { arbitrary: fc.constant(''), weight: 3 },
  { arbitrary: fc.array(param, { minLength: 1, maxLength: 5 }).map((ps) => ps.map(([k, v]) => `${k}=${v}`).join('&')), weight: 6 },
  { arbitrary: fc.constantFrom('&&', '=', '==', '&=&', 'country', 'country&country', '%26=%3D', '?', 'a=1;b=2'), weight: 1 },
);

const TAGS = ['"1"', '"2"', '"3"', '*', 'W/"1"', '"1", "2"', '1', '"', 'W/', ',', '"1",', '"a"', '"-1"', '"99999999999"', ' * ', '*, "1"', 'W/*'];
const tag = fc.oneof(
  { arbitrary: fc.constantFrom(...TAGS), weight: 6 },
  { arbitrary: headerText(40), weight: 1 },
  { arbitrary: fc.integer({ min: 100, max: 3_000 }).map((n) => Array.from({ length: n }, (_, i) => `"${i}"`).join(', ')), weight: 1 },
);
const CONTENT_TYPES = [
  ...['application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON', 'application/problem+json', 'application/merge-patch+json'],
  ...['application/json;charset=latin1', 'application/json;', 'application/jsonx', 'json', 'text/plain', 'text/csv', 'application/octet-stream'],
  ...['multipart/form-data; boundary=boundary', 'application/x-www-form-urlencoded', 'application/vnd.ms-excel', ';', 'application/json, text/plain'],
];
/** Headers beside the precondition: the body's type above all. */
const headers = fc.record(
  {
    'content-type': fc.oneof(
      { arbitrary: fc.constant('application/json'), weight: 8 },
      { arbitrary: fc.constantFrom(...CONTENT_TYPES), weight: 4 },
      { arbitrary: headerText(60), weight: 1 },
    ),
    accept: fc.constantFrom('application/json', 'text/html', '*/*', 'application/problem+json'),
    origin: fc.constantFrom('https://evil.example', 'null', 'http://127.0.0.1:3000'),
    cookie: headerText(80),
    'x-forwarded-for': fc.constantFrom('203.0.113.9', '127.0.0.1', 'unknown, 10.0.0.1'),
  },
  { requiredKeys: [] },
);

const ROLES: [Role, CountryCode?][] = [['country-office', 'LA'], ['country-office', 'KH'], ['regional-lead'], ['admin'], ['viewer']];
const AUTHORIZATIONS = [
  '',
  'Bearer',
  'Bearer ',
  'bearer',
  'Basic dXNlcjpwYXNz',
  'Bearer a.b.c',
  'Bearer ..',
  'Token abc',
  'Bearer  x y',
  'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.',
];
const jwtLike = fc
  .tuple(
    fc.record(
      {
        alg: fc.constantFrom('ES256', 'RS256', 'HS256', 'none', 'ES512'),
        kid: fc.constantFrom('unit', 'dev', 'x', '../../etc/passwd'),
        crit: fc.constant(['exp']),
      },
      { requiredKeys: ['alg'] },
    ),
    fc.record(
      { sub: fc.string(), 'cognito:groups': fc.constantFrom(['admin'], ['admin', 'viewer'], 'admin', [{}]), exp: fc.constantFrom(1, 9_999_999_999, 'never') },
      { requiredKeys: [] },
    ),
    fc.string({ maxLength: 90 }),
  )
  .map(([header, payload, signature]) =>
    [header, payload]
      .map((part) => Buffer.from(JSON.stringify(part)).toString('base64url'))
      .join('.')
      .concat('.', Buffer.from(signature).toString('base64url')),
  );
/** A real token of a role; admins most often, so that more requests get past the roles' checks. */
const sender: fc.Arbitrary<Sender> = fc
  .constantFrom(...ROLES, ['admin'] as [Role], ['admin'] as [Role], ['country-office', 'LA'] as [Role, CountryCode])
  .map(([role, country]) => ({ role, ...(country ? { country } : {}) }));
/** No token, a tampered one, or an Authorization header that is no token of ours. */
const wildSender: fc.Arbitrary<Sender> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...ROLES), fc.constantFrom('payload', 'signature', 'alg-none') as fc.Arbitrary<'payload' | 'signature' | 'alg-none'>)
    .map(([[role, country], tamper]) => ({ role, ...(country ? { country } : {}), tamper })),
  fc.constant({ authorization: null }),
  fc
    .oneof(
      fc.constantFrom(...AUTHORIZATIONS),
      headerText(120),
      jwtLike.map((t) => `Bearer ${t}`),
      fc.integer({ min: 5_000, max: 9_000 }).map((n) => `Bearer ${'a'.repeat(n)}`),
    )
    .map((authorization) => ({ authorization })),
);

const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'PROPFIND'];

/** A route of the API as a client means to call it: its method, path, query, the body it takes and its precondition. */
type Operation = { method: string; path: string; query?: fc.Arbitrary<string>; body?: BodyKind; precondition?: 'write' | 'transition' };
const TRANSITIONS = fc.constantFrom('submit', 'approve', 'return');
const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.tuple(country, period).map(([c, p]) => ({ method: 'GET', path: `/v1/submissions/${c}/${p}` })),
  fc.tuple(country, period).map(([c, p]) => ({ method: 'PUT', path: `/v1/submissions/${c}/${p}`, body: 'report' as const, precondition: 'write' as const })),
  fc.tuple(country, period, TRANSITIONS).map(([c, p, a]) => ({
    method: 'POST',
    path: `/v1/submissions/${c}/${p}/${a}`,
    body: a === 'return' ? ('reason' as const) : ('empty' as const),
    precondition: 'transition' as const,
  })),
  fc.tuple(country, period).map(([c, p]) => ({ method: 'GET', path: `/v1/submissions/${c}/${p}/history` })),
  fc.constant({ method: 'GET', path: '/v1/submissions', query }),
  fc.constant({ method: 'GET', path: '/v1/targets', query }),
  fc.tuple(country, year).map(([c, y]) => ({ method: 'GET', path: `/v1/targets/${c}/${y}` })),
  fc.tuple(country, year).map(([c, y]) => ({ method: 'PUT', path: `/v1/targets/${c}/${y}`, body: 'targets' as const, precondition: 'write' as const })),
  fc.tuple(country, year).map(([c, y]) => ({ method: 'GET', path: `/v1/targets/${c}/${y}/history` })),
  fc.constantFrom('overview', 'series', 'completeness').map((view) => ({ method: 'GET', path: `/v1/dashboard/${view}`, query })),
  fc.constant({ method: 'GET', path: '/v1/export.csv', query }),
  fc.constantFrom('/v1/framework', '/v1/health', '/v1/openapi.json').map((path) => ({ method: 'GET', path })),
);

/** The precondition a client sends for a write or a transition: mostly a sensible one, sometimes any tags. */
const preconditionHeaders = (kind: Operation['precondition']) =>
  kind === undefined
    ? fc.constant({})
    : fc.oneof(
        { arbitrary: fc.constantFrom<Record<string, string>>({ 'if-match': '"1"' }, { 'if-match': '"2"' }, { 'if-match': '*' }), weight: 4 },
        { arbitrary: fc.constant<Record<string, string>>(kind === 'write' ? { 'if-none-match': '*' } : {}), weight: kind === 'write' ? 8 : 1 },
        { arbitrary: fc.record({ 'if-match': tag, 'if-none-match': tag }, { requiredKeys: [] }), weight: 2 },
        { arbitrary: fc.constant({}), weight: 2 },
      );

/** Something wrong with one part of a request, or nothing (most often). */
type Twist = 'none' | 'method' | 'path' | 'sender' | 'query';
const twist = fc.oneof({ arbitrary: fc.constant<Twist>('none'), weight: 8 }, fc.constantFrom<Twist>('method', 'path', 'sender', 'query'));

/**
 * One request. Plausible ones dominate (a route's method and path, a real token, a body of the
 * kind the route takes, a precondition) so that most reach the domain's checks, each with one
 * part twisted now and then; every part may still be anything listed above.
 */
export const adversarialRequest: fc.Arbitrary<AdversarialRequest> = fc
  .tuple(fc.oneof({ arbitrary: operation, weight: 9 }, { arbitrary: otherPath.map((path): Operation => ({ method: 'GET', path })), weight: 1 }), twist)
  .chain(([op, twisted]) =>
    fc.record({
      method: twisted === 'method' ? fc.constantFrom(...METHODS) : fc.constant(op.method),
      path: twisted === 'path' ? pathTwist.map((change) => sent(change(op.path))) : fc.constant(sent(op.path)),
      query: twisted === 'query' ? query : (op.query ?? fc.constant('')),
      precondition: preconditionHeaders(op.precondition),
      headers,
      sender: twisted === 'sender' ? wildSender : sender,
      // A route that takes a body mostly gets one of its kind; one that takes none, now and then a report.
      body: fc.oneof(
        { arbitrary: adversarialBody(op.body ?? 'report'), weight: op.body ? 9 : 1 },
        { arbitrary: fc.constant(undefined), weight: op.body ? 1 : 9 },
      ),
      typeless: fc.nat(19),
    }),
  )
  .map(({ method, path, query, precondition, headers, sender, body, typeless }) => {
    const all: Record<string, string> = { ...headers, ...precondition };
    // A body goes with JSON as a client that means it sends it; one in twenty has no type at all.
    if (body !== undefined && !('content-type' in all) && typeless > 0) all['content-type'] = 'application/json';
    return { method, path, query, headers: all, sender, ...(body !== undefined ? { body } : {}) };
  });

/** Tampers with a valid token: claims swapped under the same signature, a signature from elsewhere, or `alg: none`. */
export function tampered(token: string, how: 'payload' | 'signature' | 'alg-none'): string {
  const [header = '', payload = '', signature = ''] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
  const forged = Buffer.from(JSON.stringify({ ...claims, 'cognito:groups': ['admin'], 'custom:country': 'KH' })).toString('base64url');
  if (how === 'payload') return `${header}.${forged}.${signature}`;
  if (how === 'signature') return `${header}.${payload}.${signature.split('').reverse().join('')}`;
  return `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${forged}.`;
}

/** What every answer must be, whatever was sent: never a 5xx, nosniff, and every refusal a problem the contract's schema reads. */
export function expectSafeAnswer(request: AdversarialRequest, answer: { status: number; headers: (name: string) => string | undefined | null; body: string }) {
  const what = `${request.method} ${request.path.slice(0, 200)}?${request.query.slice(0, 200)}`;
  expect(answer.status, `${what}: ${answer.body.slice(0, 500)}`).toBeLessThan(500);
  expect(answer.headers('x-content-type-options'), what).toBe('nosniff');
  if (answer.status < 400) return;
  expect(answer.headers('content-type'), what).toBe('application/problem+json');
  // A HEAD is answered with the headers of its GET and no body.
  if (request.method === 'HEAD') return;
  const problem = problemSchema.parse(JSON.parse(answer.body));
  expect(problem.status, what).toBe(answer.status);
}
