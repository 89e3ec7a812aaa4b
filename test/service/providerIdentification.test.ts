/**
 * Provider knowledge (issue 15): the shape of the provider files, who is speaking (reply marks, then
 * the hosts each kind of document shows), which note fits (phrase before code pair, never another
 * provider's), the shape of hovers that lead with the note, `explain` for codes only providers use,
 * and the provider figures of bounce and log summaries. English and German.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deliveryReport, hoverText } from '../helpers';
import { knowledge, providerFileProblems } from '../../server/src/knowledge';
import { providerFiles } from '../../server/src/knowledge/data/providers';
import type { ProviderFile, VendorNote } from '../../server/src/knowledge/types';
import { explain, resolveExplainable } from '../../server/src/service/explain';
import { explanationToText } from '../../server/src/service/render';
import { escapeMarkdown, escapeProse } from '../../server/src/service/markdown';
import { messagesFor } from '../../server/src/service/messages';
import { hostPatternToRegExp, identifyProvider, noteCoversEnhanced, providerNotes, providersUsingCode } from '../../server/src/service/providers';
import { analyzeEml, type BounceSummary } from '../../server/src/service/eml/emlAnalyzer';
import { analyzeMailLog, type LogSummary } from '../../server/src/service/log/logAnalyzer';
import { logSummaryJson, logSummaryText } from '../../server/src/service/log/logSummary';

const heading = (id: string, lang: 'en' | 'de' = 'en') => `**${escapeMarkdown(messagesFor(lang).providerNote(knowledge.provider(id)!.name))}**`;
const anyProviderHeading = /\*\*(What .* means by it|Was .* damit meint|Used by .*|Verwendet von .*)\*\*/;

/** A Gmail note that goes by its code pair alone, with a registered enhanced code: shown only when Gmail is identified. */
const gmailCodeNote = knowledge.vendorNotes.find((n) => n.provider === 'gmail' && !n.match.length && n.basic && n.enhanced && knowledge.enhanced(`X${n.enhanced.slice(1)}`))!;
const gmailReply = `${gmailCodeNote.basic} ${gmailCodeNote.enhanced} Message rejected`;

const transcript = (greetingHost: string, ehloHost: string, reply: string) =>
  `220 ${greetingHost} ESMTP ready\nEHLO client.example.com\n250 ${ehloHost} Hello\nMAIL FROM:<a@example.com>\n250 2.1.0 Ok\nRCPT TO:<b@example.net>\n${reply[0]}|${reply.slice(1)}\n`;

function dsn(fields: { remote?: string; reporting?: string; received?: string }, reply: string): string {
  return deliveryReport({ ...fields, status: reply.split(' ')[1], diagnostic: `${reply[0]}|${reply.slice(1)}` });
}

test('every provider file has the agreed shape, a unique id, and the index lists them alphabetically', () => {
  const files = providerFiles as ProviderFile[];
  assert.ok(files.length >= 4);
  assert.deepEqual(files.flatMap((f) => providerFileProblems(f)), []);
  const ids = files.map((f) => f.id);
  assert.deepEqual(ids, [...new Set(ids)].sort());
  // The check itself finds what is wrong.
  const broken = { id: 'Bad Id', name: 'X', hosts: ['*.ok.example', 'not a host'], replyMarks: [], references: [], notes: [{ basic: '55', enhanced: null, match: [], meaning: { en: 'x' }, action: { en: 'a', de: 'b' }, source: { label: 'l', url: 'http://x' } }] };
  assert.deepEqual(providerFileProblems(broken), [
    'Bad Id: id must be lower-case letters, digits and hyphens',
    'Bad Id: hosts must be lower-case host patterns ("*.example.com", "example.com")',
    'Bad Id note 0 (55 *): basic must be a reply code or null',
    'Bad Id note 0 (55 *): meaning needs en and de',
    'Bad Id note 0 (55 *): source needs a label and an https url',
  ]);
});

test('host patterns: "*." is any subdomain, a bare domain is itself and its subdomains, "*" inside a label', () => {
  const cases: [string, string, boolean][] = [
    ['*.yahoodns.net', 'mta7.am0.yahoodns.net', true],
    ['*.yahoodns.net', 'yahoodns.net', false],
    ['*.yahoodns.net', 'evilyahoodns.net', false],
    ['aol.com', 'aol.com', true],
    ['aol.com', 'mx-aol.mail.gm0.yahoodns.aol.com', true],
    ['aol.com', 'notaol.com', false],
    ['mx*.hostpoint.ch', 'mx12.hostpoint.ch', true],
    ['mx*.hostpoint.ch', 'smtp.hostpoint.ch', false],
    // Cox's inbound MX runs on cloudfilter.net under a Cox-only name; other cloudfilter.net hosts are not Cox.
    ['cxr.mx.*.cloudfilter.net', 'cxr.mx.a.cloudfilter.net', true],
    ['cxr.mx.*.cloudfilter.net', 'mx.a.cloudfilter.net', false],
  ];
  for (const [pattern, host, expected] of cases) assert.equal(hostPatternToRegExp(pattern).test(host), expected, `${pattern} ${host}`);
});

test('identification: a reply mark wins over the host, addresses and IP literals name nobody, hosts in order', () => {
  const id = (replyText: string, hosts: string[]) => identifyProvider({ replyText, hosts })?.provider.id;
  assert.equal(id('421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred', ['example-com.mail.protection.outlook.com']), 'yahoo');
  assert.equal(identifyProvider({ replyText: '550 5.7.1 denied', hosts: ['example-com.mail.protection.outlook.com'] })?.by, 'host');
  assert.equal(id('550 5.1.1 <bob@yahoo.com>: Recipient address rejected', ['mx.example.net']), undefined);
  assert.equal(id('550 5.1.1 unknown', ['192.0.2.1', 'mx.example.net', 'gmail-smtp-in.l.google.com', 'mta7.am0.yahoodns.net']), 'gmail');
  assert.equal(id('550 5.1.1 unknown', ['dns; GMAIL-SMTP-IN.L.GOOGLE.COM.']), 'gmail');
  // The sending services show themselves as the reporting or relaying side (Reporting-MTA, Received:, relay=).
  assert.equal(id('550 5.1.1 unknown', ['mx.example.net', 'dns; a8-30.smtp-out.amazonses.com']), 'amazon-ses');
  assert.equal(id('550 5.1.1 unknown', ['email-smtp-fips.us-east-1.amazonaws.com']), 'amazon-ses');
  assert.equal(id('550 5.1.1 unknown', ['mx.example.net', 'm42-1.mailgun.net']), 'mailgun');
  assert.equal(id('550 5.1.1 unknown', ['mx.example.net', 'sc-ord-mta117.mtasv.net']), 'postmark');
});

test('transcripts: the greeting host or the EHLO host identifies the provider', () => {
  const shows = (text: string) => hoverText(text)?.includes(heading('gmail'));
  assert.ok(shows(transcript('mx.google.com', 'mx.example.com', gmailReply)), 'greeting host');
  assert.ok(shows(transcript('mx.example.com', 'mx.google.com', gmailReply)), 'EHLO host');
  assert.equal(shows(transcript('mx.example.com', 'mx.example.com', gmailReply)), false, 'no provider host');
});

test('logs: host X said, relay=X and Exim H=X identify the provider; a local rejection names only the client', () => {
  const reply = gmailReply;
  const postfix = `Jun  3 10:00:00 mail postfix/smtp[1]: 4A1B: to=<b@example.net>, relay=gmail-smtp-in.l.google.com[192.0.2.1]:25, delay=1, dsn=${gmailCodeNote.enhanced}, status=bounced (host gmail-smtp-in.l.google.com[192.0.2.1] said: ${reply[0]}|${reply.slice(1)} (in reply to RCPT TO command))\n`;
  assert.ok(hoverText(postfix, 'mail-log')?.includes(heading('gmail')), 'host said');
  const relayOnly = `Jun  3 10:00:00 mail postfix/smtp[1]: 4A1B: to=<b@example.net>, relay=gmail-smtp-in.l.google.com[192.0.2.1]:25, delay=1, dsn=${gmailCodeNote.enhanced}, status=bounced (${reply[0]}|${reply.slice(1)})\n`;
  assert.ok(hoverText(relayOnly, 'mail-log')?.includes(heading('gmail')), 'relay=');
  const exim = `2025-06-03 10:00:00 1uAbCd-000123-AB ** b@example.net R=dnslookup T=remote_smtp H=gmail-smtp-in.l.google.com [192.0.2.1]: SMTP error from remote mail server after RCPT TO:<b@example.net>: ${reply[0]}|${reply.slice(1)}\n`;
  assert.ok(hoverText(exim, 'mail-log')?.includes(heading('gmail')), 'Exim H=');
  const localReject = `Jun  3 10:00:00 mail postfix/smtpd[2]: NOQUEUE: reject: RCPT from mail-yw1-f41.google.com[192.0.2.1]: ${reply[0]}|${reply.slice(1)}; from=<a@gmail.com> to=<b@example.net> proto=ESMTP helo=<mail-yw1-f41.google.com>\n`;
  assert.doesNotMatch(hoverText(localReject, 'mail-log') ?? '', anyProviderHeading);
});

test('bounces: Remote-MTA, else Reporting-MTA, else the Received host identify the provider', () => {
  const shows = (text: string) => hoverText(text, 'eml')?.includes(heading('gmail'));
  assert.ok(shows(dsn({ remote: 'gmail-smtp-in.l.google.com' }, gmailReply)), 'Remote-MTA');
  assert.ok(shows(dsn({ reporting: 'mail-sor-f41.google.com' }, gmailReply)), 'Reporting-MTA');
  assert.ok(shows(dsn({ received: 'mail-sor-f41.google.com' }, gmailReply)), 'Received');
  assert.equal(shows(dsn({ remote: 'mx.example.net' }, gmailReply)), false, 'another Remote-MTA');
  // The server that answered outranks the one that reported.
  assert.equal(shows(dsn({ remote: 'example-com.mail.protection.outlook.com', reporting: 'mail-sor-f41.google.com' }, gmailReply)), false);
});

test('matching: a phrase note beats a code-only note, the code-only note answers without the phrase', () => {
  const pair = knowledge.vendorNotes
    .filter((a) => a.match.length && a.basic && a.enhanced && /^\d\.\d+\.\d+$/.test(a.enhanced))
    .map((a) => ({ a, b: knowledge.vendorNotes.find((b) => b.provider === a.provider && !b.match.length && (b.basic ?? a.basic) === a.basic && b.enhanced !== null && noteCoversEnhanced(b.enhanced, a.enhanced!)) }))
    .find((p): p is { a: VendorNote; b: VendorNote } => !!p.b);
  assert.ok(pair, 'the data has a provider with a phrase note and a code-only note for the same reply');
  const host = knowledge.provider(pair.a.provider)!.hosts[0].replace(/^\*\./, 'mx.');
  const withPhrase = hoverText(transcript(host, host, `${pair.a.basic} ${pair.a.enhanced} ${pair.a.match[0]}`))!;
  assert.ok(withPhrase.includes(escapeProse(pair.a.meaning.en)), 'the phrase note');
  assert.ok(!withPhrase.includes(escapeProse(pair.b.meaning.en)), 'not the code-only note');
  const without = hoverText(transcript(host, host, `${pair.a.basic} ${pair.a.enhanced} Message refused`))!;
  assert.ok(without.includes(escapeProse(pair.b.meaning.en)), 'the code-only note');
});

test('matching: RFC 5321 wording a provider puts before its reason does not outweigh the reason', () => {
  const gmxNote = (phrase: string) => knowledge.vendorNotes.find((n) => n.provider === 'united-internet' && n.match.includes(phrase))!;
  const unknownUser = gmxNote('Requested action not taken: mailbox unavailable');
  const senderDomain = gmxNote('invalid DNS MX or A/AAAA resource record');
  const host = 'mx00.emig.gmx.net';
  // The generic prefix is the longer phrase, yet the reason after it names the case.
  const withReason = providerNotes('550-Requested action not taken: mailbox unavailable 550 invalid DNS MX or A/AAAA resource record', [host])!;
  assert.deepEqual(withReason.notes, [senderDomain, unknownUser]);
  // Alone, the prefix still finds the note that goes by it.
  assert.deepEqual(providerNotes('550 Requested action not taken: mailbox unavailable', [host])!.notes, [unknownUser]);
});

test('never one provider note for another: a Microsoft host relaying a Yahoo-marked reply shows Yahoo only', () => {
  const text = hoverText(transcript('example-com.mail.protection.outlook.com', 'example-com.mail.protection.outlook.com', '421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred'))!;
  assert.ok(text.includes(heading('yahoo')));
  assert.ok(!text.includes(heading('microsoft')));
});

test('hover shape: a heading naming the code first, the note before the generic text, each reference once (en, de)', () => {
  for (const lang of ['en', 'de'] as const) {
    for (const note of knowledge.vendorNotes.filter((n) => n.basic && n.enhanced && /^\d\.\d+\.\d+$/.test(n.enhanced))) {
      const host = knowledge.provider(note.provider)!.hosts[0].replace(/^\*\./, 'mx.');
      const reply = `${note.basic} ${note.enhanced} ${note.match[0] ?? 'refused'}`;
      for (const [code, at] of [[note.basic!, 0], [note.enhanced!, 4]] as const) {
        const text = hoverText(transcript(host, host, reply).replace(`${reply[0]}|${reply.slice(1)}`, `${reply.slice(0, at)}|${reply.slice(at)}`), 'smtp', { language: lang })!;
        const where = `${note.provider} ${reply} at ${code} (${lang})`;
        const firstLine = text.split('\n').find((l) => l.trim())!;
        assert.equal(new RegExp(`^#+\\s*(?:\\S+\\s+)?(${code.replace(/\./g, '\\.')})`).exec(firstLine)?.[1], code, `${where}: ${firstLine}`);
        const noteAt = text.search(anyProviderHeading);
        assert.ok(noteAt > 0, `${where}: no note`);
        assert.ok(noteAt < text.indexOf('\n---\n'), `${where}: the note is not above the generic text`);
        const urls = [...text.matchAll(/\]\((https:[^)]+)\)/g)].map((m) => m[1]);
        assert.deepEqual(urls, [...new Set(urls)], `${where}: a reference twice`);
      }
    }
  }
});

test('hovers without a provider: the enhanced meaning leads, related codes are few, no provider page', () => {
  const text = hoverText(transcript('mx.example.com', 'mx.example.com', '550 5.1.1 <b@example.net>: Recipient address rejected: User unknown'))!;
  const lines = text.split('\n');
  assert.match(lines[0], /^### 550 /);
  assert.equal(lines[2], `**5.1.1 ${escapeMarkdown(knowledge.enhanced('X.1.1')!.title.en)}**`);
  assert.ok(text.indexOf('**5.1.1') < text.indexOf('*5xx Permanent Negative Completion'));
  assert.match(text, /\*\*Related codes:\*\* `450`, `5\.1\.6`\n/);
  assert.doesNotMatch(text, /support\.google\.com|support\.apple\.com/);
  const enhanced = hoverText(transcript('mx.example.com', 'mx.example.com', '550 5.7.|26 denied').replace('5|50', '550'))!;
  assert.match(enhanced, /\*\*Related codes:\*\* `550`, `4\.7\.26`, `5\.7\.25`, `5\.7\.27`, `5\.7\.24`\n/);
});

test('explain 5.7.708: IANA does not list it, Microsoft 365 uses it; in English and German', () => {
  const users = providersUsingCode('5.7.708');
  assert.deepEqual(users.map((u) => u.provider.id), ['microsoft']);
  const note = users[0].notes[0];
  for (const lang of ['en', 'de'] as const) {
    const text = explanationToText(explain(resolveExplainable('5.7.708')!, lang), lang);
    assert.ok(text.includes(lang === 'en' ? 'The IANA registry does not list 5.7.708' : 'Die IANA-Registry führt 5.7.708 nicht'), text);
    assert.ok(text.includes(lang === 'en' ? `Used by ${users[0].provider.name}` : `Verwendet von ${users[0].provider.name}`));
    assert.ok(text.includes(note.meaning[lang].replace(/`/g, '')));
  }
  // A registered code is explained as before, without any provider.
  assert.doesNotMatch(explanationToText(explain(resolveExplainable('5.7.1')!, 'en'), 'en'), /Used by|means by it/);
});

test('hover of a code only one provider uses: "used by" without a provider context, nothing under another provider', () => {
  const name = knowledge.provider('microsoft')!.name;
  const plain = hoverText(transcript('mx.example.com', 'mx.example.com', '550 5.7.|708 Service unavailable').replace('5|50', '550'), 'smtp', { language: 'de' })!;
  assert.ok(plain.includes(`**Verwendet von ${escapeMarkdown(name)}**`), plain);
  assert.match(plain, /^### 5\.7\.708: Nicht registrierter Code\n/);
  const underGmail = hoverText(transcript('mx.google.com', 'mx.google.com', '550 5.7.|708 Service unavailable').replace('5|50', '550'))!;
  assert.doesNotMatch(underGmail, anyProviderHeading);
});

test('bounce summaries name the provider per recipient where known; log summaries count failures per provider', () => {
  const bounce = analyzeEml(dsn({ remote: 'gmail-smtp-in.l.google.com' }, gmailReply).replace('|', ''), 'en').summary as BounceSummary;
  assert.equal(bounce.recipients[0].provider, 'gmail');
  const unknown = analyzeEml(dsn({ remote: 'mx.example.net' }, gmailReply).replace('|', ''), 'en').summary as BounceSummary;
  assert.equal('provider' in unknown.recipients[0], false);
  const line = (host: string, status: string, reply: string) =>
    `Jun  3 10:00:00 mail postfix/smtp[1]: 4A1B: to=<b@example.net>, relay=${host}[192.0.2.1]:25, delay=1, dsn=5.0.0, status=${status} (host ${host}[192.0.2.1] said: ${reply} (in reply to RCPT TO command))\n`;
  const log =
    line('gmail-smtp-in.l.google.com', 'bounced', '550 5.1.1 unknown') +
    line('alt1.gmail-smtp-in.l.google.com', 'deferred', '421 4.7.0 try later') +
    line('mta7.am0.yahoodns.net', 'bounced', '554 5.7.9 policy') +
    line('mx.example.net', 'bounced', '550 5.1.1 unknown') +
    line('gmail-smtp-in.l.google.com', 'sent', '250 2.0.0 OK');
  const summary = analyzeMailLog(log, 'en').summary as LogSummary;
  const names = { gmail: knowledge.provider('gmail')!.name, yahoo: knowledge.provider('yahoo')!.name };
  assert.deepEqual(logSummaryJson(summary, 'mail.log').providers, [
    { provider: 'gmail', name: names.gmail, failures: 2 },
    { provider: 'yahoo', name: names.yahoo, failures: 1 },
  ]);
  assert.ok(logSummaryText(summary, 'mail.log', 'de').includes(`Fehlschläge nach Anbieter: ${names.gmail} 2, ${names.yahoo} 1`));
});
