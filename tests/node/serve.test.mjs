// scripts/serve.mjs (what `npm start` runs): a malformed URL is answered 400 and the server keeps
// serving; a path out of the served directory stays refused. On an ephemeral port of 127.0.0.1,
// serving a temporary directory (dist/ need not exist).
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer, request } from "node:http";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { handler } from "../../scripts/serve.mjs";

/** GET (or `method`) with the path sent verbatim (no URL parsing on this side), bounded by a timeout. */
function get(port, path, method = "GET") {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method, timeout: 5000 }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode, type: res.headers["content-type"], headers: res.headers, body }));
    });
    req.on("timeout", () => req.destroy(new Error(`timed out: ${path}`)));
    req.on("error", reject);
    req.end();
  });
}

test("serve.mjs: 400 for a malformed URL, then still serving; traversal refused", { timeout: 20000 }, async (t) => {
  const tmp = mkdtempSync(join(tmpdir(), "portin-serve-"));
  const site = join(tmp, "site");
  mkdirSync(site);
  writeFileSync(join(site, "index.html"), "<!doctype html><title>served</title>");
  writeFileSync(join(tmp, "secret.txt"), "outside the served directory");

  const server = createServer(handler(site));
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  t.after(async () => {
    server.closeAllConnections?.();
    await new Promise((resolve) => server.close(resolve));
    rmSync(tmp, { recursive: true, force: true });
  });
  const { port } = server.address();

  for (const bad of ["/%E0%A4%A", "/%", "/tools/portin/%ZZ"]) {
    const res = await get(port, bad);
    assert.equal(res.status, 400, bad);
    assert.match(res.type, /^text\/plain/, bad);
    assert.equal(res.body, "bad request", bad);
  }

  // Still serving after the bad requests.
  const index = await get(port, "/");
  assert.equal(index.status, 200);
  assert.match(index.type, /^text\/html/);
  assert.match(index.body, /served/);
  assert.equal((await get(port, "/tools/portin/")).status, 200, "the sub-path too");
  assert.equal((await get(port, "/missing.js")).status, 404);

  // Out of the directory: `..` in the raw path is resolved by the URL parser (to a path inside,
  // so not found); an encoded slash decodes to `../`, which is refused.
  assert.equal((await get(port, "/../secret.txt")).status, 404);
  for (const out of ["/..%2fsecret.txt", "/..%2F..%2Fetc%2Fpasswd", "/%2e%2e%2fsecret.txt"]) {
    const res = await get(port, out);
    assert.equal(res.status, 403, out);
    assert.doesNotMatch(res.body, /outside the served directory/, out);
  }
});

test("serve.mjs: only GET and HEAD; every answer, errors included, forbids framing and sniffing", { timeout: 20000 }, async (t) => {
  const tmp = mkdtempSync(join(tmpdir(), "portin-serve-"));
  writeFileSync(join(tmp, "index.html"), "<!doctype html><title>served</title>");
  const server = createServer(handler(tmp));
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  t.after(async () => {
    server.closeAllConnections?.();
    await new Promise((resolve) => server.close(resolve));
    rmSync(tmp, { recursive: true, force: true });
  });
  const { port } = server.address();
  for (const method of ["POST", "PUT", "DELETE", "OPTIONS", "TRACE", "PATCH"]) {
    const res = await get(port, "/", method);
    assert.equal(res.status, 405, method);
    assert.equal(res.headers.allow, "GET, HEAD", method);
    assert.doesNotMatch(res.body, /served/, `${method}: not the page`);
  }
  const head = await get(port, "/", "HEAD");
  assert.equal(head.status, 200);
  assert.equal(head.body, "");
  for (const [path, method, status] of [["/", "GET", 200], ["/", "HEAD", 200], ["/missing.js", "GET", 404], ["/%", "GET", 400], ["/..%2fx", "GET", 403], ["/", "POST", 405]]) {
    const { headers } = await get(port, path, method);
    const what = `${method} ${path} (${status})`;
    assert.match(headers["content-security-policy"], /(^|; )frame-ancestors 'none'($|;)/, what);
    assert.equal(headers["x-frame-options"], "DENY", what);
    assert.equal(headers["x-content-type-options"], "nosniff", what);
  }
});
