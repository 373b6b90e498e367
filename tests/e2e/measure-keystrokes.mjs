// Keystroke handler time on the demo page (docs/form.md): one synchronous input event in the
// business name with N entries in the list, valid or half junk; the time to the next frame too.
// A quick A/B of built sites, not a test: [SIZES=10,999] node tests/e2e/measure-keystrokes.mjs DIST_A DIST_B ...
import { startServer, startBrowser } from "./harness.mjs";
const dists = process.argv.slice(2);
const sizes = (process.env.SIZES ?? "10,999,5000,100000").split(",").map(Number);
const browser = await startBrowser();
const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
const rows = [];
for (const dir of dists) {
  const server = await startServer(dir);
  for (const n of sizes) for (const junk of [false, true]) {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => document.querySelector("[data-pv-count]")?.textContent || document.querySelector(".pv-count")?.textContent, null, { timeout: 60000 }).catch(() => {});
    const r = await page.evaluate(async ({ n, junk }) => {
      const list = document.querySelector("[name=listOfPhoneNumbers]");
      const lines = [];
      for (let i = 0; i < n; i++) {
        lines.push(junk && i % 2 ? `note ${i}` : String(2010000000 + ((i * 7919) % 7000000) + 2000000));
      }
      list.value = lines.join("\n");
      list.dispatchEvent(new Event("input", { bubbles: true }));
      await new Promise((r) => setTimeout(r, 1500));
      const name = document.querySelector("[name='subscriber.businessName']");
      const times = [], frames = [];
      for (let k = 0; k < 31; k++) {
        name.value += "a";
        const t0 = performance.now();
        name.dispatchEvent(new Event("input", { bubbles: true }));
        const t1 = performance.now();
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        times.push(t1 - t0); frames.push(performance.now() - t0);
      }
      const items = document.querySelectorAll("[data-pv-summary] li").length;
      return { times, frames, items };
    }, { n, junk });
    {
      const f = [...r.frames].sort((a, b) => a - b);
      rows.push({ dist: dir, n, junk, handlerMedian: +median(r.times).toFixed(2), frameP95: +f[Math.floor(f.length * 0.95)].toFixed(1), items: r.items });
    }
    console.log(JSON.stringify(rows.at(-1)));
    await page.close();
  }
  await server.close();
}
await browser.close();
