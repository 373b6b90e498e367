const { readFileSync } = require("node:fs");
const { validateOrder } = require("portin-validator");

// A complete order (the repository's fixture, copied here), checked on the server side.
const order = JSON.parse(readFileSync(require.resolve("./order.json"), "utf8"));
const report = validateOrder(order, { today: "2026-11-23" });
console.log(JSON.stringify({ ok: report.ok, valid: report.tns.valid }));
