import { type IncomingMessage, type Server, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { MAX_BODY_BYTES } from '@etip/api/http/json-body';
import { serve } from '@hono/node-server';
import { answerLocalHostsOnly, localAuthorities } from './host-guard';

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
    server.once('error', reject);
    server.once('listening', () => {
      authorities = localAuthorities(host, (server.address() as AddressInfo).port);
      resolve(server);
    });
  });
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
