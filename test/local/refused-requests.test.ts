import { fullBody } from '@etip/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalServer, startLocalServer } from '../support/local-server';

const MB = 1024 * 1024;
const REPORT = '/v1/submissions/LA/2024-12';

interface Refusal {
  status: number;
  path: string;
  token?: string;
  contentType?: string;
  body: () => string | ReadableStream<Uint8Array>;
  /** A body too long to drain, or of unknown length: the answer ends its connection. */
  closes?: true;
}

/**
 * Issue 8, 6i: requests the local server refuses before it reads their bodies, sent through
 * Node's own fetch (undici, keep-alive) to the real local server. Each must get its answer:
 * a reset connection ("other side closed") is a failure, whichever request it hits.
 */
describe('the local server answers every request it refuses unread', () => {
  let local: LocalServer;
  let base: string;
  let refusals: Refusal[];
  let connections = 0;

  beforeAll(async () => {
    // Wired as startLocalStack wires it, on a port the OS picks.
    local = await startLocalServer();
    local.server.on('connection', () => connections++);
    base = `http://127.0.0.1:${local.port}`;
    const laOffice = await local.issuer.issue({ role: 'country-office', country: 'LA' });
    const khOffice = await local.issuer.issue({ role: 'country-office', country: 'KH' });
    const report = JSON.stringify(fullBody(1));
    expect(report.length).toBeGreaterThan(6_500);
    refusals = [
      { status: 401, path: REPORT, body: () => report },
      { status: 403, path: REPORT, token: khOffice, body: () => report },
      { status: 404, path: '/v1/reports-of-nowhere', token: laOffice, body: () => report },
      // The period is before the programme began (2015-01).
      { status: 400, path: '/v1/submissions/LA/2014-12', token: laOffice, body: () => report },
      { status: 413, path: REPORT, token: laOffice, body: () => 'x'.repeat(MB), closes: true },
      { status: 415, path: REPORT, token: laOffice, contentType: 'text/plain', body: () => report },
      // Longer than a socket read, shorter than the limit: the server drains it and keeps the connection.
      { status: 401, path: REPORT, body: () => 'x'.repeat(200 * 1024) },
      // Of unknown length (chunked): refused after the first 256 KiB.
      { status: 413, path: REPORT, token: laOffice, body: () => chunked(MB).stream, closes: true },
    ];
  });

  afterAll(() => local.stop());

  /** What went wrong with one refusal, or null when it got its status and a problem. */
  async function failureOf({ status, path, token, contentType = 'application/json', body }: Refusal): Promise<string | null> {
    const headers: Record<string, string> = { 'Content-Type': contentType, 'If-None-Match': '*' };
    if (token) headers.Authorization = `Bearer ${token}`;
    try {
      const response = await fetch(base + path, { method: 'PUT', headers, body: body(), duplex: 'half' } as RequestInit);
      const type = response.headers.get('content-type');
      const problem = (await response.json()) as { status?: number };
      if (response.status === status && type === 'application/problem+json' && problem.status === status) return null;
      return `${status} ${path}: got ${response.status} ${type} ${JSON.stringify(problem)}`;
    } catch (error) {
      return `${status} ${path}: ${String(error)} (${String((error as Error).cause)})`;
    }
  }

  it('500 in a row on keep-alive connections, then 50 at once', async () => {
    const inARow = Array.from({ length: 500 }, (_, n) => refusals[n % refusals.length]!);
    const failures: string[] = [];
    for (const refusal of inARow) {
      const failure = await failureOf(refusal);
      if (failure) failures.push(failure);
    }
    expect(failures).toEqual([]);
    // The other refusals leave their connection usable: one connection each for the closing ones, and a few more.
    expect(connections).toBeLessThanOrEqual(inARow.filter((refusal) => refusal.closes).length + 10);

    const together = await Promise.all(Array.from({ length: 50 }, (_, n) => failureOf(refusals[n % refusals.length]!)));
    expect(together.filter(Boolean)).toEqual([]);
    expect((await fetch(`${base}/v1/health`)).status).toBe(200);
  });

  it('refuses a 100 MB body without reading it: the client stops sending it', async () => {
    const body = chunked(100 * MB);
    const failure = await failureOf({ status: 413, path: REPORT, body: () => body.stream });
    expect(failure).toBeNull();
    // What the client sent before it read the 413: the server's 256 KiB and the sockets' buffers.
    expect(body.sent()).toBeLessThan(32 * MB);
  });
});

/** A body of `total` spaces made as it is sent, 64 KiB at a time; `sent()` says how far it got. */
function chunked(total: number) {
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      const size = Math.min(64 * 1024, total - sent);
      sent += size;
      controller.enqueue(new Uint8Array(size).fill(32));
    },
  });
  return { stream, sent: () => sent };
}
