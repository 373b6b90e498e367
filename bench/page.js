// Runs in headless Chromium: the package as a browser loads it, and libphonenumber-js/min as
// bundled by esbuild (lpn.js, written by bench.mjs).
import init, * as pv from "./pkg/index.js";
import "./lpn.js";
import { measure, measureKinds, measureSchema } from "./cases.mjs";
import { listKinds } from "./data.mjs";

window.bench = async (data) => {
  await init();
  return measure(pv, globalThis.lpn, data);
};
window.kinds = async (n) => {
  await init();
  return measureKinds(pv, globalThis.lpn, listKinds(n), n);
};
window.schema = async (data) => {
  await init();
  return measureSchema(pv, data);
};
window.initTime = async () => {
  const t0 = performance.now();
  await init();
  return performance.now() - t0;
};
window.ready = true;
