import * as z from 'zod/mini';
import { COUNTRY_CODES, DIMENSION_KEYS, EXPORT_COLUMNS, INDICATOR_CODES, once, reportSchemas, targetSchemas } from '@etip/core';
import { completenessSchema, overviewSchema, problemSchema, reportSchema, revisionSchema, seriesSchema, summarySchema } from './schemas';
import { targetRevisionSchema, targetSetSchema, yearTargetsSchema } from './target-schemas';

type QueryParameter = { name: string; description?: string; optional?: true } & ({ pattern: string } | { enum: readonly string[] });

type Operation = {
  summary: string;
  roles: string;
  body?: string;
  /** The success response: JSON of `schema`, or `csv` text. */
  ok: { status: number; schema?: string; csv?: true; description: string };
  errors: number[];
  headers?: string[];
  /** Query parameters, required unless `optional`. */
  query?: QueryParameter[];
  /** Headers of the success response, by name: what they say. */
  responseHeaders?: Record<string, string>;
  /** What a status means for this resource, where the report wording of `ERROR_TEXT` does not fit. */
  errorText?: Record<number, string>;
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const jsonSchema = (schema: z.ZodMiniType) => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
};

const ERROR_TEXT: Record<number, string> = {
  400: 'malformed or invalid; `errors` names each field',
  401: 'no or bad token',
  403: 'role or country not allowed',
  404: 'unknown report',
  409: 'illegal status transition, or create over an existing report',
  412: 'stale If-Match',
  413: 'body over 256 KiB',
  415: 'body is not JSON',
  428: 'If-Match (or If-None-Match: * to create) required',
};

const REPORT_PATH = '/v1/submissions/{country}/{period}';
const TARGETS_PATH = '/v1/targets/{country}/{year}';
const TARGET_ERRORS = { 404: 'no targets set for the country and year', 409: 'create over existing targets' };

/** The filters the dashboard views share (DESIGN.md 5.1); any other query parameter is a 400. */
const PERIOD_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])$';
const COUNTRY_LIST = `^(${COUNTRY_CODES.join('|')})(,(${COUNTRY_CODES.join('|')}))*$`;
const from = (window: string): QueryParameter => ({ name: 'from', pattern: PERIOD_PATTERN, optional: true, description: `first month, YYYY-MM, 2015-01 or later; default ${window}; at most 120 months to \`to\`` });
const to: QueryParameter = { name: 'to', pattern: PERIOD_PATTERN, optional: true, description: 'last month, YYYY-MM; default the current month' };
const countries: QueryParameter = { name: 'countries', pattern: COUNTRY_LIST, optional: true, description: 'comma-separated country codes; default all six, in programme order' };
const indicator = (optional: boolean): QueryParameter => ({
  name: 'indicator',
  enum: INDICATOR_CODES,
  ...(optional ? { optional: true as const, description: 'one indicator only; default every indicator' } : { description: 'the indicator of the series' }),
});
const by: QueryParameter = { name: 'by', enum: DIMENSION_KEYS, optional: true, description: "split each month by one of the indicator's dimensions (400 if it has not that one)" };
const DASHBOARD_HEADERS = { 'X-Consumed-RCU': 'what the view cost in DynamoDB read capacity units, a decimal number' };
const DASHBOARD_ROLES = 'any role; survivor counts from 1 to 9 are withheld (`{"suppressed": true}`) for viewers, and for country offices outside their own country';
const DASHBOARD_ERRORS = { 400: 'invalid or unknown query parameters; `errors` names each as `query/<name>`' };
/** The routes of DESIGN.md 3, described once: the OpenAPI document and /docs are built from this. */
export const OPERATIONS: Record<string, Record<string, Operation>> = {
  '/v1/health': { get: { summary: 'Liveness', roles: 'anyone', ok: { status: 200, description: '{"status":"ok"}' }, errors: [] } },
  '/v1/framework': { get: { summary: 'Countries, pillars, dimensions, indicators, calendar', roles: 'any role', ok: { status: 200, description: 'the framework' }, errors: [401] } },
  '/v1/submissions': {
    get: { summary: 'Report summaries (query: country, from, to, status)', roles: 'country office (own), regional lead, admin', ok: { status: 200, schema: 'ReportSummaryList', description: 'summaries' }, errors: [400, 401, 403] },
  },
  [REPORT_PATH]: {
    get: { summary: 'The current report', roles: 'country office (own), regional lead, admin', ok: { status: 200, schema: 'Report', description: 'the report; ETag is its version' }, errors: [400, 401, 403, 404] },
    put: { summary: 'Create (If-None-Match: *) or replace (If-Match: "<version>") the values; the result is a draft', roles: 'country office (own), admin', body: 'ReportBody', ok: { status: 200, schema: 'Report', description: 'replaced (201 when created)' }, errors: [400, 401, 403, 404, 409, 412, 413, 415, 428], headers: ['If-Match', 'If-None-Match'] },
  },
  [`${REPORT_PATH}/submit`]: { post: { summary: 'draft or returned → submitted; needs every cell; stamps on time or late', roles: 'country office (own), admin', ok: { status: 200, schema: 'Report', description: 'submitted' }, errors: [400, 401, 403, 404, 409, 412, 428], headers: ['If-Match'] } },
  [`${REPORT_PATH}/approve`]: { post: { summary: 'submitted → approved', roles: 'regional lead, admin', ok: { status: 200, schema: 'Report', description: 'approved' }, errors: [401, 403, 404, 409, 412, 428], headers: ['If-Match'] } },
  [`${REPORT_PATH}/return`]: { post: { summary: 'submitted → returned, with a reason', roles: 'regional lead, admin', body: 'ReturnBody', ok: { status: 200, schema: 'Report', description: 'returned' }, errors: [400, 401, 403, 404, 409, 412, 415, 428], headers: ['If-Match'] } },
  [`${REPORT_PATH}/history`]: { get: { summary: 'Every revision: version, status, action, actor, time, cells changed', roles: 'country office (own), regional lead, admin', ok: { status: 200, schema: 'RevisionList', description: 'revisions, oldest first' }, errors: [400, 401, 403, 404] } },
  '/v1/targets': {
    get: { summary: "Every country's targets for a year; countries whose targets were never set are left out. X-Consumed-RCU: what the read cost", roles: 'any role', query: [{ name: 'year', pattern: '^\\d{4}$' }], ok: { status: 200, schema: 'YearTargets', description: 'the targets of the year' }, errors: [400, 401] },
  },
  [TARGETS_PATH]: {
    get: { summary: "A country's targets for a year", roles: 'any role', ok: { status: 200, schema: 'TargetSet', description: 'the targets; ETag is their version' }, errors: [400, 401, 404], errorText: TARGET_ERRORS },
    put: { summary: "Create (If-None-Match: *) or replace (If-Match: \"<version>\") a country's targets for a year, 2015 to next year: a whole number for sum and latest indicators, a percentage with at most one decimal for ratios; an indicator left out has no target", roles: 'regional lead, admin', body: 'TargetsBody', ok: { status: 200, schema: 'TargetSet', description: 'replaced (201 when created); X-Consumed-WCU: what the write cost' }, errors: [400, 401, 403, 404, 409, 412, 413, 415, 428], headers: ['If-Match', 'If-None-Match'], errorText: TARGET_ERRORS },
  },
  [`${TARGETS_PATH}/history`]: { get: { summary: 'Every revision: version, action, actor, time, targets changed', roles: 'any role', ok: { status: 200, schema: 'TargetRevisionList', description: 'revisions, oldest first' }, errors: [400, 401, 404], errorText: TARGET_ERRORS } },
  '/v1/dashboard/overview': {
    get: {
      summary: "Per country × indicator: actual over the range (sum, latest or Σnumerator/Σdenominator), the range's target (pro-rated for sum indicators), achievement %; pillar summaries; months awaiting approval",
      roles: DASHBOARD_ROLES, query: [from('January of the year of `to`'), to, countries], ok: { status: 200, schema: 'DashboardOverview', description: 'the overview' },
      responseHeaders: DASHBOARD_HEADERS, errors: [400, 401], errorText: DASHBOARD_ERRORS,
    },
  },
  '/v1/dashboard/series': {
    get: {
      summary: "One indicator's monthly series per country, optionally split by one dimension; null where a month was not published",
      roles: DASHBOARD_ROLES, query: [indicator(false), countries, from('23 months before `to`'), to, by], ok: { status: 200, schema: 'DashboardSeries', description: 'the series' },
      responseHeaders: DASHBOARD_HEADERS, errors: [400, 401], errorText: DASHBOARD_ERRORS,
    },
  },
  '/v1/dashboard/completeness': {
    get: {
      summary: 'Country × month: missing, draft, submitted, returned or approved, and on time or late',
      roles: 'any role', query: [from('11 months before `to`'), to, countries], ok: { status: 200, schema: 'DashboardCompleteness', description: 'the completeness grid' },
      responseHeaders: DASHBOARD_HEADERS, errors: [400, 401], errorText: DASHBOARD_ERRORS,
    },
  },
  '/v1/export.csv': {
    get: {
      summary: `Tidy CSV, one row per published cell, with the same protection as the views (a withheld cell has an empty value and suppressed=true). Columns: ${EXPORT_COLUMNS.join(', ')}`,
      roles: DASHBOARD_ROLES, query: [from('11 months before `to`'), to, countries, indicator(true)], ok: { status: 200, csv: true, description: 'the CSV, as an attachment' },
      responseHeaders: DASHBOARD_HEADERS, errors: [400, 401], errorText: DASHBOARD_ERRORS,
    },
  },
};

function operationObject(path: string, op: Operation) {
  const params = [
    ...(path.includes('{country}') ? [{ name: 'country', in: 'path', required: true, schema: { type: 'string' } }] : []),
    ...(path.includes('{period}') ? [{ name: 'period', in: 'path', required: true, schema: { type: 'string', pattern: '^\\d{4}-\\d{2}$' } }] : []),
    ...(path.includes('{year}') ? [{ name: 'year', in: 'path', required: true, schema: { type: 'string', pattern: '^\\d{4}$' } }] : []),
    ...(op.query ?? []).map(({ name, description, optional, ...values }) => ({
      name,
      in: 'query',
      required: !optional,
      ...(description ? { description } : {}),
      schema: { type: 'string', ...('pattern' in values ? { pattern: values.pattern } : { enum: values.enum }) },
    })),
    ...(op.headers ?? []).map((name) => ({ name, in: 'header', required: false, schema: { type: 'string' } })),
  ];
  const problem = { content: { 'application/problem+json': { schema: ref('Problem') } } };
  return {
    summary: op.summary,
    description: `Who: ${op.roles}.`,
    ...(path === '/v1/health' ? { security: [] } : {}),
    ...(params.length ? { parameters: params } : {}),
    ...(op.body ? { requestBody: { required: op.body === 'ReportBody' || op.body === 'TargetsBody', content: { 'application/json': { schema: ref(op.body) } } } } : {}),
    responses: {
      [op.ok.status]: {
        description: op.ok.description,
        ...(op.responseHeaders ? { headers: Object.fromEntries(Object.entries(op.responseHeaders).map(([name, description]) => [name, { description, schema: { type: 'string' } }])) } : {}),
        ...(op.ok.schema ? { content: { 'application/json': { schema: ref(op.ok.schema) } } } : {}),
        ...(op.ok.csv ? { content: { 'text/csv': { schema: { type: 'string' }, example: `${EXPORT_COLUMNS.join(',')}\r\n` } } } : {}),
      },
      ...Object.fromEntries(op.errors.map((s) => [s, { description: op.errorText?.[s] ?? ERROR_TEXT[s], ...problem }])),
    },
  };
}

/** OpenAPI 3.1, generated from the same zod schemas the API validates with. */
export const openApiDocument = once((): object => ({
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
        ReportBody: jsonSchema(reportSchemas().reportBody),
        ReturnBody: jsonSchema(reportSchemas().returnBody),
        Report: jsonSchema(reportSchema),
        ReportSummaryList: jsonSchema(z.array(summarySchema)),
        RevisionList: jsonSchema(z.array(revisionSchema)),
        TargetsBody: jsonSchema(targetSchemas().targetsBody),
        TargetSet: jsonSchema(targetSetSchema),
        YearTargets: jsonSchema(yearTargetsSchema),
        TargetRevisionList: jsonSchema(z.array(targetRevisionSchema)),
        DashboardOverview: jsonSchema(overviewSchema),
        DashboardSeries: jsonSchema(seriesSchema),
        DashboardCompleteness: jsonSchema(completenessSchema),
        Problem: jsonSchema(problemSchema),
      },
    },
  }));
