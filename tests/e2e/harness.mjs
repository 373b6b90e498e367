// Shared by the browser tests: the dist/ server on a free port, and Debian's chromium.
import { createServer } from "node:http";
import { chromium } from "playwright-core";
import { handler } from "../../scripts/serve.mjs";

/** Serves `dir` (default: the built dist/) as `npm start` does. */
export async function startServer(dir) {
  const server = createServer(handler(dir));
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(r)) };
}

export const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

export function startBrowser() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
}
