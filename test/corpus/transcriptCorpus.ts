/**
 * The transcript reader measured on real transcripts, as a user meets them in the editor: the
 * bundled server over LSP gives the hover, and the grammar together with the server's semantic
 * tokens gives the colour. Two corpora (pasted from public threads, printed by clients run on
 * loopback), each split by producer into `dev` (the reader was written against it), `opened` (held
 * out in a first round, then written against) and `holdout` (never looked at while writing it). The
 * figures per producer are printed with the results; the misses only for the groups not held out.
 * The groups and their floors are here; transcriptCorpusPasted.test.ts and transcriptCorpusPrinted.test.ts run them.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { testTimeoutMs } from '../protocol/lspClient';
import { loadGrammar, repoRoot, tokenize, type Token } from '../grammar/grammarHarness';
import { CorpusProbe, judgeFaults, percent, type CodeKind } from './corpusProbe';

interface ExpectedReply {
  line: number;
  code: string;
  col: number;
  text: string;
  enhanced?: string;
  ecol?: number;
  echo?: boolean;
}
interface ExpectedTranscript {
  file: string;
  producer: string;
  replies?: ExpectedReply[];
  commands?: { line: number; col: number; verb: string }[];
  faults?: { line: number; what: string }[];
}

// dev: written against; dev5-dev14 (pasted) and dev2-dev5 (printed): written against, not yet absorbed; opened: held out until 2026-12-06, then written against; holdout: never read.
const corpora = [
  'test/corpus/pasted/dev',
  'test/corpus/pasted/dev5',
  'test/corpus/pasted/dev6',
  'test/corpus/pasted/dev7',
  'test/corpus/pasted/dev8',
  'test/corpus/pasted/dev9',
  'test/corpus/pasted/dev10',
  'test/corpus/pasted/dev11',
  'test/corpus/pasted/dev12',
  'test/corpus/pasted/dev13',
  'test/corpus/pasted/dev14',
  'test/corpus/pasted/dev15',
  'test/corpus/pasted/dev16',
  'test/corpus/pasted/dev17',
  'test/corpus/pasted/dev18',
  'test/corpus/pasted/dev19',
  'test/corpus/pasted/dev20',
  'test/corpus/pasted/dev21',
  'test/corpus/pasted/dev22',
  'test/corpus/pasted/dev23',
  'test/corpus/pasted/dev24',
  'test/corpus/pasted/opened',
  'test/corpus/pasted/holdout',
  'test/corpus/transcripts/dev',
  'test/corpus/transcripts/dev2',
  'test/corpus/transcripts/dev3',
  'test/corpus/transcripts/dev4',
  'test/corpus/transcripts/dev5',
  'test/corpus/transcripts/dev6',
  'test/corpus/transcripts/dev7',
  'test/corpus/transcripts/dev8',
  'test/corpus/transcripts/dev9',
  'test/corpus/transcripts/dev10',
  'test/corpus/transcripts/dev11',
  'test/corpus/transcripts/dev12',
  'test/corpus/transcripts/dev13',
  'test/corpus/transcripts/dev14',
  'test/corpus/transcripts/dev15',
  'test/corpus/transcripts/opened',
  'test/corpus/transcripts/holdout',
];

interface Targets {
  codes: number;
  commands: number;
  faults: number;
  perProducer: number;
  falseHovers: number;
  falseAlarms: number;
}
// Issue 19's targets hold on the groups the reader was written against. The groups held out in the
// first round ("opened": measured at 83.8% and 95.4% of codes before they were opened on 2026-12-06,
// then written against) and the second round's held-out groups are not there yet: their floors are
// the figures measured on 2026-12-06, so that no change makes them worse; raise them as the reader
// improves, up to the issue's targets.
const issueTargets: Targets = { codes: 0.97, commands: 0.9, faults: 0.8, perProducer: 0.9, falseHovers: 0, falseAlarms: 0 };
const targets: Record<string, Targets> = {
  'test/corpus/pasted/dev': issueTargets,
  'test/corpus/transcripts/dev': issueTargets,
  // The fifth round's producers, written against but not yet absorbed by the reader: measured floors.
  'test/corpus/pasted/dev5': { codes: 0.94, commands: 0.85, faults: 0, perProducer: 0, falseHovers: 21, falseAlarms: 1 },
  'test/corpus/pasted/dev6': { codes: 0.94, commands: 0.88, faults: 0.66, perProducer: 0, falseHovers: 1, falseAlarms: 1 },
  // Seventh and eighth pasted rounds and the second printed round (2026-12-06): measured when collected.
  'test/corpus/pasted/dev9': { codes: 0.94, commands: 0.91, faults: 0.85, perProducer: 0, falseHovers: 5, falseAlarms: 15 },
  'test/corpus/pasted/dev7': { codes: 0.98, commands: 0.92, faults: 0.8, perProducer: 0, falseHovers: 1, falseAlarms: 0 },
  'test/corpus/pasted/dev8': { codes: 0.96, commands: 0.9, faults: 0.5, perProducer: 0, falseHovers: 0, falseAlarms: 2 },
  'test/corpus/transcripts/dev2': { codes: 0.94, commands: 0.87, faults: 0.96, perProducer: 0, falseHovers: 1, falseAlarms: 4 },
  'test/corpus/transcripts/dev3': { codes: 0.99, commands: 0.98, faults: 0.9, perProducer: 0, falseHovers: 14, falseAlarms: 1 },
  'test/corpus/pasted/dev10': { codes: 0.97, commands: 0.96, faults: 0.42, perProducer: 0, falseHovers: 1, falseAlarms: 2 },
  'test/corpus/transcripts/dev4': { codes: 0.99, commands: 0.94, faults: 0.77, perProducer: 0, falseHovers: 0, falseAlarms: 3 },
  // Fifth printed round (2026-12-06: sendmail -v, npm sendmail, strace, tcpdump -A/-X, expect -d, smtpping, patator): measured when collected.
  'test/corpus/transcripts/dev5': { codes: 0.99, commands: 0.94, faults: 0.76, perProducer: 0, falseHovers: 0, falseAlarms: 9 },
  // Sixth printed round (2026-12-06: curl --trace-ascii, recordio, proxsmtp, qpsmtpd, fdm, simplesmtp, a here-document, mconnect): measured when collected.
  'test/corpus/transcripts/dev6': { codes: 0.99, commands: 0.97, faults: 0.93, perProducer: 0.93, falseHovers: 2, falseAlarms: 28 },
  // Seventh printed round (2026-12-06: tshark summary and -O smtp, check_smtp -v, bsmtp -d, apprise -vvvv, ettercap -T, s_client -debug): measured when collected.
  'test/corpus/transcripts/dev7': { codes: 0.99, commands: 0.85, faults: 0.86, perProducer: 0.87, falseHovers: 20, falseAlarms: 6 },
  // Eighth printed round (2026-12-06: Cyrus smtptest, Gambas SmtpClient debug, syslog-ng smtp() -d, postal -z, Mail::SendEasy, nc.traditional -vv): measured when collected.
  'test/corpus/transcripts/dev8': { codes: 0.99, commands: 0.99, faults: 0.96, perProducer: 0.99, falseHovers: 0, falseAlarms: 0 },
  // Ninth printed round (2026-12-06: Swift Mailer EchoLogger, Horde_Smtp debug, libetpan stream debug, BusyBox telnet): measured as collected.
  // (Swift Mailer is also a held-out pasted producer: the reader is not changed for this group's Swift Mailer files.)
  'test/corpus/transcripts/dev9': { codes: 0.93, commands: 0.99, faults: 0.91, perProducer: 0.83, falseHovers: 27, falseAlarms: 5 },
  // Tenth printed round (2026-12-06: sendmailR verbose, Fossil --trace, testssl.sh --debug 3, Dovecot submission relay debug, Hydra -d, Monit -vv, FLIM smtp.el trace, inetutils telnet): measured as collected.
  'test/corpus/transcripts/dev10': { codes: 0.99, commands: 0.98, faults: 0.89, perProducer: 0.98, falseHovers: 22, falseAlarms: 1 },
  // Eleventh printed round (2026-12-06: pwntools debug, Net::Telnet logs, plink -raw -v, tcpconnect -v, tcpbug, ltrace send/recv, mitmdump raw TCP): measured as collected.
  'test/corpus/transcripts/dev11': { codes: 0.98, commands: 0.98, faults: 0.97, perProducer: 0.93, falseHovers: 0, falseAlarms: 2 },
  // Twelfth printed round (2026-12-06: stone -pp relay dump, C-Kermit CONNECT typed, Scapy Packet.show() sniff, Ruby Net::Telnet Output_log): measured as collected.
  'test/corpus/transcripts/dev12': { codes: 0.99, commands: 0.95, faults: 0.75, perProducer: 0.99, falseHovers: 0, falseAlarms: 0 },
  // Thirteenth printed round (2026-12-06: tcpreen's bridge log, OpenSMTPD relaying with -T transfer, msmtp's log and errors, bash /dev/tcp typed): measured as collected.
  'test/corpus/transcripts/dev13': { codes: 0.99, commands: 0.99, faults: 0.92, perProducer: 0.99, falseHovers: 0, falseAlarms: 0 },
  // Fourteenth printed round (2026-12-06: node-mail NODE_DEBUG, node_mailer on nodemailer 0.1.20, chasquid's -v=2 server log, Net::SMTP_auth Debug): measured as collected.
  'test/corpus/transcripts/dev14': { codes: 0.99, commands: 0.99, faults: 0.68, perProducer: 0.99, falseHovers: 0, falseAlarms: 2 },
  // Fifteenth printed round (2026-12-06: email-verify's --debug CLI, email-deep-validator with logger: console, pixl-mail's pixl-logger rows on Nodemailer 7): measured as collected.
  'test/corpus/transcripts/dev15': { codes: 0.94, commands: 0.98, faults: 0.8, perProducer: 0.9, falseHovers: 0, falseAlarms: 9 },
  // Eighteenth pasted round (2026-12-06: RainLoop's MailSo log, Metabase's EDN log, Node-RED/n8n/YApi error text, a helpdesk KB table, sample and doc pages): measured when collected.
  'test/corpus/pasted/dev18': { codes: 0.92, commands: 1, faults: 1, perProducer: 0.36, falseHovers: 0, falseAlarms: 2 },
  // Nineteenth pasted round (2026-12-06: error-code pages and FAQs, a telnet how-to, a mass mailer's error list, Catcher's Dart mailer log, a C++ class's S:/C: page, issue threads): measured when collected.
  'test/corpus/pasted/dev19': { codes: 0.91, commands: 0.86, faults: 1, perProducer: 0, falseHovers: 0, falseAlarms: 17 },
  // Twentieth pasted round (2026-12-06: telnet cheat sheets and notes, an Arduino book's session, mbed TLS's mail client, an ASCII ladder, a README, issue threads quoting replies): measured when collected.
  'test/corpus/pasted/dev20': { codes: 0.84, commands: 0.88, faults: 0.61, perProducer: 0, falseHovers: 0, falseAlarms: 12 },
  // Twenty-first pasted round (2026-12-06: GMass's test log, a Postfix README mirror, textbook/blog S:/C: samples, flattened wiki pages, a KB code table, issue text): measured when collected.
  'test/corpus/pasted/dev21': { codes: 0.92, commands: 1, faults: 0.71, perProducer: 0, falseHovers: 0, falseAlarms: 0 },
  // Twenty-second pasted round (2026-12-06: library/framework debug and error text, Emacs smtpmail, nullmailer, Cyrus, an Exim relay container): measured when collected.
  'test/corpus/pasted/dev22': { codes: 0.94, commands: 1, faults: 1, perProducer: 0, falseHovers: 0, falseAlarms: 0 },
  // Twenty-third pasted round (2026-12-06: a camera's busybox sendmail, ntopng's libcurl debug, app error text, an MFP guide, German/French/Japanese pages): measured when collected.
  'test/corpus/pasted/dev23': { codes: 0.99, commands: 1, faults: 1, perProducer: 0.99, falseHovers: 0, falseAlarms: 0 },
  // Twenty-fourth pasted round (2026-12-06: hosting KB pages and code lists, Google's and Microsoft's support pages, telnet walk-throughs in a magazine, a KB and blogs, a flattened session, a project's support report): measured when collected.
  'test/corpus/pasted/dev24': { codes: 0.93, commands: 1, faults: 1, perProducer: 0.16, falseHovers: 4, falseAlarms: 2 },
  'test/corpus/pasted/dev11': { codes: 0.94, commands: 0.75, faults: 0.71, perProducer: 0, falseHovers: 3, falseAlarms: 3 },
  'test/corpus/pasted/dev12': { codes: 0.93, commands: 1, faults: 0.75, perProducer: 0, falseHovers: 0, falseAlarms: 6 },
  // Thirteenth pasted round (2026-12-06: fetchmail, msmtp, go-mail, blackhole, AVideo, Mailgun JSON, hosting FAQ lists): measured when collected.
  'test/corpus/pasted/dev13': { codes: 0.98, commands: 0.82, faults: 1, perProducer: 0, falseHovers: 0, falseAlarms: 0 },
  // Fourteenth pasted round (2026-12-06: Python tuple echoes in apps, Vert.x, denomailer, SmarterMail, MailEnable, Halon, ESPMailer): measured when collected.
  'test/corpus/pasted/dev14': { codes: 0.98, commands: 0.92, faults: 0.5, perProducer: 0, falseHovers: 0, falseAlarms: 2 },
  // Fifteenth pasted round (2026-12-06: self-hosted apps' error text, CakePHP, a Django debug page, CPP-SMTPClient, wolfSSL, KB and docs pages): measured when collected.
  'test/corpus/pasted/dev15': { codes: 0.94, commands: 1, faults: 0, perProducer: 0.25, falseHovers: 0, falseAlarms: 1 },
  // Sixteenth pasted round (2026-12-06: forum/wiki telnet pages, KB and explainer pages, Lua/D/Swift libraries, amavis reinjection): measured when collected.
  'test/corpus/pasted/dev16': { codes: 0.86, commands: 1, faults: 1, perProducer: 0, falseHovers: 0, falseAlarms: 0 },
  // Seventeenth pasted round (2026-12-06: Python tuple titles and tracebacks, libcurl via Julia, Inbucket telnet, KB/FAQ/blog pages, a fax service manual): measured when collected.
  'test/corpus/pasted/dev17': { codes: 0.95, commands: 1, faults: 0, perProducer: 0, falseHovers: 2, falseAlarms: 5 },
  'test/corpus/pasted/opened': { codes: 0.98, commands: 0.95, faults: 0.9, perProducer: 0.5, falseHovers: 0, falseAlarms: 0 },
  'test/corpus/transcripts/opened': { codes: 0.99, commands: 0.99, faults: 0.81, perProducer: 0.97, falseHovers: 0, falseAlarms: 0 },
  'test/corpus/pasted/holdout': { codes: 0.94, commands: 0.95, faults: 0.57, perProducer: 0.63, falseHovers: 0, falseAlarms: 2 },
  'test/corpus/transcripts/holdout': { codes: 0.94, commands: 0.97, faults: 0.84, perProducer: 0.76, falseHovers: 1, falseAlarms: 16 },
};

interface Tally {
  codes: number;
  hovered: number;
  coloured: number;
  commands: number;
  commandsHovered: number;
  faults: number;
  faultsFound: number;
  falseHovers: string[];
  /** Warnings and errors where the corpus lists no fault. */
  falseAlarms: string[];
  misses: string[];
}
const emptyTally = (): Tally => ({ codes: 0, hovered: 0, coloured: 0, commands: 0, commandsHovered: 0, faults: 0, faultsFound: 0, falseHovers: [], falseAlarms: [], misses: [] });
// Findings that are true of every transcript they fire on but that no corpus lists as a protocol fault.
const notFaults = new Set(['smtp.credentials-in-transcript']);

let probe: CorpusProbe;

const fileLines = new Map<string, string[]>();
const lines = (folder: string, file: string) => {
  const key = path.join(repoRoot, folder, file);
  if (!fileLines.has(key)) fileLines.set(key, readFileSync(key, 'utf8').split(/\r\n|\r|\n/));
  return fileLines.get(key)!;
};

async function measure(folder: string, entry: ExpectedTranscript, tally: Tally, grammarTokens: (text: string) => Token[][]) {
  const { diagnostics, hover, coloured, falseHovers } = await probe.open(folder, entry.file, 'smtp', grammarTokens);
  const expectedSpans = new Map<number, [number, number][]>();
  const expect = (line: number, from: number, length: number) => expectedSpans.set(line, [...(expectedSpans.get(line) ?? []), [from, from + length]]);
  for (const r of entry.replies ?? []) {
    const codes: [string, number, CodeKind][] = [[r.code, r.col, 'reply-code']];
    if (r.enhanced && r.ecol) codes.push([r.enhanced, r.ecol, 'enhanced-code']);
    // A multi-line reply quoted in one string repeats its enhanced code after each "\\n" ("(534, b'5.7.9 …\\n5.7.9 …')"):
    // those repeats are the reply's own, so a hover there is no false one (they are not counted as codes either).
    if (r.enhanced && r.ecol) {
      const text = lines(folder, entry.file)[r.line - 1] ?? '';
      for (const m of text.slice(r.ecol).matchAll(/(?:\\r)?\\n(?:\d{3}[ -])?([245]\.\d{1,3}\.\d{1,3})(?![\d.])/g)) {
        if (m[1] === r.enhanced) expect(r.line - 1, r.ecol + m.index! + m[0].length - m[1].length, m[1].length);
      }
    }
    for (const [code, col, kind] of codes) {
      expect(r.line - 1, col - 1, code.length);
      tally.codes++;
      const got = await hover(r.line - 1, col - 1);
      const [, subject, detail] = code.split('.');
      const named = kind === 'reply-code' ? got.includes(code) : got.includes(code) || got.includes(`X.${subject}.${detail}`);
      if (named) tally.hovered++;
      else tally.misses.push(`${entry.file}:${r.line}:${col} ${code} hover "${got.slice(0, 60)}"`);
      if (coloured(r.line - 1, col - 1, kind, code)) tally.coloured++;
      else tally.misses.push(`${entry.file}:${r.line}:${col} ${code} not coloured`);
    }
  }
  // An MTA's own verdict in its log line ("dsn=5.1.1, status=bounced") is an enhanced code the reader explains
  // on purpose; the corpus lists enhanced codes only with their reply, so a hover there is no false one (nor counted).
  lines(folder, entry.file).forEach((text, line) => {
    for (const m of text.matchAll(/\bdsn=([245]\.\d{1,3}\.\d{1,3})(?![\d.])/g)) expect(line, m.index! + 4, m[1].length);
  });
  for (const c of entry.commands ?? []) {
    tally.commands++;
    const got = await hover(c.line - 1, c.col - 1);
    if (got.toUpperCase().includes(c.verb)) tally.commandsHovered++;
    else tally.misses.push(`${entry.file}:${c.line}:${c.col} ${c.verb} hover "${got.slice(0, 60)}"`);
  }
  const judged = judgeFaults(entry.file, diagnostics, entry.faults ?? [], notFaults);
  tally.faults += (entry.faults ?? []).length;
  tally.faultsFound += judged.found;
  tally.misses.push(...judged.misses);
  tally.falseAlarms.push(...judged.falseAlarms);
  // Every other number: no hover may explain it as a code.
  tally.falseHovers.push(...(await falseHovers(expectedSpans)));
}


// CORPUS_GROUPS=dev3,holdout runs only the groups whose folder ends so (a quicker loop while writing the reader).
const only = process.env.CORPUS_GROUPS?.split(',');

/**
 * The groups of one corpus (`pasted` or `transcripts`, the printed one) as tests, each in a test file
 * of its own so that neither file comes near the runner's time limit per file.
 */
export function corpusSuite(corpus: 'pasted' | 'transcripts'): void {
  const folders = corpora.filter((f) => f.startsWith(`test/corpus/${corpus}/`) && (!only || only.some((g) => f.endsWith(`/${g}`))));
  // CORPUS_GROUPS names only the other corpus's groups: no test, so no server to start.
  if (!folders.length) return;
  before(async () => {
    probe = await CorpusProbe.start();
  });
  after(() => probe.stop());
  for (const folder of folders) groupTest(folder);
}

function groupTest(folder: string): void {
  const expectedFile = path.join(repoRoot, folder, 'expected.json');
  test(`corpus ${folder}`, { timeout: testTimeoutMs * 10, skip: existsSync(expectedFile) ? false : `${folder}/expected.json is missing` }, async (t) => {
    const expected: { transcripts: ExpectedTranscript[] } = JSON.parse(readFileSync(expectedFile, 'utf8'));
    const grammar = await loadGrammar('source.smtp');
    const byProducer = new Map<string, Tally>();
    for (const entry of expected.transcripts) {
      const tally = byProducer.get(entry.producer) ?? emptyTally();
      byProducer.set(entry.producer, tally);
      await measure(folder, entry, tally, (text) => tokenize(grammar, text));
    }

    const total = emptyTally();
    for (const [producer, x] of [...byProducer].sort()) {
      t.diagnostic(
        `${producer.padEnd(24)} codes hovered ${percent(x.hovered, x.codes).padStart(6)} coloured ${percent(x.coloured, x.codes).padStart(6)} (${x.codes})  commands ${percent(x.commandsHovered, x.commands).padStart(6)} (${x.commands})  faults ${x.faultsFound}/${x.faults}  false alarms ${x.falseAlarms.length}  false hovers ${x.falseHovers.length}`,
      );
      for (const key of Object.keys(total) as (keyof Tally)[]) {
        if (Array.isArray(total[key])) (total[key] as string[]).push(...(x[key] as string[]));
        else (total[key] as number) += x[key] as number;
      }
    }
    t.diagnostic(
      `TOTAL ${folder}: codes hovered ${percent(total.hovered, total.codes)}, coloured ${percent(total.coloured, total.codes)} of ${total.codes}; commands ${percent(total.commandsHovered, total.commands)} of ${total.commands}; faults ${total.faultsFound}/${total.faults}; false alarms ${total.falseAlarms.length}; false hovers ${total.falseHovers.length}`,
    );
    // The misses of held-out producers stay unread while the reader is written: figures only.
    if (!folder.endsWith('/holdout')) for (const miss of [...total.falseHovers, ...total.falseAlarms, ...total.misses].slice(0, Number(process.env.CORPUS_MISSES ?? 80))) t.diagnostic(`  ${miss}`);

    const target = targets[folder];
    assert.ok(target, `no targets for ${folder}: measure it, then add its floors above`);
    const share = (n: number, of: number) => (of ? n / of : 1);
    assert.ok(total.falseHovers.length <= target.falseHovers, `false hovers: ${total.falseHovers.length} (at most ${target.falseHovers})`);
    assert.ok(total.falseAlarms.length <= target.falseAlarms, `false alarms: ${total.falseAlarms.length} (at most ${target.falseAlarms})`);
    assert.ok(share(total.hovered, total.codes) >= target.codes, `codes hovered: ${total.hovered}/${total.codes} (at least ${target.codes})`);
    assert.ok(share(total.coloured, total.codes) >= target.codes, `codes coloured: ${total.coloured}/${total.codes} (at least ${target.codes})`);
    assert.ok(share(total.commandsHovered, total.commands) >= target.commands, `commands hovered: ${total.commandsHovered}/${total.commands} (at least ${target.commands})`);
    assert.ok(share(total.faultsFound, total.faults) >= target.faults, `faults reported: ${total.faultsFound}/${total.faults} (at least ${target.faults})`);
    for (const [producer, x] of byProducer) {
      assert.ok(share(x.hovered, x.codes) >= target.perProducer, `${producer}: codes hovered ${x.hovered}/${x.codes} (at least ${target.perProducer})`);
    }
  });
}
