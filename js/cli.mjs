#!/usr/bin/env node
// portin-validator's command line: checks order files (JSON or XML) and prints what is wrong.
// Copied into the package as cli.mjs by scripts/build.mjs; the package's `bin`. Node 20, no
// dependencies. Reads the files it is given and writes to standard output and error only.
//
// Exit status: 0 no file has an error; 1 some file has one (a file that is not valid JSON or XML
// counts: it was read); 2 a file cannot be read or the arguments are wrong (wins over 1).
import { readFileSync } from "node:fs";
import * as pv from "./node.js";

const USAGE = `Usage: portin-validator check FILE... [options]
       portin-validator supp --original SAVED EDITED [options]

check: checks port-in orders and LSRs: each FILE holds one order, as JSON (an
object) or as the provider's XML (<LnpOrder>, <LnpOrderSupp>,
<LnpOrderResponse>). An <LnpOrderSupp> is a change to the order given with
--original. "-" reads standard input.

supp: prints the <LnpOrderSupp> to PUT that changes SAVED (a GET of the order)
into EDITED: what changed and what must go with it. Its issues, and the
check of the change against SAVED, go to standard error.

Options:
  --today YYYY-MM-DD   the current date in US Eastern time (default: the clock)
  --now ISO            the current instant, e.g. 2026-11-23T15:00:00Z
                       (--today and --now exclude each other)
  --options FILE       a JSON file with ValidateOptions; --today, --now and
                       --original win over the same options in it
  --original FILE      the order as last saved (JSON or XML): turns on the
                       editing rules
  --kind portIn|lsr    the kind of order, for files that do not give one
  --json               print one JSON array of { file, report } instead of text
  -h, --help           print this help
  --version            print the version

Output: one line per issue, "FILE: path: severity code: message", then
"N files, E errors, W warnings" (supp: on standard error, after the body).

Exit status: 0 when no file has an error, 1 when some file has one (including
a file that is not valid JSON or XML; supp: when the change is refused), 2 when
a file cannot be read or the arguments are wrong.
`;

const HINT = `Run "portin-validator --help" for the usage.`;

/** A wrong argument: exit 2 with the message and the usage hint, before any file is read. */
class UsageError extends Error {}

const VALUE_FLAGS = ["--today", "--now", "--options", "--original", "--kind"];
const KINDS = ["portIn", "lsr"];
const NO_ISSUES = () => ({ count: 0, valid: 0, invalid: 0, duplicates: 0, tollFree: 0 });

/** The command line as { help, version, files, flags }; throws UsageError when it is wrong. */
function parseArgs(argv) {
  if (argv.includes("-h") || argv.includes("--help") || argv[0] === "help") return { help: true };
  if (argv.length === 1 && argv[0] === "--version") return { version: true };
  if (argv.length === 0) throw new UsageError("no command given: the command is `check FILE...`");
  const [command, ...rest] = argv;
  if (command !== "check" && command !== "supp") {
    throw new UsageError(command.startsWith("-") && command !== "-"
      ? `\`${command}\` before the command: the command is \`check FILE...\` or \`supp\``
      : `unknown command \`${command}\`: the command is \`check FILE...\` or \`supp --original SAVED EDITED\``);
  }
  const files = [];
  const flags = {};
  let onlyFiles = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (onlyFiles || arg === "-" || !arg.startsWith("-")) {
      files.push(arg);
      continue;
    }
    if (arg === "--") {
      onlyFiles = true;
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    if (name === "--json") {
      if (eq > 0) throw new UsageError("--json takes no value");
      flags.json = true;
      continue;
    }
    if (name === "--version") throw new UsageError("--version goes alone: `portin-validator --version`");
    if (!VALUE_FLAGS.includes(name)) throw new UsageError(`unknown option \`${arg}\``);
    let value;
    if (eq > 0) value = arg.slice(eq + 1);
    else if (i + 1 < rest.length && (rest[i + 1] === "-" || !rest[i + 1].startsWith("-"))) value = rest[++i];
    else throw new UsageError(`${name} needs a value`);
    const key = name.slice(2);
    if (key in flags) throw new UsageError(`${name} is given twice`);
    if (value === "") throw new UsageError(`${name} needs a value`);
    flags[key] = value;
  }
  if (command === "supp" && (flags.original === undefined || files.length !== 1)) {
    throw new UsageError("supp takes the saved order with --original and one edited order: `supp --original SAVED EDITED`");
  }
  if (files.length === 0) throw new UsageError("no FILE to check: give one or more files, or - for standard input");
  if (flags.today !== undefined && flags.now !== undefined) throw new UsageError("--today and --now exclude each other: give one");
  if (flags.today !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(flags.today) || pv.earliestRequestedDate({ today: flags.today }).minimum === "") {
      throw new UsageError(`--today ${flags.today} is not a date written YYYY-MM-DD`);
    }
  }
  if (flags.now !== undefined && pv.earliestRequestedDate({ now: flags.now }).minimum === "") {
    throw new UsageError(`--now ${flags.now} is not an ISO-8601 instant with an offset, e.g. 2026-11-23T15:00:00Z`);
  }
  if (flags.kind !== undefined && !KINDS.includes(flags.kind)) {
    throw new UsageError(`--kind ${flags.kind}: the kind is portIn or lsr`);
  }
  const stdinUses = files.filter((f) => f === "-").length + (flags.options === "-") + (flags.original === "-");
  if (stdinUses > 1) throw new UsageError("- (standard input) can be read only once");
  return { command, files, flags };
}

/** The text of a file (`-`: standard input), without a byte order mark; throws a plain Error saying why it cannot be read. */
function readText(file) {
  let bytes;
  try {
    bytes = readFileSync(file === "-" ? 0 : file);
  } catch (e) {
    const why = {
      ENOENT: "no such file",
      EISDIR: "it is a directory",
      EACCES: "permission denied",
      EPERM: "permission denied",
    }[e.code] ?? e.message;
    throw new Error(`cannot read ${file === "-" ? "standard input" : file}: ${why}`);
  }
  let text = bytes.toString("utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}

/** The 1-based line and column of a character index. */
function lineColumn(text, index) {
  let line = 1;
  let start = 0;
  for (let i = 0; i < index && i < text.length; i++) {
    if (text[i] === "\n") {
      line++;
      start = i + 1;
    }
  }
  return `line ${line}, column ${Math.min(index, text.length) - start + 1}`;
}

/**
 * Where JSON.parse failed and what was expected there (its own messages differ between Node
 * versions and some have no position): a small scanner, iterative so that deep nesting costs no
 * stack. `null` when it finds nothing wrong.
 */
function jsonSyntaxError(s) {
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const stack = [];
  let i = 0;
  let state = "value";
  const skipSpace = () => {
    while (i < s.length && " \t\n\r".includes(s[i])) i++;
  };
  /** A string at s[i] === '"'; false with i at the fault. */
  const string = () => {
    for (i++; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        i++;
        if (s[i] === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(s.slice(i + 1, i + 5))) return false;
          i += 4;
        } else if (!"\"\\/bfnrt".includes(s[i] ?? "x")) return false;
      }
    }
    return false;
  };
  const fail = (expected) => ({ index: i, expected });
  for (;;) {
    skipSpace();
    if (state === "value") {
      const c = s[i];
      if (c === "{" || c === "[") {
        i++;
        skipSpace();
        if (s[i] === (c === "{" ? "}" : "]")) {
          i++;
          state = "after";
        } else {
          stack.push(c);
          state = c === "{" ? "key" : "value";
        }
      } else if (c === '"') {
        if (!string()) return fail(i >= s.length ? "the closing quote of a string" : "a valid character or escape in a string");
        state = "after";
      } else if (["true", "false", "null"].some((w) => s.startsWith(w, i))) {
        i += s.startsWith("false", i) ? 5 : 4;
        state = "after";
      } else {
        NUMBER.lastIndex = i;
        if (c === undefined || !NUMBER.test(s)) return fail("a value (an object, array, string, number, true, false or null)");
        i = NUMBER.lastIndex;
        state = "after";
      }
    } else if (state === "key") {
      if (s[i] !== '"') return fail("a property name in double quotes");
      if (!string()) return fail(i >= s.length ? "the closing quote of a string" : "a valid character or escape in a string");
      skipSpace();
      if (s[i] !== ":") return fail("':' after the property name");
      i++;
      state = "value";
    } else if (stack.length === 0) {
      return i < s.length ? fail("nothing more after the value") : null;
    } else {
      const close = stack.at(-1) === "{" ? "}" : "]";
      if (s[i] === ",") {
        i++;
        state = close === "}" ? "key" : "value";
      } else if (s[i] === close) {
        i++;
        stack.pop();
      } else {
        return fail(`',' or '${close}'`);
      }
    }
  }
}

/** Why a text is not JSON, one sentence with the line and column. */
function jsonError(text) {
  if (text.trim() === "") return "The file is empty: expected an order as a JSON object or as XML.";
  const fault = jsonSyntaxError(text) ?? { index: text.length, expected: "valid JSON" };
  const found = fault.index >= text.length ? "the end of the file" : JSON.stringify(String.fromCodePoint(text.codePointAt(fault.index)));
  return `Not valid JSON at ${lineColumn(text, fault.index)}: expected ${fault.expected}, found ${found}.`;
}

/** The root element's name of XML text (past its declaration and comments), e.g. "LnpOrderSupp". */
function xmlRoot(text) {
  const head = text.slice(0, 65536).replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, "");
  return /<\s*(?:[\w.-]+:)?([\w.-]+)/.exec(head)?.[1];
}

/**
 * What a file holds: `{ order }` (a parsed JSON value, or the canonical order read from XML),
 * plus `issues` the reading found and `supp` when it is a supplement (`<LnpOrderSupp>`: a change
 * to the saved order); or `{ report }` when there is nothing to validate.
 */
function readOrderText(text) {
  if (/^\s*</.test(text)) {
    // XML: the package's reader when it has one; else validateOrder says what it makes of the text.
    if (typeof pv.readOrder !== "function") return { order: text, issues: [] };
    const read = pv.readOrder(text);
    const issues = Array.isArray(read?.issues) ? read.issues : [];
    const order = read?.order;
    const empty = !order || typeof order !== "object" || Object.keys(order).length === 0;
    if (empty && issues.some((i) => i.severity === "error")) {
      return { report: { ok: false, issues, tns: NO_ISSUES() } };
    }
    return { order, issues, supp: xmlRoot(text) === "LnpOrderSupp" };
  }
  try {
    return { order: JSON.parse(text), issues: [] };
  } catch {
    const issue = { path: [], code: "input.unreadable", severity: "error", message: jsonError(text) };
    return { report: { ok: false, issues: [issue], tns: NO_ISSUES() } };
  }
}

/** Whether an object names its kind, in any casing (`kind`, `Kind`, `KIND`). */
const hasKind = (order) => Object.keys(order).some((k) => k.replaceAll("_", "").toLowerCase() === "kind");

/** The order with `kind` set when it gives none (only plain objects: other values are validateOrder's to report). */
function withKind(order, kind) {
  if (kind === undefined || !order || typeof order !== "object" || Array.isArray(order) || hasKind(order)) return order;
  return { ...order, kind };
}

/** The ValidateOptions the flags make; throws UsageError when the options or the original cannot be used. */
function buildOptions(flags) {
  let options = {};
  if (flags.options !== undefined) {
    const name = flags.options === "-" ? "standard input" : flags.options;
    let text;
    try {
      text = readText(flags.options);
    } catch (e) {
      throw new UsageError(`--options: ${e.message}`);
    }
    try {
      options = JSON.parse(text);
    } catch {
      throw new UsageError(`--options ${name}: ${jsonError(text)}`);
    }
    if (!options || typeof options !== "object" || Array.isArray(options)) {
      throw new UsageError(`--options ${name}: must hold a JSON object of ValidateOptions`);
    }
  }
  // A flag wins over the file; --today and --now replace both of the file's.
  if (flags.today !== undefined) {
    delete options.now;
    options.today = flags.today;
  }
  if (flags.now !== undefined) {
    delete options.today;
    options.now = flags.now;
  }
  if (flags.original !== undefined) {
    const name = flags.original === "-" ? "standard input" : flags.original;
    let text;
    try {
      text = readText(flags.original);
    } catch (e) {
      throw new UsageError(`--original: ${e.message}`);
    }
    const read = readOrderText(text);
    const problem = (read.report?.issues ?? read.issues).find((i) => i.severity === "error");
    if (read.report || problem) throw new UsageError(`--original ${name}: ${problem.message}`);
    options.original = withKind(read.order, flags.kind);
  }
  // Options the core cannot use are wrong arguments, not problems of the files.
  const bad = pv.validateOrder({}, options).issues.filter((i) => i.code === "options.invalid");
  if (bad.length) {
    throw new UsageError(bad.map((i) => i.message).join(" "));
  }
  return options;
}

/** `listOfPhoneNumbers[3]`, `subscriber.serviceAddress.zip`, `(order)` for the whole order. */
function formatPath(path) {
  if (!Array.isArray(path) || path.length === 0) return "(order)";
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += (out ? "." : "") + part;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

function main(argv) {
  let args;
  let options;
  try {
    args = parseArgs(argv);
    if (args.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    if (args.version) {
      const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));
      process.stdout.write(`${version}\n`);
      return 0;
    }
    options = buildOptions(args.flags);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`portin-validator: ${e.message}\n${HINT}\n`);
    return 2;
  }

  const { files, flags } = args;
  if (args.command === "supp") return supp(files[0], flags, options);
  const results = [];
  let unreadable = 0;
  for (const file of files) {
    let text;
    try {
      text = readText(file);
    } catch (e) {
      process.stderr.write(`portin-validator: ${e.message}\n`);
      unreadable++;
      continue;
    }
    const read = readOrderText(text);
    let report = read.report;
    if (!report) {
      report = pv.validateOrder(withKind(read.order, flags.kind), read.supp ? { ...options, supp: true } : options);
      if (read.issues.length) {
        report = { ...report, ok: report.ok && !read.issues.some((i) => i.severity === "error"), issues: [...read.issues, ...report.issues] };
      }
    }
    results.push({ file, report });
  }

  const issues = results.flatMap((r) => r.report.issues);
  const errors = issues.filter((i) => i.severity === "error").length;
  const warnings = issues.filter((i) => i.severity === "warning").length;
  if (flags.json) {
    process.stdout.write(JSON.stringify(results, null, 2) + "\n");
  } else {
    const lines = [];
    for (const { file, report } of results) {
      for (const i of report.issues) lines.push(`${file}: ${formatPath(i.path)}: ${i.severity} ${i.code}: ${i.message}`);
    }
    const summary = `${plural(results.length, "file")}, ${plural(errors, "error")}, ${plural(warnings, "warning")}`;
    lines.push(unreadable ? `${summary} (${plural(unreadable, "file")} could not be read)` : summary);
    process.stdout.write(lines.join("\n") + "\n");
  }
  if (unreadable) return 2;
  return results.some((r) => !r.report.ok) ? 1 : 0;
}

/** `supp --original SAVED EDITED`: the body on standard output, what it says on standard error. */
function supp(file, flags, options) {
  let text;
  try {
    text = readText(file);
  } catch (e) {
    process.stderr.write(`portin-validator: ${e.message}\n`);
    return 2;
  }
  const read = readOrderText(text);
  const issues = read.report?.issues ?? [...read.issues];
  let body = { xml: "", issues: [], changed: [] };
  let report = { ok: false, issues: [] };
  if (!read.report) {
    // EDITED may itself be a supplement: then the edited order is the saved one with it applied.
    const edited = read.supp ? pv.applySupp(options.original, read.order).order : withKind(read.order, flags.kind);
    body = pv.toLnpOrderXml(edited, { supp: true, original: options.original });
    // The change as the provider will take it: the body against the saved order.
    if (body.xml) report = pv.validateOrder(body.xml, options);
  }
  const all = [...issues, ...body.issues, ...report.issues];
  if (flags.json) {
    process.stdout.write(JSON.stringify({ file, xml: body.xml, changed: body.changed ?? [], issues: [...issues, ...body.issues], report }, null, 2) + "\n");
  } else {
    process.stdout.write(body.xml);
    const lines = all.map((i) => `${file}: ${formatPath(i.path)}: ${i.severity} ${i.code}: ${i.message}`);
    const count = (s) => all.filter((i) => i.severity === s).length;
    const changed = body.changed?.length ? `changes ${body.changed.join(", ")}` : "changes nothing";
    lines.push(`${changed}; ${plural(count("error"), "error")}, ${plural(count("warning"), "warning")}`);
    process.stderr.write(lines.join("\n") + "\n");
  }
  return body.xml && report.ok && !all.some((i) => i.severity === "error") ? 0 : 1;
}

// A reader that stops early (`| head`) closes the pipe: not an error of ours, and no stack trace.
process.stdout.on("error", (e) => {
  if (e.code !== "EPIPE") throw e;
  process.exit(process.exitCode ?? 0);
});

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  // Not the user's fault: say so, without a stack trace, and exit as for a file that cannot be checked.
  process.stderr.write(`portin-validator: internal error: ${e?.message ?? e}\nPlease report it, with the command that caused it.\n`);
  process.exitCode = 2;
}
