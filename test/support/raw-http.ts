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
