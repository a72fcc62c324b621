/** A node:http server on 127.0.0.1 (random port) for the fetch integration tests. */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Hit {
  readonly method: string;
  readonly url: string;
  readonly headers: http.IncomingHttpHeaders;
}

export interface LocalServer {
  readonly origin: string;
  readonly port: number;
  readonly hits: Hit[];
  /** WebSocket (or other) upgrade requests that reached the server. */
  readonly upgrades: string[];
  close(): Promise<void>;
}

export type Routes = Record<string, (req: http.IncomingMessage, res: http.ServerResponse, server: LocalServer) => void>;

export async function startServer(routes: Routes): Promise<LocalServer> {
  const hits: Hit[] = [];
  const upgrades: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push({ method: req.method ?? 'GET', url: req.url ?? '', headers: req.headers });
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const route = routes[path];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>not found</h1>');
      return;
    }
    route(req, res, self);
  });
  server.on('upgrade', (req, socket) => {
    upgrades.push(req.url ?? '');
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const self: LocalServer = {
    origin: `http://127.0.0.1:${port}`,
    port,
    hits,
    upgrades,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return self;
}

export const html = (res: http.ServerResponse, body: string, headers: http.OutgoingHttpHeaders = {}): void => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(body);
};
