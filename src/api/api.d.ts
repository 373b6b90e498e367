/** How serious an issue is: `error` blocks the order (`Report.ok` is false), the others inform. */
export type Severity = "error" | "warning" | "info";

export interface Issue {
  /** Path into the order, e.g. `["subscriber","serviceAddress","zip"]`, `["listOfPhoneNumbers", 3]`; `[]` for the whole order. */
  path: (string | number)[];
  /** Stable, dotted, lowercase, e.g. `"date.too_soon"`, `"tn.duplicate"`: translate by code. */
  code: string;
  severity: Severity;
  /** One plain-English sentence: what is wrong and what to do. */
  message: string;
  /** The domain rule id, e.g. `"R-DATE-LEAD"`. */
  rule?: string;
}

export interface TnSummary {
  /** Every non-blank entry: `count = valid + invalid + duplicates`. */
  count: number;
  /** Distinct valid TNs. */
  valid: number;
  invalid: number;
  /** Entries that repeat an earlier TN. */
  duplicates: number;
  tollFree: number;
}

export interface Report {
  /** False exactly when an issue has severity `"error"`. */
  ok: boolean;
  issues: Issue[];
  tns: TnSummary;
}

export interface ServiceAddress {
  houseNumber?: string; housePrefix?: string; houseSuffix?: string; preDirectional?: string;
  streetName?: string; streetSuffix?: string; postDirectional?: string; addressLine2?: string;
  city?: string; stateCode?: string; zip?: string; plusFour?: string; county?: string;
}

export interface Subscriber {
  subscriberType?: "BUSINESS" | "RESIDENTIAL";
  businessName?: string; firstName?: string; middleInitial?: string; lastName?: string;
  /** LSRs carry the account number and PIN here. */
  accountNumber?: string; pinNumber?: string;
  serviceAddress?: ServiceAddress;
}

export interface PortInOrder {
  /** Default `"portIn"`. */
  kind?: "portIn" | "lsr";
  /** `"EXCEPTION"`, `"Requested Supp"`, ... */
  status?: string;
  /** `"AUTOMATED_OFF_NET"`, ... */
  portType?: string;
  /** An array, or pasted text. */
  listOfPhoneNumbers?: string[] | string;
  billingTelephoneNumber?: string;
  /** The replacement BTN. */
  newBillingTelephoneNumber?: string;
  partialPort?: boolean;
  /** `"2026-12-01"` or `"2026-12-01T15:00:00Z"` / `"...-05:00"`. */
  requestedFocDate?: string;
  /** Set once the order has FOC. */
  actualFocDate?: string;
  loaAuthorizingPerson?: string;
  customerOrderId?: string;
  /** LSRs. */
  pon?: string;
  ponVersion?: number;
  subscriber?: Subscriber;
  /** Port-ins carry the account number and PIN here. */
  wirelessInfo?: { accountNumber?: string; pinNumber?: string };
}

export interface ValidateOptions {
  /** `"YYYY-MM-DD"`, the current date in US Eastern time; default: from `now`. */
  today?: string;
  /** ISO-8601 instant; default: the runtime's clock, read at the JS boundary only. */
  now?: string;
  /** The order as last saved: turns on the editing rules. */
  original?: PortInOrder;
  /** Default 3. */
  minLeadBusinessDays?: number;
  /** Default 5. */
  recommendedLeadBusinessDays?: number;
  /** Default 30. */
  maxDaysAhead?: number;
  /** Default 999. */
  onNetMaxTns?: number;
  /** Default 600 (above: converted to a project port, info). */
  offNetAutomatedMaxTns?: number;
  /** Default 5000. */
  orderMaxTns?: number;
  /** `"YYYY-MM-DD"` days that are not business days. */
  extraHolidays?: string[];
  /** Default false. */
  oneTnPerOrder?: boolean;
}

export interface TnListResult {
  /** The valid TNs, 10-digit, first-occurrence order, no duplicates. */
  tns: string[];
  /** Every entry that is not a valid TN: 1-based line, text as typed. */
  invalid: { line: number; input: string; issue: Issue }[];
  /** Each repeated TN with every line it stands on. */
  duplicates: { tn: string; lines: number[] }[];
  /** The toll-free TNs among `tns`. */
  tollFree: string[];
  /** Problems with the list as a whole: not text, too long, too many entries. */
  issues: Issue[];
}

/** Checks a whole order. Never throws for bad data: every problem is an issue. */
export function validateOrder(order: unknown, options?: ValidateOptions): Report;

/** Splits and checks a pasted list of numbers (or an array of them). */
export function parseTnList(text: string | string[]): TnListResult;

/** Options of `attachForm`: the validation options, plus the order kind and whether submit buttons are disabled while the order has errors (default true). */
export interface AttachFormOptions extends ValidateOptions {
  kind?: "portIn" | "lsr";
  disableSubmit?: boolean;
}

/** What `attachForm` returns. */
export interface FormHandle {
  /** Validates now, updates the page, returns the report. */
  validate(): Report;
  /** Removes every listener and every mark the helper added. */
  detach(): void;
}

/**
 * Live validation of a form whose controls are named by order path (`name="subscriber.serviceAddress.zip"`). Browsers only.
 * After each validation the form receives a `portin-validator:report` CustomEvent whose `detail` is the report.
 * Throws an `Error` only when `form` is not an HTMLFormElement.
 */
export function attachForm(form: HTMLFormElement, options?: AttachFormOptions): FormHandle;

/** The earliest requested FOC dates to offer, `YYYY-MM-DD`. */
export interface EarliestDates {
  /** The first date that meets `minLeadBusinessDays` (default: the 3rd business day after today). */
  minimum: string;
  /** The first date that meets `recommendedLeadBusinessDays` (default: the 5th business day after today). */
  recommended: string;
}

/**
 * The earliest requested FOC dates from today (`options.today`, else `options.now`, else the
 * runtime's clock), in US Eastern time, skipping weekends, federal holidays and `extraHolidays`.
 * Never throws: both are `""` when `today`/`now` is given but cannot be read.
 */
export function earliestRequestedDate(options?: ValidateOptions): EarliestDates;

/**
 * The last business day on which a FOC is valid: the 10th business day, the FOC date being
 * day 1. `focDate` is `"YYYY-MM-DD"` or a date-time with an offset (read in US Eastern time).
 * Never throws: `""` when `focDate` is not a date.
 */
export function focExpiry(focDate: string, options?: ValidateOptions): string;

/**
 * Whether a day is a business day: Monday to Friday, not a US federal holiday as observed, not
 * one of `options.extraHolidays`. `date` is `"YYYY-MM-DD"` or a date-time with an offset (read in
 * US Eastern time). Never throws: `false` when `date` is not a date.
 */
export function isBusinessDay(date: string, options?: ValidateOptions): boolean;

/** Every status of a port-in order, as `explainStatus` names it. */
export type PortInStatus =
  | "DRAFT" | "VALID_DRAFT" | "INVALID_DRAFT" | "PENDING_DOCUMENTS" | "SUBMITTED" | "EXCEPTION"
  | "REQUESTED_SUPP" | "FOC" | "REQUESTED_CANCEL" | "CANCELLED" | "COMPLETE";

/** Every status of an LSR, as `explainStatus` names it. */
export type LsrStatus = "PENDING" | "FOC" | "EXCEPTION" | "PARTIAL" | "COMPLETE" | "CANCELLED" | "FAILED";

/** The dotted paths `editableFields` can list. */
export type EditableField =
  | "billingTelephoneNumber" | "newBillingTelephoneNumber" | "partialPort"
  | "subscriber.subscriberType" | "subscriber.businessName" | "subscriber.firstName" | "subscriber.middleInitial" | "subscriber.lastName"
  | "subscriber.serviceAddress" | "loaAuthorizingPerson"
  | "wirelessInfo.accountNumber" | "wirelessInfo.pinNumber" | "subscriber.accountNumber" | "subscriber.pinNumber"
  | "requestedFocDate" | "listOfPhoneNumbers" | "customerOrderId";

export interface EditableFieldsResult {
  /** May this order be edited at all. */
  editable: boolean;
  /** Dotted paths that may change, e.g. `"subscriber.serviceAddress"`, `"requestedFocDate"`. */
  fields: EditableField[];
  /** Every issue about the answer, any severity: the delay warning outside EXCEPTION, what saving does, problems with the argument. */
  warnings: Issue[];
  /** Why not, when `editable` is false. */
  reason?: string;
}

export interface StatusExplanation {
  /** The canonical name (`"REQUESTED_SUPP"` for `"Requested Supp"`); the text as given when unknown; `""` when not text. */
  status: PortInStatus | LsrStatus | (string & {});
  /** The kind of order the answer is about (without a kind, port-in statuses are tried first, then LSR ones). */
  kind: "portIn" | "lsr";
  known: boolean;
  /** The order is finished: no status follows. */
  terminal: boolean;
  /** An edit is possible in this status. */
  editable: boolean;
  /** What the status means, one sentence; for an unknown status or a wrong argument, what was wrong. */
  meaning: string;
  /** What to do next, one sentence. */
  next: string;
}

/**
 * Which fields of an order may change in its status (only `kind`, `status`, `portType`, `actualFocDate` and `requestedFocDate` are read).
 * A port-in with FOC takes no change once the FOC is less than 24 hours away or on the FOC date (R-EDIT-NEAR-FOC): `editable: false`.
 * The time is `options.now`, else `options.today`, else the runtime's clock; `options.extraHolidays` are not business days.
 * Never throws: a value that is not an object gives `editable: false` with the reason.
 */
export function editableFields(order: Pick<PortInOrder, "kind" | "status" | "portType" | "actualFocDate" | "requestedFocDate">, options?: ValidateOptions): EditableFieldsResult;

/** What a status means and what to do next. Never throws: a wrong-typed argument gives `known: false`. */
export function explainStatus(status: string, kind?: "portIn" | "lsr"): StatusExplanation;
