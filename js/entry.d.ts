// portin-validator: the public types (api.md). See README.md.
export * from "./glue.js";

/** Loads and instantiates the WebAssembly module (browsers and bundlers); idempotent, harmless in Node. */
export default function init(moduleOrPath?: RequestInfo | URL | Response | BufferSource | WebAssembly.Module): Promise<void>;

/** Instantiates the module synchronously from its bytes or a compiled WebAssembly.Module. */
export function initSync(module: BufferSource | WebAssembly.Module): void;
