//! The rejection catalog: every published porting code, explained in this project's own words.
//!
//! Compact on purpose (it ships in the `.wasm`): one text, [`DATA`], holds explanation
//! *templates*, each followed by the codes that share it. Lines:
//!
//! - `@fields|title|meaning|action|prevention` starts a template. `fields` are letters of the field table ([`Field`]: the
//!   order paths to fix). `@!` marks a catch-all template (a generic answer for a group of codes
//!   whose published text says little). `{}` in the texts is replaced by the code's subject.
//!   `prevention` says whether a check before submission could catch the code: the ids of the
//!   rules that do (`R-DATE-LEAD R-DATE-PAST`), `?` when one could but no rule does yet, or
//!   nothing (then `|prevention` is left out) when only the losing carrier's records, the
//!   provider's state or an outage can tell.
//! - A code line lists codes using the template above it, separated by spaces:
//!   `7401c`, a range `6378-6423v`, with optional `#fields` (instead of the template's) and
//!   `=E17B,8A` (the losing carrier's own codes, for carrier rejections). The letter after the
//!   digits is the family ([`Family`]). `:subject` ends the line and applies to every code on it;
//!   a last `|prevention` replaces the template's for the line's codes (`|` alone: none).
//!
//! A code may appear in several templates with different carrier codes (7402 `E1` vs `8D`); the
//! first line that names it is its explanation when the message gives no carrier code.
//!
//! No published sentence is copied here: `tests/rejection.rs` checks every explanation against
//! hashes of the published texts (`tests/fixtures/bw_lnp_error_codes.hashes.tsv`).

use crate::order::Field;

/// What a code is about, from the section of the published list it comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    PortIn,
    Carrier,
    Vendor,
    Lsr,
    PortOut,
    TollFree,
    Loa,
    Checker,
}

impl Family {
    fn from_letter(c: u8) -> Option<Family> {
        Some(match c {
            b'p' => Family::PortIn,
            b'c' => Family::Carrier,
            b'v' => Family::Vendor,
            b'r' => Family::Lsr,
            b'o' => Family::PortOut,
            b't' => Family::TollFree,
            b'u' => Family::Loa,
            b'k' => Family::Checker,
            _ => return None,
        })
    }

    /// The name in `explainRejection(...).family`.
    pub fn name(self) -> &'static str {
        match self {
            Family::PortIn => "port-in validation",
            Family::Carrier => "carrier rejection",
            Family::Vendor => "off-net vendor",
            Family::Lsr => "lsr validation",
            Family::PortOut => "port-out validation",
            Family::TollFree => "toll-free",
            Family::Loa => "loa upload",
            Family::Checker => "lnp checker",
        }
    }
}

/// One code with its explanation, as stored (before `{}` is replaced).
#[derive(Clone, Copy, Debug)]
pub struct Record {
    pub code: u32,
    pub family: Family,
    pub title: &'static str,
    pub meaning: &'static str,
    pub action: &'static str,
    /// Field letters (the field table's).
    pub fields: &'static str,
    /// The losing carrier's own codes this explanation is for, comma-separated; may be empty.
    pub carriers: &'static str,
    /// Replaces `{}` in the texts; may be empty.
    pub subject: &'static str,
    /// A generic answer for a group of codes (see the module doc).
    pub catch_all: bool,
    /// Whether a check before submission could catch it, and which rules do (see the module doc).
    pub prevention: &'static str,
}

impl Record {
    /// Could a check before submission catch it?
    pub fn preventable(&self) -> bool {
        !self.prevention.is_empty()
    }

    /// The ids of the rules that catch it before submission; none when no rule does (yet).
    pub fn prevented_by(&self) -> impl Iterator<Item = &'static str> {
        pieces(self.prevention, b' ').filter(|p| p.starts_with("R-"))
    }

    pub fn has_carrier(&self, carrier: &str) -> bool {
        pieces(self.carriers, b',').any(|c| !c.is_empty() && c.eq_ignore_ascii_case(carrier))
    }
}

/// Calls `f` with every record in [`DATA`] order, until it returns `false`. (Not generic, so the
/// `.wasm` holds one copy of this reader.)
pub fn each(f: &mut dyn FnMut(&Record) -> bool) {
    let mut template = ("", false, "", "", "", "");
    for line in pieces(DATA, b'\n') {
        if let Some(rest) = line.strip_prefix('@') {
            let (catch_all, rest) = match rest.strip_prefix('!') {
                Some(r) => (true, r),
                None => (false, rest),
            };
            let mut parts = pieces(rest, b'|');
            let mut part = || parts.next().unwrap_or("");
            template = (part(), catch_all, part(), part(), part(), part());
            continue;
        }
        let (fields, catch_all, title, meaning, action, prevention) = template;
        let (line, prevention) = cut(line, b'|').unwrap_or((line, prevention));
        let (codes, subject) = cut(line, b':').unwrap_or((line, ""));
        for token in pieces(codes, b' ') {
            let Some(t) = Token::parse(token) else { continue };
            for code in t.first..=t.last {
                let record = Record {
                    code,
                    family: t.family,
                    title,
                    meaning,
                    action,
                    fields: t.fields.unwrap_or(fields),
                    carriers: t.carriers,
                    subject,
                    catch_all,
                    prevention,
                };
                if !f(&record) {
                    return;
                }
            }
        }
    }
}

/// `7108p#h`, `6378-6423v`, `7401c=E17B,8A`.
struct Token {
    first: u32,
    last: u32,
    family: Family,
    fields: Option<&'static str>,
    carriers: &'static str,
}

impl Token {
    fn parse(token: &'static str) -> Option<Token> {
        let (head, carriers) = cut(token, b'=').unwrap_or((token, ""));
        let (head, fields) = match cut(head, b'#') {
            Some((h, f)) => (h, Some(f)),
            None => (head, None),
        };
        let family = Family::from_letter(*head.as_bytes().last()?)?;
        let digits = head.get(..head.len() - 1)?;
        let (first, last) = match cut(digits, b'-') {
            Some((a, b)) => (number(a)?, number(b)?),
            None => (number(digits)?, number(digits)?),
        };
        Some(Token { first, last, family, fields, carriers })
    }
}

/// `split` on one ASCII byte (smaller in the `.wasm` than the `char` pattern searcher).
pub fn pieces(s: &str, b: u8) -> impl Iterator<Item = &str> {
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let r = rest?;
        match cut(r, b) {
            Some((head, tail)) => {
                rest = Some(tail);
                Some(head)
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// `split_once` for one ASCII byte.
fn cut(s: &str, b: u8) -> Option<(&str, &str)> {
    let i = s.bytes().position(|c| c == b)?;
    Some((s.get(..i)?, s.get(i + 1..)?))
}

/// Replaces every `{}` in `text` with `subject`.
pub fn fill(text: &str, subject: &str) -> String {
    let mut out = String::with_capacity(text.len() + subject.len());
    let mut rest = text;
    while let Some(i) = rest.bytes().position(|b| b == b'{') {
        out.push_str(rest.get(..i).unwrap_or(""));
        match rest.get(i..i + 2) {
            Some("{}") => {
                out.push_str(subject);
                rest = rest.get(i + 2..).unwrap_or("");
            }
            _ => {
                out.push('{');
                rest = rest.get(i + 1..).unwrap_or("");
            }
        }
    }
    out.push_str(rest);
    out
}

/// Which codes the catalog has: a bit per code below [`KNOWN_LIMIT`].
pub struct Known(Vec<u64>);

/// Published codes are all below this.
pub const KNOWN_LIMIT: u32 = 20_000;

impl Known {
    pub fn new() -> Known {
        let mut bits = vec![0u64; (KNOWN_LIMIT / 64 + 1) as usize];
        each(&mut |r| {
            if let Some(word) = bits.get_mut((r.code / 64) as usize) {
                *word |= 1 << (r.code % 64);
            }
            true
        });
        Known(bits)
    }

    pub fn contains(&self, code: u32) -> bool {
        self.0.get((code / 64) as usize).is_some_and(|w| w & (1 << (code % 64)) != 0)
    }
}

impl Default for Known {
    fn default() -> Self {
        Known::new()
    }
}

/// Whole-number text to a number, nothing else.
pub fn number(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 9 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(s.bytes().fold(0u32, |n, b| n * 10 + u32::from(b - b'0')))
}

/// The explanation of `code`: the one for the losing carrier's code `carrier` when the catalog
/// has one, else the first the catalog lists for the code.
pub fn find(code: u32, carrier: Option<&str>) -> Option<Record> {
    let mut first = None;
    let mut exact = None;
    each(&mut |r| {
        if r.code != code {
            return true;
        }
        if first.is_none() {
            first = Some(*r);
        }
        match carrier {
            Some(c) if r.has_carrier(c) => {
                exact = Some(*r);
                false
            }
            Some(_) => true,
            None => false,
        }
    });
    exact.or(first)
}

/// Every carrier code the catalog knows for `code`.
pub fn carrier_codes(code: u32) -> Vec<&'static str> {
    let mut out = Vec::new();
    each(&mut |r| {
        if r.code == code {
            out.extend(pieces(r.carriers, b',').filter(|c| !c.is_empty()));
        }
        true
    });
    out
}

/// The code a losing carrier's own code (`E24`) belongs to, when the text is only that.
pub fn code_of_carrier(carrier: &str) -> Option<u32> {
    let mut found = None;
    each(&mut |r| {
        if r.has_carrier(carrier) {
            found = Some(r.code);
            return false;
        }
        true
    });
    found
}

/// The order paths for field letters.
pub fn paths(letters: &str) -> Vec<String> {
    letters.bytes().filter_map(Field::from_letter).map(|f| String::from(f.dotted())).collect()
}

/// The catalog. Families: p port-in validation, c carrier rejection, v off-net vendor (Level 3/
/// Lumen), r LSR validation, o port-out validation, t toll-free, u LOA upload, k LNP checker.
pub const DATA: &str = concat!(
    // ---- General request problems --------------------------------------------------------
    r"
@|Request timed out|The provider's system did not answer in time; nothing was checked or changed.|Send the request again in a few minutes; if it keeps timing out, open a ticket with the time and the order ID.
7000k
@|Account ID missing or unknown|The request named no provider account, or one the provider does not know: a fault in how it was sent, not in the order.|Check the account ID your integration or login uses and send again.
7001p 7002p
@|Not permitted for this user|The user or account that sent the request lacks the permission this needs (the message may name it).|Have your account administrator grant it, or let a user who has it do this.
7003p 7325p 7328p 7359p 7365p 7366p 7374p 7376p 7707p
@|Feature not enabled on the account|The account lacks a product or setting this request needs; the message names it.|Ask your account manager to enable it; the order needs no change.
7333p 7613p 7614p 7706p
@a|No coverage for these numbers|The provider cannot serve the numbers' rate center, so it cannot take them in.|Run a portability check and ask your account manager whether the rate center can be added.
7004p 7331p
@d|Earliest date unknown|The provider could not work out the first possible port date, so it could not check the requested one.|Try again later; if it persists, ask for a date 5 or more business days out and open a ticket.
7005p
@!|Error inside the provider's systems|A step inside the provider's systems failed; nothing points at the order.|Try again later. If it lasts beyond one business day, open a ticket with the order ID and the time.
7006p 7326p 7599p 7999p
@|Request not understood|The request was malformed or lacked a required element (the message may name it), so nothing was checked.|Compare it with the API schema (element names, nesting, formats such as dates), correct it and send again.
7598p 7612p 6107v 6131v 6141v
@|Order ID missing or unknown|The request must name an existing order by its ID; it was missing, malformed, not found or on another account.|Copy the order ID from the order's page (it is neither the PON nor your customer order ID) and send again.
7100p 7200p 7215p 7335p 7480p 7700p 17014r
@|Portability check option not valid|The request asked for a kind of portability check the API does not know.|Use one of the modes the message lists.
7472p
",
    // ---- Required and invalid fields (71xx, 72xx) -----------------------------------------
    r"
@a|No numbers on the order|The order has no telephone number to port; only a draft may be empty.|Add the numbers, one 10-digit number each, and submit again; check that a pasted list was not cut off.|R-TN-COUNT
7101p 7102p 7122p 7316p 7505p 17003r 6111v 6301v
@b|Billing telephone number missing|The order has no billing telephone number (BTN), the number the losing carrier files the account under; every port that is not toll-free needs one.|Enter the account's main number from the end user's bill or the losing carrier's customer service record (CSR); it need not be ported.|R-TN-BTN
7103p
@k|End-user details missing|The order has no subscriber section: no type, name or service address.|Fill in the subscriber type, name and service address exactly as the losing carrier has them.|R-SUBSCRIBER R-ADDRESS
7104p
@tBfL|Name missing for the subscriber type|A business account needs its business name; a residential one needs the person's last name.|Enter the name as on the losing carrier's records (a recent bill or the CSR), or correct the subscriber type; then submit or supplement.|R-SUBSCRIBER
7105p 7422c=8F 17010r 17012r 6295v
@tBL|Name fields do not fit the subscriber type|A residential order carries a business name, or a business LSR carries a last name.|Set the subscriber type the account really has and keep only its name fields: the business name, or first and last name.|R-SUBSCRIBER
7211p 17011r
@t|Subscriber type missing|The order does not say whether the account is business or residential.|Set BUSINESS or RESIDENTIAL, as the losing carrier bills the account.|R-SUBSCRIBER
7106p
@s|Service address missing|The order has no service address (where the numbers are in service).|Enter the address where the lines are installed, not a billing or mailing address.|R-ADDRESS
7107p
@s|Service address without {}|The service address has no {}, which the current carrier needs to find the account.|Add the {} of the address where the numbers are in service, as on the carrier's records.|R-ADDRESS
7108p#h:house number
7109p#r:street name
7110p#c:city
7111p#S:state code
7112p#z 7514o#z:ZIP code
@AI|Account number and PIN missing|The order has no wireless details; wireless carriers always ask for the account number and PIN.|Get both from the end user (the PIN is the port-out or transfer PIN of the current carrier) and enter them.|R-ACCOUNT-PIN
7113p 6207v
@A|Account number missing|The account number with the current carrier is missing.|Enter it as on the end user's latest bill from that carrier; it is not the phone number.|R-ACCOUNT-PIN
7114p 7510o#uA
@A|Account number missing or wrong|The account number is missing, or is not the one the current carrier has for the end user.|Take it from a bill dated within 30 days (it is not the phone number), correct it and supplement; send the bill if it is refused again.
7212p 7401c=E17B,E17A,8A 7511o#uA
@l|Authorizing person missing|The name of the person who authorized the port (who signed the LOA) is missing.|Enter someone the losing carrier knows as authorized on the account, usually the account holder.|R-LOA R-LSR-SHAPE
7115p 17023r
@|Gaining SPID missing|The request lacks the service provider ID (SPID) of the network the numbers move to.|Send the SPID your account ports with (see your account settings, or ask support).
7116p
@I|PIN missing|The current carrier protects the account with a PIN or passcode, and none was given.|Ask the end user for the port-out PIN (wireless carriers issue a transfer PIN on request) and enter it.|R-ACCOUNT-PIN
7117p 7512o#iI
@|Port-out action missing|The request did not say what to do with the port-out.|Send it again with the action filled in.
7118p
@d|Requested date missing|The order has no requested FOC date.|Enter a business day 3 or more business days ahead (5 is safer), as YYYY-MM-DD.|?
7119p
@P|PON missing|The order has no purchase order number (PON), the carriers' reference for the request.|Enter up to 25 letters, digits, - _ or #; a new request needs a new PON, a supplement keeps the old one.|R-IDS
7120p
@y|Order type missing|The request lacks the order type needed to route it.|Set it and send again; if the portal sent it, open a ticket.
7121p
@|Billing type missing or wrong|The billing type (how the port is charged, such as PORTIN) is missing or not accepted.|Use a value the message lists.|R-BILLING-TYPE
7123p 7358p
@a|Telephone number not valid|A number is not a valid 10-digit North American number (length, an area code or exchange starting with 0 or 1, or a stray character).|Correct or remove the numbers the message names and submit again.|R-TN-PARSE R-TN-NANP R-TN-COUNTRY R-TN-AREA-CODE
7201p 7339p 7501p 5008p 17002r 6148-6150v 6183v 6297v
@a|Telephone number not found|The number is not on this order or account, or unknown to the system.|Check it for typos and that it belongs here; a number never ported or activated cannot be found.
7202p 7341p 6284v
@b|Billing telephone number not valid|The BTN is not a valid 10-digit number.|Enter the account's main number as on the end user's bill.|R-TN-BTN
7203p
@abn|Numbers with different carriers|The numbers, the BTN and the replacement BTN are not all with the same losing carrier (or vendor), and one order goes to one.|Run a portability check and split the numbers into one order per carrier, each with a BTN of that account.
7204p 7363p
@a|Number already on another order|A number is already on another open order or transaction, and can be on only one.|Search by the number to find that order; finish or cancel it, or drop the number here.
7205p 6526v
@a|Number already in service with the provider|The number is already active with the provider or its off-net vendor, so there is nothing to port in.|Check where it is active; move it between accounts instead, or open a ticket if it should not be active.
7206p 6212v 6302v
@d|Date not readable|A date is not valid or not in the expected form.|Send YYYY-MM-DD (port-ins also take an ISO-8601 date-time with an offset) and check that the day exists.|R-DATE-FORMAT
7207p 7217p 7216p#F 17013r 6123v
@d|Requested date in the past|The requested FOC date is before today.|Choose a business day 3 or more business days ahead (5 is safer).|R-DATE-PAST
7208p
@d|Requested date too soon|The requested date is earlier than the port can be completed.|Move it to 3 or more business days ahead (5 is safer), or to the earliest date the message gives.|R-DATE-LEAD
7209p 7317p 7439c=1M 6275v
@d|Requested date too far ahead|The requested date is more than 30 days away.|Choose a date within 30 days; for a later move, submit nearer the time.|R-DATE-HORIZON
7210p
@I|PIN does not match|The PIN is not valid, or not the one the current carrier holds (PINs often expire).|Check it with the end user (letters and digits, at most 10); if needed they ask the carrier for a fresh one.
7213p 7513o#iI 7610p#iI
@z|ZIP code not valid|The service address ZIP code is not a valid US ZIP code.|Enter 5 digits, or ZIP+4 as 12345-6789.|R-ADDRESS R-ADDRESS-ZIP-STATE
7214p
",
    // ---- Order state, editing, scheduling, activation (73xx-77xx) -------------------------
    r"
@|Waiting for the losing carrier|The order awaits the losing carrier's answer and cannot change until it comes.|Wait for the FOC or rejection; if the change cannot wait, open a ticket.
7300p
@d|Too close to the FOC date|Changes and cancels are refused this close to the port date: within 24 hours of it or on the day (2 days at the off-net vendor).|Open a ticket with the porting team if the port must change or stop.|R-EDIT-NEAR-FOC
7301p 7390p 7635p 6314v
@|FOC date has passed|The port date is past, so the order can no longer be changed or cancelled.|If the numbers did not move, open a ticket; to port them later, submit a new order.|R-EDIT-NEAR-FOC
7302p 7371p
@|Order closed|The order is complete, cancelled or failed (or some numbers already ported), so it cannot change.|Submit a new order; an LSR may reuse its PON, which then gets a new PON version.|R-STATUS-EDITABLE
7303p 7304p 7349p 17015r 17029r
@|Cancel pending|A cancel was requested, so no other change is accepted.|Wait for it to finish and submit a new order; if it was a mistake, open a ticket at once.|R-STATUS-EDITABLE
7353p
@|Change refused: {}|The order's port type or status does not allow changing the {} now (as after FOC off-net, or on a wireless-to-wireless port).|Leave it; if it is wrong, cancel and submit a new order, or open a ticket if the date is near.|R-EDIT-FIELDS
7305p#b:billing telephone number
7306p#k:end-user details
7307p#s:service address
7308p#AI:account number and PIN
@Q|Alternate SPID changed after submission|The alternate SPID may be set or changed only while the order is a draft; once it is submitted, it stays as saved.|Send the supplement with the saved alternate SPID, or without it.|R-EDIT-ALTERNATE-SPID
7708p
@|Site or SIP peer not set up|The site or SIP peer named is missing, unknown, or has no default SIP peer for the numbers.|Check the IDs against your account, or give the site a default SIP peer.
7309-7312p 7332p 7334p
@|SIP peer cannot change|The SIP peer of these numbers cannot change on this port request.|Move the numbers to another SIP peer after the port completes.
7487p
@d|Time outside processing hours|The requested time is outside the hours this port can be worked (Eastern time).|Choose a time in the window the message gives, or leave it out for the default.|?
7313p 7603p
@a|Too many numbers on one order|The order holds more numbers than this request allows.|Split them within the limit the message gives (automated on-net: 999), or ask for a project port.|R-TN-COUNT
7314p 7490p 5095p 6269v
@d|Date on a weekend or holiday|The requested date is not a business day.|Move it to a weekday that is not a federal holiday or a holiday of the losing carrier.|R-DATE-BUSINESS
7315p 7387p 17019r 6304v 6310v 6311v
@o|Customer order ID not accepted|Your own order reference has characters other than letters, digits, dashes and spaces, or is over 40 long.|Shorten it to 40 and drop the other characters.|R-IDS
7318p
@p|Full/partial indicator not valid|The partial port indicator is not true or false.|Send true if some numbers or services stay with the losing carrier, false if all move.|?
7319p
@a|Internal port|The number is already with the provider or its vendor (for another customer): a move between accounts, not a port.|Open a ticket with the porting team to move it.
7320p 7431c=E40 7441c=6B
@ay|Toll-free number on the wrong kind of order|A toll-free number went through a process for ordinary numbers only.|Port toll-free numbers on their own order with port type MANUAL_TOLL_FREE, or open a ticket.|R-TN-TOLLFREE
7321p 7400c=E428 6138v 6429v 6430v
@kbsAI|Details do not match the records|The current carrier says the end-user details (name, address, BTN, account data) are missing or do not match its records.|Compare each with the carrier's customer service record (CSR) or a bill, correct what differs and supplement; send the CSR to dispute.
7322p 7408c=6C 7471c=E18 7519o#kuisb 6289v
@|Porting vendor unreachable|The provider could not reach the porting vendor. A temporary fault.|Submit again later.
7323p
@|Name too long: {}|The {} is longer than the port request can carry.|Shorten it, keeping the form the losing carrier's records show.|R-SUBSCRIBER
7324p#B:business name (25 at most)
7354p#m:middle initial (1 at most)
7355p#f:first name (25 at most)
7356p#L:last name (25 at most)
7357p#l:authorizing person (15 at most)|R-LOA
17024r#l:authorizing person|R-LSR-SHAPE
@|Name shortened|The name was too long for the losing carrier, so the provider cut it; the order goes on.|Nothing to do, unless the cut name no longer matches the carrier's records; then supplement with a short form.|R-SUBSCRIBER
7388p 7396p
@|Port-out past its FOC grace period|The port-out was not activated in the grace period after its FOC date.|A FOC is good for 10 business days (the FOC date is day 1); activate now or submit a new LSR.|R-FOC-VALIDITY
7327p
@|Street direction not valid|The {} is not an abbreviation such as N, SW or NE.|Write North as N, Southwest as SW, or leave it empty.|R-ADDRESS
7329p#D:direction before the street name
7330p#E:direction after the street name
@|Account on hold for paperwork|The account is locked until contract paperwork is done.|Ask your account manager to finish it, then submit again.
7336p
@|Alternate SPID does not match|The alternate SPID differs from your account's.|Use the one in your account settings, or leave it out.
7337p
@|Activation not allowed now|You asked to activate the numbers yourself, which this order does not allow: {}.|Let the port activate at its FOC time, or ask the porting team.
7342p:the window has not opened
7343p:not for wireless networks
7344p:not yet when the provider is the losing carrier
7345p:the order is not a triggered (on-demand) port
7346p:triggered porting is off for the account
7350p:the setting cannot change
7352p 7606p:the order needs FOC first
7361p:not on manual off-net ports
7492p:not on manually triggered ports
7608p:only triggered ports may change the time
7338p:the activation status is missing
@a|Numbers already activated|The numbers are already active.|Make a test call; nothing more to activate.
7340p
@|Activation time adjusted|The time asked for could not be used, so the provider set another (the latest allowed, or the default); the order goes on.|If the new time does not suit, supplement with one inside the allowed window.|R-TIME-WINDOW R-TIME-TRIGGERED
7347p 7389p
@|Processing paused|Processing waits for a system the provider depends on and resumes by itself.|Nothing to do; open a ticket if the order has not moved after one business day.
7348p
@a|Activation refused by the NPAC|The NPAC, the industry database that routes ported numbers, refused the activation.|Try again shortly; if refused again, open a ticket at once, as the numbers do not route until it works.
7351p
@a|Same number twice|A number appears more than once in the list.|Keep each once (the message names them); look for one number written two ways.|R-TN-DUPLICATE
7360p 7502p 17009r
@|Status change not allowed|The request sets a processing status or actual FOC date the order cannot take from its current state.|Make only a change the message allows (often just a cancel).|?
7364p 7367p 7368p 7370p 7372p 7379p 7624t 7625t 7637p 7648p 7702p
@F|Actual FOC date in the past|The actual FOC date is before today.|Give today or later, or leave it to the porting team.
7369p
@|Automatic activation setting refused|The AutoActivation or ManualTnActivation setting is not allowed: {}.|Remove or correct it and send again.
7373p 7375p:manual port-ins only
7377p:not when the order is created
7476p:not on this port-in
7477p:the value is unknown
7478p:it cannot go back to none
@a|Numbers must be activated by hand|These numbers cannot activate automatically.|Activate them on the FOC date, or ask the porting team how.
7479p
@a|Number not in service with the losing carrier|The losing carrier does not have the number in service; only working numbers port.|Have the end user get it reinstated, or remove it.
7378p
@|Activation outside support hours|Activation is set for a time when support is off; help with a failure would wait a business day.|Nothing blocks the order; for a critical cutover, use 08:00-20:00 ET on a business day.|R-TIME-WINDOW
7380p
@d|Activation time outside the window|The activation time is outside the hours allowed on the FOC date.|Use the window the message gives (automated: 06:00-22:00 ET off-net, 05:00-22:00 ET on-net).|R-TIME-WINDOW
7381p 7382p 7604p 7605p
@|Field not used on toll-free ports: {}|Toll-free port-ins carry no {}.|Remove it and submit again.|R-TOLLFREE-FIELDS
7383p#AI:account number or PIN
7384p#p:full/partial indicator
7385p#b:billing telephone number
@ay|Toll-free and ordinary numbers mixed|The order mixes toll-free and ordinary numbers, which port by different processes.|Move the toll-free numbers to their own order with port type MANUAL_TOLL_FREE.|R-TN-TOLLFREE
7386p
@tB|Toll-free ports are business only|A toll-free port-in has a residential subscriber type.|Set BUSINESS and give the business name.|R-SUBSCRIBER
7391p
@|Immediate port not allowed|The order asks to port immediately, which {}.|Remove the immediate flag and give a date and time.|?
7362p:manual port-ins do not support
7392p 7394p:manual toll-free off-net port-ins do not support
7601p:only works in business hours
@S|State code not accepted|The state is not a supported two-letter USPS code.|Use the code (NC, not N.C. or North Carolina); states, DC, PR, VI, GU, AS and MP are accepted.|R-ADDRESS
7395p
@a|Number attribute refused|The attribute given to a number (Protected, External or Hosted) is not allowed: {}.|Remove or correct it.|R-TN-ATTRIBUTES
7397p:toll-free numbers cannot be Protected|R-TOLLFREE-FIELDS
7398p:Protected is not offered off-net|R-TOLLFREE-FIELDS
7399p:it is not one of the three
7474p:it was given twice
7475p:the account is not set up for Protected numbers|
@AIui|Account number and PIN in the wrong place|On port-ins they belong in the wireless details, not the subscriber section (where LSRs carry them).|Move them to wirelessInfo.accountNumber and wirelessInfo.pinNumber.|R-ACCOUNT-PIN
7481p
@|Override only in exception status|The OverrideValidation flag can be supplemented only while the order is in EXCEPTION.|Send the supplement without it.|?
7482p 17034r
@|Supplement not allowed|This order cannot be supplemented now.|Open a ticket if the change is needed; if the order is wrong and not near its date, cancel and resubmit.
7483p 17035r
@|Losing carrier unknown, assumed supported|The losing carrier could not be looked up, so a supported one was assumed.|Nothing to do; if the port is later refused as unsupported, run a portability check.
7486p
@a|Losing carrier not identified|The lookup found no service provider ID (SPID) for a number, or no carrier for the ordinary numbers.|Check the number is in service and portable; if it is, open a ticket naming it.
7489p 7646p 17031r
@a|Order cancelled: numbers still active here|The numbers named are still in service in the provider's own system (for example on another account).|Have support disconnect them there, then submit the port-in again.
7491p
@n|Replacement BTN not valid|The replacement BTN is not a valid 10-digit number.|Enter a number that stays on the account with the losing carrier.|R-TN-BTN
7494p
@na|Replacement BTN is being ported|The replacement BTN is in the list to port, but it must stay on the account.|Choose a number that remains, or take it out of the list.|R-TN-BTN
7496p
@nb|Replacement BTN equals the BTN|The replacement BTN must differ from the BTN, which is leaving.|Enter another active number on the account that is not porting.|R-TN-BTN
7497p
@a|Number list locked|The numbers on this order can no longer change.|Cancel and submit a new order with the right list.|R-EDIT-FIELDS R-LSR-TN-CHANGE
7498p 7506p
@a|New numbers from another carrier|Numbers added to this port are with another losing carrier or vendor than the rest.|Put them on a new port-in.
7495p 7500p
@y|Port type cannot change|An order's port type cannot change.|Cancel and create an order of the right type.|R-EDIT-FIELDS
7499p
@a|Number cannot be ported|The current carrier or the numbering databases list the number as not portable.|Run a portability check; remove the number, or have the end user ask the carrier why, then submit or supplement.
7503p 7403c=6K 7470c=E42O 6113v 6154v 6170v 6171v 6193v 6200v 6211v 6213v
@a|Numbers are external|An internal port-in named numbers that are with another carrier, so it was cancelled.|Submit an ordinary port-in for them.
7504p
@a|Only toll-free numbers allowed|This toll-free order has an ordinary number.|Port ordinary numbers on a separate order.|R-TN-TOLLFREE
7507p
@a|External numbers not allowed|The numbers named are marked External (served elsewhere) on the account.|Remove them, or have support change their setup.
7600p 17037r
@d|Requested date outside the allowed range|The date is outside the range the message gives.|Choose a business day inside it.|R-DATE-LEAD R-DATE-HORIZON
7602p
@|Order not passed to the off-net vendor|The order could not be sent to the off-net vendor (Level 3/Lumen).|Submit again later; open a ticket if it fails again.
7607p
@a|Losing carrier not supported|The numbers are with a carrier the provider cannot port from this way.|Ask support whether a manual port is possible, or leave them out.
7609p
@|Cancelled by the porting vendor|The porting vendor cancelled the order without a reason.|Open a ticket to learn why before submitting again.
7611p
@|Restart of automation refused|Restarting the order's automation {}.|Open a ticket if the order seems stuck.
7649p:is for the provider's staff only
7650p:is not offered for this order type
7651p:is not possible now
@a|No portable numbers in the bulk port-in|None of its numbers can be ported.|Fix or replace the numbers, then try again.
7653p
@a|Numbers not with the provider|Numbers on the port-out request are not in service on any account of the provider.|Check them; open a ticket if they should be there.
7671p
@a|Numbers on several accounts|A port-out request may hold numbers of one account only.|Split it by account.
7672p
@|Bulk port-in change refused|The bulk port-in (a group of port-ins sent together) refused the change: {}.|Adjust it and send again; the port-ins themselves are fine.
7701p:the port-in is in another bulk port-in
7703p:with port-ins attached, change it part by part
7704p:it has no port-ins
7705p:that field is locked while port-ins are attached
7709p 7716p:only a draft allows this
7710p:no history for bulk or draft port-ins
7711p:its list is locked in this status
7712p 7713p:drafts and submitted port-ins cannot mix
7714p:closed port-ins cannot be added
7715p:the port-in's earliest date is after the bulk date
7717p:submit the draft bulk port-in or detach the order first
7718p 7719p:numbers repeat across its port-ins
",
    // ---- Toll-free and document uploads --------------------------------------------------
    r"
@a|Toll-free number not valid|A number given as toll-free is not one (800, 833, 844, 855, 866, 877, 888).|Correct or remove the numbers listed.|R-TN-TOLLFREE
7615t
@a|Too many toll-free numbers|More toll-free numbers than the limit the message gives.|Split them over several requests.|?
7616t
@|Toll-free lookup failed|The toll-free vendor gave no usable answer about the numbers.|Try again later; open a ticket if it persists.
7617-7619t 7623t 7626t 7628t
@a|Toll-free number cannot be ported|A toll-free number {}.|Remove the numbers listed and submit the rest.
7620t 7642p:is spare, owned by no one (reserve it as new instead)
7621t 7643p:is unavailable in the registry
7622t 7644p:was refused by the vendor
7627t:is held by a RespOrg ending in 99
6151v:cannot be ported off-net
@a|Toll-free number needs a manual port|A toll-free number {}, so it must be ported by hand.|Open a ticket with the porting team and take it off this order.
7654t 7656p:is disconnected
7655t 7657p:is in a transitional status
@|Retry of number validation refused|Retrying toll-free validation only works {}.|Fix the numbers flagged instead.
7523p:on toll-free orders
7524p:in the invalid-numbers state
7525p:after a failure to reach the vendor
7526p:on orders with numbers
@R|Target RespOrg ID problem|The target RespOrg ID (the toll-free owner the numbers move to) {}.|Use your account's RespOrg ID (5 letters or digits); ask your account manager for another.|R-TN-RESPORG
7527p 7528p:must be 5 letters or digits
7529-7531p:is not one your account may use|
7532p 7533p:is required
7534p:cannot change after submission|R-EDIT-FIXED
7535p:fits only a draft bulk port-in|
@|RespOrg change failed|The toll-free vendor's RespOrg change (ROC) request failed.|Open a ticket with the order ID and the vendor text.
7629-7634p
@d|Date locked in this toll-free state|The date cannot change while numbers are validated or invalid, or documents pending.|Finish validation or upload the documents first.
7636p
@a|Toll-free numbers of several RespOrgs|A toll-free port-in holds numbers of one RespOrg only.|Split it per RespOrg, as the response shows.
7652p
@|Document upload refused|{}.|Fix the upload and send it again.
7638u:Toll-free port-ins take PDF or TIFF files only
7639u 7640u:The document type must be LOA, INVOICE, CSR or OTHER (query parameter or header)
7641u:The query parameter and header give different document types
7800u:The file name is over 50 characters
",
    // ---- Carrier rejections (74xx, with the losing carrier's own code) --------------------
    r"
@s|Service address does not match|The losing carrier says the service address differs from the account's; a billing or mailing address given instead of where the lines are installed is a common cause.|Compare it with the losing carrier's customer service record (CSR) or a bill, correct it and supplement; if it is right, send the CSR to dispute, or cancel and resubmit.
7402c=E1
@zs|Service ZIP code does not match|The ZIP code of the service address differs from the one on the end user's account.|Use the ZIP code of the service address on the account (check the CSR or a bill, not a mailing address), correct it and supplement.
7402c=8D 7515o
@B|Business name does not match|The losing carrier says the business name is missing or differs from the account's.|Use the name exactly as billed (see the bill or CSR: legal name, Inc or LLC) and supplement, or send the CSR to dispute.
7404c=8G
@a|Carrier refuses a multi-line request|The losing carrier will not handle several lines or numbers on this request.|Ask the porting team how to split it, then send the numbers on separate orders.|R-TN-COUNT
7405c=6R 7428c=E23
@abn|Centrex service on the account|The numbers are part of a Centrex service; porting ends it, which can break PBX and hunt group features for numbers left behind, and a porting BTN needs a replacement.|If the end user accepts, tell the porting team to go on (give a replacement BTN if needed); otherwise they rework the Centrex with the losing carrier first, or you cancel.
7406c=E6c
@a|Pending order at the losing carrier|The end user has another open order with the losing carrier (a port elsewhere, a change or a disconnect) that conflicts.|The end user cancels that order or lets it finish; then ask the porting team to resend. Or cancel this order.
7407c=E19 6281v 6500v
@a|Another port already pending|A number already has an open request to port to another provider.|Ask the end user which; either that request is cancelled and you tell the porting team to go on, or you cancel this order.
7407c=6M,6N 6473v
@a|Number disconnected or account inactive|The losing carrier says a number is disconnected or off the account, or the account is inactive; only working numbers on an active account port.|Have the end user get it reinstated or reactivated, then resubmit or tell the porting team; remove numbers that cannot be.
7409c=E27,E30 6470v 6519v
@a|Number not active|The current carrier says the number is not in service.|Have the end user get it restored, then submit again, or remove it.
7426c=6D 7518o
@a|Distinctive ring on the line|The number rings as a second number on a line (distinctive ring); porting it removes the feature.|If the end user accepts, tell the porting team to go on; otherwise cancel.
7410c=E6a
@bn|{} on the number|The number carries {} with the losing carrier; porting it disconnects that service.|To keep it, the end user has the losing carrier move it to another number (a new BTN) first; then tell the porting team to go on.
7411c=E25:DSL internet service
7421c=E6f:ISDN service
@d|Requested date cannot be met|The losing carrier cannot port on the requested date (workload, or its network is not ready).|Supplement with a later date, 3 or more business days ahead (5 is safer).|R-DATE-LEAD
7412c=1N,6E,E35,6F,1L 7430c=1C 7442c=1B 6547v
@|End user not ready or staying|The losing carrier says the end user told it they do not want to port yet, or want to stay.|Confirm with the end user. To go ahead they tell the losing carrier and you supplement with a later date; otherwise cancel.
7413c=1E 6562v
@fL|First name missing or wrong|The first name is missing or does not match the account.|Enter it as on the bill or CSR and supplement.
7414c=8E
@a|FX line|The number is an FX (foreign exchange) line, served from a distant exchange.|Check you can serve its rate center, confirm with the end user, and tell the porting team to go on or remove it.
7415c=E6e
@a|Port freeze on the line|The end user has a port freeze (a lock) with the current carrier.|The end user asks the carrier to lift it; then resubmit, or open a ticket with the removal confirmation number and a new date.
7416c=E6d 7520o 6445v
@|Carrier-side error|The port request got an error from the carrier side, without a reason.|Open a ticket with the order ID.
7417c=6G,1P,999
@d|Losing carrier delay|The losing carrier reports {}; the date may slip. Nothing is wrong with the order.|No change needed; tell the end user.
7418c=6J:a high volume of orders
7444c=6H:a system outage
6565v:a system conversion
@a|Hunt group on the numbers|A number leads (pilots) a hunt group; porting it can break hunting for numbers left behind.|Confirm the group may go and tell the porting team to go on, or the end user reworks it first.
7419c=E6b
@al|Unreadable LOA or number not portable|The losing carrier says the LOA fax was unreadable or a number is not portable.|Resend a clear LOA; the end user asks the carrier to make the number portable; otherwise cancel.
7420c=7B
@a|Other numbers on the request failed|This number passed, but others on the request were rejected.|Fix or remove those numbers, then supplement.
7423c=7A
@l|LOA requested|The losing carrier wants a letter of authorization (LOA).|Upload an LOA with the account name, the numbers and an authorized person's legible signature, dated within 30 days; then set a new date.
7424c=E8 6114v 6483v 6484v
@aI|Port protection on the wireless number|The wireless number (MDN) has port protection.|The end user turns it off, or gets a transfer PIN, with their carrier; then supplement.
7425c=6P
@aA|Wireless number not with this carrier|The wireless carrier does not have this number (MDN), or not on this account.|Check who serves it now and the account number; correct and supplement.
7427c=6A
@BfL|End-user name does not match|The losing carrier says the end user's name differs from the account.|Use the name exactly as on the bill or CSR and supplement, or send the CSR to dispute.
7429c=E10
@|Change refused by the losing carrier's rules|The losing carrier does not allow the order to be {} now.|Let the port complete. To go back, ask the porting team for a snapback within 24 hours; later, only a win-back the end user starts with the old carrier.
7432c=E34:cancelled
7433c=E33:supplemented
@pbn|Full/partial indicator or BTN problem|The losing carrier says the full/partial indicator does not fit the account: all of it moves but the order says partial (or the reverse), or the BTN ports while services stay.|Ask the end user what stays. All moves: partial port false, every number listed. Some stays: partial port true and a replacement BTN that remains.|R-TN-BTN
7434c 6504v
@p|Full or partial port set wrong|The migration indicator (full or partial port) does not fit the account.|Set partial port false if every number moves, true if some stay, and tell the porting team.|R-TN-BTN
7434c=E24
@pna|BTN porting while the account stays|The BTN ports, but other numbers or services stay and need a new BTN.|Give a replacement BTN that stays and supplement, or resubmit all the account's numbers as a full port.|R-TN-BTN
7434c=E6h 6510v
@I|PIN missing or wrong|The losing carrier says the PIN or passcode is missing or wrong.|Get the port-out PIN or passcode from the end user (wireless carriers issue a transfer PIN) and supplement.
7435c=E42PWB,E42PWA,8C
@aAI|Prepaid wireless number|The number is on a prepaid plan, whose carrier wants prepaid account details.|Get the prepaid account number and PIN from the end user and supplement.
7436c=7C
@s|Remote call forwarding number|The number forwards remotely (RCF) and has no line, so the carrier needs the real service address.|Give the address where the RCF is billed or installed, say if the forwarding may stop, and supplement.
7437c=E6g
@|Sent outside the carrier's hours|The losing carrier got the request outside its working hours.|Nothing to do; it is worked the next business day.
7438c=6L
@|Error normally caught earlier|The carrier returned an error earlier checks should have caught, without naming the field.|Check the whole order, correct it and supplement; open a ticket if it looks right.
7440c=104
@|Tax ID or SSN needed|The losing carrier wants the tax ID or the last 4 digits of the SSN, or says the one given is wrong.|Get it from the end user and give it to the porting team in a ticket, never in order fields or notes.
7443c=8B 6513v
@b|BTN rejected|The losing carrier says the BTN is not the account's main number on its customer service record (CSR).|Take the BTN from a bill or the CSR and correct it; send the CSR to dispute.
7445c=E14 6493v
@l|Authorizing name does not match|The person named as authorizing is missing, unreadable, or not on the account for the losing carrier.|Name someone the carrier lists as authorized (often the account holder) and supplement or tell the porting team; send the CSR to dispute.
7473c=E10a 6505v 6506v
@|Rejection being worked by the porting team|The losing carrier rejected the order; the porting team is resolving it.|Wait; if nothing moves in 2 business days, contact support.
7484c=E1111
@a|Order being split for the losing carrier|The losing carrier wants several smaller submissions; the porting team is splitting it.|Wait; updates should come within 1-2 business days.
7485c=E9999
",
    // ---- Port-out validation (the current provider's own checks on an LSR) ---------------
    r"
@aA|Number not on this account|The current provider does not find this number on the account given, or at all.|Check the number and account number on a recent bill; fix the wrong one, or split numbers of different accounts.
7516o
@aP|One number per request|The current provider of these numbers takes one telephone number per port request.|Submit a separate request for each number, each with its own new PON. (The oneTnPerOrder option checks this before you send.)|R-TN-COUNT
7517o
@|Manual handling needed|The current provider's check needs an LNP agent to confirm the details with its customer by hand, and the agent is not alerted until you write.|Email the porting team (port-outs) at once with the PON and numbers; the LSR is updated within 24 hours of that. Write again if nothing changes.
7521o
@|Port-out check unavailable|The current provider's port-out check could not run or gave an unusable answer: {}.|As the gaining carrier, submit again later or email the porting team with the PON; if you run that check, fix its response.
7522p:it is moving to another system
7593o 7594o:an unexpected HTTP status
7595o:an empty answer
7596o:not portable, with no reason
7597o:an unknown error code
",
    // ---- LSRs: port-out requests from other carriers (17xxx) -----------------------------
    r"
@|LSR failed validation|The LSR failed the provider's checks; a more specific code usually comes with it.|Read the other codes in the answer, or check every field, and send again.
400r
@|LSR body missing|The LSR arrived without its data.|Send it with the full body.
17000r
@P|PON not accepted|The PON is over 25 characters or has characters other than letters, digits, - _ and #.|Shorten it and remove spaces and other symbols.|R-IDS
17004r
@a|Toll-free number on an LSR|LSRs port ordinary numbers; toll-free numbers move by a RespOrg change.|Remove them from the LSR.|R-TN-TOLLFREE
17005r
@u|Account number not accepted|The account number is not letters and digits only, or is over 32 long.|Send it as on the bill, letters and digits only.|R-ACCOUNT-PIN
17006r
@i|PIN not accepted|The PIN is not letters and digits only, or is over 10 long.|Send it as letters and digits, 10 at most.|R-ACCOUNT-PIN
17007r
@aPd|Pending FOC under another PON (or internal error)|Two readings. The provider's API list calls 17008 a generic internal error, but in practice it rejects numbers that already have a pending FOC on another order: the message names each number with that order's PON and FOC date. That order may be another carrier's, or an earlier one of yours never cancelled or worked.|Search the portal by number to see its orders. If the earlier PON is yours, supplement that PON instead of sending a new LSR; if another carrier's, the end user must cancel that order with them. If no number is named, treat it as an internal error and email support if it lasts beyond one business day.
17008r
@|SPID not set up|The account the LSR is for has no SPID configured.|Ask support to configure it, then submit again.
17017r 17027r
@|LSR is being cancelled|The request cancels the LSR, so its other changes were ignored.|Submit a new LSR if the cancel was not intended.
17018r
@|SPID problem on the LSR|The LSR's SPID {}.|Send your 4-character SPID, the one configured for the account.|R-LSR-SHAPE
17020r:differs from the account's|
17021r:is not 4 letters or digits
17022r:is missing, and this account needs one on every LSR
@|Field cannot change on an LSR|The update changes a locked field, or sets a status other than CANCELLED.|Leave the field; to change numbers, cancel and resubmit.|R-LSR-TN-CHANGE R-EDIT-FIELDS
17025r
@s|Address field too long|A service address field is over the limit the message gives.|Shorten it (USPS abbreviations: St, Ave, Ste).|?
17026r
@da|Large port needs more lead time|Ports of over the number of numbers stated need a later date (the message gives the days).|Move the date out, or split the LSR.|?
17028r
@a|LSR partly completed|Some numbers ported, but those named were not activated.|Activate them before the FOC expires (10 business days, FOC date as day 1), or email the porting team.
17030r
@P|PON already used|Another LSR already uses this PON.|Use a new PON; to change that order, supplement it under its PON.
17032r 17033r
@a|No number was activated|The LSR could not complete: none of its numbers were activated.|Activate them (build subscriptions) before the FOC expires, or submit a new LSR.
17036r
",
    // ---- Off-net vendor (Level 3/Lumen) jeopardies and errors (6xxx) ----------------------
    r"
@!|Off-net vendor retrying|A temporary fault at the off-net vendor (Level 3/Lumen); the provider retries.|Nothing to do; to skip the wait, cancel and resubmit.
6100v 6102v 6139v 6142v 6191v 6195v 6197v 6217v 6222v 6233v 6234v 6258v 6272v 6273v 6276v 6320v 6336v 6361v 6370v 6374v 6424-6426v
@!|Off-net vendor could not process the order|The off-net vendor stopped on an error with no specific reason.|Cancel and resubmit unchanged; if it recurs, open a ticket.
6101v 6103v 6104v 6106v 6108-6110v 6112v 6115-6119v 6121v 6122v 6129v 6130v 6143v 6145v 6240v 6241v 6529v
@!|Message from the off-net vendor|The off-net vendor sent its own text with this code, which has no fixed meaning.|Follow the vendor's text; if unclear, open a ticket with the order ID and that text.
6125-6128v 6189v 6190v 6201v 6202v 6204v 6205v 6221v 6223v 6224v 6245v 6246v 6250v 6251v 6253-6257v 6259-6263v 6277v 6282v 6283v 6285v 6286v 6296v 6307v 6312v 6317v 6319v 6352-6360v 6362v 6364v 6365v 6367-6369v 6371-6373v 6375v 6378-6423v 6427v 6428v 6524v 6530-6535v
@!|Off-net vendor error|The off-net vendor returned a general error, or found no matching order.|Open a ticket with the order ID; do not resubmit until answered.
6124v 6174-6178v 6182v 6287v 6288v 6291v 6376v 6377v
@s|Off-net vendor error: check the address|The off-net vendor stopped on an error about the service address.|Correct the address to the losing carrier's records, then cancel and resubmit.
6105v
@|Off-net vendor setup problem: {}|The vendor refused the order over the provider's own setup with it, not the end user's details.|Open a ticket; once the porting team fixes the setup, cancel and resubmit.
6136v 6147v 6230v 6232v 6247v 6248v 6303v 6343-6347v:E911
6137v 6264v 6265v:trunk groups
6140v 6196v 6279v 6280v 6351v:order IDs or access
6153v 6160-6163v 6236v 6239v 6252v 6309v 6325v 6349v:features or markets
6164v 6235v:carrier data
6242-6244v:customer service name
6249v:switches
6266v 6267v 6271v 6274v:number reservations
6298-6300v 6308v:caller ID name (CNAM)
6305v 6306v 6324v 6348v 6350v 6363v:account references
6321-6323v 6341v 6342v:billing or pricing
6337-6340v:account configuration
@|Vendor found the request incomplete|The vendor says information is missing or inconsistent.|Check every end-user field, then cancel and resubmit; open a ticket if nothing is missing.
6132-6134v 6146v 6268v
@a|Number not in the routing guide|The number's exchange is not in the LERG, the industry routing guide.|Check for typos; if right, the exchange may be new or not yet portable: open a ticket.
6152v 6165v 6166v 6168v 6169v
@as|No off-net coverage|The off-net vendor does not serve the area of the number or service address.|Check both; if right, ask your account manager for another route.
6155-6159v 6228v 6229v 6231v
@a|No agreement with the losing carrier|The off-net vendor has no interconnection agreement with the losing carrier.|Cancel; ask your account manager for another route.
6167v 6480v 6482v
@as|Number and address in different areas|The number's rate center does not match the service address, or the numbers span areas.|Check the address (and listing settings), split numbers by area, then cancel and resubmit.|R-ADDRESS-AREA-CODE-STATE
6237v 6238v 6270v 6292v
@ab|Number not on the losing carrier's record|The customer service record (CSR) does not list a number or the BTN on the order.|Check numbers and BTN with the end user; numbers under another BTN need their own order. Cancel and resubmit.
6476v 6479v 6540v 6541v
@a|Wireless number cannot go off-net|The number is wireless; the off-net vendor ports to wireline only.|Cancel and port it another way.
6481v
@aAI|Wireless order problem|{}.|Correct the order, then cancel and resubmit.
6206v:Wireless and wireline numbers must go on separate orders
6208v:All numbers on a wireless order must share one account number and PIN
6209v:Wireless details were given for a number that is not wireless
@|Tax ID or SSN format|The vendor wants zeros for all but the last 4 digits, with dashes.|Write 000-00-1234 (SSN) or 00-0001234 (tax ID), then cancel and resubmit.
6210v
@s|Service address not validated|The off-net vendor could not validate the address: {}.|Give the full USPS form of the physical address, then cancel and resubmit.
6218v:not found
6219v 6220v:several matches
6225v:a PO box
6226v:not a USPS address
6227v#sz:ZIP not in the state|R-ADDRESS-ZIP-STATE
6203v#sxD:bad suffix or direction|R-ADDRESS
@|Mismatch with the record: {}|The losing carrier's customer service record (CSR) has a different {}.|Correct it from the CSR (it may be in the order notes) or the end user; supplement if allowed, else cancel and resubmit.
6214v#BfL 6487v#BfL 6508v#BfL 6544v#BfL:name
6215v#s 6463v#s 6507v#s 6545v#s:service address
6216v#BfLs 6543v#BfLs:name and service address
6566v#z:ZIP code
@a|Feature blocks the port: {}|The off-net vendor found {} on the line, which blocks the port.|The end user has the losing carrier remove it; then cancel and submit a new order.
6433v:a term contract
6435v:CustoPak
6437v:DSL
6439v:FX service
6441v:hunting
6446v:a port freeze
6447v:remote call forwarding
6449v:RingMate
6451v:ISDN PRI
6455v:RingMaster
6457v:distinctive ring
6459v:Plexar
6461v:line sharing
6475v:an off-premises extension
6478v 6542v:a feature
6522v:an unknown feature
@a|Centrex: all numbers together|The line has Centrex service, which ports only with all its numbers.|Cancel and resubmit with every number of the Centrex group.
6431v
@a|Service cannot be ported: {}|The line has {}, which cannot be ported.|Cancel; the end user needs another solution, such as new numbers.
6443v:ISDN
6453v:ISDN BRI
6467v:a central office trunk
@a|Warning: {} on the line|The off-net vendor found {}; the port goes on but may still be rejected for it.|Check with the end user that it can be removed; ask the porting team if the order stalls.
6432v:Centrex
6434v 6436v:a term contract
6438v:DSL
6440v:FX service
6442v:hunting
6444v:ISDN
6448v:remote call forwarding
6450v:RingMate
6452v:ISDN PRI
6454v:ISDN BRI
6456v:RingMaster
6458v:distinctive ring
6460v:Plexar
6462v:line sharing
6477v:an off-premises extension
@|Off-net vendor checking: {}|The vendor is looking into {}; a rejection may follow.|Check the details match the losing carrier's records; ask the porting team if the order stalls.
6465v:an address mismatch
6466v 6468v:a billing account number mismatch
6471v 6474v:a missing CSR
6488v:a name mismatch
6490v:an unpaid bill
6491v:a porting error
6494v:the BTN
6497v:the subscriber type
6499v:a UNE-P line
6501v:a pending order
6520v:a stalled order at the losing carrier
6521v:an internal port
6366v 6527v 6538v 6539v:the CSR
@|Off-net vendor update|{}; the order is moving.|Nothing to do; watch for updates.
6464v 6469v 6472v:A mismatch or missing CSR did not stop the order
6523v 6525v 6579v:Processing is under way
6528v 6537v:The CSR was validated
6546v:The FOC date is the requested date
6548v 6574v:The losing carrier may take longer for this order
6553v 6573v:An earlier jeopardy was resolved
6554v:The account is worked outside the usual timelines
6557v:A cancelled subscription is being rebuilt
6559v:The project porting team has this complex AT&T port
6564v 6571v 6575v:The losing carrier is delayed (strike, backlog or outage), so the date may slip
6194v 6572v:The vendor gets the CSR while working the order
6576v:Completion notices are slow, but you can test and activate as usual
6577v:The CSR shows only 100 numbers, but all will port
6578v:The vendor is clearing a conflict the losing carrier raised
@l|LOA refused|The losing carrier refused the LOA.|Send a new one: account name, every number, a legible signature and printed name of an authorized person, recent date.
6485v 6486v
@|Unpaid bill with the losing carrier|The end user owes the losing carrier, which holds the numbers until paid.|The end user settles the bill; then cancel and submit a new order.
6489v
@|Bill copy requested|The losing carrier wants a copy of the end user's bill.|Send a recent bill to the porting team in a ticket.
6492v
@AI|Account number or PIN refused|The losing carrier rejected the account number or PIN.|Give the porting team the right ones in a ticket, with the authorized person's full name.
6514-6518v
@b|BTN needed in the carrier's account form|The losing carrier wants the BTN as its alphanumeric account number.|Take it from the bill; supplement before FOC, cancel and resubmit after.
6536v 6570v
@b|Billing number disconnected|The BTN given is disconnected.|Ask the end user for the account's current main number and update the BTN.
6568v
@ab|Numbers must be grouped by account|The numbers do not share one BTN, address and losing carrier, or one account was split over several orders.|Group the numbers by BTN (the CSR shows them): cancel, then submit one order per account.
6179v 6558v 6569v
@a|Project port needed|At the off-net vendor, 50 or more numbers under one BTN and address are a project handled by hand.|Open a ticket to set up a project port.|?
6173v 6495v
@t|Business or residential type wrong|The subscriber type does not match the account.|Correct the type and name fields, then cancel and resubmit.
6496v
@|CSR request incomplete|The request for the customer service record (CSR) {}.|Correct it, then cancel and resubmit.
6184v#b:needs the BTN when it names several numbers|R-TN-BTN
6185v#s:needs the service address|R-ADDRESS
6186v#BfL:needs the name|R-SUBSCRIBER
6187v#t:needs the customer type (B or R)|R-SUBSCRIBER
6188v:needs the requester's name
6192v#b:has an invalid BTN|R-TN-BTN
@|CSR not available|The customer service record (CSR) could not be retrieved.|Try later; if it fails, cancel and resubmit, or use the end user's bill.
6198v 6199v
@|Billing date problem at the vendor|{}.|Open a ticket; the order has no field for it.
6120v:The billing stop date must be 1 to 15 days ahead
6293v:A billing start date is required
@d|Supplement did not change the date|The supplement repeats the current requested date.|Give a different date, or drop the supplement.|?
6278v
@|Change must go through the porting team|The vendor takes this reschedule or cancel only by hand.|Open a ticket saying what to change.
6172v
@|Off-net activation refused|The trigger was refused: {}.|Check the FOC date and status, then trigger inside the window, or open a ticket.
6180v:already triggered (make a test call)
6181v:the port activates itself at the set time
6318v:the FOC date is not past
6326v:not ready to port
6327v 6333v:the window is not open yet
6328v:the order's status
6329v:the vendor failed to start it
6330v:already ported
6331v:a cancel was sent
6334v:triggers start at 4:00 AM Mountain (6:00 AM Eastern) on the FOC date
6335v:the window after the FOC date closed
@|Off-net change refused|The cancel or supplement was refused: {}.|Open a ticket to see what can still be done.
6294v 6313v:the order is already processed
6315v:the number already ported
6316v:the start date is confirmed
6332v:no cancels within an hour of the port
@|Nothing to change|The request matches the service as it is.|Make the intended change, or cancel the request.
6290v
@|Directory listing problem|{}.|Adjust the listing; if the order was refused, cancel and resubmit. New listings are ordered separately.
6135v:The number has no fixed location, so send it as do-not-list, do-not-publish
6144v:The listing details failed validation
6509v 6549v:The listing cannot move with the number
@a|UNE-P line: no snapback|The line runs on UNE-P (leased from the incumbent); after the port only a win-back by the end user can undo it.|Make sure the end user accepts this; otherwise cancel.
6498v
@|Related order problem|The related order (RPON) {}.|Open a ticket with the related order number.
6502v:cannot be found
6503v:has a number that cannot be ported
6511v:was not given
@d|FOC no longer valid|The losing carrier withdrew the FOC it gave.|Supplement with a new date to get a new FOC.
6512v
@|Losing carrier not responding|The losing carrier has not answered despite 3 or more escalations.|Have the end user ask the losing carrier why.
6550v
@|Losing carrier cannot work the order|The losing carrier {}.|Cancel and submit again once that is over.
6551v:cannot port from a disaster area until facilities are restored
6563v:is on strike
@d|Activation hour needed (Hawaiian Telcom)|Hawaiian Telcom needs a set activation hour in Hawaii time (UTC-10).|Open a ticket giving the hour.
6552v
@k|Confirm the account details|The losing carrier could not confirm the account.|The end user confirms the details with the carrier; send them, and the carrier agent's name, to the porting team.
6555v
@p|T1 will be disconnected|A full port disconnects the end user's T1.|Tell the end user, then resubmit naming who approves the T1 disconnect.
6556v
@|Number resold by another carrier|Another carrier resells the number and is the customer of record, so the losing carrier {}.|The end user gets the reseller's account details; pass them to the porting team.
6560v:needs that reseller's details
6561v:cannot give a CSR
@a|Numbers moved to another carrier|The numbers moved to another carrier after the order was sent.|Cancel and submit a new order, so it reaches their new carrier.
6567v
"
);

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    /// Every line of [`DATA`] is a template or a list of codes that all read, so a typo cannot
    /// silently drop a code; subjects are given exactly where a template has `{}`.
    #[test]
    fn data_is_well_formed() {
        let letters = |l: &str| l.bytes().all(|c| Field::from_letter(c).is_some());
        let mut has_slot = false;
        let mut templates = 0;
        for line in DATA.lines().filter(|l| !l.is_empty()) {
            if let Some(t) = line.strip_prefix('@') {
                let parts: Vec<&str> = t.trim_start_matches('!').split('|').collect();
                assert!(parts.len() == 4 || parts.len() == 5 && !parts[4].is_empty(), "{line}");
                assert!(letters(parts[0]), "field letters: {line}");
                assert!(parts[1..4].iter().all(|p| !p.trim().is_empty() && p.trim() == *p), "{line}");
                assert!(parts[2].ends_with('.') && parts[3].ends_with(['.', ')']), "sentences end with a stop: {line}");
                has_slot = t.contains("{}");
                templates += 1;
                continue;
            }
            assert!(templates > 0, "codes before any template: {line}");
            let line = line.split_once('|').map_or(line, |(l, _)| l);
            let (codes, subject) = line.split_once(':').unwrap_or((line, ""));
            assert_eq!(has_slot, !subject.is_empty(), "subject given exactly where the template has {{}}: {line}");
            assert_eq!(subject.trim(), subject, "{line}");
            for token in codes.split(' ') {
                let t = Token::parse(token).unwrap_or_else(|| panic!("unreadable token {token:?} in {line}"));
                assert!(t.first <= t.last && t.last < KNOWN_LIMIT, "{token}");
                assert!(t.fields.is_none_or(letters), "{token}");
                assert!(
                    t.carriers.split(',').all(|c| !c.is_empty() && c.bytes().all(|b| b.is_ascii_alphanumeric()))
                        || t.carriers.is_empty(),
                    "{token}"
                );
            }
        }
        // A code has at most one explanation without a carrier code, and each carrier code once.
        let mut seen: BTreeMap<(u32, String), u32> = BTreeMap::new();
        each(&mut |r| {
            for c in r.carriers.split(',') {
                *seen.entry((r.code, c.to_ascii_uppercase())).or_default() += 1;
            }
            true
        });
        let twice: Vec<_> = seen.iter().filter(|(_, n)| **n > 1).collect();
        assert!(twice.is_empty(), "{twice:?}");
    }

    /// Every rule a code names as catching it is a rule some issue code comes from: a rule id
    /// that does not exist (misspelt, or renamed) fails here. `?` and ids are the only words.
    #[test]
    fn prevention_names_rules_that_exist() {
        let rules: std::collections::BTreeSet<&str> = crate::code::Code::ALL.iter().filter_map(|c| c.rule()).collect();
        each(&mut |r| {
            for word in pieces(r.prevention, b' ').filter(|w| !w.is_empty()) {
                assert!(word == "?" || rules.contains(word), "{}: no rule {word:?}", r.code);
            }
            assert_eq!(r.prevention.contains('?'), r.preventable() && r.prevented_by().next().is_none(), "{}", r.code);
            true
        });
        let r = find(7412, None).unwrap();
        assert!(r.preventable() && r.prevented_by().collect::<Vec<_>>() == ["R-DATE-LEAD"]);
        assert!(!find(7402, None).unwrap().preventable());
        let r = find(7534, None).unwrap();
        assert!(r.preventable() && r.prevented_by().collect::<Vec<_>>() == ["R-EDIT-FIXED"]);
        let r = find(6278, None).unwrap();
        assert!(r.preventable() && r.prevented_by().next().is_none());
        assert!(!find(7529, None).unwrap().preventable());
    }

    #[test]
    fn fill_and_pieces() {
        assert_eq!(fill("a {} b {}", "x"), "a x b x");
        assert_eq!(fill("{ {x} {}", "y"), "{ {x} y");
        assert_eq!(fill("none", "x"), "none");
        assert_eq!(pieces("a,b,,c", b',').collect::<Vec<_>>(), ["a", "b", "", "c"]);
        assert_eq!(pieces("", b',').collect::<Vec<_>>(), [""]);
        let known = Known::new();
        assert!(
            known.contains(7402)
                && known.contains(17008)
                && known.contains(400)
                && !known.contains(7393)
                && !known.contains(99_999)
        );
    }

    #[test]
    fn lookups() {
        let r = find(7402, None).unwrap();
        assert!(r.has_carrier("E1"));
        assert!(find(7402, Some("8d")).unwrap().has_carrier("8D"));
        assert!(find(7402, Some("nope")).unwrap().has_carrier("E1"));
        assert_eq!(find(7434, None).unwrap().carriers, "");
        assert!(find(7434, Some("E6h")).unwrap().title.contains("BTN"));
        assert_eq!(carrier_codes(7412), ["1N", "6E", "E35", "6F", "1L"]);
        assert_eq!(code_of_carrier("e24"), Some(7434));
        assert!(find(7393, None).is_none());
        assert_eq!(find(6400, None).unwrap().family, Family::Vendor);
        assert_eq!(paths("bz"), ["billingTelephoneNumber", "subscriber.serviceAddress.zip"]);
    }
}
