import { EXPORT_COLUMNS, reportPathSchemas, type TextFields, targetsPathSchemas, viewQueries } from '@etip/core';

/** The component schemas an operation can name; `document.ts` builds each from core's zod schemas. */
export type SchemaName =
  | 'ReportBody'
  | 'ReturnBody'
  | 'Report'
  | 'ReportSummaryList'
  | 'RevisionList'
  | 'TargetsBody'
  | 'TargetSet'
  | 'YearTargets'
  | 'TargetRevisionList'
  | 'Framework'
  | 'DashboardOverview'
  | 'DashboardSeries'
  | 'DashboardCompleteness';

export type Operation = {
  summary: string;
  roles: string;
  /** The parameters of the path, from the schema the route parses them with. */
  path?: () => TextFields;
  /** The query, from the schema the route parses it with; `describe` says what each parameter means. */
  query?: { schema: () => TextFields; describe?: Record<string, string> };
  body?: SchemaName;
  /** The success response: JSON of `schema`, or `csv` text. */
  ok: { status: number; schema?: SchemaName; csv?: true; description: string };
  errors: number[];
  headers?: string[];
  /** Headers of the success response, by name: what they say. */
  responseHeaders?: Record<string, string>;
  /** What a status means for this resource, where the report wording of `ERROR_TEXT` does not fit. */
  errorText?: Record<number, string>;
};

const REPORT_PATH = '/v1/submissions/{country}/{period}';
const TARGETS_PATH = '/v1/targets/{country}/{year}';
const TARGET_ERRORS = { 404: 'no targets set for the country and year', 409: 'create over existing targets' };
const DASHBOARD_HEADERS = { 'X-Consumed-RCU': 'what the view cost in DynamoDB read capacity units, a decimal number' };
const DASHBOARD_ROLES =
  'any role; survivor counts from 1 to 9 are withheld (`{"suppressed": true}`) for viewers, and for country offices outside their own country';
const DASHBOARD_ERRORS = { 400: 'invalid, unknown or repeated query parameters; `errors` names each as `query/<name>`' };
const range = (window: string) => ({
  from: `first month, YYYY-MM, 2015-01 or later; default ${window}; at most 120 months to \`to\``,
  to: 'last month, YYYY-MM, never after the current month; default the current month',
  countries: 'comma-separated country codes; default all six, in programme order',
});
const report = { path: () => reportPathSchemas().address };
const targets = { path: () => targetsPathSchemas().address, errorText: TARGET_ERRORS };
/** Who reads targets, and who of them sees the staff who changed them (core's `access.seeStaff`). */
const TARGET_READERS = "any role; who changed them (`updatedBy`, `actor`) only for regional leads, admins and the country's own office";

/** The routes of DESIGN.md 3 and 5.1, described once: the OpenAPI document and /docs are built from this. */
export const OPERATIONS: Record<string, Record<string, Operation>> = {
  '/v1/health': { get: { summary: 'Liveness', roles: 'anyone', ok: { status: 200, description: '{"status":"ok"}' }, errors: [] } },
  '/v1/framework': {
    get: {
      summary: 'Countries, pillars, dimensions, indicators, calendar',
      roles: 'any role',
      ok: { status: 200, schema: 'Framework', description: 'the framework' },
      errors: [401],
    },
  },
  '/v1/submissions': {
    get: {
      summary: 'Report summaries',
      roles: 'country office (own), regional lead, admin',
      query: {
        schema: () => reportPathSchemas().listQuery,
        describe: { country: 'one country', from: 'first month, YYYY-MM', to: 'last month, YYYY-MM', status: 'where the reports stand' },
      },
      ok: { status: 200, schema: 'ReportSummaryList', description: 'summaries' },
      errors: [400, 401, 403],
    },
  },
  [REPORT_PATH]: {
    get: {
      ...report,
      summary: 'The current report',
      roles: 'country office (own), regional lead, admin',
      ok: { status: 200, schema: 'Report', description: 'the report; ETag is its version' },
      errors: [400, 401, 403, 404],
    },
    put: {
      ...report,
      summary: 'Create (If-None-Match: *) or replace (If-Match: "<version>") the values; the result is a draft',
      roles: 'country office (own), admin',
      body: 'ReportBody',
      ok: { status: 200, schema: 'Report', description: 'replaced (201 when created)' },
      errors: [400, 401, 403, 404, 409, 412, 413, 415, 428],
      headers: ['If-Match', 'If-None-Match'],
    },
  },
  [`${REPORT_PATH}/submit`]: {
    post: {
      ...report,
      summary: 'draft or returned → submitted; needs every cell; stamps on time or late',
      roles: 'country office (own), admin',
      ok: { status: 200, schema: 'Report', description: 'submitted' },
      errors: [400, 401, 403, 404, 409, 412, 413, 415, 428],
      headers: ['If-Match'],
    },
  },
  [`${REPORT_PATH}/approve`]: {
    post: {
      ...report,
      summary: 'submitted → approved',
      roles: 'regional lead, admin',
      ok: { status: 200, schema: 'Report', description: 'approved' },
      errors: [400, 401, 403, 404, 409, 412, 413, 415, 428],
      headers: ['If-Match'],
    },
  },
  [`${REPORT_PATH}/return`]: {
    post: {
      ...report,
      summary: 'submitted → returned, with a reason',
      roles: 'regional lead, admin',
      body: 'ReturnBody',
      ok: { status: 200, schema: 'Report', description: 'returned' },
      errors: [400, 401, 403, 404, 409, 412, 413, 415, 428],
      headers: ['If-Match'],
    },
  },
  [`${REPORT_PATH}/history`]: {
    get: {
      ...report,
      summary: 'Every revision: version, status, action, actor, time, cells changed',
      roles: 'country office (own), regional lead, admin',
      ok: { status: 200, schema: 'RevisionList', description: 'revisions, oldest first' },
      errors: [400, 401, 403, 404],
    },
  },
  '/v1/targets': {
    get: {
      summary: "Every country's targets for a year; countries whose targets were never set are left out. X-Consumed-RCU: what the read cost",
      roles: TARGET_READERS,
      query: { schema: () => targetsPathSchemas().yearQuery, describe: { year: 'the calendar year, YYYY' } },
      ok: { status: 200, schema: 'YearTargets', description: 'the targets of the year' },
      errors: [400, 401],
    },
  },
  [TARGETS_PATH]: {
    get: {
      ...targets,
      summary: "A country's targets for a year",
      roles: TARGET_READERS,
      ok: { status: 200, schema: 'TargetSet', description: 'the targets; ETag is their version' },
      errors: [400, 401, 404],
    },
    put: {
      ...targets,
      summary:
        'Create (If-None-Match: *) or replace (If-Match: "<version>") a country\'s targets for a year, 2015 to next year: a whole number for sum and latest indicators, a percentage with at most one decimal for ratios; an indicator left out has no target',
      roles: 'regional lead, admin',
      body: 'TargetsBody',
      ok: { status: 200, schema: 'TargetSet', description: 'replaced (201 when created); X-Consumed-WCU: what the write cost' },
      errors: [400, 401, 403, 404, 409, 412, 413, 415, 428],
      headers: ['If-Match', 'If-None-Match'],
    },
  },
  [`${TARGETS_PATH}/history`]: {
    get: {
      ...targets,
      summary: 'Every revision: version, action, actor, time, targets changed',
      roles: TARGET_READERS,
      ok: { status: 200, schema: 'TargetRevisionList', description: 'revisions, oldest first' },
      errors: [400, 401, 404],
    },
  },
  '/v1/dashboard/overview': {
    get: {
      summary:
        "Per country × indicator: actual over the range (sum, latest or Σnumerator/Σdenominator), the range's target (pro-rated for sum indicators), achievement %; pillar summaries; months awaiting approval",
      roles: DASHBOARD_ROLES,
      query: {
        schema: () => viewQueries().overview,
        describe: {
          ...range('January of the year of `to`'),
          to: 'last month, YYYY-MM, never after the current month; default the last month already due everywhere',
        },
      },
      ok: { status: 200, schema: 'DashboardOverview', description: 'the overview' },
      responseHeaders: DASHBOARD_HEADERS,
      errors: [400, 401],
      errorText: DASHBOARD_ERRORS,
    },
  },
  '/v1/dashboard/series': {
    get: {
      summary: "One indicator's monthly series per country, optionally split by one dimension; null where a month was not published",
      roles: DASHBOARD_ROLES,
      query: {
        schema: () => viewQueries().series,
        describe: {
          ...range('23 months before `to`'),
          indicator: 'the indicator of the series',
          by: "split each month by one of the indicator's dimensions (400 if it has not that one)",
        },
      },
      ok: { status: 200, schema: 'DashboardSeries', description: 'the series' },
      responseHeaders: DASHBOARD_HEADERS,
      errors: [400, 401],
      errorText: DASHBOARD_ERRORS,
    },
  },
  '/v1/dashboard/completeness': {
    get: {
      summary: 'Country × month: missing, draft, submitted, returned or approved, and on time or late',
      roles: 'any role',
      query: { schema: () => viewQueries().completeness, describe: range('11 months before `to`') },
      ok: { status: 200, schema: 'DashboardCompleteness', description: 'the completeness grid' },
      responseHeaders: DASHBOARD_HEADERS,
      errors: [400, 401],
      errorText: DASHBOARD_ERRORS,
    },
  },
  '/v1/export.csv': {
    get: {
      summary: `Tidy CSV, one row per published cell, with the same protection as the views (a withheld cell has an empty value and suppressed=true). Columns: ${EXPORT_COLUMNS.join(', ')}`,
      roles: DASHBOARD_ROLES,
      query: { schema: () => viewQueries().export, describe: { ...range('11 months before `to`'), indicator: 'one indicator only; default every indicator' } },
      ok: { status: 200, csv: true, description: 'the CSV, as an attachment' },
      responseHeaders: DASHBOARD_HEADERS,
      errors: [400, 401],
      errorText: DASHBOARD_ERRORS,
    },
  },
};
