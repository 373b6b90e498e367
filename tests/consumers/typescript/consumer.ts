// Uses every export with its declared types; tsc --strict must accept it as is.
import init, {
  applySupp,
  attachForm,
  earliestRequestedDate,
  editableFields,
  explainRejection,
  explainStatus,
  focExpiry,
  isBusinessDay,
  initSync,
  orderSchema,
  toProblemDetails,
  parseTnList,
  registerRejectionCodes,
  toLnpOrderXml,
  validateOrder,
  type FormHandle,
  type IssueCode,
  type OrderSchema,
  type OrderSchemaIssue,
  type ProblemDetails,
  type EarliestDates,
  type Issue,
  type RejectionExplanation,
  type PortInOrder,
  type Report,
  type Severity,
  type TnListResult,
  type ValidateOptions,
} from "portin-validator";
// The spec's own types (a dev dependency of the tests only): the package's copies must be the same shapes.
import type { StandardJSONSchemaV1 as SpecJsonSchema, StandardSchemaV1 as SpecSchema } from "@standard-schema/spec";

await init();
initSync(new Uint8Array(0));

const order: PortInOrder = {
  kind: "portIn",
  portType: "AUTOMATED_ON_NET",
  listOfPhoneNumbers: ["919-200-0000"],
  billingTelephoneNumber: "919-200-0000",
  partialPort: false,
  subscriber: { subscriberType: "BUSINESS", businessName: "Acme", serviceAddress: { zip: "27601" } },
  wirelessInfo: { accountNumber: "A1", pinNumber: "1234" },
};
const options: ValidateOptions = { today: "2026-11-23", minLeadBusinessDays: 3, extraHolidays: ["2026-12-24"], oneTnPerOrder: false };
const report: Report = validateOrder(order, options);
const ok: boolean = report.ok;
const first: Issue | undefined = report.issues[0];
const path: (string | number)[] = first ? first.path : [];
const severity: Severity = first ? first.severity : "info";
const count: number = report.tns.count + report.tns.valid + report.tns.invalid + report.tns.duplicates + report.tns.tollFree;
validateOrder(null);

const list: TnListResult = parseTnList("919-200-0000");
const tns: string[] = list.tns;
const line: number | undefined = list.invalid[0]?.line;
const dupLines: number[] | undefined = list.duplicates[0]?.lines;

const earliest: EarliestDates = earliestRequestedDate({ today: "2026-11-23" });
const minimum: string = earliest.minimum + earliest.recommended;
const expiry: string = focExpiry("2026-11-16", { extraHolidays: [] });
const business: boolean = isBusinessDay("2026-11-26");

const editable = editableFields({ kind: "portIn", status: "FOC", portType: "AUTOMATED_OFF_NET" });
const fields: string[] = editable.fields;
const mayEdit: boolean = editable.editable;
const warnings: Issue[] = editable.warnings;
const reason: string | undefined = editable.reason;
const nearFoc = editableFields(
  { status: "FOC", portType: "AUTOMATED_OFF_NET", actualFocDate: "2026-11-30", requestedFocDate: "2026-11-30T15:00:00Z" },
  { now: "2026-11-29T17:00:00Z", extraHolidays: ["2026-11-27"] },
);
const nearFocEditable: boolean = nearFoc.editable;
const status = explainStatus("requested supp", "portIn");
const statusText: string = status.status + status.meaning + status.next;
const flags: boolean = status.known && status.terminal && status.editable;

const why: RejectionExplanation = explainRejection("17008: ... TN: [9195550142], PON: [ABC123], FOC Date: [01/13/2030]");
const whyText: string = why.title + why.meaning + why.action + why.family + why.fields.join();
const pon: string | undefined = why.details.pon;
const focDate: string | undefined = why.details.focDate;
const byNumber: boolean = explainRejection(7517).known;
const registered = registerRejectionCodes([{ code: "LV-301", title: "Vendor hold", meaning: "The vendor paused it.", action: "Wait a day.", fields: ["requestedFocDate"] }]);
const added: number = registered.added + registered.issues.length;

// A supplement: applied to the saved order, written from a change, checked against it.
const saved = "<LnpOrderResponse><ProcessingStatus>EXCEPTION</ProcessingStatus></LnpOrderResponse>";
const applied = applySupp(saved, "<LnpOrderSupp><RequestedFocDate>2026-12-07</RequestedFocDate></LnpOrderSupp>");
const appliedDate: string | undefined = applied.order.requestedFocDate;
const change = toLnpOrderXml({ ...applied.order }, { supp: true, original: saved });
const changed: string[] = change.changed;
const suppOk: boolean = validateOrder(change.xml, { original: saved, supp: true }).ok;

const form = document.createElement("form");
const handle: FormHandle = attachForm(form, { kind: "lsr", disableSubmit: false, today: "2026-11-23" });
const again: Report = handle.validate();
handle.detach();

const schema: OrderSchema = orderSchema({ kind: "portIn", today: "2026-11-23" });
const asSpec: SpecSchema<PortInOrder> = schema;
const asSpecJson: SpecJsonSchema<PortInOrder> = schema;
const inferred: SpecSchema.InferOutput<typeof schema> = order;
const result = schema["~standard"].validate(order);
let firstCode: IssueCode | undefined;
if (result.issues) {
  const issue: OrderSchemaIssue | undefined = result.issues[0];
  firstCode = issue?.code;
} else {
  const value: PortInOrder = result.value;
  firstCode = value.kind === "lsr" ? "ids.pon_required" : undefined;
}
const lastReport: Report | undefined = schema.lastReport;
const jsonSchema: Record<string, unknown> = schema["~standard"].jsonSchema.input({ target: "draft-07" });
const problem: ProblemDetails = toProblemDetails(report);
const pointer: string | undefined = problem.errors[0]?.pointer;
const problemStatus: 422 = problem.status;

// @ts-expect-error: kind is "portIn" | "lsr"
orderSchema({ kind: "port-out" });

// @ts-expect-error: "fatal" is not a Severity
const wrong: Severity = "fatal";

// @ts-expect-error: kind is "portIn" | "lsr"
const wrongKind: PortInOrder = { kind: "port-out" };

export { asSpec, asSpecJson, inferred, firstCode, lastReport, jsonSchema, pointer, problemStatus, appliedDate, changed, suppOk, ok, path, severity, count, tns, line, dupLines, again, wrong, wrongKind, minimum, expiry, business, fields, mayEdit, warnings, reason, statusText, flags, whyText, pon, focDate, byNumber, added };
