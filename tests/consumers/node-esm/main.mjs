import { validateOrder, parseTnList } from "portin-validator";

const report = validateOrder({ listOfPhoneNumbers: "919-200-0000\n919-555-0100" });
console.log(JSON.stringify({
  ok: report.ok,
  codes: report.issues.map((i) => i.code),
  tns: parseTnList("(919) 200-0000").tns,
}));
