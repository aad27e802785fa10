import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AS_KEY, forgetSession, localSessionToken, signInLinkOf, storeSession, TOKEN_KEY } from './local-session';

const NOW = 1_800_000_000;
const jwt = (payload: Record<string, unknown>) => `h.${btoa(JSON.stringify(payload)).replace(/=+$/, '')}.s`;
const valid = jwt({ 'custom:role': 'regional-lead', exp: NOW + 3600 });
const expired = jwt({ 'custom:role': 'regional-lead', exp: NOW - 10 });

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

const issuer = (token: string | null) =>
  vi.fn<typeof fetch>(async () => (token ? new Response(JSON.stringify({ token }), { status: 200 }) : new Response('{}', { status: 400 })));

describe('the local session a page load starts with', () => {
  beforeEach(() => vi.stubGlobal('localStorage', memoryStorage()));
  afterEach(() => vi.unstubAllGlobals());

  it('reads a sign-in link as written, country only for a country office', () => {
    expect(signInLinkOf('?as=regional-lead&country=LA')).toEqual({ role: 'regional-lead' });
    expect(signInLinkOf('?as=country-office&country=LA')).toEqual({ role: 'country-office', country: 'LA' });
    expect(signInLinkOf('?lang=km')).toBeNull();
  });

  it('reuses the kept token when a link asks for the same person, without asking the issuer', async () => {
    storeSession(valid, { role: 'regional-lead' });
    const fetcher = issuer('new');
    expect(await localSessionToken('?as=regional-lead', NOW, fetcher)).toBe(valid);
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('asks the issuer when the link names someone else, or the kept token has expired', async () => {
    storeSession(valid, { role: 'regional-lead' });
    const fetcher = issuer('new');
    expect(await localSessionToken('?as=country-office&country=LA', NOW, fetcher)).toBe('new');
    expect(fetcher).toHaveBeenCalledWith('/dev/token?role=country-office&country=LA', { cache: 'no-store' });
    storeSession(expired, { role: 'regional-lead' });
    expect(await localSessionToken('?as=regional-lead', NOW, fetcher)).toBe('new');
  });

  it('without a link: the kept token, renewed for the same person once expired, else nobody', async () => {
    const fetcher = issuer('renewed');
    expect(await localSessionToken('', NOW, fetcher)).toBeNull();
    storeSession(valid, { role: 'regional-lead' });
    expect(await localSessionToken('', NOW, fetcher)).toBe(valid);
    storeSession(expired, { role: 'regional-lead' });
    expect(await localSessionToken('', NOW, fetcher)).toBe('renewed');
    expect(fetcher).toHaveBeenCalledWith('/dev/token?role=regional-lead', { cache: 'no-store' });
  });

  it('gives null when the issuer refuses, and forgets on sign-out', async () => {
    expect(await localSessionToken('?as=admin', NOW, issuer(null))).toBeNull();
    storeSession(valid, { role: 'regional-lead' });
    forgetSession();
    expect([localStorage.getItem(TOKEN_KEY), localStorage.getItem(AS_KEY)]).toEqual([null, null]);
  });
});
