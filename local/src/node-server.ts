import { type IncomingMessage, type Server, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { MAX_BODY_BYTES } from '@etip/api/http/json-body';
import { PROBLEM_CONTENT_TYPE, problem } from '@etip/core';
import { serve } from '@hono/node-server';
import { addressedHere, answerLocalHostsOnly, localAuthorities, misdirected } from './host-guard';

/**
 * A body the app left unread is read to its end and dropped when it is at most this long, so
 * the connection serves the client's next request. Draining costs no more than reading a body
 * the API accepts; a longer one (always a 413) ends the connection instead.
 */
export const DRAIN_LIMIT_BYTES = MAX_BODY_BYTES;

/** How long a closing connection keeps reading what the client still sends before it is dropped. */
export const LINGER_MS = 2_000;

/**
 * Serves `fetch` (a Hono app's) on Node at `host:port` (0: a free port) and resolves once it
 * listens. It answers only requests addressed to this machine (`answerLocalHostsOnly`).
 * Responses sent before the body was read reach the client: see `UnreadBodyResponse`.
 */
export function serveLocal(fetch: (request: Request) => Response | Promise<Response>, { port, host }: { port: number; host: string }): Promise<Server> {
  // Known once listening (port 0 picks one); no request arrives before.
  let authorities: ReadonlySet<string> = new Set();
  return new Promise((resolve, reject) => {
    const server = serve({
      fetch: answerLocalHostsOnly(fetch, () => authorities),
      port,
      hostname: host,
      // The adapter's own cleanup gives up on a body after 500 ms and closes the connection under
      // a client that may have sent its next request already; UnreadBodyResponse does it instead.
      autoCleanupIncoming: false,
      serverOptions: { ServerResponse: UnreadBodyResponse },
    }) as Server;
    server.on('clientError', answerUnparsable);
    refuseOtherHostsFirst(server, () => authorities);
    server.once('error', reject);
    server.once('listening', () => {
      authorities = localAuthorities(host, (server.address() as AddressInfo).port);
      resolve(server);
    });
  });
}

/**
 * Answers a request whose `Host` is not this machine's with the 421 of `answerLocalHostsOnly`
 * before the adapter sees it: the adapter builds the request's URL from `Host` and answers one it
 * cannot parse (`Host: 127.0.0.1 evil`) with a bare 400 of its own.
 */
function refuseOtherHostsFirst(server: Server, authorities: () => ReadonlySet<string>) {
  const adapter = server.listeners('request') as ((request: IncomingMessage, response: ServerResponse) => void)[];
  server.removeAllListeners('request');
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const allowed = authorities();
    if (addressedHere(request.headers.host, allowed)) {
      for (const listener of adapter) listener(request, response);
      return;
    }
    const body = JSON.stringify(problem('misdirected-request', misdirected(allowed)));
    response.writeHead(421, {
      'Content-Type': PROBLEM_CONTENT_TYPE,
      'Content-Length': Buffer.byteLength(body),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
    response.end(body);
  });
}

/**
 * A request Node's parser refuses before any route sees it (headers past Node's 16 KiB, such as
 * a query of 10,000 parameters; a malformed request line or Host) gets a problem+json answer like
 * every other refusal, instead of Node's bare `400`/`431` without a body or `nosniff`.
 */
function answerUnparsable(error: Error & { code?: string }, socket: Socket) {
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const answer = tooLarge
    ? problem('headers-too-large', 'the request line and headers may be at most 16 KiB')
    : problem('invalid-request', 'the request is not valid HTTP/1.1 (request line, headers or framing)');
  const body = JSON.stringify(answer);
  socket.end(
    [
      `HTTP/1.1 ${answer.status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}`,
      `Content-Type: ${PROBLEM_CONTENT_TYPE}`,
      'X-Content-Type-Options: nosniff',
      'Cache-Control: no-store',
      `Content-Length: ${Buffer.byteLength(body)}`,
      'Connection: close',
      '',
      body,
    ].join('\r\n'),
  );
}

/**
 * A response that leaves its connection usable, or closes it gracefully, when it is sent
 * before the request's body was read (a 401, 403, 404, 413 or 415 refuses a request unread).
 *
 * Unread, such a body stalls the connection: the app's `Request` wraps the body in
 * `Readable.toWeb`, whose 'data' listener pauses the request again whenever its queue is full,
 * and nothing reads that queue once the response is out. So the next request on the connection
 * is never parsed. Here the body is dropped as it arrives (never buffered): to its end when it
 * is short enough, which keeps the connection alive; otherwise the response says
 * `Connection: close`, so the client sends nothing more on it, and the close lingers.
 */
export class UnreadBodyResponse<Incoming extends IncomingMessage = IncomingMessage> extends ServerResponse<Incoming> {
  constructor(request: Incoming) {
    super(request);
    if (!drainable(request)) {
      this.setHeader('Connection', 'close');
      lingerOnClose(request.socket);
    }
    // Node's own 'finish' handler dumps only a body nobody touched, and the app's Request has.
    this.once('finish', () => {
      if (!request.readableEnded) dropBody(request);
    });
  }
}

/** Whether the body is known to be short enough to drain (no body counts; chunked does not). */
function drainable(request: IncomingMessage): boolean {
  if (request.headers['transfer-encoding'] !== undefined) return false;
  return Number(request.headers['content-length'] ?? 0) <= DRAIN_LIMIT_BYTES;
}

/**
 * What Node's own `IncomingMessage._dump` does, which Node skips once the body has been
 * touched: remove the readers nobody will serve (the app's web stream) and let the bytes flow
 * to nowhere, so the parser reaches the end of the message.
 */
function dropBody(request: IncomingMessage) {
  request.removeAllListeners('data');
  request.resume();
}

/**
 * Node ends a `Connection: close` response's socket with `destroySoon()`: a close with the
 * client's body still unread, which the kernel answers with a reset that can destroy the
 * response before the client reads it. RFC 9112 9.6 asks for a half-close instead: send FIN,
 * keep reading (the body is dropped by `dropBody`) until the client closes, or `LINGER_MS`.
 */
function lingerOnClose(socket: Socket) {
  socket.destroySoon = () => {
    socket.end();
    const timer = setTimeout(() => socket.destroy(), LINGER_MS).unref();
    socket.once('close', () => clearTimeout(timer));
  };
}
