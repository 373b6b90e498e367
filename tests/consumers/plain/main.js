// No bundler: the browser loads the package's files as they are.
import init, { parseTnList } from "./node_modules/portin-validator/index.js";

let before;
try {
  parseTnList("9192000000");
  before = "no error";
} catch (e) {
  before = `${e.constructor.name}: ${e.message.split(" (")[0]}`;
}
await init();
await init(); // idempotent
const list = parseTnList("919-200-0000, 919-200-0001");
const result = document.getElementById("result");
result.textContent = `before init: ${before} | after: ${list.tns.length} valid`;
result.dataset.done = "";
