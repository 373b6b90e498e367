/** How serious an issue is: `error` blocks the order (`Report.ok` is false), the others inform. */
export type Severity = "error" | "warning" | "info";

/**
 * Every code an issue can have (README, rules summary): stable codes callers may translate by. A
 * subtype of `string`: an `IssueCode` compares with and assigns to a `string`.
 */
export type IssueCode =
  | "tn.empty"
  | "tn.character"
  | "tn.length"
  | "tn.country_code"
  | "tn.area_code"
  | "tn.area_code_reserved"
  | "tn.exchange"
  | "tn.exchange_n11"
  | "tn.fictitious"
  | "tn.directory_assistance"
  | "tn.area_code_country"
  | "tn.area_code_non_geographic"
  | "tn.canada"
  | "tn.canada_port_type"
  | "tn.mixed_country"
  | "tn.area_code_not_in_service"
  | "tn.area_code_not_yet"
  | "tn.duplicate"
  | "tn.none"
  | "tn.too_many"
  | "tn.project_port"
  | "tn.one_per_order"
  | "tn.mixed_toll_free"
  | "tn.toll_free_port_type"
  | "tn.port_type_not_toll_free"
  | "tn.toll_free_lsr"
  | "tn.resp_org_required"
  | "tn.resp_org_format"
  | "tn.attribute_unknown"
  | "tn.attribute_repeated"
  | "tn.attribute_protected_off_net"
  | "tollfree.btn"
  | "tollfree.partial_port"
  | "tollfree.wireless_info"
  | "tollfree.protected"
  | "btn.required"
  | "btn.replacement_in_list"
  | "btn.replacement_same"
  | "btn.replacement_required"
  | "btn.full_port_without_btn"
  | "date.format"
  | "date.no_offset"
  | "date.no_such_day"
  | "time.invalid"
  | "date.past"
  | "date.today_unknown"
  | "date.too_soon"
  | "date.short_notice"
  | "date.not_business_day"
  | "date.too_far"
  | "time.outside_window"
  | "time.outside_support_hours"
  | "time.default"
  | "time.manual_fixed"
  | "time.not_triggered"
  | "time.triggered_wireless"
  | "foc.valid_until"
  | "foc.expiring"
  | "foc.expired"
  | "foc.no_early_activation"
  | "foc.build_subscriptions"
  | "status.unknown"
  | "status.not_editable"
  | "status.exception"
  | "status.terminal"
  | "edit.not_editable"
  | "edit.depends_on_port_type"
  | "edit.port_type_needed"
  | "edit.csr_again"
  | "edit.lsr_tn_change"
  | "edit.alternate_spid"
  | "edit.fixed"
  | "edit.supp_without_original"
  | "edit.customer_order_id_dropped"
  | "edit.supp_status"
  | "edit.may_delay"
  | "edit.after_save"
  | "edit.near_foc"
  | "edit.near_foc_offnet"
  | "edit.near_foc_unchecked"
  | "subscriber.type_required"
  | "subscriber.type_unknown"
  | "subscriber.business_name_required"
  | "subscriber.last_name_required"
  | "subscriber.first_name_required"
  | "subscriber.too_long"
  | "subscriber.business_name_residential"
  | "subscriber.last_name_business"
  | "subscriber.toll_free_business"
  | "address.required"
  | "address.state_code"
  | "address.zip"
  | "address.plus_four"
  | "address.plus_four_conflict"
  | "address.directional"
  | "address.zip_state"
  | "address.postal_code_province"
  | "address.zip_military"
  | "address.zip_unused"
  | "address.area_code_state"
  | "address.service_not_billing"
  | "loa.required"
  | "loa.truncated"
  | "lsr.authorizing_person_too_long"
  | "lsr.spid_format"
  | "lsr.spid_missing"
  | "account.number_characters"
  | "account.number_too_long"
  | "account.number_required"
  | "account.pin_characters"
  | "account.pin_too_long"
  | "account.pin_required"
  | "account.wrong_place"
  | "account.pin_together"
  | "ids.customer_order_id_characters"
  | "ids.customer_order_id_too_long"
  | "ids.pon_required"
  | "ids.pon_characters"
  | "ids.pon_too_long"
  | "ids.pon_version"
  | "ids.billing_type"
  | "input.type"
  | "input.unreadable"
  | "input.too_long"
  | "input.too_many"
  | "input.too_deep"
  | "input.name_too_long"
  | "input.control_character"
  | "input.unknown_field"
  | "input.duplicate_field"
  | "input.coerced"
  | "input.xml"
  | "input.response_only"
  | "options.invalid"
  | "options.unknown"
  | "order.kind_unknown"
  | "order.port_type_unknown"
  | "rejection.code_invalid"
  | "rejection.text_required"
  | "rejection.field_unknown"
  | "rejection.family_invalid"
  | "rejection.too_many"
  | "xml.lsr"
  | "xml.left_out";

export interface Issue {
  /** Path into the order, e.g. `["subscriber","serviceAddress","zip"]`, `["listOfPhoneNumbers", 3]`; `[]` for the whole order. */
  path: (string | number)[];
  /** Stable, dotted, lowercase, e.g. `"date.too_soon"`, `"tn.duplicate"`: translate by code. */
  code: IssueCode;
  severity: Severity;
  /** One plain-English sentence: what is wrong and what to do. */
  message: string;
  /** The domain rule id, e.g. `"R-DATE-LEAD"`. */
  rule?: string;
  /**
   * The values the message states, so a caller translating by code can say the same: a limit
   * and the actual length (`{ limit: 25, actual: 31 }`), a date (`YYYY-MM-DD`), an area code
   * and its country, the `line` of a list entry. Left out when the message states none.
   * docs/rules.md lists each code's names; they are stable.
   */
  params?: Record<string, string | number>;
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
  /** Where the numbers are, per state or country, in first-appearance order: distinct valid TNs
   * and entries rejected for their area code (`validateOrder`; empty for an unreadable order). */
  places: TnPlace[];
}

/** The numbers of one state or country, shown as `NY (212, 646): 3`. */
export interface TnPlace {
  /** `"NY"`, `"Canada, Ontario"`, `"Jamaica"`, `"Toll-free"`, `"US"` (an `extraAreaCodes` code), `"Non-geographic"`, `"Not in service"`. */
  place: string;
  areaCodes: string[];
  count: number;
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
  country?: string;
  /** Read from responses (`<AddressType>`), never written. */
  addressType?: string;
  /** In a supplement: `true` removes every subscriber element the body leaves out. */
  resetAddressFields?: boolean;
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
  /** An array, or pasted text. An LSR's `ListOfTelephoneNumbers` is read here. */
  listOfPhoneNumbers?: string[] | string;
  billingTelephoneNumber?: string;
  /** The replacement BTN. */
  newBillingTelephoneNumber?: string;
  partialPort?: boolean;
  /** `"2026-12-01"` or `"2026-12-01T15:00:00Z"` / `"...-05:00"`. */
  requestedFocDate?: string;
  /** Set once the order has FOC. */
  actualFocDate?: string;
  /** An LSR's `AuthorizingPerson` is read here. */
  loaAuthorizingPerson?: string;
  customerOrderId?: string;
  /** Toll-free port-ins: the RespOrg the numbers go to, 5 letters or digits (`"JYT01"`). */
  targetRespOrgId?: string;
  /** Wireline automated and internal ports: `true` to use the requested time (else 11:30 ET). */
  triggered?: boolean;
  /** Internal ports: activate at once. Set when the order is placed, like `triggered`. */
  immediately?: boolean;
  /** The site (sub-account) the numbers go to; a number is accepted and read as text. */
  siteId?: string;
  /** The SIP peer (location) the numbers go to. */
  peerId?: string;
  /** `"NOCHARGE"`, `"PORTIN"`, `"NEWNUMBER"`, `"PROJECTPORT"` or `"DISCOUNTED"`. */
  billingType?: string;
  /** Each of `"Protected"`, `"External"`, `"Hosted"`, `"Imported"`, at most once. */
  tnAttributes?: string[];
  /** May change only while the order is a draft. */
  alternateSpid?: string;
  /** LSRs. */
  pon?: string;
  ponVersion?: number;
  /** LSRs: the SPID of the carrier the numbers port to, at most 4 letters or digits. */
  spid?: string;
  subscriber?: Subscriber;
  /** Port-ins carry the account number and PIN here. */
  wirelessInfo?: { accountNumber?: string; pinNumber?: string };
  /** Response only: set by the provider (a GET of the order); not part of a request body. */
  orderId?: string;
  orderCreateDate?: string;
  lastModifiedDate?: string;
  lastModifiedBy?: string;
  userId?: string;
  countOfTns?: number;
}

/** What `readOrder` answers. */
export interface ReadOrderResult {
  /** The canonical order (camelCase, only fields with a value); `{}` when the input is not an order. */
  order: PortInOrder;
  issues: Issue[];
  /** `"xml"` for text (XML or not), else `"object"`. */
  source: "object" | "xml";
}

/** Any accepted shape (an object in any key casing, the SDKs' shapes, the XML of an
 * `<LnpOrder>`, `<LnpOrderSupp>`, `<LnpOrderResponse>`, `<LsrOrder>` or `<LsrOrderResponse>`) as
 * the canonical order; an `<LsrOrder>` gives `kind: "lsr"`. No rule runs. */
export function readOrder(input: unknown): ReadOrderResult;

/** What `toLnpOrderXml` answers. */
export interface LnpOrderXml {
  /** The body, or `""` when there is none (an LSR, input that is not an order). */
  xml: string;
  /** What was left out and why, after the problems reading the order (and `original`). */
  issues: Issue[];
  /** With `original`: the dotted paths of the fields the supplement changes; else empty. */
  changed: string[];
}

/** The body to POST (`<LnpOrder>`) or, with `supp: true`, to PUT (`<LnpOrderSupp>`). With
 * `original` too (the saved order, a GET's XML will do), the supplement that changes the saved
 * order into `order`: what changed, plus `CustomerOrderId`, both `WirelessInfo` elements, the
 * subscriber type with its names, and `ResetAddressFields` when a subscriber field was cleared. */
export function toLnpOrderXml(order: unknown, options?: { supp?: boolean; original?: unknown }): LnpOrderXml;

/** What `applySupp` answers. */
export interface AppliedSupp {
  /** The saved order as the provider keeps it after the supplement. */
  order: PortInOrder;
  /** Problems reading either (the saved order's under `["original", ...]`), and what applying
   * did that one would not guess (`edit.customer_order_id_dropped`, `edit.supp_status`). */
  issues: Issue[];
}

/** The saved order (any accepted shape, a GET's XML included) after the provider applies a
 * supplement: what it carries replaces, what it leaves out stays, except `CustomerOrderId`
 * (removed when left out), `ResetAddressFields` (removes the subscriber elements left out),
 * `WirelessInfo` (replaced as a pair) and `ProcessingStatus` (only `SUBMITTED`, on a draft). */
export function applySupp(original: unknown, supp: unknown): AppliedSupp;

export interface ValidateOptions {
  /** `"YYYY-MM-DD"`, the current date in US Eastern time; default: from `now`. */
  today?: string;
  /** ISO-8601 instant; default: the runtime's clock, read at the JS boundary only. */
  now?: string;
  /** The order as last saved (any accepted shape, a GET's XML included): turns on the editing rules. */
  original?: PortInOrder | string;
  /** The order given is a supplement body (the PUT's `<LnpOrderSupp>`, which is one without this):
   * a change to `original`, so what it leaves out stays as saved. */
  supp?: boolean;
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
  /** Three-digit area codes to treat as US geographic codes in service (no state), for codes newer
   * than the embedded NANPA data; an entry that cannot be a geographic code is `options.invalid`. */
  extraAreaCodes?: string[];
}

/** An entry of a list that is not a valid TN. */
export interface InvalidTnEntry {
  /** 1-based. */
  line: number;
  /** The entry as typed. */
  input: string;
  issue: Issue;
}

/** A TN that a list repeats. */
export interface DuplicateTn {
  /** 10-digit. */
  tn: string;
  /** Every line it stands on, 1-based. */
  lines: number[];
}

export interface TnListResult {
  /** The valid TNs, 10-digit, first-occurrence order, no duplicates. */
  tns: string[];
  /** Every entry that is not a valid TN. */
  invalid: InvalidTnEntry[];
  /** Each repeated TN with every line it stands on. */
  duplicates: DuplicateTn[];
  /** The toll-free TNs among `tns`. */
  tollFree: string[];
  /** Problems with the list as a whole (not text, too long, too many entries), wrong options, and
   * the warnings for numbers accepted without a day to check their area code on. */
  issues: Issue[];
}

/** Checks a whole order. Never throws for bad data: every problem is an issue. */
export function validateOrder(order: unknown, options?: ValidateOptions): Report;

/** Splits and checks a pasted list of numbers (or an array of them). Each number's area code is
 * checked on `options.today` / `options.now` (default: the runtime's clock) with
 * `options.extraAreaCodes`: a Canadian, non-geographic or not-in-service one makes it invalid. */
export function parseTnList(text: string | string[], options?: ValidateOptions): TnListResult;

/** Options of `attachForm`: the validation options, plus the order kind and whether submit buttons are disabled while the order has errors (default true). */
export interface AttachFormOptions extends ValidateOptions {
  kind?: "portIn" | "lsr";
  disableSubmit?: boolean;
}

/** What `attachForm` returns. */
export interface FormHandle {
  /** Validates now, updates the page, returns the report. */
  validate(): Report;
  /** The order the form holds now, as the plain object `validateOrder` takes (what a page would submit). */
  order(): PortInOrder;
  /** Removes every listener and every mark the helper added. */
  detach(): void;
}

/**
 * Live validation of a form whose controls are named by order path (`name="subscriber.serviceAddress.zip"`). Browsers only.
 * Controls inside a `[hidden]` element are not part of the order. A time control with `data-pv-time-for="requestedFocDate"`
 * (US Eastern) makes that date a date-time. Controls the order's status and port type may not change are disabled, with the
 * reason in `[data-pv-locked]` (created when missing); `data-pv-keep-enabled` opts a control out. The requested-date control
 * gets `min` set to the earliest acceptable date.
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
/** Where a rejection code comes from (the section of the published list), or an operator's own family. */
export type RejectionFamily =
  | "port-in validation"
  | "carrier rejection"
  | "off-net vendor"
  | "lsr validation"
  | "port-out validation"
  | "toll-free"
  | "loa upload"
  | "lnp checker"
  | "custom"
  | "unknown";

/** What the rejection message itself says. */
export interface RejectionDetails {
  /** Every telephone number in the message, 10 digits, in order, no repeats. */
  tns: string[];
  /** The first PON in the message (`PON: [ABC123]`). */
  pon?: string;
  /** The first date labelled as a FOC date, `YYYY-MM-DD`. */
  focDate?: string;
  /** Every PON in the message (17008 names one per number). */
  pons: string[];
  /** Every date in the message, `YYYY-MM-DD`. */
  dates: string[];
  /** The losing carrier's own code (`"E24"`) when the message carries one the catalog knows. */
  carrierCode?: string;
  /** The message as given (outer spaces trimmed) when it holds more than the code. Plain text: render it as text, never as HTML. */
  text?: string;
}

export interface RejectionExplanation {
  /** The code found, e.g. `"17008"`; `""` when the input holds none. */
  code: string;
  /** False for a code neither published nor registered (the answer is then generic guidance). */
  known: boolean;
  /** A {@link RejectionFamily}, or the family an operator gave its code. */
  family: RejectionFamily | (string & {});
  title: string;
  /** What the carrier, vendor or system is complaining about. */
  meaning: string;
  /** What to do next. */
  action: string;
  /** Dotted order paths to fix, e.g. `"subscriber.serviceAddress"`; may be empty. */
  fields: string[];
  details: RejectionDetails;
  /** Could a check before submission have caught it (false: only the losing carrier's records,
   * the provider's state or an outage can tell). An operator's code: false, unless it rewords a
   * published one. */
  preventable: boolean;
  /** The rule ids that catch it before submission, e.g. `["R-DATE-LEAD"]`; empty when none does (yet). */
  preventedBy: string[];
}

/** An operator's own code, or a new wording for a published one. */
export interface RejectionEntry {
  /** Letters, digits, `.`, `-`, `_` (at most 32), or a whole number: `"LV-301"`, `7402`. Matched regardless of case. */
  code: string | number;
  title: string;
  meaning: string;
  action: string;
  /** Dotted order paths, each a field of {@link PortInOrder}, e.g. `"subscriber.serviceAddress.zip"`. */
  fields: string[];
  /** Default: the published code's family, or `"custom"`. */
  family?: string;
}

export interface RegisterRejectionResult {
  /** Entries now in effect from this call (new codes and overrides). */
  added: number;
  /** Why the other entries were left out, each at `[index, field]`; an entry with any issue is left out whole. */
  issues: Issue[];
}

/**
 * Explains a rejection: a code (`7517`, `"7517"`) or the whole message as the order shows it.
 * Never throws: any other value, an empty string or an unknown code gets `known: false` and generic guidance.
 */
export function explainRejection(input: string | number): RejectionExplanation;

/**
 * Adds or overrides rejection codes at run time, for the life of the module (operator vendors, own wording).
 * Bad entries are reported in `issues`, not thrown; a later entry for the same code replaces the earlier one.
 */
export function registerRejectionCodes(entries: RejectionEntry[]): RegisterRejectionResult;

/** What NANPA's area-code database (embedded, dated `dataDate`) says of one area code. */
export interface AreaCodeInfo {
  /** The code as given, trimmed. */
  npa: string;
  /** `false` for anything that is not three digits 200-999. */
  known: boolean;
  status: "inService" | "assigned" | "reserved" | "unassigned" | "n11" | "unavailable";
  service?: "geographic" | "tollFree" | "nonGeographic";
  /** ISO 3166 alpha-2 as NANPA gives it: "US" for the states, DC and the territories. */
  country?: string;
  /** USPS or Canada Post codes; empty for the Caribbean countries. */
  regions: string[];
  /** YYYY-MM-DD, for codes entering service after the data's date. */
  inServiceSince?: string;
  /** Can be ported to a US carrier on the options' today. */
  portable: boolean;
  /** The NANPA file date of the embedded data, YYYY-MM-DD. */
  dataDate: string;
}

/** What the embedded numbering plan says of an area code; never throws. */
export function areaCode(npa: string, options?: ValidateOptions): AreaCodeInfo;

// ---- Standard Schema (standardschema.dev): `@standard-schema/spec` 1.1.0's types, copied here
// as they are (MIT), so that the package has no runtime or type dependency; they are structural,
// so a library that takes the spec's types takes `orderSchema()` as it is. ----

/** The Standard Typed interface. This is a base type extended by other specs. */
export interface StandardTypedV1<Input = unknown, Output = Input> {
  /** The Standard properties. */
  readonly "~standard": StandardTypedV1.Props<Input, Output>;
}
export declare namespace StandardTypedV1 {
  /** The Standard Typed properties interface. */
  interface Props<Input = unknown, Output = Input> {
    /** The version number of the standard. */
    readonly version: 1;
    /** The vendor name of the schema library. */
    readonly vendor: string;
    /** Inferred types associated with the schema. */
    readonly types?: Types<Input, Output> | undefined;
  }
  /** The Standard Typed types interface. */
  interface Types<Input = unknown, Output = Input> {
    /** The input type of the schema. */
    readonly input: Input;
    /** The output type of the schema. */
    readonly output: Output;
  }
  /** Infers the input type of a Standard Typed. */
  type InferInput<Schema extends StandardTypedV1> = NonNullable<Schema["~standard"]["types"]>["input"];
  /** Infers the output type of a Standard Typed. */
  type InferOutput<Schema extends StandardTypedV1> = NonNullable<Schema["~standard"]["types"]>["output"];
}

/** The Standard Schema interface. */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  /** The Standard Schema properties. */
  readonly "~standard": StandardSchemaV1.Props<Input, Output>;
}
export declare namespace StandardSchemaV1 {
  /** The Standard Schema properties interface. */
  interface Props<Input = unknown, Output = Input> extends StandardTypedV1.Props<Input, Output> {
    /** Validates unknown input values. */
    readonly validate: (value: unknown, options?: StandardSchemaV1.Options | undefined) => Result<Output> | Promise<Result<Output>>;
  }
  /** The result interface of the validate function. */
  type Result<Output> = SuccessResult<Output> | FailureResult;
  /** The result interface if validation succeeds. */
  interface SuccessResult<Output> {
    /** The typed output value. */
    readonly value: Output;
    /** A falsy value for `issues` indicates success. */
    readonly issues?: undefined;
  }
  interface Options {
    /** Explicit support for additional vendor-specific parameters, if needed. */
    readonly libraryOptions?: Record<string, unknown> | undefined;
  }
  /** The result interface if validation fails. */
  interface FailureResult {
    /** The issues of failed validation. */
    readonly issues: ReadonlyArray<Issue>;
  }
  /** The issue interface of the failure output. */
  interface Issue {
    /** The error message of the issue. */
    readonly message: string;
    /** The path of the issue, if any. */
    readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined;
  }
  /** The path segment interface of the issue. */
  interface PathSegment {
    /** The key representing a path segment. */
    readonly key: PropertyKey;
  }
  /** The Standard types interface. */
  interface Types<Input = unknown, Output = Input> extends StandardTypedV1.Types<Input, Output> {}
  /** Infers the input type of a Standard. */
  type InferInput<Schema extends StandardTypedV1> = StandardTypedV1.InferInput<Schema>;
  /** Infers the output type of a Standard. */
  type InferOutput<Schema extends StandardTypedV1> = StandardTypedV1.InferOutput<Schema>;
}

/** The Standard JSON Schema interface. */
export interface StandardJSONSchemaV1<Input = unknown, Output = Input> {
  /** The Standard JSON Schema properties. */
  readonly "~standard": StandardJSONSchemaV1.Props<Input, Output>;
}
export declare namespace StandardJSONSchemaV1 {
  /** The Standard JSON Schema properties interface. */
  interface Props<Input = unknown, Output = Input> extends StandardTypedV1.Props<Input, Output> {
    /** Methods for generating the input/output JSON Schema. */
    readonly jsonSchema: StandardJSONSchemaV1.Converter;
  }
  /** The Standard JSON Schema converter interface. */
  interface Converter {
    /** Converts the input type to JSON Schema. May throw if conversion is not supported. */
    readonly input: (options: StandardJSONSchemaV1.Options) => Record<string, unknown>;
    /** Converts the output type to JSON Schema. May throw if conversion is not supported. */
    readonly output: (options: StandardJSONSchemaV1.Options) => Record<string, unknown>;
  }
  /**
   * The target version of the generated JSON Schema.
   *
   * It is *strongly recommended* that implementers support `"draft-2020-12"` and `"draft-07"`, as they are both in wide use. All other targets can be implemented on a best-effort basis. Libraries should throw if they don't support a specified target.
   *
   * The `"openapi-3.0"` target is intended as a standardized specifier for OpenAPI 3.0 which is a superset of JSON Schema `"draft-04"`.
   */
  type Target = "draft-2020-12" | "draft-07" | "openapi-3.0" | ({} & string);
  /** The options for the input/output methods. */
  interface Options {
    /** Specifies the target version of the generated JSON Schema. Support for all versions is on a best-effort basis. If a given version is not supported, the library should throw. */
    readonly target: Target;
    /** Explicit support for additional vendor-specific parameters, if needed. */
    readonly libraryOptions?: Record<string, unknown> | undefined;
  }
  /** The Standard types interface. */
  interface Types<Input = unknown, Output = Input> extends StandardTypedV1.Types<Input, Output> {}
  /** Infers the input type of a Standard. */
  type InferInput<Schema extends StandardTypedV1> = StandardTypedV1.InferInput<Schema>;
  /** Infers the output type of a Standard. */
  type InferOutput<Schema extends StandardTypedV1> = StandardTypedV1.InferOutput<Schema>;
}

// ---- orderSchema ----

/** Options of `orderSchema`: the validation options, plus the order kind (which wins over the order's own). */
export interface OrderSchemaOptions extends ValidateOptions {
  kind?: "portIn" | "lsr";
}

/** An issue of `orderSchema`'s `validate`: an error of the report, with its `message` and `path`
 * (an entry of a pasted list is reported on the list field itself, `["listOfPhoneNumbers"]`,
 * its line in the message) and the project's `code`, `severity` and `rule`. */
export interface OrderSchemaIssue extends StandardSchemaV1.Issue {
  readonly message: string;
  readonly path: ReadonlyArray<string | number>;
  readonly code: IssueCode;
  readonly severity: "error";
  readonly rule?: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** What `orderSchema` returns: a Standard Schema (v1, vendor "portin-validator") with the JSON
 * Schema extension, and the last full report. */
export interface OrderSchema extends StandardSchemaV1<PortInOrder>, StandardJSONSchemaV1<PortInOrder> {
  readonly "~standard": {
    /** Synchronous: the value as given when the order has no error, else its errors only. */
    readonly validate: (value: unknown, options?: StandardSchemaV1.Options) => StandardSchemaV1.SuccessResult<PortInOrder> | { readonly issues: ReadonlyArray<OrderSchemaIssue> };
  } & StandardSchemaV1.Props<PortInOrder> &
    StandardJSONSchemaV1.Props<PortInOrder>;
  /** The full report of the last `validate` call (warnings and infos too, each entry of the list
   * at its own path), for a form that shows them; `undefined` before the first call. */
  readonly lastReport: Report | undefined;
}

/**
 * A Standard Schema of the port-in order for form libraries (react-hook-form's
 * `standardSchemaResolver`, TanStack Form, VeeValidate...) and servers. `validate` is synchronous
 * and fails only on errors. The TN list's work is kept between calls, so a keystroke elsewhere
 * costs what a 10-number list does. `["~standard"].jsonSchema.input/output({ target })` give the
 * canonical order's JSON Schema for "draft-2020-12", "draft-07" or "openapi-3.0" (shapes,
 * enums, lengths; the rules stay in `validate`) and throw for another target.
 * May be made before `init()`; in a browser, `validate` needs it.
 */
export function orderSchema(options?: OrderSchemaOptions): OrderSchema;

/** An error of `toProblemDetails`: RFC 9457's `detail` and a JSON Pointer (RFC 6901, in a URI
 * fragment: `#/subscriber/serviceAddress/zip`) to the field, with the issue's code, rule and
 * params (so a client translating by code can say the values too). */
export interface ProblemDetailsError {
  detail: string;
  pointer: string;
  code: IssueCode;
  rule?: string;
  /** The issue's `params`, when it has any. */
  params?: Record<string, string | number>;
}

/** RFC 9457 problem details for a report, to answer a request with status 422 and the type
 * `application/problem+json`. `errors` holds the report's errors only. */
export interface ProblemDetails {
  type: "about:blank";
  title: "Unprocessable Content";
  status: 422;
  detail: string;
  errors: ProblemDetailsError[];
}

/** The problem details of a report that is not ok (RFC 9457): see `ProblemDetails`. */
export function toProblemDetails(report: Report): ProblemDetails;
