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
