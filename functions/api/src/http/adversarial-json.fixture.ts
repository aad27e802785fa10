import { INDICATOR_CODES } from '@etip/core';
import { fullBody } from '@etip/core/testing';
import * as fc from 'fast-check';

/**
 * Request bodies an attacker or a broken client sends, for the API's generative tests: JSON that
 * is almost right (a valid report, targets or reason with a few mutations), JSON that is wrong
 * in kind (prototype keys, repeated keys, huge and odd numbers, unicode, wrong types, long
 * strings, nesting thousands of levels deep) and text that is not JSON at all. Bodies are text,
 * written by `serialize` rather than JSON.stringify, so that they can hold what no object can:
 * a key twice, `__proto__` as a plain key, numbers JSON.stringify would never write.
 */

/** A JSON document as text to be, with keys in order and repeats allowed; `raw` is text put in as it is. */
export type Json =
  | { kind: 'object'; entries: [string, Json][] }
  | { kind: 'array'; items: Json[] }
  | { kind: 'literal'; value: string | number | boolean | null }
  | { kind: 'raw'; text: string };

const object = (entries: [string, Json][]): Json => ({ kind: 'object', entries });
const array = (items: Json[]): Json => ({ kind: 'array', items });
const literal = (value: string | number | boolean | null): Json => ({ kind: 'literal', value });
const raw = (text: string): Json => ({ kind: 'raw', text });

/** JSON text of a document; recursive, but over documents this module builds (a few levels: deep nesting is `raw`). */
export function serialize(json: Json): string {
  switch (json.kind) {
    case 'object':
      return `{${json.entries.map(([key, value]) => `${JSON.stringify(key)}:${serialize(value)}`).join(',')}}`;
    case 'array':
      return `[${json.items.map(serialize).join(',')}]`;
    case 'literal':
      return JSON.stringify(json.value);
    case 'raw':
      return json.text;
  }
}

/** A plain value (what JSON.parse gives) as a document. */
export function documentOf(value: unknown): Json {
  if (Array.isArray(value)) return array(value.map(documentOf));
  if (value && typeof value === 'object') return object(Object.entries(value).map(([k, v]) => [k, documentOf(v)]));
  return literal(value as string | number | boolean | null);
}

/** Keys a body may hold, or should not: the API's own, misspelt ones, the server's, and the prototype's. */
const KEYS = [
  ...['values', 'note', 'targets', 'reason', 'indicator', 'sex', 'age', 'exploitation', 'value', 'numerator', 'denominator'],
  ...['valeu', 'Values', 'status', 'version', 'timeliness', 'updatedBy', 'country', 'period', 'returnReason'],
  ...['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'then', 'length'],
  ...['', ' ', '0', 'PRV-01', 'PRT-06', 'ADV-02', 'XXX-99'],
];
const key = fc.oneof(
  { arbitrary: fc.constantFrom(...KEYS), weight: 6 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }), weight: 2 },
  { arbitrary: fc.integer({ min: 81, max: 20_000 }).map((n) => 'k'.repeat(n)), weight: 1 },
);

/** Numbers as text: around every bound (0, 1,000,000, 2^53, a percentage's decimal), past a double, and odd spellings. */
const NUMBER_TEXTS = [
  ...['0', '-0', '1', '9', '10', '12', '-1', '999999', '1000000', '1000001', '1.5', '0.1', '72.5', '72.55', '100', '100.1'],
  ...['1e2', '1E6', '1e400', '-1e400', '1e-400', '4.9e-324', '9007199254740991', '9007199254740993', '123456789012345678901234567890'],
  ...['0e0', '0.0', '1.0', '-0.0', '2e0'],
];
/** Strings a field may get: the framework's words, near misses, markup, control and odd unicode. */
const STRING_VALUES = [
  ...['female', 'male', '0-8', '9-17', '18-29', '30+', 'sexual', 'labour', 'forced-marriage', 'other', 'PRV-01', 'PRT-06'],
  ...[
    'Female',
    'FEMALE',
    '9–17',
    'prv-01',
    ' female',
    'female\u0000',
    '<script>alert(1)</script>',
    '$' + '{jndi:ldap://x}' /* log injection, not a template */,
    '%00',
    '../..',
  ],
  ...['\u202e', '\ud800', '\udfff', '🇱🇦', 'ສະບາຍດີ', 'ចំនួន', '中文', 'မြန်မာ', 'ไทย', 'Tiếng Việt', '\u200b', '\ufeff'],
];
const scalar: fc.Arbitrary<Json> = fc.oneof(
  { arbitrary: fc.constantFrom(...NUMBER_TEXTS).map(raw), weight: 4 },
  { arbitrary: fc.integer({ min: -2_000_000, max: 2_000_000 }).map(literal), weight: 2 },
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }).map(literal), weight: 1 },
  { arbitrary: fc.constantFrom(...STRING_VALUES).map(literal), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }).map(literal), weight: 2 },
  { arbitrary: fc.integer({ min: 2_001, max: 20_000 }).map((n) => literal('x'.repeat(n))), weight: 1 },
  { arbitrary: fc.constantFrom<Json>(literal(true), literal(false), literal(null)), weight: 2 },
);

/** Any small document: objects and arrays a few levels deep, with the keys and scalars above. */
const anyJson: fc.Arbitrary<Json> = fc.letrec<{ json: Json }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    { arbitrary: scalar, weight: 4 },
    { arbitrary: fc.array(fc.tuple(key, tie('json')), { maxLength: 5 }).map(object), weight: 1 },
    { arbitrary: fc.array(tie('json'), { maxLength: 5 }).map(array), weight: 1 },
  ),
})).json;

/** Arrays, objects or both, nested `depth` levels around `inner`: 10 KB of `[` is 5,000 levels. */
export function nested(depth: number, shape: 'array' | 'object' | 'mixed', inner = '0'): string {
  const [open, close] = ({ array: ['[', ']'], object: ['{"a":', '}'], mixed: ['[{"a":', '}]'] } as const)[shape];
  const times = shape === 'mixed' ? Math.ceil(depth / 2) : depth;
  return `${open.repeat(times)}${inner}${close.repeat(times)}`;
}
const deep = fc
  .record({
    depth: fc.oneof(fc.integer({ min: 7, max: 12 }), fc.integer({ min: 13, max: 20_000 })),
    shape: fc.constantFrom('array', 'object', 'mixed') as fc.Arbitrary<'array' | 'object' | 'mixed'>,
  })
  .map(({ depth, shape }) => raw(nested(depth, shape)));

/**
 * Wide rather than deep: an array or an object of up to 120,000 members, still under the body
 * limit (spreading that many arguments into one call overflows the stack as deep recursion does).
 */
const wide = fc
  .record({ size: fc.constantFrom(1_000, 10_000, 120_000), shape: fc.constantFrom('array', 'object') })
  .map(({ size, shape }) =>
    raw(shape === 'array' ? `[${Array(size).fill(0).join(',')}]` : `{${Array.from({ length: size / 10 }, (_, n) => `"k${n}":0`).join(',')}}`),
  );
const oddNode = fc.oneof({ arbitrary: anyJson, weight: 20 }, { arbitrary: deep, weight: 3 }, { arbitrary: wide, weight: 1 });

/** A place in a document, as numbers: which node, which key, what goes there. */
type Mutation =
  | { op: 'replace'; at: number; by: Json }
  | { op: 'add'; at: number; key: string; value: Json }
  | { op: 'repeat'; at: number; value: Json }
  | { op: 'remove'; at: number };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), by: oddNode }),
  fc.record({ op: fc.constant('add' as const), at: fc.nat(), key, value: oddNode }),
  fc.record({ op: fc.constant('repeat' as const), at: fc.nat(), value: anyJson }),
  fc.record({ op: fc.constant('remove' as const), at: fc.nat() }),
);

/** The nodes of a document in order, each with a way to replace it; the root last. */
function nodesOf(json: Json, replace: (by: Json) => void, into: { node: Json; replace: (by: Json) => void }[] = []) {
  if (json.kind === 'object') json.entries.forEach((entry) => nodesOf(entry[1], (by) => (entry[1] = by), into));
  if (json.kind === 'array') json.items.forEach((item, n) => nodesOf(item, (by) => (json.items[n] = by), into));
  into.push({ node: json, replace });
  return into;
}

/** Applies mutations to a copy of `base`, each at a node picked by its number. */
export function mutate(base: Json, mutations: readonly Mutation[]): Json {
  const root = { doc: structuredClone(base) };
  for (const m of mutations) {
    const nodes = nodesOf(root.doc, (by) => (root.doc = by));
    const target = nodes[m.at % nodes.length]!;
    const containers = nodes.filter((n) => n.node.kind === 'object');
    const container = containers.length ? containers[m.at % containers.length]!.node : null;
    if (m.op === 'replace') target.replace(m.by);
    else if (m.op === 'add' && container?.kind === 'object') container.entries.push([m.key, m.value]);
    else if (m.op === 'repeat' && container?.kind === 'object' && container.entries.length) {
      const [first] = container.entries[m.at % container.entries.length]!;
      container.entries.push([first, m.value]);
    } else if (m.op === 'remove') {
      if (container?.kind === 'object') container.entries.splice(m.at % Math.max(1, container.entries.length), 1);
    }
  }
  return root.doc;
}

/** A few whole reports as documents, built once: mutations copy them. */
const REPORTS = [1, 2, 17].map((seed) => documentOf(fullBody(seed)));
const CELLS = fullBody(3).values;

/** Valid bodies of the API as documents, by the kind of request they go with. */
export const validBodies = {
  report: fc.oneof(
    { arbitrary: fc.constantFrom(...REPORTS), weight: 2 },
    { arbitrary: fc.subarray(CELLS, { minLength: 1, maxLength: 12 }).map((values) => documentOf({ values })), weight: 3 },
  ),
  targets: fc
    .dictionary(fc.constantFrom(...INDICATOR_CODES), fc.integer({ min: 0, max: 10_000 }), { maxKeys: 6 })
    .map((targets) => documentOf({ targets: 'PRT-06' in targets ? { ...targets, 'PRT-06': 72.5 } : targets })),
  reason: fc.constantFrom('PRT-01 does not match the shelter log', '', ' ', 'r'.repeat(2_001)).map((reason) => documentOf({ reason })),
  empty: fc.constant(documentOf({})),
};
export type BodyKind = keyof typeof validBodies;

/** Text that is not a JSON document, or hardly one. */
const NOT_JSON = [
  ...['', ' ', '\n', 'null', 'true', '0', '"text"', '[]', '{}', '{', '}', '{"values":', '{"values":[}', "{'values':[]}", '{"a":1,}'],
  ...['[1,]', 'NaN', 'Infinity', '-', '1e', '\ufeff{"values":[]}', '{"values":[]}\u0000', '{"values":[]} trailing', 'values=1&note=x'],
  ...['<xml/>', '--boundary\r\nContent-Disposition: form-data; name="file"\r\n\r\nx\r\n--boundary--', '"\\ud800"', '{"\\u0000":1}', '{"a":"\\x41"}'],
];

/** Bodies too big for the API (over 256 KiB) or just under, made without generating every character. */
const big = fc.constantFrom(255 * 1024, 256 * 1024 + 1, 300 * 1024).map((size) => `{"values":[],"note":"${'n'.repeat(size)}"}`);

/**
 * A body for a request that takes `kind`: mostly that kind with one to three mutations, sometimes
 * valid, sometimes any document, something deep, not JSON, more cells than a report has, too big.
 */
export const adversarialBody = (kind: BodyKind): fc.Arbitrary<string> =>
  fc.oneof(
    { arbitrary: validBodies[kind].map(serialize), weight: 10 },
    { arbitrary: fc.tuple(validBodies[kind], fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([base, ms]) => serialize(mutate(base, ms))), weight: 12 },
    {
      arbitrary: fc
        .tuple(
          fc.constantFrom(...(Object.keys(validBodies) as BodyKind[])).chain((k) => validBodies[k]),
          fc.array(mutation, { maxLength: 2 }),
        )
        .map(([base, ms]) => serialize(mutate(base, ms))),
      weight: 2,
    },
    { arbitrary: anyJson.map(serialize), weight: 2 },
    { arbitrary: deep.map(serialize), weight: 1 },
    { arbitrary: fc.constantFrom(...NOT_JSON), weight: 2 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 200 }), weight: 1 },
    {
      arbitrary: fc.integer({ min: 100, max: 130 }).map((n) => JSON.stringify({ values: Array.from({ length: n }, (_, i) => CELLS[i % CELLS.length]) })),
      weight: 1,
    },
    { arbitrary: big, weight: 1 },
  );
