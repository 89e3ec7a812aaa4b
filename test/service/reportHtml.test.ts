/** The HTML reports: well-formed, self-contained, escaped, and their bars say the model's counts. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Script } from 'node:vm';
import { logDashboard, logDashboardLines } from '../../server/src/service/log/logDashboard';
import { bounceSummaryOf } from '../../server/src/service/eml/emlAnalyzer';
import { bounceOverviewHtml, logDashboardHtml, logDashboardLinesHtml } from '../../server/src/service/reportHtml';

const options = { lang: 'en' as const, nonce: 'n0nce', source: 'mail.log' };
const voidElements = new Set(['meta', 'br', 'hr', 'img', 'input', 'link']);

/** Checks that tags nest and close and that no text holds a raw `<`; script and style are raw text. Returns the problems. */
function wellFormedProblems(html: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const token = /<!DOCTYPE html>|<(\/?)([a-zA-Z][\w-]*)((?:\s+[\w:-]+(?:="[^"<]*")?)*)\s*(\/?)>/g;
  let last = 0;
  for (let m = token.exec(html); m; m = token.exec(html)) {
    const text = html.slice(last, m.index);
    if (/[<>]/.test(text)) problems.push(`raw < or > in text: ${JSON.stringify(text.slice(0, 80))}`);
    last = token.lastIndex;
    if (!m[2]) continue;
    const name = m[2].toLowerCase();
    if (m[1]) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open}>`);
    } else if (!m[4] && !voidElements.has(name)) {
      stack.push(name);
      if (name === 'script' || name === 'style') {
        const end = html.indexOf(`</${name}>`, last);
        last = token.lastIndex = end;
      }
    }
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(' ')}`);
  return problems;
}

function selfContainedProblems(html: string): string[] {
  const problems: string[] = [];
  // Only real tags count: escaped text holds no `<`.
  const tags = (html.match(/<[a-zA-Z][^>]*>/g) ?? []).join('\n');
  if (/\s(?:src|srcset|action|xlink:href|background|poster)=/i.test(tags)) problems.push('a resource attribute');
  for (const href of tags.match(/\shref="[^"]*"/g) ?? []) if (!/^ href="#[\w-]+"$/.test(href)) problems.push(href);
  if (/<link\b|@import|url\(|https?:\/\//i.test(html.replace(/<footer[\s\S]*?<\/footer>/, ''))) problems.push('a URL');
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  if (scripts.some((s) => s !== '<script nonce="n0nce">')) problems.push(`a script without the nonce: ${scripts}`);
  if (/\sstyle=/.test(tags)) problems.push('a style attribute (the policy allows none)');
  if (/\son\w+=/.test(tags)) problems.push('an inline event handler');
  return problems;
}

test('the log dashboard page: well-formed, self-contained, with a strict policy', () => {
  const html = logDashboardHtml(logDashboard(readFileSync('test/fixtures/log/postfix.log', 'utf8'), 'en'), options);
  assert.deepEqual(wellFormedProblems(html), []);
  assert.deepEqual(selfContainedProblems(html), []);
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-n0nce'; script-src 'nonce-n0nce'">/);
  assert.match(html, /<title>Mail log dashboard: mail\.log<\/title>/);
  assert.match(html, /<h2>Events per hour<\/h2>/);
  assert.match(html, /<td class="num">2<\/td>/);
});

test('chart bars and rows say the counts of the model, and each links to the list of its lines', () => {
  const d = logDashboard(readFileSync('test/fixtures/log/postfix.log', 'utf8'), 'en');
  const html = logDashboardHtml(d, options);
  const bars = [...html.matchAll(/<a class="bar" href="#(t\d+)" data-list="\1" data-count="(\d+)" aria-label="([^"]*)">(.*?)<\/a>/g)];
  assert.deepEqual(bars.map((b) => [b[1], Number(b[2])]), [['t0', 9], ['t24', 1], ['t25', 1]]);
  assert.equal(bars[0][3], 'Mar  3 09:00: 9 events (2 delivered, 2 deferred, 1 bounced, 4 rejected)');
  // The stacked parts of a bar add up to its count, and their heights follow the counts.
  const parts = [...bars[0][4].matchAll(/data-count="(\d+)" x="[\d.]+" y="[\d.]+" width="\d+" height="([\d.]+)"/g)];
  assert.deepEqual(parts.map((p) => Number(p[1])), [2, 2, 1, 4]);
  const unit = Number(parts[0][2]) / 2;
  for (const p of parts) assert.ok(Math.abs(Number(p[2]) - unit * Number(p[1])) < 0.02);
  const replyRows = [...html.matchAll(/<tr data-list="(replyCodes-\d+)" data-count="(\d+)"><td class="label"><a href="#\1" data-list="\1">(\w+)<\/a>/g)];
  assert.deepEqual(replyRows.map((r) => `${r[3]}=${r[2]}`), d.replyCodes.map((r) => `${r.key}=${r.count}`));
  const list = /<section class="list" id="replyCodes-1" data-key="replyCodes:550" tabindex="-1"><h3>550: 2 events<\/h3><p class="note">2 lines\.<\/p><ol>(.*?)<\/ol><\/section>/.exec(html);
  assert.ok(list, 'the list of 550');
  assert.deepEqual([...list[1].matchAll(/data-line="(\d+)"/g)].map((m) => Number(m[1])), [7, 13]);
  assert.match(list[1], /<span class="n">8<\/span><code>Mar  3 09:21:37 mx1 postfix\/smtp\[21994\]: B0C873C0F7: to=&lt;no\.such\.user@gmail\.com&gt;/);
});

test('hostile log text is escaped everywhere it appears: reasons, hosts, domains, line texts, the file name', () => {
  const evil = '<script>alert(1)</script>';
  const log = [
    `Mar  3 09:21:37 mx1 postfix/smtp[1]: Q1: to=<"x"@evil"><img src=x onerror=alert(1)>.example>, relay=mx."><svg onload=alert(2)>[192.0.2.1]:25, dsn=5.1.1, status=bounced (host mx.evil[192.0.2.1] said: 550 5.1.1 ${evil} & 'quotes' (in reply to RCPT TO command))`,
    `Mar  3 09:22:00 mx1 postfix/smtpd[2]: NOQUEUE: reject: RCPT from a</td>[192.0.2.9]: 554 5.7.1 ${evil}; from=<a@b.example> to=<c@d.example> proto=ESMTP helo=<x>`,
  ].join('\n');
  const d = logDashboard(log, 'en');
  assert.equal(d.events, 2);
  assert.ok(d.reasons.some((r) => r.label.includes('<script>')), 'the reason keeps the text as it is; only the page escapes it');
  const html = logDashboardHtml(d, { ...options, source: `${evil}.log` });
  assert.deepEqual(wellFormedProblems(html), []);
  assert.deepEqual(selfContainedProblems(html), []);
  assert.equal(html.match(/<script\b/g)?.length, 1);
  assert.doesNotMatch(html, /<img|<svg onload|<\/td>\[/);
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; &#39;quotes&#39;/);
  assert.match(html, /<title>Mail log dashboard: &lt;script&gt;alert\(1\)&lt;\/script&gt;\.log<\/title>/);
});

test('a log without events says so; the page follows the display language', () => {
  const empty = logDashboardHtml(logDashboard('nothing to see\n', 'en'), options);
  assert.match(empty, /No delivery events with a status, reply code or dsn= were found in this log\./);
  assert.deepEqual(wellFormedProblems(empty), []);
  const de = logDashboardHtml(logDashboard(readFileSync('test/fixtures/log/postfix.log', 'utf8'), 'de'), { ...options, lang: 'de' });
  assert.match(de, /<html lang="de">/);
  assert.match(de, /<h2>Ereignisse pro Stunde<\/h2>/);
  assert.match(de, /<h2>Häufigste Antwortcodes<\/h2>/);
  assert.match(de, /Als Markdown anzeigen/);
});

test('the bounce overview: one row per recipient, class colours, the line it came from, escaped', () => {
  const text = readFileSync('test/fixtures/eml/two-recipients.eml', 'utf8');
  const summary = bounceSummaryOf(text);
  const html = bounceOverviewHtml(summary, { ...options, source: 'bounce.eml' });
  assert.deepEqual(wellFormedProblems(html), []);
  assert.deepEqual(selfContainedProblems(html), []);
  const rowsHtml = [...html.matchAll(/<tr class="c(\d)">(.*?)<\/tr>/g)];
  assert.equal(rowsHtml.length, summary.recipients.length);
  const lines = text.split('\n');
  for (const [i, row] of rowsHtml.entries()) {
    const r = summary.recipients[i];
    assert.equal(row[1], (r.status ?? r.replyCode)![0]);
    assert.ok(row[2].includes(`<td>${r.recipient}</td>`), row[2]);
    const line = Number(/data-line="(\d+)" data-field="status"/.exec(row[2])![1]);
    assert.ok(lines[line].includes(r.status ?? r.replyCode!), `line ${line + 1}: ${lines[line]}`);
  }
});

test('a bounce recipient links to every line it was read from, each labelled by its field', () => {
  const text = readFileSync('test/fixtures/eml/postfix-dsn.eml', 'utf8');
  const summary = bounceSummaryOf(text);
  // The notification text's line naming bob, then the report's fields (Remote-MTA is no source of the row's codes).
  assert.deepEqual(summary.recipientSources, [
    [
      { field: 'text', line: 24 },
      { field: 'final-recipient', line: 37 },
      { field: 'original-recipient', line: 38 },
      { field: 'action', line: 39 },
      { field: 'status', line: 40 },
      { field: 'diagnostic-code', line: 42 },
    ],
  ]);
  const lines = text.split('\n');
  assert.deepEqual(
    summary.recipientSources![0].map((s) => lines[s.line].slice(0, 22)),
    ['<bob@example.net>: hos', 'Final-Recipient: rfc82', 'Original-Recipient: rf', 'Action: failed', 'Status: 5.1.1', 'Diagnostic-Code: smtp;'],
  );
  const html = bounceOverviewHtml(summary, { ...options, source: 'bounce.eml' });
  assert.deepEqual(wellFormedProblems(html), []);
  assert.deepEqual(selfContainedProblems(html), []);
  const cell = /<td class="sources">(.*?)<\/td><\/tr>/.exec(html);
  assert.ok(cell, 'the sources cell');
  assert.deepEqual(
    [...cell[1].matchAll(/<button type="button" class="line src" data-line="(\d+)" data-field="([\w-]+)" title="Line (\d+)" aria-label="([^"]*)"><span class="field">([^<]*)<\/span> (\d+)<\/button>/g)].map((b) => [b[1], b[2], b[3], b[4], b[5], b[6]]),
    [
      ['24', 'text', '25', 'Text, Line 25', 'Text', '25'],
      ['37', 'final-recipient', '38', 'Final-Recipient, Line 38', 'Final-Recipient', '38'],
      ['38', 'original-recipient', '39', 'Original-Recipient, Line 39', 'Original-Recipient', '39'],
      ['39', 'action', '40', 'Action, Line 40', 'Action', '40'],
      ['40', 'status', '41', 'Status, Line 41', 'Status', '41'],
      ['42', 'diagnostic-code', '43', 'Diagnostic-Code, Line 43', 'Diagnostic-Code', '43'],
    ],
  );
  // A bounce without a report keeps one link, to the line its code came from.
  const plain = bounceSummaryOf(readFileSync('test/fixtures/eml/exim-text.eml', 'utf8'));
  assert.deepEqual(plain.recipientSources, plain.recipients.map(() => []));
  assert.match(bounceOverviewHtml(plain, options), /<td><button type="button" class="line" data-line="\d+" title="Line \d+">\d+<\/button><\/td><\/tr>/);
});

test('a page is one report element the webview replaces on edits, each list named by what it lists, and a stale note outside it', () => {
  const html = logDashboardHtml(logDashboard(readFileSync('test/fixtures/log/postfix.log', 'utf8'), 'en'), options);
  const body = /<body>\n<p id="stale" class="stale-note" role="status" hidden><\/p>\n<main id="report">\n([\s\S]*)\n<\/main>\n<script nonce="n0nce">/.exec(html);
  assert.ok(body, 'the stale note, then the report, then the script');
  assert.doesNotMatch(body[1], /<script|<main/);
  const keys = [...html.matchAll(/<section class="list" id="([\w-]+)" data-key="([^"]*)"/g)].map((m) => `${m[1]}=${m[2]}`);
  assert.deepEqual(keys.filter((k) => /^(t\d+|hosts-\d+)=/.test(k)), ['t0=t:Mar  3 09:00', 't24=t:Mar  4 09:00', 't25=t:Mar  4 10:00', ...keys.filter((k) => k.startsWith('hosts-'))]);
  assert.ok(keys.some((k) => /^hosts-0=hosts:\S+$/.test(k)), keys.join('\n'));
  const bounce = bounceOverviewHtml(bounceSummaryOf(readFileSync('test/fixtures/eml/two-recipients.eml', 'utf8')), options);
  assert.match(bounce, /<main id="report">\n<header><h1>Bounce overview: mail\.log<\/h1>/);
});

test('a list holding only its first lines offers "Show more" inside VS Code; a further page is escaped items and the list\'s new note', () => {
  const sent = (i: number) => `Mar  3 09:14:02 mx postfix/smtp[1]: Q${i}: to=<u${i}@example.net>, relay=mx.example.net[192.0.2.1]:25, dsn=2.0.0, status=sent (250 2.0.0 <ok${i}> & done)`;
  const log = Array.from({ length: 180 }, (_, i) => sent(i)).join('\n');
  const html = logDashboardHtml(logDashboard(log, 'en'), options);
  assert.deepEqual(wellFormedProblems(html), []);
  assert.deepEqual(selfContainedProblems(html), []);
  const list = /<section class="list" id="replyCodes-0" data-key="replyCodes:250" tabindex="-1"><h3>250: 180 events<\/h3><p class="note">The first 50 of 180 lines\.<\/p><ol>(.*?)<\/ol>(.*?)<\/section>/.exec(html);
  assert.ok(list, 'the list of 250');
  assert.equal([...list[1].matchAll(/<li>/g)].length, 50);
  // Hidden outside VS Code (the CLI's file has no server to ask), where the note says "the first 50 of 180".
  assert.equal(list[2], '<button type="button" class="in-editor-only more" data-action="more">Show more</button>');
  // A list that shows all its lines has no button.
  const small = logDashboardHtml(logDashboard(readFileSync('test/fixtures/log/postfix.log', 'utf8'), 'en'), options);
  assert.doesNotMatch(small, /<button[^>]*data-action="more"/);

  const page = logDashboardLinesHtml(logDashboardLines(log, 'replyCodes:250', 50)!, 'en');
  assert.deepEqual([page.key, page.offset, page.total, page.note], ['replyCodes:250', 50, 180, 'The first 150 of 180 lines.']);
  const items = [...page.html.matchAll(/<li><button type="button" class="line" data-line="(\d+)" title="Line (\d+)"><span class="n">\2<\/span><code>(.*?)<\/code><\/button><\/li>/g)];
  assert.equal(items.length, 100);
  assert.equal(page.html, items.map((m) => m[0]).join(''));
  assert.deepEqual([items[0][1], items[99][1]], ['50', '149']);
  assert.equal(items[0][3], 'Mar  3 09:14:02 mx postfix/smtp[1]: Q50: to=&lt;u50@example.net&gt;, relay=mx.example.net[192.0.2.1]:25, dsn=2.0.0, status=sent (250 2.0.0 &lt;ok50&gt; &amp; done)');
  const last = logDashboardLinesHtml(logDashboardLines(log, 'replyCodes:250', 150)!, 'de');
  assert.equal(last.note, '180 Zeilen.');
  assert.equal([...last.html.matchAll(/<li>/g)].length, 30);
  assert.match(logDashboardHtml(logDashboard(log, 'de'), { ...options, lang: 'de' }), /<p class="note">Die ersten 50 von 180 Zeilen\.<\/p>.*?>Mehr anzeigen<\/button>/);
  // The page's script (asking for and appending pages) is JavaScript a browser can compile.
  const script = /<script nonce="n0nce">([\s\S]*)<\/script>/.exec(html)![1];
  assert.doesNotThrow(() => new Script(script));
  assert.match(script, /postMessage\(\{type:'more',key:list\.getAttribute\('data-key'\),offset:list\.querySelectorAll\('ol > li'\)\.length\}\)/);
});
