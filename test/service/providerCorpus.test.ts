/**
 * The provider measurement of issue 15: real replies of test/corpus/providers/<group>/*.json (format in
 * its README), each placed in a transcript, a Postfix log line and a DSN where the provider shows itself
 * only by its host. The hover on the reply code must give that provider's right note and no other
 * provider's. Replies of the holdout group are never printed, only its figures.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deliveryReport, doc, service, settings } from '../helpers';
import { knowledge } from '../../server/src/knowledge';
import { escapeMarkdown, escapeProse } from '../../server/src/service/markdown';
import { messagesFor } from '../../server/src/service/messages';
import { identifyProvider, providerStrings } from '../../server/src/service/providers';

interface CorpusEntry {
  provider: string;
  host: string;
  reply: string;
  expect: string;
  source: string;
}

type Placement = 'transcript' | 'log' | 'bounce';
const placements: Placement[] = ['transcript', 'log', 'bounce'];
// PROVIDER_CORPUS_DIR points the test at another corpus of the same layout (while building one).
const corpusDir = process.env.PROVIDER_CORPUS_DIR ?? 'test/corpus/providers';
// Issue 15's target is 90% overall and per provider. The held-out replies are not there yet: the
// floor is the figure measured after the notes written from the providers' own pages (2026-12-06:
// 65.4% when first read, 76.5% now), so that no change makes it worse; raise it up to the target.
const target = 0.9;
const floor = 0.76;
const minimumEntries = 3;

function readCorpus(): { group: string; file: string; entry: CorpusEntry }[] {
  if (!existsSync(corpusDir)) return [];
  const out: { group: string; file: string; entry: CorpusEntry }[] = [];
  for (const group of readdirSync(corpusDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const file of readdirSync(join(corpusDir, group)).filter((f) => f.endsWith('.json')).sort()) {
      const data = JSON.parse(readFileSync(join(corpusDir, group, file), 'utf8')) as CorpusEntry | CorpusEntry[];
      for (const entry of Array.isArray(data) ? data : [data]) out.push({ group, file, entry });
    }
  }
  return out;
}

/** The document and the position of the reply code in it. */
function place(entry: CorpusEntry, placement: Placement): { text: string; languageId: string; line: number; character: number } {
  const reply = entry.reply.replace(/\s*\r?\n\s*/g, ' ').trim();
  const basic = reply.slice(0, 3);
  const enhanced = /^\d{3}[ -]([245]\.\d{1,3}\.\d{1,3})\b/.exec(reply)?.[1] ?? `${basic[0]}.0.0`;
  const transient = basic[0] === '4';
  if (placement === 'transcript') {
    const text = `220 ${entry.host} ESMTP\nEHLO client.example.com\n250 ${entry.host}\nMAIL FROM:<sender@example.com>\n250 2.1.0 Ok\nRCPT TO:<rcpt@example.net>\n${reply}\n`;
    return { text, languageId: 'smtp', line: 6, character: 0 };
  }
  if (placement === 'log') {
    const head = `Jun  3 10:00:00 mail postfix/smtp[4242]: 4A1B2C3D4E: to=<rcpt@example.net>, relay=${entry.host}[192.0.2.1]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=${enhanced}, status=${transient ? 'deferred' : 'bounced'} (host ${entry.host}[192.0.2.1] said: `;
    return { text: `${head}${reply} (in reply to RCPT TO command))\n`, languageId: 'mail-log', line: 0, character: head.length };
  }
  const text = deliveryReport({ status: enhanced, diagnostic: reply, action: transient ? 'delayed' : 'failed', recipient: 'rcpt@example.net', remote: entry.host });
  const line = text.split('\n').findIndex((l) => l.startsWith('Diagnostic-Code:'));
  return { text, languageId: 'eml', line, character: 'Diagnostic-Code: smtp; '.length };
}

function hoverAt(p: ReturnType<typeof place>): string {
  const hover = service.doHover(doc(p.text, p.languageId), { line: p.line, character: p.character }, settings());
  return hover ? (hover.contents as { value: string }).value : '';
}

const noteHeadings = (name: string) => [messagesFor('en').providerNote(name), providerStrings('en').usedBy(name)].map((h) => `**${escapeMarkdown(h)}**`);

type Verdict = 'right' | 'wrong-note' | 'no-note' | 'other-provider';

function judge(entry: CorpusEntry, hover: string): Verdict {
  const others = knowledge.providers.filter((p) => p.id !== entry.provider);
  if (others.some((p) => noteHeadings(p.name).some((h) => hover.includes(h)))) return 'other-provider';
  const provider = knowledge.provider(entry.provider);
  if (!provider) return 'no-note';
  const at = Math.min(...noteHeadings(provider.name).map((h) => hover.indexOf(h)).filter((i) => i >= 0));
  if (!Number.isFinite(at)) return 'no-note';
  // The first note shown must be one whose English text carries the expected phrase.
  const firstNote = hover.slice(hover.indexOf('\n', at)).trimStart();
  const expect = entry.expect.toLowerCase();
  const right = knowledge.vendorNotes.filter(
    (n) => n.provider === provider.id && (n.meaning.en.toLowerCase().includes(expect) || n.action.en.toLowerCase().includes(expect)),
  );
  return right.some((n) => firstNote.startsWith(escapeProse(n.meaning.en))) ? 'right' : 'wrong-note';
}

/** Whether a missing note is the host's fault or the notes', without showing the reply. */
function whyNoNote(entry: CorpusEntry): string {
  const byHost = identifyProvider({ hosts: [entry.host] })?.provider.id;
  const byReply = identifyProvider({ replyText: entry.reply, hosts: [entry.host] })?.provider.id;
  if (byReply !== entry.provider) return byReply ? `identified as ${byReply}` : 'host not recognised';
  return byHost === entry.provider ? 'no note fits the reply' : 'no note fits the reply (identified by a reply mark)';
}

test('provider corpus: the right provider note for real replies where only the host shows the provider', () => {
  const corpus = readCorpus();
  assert.ok(corpus.length > 0, `no entries in ${corpusDir}/<group>/*.json`);
  const tally = new Map<string, { right: number; total: number }>();
  const count = (key: string, ok: boolean) => {
    const t = tally.get(key) ?? { right: 0, total: 0 };
    t.total++;
    if (ok) t.right++;
    tally.set(key, t);
  };
  const crossProvider: string[] = [];
  const failures: string[] = [];
  const entriesPerProvider = new Map<string, number>();
  for (const { group, file, entry } of corpus) {
    entriesPerProvider.set(entry.provider, (entriesPerProvider.get(entry.provider) ?? 0) + 1);
    for (const placement of placements) {
      const verdict = judge(entry, hoverAt(place(entry, placement)));
      const ok = verdict === 'right';
      for (const key of ['all', `group ${group}`, `provider ${entry.provider}`, `placement ${placement}`]) count(key, ok);
      const where = `${group}/${file} ${entry.provider} in a ${placement}`;
      // Held-out replies stay unread: only their figures are reported.
      const shown = group === 'holdout' ? where : `${where}: ${entry.reply}`;
      if (verdict === 'other-provider') crossProvider.push(shown);
      else if (!ok) failures.push(`${shown} (${verdict}${verdict === 'no-note' ? `: ${whyNoNote(entry)}` : ''})`);
    }
  }
  const percent = (t: { right: number; total: number }) => (100 * t.right) / t.total;
  for (const [key, t] of [...tally].sort(([a], [b]) => a.localeCompare(b))) console.log(`${key.padEnd(32)} ${t.right}/${t.total} ${percent(t).toFixed(1)}%`);
  for (const f of failures) console.log(`miss: ${f}`);
  assert.deepEqual(crossProvider, [], 'a note of one provider was shown for another');
  assert.ok(percent(tally.get('all')!) >= floor * 100, `overall ${percent(tally.get('all')!).toFixed(1)}% < ${floor * 100}%`);
  const below = [...entriesPerProvider]
    .filter(([id, n]) => n >= minimumEntries && percent(tally.get(`provider ${id}`)!) < target * 100)
    .map(([id]) => `${id} ${percent(tally.get(`provider ${id}`)!).toFixed(1)}%`);
  // Reported, not yet asserted: the providers that still miss the issue's target.
  if (below.length) console.log(`below the ${target * 100}% target: ${below.join(', ')}`);
});
