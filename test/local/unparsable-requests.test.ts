import { connect } from 'node:net';
import { problemSchema } from '@etip/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalServer, startLocalServer } from '../support/local-server';

/** Sends `bytes` on a fresh connection and resolves with all the server answered before closing. */
function exchange(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(bytes));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
  });
}

/** An HTTP/1.1 answer split into status, headers (lower-cased names) and body. */
function parse(answer: string) {
  const [head = '', body = ''] = answer.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
  return { status: Number(statusLine.split(' ')[1]), headers, body };
}

/**
 * Issue 9, from the attack: requests Node's HTTP parser or the Hono adapter refused before any
 * route (headers past Node's limit, broken framing, a Host it cannot make a URL of) with a bare
 * 400 or 431 are answered as problem+json with nosniff, like every refusal.
 */
describe('the local server, on requests that are not valid HTTP', () => {
  let local: LocalServer;

  beforeAll(async () => {
    local = await startLocalServer();
  });
  afterAll(() => local?.stop());

  it.each([
    [
      'a query of 10,000 parameters',
      `GET /v1/dashboard/overview?${Array.from({ length: 10_000 }, (_, n) => `p${n}=1`).join('&')} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`,
      431,
      'headers-too-large',
    ],
    ['a header line without a colon', 'GET /v1/dashboard/overview HTTP/1.1\r\nHost: 127.0.0.1\r\nNot a header\r\n\r\n', 400, 'invalid-request'],
    ['a Host with a space in it', 'GET /v1 HTTP/1.1\r\nHost: 127.0.0.1 evil\r\n\r\n', 421, 'misdirected-request'],
    [
      'two Content-Length headers that disagree',
      'POST /v1 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nxx',
      400,
      'invalid-request',
    ],
  ])('%s: problem+json with nosniff', async (_what, bytes, status, type) => {
    // Act
    const answer = parse(await exchange(local.port, bytes));

    // Assess
    expect(answer.status).toBe(status);
    expect(answer.headers['content-type']).toBe('application/problem+json');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    const body = problemSchema.parse(JSON.parse(answer.body));
    expect([body.status, body.type]).toEqual([status, `/problems/${type}`]);
  });
});
