import init, { validateOrder } from "portin-validator";

await init();
const report = validateOrder({ listOfPhoneNumbers: "919-200-0000\n(919) 200-0000" });
const result = document.getElementById("result");
result.textContent = `ok=${report.ok} codes=${report.issues.map((i) => i.code).join(",")}`;
result.dataset.done = "";
