import {
  completenessResponseSchema,
  EXPORT_COLUMNS,
  FIELD_ERROR_CODES,
  FIELD_ERROR_DOCS,
  frameworkSchema,
  once,
  overviewResponseSchema,
  problemSchema,
  reportSchema,
  reportSchemas,
  reportSummaryListSchema,
  revisionListSchema,
  seriesResponseSchema,
  type TextFields,
  targetRevisionListSchema,
  targetSchemas,
  targetSetSchema,
  yearTargetsSchema,
} from '@etip/core';
import * as z from 'zod/mini';
import { OPERATIONS, type Operation, type SchemaName } from './operations';

export { OPERATIONS } from './operations';

type JsonSchema = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
/** JSON Schema of what a client sends (`io: 'input'`), without the `$schema` line OpenAPI does not want. */
const jsonSchema = (schema: z.ZodMiniType): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return rest;
};

const ERROR_TEXT: Record<number, string> = {
  400: 'malformed or invalid; `errors` names each field with a code',
  401: 'no or bad token',
  403: 'role or country not allowed',
  404: 'unknown report',
  405: 'the path exists but does not take this method; `Allow` says which do',
  409: 'illegal status transition, or create over an existing report',
  412: 'stale If-Match (compared strongly: a weak W/"…" tag never matches)',
  413: 'body over 256 KiB',
  415: 'body is not JSON',
  428: 'If-Match (or If-None-Match: * to create) required',
};

/** The parameters of a path or a query, each with the JSON Schema of the zod schema that parses it. */
function parametersOf(fields: TextFields, where: 'path' | 'query', describe: Record<string, string> = {}) {
  const object = jsonSchema(fields) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, schema]) => ({
    name,
    in: where,
    required: where === 'path' || (object.required ?? []).includes(name),
    ...(describe[name] ? { description: describe[name] } : {}),
    schema,
  }));
}

function operationObject(path: string, op: Operation) {
  const params = [
    ...(op.path ? parametersOf(op.path(), 'path') : []),
    ...(op.query ? parametersOf(op.query.schema(), 'query', op.query.describe) : []),
    ...(op.headers ?? []).map((name) => ({ name, in: 'header', required: false, schema: { type: 'string' } })),
  ];
  const problem = { content: { 'application/problem+json': { schema: ref('Problem') } } };
  return {
    summary: op.summary,
    description: `Who: ${op.roles}.`,
    ...(path === '/v1/health' ? { security: [] } : {}),
    ...(params.length ? { parameters: params } : {}),
    ...(op.body ? { requestBody: { required: op.body !== 'ReturnBody', content: { 'application/json': { schema: ref(op.body) } } } } : {}),
    responses: {
      [op.ok.status]: {
        description: op.ok.description,
        ...(op.responseHeaders
          ? {
              headers: Object.fromEntries(Object.entries(op.responseHeaders).map(([name, description]) => [name, { description, schema: { type: 'string' } }])),
            }
          : {}),
        ...(op.ok.schema ? { content: { 'application/json': { schema: ref(op.ok.schema) } } } : {}),
        ...(op.ok.csv ? { content: { 'text/csv': { schema: { type: 'string' }, example: `${EXPORT_COLUMNS.join(',')}\r\n` } } } : {}),
      },
      ...Object.fromEntries(
        [...op.errors, ...(path === '/v1/health' ? [] : [405])].map((s) => [s, { description: op.errorText?.[s] ?? ERROR_TEXT[s], ...problem }]),
      ),
    },
  };
}

/** Every field error code with what it means and the params it carries, for clients that translate them. */
const fieldErrorCodes = (): JsonSchema => ({
  description: 'What went wrong with a field; `params` hold the named values a message is made from.',
  oneOf: FIELD_ERROR_CODES.map((code) => ({
    const: code,
    description: `${FIELD_ERROR_DOCS[code].means}; params: ${FIELD_ERROR_DOCS[code].params.join(', ') || 'none'}`,
  })),
});

/** The problem schema, its `code` pointing at the list of codes. */
function problem(): JsonSchema {
  const schema = jsonSchema(problemSchema) as { properties: { errors: { items: { properties: Record<string, unknown> } } } };
  schema.properties.errors.items.properties.code = ref('FieldErrorCode');
  return schema as unknown as JsonSchema;
}

const SCHEMAS: Record<SchemaName, () => z.ZodMiniType> = {
  ReportBody: () => reportSchemas().reportBody,
  ReturnBody: () => reportSchemas().returnBody,
  Report: () => reportSchema,
  ReportSummaryList: () => reportSummaryListSchema,
  RevisionList: () => revisionListSchema,
  TargetsBody: () => targetSchemas().targetsBody,
  TargetSet: () => targetSetSchema,
  YearTargets: () => yearTargetsSchema,
  TargetRevisionList: () => targetRevisionListSchema,
  Framework: () => frameworkSchema,
  DashboardOverview: () => overviewResponseSchema,
  DashboardSeries: () => seriesResponseSchema,
  DashboardCompleteness: () => completenessResponseSchema,
};

/** OpenAPI 3.1, generated from the same zod schemas the API validates with and the browser parses with. */
export const openApiDocument = once(
  (): JsonSchema => ({
    openapi: '3.1.0',
    info: { title: 'ETIP Monitor API', version: '1', description: 'Monthly indicator reports of the End Trafficking in Persons programme.' },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    paths: Object.fromEntries(
      Object.entries(OPERATIONS).map(([path, ops]) => [path, Object.fromEntries(Object.entries(ops).map(([m, op]) => [m, operationObject(path, op)]))]),
    ),
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: {
        ...Object.fromEntries(Object.entries(SCHEMAS).map(([name, schema]) => [name, jsonSchema(schema())])),
        Problem: problem(),
        FieldErrorCode: fieldErrorCodes(),
      },
    },
  }),
);
