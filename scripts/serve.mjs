#!/usr/bin/env node
// Small static file server for dist/ and the browser tests. No dependencies, loopback only.
// Usage: scripts/serve DIR [--port N] [--header 'Name: value']... [--verbose]
// Tests import startServer() from here so there is one implementation.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', // required for WebAssembly.instantiateStreaming
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.otf': 'font/otf',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

function rawSegments(url) {
  try {
    return decodeURIComponent(url.split(/[?#]/)[0]).split(/[\\/]/);
  } catch {
    return [];
  }
}

// headers: {Name: value}; extra headers go on every response (CSP/CORS experiments).
export function startServer(dir, { port = 0, headers = {}, verbose = false } = {}) {
  const root = fs.realpathSync(path.resolve(dir));
  const server = http.createServer((req, res) => {
    const send = (status, type, body, extra = {}) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-cache', ...headers, ...extra });
      res.end(req.method === 'HEAD' ? undefined : body);
      if (verbose) console.error(`${status} ${req.method} ${req.url}`);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain', 'method not allowed\n', { Allow: 'GET, HEAD' });

    let pathname, rel;
    try {
      pathname = new URL(req.url, 'http://x').pathname;
      rel = decodeURIComponent(pathname);
    } catch {
      return send(400, 'text/plain', 'bad request\n');
    }
    // The URL parser silently folds ../ and %2e%2e/, which would hide an attack as a 404: refuse any
    // '..' segment in the raw path (decoded, so %2e%2e and ..%2f count too) outright.
    if (rel.includes('\0') || rawSegments(req.url).includes('..')) return send(403, 'text/plain', 'forbidden\n');
    // Then require the resolved file (after symlinks, below) to stay inside root.
    let file = path.join(root, rel);
    const inside = (p) => p === root || p.startsWith(root + path.sep);
    if (!inside(file)) return send(403, 'text/plain', 'forbidden\n');
    try {
      file = fs.realpathSync(file);
      if (!inside(file)) return send(403, 'text/plain', 'forbidden\n');
      let st = fs.statSync(file);
      if (st.isDirectory()) {
        // Serve index.html only; never list a directory.
        if (!rel.endsWith('/')) return send(301, 'text/plain', '', { Location: pathname + '/' });
        file = path.join(file, 'index.html');
        st = fs.statSync(file);
      }
      if (!st.isFile()) throw new Error('not a file');
      const type = MIME[path.extname(file).toLowerCase()] || 'application/octet-stream';
      res.writeHead(200, { 'Content-Type': type, 'Content-Length': st.size, 'Cache-Control': 'no-cache', ...headers });
      if (verbose) console.error(`200 ${req.method} ${req.url}`);
      if (req.method === 'HEAD') return res.end();
      fs.createReadStream(file).pipe(res);
    } catch {
      send(404, 'text/plain', 'not found\n');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${server.address().port}/`;
      resolve({
        url,
        server,
        // Drop keep-alive connections so close() does not hang on an idle browser socket.
        close: () => new Promise((r) => { server.close(() => r()); server.closeAllConnections(); }),
      });
    });
  });
}

function parseArgs(argv) {
  const opts = { dir: null, port: process.env.PORT ?? 8080, headers: {}, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--port') opts.port = argv[++i];
    else if (a.startsWith('--port=')) opts.port = a.slice(7);
    else if (a === '--header') {
      const h = argv[++i] ?? '';
      const colon = h.indexOf(':');
      if (colon < 1) throw new Error(`--header needs 'Name: value', got '${h}'`);
      opts.headers[h.slice(0, colon).trim()] = h.slice(colon + 1).trim();
    } else if (a === '--verbose') opts.verbose = true;
    else if (a === '-h' || a === '--help') { opts.help = true; }
    else if (!a.startsWith('--') && opts.dir === null) opts.dir = a;
    else throw new Error(`unknown argument '${a}'`);
  }
  const port = Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`bad port '${opts.port}'`);
  opts.port = port;
  return opts;
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
    if (opts.help || !opts.dir) throw new Error('usage: scripts/serve DIR [--port N] [--header \'Name: value\']... [--verbose]');
    if (!fs.statSync(opts.dir, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`not a directory: ${opts.dir}`);
  } catch (e) {
    console.error(`serve: ${e.message}`);
    process.exit(2);
  }
  const { url, close } = await startServer(opts.dir, opts).catch((e) => {
    console.error(`serve: ${e.message}`);
    process.exit(1);
  });
  console.log(`serving ${opts.dir} at ${url}`);
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => close().then(() => process.exit(0)));
}
