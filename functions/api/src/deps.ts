import type { AggregateReader, ReportRepository, TargetRepository, User } from '@etip/core';
import type { RequestLogger } from './http/request-log';

/** Everything the API needs from outside, so Lambda, Node and tests wire it their own way. */
export interface ApiDeps {
  reports: ReportRepository;
  /** Annual targets per country (DESIGN.md 3 "Targets"). */
  targets: TargetRepository;
  /** The dashboards' precomputed aggregates (DESIGN.md 5.3). */
  aggregates: AggregateReader;
  /** The suppression threshold of DESIGN.md 5.4 submissions are published with (`publicationOf`); 10 unless configured. */
  threshold?: number;
  /** Verifies a bearer token (issuer, audience, signature, expiry) and names its holder. */
  verifyToken: (authorization: string | undefined) => Promise<User>;
  now: () => Date;
  /** One line per request (the Lambda's Powertools Logger); without it, only failures, on stderr. */
  log?: RequestLogger;
  /**
   * What CloudFront sends in `X-Origin-Verify` (the Lambda's `ORIGIN_VERIFY_SECRET`): given, every
   * request without it is refused. Not given locally, where there is no CloudFront.
   */
  originSecret?: string;
}

/** What the request context carries once the token is verified. */
export type ApiEnv = { Variables: { user: User } };
