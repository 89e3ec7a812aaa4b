/**
 * The shape of the knowledge base. Every prose field exists in English and German;
 * the data files in `data/` are the single source of truth and are bundled by esbuild.
 * Prose is plain text; the only markup allowed is `inline code` in backticks.
 */

export type Lang = 'en' | 'de';

/** A text in every supported language. */
export interface Text {
  en: string;
  de: string;
}

/** A citation: an RFC section, the IANA registry or a provider's documentation. */
export interface Reference {
  /** Human label, e.g. "RFC 5321 §4.2.3" or "IANA SMTP Enhanced Status Codes". */
  label: string;
  /** An https URL, e.g. https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3 */
  url: string;
}

export type CodeStatus = 'core' | 'extension' | 'experimental' | 'registry-only' | 'historic';

/** A three-digit reply code (RFC 5321 §4.2 and extension RFCs). */
export interface BasicCodeEntry {
  /** "550" */
  code: string;
  status: CodeStatus;
  /** Short title in title case, e.g. "Closing Connection" (en) / "Verbindung wird geschlossen" (de). */
  title: Text;
  /** One short phrase (at most ~50 characters, no final period) for inlay hints and diagnostics. */
  summary: Text;
  /** What the code means: 2–4 sentences specific to this code. */
  description: Text;
  /** The situations and commands that produce it. */
  whenYouSeeIt: Text;
  /** What the sending side (user, client, sending MTA) should do. */
  fixSender: Text;
  /** What the admin of the server that sent the reply should check or do. */
  fixAdmin: Text;
  /** Commands after which this reply is seen, e.g. ["RCPT", "MAIL"]; "CONNECT" = the greeting, "DATA-END" = after <CRLF>.<CRLF>. */
  commands: string[];
  /** Enhanced codes this reply usually carries, e.g. ["5.1.1", "5.2.1", "5.7.1"]. */
  relatedEnhanced: string[];
  /** Further meanings given to the same number by extension RFCs (e.g. 454 for STARTTLS vs AUTH). */
  otherMeanings?: { context: Text; meaning: Text; reference: Reference }[];
  references: Reference[];
}

/** The class-specific part of an enhanced code's explanation ("4.2.2" vs "5.2.2"). */
export interface EnhancedClassText {
  /** What the code means in this class: 1–3 sentences. */
  meaning: Text;
  whenYouSeeIt: Text;
  fixSender: Text;
  fixAdmin: Text;
}

/** An enhanced status code registered with IANA (RFC 3463, RFC 5248), written as "X.s.d". */
export interface EnhancedCodeEntry {
  /** "X.1.1" */
  code: string;
  /** The registry label, in title case: "Bad Destination Mailbox Address". */
  title: Text;
  /** One short phrase (at most ~50 characters) for inlay hints and diagnostics. */
  summary: Text;
  /** What the code means regardless of class: 2–3 sentences. */
  description: Text;
  /** Associated basic codes from the registry ([] where the registry gives none or "Any"). */
  basicCodes: string[];
  /** Explanation per class in which the code is used. Always "4" and "5"; "2" where a success makes sense. */
  classes: Partial<Record<'2' | '4' | '5', EnhancedClassText>>;
  /** Caveats about the registry row itself (ambiguities, non-RFC references). */
  registryNote?: Text;
  references: Reference[];
}

export type CommandStatus = 'core' | 'extension' | 'obsolete' | 'deprecated';

/** An SMTP command. Which replies it allows is in replyRules.json, not here. */
export interface CommandEntry {
  /** "MAIL" */
  command: string;
  status: CommandStatus;
  /** "Mail From" / "Absender angeben" */
  title: Text;
  /** ABNF-like syntax line, e.g. "MAIL FROM:<reverse-path> [SP mail-parameters] CRLF". */
  syntax: string;
  description: Text;
  /** What the client should expect and how servers commonly answer. */
  usage: Text;
  /** Security notes (VRFY/EXPN disabled on purpose, TURN deprecated, AUTH over cleartext...). */
  security?: Text;
  /** The EHLO keyword that must be advertised before the command may be used, if any. */
  requiresExtension?: string;
  references: Reference[];
}

export type ExtensionKind = 'ehlo-keyword' | 'mail-parameter' | 'rcpt-parameter';

/** An EHLO keyword and/or a MAIL/RCPT parameter. */
export interface ExtensionEntry {
  /** "SIZE", "AUTH", "BODY", "NOTIFY" (no "=") */
  name: string;
  kinds: ExtensionKind[];
  title: Text;
  /** e.g. "EHLO: SIZE [limit]; MAIL: SIZE=<octets>" */
  syntax: string;
  description: Text;
  /** How a client uses it and what goes wrong when it is misused. */
  usage: Text;
  /** For an EHLO keyword: the MAIL/RCPT parameters it enables, e.g. DSN → ["RET","ENVID","NOTIFY","ORCPT"]. */
  parameters?: string[];
  /** For a parameter: the EHLO keyword that must be advertised, e.g. RET → "DSN". */
  extension?: string;
  references: Reference[];
}

/** A provider's id, the name of its data file: "gmail", "microsoft", "united-internet". */
export type ProviderId = string;

/** A mail provider, gateway or sending service whose replies say more than the registry (issue 15). */
export interface Provider {
  id: ProviderId;
  name: string;
  /**
   * Host patterns that identify the provider as the host that spoke (greeting/EHLO host, `host X said:`,
   * `relay=`, Remote-MTA…): "*.yahoodns.net" matches any subdomain, a bare domain matches itself and its
   * subdomains; a "*" inside a label matches letters, digits and hyphens. Case-insensitive.
   */
  hosts: string[];
  /** Case-insensitive substrings of a reply text that name the provider on their own (gsmtp, [TSS04], a help URL). */
  replyMarks: string[];
  references: Reference[];
}

/** What one provider means by a reply it sends. */
export interface VendorNote {
  provider: ProviderId;
  /** "550", or null for any reply code. */
  basic: string | null;
  /** "5.7.26", a detail range "4.7.500-699", alternatives "5.4.6 / 5.4.14", or null for any. */
  enhanced: string | null;
  /**
   * The provider's own tags or the reply's distinctive phrases (case-insensitive); the note matches only
   * a reply containing one of them. Empty: the code pair alone decides.
   */
  match: string[];
  meaning: Text;
  /** What to do about it, for the sender. */
  action: Text;
  /** Where the provider's meaning differs from the IANA registry's; omitted when it does not. */
  differsFromIana?: Text;
  source: Reference;
}

/** One file of server/src/knowledge/data/providers/ (see the README, "Provider knowledge"). */
export interface ProviderFile extends Provider {
  notes: Omit<VendorNote, 'provider'>[];
}

/** Where a field of a bounce or report lives: DSN per-message or per-recipient group, message header, ARF report. */
export type DsnFieldScope = 'message' | 'recipient' | 'header' | 'arf';

/** A field of a delivery status notification (RFC 3464), a feedback report (RFC 5965) or a bounce header. */
export interface DsnFieldEntry {
  /** "Final-Recipient", as the RFC spells it. */
  name: string;
  scope: DsnFieldScope;
  /** e.g. "Final-Recipient: rfc822; <address>" */
  syntax: string;
  title: Text;
  description: Text;
  /** Meanings of the field's keyword values (Action: failed, delayed…), lower-case keys. */
  values?: Record<string, Text>;
  references: Reference[];
}

// Postfix configuration knowledge (postconf(5), access(5)) and mail-log status words.

/** A Postfix parameter that takes a reply code (or steers one, such as soft_bounce). */
export interface PostfixParameterEntry {
  name: string;
  kind: 'reply-code' | 'boolean' | 'action' | 'table' | 'template';
  /** The Postfix default as `postconf -d` prints it. */
  default: string;
  /** Codes Postfix accepts: "4xx", "5xx", "250". */
  accepted?: string[];
  /** What the code is for: a permanent rejection, a temporary one, or either by choice. */
  intent?: 'permanent' | 'temporary' | 'either';
  /** Restrictions, maps or actions whose reply this parameter sets. */
  usedBy: string[];
  /** First Postfix version with the parameter, when later than 2.0. */
  since?: string;
  description: Text;
  note?: Text;
  references: Reference[];
}

/** An smtpd restriction (`reject_unknown_sender_domain`, `permit_mynetworks`…). */
export interface PostfixRestrictionEntry {
  name: string;
  /** Parameters whose reply code the restriction uses, if any. */
  codeParameters: string[];
  /** The current name, where postconf(5) says this one is its old name. */
  renamedTo?: string;
  description: Text;
  references: Reference[];
}

/** An action of a lookup table (access(5), header_checks(5), Sendmail's access map). */
export interface LookupActionEntry {
  /** "REJECT", "DEFER", "4NN", "5NN", "OK", "ERROR:"… */
  action: string;
  /** The parameter whose code the action replies with. */
  codeParameter?: string;
  description: Text;
  /** What the action does in header_checks(5) and body_checks, where that differs from access(5). */
  inHeaderChecks?: Text;
  references: Reference[];
}

export type LogMta = 'postfix' | 'exim' | 'sendmail' | 'qmail' | 'courier' | 'microsoft' | 'opensmtpd' | 'haraka';
export type LogOutcome = 'delivered' | 'deferred' | 'bounced' | 'expired' | 'rejected' | 'received' | 'other';

/** A status word of a mail log ("status=bounced", Exim's "**", qmail's "deferral"). */
export interface LogStatusEntry {
  mta: LogMta;
  word: string;
  outcome: LogOutcome;
  title: Text;
  meaning: Text;
  /** What happens to the message next, and what to do. */
  next: Text;
  references: Reference[];
}
