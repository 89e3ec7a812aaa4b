/**
 * Consistent pseudonyms for addresses, host names and IP addresses, from the names reserved for
 * documentation: `user1@example.com`, `host1.example.net` (RFC 2606), `192.0.2.1` (RFC 5737) and
 * `2001:db8::1` (RFC 3849). One `Pseudonyms` object serves a whole run, so the same value gets the
 * same pseudonym in every file. Every value found is renamed, documentation values included, so
 * that two different values never end up looking the same; only loopback and unspecified
 * addresses and `localhost` are kept, as they say nothing about anyone.
 */

export type PseudonymKind = 'address' | 'host' | 'ip';

export interface PseudonymOptions {
  addresses?: boolean;
  hosts?: boolean;
  ips?: boolean;
}

/** A value found in the text and what replaces it. */
export interface PseudonymEdit {
  start: number;
  end: number;
  newText: string;
  kind: PseudonymKind;
}

/** The IPv4 pseudonyms: the three documentation blocks (RFC 5737), then the reserved 240.0.0.0/4, so a huge log never runs out. */
const ipv4Blocks: [number, number][] = [
  [0xc0000200, 254],
  [0xc6336400, 254],
  [0xcb007100, 254],
  [0xf0000000, 0x0fffffff],
];

const roleMailbox = /^(?:postmaster|mailer-daemon|abuse|hostmaster|webmaster|noc|security)$/i;

export class Pseudonyms {
  private readonly addresses = new Map<string, string>();
  private readonly hosts = new Map<string, string>();
  private readonly ipv4 = new Map<string, string>();
  private readonly ipv6 = new Map<string, string>();

  address(value: string): string {
    // A role's mailbox (RFC 5321's postmaster, RFC 2142's abuse and hostmaster, the mailer daemon) names nobody and tells
    // a reader (and the bounce reader) who sent a notice: it keeps its local part, only the domain is replaced.
    const at = value.lastIndexOf('@');
    const local = value.slice(0, at);
    if (at > 0 && roleMailbox.test(local)) return `${local}@${this.host(value.slice(at + 1))}`;
    return named(this.addresses, value.toLowerCase(), (n) => `user${n}@example.com`);
  }

  host(value: string): string {
    return named(this.hosts, value.toLowerCase(), (n) => `host${n}.example.net`);
  }

  ip(value: string): string {
    if (value.includes(':')) return named(this.ipv6, value.toLowerCase(), (n) => `2001:db8::${n.toString(16)}`);
    return named(this.ipv4, value, ipv4Pseudonym);
  }
}

function named(names: Map<string, string>, key: string, make: (n: number) => string): string {
  let name = names.get(key);
  if (name === undefined) {
    name = make(names.size + 1);
    names.set(key, name);
  }
  return name;
}

function ipv4Pseudonym(n: number): string {
  let rest = n;
  for (const [base, size] of ipv4Blocks) {
    if (rest <= size) {
      const value = base + rest;
      return [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join('.');
    }
    rest -= size;
  }
  throw new Error('more distinct IPv4 addresses than pseudonyms');
}

/**
 * Runs of the characters an address, a host name or an IP address can be made of; anything else
 * separates them. `\@` is an at sign a shell or Perl string escapes (`alice\@corp.com`).
 */
const runPattern = /(?:[\p{L}\p{N}_.%+=!#$^~:@-]|\\@)+/gu;
const localChar = /[\p{L}\p{N}_.%+=!#$^~-]/u;
const hostChar = /[\p{L}\p{N}.-]/u;
/** A field name before an address written without brackets (`to=bob@…`, `sasl_username=…`) is no part of it. */
const fieldPrefix = /^[a-z][a-z_-]*=/;
const hostPieces = /[\p{L}\p{N}.-]+/gu;
const ipv6Pieces = /[\p{L}\p{N}:.]+/gu;
const hostLabel = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u;

/** Top-level domains of names seen in mail: the common generic ones and every country code. */
const knownTlds = new Set(
  (
    'com net org edu gov mil int info biz name pro mobi aero coop io ai app dev cloud email online site xyz tech store shop blog live news one ' +
    'page top club space website digital network systems solutions services agency company host hosting link click asia ' +
    'ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs bt bw by bz ca cc cd cf cg ch ci ck cl cm ' +
    'cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et eu fi fj fk fm fo fr ga gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw ' +
    'gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc ' +
    'md me mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt ' +
    'pw py qa re ro rs ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st su sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ' +
    'ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw'
  ).split(' '),
);
/** Country codes that are mostly file extensions: `main.cf` and `smtplib.py` are no hosts, `mx.corp.cf` is. */
const fileExtensions = new Set(['cf', 'py', 'sh', 'md', 'pl', 'rs', 'ps', 'so', 'mk', 'in', 'gs', 'pm', 'am', 'ml', 'st', 'sc', 'ts']);

/**
 * A host name: two or more labels and a top-level domain of letters that names use. The top-level
 * domain must be lower or upper case, so that `System.Net` or `Python.Runtime` stay code.
 */
export function isHostName(name: string, anyTld = false): boolean {
  const labels = name.split('.');
  if (labels.length < 2 || !labels.every((l) => hostLabel.test(l))) return false;
  const tld = labels[labels.length - 1];
  if (!/^(?:[a-z]{2,24}|[A-Z]{2,24})$/.test(tld)) return false;
  if (anyTld) return true;
  const lower = tld.toLowerCase();
  return knownTlds.has(lower) && (labels.length > 2 || !fileExtensions.has(lower));
}

export function isIpv4(text: string): boolean {
  const parts = text.split('.');
  return parts.length === 4 && parts.every((p) => /^(?:0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255);
}

export function isIpv6(text: string): boolean {
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groups = halves.map((h) => (h ? h.split(':') : []));
  const all = groups.flat();
  let count = all.length;
  // An IPv4 address may end it (::ffff:192.0.2.1), counting as two groups.
  const last = all[all.length - 1];
  if (last?.includes('.')) {
    if (!isIpv4(last)) return false;
    all.pop();
    count++;
  }
  if (!all.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  return halves.length === 2 ? count < 8 : count === 8;
}

const keptIpv4 = (ip: string) => ip.startsWith('127.') || ip === '0.0.0.0' || ip === '255.255.255.255';
const keptIpv6 = (ip: string) => /^[0:]*1?$/.test(ip);

/**
 * The pseudonym edits of `text[from, to)`, in order, numbering new values as they appear. An
 * address is one value: with `addresses` off it is kept whole, its domain included.
 */
export function findPseudonyms(text: string, from: number, to: number, options: PseudonymOptions, pseudonyms: Pseudonyms): PseudonymEdit[] {
  const edits: PseudonymEdit[] = [];
  const segment = text.slice(from, to);
  runPattern.lastIndex = 0;
  for (let run = runPattern.exec(segment); run; run = runPattern.exec(segment)) {
    const runStart = from + run.index;
    let rest = 0;
    for (const address of addressesIn(run[0])) {
      if (address.start > rest) otherValues(runStart + rest, run[0].slice(rest, address.start));
      if (options.addresses) {
        // An escaped at sign names the same address as a bare one, and its pseudonym stays escaped.
        const name = pseudonyms.address(`${run[0].slice(address.start, address.localEnd)}${run[0].slice(address.at, address.end)}`);
        const newText = address.localEnd < address.at ? name.replace('@', '\\@') : name;
        edits.push({ start: runStart + address.start, end: runStart + address.end, newText, kind: 'address' });
      }
      rest = address.end;
    }
    if (rest < run[0].length) otherValues(runStart + rest, run[0].slice(rest));
  }
  return edits;

  function otherValues(start: number, piece: string): void {
    if (!options.hosts && !options.ips) return;
    // IPv6 first, since its colons would otherwise cut it into pieces that look like other things.
    const claimed: [number, number][] = [];
    if (options.ips && piece.includes(':')) {
      ipv6Pieces.lastIndex = 0;
      for (let m = ipv6Pieces.exec(piece); m; m = ipv6Pieces.exec(piece)) {
        const found = ipv6Within(m[0]);
        if (!found) continue;
        claimed.push([m.index + found.offset, m.index + found.offset + found.ip.length]);
        if (!keptIpv6(found.ip)) edits.push({ start: start + m.index + found.offset, end: start + m.index + found.offset + found.ip.length, newText: pseudonyms.ip(found.ip), kind: 'ip' });
      }
    }
    let next = 0;
    hostPieces.lastIndex = 0;
    for (let m = hostPieces.exec(piece); m; m = hostPieces.exec(piece)) {
      // A reply's continuation mark is no part of the name after it (250-mx.example.com).
      const lead = /^(?:\d{3}-(?=\p{L}))?[.-]*/u.exec(m[0])![0].length;
      const value = m[0].slice(lead).replace(/[.-]+$/, '');
      const at = m.index + lead;
      // Both lists are in order: pass the IPv6 addresses that end before this piece.
      while (next < claimed.length && claimed[next][1] <= at) next++;
      if (!value || (next < claimed.length && claimed[next][0] < at + value.length)) continue;
      if (options.ips && isIpv4(value)) {
        if (!keptIpv4(value)) edits.push({ start: start + at, end: start + at + value.length, newText: pseudonyms.ip(value), kind: 'ip' });
      } else if (options.hosts && isHostName(value) && value.toLowerCase() !== 'localhost') {
        edits.push({ start: start + at, end: start + at + value.length, newText: pseudonyms.host(value), kind: 'host' });
      }
    }
  }
}

/** The IPv6 address a piece holds, allowing the `IPv6:` tag of address literals and a sentence's full stop. */
function ipv6Within(piece: string): { ip: string; offset: number } | undefined {
  if ((piece.match(/:/g)?.length ?? 0) < 2) return undefined;
  const offset = /^IPv6:/i.test(piece) ? 5 : 0;
  const body = piece.slice(offset);
  for (const candidate of [body, body.replace(/[.:]$/, '')]) if (/\d/.test(candidate) && isIpv6(candidate)) return { ip: candidate, offset };
  return undefined;
}

/** The addresses (local@domain, or local\@domain) of one run, as offsets within it; the scans stop at the next `@`, so a run is read once. */
function addressesIn(run: string): { start: number; end: number; localEnd: number; at: number }[] {
  const found: { start: number; end: number; localEnd: number; at: number }[] = [];
  let previousEnd = 0;
  for (let at = run.indexOf('@'); at >= 0; at = run.indexOf('@', at + 1)) {
    const localEnd = run[at - 1] === '\\' ? at - 1 : at;
    let start = localEnd;
    while (start > previousEnd && localChar.test(run[start - 1])) start--;
    let end = at + 1;
    while (end < run.length && hostChar.test(run[end])) end++;
    let local = run.slice(start, localEnd);
    const prefix = fieldPrefix.exec(local)?.[0].length ?? 0;
    const dots = /^\.*/.exec(local.slice(prefix))![0].length;
    start += prefix + dots;
    local = run.slice(start, localEnd);
    const domain = run.slice(at + 1, end).replace(/[.-]+$/, '');
    if (!local || !isHostName(domain, true)) continue;
    end = at + 1 + domain.length;
    found.push({ start, end, localEnd, at });
    previousEnd = end;
  }
  return found;
}
