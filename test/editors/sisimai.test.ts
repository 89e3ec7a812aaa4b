/**
 * `smtp-codes bounce` against an established bounce parser: Sisimai (Debian package
 * `libsisimai-perl`, installed by .ci/run) reads the same real bounces, and the two must agree on
 * status and reply code per recipient wherever the message itself gives them. Where Sisimai infers
 * a status from the wording (its 5.0.9xx pseudo-codes, or 5.x.x from a phrase) and the message
 * gives none, our null is right: those are counted apart. We must never report a code that is not
 * in the message. The corpus is ../shared/corpora/bounces (or SMTP_CODES_BOUNCE_CORPUS); without
 * Sisimai or the corpus the test reports itself as skipped, with the reason.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const corpus = process.env.SMTP_CODES_BOUNCE_CORPUS ?? join(__dirname, '..', '..', '..', 'shared', 'corpora', 'bounces');
const hasSisimai = spawnSync('perl', ['-MSisimai', '-e', '1']).status === 0;
const hasCorpus = existsSync(corpus) && readdirSync(corpus).some((f) => f.endsWith('.eml'));
const skip = !hasSisimai ? 'Sisimai is not installed (apt-get install libsisimai-perl)' : !hasCorpus ? `no bounce corpus at ${corpus}` : false;

/** Measured on the 152 bounces of the corpus: status 102/106, reply code 96/99, 144 of 150 recipients found; the margin is for a larger corpus. */
const minimumAgreement = 0.95;
const minimumRecipientCoverage = 0.9;

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

test('smtp-codes bounce agrees with Sisimai on real bounces and invents no code', { skip, timeout: 2 * childTimeoutMs }, (t) => {
  const sisimaiOut = runChild('Sisimai (test/editors/sisimai.pl)', 'perl', [join(__dirname, 'sisimai.pl'), corpus]);
  // Sisimai also reports abuse reports and auto-replies as records; ours classifies them apart.
  const records: SisimaiRecord[] = sisimaiOut
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))
    .filter((r: SisimaiRecord) => r.reason !== 'feedback' && r.reason !== 'vacation');
  const files = readdirSync(corpus)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => join(corpus, f));
  const ours = new Map((JSON.parse(runChild('smtp-codes bounce', process.execPath, ['dist/cli.js', 'bounce', ...files, '--format', 'json'])) as Ours[]).map((o) => [o.file, o]));
  const texts = new Map(files.map((f) => [f, messageText(f)]));

  const invented: string[] = [];
  for (const o of ours.values()) {
    for (const r of o.recipients) {
      for (const code of [r.status, r.replyCode]) if (code && !appearsIn(texts.get(o.file)!, code)) invented.push(`${basename(o.file)} ${r.recipient}: ${code}`);
    }
  }

  const unmatched: string[] = [];
  const tally = { status: { compared: 0, agree: 0, inferred: 0, off: [] as string[] }, reply: { compared: 0, agree: 0, inferred: 0, off: [] as string[] } };
  for (const s of records) {
    const o = ours.get(s.file);
    const sameFile = records.filter((x) => x.file === s.file).length;
    const r =
      o?.recipients.find((x) => (x.recipient ?? '').toLowerCase() === s.recipient.toLowerCase()) ??
      (o?.recipients.length === 1 && sameFile === 1 ? o.recipients[0] : undefined);
    if (!r) {
      unmatched.push(`${basename(s.file)} ${s.recipient}`);
      continue;
    }
    const text = texts.get(s.file)!;
    for (const [key, theirs, mine] of [['status', s.deliverystatus, r.status], ['reply', s.replycode, r.replyCode]] as const) {
      const row = tally[key];
      if (!theirs) continue;
      if (!appearsIn(text, theirs)) {
        // Inferred by Sisimai from the wording; the message gives no such code.
        if (mine && mine !== theirs) row.off.push(`${basename(s.file)} ${s.recipient}: Sisimai ${theirs} (inferred), ours ${mine}`);
        row.inferred++;
        continue;
      }
      row.compared++;
      if (mine === theirs) row.agree++;
      else row.off.push(`${basename(s.file)} ${s.recipient}: Sisimai ${theirs}, ours ${mine ?? 'null'}`);
    }
  }
  const rate = (row: { compared: number; agree: number }) => row.agree / row.compared;
  const coverage = (records.length - unmatched.length) / records.length;
  t.diagnostic(
    `${files.length} files, ${records.length} Sisimai recipients, ${records.length - unmatched.length} matched; ` +
      `status ${tally.status.agree}/${tally.status.compared} (+${tally.status.inferred} inferred by Sisimai), ` +
      `reply code ${tally.reply.agree}/${tally.reply.compared} (+${tally.reply.inferred} inferred)`,
  );
  // Agreement over nothing proves nothing: Sisimai must have found recipients, and codes to compare.
  assert.ok(records.length > 0, `Sisimai found no recipients in ${files.length} files: is it working?`);
  assert.equal(ours.size, files.length, 'smtp-codes bounce must answer for every file');
  assert.ok(tally.status.compared > 0 && tally.reply.compared > 0, `nothing compared: ${JSON.stringify(tally)}`);
  assert.deepEqual(invented, [], 'codes reported that the message does not contain');
  assert.ok(rate(tally.status) >= minimumAgreement, `status agreement ${rate(tally.status)}:\n${tally.status.off.join('\n')}`);
  assert.ok(rate(tally.reply) >= minimumAgreement, `reply code agreement ${rate(tally.reply)}:\n${tally.reply.off.join('\n')}`);
  assert.ok(coverage >= minimumRecipientCoverage, `recipients found ${coverage}:\n${unmatched.join('\n')}`);
});
