import { createServer } from 'node:net';

/** A TCP port that is free right now, chosen by the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : undefined;
      server.close(() => (port === undefined ? reject(new Error('No port assigned')) : resolve(port)));
    });
  });
}

/**
 * Whether nothing listens on `port`, at any address. Checked by binding the wildcard address,
 * which the OS refuses when anything holds the port on loopback (DynamoDB Local, the API) or on
 * every interface (DynamoDB Local on a Java runtime that cannot keep it on loopback), beside
 * which some systems (macOS) let a bind to 127.0.0.1 alone succeed.
 */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => (error.code === 'EADDRINUSE' || error.code === 'EACCES' ? resolve(false) : reject(error)));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}
