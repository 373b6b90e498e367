// portin-validator: the entry's own functions; scripts/build.mjs writes them and js/api.d.ts
// (the API's types) into the package's index.d.ts, the only types it publishes.

/** Loads and instantiates the WebAssembly module (browsers and bundlers); idempotent, harmless in Node. */
export default function init(moduleOrPath?: RequestInfo | URL | Response | BufferSource | WebAssembly.Module): Promise<void>;

/** Instantiates the module synchronously from its bytes or a compiled WebAssembly.Module. */
export function initSync(module: BufferSource | WebAssembly.Module): void;
