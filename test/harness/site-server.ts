import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A local web server that is also the browser's HTTP proxy, so test sites get real host names
 * (http://shop.example.fr/) with nothing leaving the machine. Requests are routed by host:
 * - a handler registered with `route(host, fn)` wins;
 * - else `test/fixtures/sites/<host>/<path>` (directory → index.html);
 * - `/__vendor/<package>/<file>` on any host serves a file of an npm package from node_modules,
 *   so fixtures load the real consent-manager libraries from "their own" site.
 * Any other host answers 502, like an unreachable server, instead of leaking a request.
 */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SITES_DIR = path.join(ROOT, 'test/fixtures/sites');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => void | Promise<void>;

export interface SiteServer {
  /** `http://127.0.0.1:PORT`, to set as the browser's proxy. */
  proxy: string;
  port: number;
  route(host: string, handler: Handler): void;
  /** Every request seen, for tests that assert what the browser sent (headers such as Sec-GPC). */
  requests: { url: string; headers: http.IncomingHttpHeaders }[];
  close(): Promise<void>;
}

function send(res: http.ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8') {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

export function serveFile(res: http.ServerResponse, file: string): boolean {
  let target = file;
  if (fs.existsSync(target) && fs.statSync(target).isDirectory()) target = path.join(target, 'index.html');
  if (!fs.existsSync(target) || !fs.statSync(target).isFile()) return false;
  send(res, 200, fs.readFileSync(target), TYPES[path.extname(target)] ?? 'application/octet-stream');
  return true;
}

function within(base: string, rel: string): string | null {
  const full = path.resolve(base, '.' + path.posix.normalize('/' + rel));
  return full.startsWith(base) ? full : null;
}

export async function startSiteServer(port = 0): Promise<SiteServer> {
  const routes = new Map<string, Handler>();
  const requests: SiteServer['requests'] = [];
  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url!.startsWith('http') ? req.url! : `http://${req.headers.host}${req.url}`);
      requests.push({ url: url.href, headers: req.headers });
      if (requests.length > 5000) requests.splice(0, 1000);
      const host = url.hostname;
      const handler = routes.get(host);
      if (handler) return void (await handler(req, res, url));
      const pathname = decodeURIComponent(url.pathname);
      if (pathname.startsWith('/__vendor/')) {
        const file = within(path.join(ROOT, 'node_modules'), pathname.slice('/__vendor/'.length));
        if (file && serveFile(res, file)) return;
        return send(res, 404, 'not found');
      }
      const siteDir = path.join(SITES_DIR, host);
      if (!fs.existsSync(siteDir)) return send(res, 502, `no test site for ${host}`);
      const file = within(siteDir, pathname);
      if (file && serveFile(res, file)) return;
      send(res, 404, 'not found');
    } catch (e) {
      if (!res.headersSent) send(res, 500, String(e));
    }
  });
  // HTTPS through the proxy is refused: test sites are plain HTTP on made-up hosts.
  // A browser may reset that socket first; an unhandled 'error' there would end the whole test process.
  server.on('connect', (_req, socket) => {
    socket.on('error', () => {});
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as { port: number }).port;
  return {
    proxy: `http://127.0.0.1:${actual}`,
    port: actual,
    route: (host, handler) => routes.set(host, handler),
    requests,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
