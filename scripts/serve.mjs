// Serves the built demo site (dist/) on http://127.0.0.1:$PORT/ (default 8080) until stopped.
// Also serves it under /tools/portin/, to show the page works from a sub-path.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, sep, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", process.env.SERVE_DIR ?? "dist");
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? "127.0.0.1";
const SUBPATH = "/tools/portin/";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
};

/** The page's policy, as its meta tag also says it (where `frame-ancestors` is ignored, so it is
 * sent only here: no other site may frame the page, to dress it up for clicks). */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; frame-ancestors 'none'";

/** Sent with every answer, errors included. */
const HEADERS = {
  "content-security-policy": CSP,
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cache-control": "no-store",
};

export function handler(dir = root) {
  return async (req, res) => {
    for (const [name, value] of Object.entries(HEADERS)) res.setHeader(name, value);
    // A static site: anything but reading it (POST, PUT, DELETE, OPTIONS, TRACE...) is refused.
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain" }).end("method not allowed");
      return;
    }
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    } catch {
      // A malformed URL (`/%E0%A4%A`) is the client's error; the server keeps serving.
      res.writeHead(400, { "content-type": "text/plain" }).end("bad request");
      return;
    }
    if (path.startsWith(SUBPATH)) path = "/" + path.slice(SUBPATH.length);
    if (path.endsWith("/")) path += "index.html";
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir + sep)) {
      res.writeHead(403, { "content-type": "text/plain" }).end("forbidden");
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  createServer(handler()).listen(port, host, () => {
    console.log(`portin-validator demo: http://${host}:${port}/  (also at http://${host}:${port}${SUBPATH})`);
    console.log("Press Ctrl+C to stop.");
  });
}
