import { request } from 'node:http';

export interface RawAnswer {
  status: number;
  type: string | undefined;
  body: string;
}

/**
 * A GET of `path` on `127.0.0.1:port` with the headers given as they are, `Host` included, which
 * fetch would not send as given: what a page re-pointed at this machine by DNS rebinding sends.
 * `path` may be absolute-form (`http://evil.example/v1/health`).
 */
export function rawGet(port: number, path: string, headers: Record<string, string>): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const sent = request({ host: '127.0.0.1', port, path, headers, agent: false }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, type: response.headers['content-type'], body }));
    });
    sent.on('error', reject);
    sent.end();
  });
}

/** A GET's answer as it came over the wire: its headers, and its body still encoded (compressed). */
export interface WireAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/**
 * A GET of `path` on `127.0.0.1:port` that sends only the headers given and decodes nothing: what
 * a client that accepts (or does not accept) a content coding is sent. fetch would add its own
 * `Accept-Encoding` and decompress the body.
 */
export function wireGet(port: number, path: string, headers: Record<string, string> = {}): Promise<WireAnswer> {
  return new Promise((resolve, reject) => {
    const sent = request({ host: '127.0.0.1', port, path, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    sent.on('error', reject);
    sent.end();
  });
}
