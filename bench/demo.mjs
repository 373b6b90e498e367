// The demo page (dist/, served as `npm start` serves it) in headless Chromium, as a person uses
// it: keystrokes in the business name with lists of each size in the TN list, big pastes, and
// memory over 10,000 keystrokes. Depends only on the control names (api.md), the form's
// `portin-validator:report` event and the package's public API, so that it measures whatever
// the page does with them. Never asserts a time; checks only that the page reports the counts
// the package gives for the same text.

/** Installed before the page's own scripts: records reports, keystroke and frame timings, and the
 * package's WebAssembly memory (by watching instantiation, whatever the glue looks like). */
function instrument() {
  const instances = [];
  const Instance = WebAssembly.Instance;
  function Watched(module, imports) {
    const instance = new Instance(module, imports);
    instances.push(instance);
    return instance;
  }
  Watched.prototype = Instance.prototype;
  WebAssembly.Instance = Watched;
  for (const name of ["instantiate", "instantiateStreaming"]) {
    const original = WebAssembly[name];
    if (!original) continue;
    WebAssembly[name] = async function (...args) {
      const result = await original.apply(this, args);
      instances.push(result instanceof Instance ? result : result.instance);
      return result;
    };
  }
  const memory = () => {
    const exports = instances.at(-1)?.exports ?? {};
    const m = Object.values(exports).find((x) => x instanceof WebAssembly.Memory);
    return m ? m.buffer.byteLength : null;
  };

  // The recent reports (a bounded list, so that recording them does not grow the heap measured).
  const reports = [];
  addEventListener("portin-validator:report", (e) => {
    reports.push({ t: performance.now(), count: e.detail?.tns?.count });
    if (reports.length > 200) reports.splice(0, 100);
  }, true);

  /** Resolves with the time (performance.now()) once the next frame is rendered: a task posted
   * from requestAnimationFrame runs after that frame. */
  const afterFrame = () => new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(null);
  }));

  // Frames: the gaps between animation frames while `frames.on`; the longest is the longest frame.
  const frames = { on: false, last: 0, gaps: [] };
  const tick = (t) => {
    if (!frames.on) return;
    frames.gaps.push({ end: t, gap: t - frames.last });
    frames.last = t;
    requestAnimationFrame(tick);
  };
  const startFrames = () => new Promise((resolve) => {
    frames.on = true;
    frames.gaps = [];
    requestAnimationFrame((t) => { frames.last = t; requestAnimationFrame(tick); resolve(); });
  });

  /** Waits until `n` frames in a row took under 50 ms (the work of the last change is done, or
   * at least no longer in the way), at most `maxMs`. */
  const quiet = async (n = 12, maxMs = 60_000) => {
    const t0 = performance.now();
    let calm = 0, last = await afterFrame();
    while (calm < n && performance.now() - t0 < maxMs) {
      const t = await afterFrame();
      calm = t - last < 50 ? calm + 1 : 0;
      last = t;
    }
  };

  // Keystrokes in the business name: the handler's time (from the input event reaching the
  // window, before the form's listeners, to its bubbling back there, after them) and the time to
  // the end of the next frame.
  const keys = [];
  let current;
  addEventListener("input", (e) => {
    if (e.target?.name === "subscriber.businessName" && e.isTrusted) current = { t0: performance.now() };
  }, true);
  addEventListener("input", (e) => {
    if (e.target?.name !== "subscriber.businessName" || !current) return;
    const k = current;
    current = undefined;
    k.handler = performance.now() - k.t0;
    afterFrame().then((t) => { k.frame = t - k.t0; keys.push(k); });
  });

  window.__bench = {
    reports, keys, memory, quiet, afterFrame,
    list: () => document.querySelector('[name="listOfPhoneNumbers"]'),
    /** Resolves with the time of the first report at or after `since` whose count is `count`. */
    report(count, since, maxMs = 120_000) {
      return new Promise((resolve, reject) => {
        const t0 = performance.now();
        const look = () => {
          const r = reports.find((x) => x.t >= since && x.count === count);
          if (r) resolve(r.t);
          else if (performance.now() - t0 > maxMs) reject(new Error(`no report with ${count} entries (last: ${reports.at(-1)?.count})`));
          else setTimeout(look, 5);
        };
        look();
      });
    },
    /** Puts `text` in the list as a paste would (a synthetic input event), and waits for the
     * page to report it and go quiet. */
    async setList(text, count) {
      const since = performance.now();
      const list = this.list();
      list.value = text;
      list.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
      await this.report(count, since);
      await quiet(30);
    },
    /** Until the page answers an input in the list with a report: the package is loaded and the
     * form attached. Each try changes the list (one number, written two ways), so that a page
     * that skips unchanged input still answers; the list then holds that one number. */
    async ready() {
      for (let i = 0; i < 600; i++) {
        const n = reports.length;
        const list = this.list();
        if (list) {
          list.value = i % 2 ? "919-246-0142" : "9192460142";
          list.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText" }));
        }
        await new Promise((r) => setTimeout(r, 50));
        if (reports.length > n) return;
      }
      throw new Error("the demo page never reported");
    },
    /** A paste is coming: arms the timing of it, from its `paste` event to the end of the
     * frame after the report with `count` entries, watching the frames until quiet. Resolves once
     * armed; `pending` then resolves with the result. */
    async armPaste(count) {
      await startFrames();
      const pasted = new Promise((resolve) => addEventListener("paste", () => resolve(performance.now()), { capture: true, once: true }));
      this.pending = pasted.then(async (t0) => {
        const reported = await this.report(count, t0);
        const updated = await afterFrame();
        await quiet();
        frames.on = false;
        const during = frames.gaps.filter((g) => g.end > t0);
        const longest = Math.max(...during.map((g) => g.gap));
        const busy = during.filter((g) => g.gap >= 50).at(-1)?.end ?? updated;
        return { reportMs: reported - t0, updatedMs: updated - t0, longestMs: longest, busyMs: Math.max(busy, updated) - t0 };
      });
    },
    /** `n` keystrokes in the business name, dispatched here (synthetic input events; each a
     * different value), yielding to the page's timers and frames every `every`. */
    async type(n, every = 100) {
      const field = document.querySelector('[name="subscriber.businessName"]');
      const base = field.value;
      for (let i = 0; i < n; i++) {
        field.value = base + String.fromCharCode(97 + (i % 26)) + String.fromCharCode(97 + (Math.floor(i / 26) % 26));
        field.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText", data: "x" }));
        if (i % every === every - 1) await afterFrame();
      }
      await quiet(4);
    },
  };
}

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const median = (xs) => percentile(xs, 50);

async function open(browser, url) {
  const context = await browser.newContext();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(url).origin });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.addInitScript(instrument);
  await page.goto(url);
  await page.evaluate(() => window.__bench.ready());
  return { page, context, errors };
}

/** Typing in the business name with `text` (`count` entries) in the list: `keys` keystrokes
 * (after up to 3 not counted, while the engine warms up), each awaited to the end of its next
 * frame. When keystrokes take seconds, stops after `minKeys` once `maxMs` has passed (and warms
 * up with one). */
export async function keystrokes(browser, url, text, count, { keys = 31, minKeys = 5, maxMs = 20_000 } = {}) {
  const { page, context, errors } = await open(browser, url);
  try {
    await page.evaluate(([t, c]) => window.__bench.setList(t, c), [text, count]);
    await page.focus('[name="subscriber.businessName"]');
    const press = async (i) => {
      await page.keyboard.press(String.fromCharCode(97 + (i % 26)));
      await page.waitForFunction((n) => window.__bench.keys.length >= n, i + 1, { polling: 5 });
      return page.evaluate((n) => window.__bench.keys[n].frame, i);
    };
    const slow = (await press(0)) > 1000;
    const warm = slow ? 1 : 3;
    for (let i = 1; i < warm; i++) await press(i);
    const t0 = Date.now();
    for (let i = 0; i < keys && (i < minKeys || Date.now() - t0 < maxMs); i++) await press(warm + i);
    const measured = (await page.evaluate(() => window.__bench.keys)).slice(warm);
    // How much page there is to redraw: every element, whatever the markup.
    const elements = await page.evaluate(() => document.getElementsByTagName("*").length);
    if (errors.length) throw new Error(`the demo page threw: ${errors[0]}`);
    return {
      keys: measured.length,
      handlerMs: median(measured.map((k) => k.handler)),
      frameP95Ms: percentile(measured.map((k) => k.frame), 95),
      elements,
    };
  } finally {
    await context.close();
  }
}

/** A real paste (clipboard, Ctrl+V) of `text` (`count` entries) into the emptied list. */
export async function paste(browser, url, text, count) {
  const { page, context, errors } = await open(browser, url);
  try {
    await page.evaluate(([t, c]) => window.__bench.setList(t, c), ["", 0]);
    await page.focus('[name="listOfPhoneNumbers"]');
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await page.evaluate((c) => window.__bench.armPaste(c), count);
    await page.keyboard.press("Control+V");
    const r = await page.evaluate(() => window.__bench.pending);
    const pastedRight = await page.evaluate((t) => window.__bench.list().value === t, text);
    if (!pastedRight) throw new Error("the paste did not put the text in the list");
    if (errors.length) throw new Error(`the demo page threw: ${errors[0]}`);
    return r;
  } finally {
    await context.close();
  }
}

/** JS heap (after a full GC) and the package's WebAssembly memory after the first 100 and after
 * `total` keystrokes in the business name, with `text` in the list; stops early after `maxMs`. */
export async function memory(browser, url, text, count, { total = 10_000, maxMs = 90_000 } = {}) {
  const { page, context, errors } = await open(browser, url);
  try {
    const cdp = await context.newCDPSession(page);
    // The JS heap (V8's used size) and, for reference, Blink's (the DOM), after a full GC.
    const heap = async () => {
      await cdp.send("HeapProfiler.collectGarbage");
      const { usedSize, embedderHeapUsedSize } = await cdp.send("Runtime.getHeapUsage");
      return { js: usedSize, dom: embedderHeapUsedSize };
    };
    await page.evaluate(([t, c]) => window.__bench.setList(t, c), [text, count]);
    await page.evaluate(() => window.__bench.type(100));
    const first = { ...(await heap()), wasm: await page.evaluate(() => window.__bench.memory()) };
    const t0 = Date.now();
    let typed = 100;
    while (typed < total && Date.now() - t0 < maxMs) {
      const n = Math.min(500, total - typed);
      await page.evaluate((k) => window.__bench.type(k), n);
      typed += n;
    }
    const last = { ...(await heap()), wasm: await page.evaluate(() => window.__bench.memory()) };
    if (errors.length) throw new Error(`the demo page threw: ${errors[0]}`);
    return { typed, first, last, seconds: (Date.now() - t0) / 1000 };
  } finally {
    await context.close();
  }
}
