/**
 * `smtp-codes bounce` against an established bounce parser: Sisimai (Debian package
 * `libsisimai-perl`, installed by .ci/run) reads the same real bounces, and the two must agree on
 * status and reply code per recipient wherever the message itself gives them. Where Sisimai infers
 * a status from the wording (its 5.0.9xx pseudo-codes, or 5.x.x from a phrase) and the message
 * gives none, our null is right: those are counted apart. We must never report a code that is not
 * in the message. The corpus is ../shared/corpora/bounces (or SMTP_CODES_BOUNCE_CORPUS); without
 * Sisimai or the corpus the test reports itself as skipped, with the reason.
 *
 * The corpus is measured in the two groups of test/corpus/bounces/split.json: `dev` (the kinds the
 * extractor was written on) is held to the targets of issue 16; `holdout` (kinds never looked at)
 * to the figures measured on it. Details are printed for dev only, so that running the test does
 * not show the held-out messages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const corpus = process.env.SMTP_CODES_BOUNCE_CORPUS ?? join(__dirname, '..', '..', '..', 'shared', 'corpora', 'bounces');
const split = JSON.parse(readFileSync(join(__dirname, '..', 'corpus', 'bounces', 'split.json'), 'utf8')) as { dev: string[]; holdout: string[] };
const hasSisimai = spawnSync('perl', ['-MSisimai', '-e', '1']).status === 0;
const hasCorpus = existsSync(corpus) && readdirSync(corpus).some((f) => f.endsWith('.eml'));
const skip = !hasSisimai ? 'Sisimai is not installed (apt-get install libsisimai-perl)' : !hasCorpus ? `no bounce corpus at ${corpus}` : false;

type Group = 'dev' | 'holdout';
interface Floors {
  status: number;
  reply: number;
  /** Share of Sisimai's recipients that we name with the same address. */
  recipientsRight: number;
  /** Addresses we name that Sisimai does not (a wrong or an extra recipient). */
  maxRecipientsWrong: number;
  /** Feedback reports, auto-replies, bounces and delivery reports given the kind Sisimai gives them. */
  kinds: number;
}
/**
 * Dev is held to issue 16's targets. Holdout to what it measured last: 41/44 status, 43/44 reply code,
 * 62/63 recipients when the extractor was first finished; 43/44, 43/44 and 63/63 (none wrong, kinds
 * 61/61) after the formats read from other bounce parsers' fixtures and the MTAs' own sources (see
 * test/corpus/bounces/README.md), without opening a held-out file; 44/44, 44/44 and 63/63 after the
 * third round (Yahoo's "550: 5.1.1" with a colon after the code).
 */
const floors: Record<Group, Floors> = {
  dev: { status: 0.99, reply: 0.985, recipientsRight: 0.95, maxRecipientsWrong: 0, kinds: 1 },
  holdout: { status: 44 / 44, reply: 44 / 44, recipientsRight: 63 / 63, maxRecipientsWrong: 0, kinds: 1 },
};

/**
 * Dev messages where Sisimai and the message's own report fields disagree and we follow the report,
 * reviewed by hand (holdout messages are never reviewed). They are counted apart and printed.
 */
const reviewed: Record<string, string> = {
  'lhost-exchange2007-05.eml status': 'Status: 4.4.7 and Diagnostic-Code 550 4.4.7; Sisimai takes 441 4.4.1 from an attempt quoted in the prose',
  'lhost-exchange2007-05.eml reply': 'Diagnostic-Code: smtp;550 4.4.7; Sisimai takes 441 4.4.1 from an attempt quoted in the prose',
  'lhost-domino-03.eml recipient': 'Final-Recipient names …@neko.example.org; Sisimai takes the address before forwarding from the prose',
};

interface SisimaiRecord {
  file: string;
  recipient: string;
  deliverystatus: string;
  replycode: string;
  reason: string;
}
interface Ours {
  file: string;
  kind: string;
  recipients: { recipient: string | null; status: string | null; replyCode: string | null }[];
}

const kindOf = (file: string) => basename(file).replace(/-\d+\.eml$/, '');
const groupOf = (file: string): Group | undefined => (split.dev.includes(kindOf(file)) ? 'dev' : split.holdout.includes(kindOf(file)) ? 'holdout' : undefined);

/** The message as text, plus its base64 blocks and quoted-printable decoded, so a code in any part is seen. */
function messageText(file: string): string {
  const raw = readFileSync(file, 'latin1');
  const decoded = [raw, raw.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))];
  for (const m of raw.matchAll(/(?:^[A-Za-z0-9+/=]{16,}\r?\n)+/gm)) decoded.push(Buffer.from(m[0], 'base64').toString('latin1'));
  return decoded.join('\n');
}
const appearsIn = (text: string, code: string) => new RegExp(`(?<![\\d.])${code.replace(/\./g, '\\.')}(?![\\d]|\\.\\d)`).test(text);

/** Generous for a busy two-core machine (both take about half a second idle); a hang fails the test. */
const childTimeoutMs = 120_000;

/** Runs a child to completion; one that cannot start or does not end in time fails with its name. */
function runChild(what: string, command: string, args: string[]) {
  const r = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 28, timeout: childTimeoutMs });
  if (r.error) throw new Error(`${what}: ${(r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT' ? `did not finish within ${childTimeoutMs} ms` : r.error.message}`);
  assert.equal(r.status, 0, `${what} exited with ${r.status}: ${r.stderr}`);
  return r.stdout;
}

/** The kind Sisimai's records imply: its reasons `feedback` and `vacation` are ours' kinds; `delivered` alone is no bounce. */
function expectedKind(records: SisimaiRecord[]): string[] {
  if (records.some((r) => r.reason === 'feedback')) return ['feedback-report'];
  if (records.some((r) => r.reason === 'vacation')) return ['auto-reply'];
  if (records.every((r) => r.reason === 'delivered')) return ['not-a-bounce'];
  return ['bounce', 'delay'];
}

interface Tally {
  files: number;
  status: { compared: number; agree: number; inferred: number; off: string[] };
  reply: { compared: number; agree: number; inferred: number; off: string[] };
  recipients: { sisimai: number; right: number; missing: string[]; wrong: string[]; unconfirmed: number };
  kinds: { checked: number; right: number; off: string[] };
  invented: string[];
  reviewed: string[];
}
const emptyTally = (): Tally => ({
  files: 0,
  status: { compared: 0, agree: 0, inferred: 0, off: [] },
  reply: { compared: 0, agree: 0, inferred: 0, off: [] },
  recipients: { sisimai: 0, right: 0, missing: [], wrong: [], unconfirmed: 0 },
  kinds: { checked: 0, right: 0, off: [] },
  invented: [],
  reviewed: [],
});

function measure(file: string, o: Ours, all: SisimaiRecord[], text: string, t: Tally): void {
  const name = basename(file);
  t.files++;
  for (const r of o.recipients) {
    for (const code of [r.status, r.replyCode]) if (code && !appearsIn(text, code)) t.invented.push(`${name} ${r.recipient}: ${code}`);
  }
  if (all.length) {
    t.kinds.checked++;
    const expected = expectedKind(all);
    if (expected.includes(o.kind)) t.kinds.right++;
    else t.kinds.off.push(`${name}: Sisimai ${expected.join('/')}, ours ${o.kind}`);
  }
  // Sisimai also reports abuse reports and auto-replies as records; ours classifies them apart.
  const records = all.filter((r) => r.reason !== 'feedback' && r.reason !== 'vacation');
  const theirs = new Set(records.map((r) => r.recipient.toLowerCase()));
  if (records.length && o.kind !== 'feedback-report' && o.kind !== 'auto-reply') {
    for (const r of o.recipients) {
      if (!r.recipient || theirs.has(r.recipient.toLowerCase())) continue;
      if (reviewed[`${name} recipient`]) t.reviewed.push(`${name} recipient: ${reviewed[`${name} recipient`]}`);
      else t.recipients.wrong.push(`${name}: ours ${r.recipient}, Sisimai ${[...theirs].join(', ')}`);
    }
  } else if (!records.length) t.recipients.unconfirmed += o.recipients.filter((r) => r.recipient).length;
  for (const s of records) {
    t.recipients.sisimai++;
    const same = o.recipients.find((x) => (x.recipient ?? '').toLowerCase() === s.recipient.toLowerCase());
    if (same) t.recipients.right++;
    else if (reviewed[`${name} recipient`]) t.recipients.sisimai--;
    else t.recipients.missing.push(`${name} ${s.recipient}`);
    // Codes are compared for the recipient we name, or for the only one when both name one (ours may be null).
    const r = same ?? (o.recipients.length === 1 && records.length === 1 && !o.recipients[0].recipient ? o.recipients[0] : undefined);
    if (!r) continue;
    for (const [key, their, mine] of [['status', s.deliverystatus, r.status], ['reply', s.replycode, r.replyCode]] as const) {
      const row = t[key];
      if (!their) continue;
      if (!appearsIn(text, their)) {
        // Inferred by Sisimai from the wording; the message gives no such code.
        if (mine && mine !== their) row.off.push(`${name} ${s.recipient}: Sisimai ${their} (inferred), ours ${mine}`);
        row.inferred++;
        continue;
      }
      if (mine !== their && reviewed[`${name} ${key}`]) {
        t.reviewed.push(`${name} ${key}: ${reviewed[`${name} ${key}`]}`);
        continue;
      }
      row.compared++;
      if (mine === their) row.agree++;
      else row.off.push(`${name} ${s.recipient}: Sisimai ${their}, ours ${mine ?? 'null'}`);
    }
  }
}

const ratio = (n: number, d: number) => (d ? n / d : 1);
function summary(group: Group, t: Tally): string {
  const r = t.recipients;
  return (
    `${group}: ${t.files} files; status ${t.status.agree}/${t.status.compared} (+${t.status.inferred} inferred by Sisimai), ` +
    `reply code ${t.reply.agree}/${t.reply.compared} (+${t.reply.inferred} inferred); ` +
    `recipients ${r.right}/${r.sisimai} right, ${r.wrong.length} wrong or extra, ${r.missing.length} missing (${r.unconfirmed} where Sisimai names none); ` +
    `kinds ${t.kinds.right}/${t.kinds.checked}; ${t.invented.length} codes not in the message; ${t.reviewed.length} reviewed differences`
  );
}

test('smtp-codes bounce agrees with Sisimai on real bounces and invents no code', { skip, timeout: 2 * childTimeoutMs }, (t) => {
  const records: SisimaiRecord[] = runChild('Sisimai (test/editors/sisimai.pl)', 'perl', [join(__dirname, 'sisimai.pl'), corpus])
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  const files = readdirSync(corpus)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => join(corpus, f));
  const ours = new Map((JSON.parse(runChild('smtp-codes bounce', process.execPath, ['dist/cli.js', 'bounce', ...files, '--format', 'json'])) as Ours[]).map((o) => [o.file, o]));
  assert.equal(ours.size, files.length, 'smtp-codes bounce must answer for every file');
  // Agreement over nothing proves nothing: Sisimai must have found recipients.
  assert.ok(records.length > 0, `Sisimai found no recipients in ${files.length} files: is it working?`);

  const tallies: Record<Group, Tally> = { dev: emptyTally(), holdout: emptyTally() };
  const unsplit: string[] = [];
  for (const file of files) {
    const group = groupOf(file);
    if (!group) {
      unsplit.push(basename(file));
      continue;
    }
    measure(file, ours.get(file)!, records.filter((r) => r.file === file), messageText(file), tallies[group]);
  }
  if (unsplit.length) t.diagnostic(`not in split.json, not measured: ${unsplit.join(', ')}`);
  for (const group of ['dev', 'holdout'] as const) t.diagnostic(summary(group, tallies[group]));
  for (const line of tallies.dev.reviewed) t.diagnostic(`reviewed: ${line}`);

  for (const group of ['dev', 'holdout'] as const) {
    const g = tallies[group];
    const f = floors[group];
    // Held-out messages stay unread: on failure only the figures are shown.
    const details = (lines: string[]) => (group === 'dev' ? `:\n${lines.join('\n')}` : '');
    assert.ok(g.files > 0 && g.status.compared > 0 && g.reply.compared > 0, `${group}: nothing compared: ${summary(group, g)}`);
    assert.deepEqual(group === 'dev' ? g.invented : g.invented.length, group === 'dev' ? [] : 0, `${group}: codes reported that the message does not contain`);
    assert.ok(ratio(g.status.agree, g.status.compared) >= f.status, `${group} status agreement ${summary(group, g)}${details(g.status.off)}`);
    assert.ok(ratio(g.reply.agree, g.reply.compared) >= f.reply, `${group} reply code agreement ${summary(group, g)}${details(g.reply.off)}`);
    assert.ok(ratio(g.recipients.right, g.recipients.sisimai) >= f.recipientsRight, `${group} recipients right ${summary(group, g)}${details(g.recipients.missing)}`);
    assert.ok(g.recipients.wrong.length <= f.maxRecipientsWrong, `${group} wrong or extra recipients ${summary(group, g)}${details(g.recipients.wrong)}`);
    assert.ok(ratio(g.kinds.right, g.kinds.checked) >= f.kinds, `${group} kinds ${summary(group, g)}${details(g.kinds.off)}`);
  }
});
