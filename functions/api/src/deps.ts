import type { ReportRepository, User } from '@etip/core';

/** Everything the API needs from outside, so Lambda, Node and tests wire it their own way. */
export interface ApiDeps {
  reports: ReportRepository;
  /** Verifies a bearer token (issuer, audience, signature, expiry) and names its holder. */
  verifyToken: (authorization: string | undefined) => Promise<User>;
  now: () => Date;
}

/** What the request context carries once the token is verified. */
export type ApiEnv = { Variables: { user: User } };
