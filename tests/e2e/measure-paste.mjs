// Paste of N mixed lines into the demo page's list: time until the count shows the result, and
// the longest task (longtask observer) and frame meanwhile. A quick A/B of built sites, not a
// test: node tests/e2e/measure-paste.mjs DIST_A DIST_B ...
import { startServer, startBrowser } from "./harness.mjs";
const browser = await startBrowser();
for (const dir of process.argv.slice(2)) {
  const server = await startServer(dir);
  for (const n of [5000, 100000]) {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForSelector("#loading", { state: "detached" });
    const r = await page.evaluate(async (n) => {
      const lines = [];
      for (let i = 0; i < n; i++) lines.push(i % 5 === 4 ? "n/a" : i % 7 === 3 ? "555-0100" : String(2012000000 + i * 7));
      const text = lines.join("\n");
      const tasks = [];
      new PerformanceObserver((l) => { for (const e of l.getEntries()) tasks.push(e.duration); }).observe({ type: "longtask" });
      const frames = [];
      let last = performance.now(), on = true;
      const tick = (t) => { frames.push(t - last); last = t; if (on) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
      await new Promise((r) => setTimeout(r, 100));
      const list = document.querySelector("[name=listOfPhoneNumbers]");
      const count = document.getElementById("tn-count");
      const t0 = performance.now();
      list.value = text;
      list.dispatchEvent(new Event("input", { bubbles: true }));
      const handler = performance.now() - t0;
      while (list.hasAttribute("aria-busy") || !/valid/.test(count.textContent)) await new Promise((r) => setTimeout(r, 5));
      const done = performance.now() - t0;
      await new Promise((r) => setTimeout(r, 300));
      on = false;
      return { n, handler: +handler.toFixed(1), updated: +done.toFixed(1), longestTask: Math.max(0, ...tasks), longestFrame: +Math.max(...frames.slice(1)).toFixed(1) };
    }, n);
    console.log(JSON.stringify({ dir, ...r }));
    await page.close();
  }
  await server.close();
}
await browser.close();
