// portin-validator: the package's entry for browsers and bundlers (Node's entry, node.js,
// builds on it). A thin layer over the wasm-bindgen glue:
// - `init()` once (idempotent); a call before it throws an Error that says so;
// - if the module ever traps (out of memory, say), it is restarted on a fresh instance from the
//   module already compiled, the call is tried once more, and every attached form carries on
//   with what the person typed, and says so;
// - a call made while another reads the caller's values (from a getter, a Proxy trap, toString or
//   valueOf) is refused at once with an Error, so that calls never nest into a stack overflow and
//   no restart ever happens under a running call.
import * as glue from "./glue.js";

let ready = false;
let loading;
/** The compiled WebAssembly.Module, kept to restart from after a trap. */
let compiled;
/** Forms attached through this entry, re-attached after a restart. */
const forms = new Set();
/** Handles of trapped instances: kept reachable, so that their finalizers never run against a new instance. */
const graveyard = [];
/** The registered rejection codes in effect, one plain copy per code (ASCII case ignored, as the
 * module matches them), replayed into a restarted module. At most the module's 10,000. */
const registered = new Map();
/** The call reading the caller's values now, if any: no other call may start until it returns. */
let reading;
/** Calls into the module on the stack: a form's report listener may call in again. */
let depth = 0;
/** Deeper than this, a call is refused rather than run toward a stack overflow. */
const MAX_DEPTH = 16;
/** A call nested in another trapped: the module restarts once the outermost call returns. */
let stopped = false;

function notReady() {
  return new Error("portin-validator: call `await init()` once before the first call (in Node, import the package normally and no init() is needed).");
}

async function compile(source) {
  if (source instanceof WebAssembly.Module) return source;
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) return WebAssembly.compile(source);
  const response = source instanceof Response ? source : await fetch(source ?? new URL("./glue_bg.wasm", import.meta.url));
  if (typeof WebAssembly.compileStreaming === "function" && response.headers.get("content-type") === "application/wasm") {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

/** Loads and instantiates the WebAssembly module; idempotent (concurrent calls share one load). */
export default function init(moduleOrPath) {
  if (ready) return Promise.resolve();
  loading ??= compile(moduleOrPath).then(
    (module) => {
      // Compiled asynchronously above; instantiating a compiled module is quick, and going
      // through the glue's initSync (as a restart does) leaves its async loader out of the
      // bundle (-420 bytes gzip).
      glue.initSync({ module });
      compiled = module;
      ready = true;
    },
    (error) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Instantiates the module synchronously from its bytes or a compiled WebAssembly.Module. */
export function initSync(module) {
  if (ready) return;
  compiled = module instanceof WebAssembly.Module ? module : new WebAssembly.Module(module);
  glue.initSync({ module: compiled });
  ready = true;
}

/** A fresh instance after a trap; attached forms follow. */
function restart() {
  glue.__portinReset();
  glue.initSync({ module: compiled });
  if (registered.size) {
    try {
      glue.registerRejectionCodes([...registered.values()]);
    } catch {
      // Entries that trap the module are not replayed.
      registered.clear();
    }
  }
  for (const form of forms) form.reattach();
}

/**
 * Runs `f` as a call into the module named `name`. Refused with an Error while another call
 * reads the caller's values (`reading`), or when calls nest too deep; `reads` marks a call
 * that reads them itself. A restart owed by a nested trap happens when the outermost call returns.
 */
function enter(name, f, reads) {
  if (!ready) throw notReady();
  if (reading || depth >= MAX_DEPTH) {
    throw new Error(`portin-validator: ${name} was called while ${reading ?? `${MAX_DEPTH} other calls`} still ran (from a getter, a Proxy trap, toString or valueOf of a value it was reading): calls cannot nest.`);
  }
  if (stopped) throw stoppedError();
  if (reads) reading = name;
  depth++;
  try {
    return f();
  } catch (error) {
    // Trapped under a running call (a form's listener called in): the restart waits for it.
    if (depth > 1 && error instanceof WebAssembly.RuntimeError) {
      stopped = true;
      throw stoppedError(error);
    }
    throw error;
  } finally {
    depth--;
    if (reads) reading = undefined;
    if (stopped && depth === 0) {
      stopped = false;
      restart();
    }
  }
}

function stoppedError(cause) {
  return new Error("portin-validator: the module stopped; it restarts once the running call returns.", { cause });
}

/** Calls into the module (an API function reads the caller's values: `reads`); after a trap,
 * restarts the module and tries once more. */
function call(name, f, args, retry = true, reads = true) {
  const run = () => enter(name, () => f(...args), reads);
  try {
    return run();
  } catch (error) {
    if (!(error instanceof WebAssembly.RuntimeError)) throw error;
    restart();
    if (!retry) throw new Error("portin-validator: the module stopped and was restarted.", { cause: error });
    try {
      return run();
    } catch (again) {
      if (again instanceof WebAssembly.RuntimeError) restart();
      throw new Error("portin-validator: the module stopped twice on this call and was restarted; the input may be too large.", { cause: again });
    }
  }
}

/** The form events the helper handles. */
const EVENTS = ["input", "change", "click", "submit", "reset"];
const SUMMARY = "[data-pv-summary]";

/** `attachForm`: the form helper of the module, with its events forwarded from here, so that a
 * restart only swaps the handle underneath. */
class AttachedForm {
  #form;
  #options;
  #handle;
  #summary;
  #notice;
  #forward = (event) => {
    if (this.#handle) call(`the form's ${event.type} listener`, () => this.#handle.handleEvent(event), [], true, false);
  };

  constructor(form, options) {
    this.#form = form;
    this.#options = options;
    this.#attach();
    for (const type of EVENTS) form.addEventListener(type, this.#forward);
    // The form's summary, else the page's outside every form (as the module finds it).
    this.#summary = form.querySelector(SUMMARY) ?? form.ownerDocument.querySelector(SUMMARY + ":not(form *)");
    if (this.#summary && !form.contains(this.#summary)) this.#summary.addEventListener("click", this.#forward);
    forms.add(this);
  }

  /** A new handle: the options are read (so nothing may call in meanwhile), then the form is
   * validated as after a keystroke, whose report listeners may call in. */
  #attach() {
    this.#handle = enter("attachForm", () => glue.attachForm(this.#form, this.#options), true);
    enter("attachForm", () => this.#handle.handleEvent(new Event("input")));
  }

  /** Validates now, marks every control with an issue, returns the report. */
  validate() {
    return this.#handle && call("validate", () => this.#handle.validate(), [], true, false);
  }

  /** The order the form holds now. */
  order() {
    return this.#handle && call("order", () => this.#handle.order(), [], true, false);
  }

  /** Removes every listener and every mark. */
  detach() {
    for (const type of EVENTS) this.#form.removeEventListener(type, this.#forward);
    this.#summary?.removeEventListener("click", this.#forward);
    forms.delete(this);
    this.#notice?.remove();
    const handle = this.#handle;
    this.#handle = undefined;
    try {
      enter("detach", () => {
        handle?.detach();
        // Freed now, in the instance it belongs to: a finalizer running after a restart would
        // free it in the new one.
        handle?.free();
      });
    } catch (error) {
      if (!(error instanceof WebAssembly.RuntimeError)) throw error;
      graveyard.push(handle);
      restart();
      clearMarks(this.#form);
    }
  }

  /** After a restart: the old handle's marks are cleared from the page (its state died with its
   * instance), a new handle takes over, and the person is told. Typed values are never touched. */
  reattach() {
    graveyard.push(this.#handle);
    // Until the new handle exists (its first report is dispatched while it is being made), this
    // form answers nothing rather than hand the old handle to the new instance.
    this.#handle = undefined;
    clearMarks(this.#form);
    this.#attach();
    if (!this.#notice?.isConnected) {
      this.#notice = this.#form.ownerDocument.createElement("p");
      this.#notice.className = "pv-restarted";
      this.#notice.setAttribute("role", "alert");
      this.#notice.textContent = "The checker stopped on an internal error and has restarted. Everything you typed is still here; it is checked again.";
      this.#form.prepend(this.#notice);
    }
    enter("attachForm", () => this.#handle.validate());
  }
}

/** Removes what the form helper adds to a page, found on the page itself (the module names the
 * marks, so it clears them: a rename there cannot leave marks behind here). */
function clearMarks(form) {
  glue.clearFormMarks(form);
}

/**
 * Adds or overrides rejection codes. The module reads plain copies of the entries (taken here,
 * each read once), and the copies it accepts are remembered per code, so that a restarted module
 * has them too: a later entry for a code replaces the earlier, as in the module. An entry that
 * cannot be copied (a getter that throws) is read by the module itself, which says what is wrong.
 */
export function registerRejectionCodes(entries) {
  return call("registerRejectionCodes", () => {
    const copies = new Set();
    const list = copyEntries(entries, copies);
    const result = glue.registerRejectionCodes(list ?? entries);
    const refused = new Set(result.issues.map((issue) => issue.path[0]));
    list?.forEach((entry, i) => {
      if (copies.has(entry) && !refused.has(i)) {
        registered.set(String(entry.code).trim().toLowerCase(), entry);
      }
    });
    return result;
  }, []);
}

/** The list with each plain entry's fields the module reads copied (the copies added to
 * `copies`); any other entry, or one whose reading throws, stays as given. `undefined` when
 * `entries` is not an array of at most 10,000 entries (the module says what is wrong). */
function copyEntries(entries, copies) {
  try {
    if (!Array.isArray(entries) || entries.length > 10000) return;
    return Array.from(entries, (e) => {
      try {
        if (Object.getPrototypeOf(e) !== Object.prototype) return e;
        const { code, family, title, meaning, action, fields } = e;
        // Past 50 fields the module refuses the entry: 51 tell it so.
        const copy = { code, family, title, meaning, action, fields: Array.isArray(fields) ? fields.slice(0, 51) : fields };
        copies.add(copy);
        return copy;
      } catch {
        return e;
      }
    });
  } catch {
    // A Proxy of a list whose traps throw.
  }
}

export function attachForm(form, options) {
  if (!ready) throw notReady();
  return new AttachedForm(form, options);
}

const LIST = "listOfPhoneNumbers";
/** A list entry's issue as a Standard Schema issue: on the list field itself (a form library
 * marks the field, not an entry of it; the line is in the message). Made once per issue object:
 * the list's issue objects come back the same while the list does not change. */
const atList = new WeakMap();
function standardIssue(issue) {
  if (issue.path[0] !== LIST || issue.path.length < 2) return issue;
  let moved = atList.get(issue);
  if (!moved) atList.set(issue, (moved = { ...issue, path: [LIST] }));
  return moved;
}

/** `orderSchema(options?)`: a Standard Schema (standardschema.dev, v1) of the port-in order for
 * form libraries and servers. `validate` is synchronous and fails with the errors only; the whole
 * report of the last call (warnings and infos too) is `lastReport`. The TN list's work is kept
 * between calls, as `attachForm` keeps it. Made before `init()`; validates after it. */
export function orderSchema(options) {
  const schema = {
    lastReport: undefined,
    "~standard": {
      version: 1,
      vendor: "portin-validator",
      validate(value) {
        const report = (schema.lastReport = call("orderSchema validate", glue.validateOrderLive, [value, options]));
        return report.ok ? { value } : { issues: report.issues.filter((i) => i.severity === "error").map(standardIssue) };
      },
      jsonSchema: { input: orderJsonSchema, output: orderJsonSchema },
    },
  };
  return schema;
}

/** The JSON Schema dialects `jsonSchema` writes; the keywords it uses mean the same in each. */
const DIALECTS = {
  "draft-2020-12": "https://json-schema.org/draft/2020-12/schema",
  "draft-07": "http://json-schema.org/draft-07/schema#",
  "openapi-3.0": undefined,
};

/** The canonical order's JSON Schema for `target`, written from the core's specimen order (every
 * field of its table, with a value of its kind; a closed set of names as "A|B") and the reader's
 * limits: shapes, enums and lengths. The rules stay in `validate`. */
function orderJsonSchema({ target }) {
  if (!Object.hasOwn(DIALECTS, target)) throw new Error(`portin-validator: no JSON Schema for the target ${target}`);
  const { order, maxText, maxListText, maxEntries } = call("orderSchema jsonSchema", glue.orderShape, [], true, false);
  const text = (names) => (names ? { type: "string", enum: names.split("|") } : { type: "string", maxLength: maxText });
  const list = (items) => ({ type: "array", maxItems: maxEntries, items: text(items) });
  const node = (value, key) =>
    key === LIST ? { anyOf: [{ type: "string", maxLength: maxListText }, list()] }
    : Array.isArray(value) ? list(value[0])
    : typeof value === "string" ? text(value)
    : typeof value !== "object" ? { type: typeof value }
    : { type: "object", properties: Object.fromEntries(Object.entries(value).map(([k, v]) => [k, node(v, k)])) };
  return { ...(DIALECTS[target] && { $schema: DIALECTS[target] }), title: "Port-in order", ...node(order) };
}

/** RFC 9457 problem details of a report (a server's 422): each error with a JSON Pointer to its
 * field in a URI fragment (`#/subscriber/serviceAddress/zip`), as RFC 9457's own example has it.
 * The paths hold field names and indices only, which need no escaping. Something that is not a
 * report gives no errors rather than a throw. */
export function toProblemDetails(report) {
  let errors;
  try {
    errors = report.issues
      .filter((i) => i.severity === "error")
      .map(({ message, path, code, rule, params }) => {
        const error = { detail: message, pointer: "#" + path.map((key) => "/" + key).join(""), code, rule };
        return params ? { ...error, params } : error;
      });
  } catch {
    errors = [];
  }
  return { type: "about:blank", title: "Unprocessable Content", status: 422, detail: `The order has ${errors.length} error(s) to fix.`, errors };
}

// @generated: one wrapper per function of the glue
