/*
 * Reading a JWT's payload, with no dependency: the boot module (src/boot.ts) reads a stored
 * token's expiry with it before the rest of the dashboard has loaded.
 */

/** The payload of a JWT, unverified: the API verifies it; the dashboard only reads whom it is for. */
export function jwtPayload(token: string): Record<string, unknown> | null {
  const part = token.split('.')[1];
  if (!part) return null;
  try {
    const base64 = part
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(part.length / 4) * 4, '=');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const payload: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof payload === 'object' && payload !== null && !Array.isArray(payload) ? (payload as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * How long before its `exp` a token is treated as expired, everywhere the dashboard checks one
 * (claims.ts, local-session.ts, boot/early.ts): a token about to lapse would meet a 401 in flight.
 */
export const EXPIRY_MARGIN_SECONDS = 30;

/** A token's `exp` (epoch seconds), or null when it has none or is not a JWT. */
export function expiryOf(token: string): number | null {
  const exp = jwtPayload(token)?.exp;
  return typeof exp === 'number' ? exp : null;
}
