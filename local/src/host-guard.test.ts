import { describe, expect, it } from 'vitest';
import { answerLocalHostsOnly, localAuthorities } from './host-guard';

const served = () => new Response('served');
const guarded = (host: string, port: number) => answerLocalHostsOnly(served, () => localAuthorities(host, port));

/** What the guard answers a GET of `url` sent with `Host: host` (none when null). */
async function answer(url: string, host: string | null, server = guarded('127.0.0.1', 3000)) {
  const response = await server(new Request(url, host === null ? {} : { headers: { Host: host } }));
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
}

describe('localAuthorities', () => {
  it('is the loopback names and the configured host, each with the port or without', () => {
    expect([...localAuthorities('127.0.0.1', 3000)].sort()).toEqual(
      ['127.0.0.1', '127.0.0.1:3000', '[::1]', '[::1]:3000', 'localhost', 'localhost:3000'].sort(),
    );
    expect(localAuthorities('Dev-Laptop.LAN', 3100)).toContain('dev-laptop.lan:3100');
    expect(localAuthorities('fe80::1', 3100)).toContain('[fe80::1]:3100');
  });

  it('never lists a wildcard address: nothing is addressed to 0.0.0.0 but by mistake or by attack', () => {
    expect(localAuthorities('0.0.0.0', 3000)).not.toContain('0.0.0.0:3000');
    expect(localAuthorities('::', 3000)).not.toContain('[::]:3000');
  });
});

describe('answerLocalHostsOnly', () => {
  it('serves requests addressed to this machine, in any case, with the port or without', async () => {
    for (const host of ['127.0.0.1:3000', 'localhost:3000', 'LOCALHOST', '[::1]:3000', '127.0.0.1']) {
      expect(await answer('http://127.0.0.1:3000/dev/token', host)).toMatchObject({ status: 200, body: 'served' });
    }
  });

  it('answers 421 problem+json to any other name or port, as a DNS-rebinding page sends, and to a request naming none (HTTP/1.0)', async () => {
    for (const host of ['evil.example:3000', 'evil.example', 'localhost:3001', '127.0.0.1:80', '0.0.0.0:3000', 'localhost.evil.example:3000', null]) {
      const refused = await answer('http://127.0.0.1:3000/dev/token', host);
      expect(refused).toMatchObject({ status: 421, type: 'application/problem+json' });
      expect(JSON.parse(refused.body)).toMatchObject({ type: '/problems/misdirected-request', status: 421 });
    }
  });

  it('refuses an absolute-form target naming another host, whatever Host says', async () => {
    // The adapter builds the URL from the request target's authority then.
    expect((await answer('http://evil.example:3000/v1/submissions', '127.0.0.1:3000')).status).toBe(421);
  });

  it('answers for the configured host too', async () => {
    const lan = guarded('192.168.1.20', 3100);
    expect((await answer('http://192.168.1.20:3100/v1/health', '192.168.1.20:3100', lan)).status).toBe(200);
    expect((await answer('http://192.168.1.20:3100/v1/health', '192.168.1.21:3100', lan)).status).toBe(421);
  });
});
