const { validateOrder } = require("portin-validator");

const report = validateOrder({ listOfPhoneNumbers: ["919-200-0000", "919-200-0001"], billingTelephoneNumber: "919-200-0000" });
console.log(JSON.stringify({ ok: report.ok, valid: report.tns.valid }));
