/**
 * The HTML reports: the log dashboard and the bounce overview, as one self-contained page each
 * (inline CSS, inline SVG charts, one tiny nonce script, no network), shown in VS Code's webview and
 * written by `smtp-codes log-summary --format html`. The charts and the line lists work without
 * JavaScript (a bar or row links to its list, shown by `:target`); the script shows lists in place
 * and, inside VS Code, asks the editor to reveal a line, and takes a newer page of the same document
 * in place (`update`: the report's element replaced, the open list, the scroll and the focus kept)
 * or marks the page stale when its document closed. A list that holds only its first lines has a
 * "Show more" button inside VS Code, which asks for the next page of them (`more`, its key and how
 * many it shows) and appends the page's items (`lines`, rendered by `logDashboardLinesHtml`); the
 * CLI's file has no server to ask, so there the list says "the first N of M". Every string taken from a document goes
 * through `escapeHtml`; colours come from VS Code's theme variables, with fallbacks for a browser.
 */
import { knowledge } from '../knowledge';
import type { Lang } from '../knowledge/types';
import type { RecipientSource } from './eml/bounceTypes';
import type { BounceSummary } from './eml/emlAnalyzer';
import { emlMessages } from './eml/emlMessages';
import { shortMeaning } from './explain';
import { dashboardOutcomes, type DashboardLinePage, type DashboardOutcome, type DashboardRow, type LogDashboard } from './log/logDashboard';
import { logMessages } from './log/logMessages';
import { reportMessages } from './reportMessages';

export interface ReportOptions {
  lang: Lang;
  /** The nonce of the page's style and script (a fresh random value per page). */
  nonce: string;
  /** The document's name, shown in the title. */
  source: string;
}

const htmlSpecial: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an element's content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => htmlSpecial[c]);
}

type TableName = keyof ReturnType<typeof reportMessages>['tables'];
const tableNames: TableName[] = ['replyCodes', 'enhancedCodes', 'hosts', 'domains', 'providers', 'reasons'];

export function logDashboardHtml(dashboard: LogDashboard, options: ReportOptions): string {
  const m = reportMessages(options.lang);
  const lm = logMessages(options.lang);
  const lists: string[] = [];
  const listOf = (id: string, key: string, heading: string, lines: number[], total: number) => lists.push(lineList(id, key, heading, lines, total, dashboard.lineTexts, options.lang));
  const body: string[] = [
    `<header><h1>${escapeHtml(`${m.logTitle}: ${options.source}`)}</h1>`,
    `<p>${escapeHtml(lm.summaryIntro(dashboard.lineCount, dashboard.events))} <span class="in-editor-hidden">${escapeHtml(m.howTo)}</span><span class="in-editor-only">${escapeHtml(m.howToEditor)}</span></p>`,
    `<button type="button" class="in-editor-only" data-action="markdown">${escapeHtml(m.showMarkdown)}</button></header>`,
  ];
  if (!dashboard.events) {
    body.push(`<p>${escapeHtml(lm.summaryEmpty)}</p>`);
    return page(`${m.logTitle}: ${options.source}`, body.join('\n'), options);
  }
  body.push(`<ul class="totals" aria-label="${escapeHtml(lm.byOutcome)}">`);
  for (const outcome of dashboardOutcomes) {
    const n = dashboard.byOutcome[outcome];
    if (n) body.push(`<li data-outcome="${outcome}">${swatch(outcome)}<span class="count">${n}</span> ${escapeHtml(lm.outcomes[outcome])}</li>`);
  }
  body.push('</ul>');
  const { timeline } = dashboard;
  body.push(`<section><h2>${escapeHtml(m.overTime[timeline.unit])}</h2>`, legend(dashboard, options.lang));
  if (timeline.buckets.length) body.push(`<div class="scroll">${timelineSvg(dashboard, options.lang)}</div>`);
  if (timeline.untimed) body.push(`<p class="note">${escapeHtml(m.untimed(timeline.untimed))}</p>`);
  body.push('</section>');
  timeline.buckets.forEach((bucket, i) => {
    if (bucket.count) listOf(`t${i}`, `t:${bucket.label}`, `${bucket.label}: ${m.eventCount(bucket.count)}`, bucket.lines, bucket.count);
  });
  for (const name of tableNames) {
    const rows = dashboard[name];
    if (!rows.length) continue;
    body.push(rowTable(name, rows, options.lang));
    rows.forEach((row, i) => listOf(`${name}-${i}`, `${name}:${row.key}`, `${rowLabel(name, row)}: ${m.eventCount(row.count)}`, row.lines, row.count));
  }
  body.push(`<section class="lists" aria-live="polite"><h2>${escapeHtml(m.lines)}</h2><p class="note none-yet">${escapeHtml(m.noneYet)}</p>`, ...lists, '</section>');
  body.push(`<footer class="in-editor-hidden">${escapeHtml(m.generated(options.source))}</footer>`);
  return page(`${m.logTitle}: ${options.source}`, body.join('\n'), options);
}

function rowLabel(name: TableName, row: DashboardRow): string {
  return name === 'reasons' && row.replyCode ? `${row.replyCode} ${row.label}` : row.label;
}

function swatch(outcome: DashboardOutcome): string {
  return `<svg class="swatch" width="10" height="10" aria-hidden="true"><rect class="o-${outcome}" width="10" height="10"/></svg>`;
}

function legend(dashboard: LogDashboard, lang: Lang): string {
  const lm = logMessages(lang);
  const items = dashboardOutcomes.filter((o) => dashboard.byOutcome[o]).map((o) => `<li>${swatch(o)} ${escapeHtml(lm.outcomes[o])}</li>`);
  return `<ul class="legend" aria-hidden="true">${items.join('')}</ul>`;
}

function outcomeParts(byOutcome: Partial<Record<DashboardOutcome, number>>, lang: Lang): string {
  const lm = logMessages(lang);
  return dashboardOutcomes
    .filter((o) => byOutcome[o])
    .map((o) => `${byOutcome[o]} ${lm.outcomes[o]}`)
    .join(', ');
}

const chartHeight = 160;
const axisHeight = 18;

/** Stacked bars per time bucket; each bar links to its list and says its counts (title, aria-label). */
function timelineSvg(dashboard: LogDashboard, lang: Lang): string {
  const m = reportMessages(lang);
  const { buckets, unit } = dashboard.timeline;
  const max = Math.max(1, ...buckets.map((b) => b.count));
  // Wide bars for a few buckets, narrow ones (and a scrolling chart) for hundreds.
  const pitch = Math.max(8, Math.min(48, Math.floor(900 / buckets.length)));
  const barWidth = Math.round(pitch * 0.8);
  const labelEvery = Math.ceil(100 / pitch);
  const width = Math.max(buckets.length * pitch + 40, 200);
  const out = [
    `<svg class="timeline" role="group" aria-label="${escapeHtml(m.overTime[unit])}" width="${width}" height="${chartHeight + axisHeight + 4}" viewBox="0 0 ${width} ${chartHeight + axisHeight + 4}">`,
    `<line class="axis" x1="0" y1="${chartHeight + 0.5}" x2="${width}" y2="${chartHeight + 0.5}"/>`,
    `<text class="max" x="${width - 2}" y="10" text-anchor="end">${max}</text>`,
  ];
  buckets.forEach((bucket, i) => {
    const x = i * pitch;
    if (i % labelEvery === 0) out.push(`<text class="tick" x="${x}" y="${chartHeight + axisHeight - 4}">${escapeHtml(bucket.label)}</text>`);
    if (!bucket.count) return;
    const text = `${bucket.label}: ${m.eventCount(bucket.count)} (${outcomeParts(bucket.byOutcome, lang)})`;
    out.push(`<a class="bar" href="#t${i}" data-list="t${i}" data-count="${bucket.count}" aria-label="${escapeHtml(text)}"><title>${escapeHtml(text)}</title>`);
    let y = chartHeight;
    for (const outcome of dashboardOutcomes) {
      const n = bucket.byOutcome[outcome];
      if (!n) continue;
      const h = (n / max) * (chartHeight - 14);
      y -= h;
      out.push(`<rect class="o-${outcome}" data-outcome="${outcome}" data-count="${n}" x="${x}" y="${round(y)}" width="${barWidth}" height="${round(h)}"/>`);
    }
    out.push('</a>');
  });
  out.push('</svg>');
  return out.join('');
}

function round(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** One of the top tables: label, meaning (codes), count, and a stacked bar of its outcomes. */
function rowTable(name: TableName, rows: DashboardRow[], lang: Lang): string {
  const m = reportMessages(lang);
  const withMeaning = name === 'replyCodes' || name === 'enhancedCodes';
  const max = Math.max(1, ...rows.map((r) => r.count));
  const head = [m.firstColumn[name], ...(withMeaning ? [m.meaning] : []), m.events, m.outcomes];
  const out = [`<section class="table" data-table="${name}"><h2>${escapeHtml(m.tables[name])}</h2><table><thead><tr>${head.map((h, i) => `<th${i === head.length - 2 ? ' class="num"' : ''}>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>`];
  rows.forEach((row, i) => {
    const id = `${name}-${i}`;
    const label = name === 'reasons' && row.replyCode ? `<code>${escapeHtml(row.replyCode)}</code> ${escapeHtml(row.label)}` : escapeHtml(row.label);
    const cells = [`<td class="label"><a href="#${id}" data-list="${id}">${label}</a></td>`];
    if (withMeaning) cells.push(`<td>${escapeHtml(row.meaning ?? '')}</td>`);
    cells.push(`<td class="num">${row.count}</td>`, `<td class="bar-cell">${rowBar(row, max, lang)}</td>`);
    out.push(`<tr data-list="${id}" data-count="${row.count}">${cells.join('')}</tr>`);
  });
  out.push('</tbody></table></section>');
  return out.join('');
}

function rowBar(row: DashboardRow, max: number, lang: Lang): string {
  const parts = outcomeParts(row.byOutcome, lang);
  const out = [`<svg class="rowbar" width="160" height="12" viewBox="0 0 160 12" role="img" aria-label="${escapeHtml(parts)}"><title>${escapeHtml(parts)}</title>`];
  let x = 0;
  for (const outcome of dashboardOutcomes) {
    const n = row.byOutcome[outcome];
    if (!n) continue;
    const w = (n / max) * 160;
    out.push(`<rect class="o-${outcome}" data-outcome="${outcome}" data-count="${n}" x="${round(x)}" y="0" width="${round(w)}" height="12"/>`);
    x += w;
  }
  return out.join('') + '</svg>';
}

/**
 * The lines of a bar or row: hidden until chosen (`:target` without script, a class with it). Its
 * `data-key` names what it lists (a minute, a host), so that the list stays open when a newer
 * page of the edited log moves it to another row.
 */
function lineList(id: string, key: string, heading: string, lines: number[], total: number, texts: Record<number, string>, lang: Lang): string {
  const m = reportMessages(lang);
  const more = lines.length < total ? `<button type="button" class="in-editor-only more" data-action="more">${escapeHtml(m.showMore)}</button>` : '';
  return `<section class="list" id="${id}" data-key="${escapeHtml(key)}" tabindex="-1"><h3>${escapeHtml(heading)}</h3><p class="note">${escapeHtml(m.listed(lines.length, total))}</p><ol>${lineItems(lines, texts, lang)}</ol>${more}</section>`;
}

function lineItems(lines: number[], texts: Record<number, string>, lang: Lang): string {
  const m = reportMessages(lang);
  return lines
    .map((n) => `<li><button type="button" class="line" data-line="${n}" title="${escapeHtml(m.line(n + 1))}"><span class="n">${n + 1}</span><code>${escapeHtml(texts[n] ?? '')}</code></button></li>`)
    .join('');
}

/** A further page of a list, for the page's script to append: its items and the list's new note. */
export function logDashboardLinesHtml(page: DashboardLinePage, lang: Lang): { key: string; offset: number; total: number; html: string; note: string } {
  const shown = Math.min(page.total, page.offset + page.lines.length);
  return { key: page.key, offset: page.offset, total: page.total, html: lineItems(page.lines, page.lineTexts, lang), note: reportMessages(lang).listed(shown, page.total) };
}

/** The bounce overview: one row per recipient with class colours and a link to each line its values came from. */
export function bounceOverviewHtml(summary: BounceSummary, options: ReportOptions): string {
  const m = reportMessages(options.lang);
  const em = emlMessages(options.lang);
  const c = em.columns;
  const body = [
    `<header><h1>${escapeHtml(`${m.bounceTitle}: ${options.source}`)}</h1>`,
    `<p>${escapeHtml(`${em.kindLine}: ${em.kind[summary.kind]}`)}</p>`,
    `<button type="button" class="in-editor-only" data-action="markdown">${escapeHtml(m.showMarkdown)}</button></header>`,
  ];
  if (!summary.recipients.length) body.push(`<p>${escapeHtml(em.noneInMessage)}</p>`);
  else {
    body.push(`<section><table class="recipients"><thead><tr>${[c.recipient, c.action, c.status, c.reply, c.remoteMta, c.diagnostic, m.lines].map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>`);
    summary.recipients.forEach((r, i) => {
      const sources = summary.recipientSources?.[i]?.length ? summary.recipientSources[i] : null;
      const line = summary.recipientLines?.[i] ?? null;
      const code = r.status ?? r.replyCode;
      const cls = code && /^[245]/.test(code) ? ` class="c${code[0]}"` : '';
      const action = r.action ? ((em.action as Record<string, string>)[r.action] ?? r.action) : null;
      const provider = r.provider ? knowledge.provider(r.provider)?.name : undefined;
      const host = r.remoteMta && provider ? `${r.remoteMta} (${provider})` : r.remoteMta ?? provider ?? null;
      const cells = [
        cell(r.recipient, em.notGiven),
        cell(action, em.notGiven),
        codeCell(r.status, options.lang, em.notGiven),
        codeCell(r.replyCode, options.lang, em.notGiven),
        cell(host, em.notGiven),
        cell(r.diagnostic && r.diagnostic.length > 300 ? `${r.diagnostic.slice(0, 300)}…` : r.diagnostic, em.notGiven),
        sources
          ? `<td class="sources">${sources.map((s) => sourceLink(s, options.lang)).join(' ')}</td>`
          : line === null
            ? `<td>${escapeHtml(em.notGiven)}</td>`
            : `<td><button type="button" class="line" data-line="${line}" title="${escapeHtml(m.line(line + 1))}">${line + 1}</button></td>`,
      ];
      body.push(`<tr${cls}>${cells.join('')}</tr>`);
    });
    body.push('</tbody></table></section>');
  }
  body.push(`<p class="note">${escapeHtml(em.nullNote)}</p>`);
  return page(`${m.bounceTitle}: ${options.source}`, body.join('\n'), options);
}

const sourceLabels: Record<Exclude<RecipientSource['field'], 'text'>, string> = {
  'final-recipient': 'Final-Recipient',
  'original-recipient': 'Original-Recipient',
  action: 'Action',
  status: 'Status',
  'diagnostic-code': 'Diagnostic-Code',
};

/** A small link to one line a recipient's values came from, labelled by its field ("Status 25"). */
function sourceLink(source: RecipientSource, lang: Lang): string {
  const m = reportMessages(lang);
  const label = source.field === 'text' ? m.noticeText : sourceLabels[source.field];
  const where = m.line(source.line + 1);
  return `<button type="button" class="line src" data-line="${source.line}" data-field="${source.field}" title="${escapeHtml(where)}" aria-label="${escapeHtml(`${label}, ${where}`)}"><span class="field">${escapeHtml(label)}</span> ${source.line + 1}</button>`;
}

function cell(value: string | null, dash: string): string {
  return `<td>${escapeHtml(value ? value.replace(/\s+/g, ' ') : dash)}</td>`;
}

function codeCell(code: string | null, lang: Lang, dash: string): string {
  if (!code) return `<td>${escapeHtml(dash)}</td>`;
  const meaning = shortMeaning(code, lang);
  const cls = /^[245]/.test(code) ? ` class="code c${code[0]}"` : ' class="code"';
  return `<td><span${cls}>${escapeHtml(code)}</span>${meaning ? ` ${escapeHtml(meaning)}` : ''}</td>`;
}

const styles = `
:root{color-scheme:light dark;--fg:var(--vscode-foreground,#1f1f1f);--bg:var(--vscode-editor-background,#fff);--muted:var(--vscode-descriptionForeground,#616161);--border:var(--vscode-panel-border,#d0d0d0);--link:var(--vscode-textLink-foreground,#005fb8);--focus:var(--vscode-focusBorder,#005fb8);--hover:var(--vscode-list-hoverBackground,#f0f0f0);--mono:var(--vscode-editor-font-family,ui-monospace,Menlo,Consolas,monospace);--c-delivered:var(--vscode-charts-green,#388a34);--c-deferred:var(--vscode-charts-yellow,#bf8803);--c-bounced:var(--vscode-charts-red,#d32f2f);--c-expired:var(--vscode-charts-orange,#d18616);--c-rejected:var(--vscode-charts-purple,#8e44ad);--c-other:var(--vscode-charts-lines,#808080)}
@media (prefers-color-scheme:dark){:root{--fg:var(--vscode-foreground,#ccc);--bg:var(--vscode-editor-background,#1f1f1f);--muted:var(--vscode-descriptionForeground,#9d9d9d);--border:var(--vscode-panel-border,#3c3c3c);--link:var(--vscode-textLink-foreground,#4daafc);--hover:var(--vscode-list-hoverBackground,#2a2d2e)}}
body{font-family:var(--vscode-font-family,system-ui,sans-serif);font-size:var(--vscode-font-size,14px);color:var(--fg);background:var(--bg);margin:0 auto;padding:0 20px 40px;max-width:1200px}
h1{font-size:1.4em}h2{font-size:1.1em;margin:1.4em 0 .5em}h3{font-size:1em;margin:.4em 0}
a{color:var(--link)}a:focus,button:focus,.list:focus{outline:1px solid var(--focus);outline-offset:1px}
button{font:inherit;color:inherit;background:none;border:1px solid var(--border);border-radius:2px;padding:2px 8px;cursor:pointer}
button[data-action]{background:var(--vscode-button-secondaryBackground,transparent);color:var(--vscode-button-secondaryForeground,inherit)}
.in-editor-only{display:none}.in-editor .in-editor-only{display:inline-block}.in-editor .in-editor-hidden{display:none}
.note{color:var(--muted)}
.totals,.legend{list-style:none;display:flex;flex-wrap:wrap;gap:18px;padding:0}.totals .count{font-size:1.5em;font-weight:600;margin:0 4px}
.swatch{vertical-align:baseline}
.o-delivered{fill:var(--c-delivered)}.o-deferred{fill:var(--c-deferred)}.o-bounced{fill:var(--c-bounced)}.o-expired{fill:var(--c-expired)}.o-rejected{fill:var(--c-rejected)}.o-other{fill:var(--c-other)}
.scroll{overflow-x:auto}
.timeline text{fill:var(--muted);font-size:10px;font-family:inherit}.timeline .axis{stroke:var(--border)}
.bar:hover rect,.bar:focus rect{opacity:.75}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:3px 8px;border-bottom:1px solid var(--border);vertical-align:top}
th.num,td.num{text-align:right}tr[data-list]{cursor:pointer}tr[data-list]:hover{background:var(--hover)}
td.label{max-width:520px;overflow-wrap:anywhere}
.list{display:none}.list:target,.list.shown{display:block}.lists:has(.shown) .none-yet,.lists:has(.list:target) .none-yet{display:none}
.list ol{list-style:none;padding:0;margin:0}.list .more{margin-top:6px}
button.line{display:flex;gap:10px;width:100%;text-align:left;border:none;border-bottom:1px solid var(--border);padding:2px 4px}
.in-editor button.line:hover{background:var(--hover)}
button.line .n{color:var(--muted);min-width:4em;text-align:right;font-family:var(--mono)}
button.line code{font-family:var(--mono);white-space:pre-wrap;overflow-wrap:anywhere}
.recipients tr{border-left:4px solid transparent}.recipients tr.c2{border-left-color:var(--c-delivered)}.recipients tr.c4{border-left-color:var(--c-deferred)}.recipients tr.c5{border-left-color:var(--c-bounced)}
.recipients td button.line{display:inline;width:auto;border:1px solid var(--border);font-family:var(--mono)}
.recipients button.src{font-size:.85em;padding:0 4px;margin:0 2px 2px 0}.recipients button.src .field{font-family:var(--vscode-font-family,system-ui,sans-serif);color:var(--muted)}
span.code{font-family:var(--mono);padding:0 4px;border-radius:3px;border:1px solid var(--border)}span.c2{color:var(--c-delivered)}span.c4{color:var(--c-deferred)}span.c5{color:var(--c-bounced)}
footer{margin-top:2em;color:var(--muted)}
tr.selected{background:var(--vscode-list-inactiveSelectionBackground,#e4e6f1)}.bar.selected rect{stroke:var(--focus);stroke-width:2px}
.stale-note{border:1px solid var(--vscode-inputValidation-warningBorder,#bf8803);background:var(--vscode-inputValidation-warningBackground,transparent);padding:4px 8px}
body.stale main{opacity:.6}
`;

// Lists open in place; inside VS Code a line asks the editor to reveal it, the button the Markdown view.
// A newer page of the same document replaces only the report (never the page): the open list (by
// what it lists), the scroll and the focus stay, and are kept in the webview's state for a reload.
// The new report comes from the server's page, whose document text is escaped; DOMParser runs no
// script of it, and only the report element is taken. "Show more" posts the list's key and item
// count; a page of items is appended only to the list of that key that still holds that many.
const script = `(()=>{
const vscode=typeof acquireVsCodeApi==='function'?acquireVsCodeApi():undefined;
if(vscode)document.body.classList.add('in-editor');
let shown;
const charts=()=>[...document.querySelectorAll('#report .scroll')];
const snapshot=()=>{const a=document.activeElement;const focus=a&&a!==document.body&&a.closest('#report')?['data-list','data-line','data-action','data-key'].map((n)=>[n,a.getAttribute(n)]).find((p)=>p[1]!==null):undefined;return{list:shown?shown.getAttribute('data-key'):null,x:scrollX,y:scrollY,charts:charts().map((e)=>e.scrollLeft),focus};};
const save=()=>{if(vscode)vscode.setState(snapshot());};
const mark=()=>{document.querySelectorAll('#report .selected').forEach((e)=>e.classList.remove('selected'));if(shown)document.querySelectorAll('#report [data-list]').forEach((e)=>{if(e.getAttribute('data-list')===shown.id&&!e.closest('td'))e.classList.add('selected');});};
const open=(list,focus)=>{if(shown)shown.classList.remove('shown');shown=list||undefined;if(shown){shown.classList.add('shown');if(focus){shown.scrollIntoView({block:'nearest'});shown.focus({preventScroll:true});}}mark();save();};
const restore=(s)=>{if(!s)return;open([...document.querySelectorAll('#report .list[data-key]')].find((l)=>l.getAttribute('data-key')===s.list),false);charts().forEach((e,i)=>{if(s.charts&&typeof s.charts[i]==='number')e.scrollLeft=s.charts[i];});if(s.focus){const t=[...document.querySelectorAll('#report ['+s.focus[0]+']')].find((e)=>e.getAttribute(s.focus[0])===s.focus[1]);if(t)t.focus({preventScroll:true});}scrollTo(s.x||0,s.y||0);};
restore(vscode&&vscode.getState());
document.addEventListener('click',(e)=>{const t=e.target instanceof Element?e.target.closest('[data-line],[data-list],[data-action]'):null;if(!t)return;if(t.hasAttribute('data-line')){e.preventDefault();if(vscode)vscode.postMessage({type:'reveal',line:Number(t.getAttribute('data-line'))});}else if(t.getAttribute('data-action')==='more'){const list=t.closest('.list');if(vscode&&list&&!t.disabled){t.disabled=true;vscode.postMessage({type:'more',key:list.getAttribute('data-key'),offset:list.querySelectorAll('ol > li').length});}}else if(t.hasAttribute('data-list')){e.preventDefault();open(document.getElementById(t.getAttribute('data-list')),true);}else if(vscode){vscode.postMessage({type:t.getAttribute('data-action')});}});
let saving;addEventListener('scroll',()=>{clearTimeout(saving);saving=setTimeout(save,200);},true);
addEventListener('message',(e)=>{const m=e.data;if(!m)return;
if(m.type==='update'&&typeof m.html==='string'){const next=new DOMParser().parseFromString(m.html,'text/html').getElementById('report');const current=document.getElementById('report');if(!next||!current)return;const s=snapshot();current.replaceWith(document.adoptNode(next));shown=undefined;restore(s);document.body.setAttribute('data-version',String(m.version));}
else if(m.type==='lines'&&typeof m.key==='string'){const list=[...document.querySelectorAll('#report .list[data-key]')].find((l)=>l.getAttribute('data-key')===m.key);if(!list)return;const ol=list.querySelector('ol');const more=list.querySelector('[data-action="more"]');const focused=more&&document.activeElement===more;if(more)more.disabled=false;if(typeof m.html!=='string'||ol.children.length!==m.offset)return;const items=[...new DOMParser().parseFromString('<ol>'+m.html+'</ol>','text/html').querySelectorAll('body > ol > li')];items.forEach((li)=>ol.appendChild(document.adoptNode(li)));list.querySelector('p.note').textContent=String(m.note);if(more&&ol.children.length>=m.total)more.remove();const first=items[0]&&items[0].querySelector('button');if(focused&&first)first.focus({preventScroll:true});}
else if(m.type==='stale'){const note=document.getElementById('stale');note.textContent=m.text||'';note.hidden=!m.text;document.body.classList.toggle('stale',!!m.text);}});
if(vscode)vscode.postMessage({type:'ready'});
})();`;

function page(title: string, body: string, options: ReportOptions): string {
  const nonce = escapeHtml(options.nonce);
  return [
    '<!DOCTYPE html>',
    `<html lang="${options.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style nonce="${nonce}">${styles}</style>`,
    '</head>',
    '<body>',
    '<p id="stale" class="stale-note" role="status" hidden></p>',
    '<main id="report">',
    body,
    '</main>',
    `<script nonce="${nonce}">${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
