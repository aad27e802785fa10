/**
 * `npm run token -- --role country-office --country LA`: prints a bearer token from the local
 * development issuer, and nothing else on stdout, so `TOKEN=$(npm run -s token -- --role admin)` works.
 */
import { parseArgs } from 'node:util';
import { ROLES } from '@etip/core/access';
import { COUNTRY_CODES } from '@etip/core/framework';
import { localConfigFromEnv } from './config';
import { loadDevIssuer, parseDevTokenRequest } from './dev-issuer';

const USAGE = `usage: npm run -s token -- --role <role> [--country <code>] [--name <name>] [--expires-in <span>]
  --role        ${ROLES.join(' | ')}
  --country     ${COUNTRY_CODES.join(' | ')} (required for country-office, ignored otherwise)
  --name        display name (default: e.g. "Lao PDR M&E officer (dev)")
  --expires-in  e.g. 30m, 12h, 7d (default 12h)
The key is kept in $DATA_DIR/dev-issuer-key.json (DATA_DIR defaults to .data).`;

function usageError(message: string): never {
  process.stderr.write(`error: ${message}\n${USAGE}\n`);
  process.exit(2);
}

let values: { role?: string; country?: string; name?: string; 'expires-in'?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      role: { type: 'string' },
      country: { type: 'string' },
      name: { type: 'string' },
      'expires-in': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  }));
} catch (error) {
  usageError((error as Error).message);
}
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const request = parseDevTokenRequest({ role: values.role, country: values.country });
if (!request.ok) usageError(request.errors.map((e) => `--${e.path}: ${e.message}`).join('\n'));

// npm runs scripts from the repository root, where the local server keeps its data too.
const issuer = await loadDevIssuer(localConfigFromEnv().dataDir);
let token: string;
try {
  token = await issuer.issue({
    role: request.role,
    country: request.country,
    name: values.name,
    expiresIn: values['expires-in'],
  });
} catch (error) {
  // Role and country are already checked, so what is left to refuse is --expires-in.
  usageError(`--expires-in: ${(error as Error).message}`);
}
process.stdout.write(`${token}\n`);
