/**
 * Provider notes (server/src/knowledge/data/providers/*.json): every note of every provider shows
 * in the hover of a reply carrying that provider's mark, in a transcript and in a mail log, in
 * English and German. Also `smtp.unregistered-enhanced-code`, which provider-specific codes hit.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnosticsAt, hoverText } from '../helpers';
import { knowledge } from '../../server/src/knowledge';
import type { VendorNote } from '../../server/src/knowledge/types';
import { escapeMarkdown, escapeProse } from '../../server/src/service/markdown';
import { messagesFor } from '../../server/src/service/messages';

/** A host of each provider, made from its first host pattern ("*.yahoodns.net" gives "mx.yahoodns.net"). */
const providerHosts: Record<string, string> = Object.fromEntries(
  knowledge.providers.map((p) => [p.id, p.hosts[0].replace(/^\*\./, 'mx.').replace(/\*/g, 'x')]),
);

/** The enhanced codes a note stands for: one code, a range "4.7.500-699" (both ends) or alternatives "5.4.6 / 5.4.14". */
function enhancedCodesOf(note: VendorNote): (string | undefined)[] {
  if (note.enhanced === null) return [undefined];
  return note.enhanced.split(' / ').flatMap((code) => {
    const range = /^(\d\.\d{1,3}\.)(\d{1,3})-(\d{1,3})$/.exec(code);
    return range ? [range[1] + range[2], range[1] + range[3]] : [code];
  });
}

/** One reply per code a note stands for, with the note's first phrase; the provider shows itself by its host. */
function repliesFor(note: VendorNote): { basic: string; enhanced?: string; text: string }[] {
  return enhancedCodesOf(note).map((enhanced) => {
    const basic = note.basic ?? (enhanced?.startsWith('4') ? '450' : '550');
    const text = [basic, enhanced, note.match[0] ?? 'refused'].filter(Boolean).join(' ');
    return { basic, enhanced, text };
  });
}

const label = (note: VendorNote) => `${note.provider} ${note.basic} ${note.enhanced} ${note.match[0] ?? ''}`;

function assertShowsNote(hover: string | undefined, note: VendorNote, lang: 'en' | 'de', where: string): void {
  const provider = knowledge.provider(note.provider)!;
  assert.ok(hover, `no hover ${where}`);
  assert.ok(hover.includes(`**${escapeMarkdown(messagesFor(lang).providerNote(provider.name))}**`), `no ${lang} note heading ${where}`);
  assert.ok(hover.includes(escapeProse(note.meaning[lang])), `the ${lang} meaning of ${label(note)} is missing ${where}:\n${hover}`);
  assert.ok(hover.includes(escapeProse(note.action[lang])), `the ${lang} action of ${label(note)} is missing ${where}`);
}

test('the four providers known before issue 15 are still there, and every provider has a host pattern', () => {
  for (const id of ['apple', 'gmail', 'microsoft', 'yahoo']) assert.ok(knowledge.provider(id), id);
  for (const p of knowledge.providers) assert.ok(providerHosts[p.id], `${p.id} has no host pattern`);
});

for (const note of knowledge.vendorNotes) {
  test(`provider note ${label(note)}: in a transcript hover and a mail-log hover, English and German`, () => {
    for (const reply of repliesFor(note)) {
      const host = providerHosts[note.provider];
      const transcript = `220 ${host} ESMTP\nEHLO c\n250 ${host}\nMAIL FROM:<a@b>\n250 ok\nRCPT TO:<x@y>\n${reply.basic[0]}|${reply.text.slice(1)}\n`;
      const status = reply.basic.startsWith('4') ? 'deferred' : 'bounced';
      const log = `Jun  3 10:00:00 mx postfix/smtp[4242]: 4A1B2C3D4E: to=<x@example.net>, relay=${host}[192.0.2.7]:25, delay=1.2, dsn=${reply.enhanced ?? `${reply.basic[0]}.0.0`}, status=${status} (host ${host}[192.0.2.7] said: ${reply.basic[0]}|${reply.text.slice(1)} (in reply to RCPT TO command))\n`;
      for (const lang of ['en', 'de'] as const) {
        assertShowsNote(hoverText(transcript, 'smtp', { language: lang }), note, lang, `in the transcript reply '${reply.text}'`);
        assertShowsNote(hoverText(log, 'mail-log', { language: lang }), note, lang, `in the log reply '${reply.text}'`);
      }
    }
  });
}

test('no provider note without the provider mark, and none of another provider', () => {
  const gmailOnly = '220 mx ESMTP\nEHLO c\n250 mx\nMAIL FROM:<a@b>\n250 ok\nRCPT TO:<x@y>\n5|50 5.7.26 Unauthenticated email gsmtp\n';
  const hover = hoverText(gmailOnly) ?? '';
  assert.match(hover, /What Google Gmail \/ Google Workspace means by it/);
  assert.doesNotMatch(hover, /What (Microsoft|Yahoo|Apple)[^\n]* means by it/);
  assert.doesNotMatch(hoverText(gmailOnly.replace(' gsmtp', '')) ?? '', /means by it/);
  // Just outside Microsoft's published ranges 4.7.500-699 and 5.7.606-649.
  for (const code of ['450 4.7.499', '450 4.7.700', '550 5.7.605', '550 5.7.650']) {
    const reply = `220 mx ESMTP\nEHLO c\n250 mx\nMAIL FROM:<a@b>\n${code[0]}|${code.slice(1)} denied by mail.protection.outlook.com\n`;
    assert.doesNotMatch(hoverText(reply) ?? '', /means by it/, code);
  }
});

test('smtp.unregistered-enhanced-code fires on well-formed codes missing from the IANA registry, only there', () => {
  const transcript = '220 mx ESMTP\nEHLO c\n250-mx\n250 ENHANCEDSTATUSCODES\nMAIL FROM:<a@b>\n250 2.1.0 ok\nRCPT TO:<x@y>\n550 5.1.99 gone\nRCPT TO:<y@y>\n550 5.7.555 denied\nRCPT TO:<z@y>\n550 5.1.1 unknown\nRCPT TO:<w@y>\n450 4.9.9 later\n';
  assert.deepEqual(diagnosticsAt(transcript).filter((d) => !d.endsWith('smtp.failure-reply')), [
    '8:5 smtp.unregistered-enhanced-code',
    '10:5 smtp.unregistered-enhanced-code',
    '14:5 smtp.unregistered-enhanced-code',
  ]);
  assert.match(hoverText('220 mx ESMTP\nEHLO c\n250 mx\nMAIL FROM:<a@b>\n550 5.7.|555 Access denied\n') ?? '', /^### 5\.7\.555: Unregistered code\n/);
});

test("a provider's notes stand under one heading, the best match first", () => {
  const reply = '421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1';
  const hover = hoverText(`220 mta7.am0.yahoodns.net ESMTP\nEHLO c.example\n250 mta7.am0.yahoodns.net\nRCPT TO:<b@yahoo.com>\n|${reply}\n`) ?? '';
  const heading = `**${escapeMarkdown(messagesFor('en').providerNote(knowledge.provider('yahoo')!.name))}**`;
  assert.equal(hover.split(heading).length - 1, 1, hover);
  const notes = knowledge.vendorNotes.filter((n) => n.provider === 'yahoo');
  const tagged = notes.find((n) => n.match.includes('[TSS04]'))!;
  const deferral = notes.find((n) => n.match.includes('[TS02]'))!;
  const at = (note: VendorNote) => hover.indexOf(escapeProse(note.meaning.en).slice(0, 40));
  assert.ok(at(tagged) > hover.indexOf(heading) && at(deferral) > at(tagged), hover);
});
