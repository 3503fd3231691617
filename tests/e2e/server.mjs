// A tiny static file server for dist/: 127.0.0.1 only, right MIME types (application/wasm for
// streaming compilation), an access log, no other origin involved.
//
//   node tests/e2e/server.mjs DIR [--port 8080] [--log FILE]
//
// Also importable: `startServer({ dir, port, log, prefix })` resolves to { url, close, entries };
// `prefix` (e.g. '/tools/klausul/') serves dir under that sub-path only, as an intranet would.

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export function startServer({ dir, port = 0, log = null, quiet = true, prefix = '/' }) {
  const root = path.resolve(dir);
  const entries = [];
  const server = http.createServer((req, res) => {
    let status = 200;
    let file;
    let stat = null;
    try {
      const url = new URL(req.url, 'http://127.0.0.1');
      let rel = decodeURIComponent(url.pathname);
      if (!rel.startsWith(prefix)) throw new Error('outside the prefix');
      rel = '/' + rel.slice(prefix.length);
      if (rel.endsWith('/')) rel += 'index.html';
      file = path.resolve(root, '.' + rel);
      if (!file.startsWith(root + path.sep) && file !== root) throw new Error('outside');
      stat = fs.existsSync(file) ? fs.statSync(file) : null;
      if (!stat || !stat.isFile()) status = 404;
    } catch {
      status = 404;
    }
    // A validator, as static hosts send: the browser revalidates (no-cache) and on 304 keeps its
    // copy — and, for the engine's wasm, the optimised code V8 cached with it, so a second visit
    // does not compile the engine again.
    let etag = null;
    if (status === 200) {
      etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
      if (req.headers['if-none-match'] === etag) status = 304;
    }
    const entry = { time: new Date().toISOString(), method: req.method, url: req.url, status, host: req.headers.host || '' };
    entries.push(entry);
    const line = `${entry.time} ${entry.method} ${entry.url} ${entry.status} host=${entry.host}\n`;
    if (log) fs.appendFileSync(log, line);
    if (!quiet) process.stdout.write(line);
    if (status === 304) {
      res.writeHead(304, { etag, 'cache-control': 'no-cache' });
      res.end();
      return;
    }
    if (status !== 200) {
      res.writeHead(status, { 'content-type': 'text/plain' });
      res.end(status === 404 ? 'not found' : 'bad request');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream',
      'cache-control': 'no-cache',
      etag,
      'x-content-type-options': 'nosniff',
    });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolve({
        url: `http://127.0.0.1:${actual}${prefix}`,
        entries,
        close: () => new Promise((r) => server.close(r)),
      });
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : dflt;
  };
  const port = Number(opt('--port', '8080'));
  const log = opt('--log', null);
  const dir = args[0] || 'dist';
  startServer({ dir, port, log, quiet: false }).then(({ url }) => {
    console.log(`Klausul is served from ${dir} at ${url} (Ctrl-C to stop)`);
  }).catch((e) => {
    console.error(`could not serve on 127.0.0.1:${port}: ${e.message}`);
    process.exit(1);
  });
}
