import { problemOf } from '@etip/api/http/problem-response';

/** Names that mean this machine whatever HOST says. */
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'] as const;
/** Addresses to listen on, never to be addressed by: a page that reaches one is no client of ours. */
const WILDCARD_NAMES = new Set(['0.0.0.0', '[::]']);

/**
 * The `Host` values the local server answers: `127.0.0.1`, `localhost`, `[::1]` and the
 * configured `host` (not when it is a wildcard address), each with `port` or without, in lower case.
 */
export function localAuthorities(host: string, port: number): ReadonlySet<string> {
  const configured = bracketed(host.toLowerCase());
  const names = WILDCARD_NAMES.has(configured) ? LOOPBACK_NAMES : [...LOOPBACK_NAMES, configured];
  return new Set(names.flatMap((name) => [name, `${name}:${port}`]));
}

/**
 * Wraps the local server's `fetch` so that it answers only requests addressed to this machine:
 * any other authority gets a 421 problem before any route runs.
 *
 * Why: the local server signs anyone in (`/dev/token`). A web page cannot read it across origins,
 * but a page whose own name the attacker re-points at 127.0.0.1 (DNS rebinding) is same-origin
 * with it; its requests still carry the attacker's name in `Host`, which is what this refuses.
 * Both the `Host` header and the request's URL are checked: the URL holds the authority of an
 * absolute-form request target (`GET http://evil.example/…`), which takes precedence over `Host`.
 */
export function answerLocalHostsOnly(
  fetch: (request: Request) => Response | Promise<Response>,
  authorities: () => ReadonlySet<string>,
): (request: Request) => Response | Promise<Response> {
  return (request) => {
    const allowed = authorities();
    // A request without `Host` (HTTP/1.0) names no machine: refused too, as no browser sends one.
    const addressed = [request.headers.get('host') ?? '', new URL(request.url).host];
    if (addressed.every((authority) => allowed.has(authority.toLowerCase()))) return fetch(request);
    return problemOf('misdirected-request', misdirected(allowed));
  };
}

/** Whether a raw `Host` header (absent: undefined) is one of `allowed`. */
export const addressedHere = (host: string | undefined, allowed: ReadonlySet<string>) => allowed.has((host ?? '').toLowerCase());

/** The detail of the 421 answer: which names this server answers. */
export function misdirected(allowed: ReadonlySet<string>): string {
  const names = [...allowed].filter((authority) => !/:\d+$/.test(authority));
  return `this development server answers only requests addressed to ${names.join(', ')}`;
}

/** An IPv6 address as it appears in a `Host` header: in brackets. */
function bracketed(name: string): string {
  return name.includes(':') && !name.startsWith('[') ? `[${name}]` : name;
}
