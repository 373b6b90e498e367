#!/usr/bin/env node
// portin-validator's command line: checks order files (JSON or XML) and prints what is wrong.
// Copied into the package as cli.mjs by scripts/build.mjs; the package's `bin`. Node 20, no
// dependencies. Reads the files it is given and writes to standard output and error only.
//
// Exit status: 0 no file has an error; 1 some file has one (a file that is not valid JSON or XML
// counts: it was read); 2 a file cannot be read, the arguments are wrong, or the output cannot be
// written (wins over 1).
//
// Under hostile input: every input (files, devices, FIFOs, standard input, --options,
// --original) is read up to MAX_BYTES plus one byte, so memory stays a small multiple of the
// limit; JSON deeper than MAX_DEPTH is refused before it is parsed; output is written as it is
// made, file by file and issue by issue (--json too), so it is never held whole; text output
// shows control characters escaped (\u001b), so no value or file name can drive the terminal.
import { closeSync, openSync, readFileSync, readSync, writeSync } from "node:fs";
import * as pv from "./node.js";

/** The most read from any input, in bytes: the API's limit for an order's text (8 MiB of XML),
 * for JSON too. One byte more is read to know an input is over it. */
const MAX_BYTES = 8 * 1024 * 1024;
/** The deepest nesting of JSON arrays and objects read: the API's limit for XML elements. An
 * order is four levels deep. */
const MAX_DEPTH = 32;

const USAGE = `Usage: portin-validator check FILE... [options]
       portin-validator supp --original SAVED EDITED [options]

check: checks port-in orders and LSRs: each FILE holds one order, as JSON (an
object) or as the provider's XML (<LnpOrder>, <LnpOrderSupp>,
<LnpOrderResponse>). An <LnpOrderSupp> is a change to the order given with
--original. "-" reads standard input.

supp: prints the <LnpOrderSupp> to PUT that changes SAVED (a GET of the order)
into EDITED (a whole order, or a supplement to apply to SAVED): what changed
and what must go with it. Its issues, and the check of the change against
SAVED, go to standard error.

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

Output: one line per issue, "FILE: path: severity code: message", written as
each file is checked, then "N files, E errors, W warnings, I infos". Control
characters in values and file names are shown escaped (\u001b). A provider's
response (<LnpOrderResponse>) also gets one line per code in its <Errors>,
explained. Each input is read up to 8 MiB; a FIFO is read as it is written.

Exit status: 0 when no file has an error, 1 when some file has one (including
a file that is not valid JSON or XML, or over 8 MiB; supp: when the change is
refused), 2 when a file cannot be read, the arguments are wrong, or the output
cannot be written.
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
    const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(flags.today);
    if (!day) throw new UsageError(`--today ${flags.today} is not a date written YYYY-MM-DD`);
    const [year, month, date] = day.slice(1).map(Number);
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (month < 1 || month > 12) throw new UsageError(`--today ${flags.today}: there is no month ${day[2]}`);
    if (date < 1 || date > days) {
      const name = new Date(Date.UTC(year, month - 1, 1)).toLocaleString("en-US", { month: "long", timeZone: "UTC" });
      throw new UsageError(`--today ${flags.today}: that day does not exist (${name} ${year} has ${days} days)`);
    }
    if (pv.earliestRequestedDate({ today: flags.today }).minimum === "") throw new UsageError(`--today ${flags.today} is not a date the checks can use`);
  }
  if (flags.now !== undefined) {
    if (/^\s*\d{4}-\d{2}-\d{2}\s*$/.test(flags.now)) {
      throw new UsageError(`--now ${flags.now} is a date without a time: give an instant such as ${flags.now.trim()}T15:00:00Z, or use --today ${flags.now.trim()}`);
    }
    if (pv.earliestRequestedDate({ now: flags.now }).minimum === "") {
      throw new UsageError(`--now ${flags.now} is not an ISO-8601 instant with an offset, e.g. 2026-11-23T15:00:00Z`);
    }
  }
  if (flags.kind !== undefined && !KINDS.includes(flags.kind)) {
    throw new UsageError(`--kind ${flags.kind}: the kind is portIn or lsr`);
  }
  const stdinUses = files.filter((f) => f === "-").length + (flags.options === "-") + (flags.original === "-");
  if (stdinUses > 1) throw new UsageError("- (standard input) can be read only once");
  return { command, files, flags };
}

/** Why a file cannot be opened or read, in words. */
function why(e) {
  return { ENOENT: "no such file", EISDIR: "it is a directory", EACCES: "permission denied", EPERM: "permission denied" }[e.code] ?? e.message;
}

/** Waits `ms` milliseconds (a read or write that would block on a non-blocking descriptor). */
function pause(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** One buffer for every input: MAX_BYTES plus the byte that says an input is over it. */
let buffer;

/**
 * The bytes of a file (`-`: standard input), at most MAX_BYTES + 1 of them: a device that never
 * ends (/dev/zero), a FIFO or a pipe is read up to there and no further. A FIFO is read as it is
 * written (its open waits for a writer, as `cat`'s does); the files before it are already
 * reported. Throws a plain Error saying why it cannot be read. The bytes are valid until the
 * next call.
 */
function readBytes(file) {
  const name = file === "-" ? "standard input" : file;
  let fd;
  try {
    fd = file === "-" ? 0 : openSync(file, "r");
  } catch (e) {
    throw new Error(`cannot read ${name}: ${why(e)}`);
  }
  buffer ??= Buffer.allocUnsafe(MAX_BYTES + 1);
  let length = 0;
  try {
    while (length < buffer.length) {
      let got;
      try {
        got = readSync(fd, buffer, length, buffer.length - length, null);
      } catch (e) {
        if (e.code !== "EAGAIN") throw new Error(`cannot read ${name}: ${why(e)}`);
        pause(10);
        continue;
      }
      if (got === 0) break;
      length += got;
    }
  } finally {
    if (fd !== 0) closeSync(fd);
  }
  return buffer.subarray(0, length);
}

/** The offset where well-formed UTF-8 stops: the first byte of the first sequence that is not a
 * character (`bytes` has one). */
function badByte(bytes) {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const [n, min, max] = b < 0x80 ? [0] : b >= 0xc2 && b <= 0xdf ? [1, 0x80, 0xbf]
      : b === 0xe0 ? [2, 0xa0, 0xbf] : b === 0xed ? [2, 0x80, 0x9f] : b >= 0xe1 && b <= 0xef ? [2, 0x80, 0xbf]
      : b === 0xf0 ? [3, 0x90, 0xbf] : b === 0xf4 ? [3, 0x80, 0x8f] : b >= 0xf1 && b <= 0xf3 ? [3, 0x80, 0xbf] : [-1];
    if (n < 0) return i;
    // The second byte's range depends on the first (no overlong forms, surrogates or code points past U+10FFFF).
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? min : 0x80) || c > (k === 1 ? max : 0xbf)) return i;
    }
    i += n + 1;
  }
  return bytes.length;
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** What an input holds: `{ text }` (a byte order mark dropped), or `{ problem }`, an issue of the
 * file: over MAX_BYTES, or not UTF-8 (with the offset of the first byte that is not). */
function decode(bytes) {
  if (bytes.length > MAX_BYTES) {
    return { problem: { code: "input.too_long", message: `The file is over 8 MiB (${MAX_BYTES.toLocaleString("en-US")} bytes): at most 8 MiB is read, as the API reads an order's text, so nothing in it was checked.` } };
  }
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    const at = badByte(bytes);
    const text = new TextDecoder().decode(bytes.subarray(0, at));
    const hex = bytes[at]?.toString(16).toUpperCase().padStart(2, "0");
    const what = `byte 0x${hex}`;
    return { problem: { code: "input.unreadable", message: `The file is not UTF-8 text: ${what} at byte offset ${at} (${lineColumn(text, text.length)}) cannot be read. Save it as UTF-8.` } };
  }
}

/** The text of `--options` or `--original`; throws UsageError when it cannot be used. */
function readArgumentText(flag, file) {
  let read;
  try {
    read = decode(readBytes(file));
  } catch (e) {
    throw new UsageError(`${flag}: ${e.message}`);
  }
  if (read.problem) throw new UsageError(`${flag} ${file === "-" ? "standard input" : file}: ${read.problem.message}`);
  return read.text;
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

/**
 * Where JSON nests deeper than MAX_DEPTH arrays and objects, or -1: one pass over the text,
 * strings skipped. Run before JSON.parse, whose memory grows with nesting (64 MiB of "[" took
 * 2.7 GB).
 */
function tooDeep(s) {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) {
      // Past the string: its closing quote is the first one not escaped.
      for (i++; i < s.length && s.charCodeAt(i) !== 0x22; i++) if (s.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return -1;
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
  const deep = tooDeep(text);
  if (deep >= 0) {
    const message = `Nested deeper than ${MAX_DEPTH} arrays and objects at ${lineColumn(text, deep)}: an order is a few levels deep, so nothing in the file was checked.`;
    return problemReport({ code: "input.too_deep", message });
  }
  try {
    return { order: JSON.parse(text), issues: [] };
  } catch {
    return problemReport({ code: "input.unreadable", message: jsonError(text) });
  }
}

/** The report of a file that holds no order to check: one error. */
function problemReport({ code, message }) {
  return { report: { ok: false, issues: [{ path: [], code, severity: "error", message }], tns: NO_ISSUES() } };
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
    const text = readArgumentText("--options", flags.options);
    const deep = tooDeep(text);
    if (deep >= 0) throw new UsageError(`--options ${name}: nested deeper than ${MAX_DEPTH} arrays and objects at ${lineColumn(text, deep)}`);
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
    const read = readOrderText(readArgumentText("--original", flags.original));
    const problem = (read.report?.issues ?? read.issues).find((i) => i.severity === "error");
    if (read.report || problem) throw new UsageError(`--original ${name}: ${problem.message}`);
    if (!read.order || typeof read.order !== "object" || Array.isArray(read.order)) {
      const what = Array.isArray(read.order) ? "a list" : read.order === null ? "null" : `${typeof read.order === "string" ? "text" : `a ${typeof read.order}`}`;
      throw new UsageError(`--original ${name}: must hold the saved order, a JSON object or the XML of an <LnpOrder>, not ${what}`);
    }
    options.original = withKind(read.order, flags.kind);
  }
  // Options the core cannot use are wrong arguments, not problems of the files: nothing is
  // checked, so the message's own ending ("the default was used", "the checks that need today
  // were skipped") is not said.
  const said = pv.validateOrder({}, options).issues;
  const bad = said.filter(
    (i) => i.code === "options.invalid" || (i.path[0] === "original" && i.severity === "error" && i.code.startsWith("input.")),
  );
  const where = flags.options === undefined ? "" : `--options ${flags.options === "-" ? "standard input" : flags.options}: `;
  if (bad.length) {
    throw new UsageError(where + bad.map((i) => i.message.replace(/; (the defaults? w[ae][sr]e? used|it was ignored|the checks that need today were skipped)\.$/, ".")).join(" ") + " Nothing was checked.");
  }
  // A misspelled option name: said once here, not again in every file's report.
  for (const i of said) if (i.code === "options.unknown") warn(`${where}warning: ${i.message}`);
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

/** Characters a terminal acts on or that reorder a line (C0 and C1 controls, DEL, the line and
 * paragraph separators, bidirectional overrides and isolates). */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const SHORT = { "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/** Text for the terminal: every control character shown as an escape (`\u001b`, `\n`), so a
 * value or a file name cannot clear the screen or forge a line. */
function escapeControls(text) {
  return text.replace(CONTROL, (c) => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** A write to standard output or error failed: the reason, and which. */
class OutputError extends Error {}

/** Standard output, written as the results are made, in chunks of at most 64 KiB. */
const out = {
  chunks: [],
  size: 0,
  /** A reader that stopped early (`| head`): the checks go on, for the exit status, unwritten. */
  closed: false,
  write(text) {
    if (this.closed) return;
    this.chunks.push(text);
    this.size += text.length;
    if (this.size >= 65536) this.flush();
  },
  flush() {
    const text = this.chunks.join("");
    this.chunks = [];
    this.size = 0;
    if (!this.closed && text) this.closed = !writeAll(1, text);
  },
};

/** Writes all of `text` to `fd`; false when the reader has gone (EPIPE). Throws OutputError for
 * any other failure (a full disk, an I/O error). */
function writeAll(fd, text) {
  const bytes = Buffer.from(text, "utf8");
  for (let at = 0; at < bytes.length; ) {
    try {
      at += writeSync(fd, bytes, at);
    } catch (e) {
      if (e.code === "EAGAIN") pause(1);
      else if (e.code === "EPIPE") return false;
      else throw new OutputError(`cannot write to standard ${fd === 1 ? "output" : "error"}: ${e.message}`);
    }
  }
  return true;
}

/** A message on standard error (its control characters escaped, then `more` as it is), after
 * what standard output has so far. */
function warn(message, more = "") {
  out.flush();
  try {
    writeAll(2, `portin-validator: ${escapeControls(message)}\n${more}`);
  } catch {
    // Standard error cannot be written either: the exit status still says it.
  }
}

/** `text` with every line after the first indented by `n` spaces. */
const indent = (text, n) => text.replaceAll("\n", `\n${" ".repeat(n)}`);

/**
 * `{ file, report, rejections? }` as `JSON.stringify(results, null, 2)` writes it inside the
 * array, issue by issue, so that no file's JSON is ever one string.
 */
function writeJson(first, result) {
  out.write(`${first ? "[\n" : ",\n"}  {`);
  let sep = "";
  for (const [key, value] of Object.entries(result)) {
    out.write(`${sep}\n    ${JSON.stringify(key)}: `);
    sep = ",";
    if (key !== "report") {
      out.write(indent(JSON.stringify(value, null, 2), 4));
      continue;
    }
    out.write("{");
    let inner = "";
    for (const [k, v] of Object.entries(value)) {
      out.write(`${inner}\n      ${JSON.stringify(k)}: `);
      inner = ",";
      if (k === "issues" && Array.isArray(v) && v.length) {
        v.forEach((issue, i) => out.write(`${i ? "," : "["}\n        ${indent(JSON.stringify(issue, null, 2), 8)}`));
        out.write("\n      ]");
      } else {
        out.write(indent(JSON.stringify(v, null, 2), 6));
      }
    }
    out.write(inner ? "\n    }" : "}");
  }
  out.write("\n  }");
}

/** An element's character data: CDATA sections as they are, references decoded elsewhere. */
function xmlText(raw) {
  const named = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
  const decode = (text) => text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, ref) =>
    ref[0] === "#" ? String.fromCodePoint(Number(ref[1] === "x" ? `0${ref.slice(1)}` : ref.slice(1))) : named[ref]);
  return raw.split(/<!\[CDATA\[|\]\]>/).map((part, i) => (i % 2 ? part : decode(part))).join("");
}

/**
 * The codes in a provider's response (`<LnpOrderResponse>`'s `<Errors>`, each with a `<Code>`
 * and a `<Description>`), which the order reader leaves out: one forward pass over the text
 * (already read as XML by readOrder), comments, CDATA and processing instructions skipped.
 */
function responseErrors(text) {
  const found = [];
  let depth = 0;
  let entry; // the <Errors> being read, at depth 2
  let field; // the child of it being read, and where its text starts
  for (let i = text.indexOf("<"); i >= 0; i = text.indexOf("<", i)) {
    const skip = text.startsWith("<!--", i) ? "-->" : text.startsWith("<![CDATA[", i) ? "]]>" : text.startsWith("<?", i) || text.startsWith("<!", i) ? ">" : undefined;
    if (skip) {
      const end = text.indexOf(skip, i + 2);
      if (end < 0) break;
      i = end + skip.length;
      continue;
    }
    const end = text.indexOf(">", i);
    if (end < 0) break;
    const tag = /^<(\/?)\s*(?:[\w.-]+:)?([\w.-]+)/.exec(text.slice(i, Math.min(end + 1, i + 300)));
    const closing = tag?.[1] === "/";
    const selfClosing = text[end - 1] === "/";
    const name = tag?.[2];
    if (closing) {
      if (depth === 3 && field && entry) entry[field.name] = xmlText(text.slice(field.start, i)).trim();
      if (depth === 3) field = undefined;
      if (depth === 2 && entry) {
        if (entry.Code) found.push({ code: entry.Code, description: entry.Description ?? "" });
        entry = undefined;
      }
      depth--;
    } else if (name) {
      depth++;
      if (depth === 2 && name === "Errors") entry = {};
      if (depth === 3 && entry) field = { name, start: end + 1 };
      if (selfClosing) {
        if (depth === 2) entry = undefined;
        if (depth === 3) field = undefined;
        depth--;
      }
    }
    i = end + 1;
  }
  return found;
}

/** One line per provider error, as explainRejection explains its code. */
function explainErrors(errors) {
  return errors.map(({ code, description }) => {
    const e = pv.explainRejection(code);
    return { code, description, title: e.title, action: e.action, known: e.known };
  });
}

function main(argv) {
  let args;
  let options;
  try {
    args = parseArgs(argv);
    if (args.help) {
      out.write(USAGE);
      return 0;
    }
    if (args.version) {
      const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));
      out.write(`${version}\n`);
      return 0;
    }
    options = buildOptions(args.flags);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    warn(e.message, `${HINT}\n`);
    return 2;
  }

  const { files, flags } = args;
  if (args.command === "supp") return supp(files[0], flags, options);
  const counts = { file: 0, error: 0, warning: 0, info: 0 };
  let unreadable = 0;
  let failed = false;
  for (const file of files) {
    let read;
    try {
      read = decode(readBytes(file));
    } catch (e) {
      warn(e.message);
      unreadable++;
      continue;
    }
    const text = read.text;
    read = read.problem ? problemReport(read.problem) : readOrderText(text);
    let report = read.report;
    if (!report) {
      report = pv.validateOrder(withKind(read.order, flags.kind), read.supp ? { ...options, supp: true } : options);
      report = { ...report, issues: report.issues.filter((i) => i.code !== "options.unknown") };
      if (read.issues.length) {
        report = { ...report, ok: report.ok && !read.issues.some((i) => i.severity === "error"), issues: [...read.issues, ...report.issues] };
      }
    }
    const rejections = read.order && /^\s*</.test(text) ? explainErrors(responseErrors(text)) : [];
    const result = rejections.length ? { file, report, rejections } : { file, report };
    if (flags.json) {
      writeJson(counts.file === 0, result);
    } else {
      for (const i of report.issues) out.write(escapeControls(`${file}: ${formatPath(i.path)}: ${i.severity} ${i.code}: ${i.message}`) + "\n");
      for (const r of rejections) {
        const said = r.description ? ` (${JSON.stringify(r.description)})` : "";
        out.write(escapeControls(`${file}: <Errors> ${r.code}${said}: ${r.title}. ${r.action}`) + "\n");
      }
    }
    counts.file++;
    for (const i of report.issues) if (i.severity in counts) counts[i.severity]++;
    failed ||= !report.ok;
    out.flush();
  }

  if (flags.json) {
    out.write(counts.file ? "\n]\n" : "[]\n");
  } else {
    const summary = `${plural(counts.file, "file")}, ${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.info, "info")}`;
    out.write((unreadable ? `${summary} (${plural(unreadable, "file")} could not be read)` : summary) + "\n");
  }
  out.flush();
  if (unreadable) return 2;
  return failed ? 1 : 0;
}

/**
 * `supp --original SAVED EDITED`: the `<LnpOrderSupp>` on standard output (with --json, one object
 * `{ file, xml, changed, issues, report }`), what it says on standard error: the writer's issues,
 * the check of the body against SAVED, and "changes FIELDS; E errors, W warnings, I infos".
 */
function supp(file, flags, options) {
  let read;
  try {
    read = decode(readBytes(file));
  } catch (e) {
    warn(e.message);
    return 2;
  }
  read = read.problem ? problemReport(read.problem) : readOrderText(read.text);
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
  issues.push(...body.issues);
  const all = [...issues, ...report.issues];
  if (flags.json) {
    out.write(JSON.stringify({ file, xml: body.xml, changed: body.changed ?? [], issues, report }, null, 2) + "\n");
  } else {
    out.write(body.xml);
    out.flush();
    const count = (s) => plural(all.filter((i) => i.severity === s).length, s);
    const lines = all.map((i) => escapeControls(`${file}: ${formatPath(i.path)}: ${i.severity} ${i.code}: ${i.message}`));
    lines.push(`${body.changed?.length ? `changes ${body.changed.join(", ")}` : "changes nothing"}; ${count("error")}, ${count("warning")}, ${count("info")}`);
    writeAll(2, lines.join("\n") + "\n");
  }
  return body.xml && report.ok && !all.some((i) => i.severity === "error") ? 0 : 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
  out.flush();
} catch (e) {
  if (e instanceof OutputError) {
    out.closed = true;
    warn(`${e.message}; the output is incomplete.`);
  } else {
    // Not the user's fault: say so, without a stack trace, and exit as for a file that cannot be checked.
    warn(`internal error: ${e?.message ?? e}`, "Please report it, with the command that caused it.\n");
  }
  process.exitCode = 2;
}
