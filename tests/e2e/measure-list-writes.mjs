// What a keystroke in the business name writes to the list's textarea and the elements that
// describe it (attributes, children, setCustomValidity calls), with 20,000 entries in the list,
// valid or half junk: a big textarea lays its text out again when its attributes or validity
// change. A quick check of built sites, not a test:
//   node tests/e2e/measure-list-writes.mjs DIST_A DIST_B ...
import { startServer, startBrowser } from "./harness.mjs";
const browser = await startBrowser();
for (const dir of process.argv.slice(2)) {
  const server = await startServer(dir);
  for (const junk of [false, true]) {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => document.querySelector("[data-pv-count]")?.textContent || document.querySelector(".pv-count")?.textContent, null, { timeout: 60000 }).catch(() => {});
    const r = await page.evaluate(async (junk) => {
      const list = document.querySelector("[name=listOfPhoneNumbers]");
      const lines = [];
      for (let i = 0; i < 20000; i++) lines.push(junk && i % 2 ? `note ${i}` : String(2010000000 + ((i * 7919) % 7000000) + 2000000));
      list.value = lines.join("\n");
      list.dispatchEvent(new Event("input", { bubbles: true }));
      await new Promise((r) => setTimeout(r, 3000));
      const name = document.querySelector("[name='subscriber.businessName']");
      const muts = [];
      const obs = new MutationObserver((ms) => { for (const m of ms) { const t = m.target.nodeType === 1 ? m.target : m.target.parentElement; if (t === list || list.nextElementSibling?.contains(t) || (list.getAttribute("aria-describedby") || "").split(" ").some((id) => id && document.getElementById(id)?.contains(t))) muts.push(m.type + ":" + (m.attributeName || "") + "@" + (t.id || t.className || t.tagName)); } });
      obs.observe(document.body, { attributes: true, childList: true, subtree: true, characterData: true });
      // custom validity write detection
      let cv = 0; const orig = list.setCustomValidity.bind(list); list.setCustomValidity = (m) => { cv++; orig(m); };
      const frames = [];
      for (let k = 0; k < 11; k++) {
        name.value += "a";
        const t0 = performance.now();
        name.dispatchEvent(new Event("input", { bubbles: true }));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        frames.push(performance.now() - t0);
      }
      await new Promise((r) => setTimeout(r, 0));
      obs.disconnect();
      frames.sort((a, b) => a - b);
      return { mutations: muts.length, sample: [...new Set(muts)].slice(0, 8), setCustomValidity: cv, frameMedian: frames[5].toFixed(1), invalid: list.getAttribute("aria-invalid") };
    }, junk);
    console.log(dir, junk ? "20,000 half junk" : "20,000 valid", JSON.stringify(r));
    await page.close();
  }
  await server.close();
}
await browser.close();
