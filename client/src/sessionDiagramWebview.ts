/**
 * The page of the session diagram webview: a ladder of arrows between a client lane and a server
 * lane, virtualised (fixed row height, a spacer, only the rows in view exist), coloured by the
 * theme's chart colours. The script runs in the webview, so it is kept here as text: the bundler
 * would rename or wrap a function's inner names (keepNames), which a page cannot resolve.
 * Document text reaches the page only through textContent, never as HTML.
 */

/** Strings the page shows, translated by the extension host ({0} is filled in by the page). */
export interface DiagramStrings {
  title: string;
  client: string;
  server: string;
  sessions: string;
  session: string;
  line: string;
  arrows: string;
  diagnostics: string;
  loading: string;
  empty: string;
  message: string;
  messageHidden: string;
  authData: string;
  hiddenCredential: string;
  clientToServer: string;
  serverToClient: string;
  tls: string;
  auth: string;
  transaction: string;
  pipelined: string;
  unfinished: string;
  expand: string;
  collapse: string;
  severity: { error: string; warning: string; information: string; hint: string };
  classes: { '2': string; '3': string; '4': string; '5': string };
}

export function diagramHtml(nonce: string, cspSource: string, strings: DiagramStrings, lang: string): string {
  const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<!DOCTYPE html>
<html lang="${attribute(lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${cspSource}; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${attribute(strings.title)}</title>
<style nonce="${nonce}">${style}</style>
</head>
<body data-strings="${attribute(JSON.stringify(strings))}">
<header>
  <label for="sessions">${attribute(strings.sessions)}</label>
  <select id="sessions"></select>
  <span id="summary" aria-live="polite"></span>
  <span class="legend" aria-hidden="true"><span class="c2">2xx</span> <span class="c3">3xx</span> <span class="c4">4xx</span> <span class="c5">5xx</span></span>
</header>
<div id="lanes" aria-hidden="true"><span></span><span></span><span class="lane-name">${attribute(strings.client)}</span><span class="lane-name server">${attribute(strings.server)}</span></div>
<div id="scroller" tabindex="0" role="listbox" aria-label="${attribute(strings.title)}"><div id="spacer"></div></div>
<script nonce="${nonce}">${script}</script>
</body>
</html>`;
}

const style = `
:root { --row: 28px; --sub: 18px; --c2: var(--vscode-charts-green); --c3: var(--vscode-charts-blue); --c4: var(--vscode-charts-yellow); --c5: var(--vscode-charts-red);
  --cmd: var(--vscode-foreground); --tls: var(--vscode-charts-purple); --auth: var(--vscode-charts-orange); --tx: var(--vscode-charts-blue); }
html, body { height: 100%; margin: 0; padding: 0; overflow: hidden; }
body { display: flex; flex-direction: column; color: var(--vscode-foreground); background: var(--vscode-editor-background);
  font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
header { display: flex; gap: 8px; align-items: center; padding: 6px 8px; border-bottom: 1px solid var(--vscode-panel-border, transparent); flex-wrap: wrap; }
select { background: var(--vscode-dropdown-background); color: var(--vscode-dropdown-foreground); border: 1px solid var(--vscode-dropdown-border, transparent); max-width: 60vw; }
#summary { color: var(--vscode-descriptionForeground); }
.legend { margin-left: auto; font-family: var(--vscode-editor-font-family); }
.legend .c2, .row.c2 .arrow { color: var(--c2); } .legend .c3, .row.c3 .arrow { color: var(--c3); }
.legend .c4, .row.c4 .arrow { color: var(--c4); } .legend .c5, .row.c5 .arrow { color: var(--c5); }
#lanes, .row { display: grid; grid-template-columns: 56px 52px minmax(200px, 3fr) minmax(120px, 2fr); }
#lanes { font-weight: 600; padding: 2px 0; border-bottom: 1px solid var(--vscode-panel-border, transparent); }
#lanes .lane-name { grid-column: 3; } #lanes .lane-name.server { text-align: right; padding-right: 6%; }
#lanes .lane-name:first-of-type { padding-left: 4%; }
#scroller { flex: 1; overflow: auto; position: relative; outline: none; }
#scroller:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
#spacer { position: relative; width: 100%; }
.row { position: absolute; left: 0; right: 0; min-height: var(--row); align-items: start; cursor: pointer; box-sizing: border-box; }
.row > .ln { color: var(--vscode-editorLineNumber-foreground); text-align: right; padding-right: 6px; line-height: var(--row); font-family: var(--vscode-editor-font-family); }
.row > .ph { display: flex; gap: 2px; height: 100%; line-height: var(--row); font-size: 0.85em; position: relative; }
.ph .stripe { width: 4px; align-self: stretch; } .ph .tag { position: absolute; left: 16px; white-space: nowrap; color: var(--vscode-descriptionForeground); }
.row.in-tls .stripe.tls { background: var(--tls); } .row.in-auth .stripe.auth { background: var(--auth); } .row.in-transaction .stripe.transaction { background: var(--tx); }
.row.in-transaction .lane { background: color-mix(in srgb, var(--tx) 9%, transparent); }
.row.in-auth .lane { background: color-mix(in srgb, var(--auth) 11%, transparent); }
.lane { position: relative; height: var(--row); }
.lane::before, .lane::after { content: ''; position: absolute; top: 0; bottom: 0; width: 2px; background: var(--vscode-descriptionForeground); opacity: 0.5; }
.lane::before { left: 4%; } .lane::after { right: 4%; }
.arrow { position: absolute; left: 4%; right: 4%; top: 2px; bottom: 6px; border-bottom: 2px solid currentColor; color: var(--cmd); }
.row.pipelined .arrow { border-bottom-style: dashed; }
.row.unfinished .arrow { border-bottom-style: dotted; }
.arrow::after { content: ''; position: absolute; bottom: -6px; border: 5px solid transparent; }
.row.client .arrow::after { right: -2px; border-left: 8px solid currentColor; border-right: 0; }
.row.server .arrow::after { left: -2px; border-right: 8px solid currentColor; border-left: 0; }
.label { display: block; overflow: hidden; text-overflow: ellipsis; white-space: pre; text-align: center; padding: 0 12px; line-height: 20px; color: var(--vscode-foreground);
  font-family: var(--vscode-editor-font-family); font-size: var(--vscode-editor-font-size); }
.row.c2 .label .code, .row.c3 .label .code, .row.c4 .label .code, .row.c5 .label .code { color: inherit; font-weight: 600; }
.note { display: flex; gap: 6px; align-items: center; line-height: var(--row); overflow: hidden; white-space: nowrap; padding-right: 6px; }
.meaning { color: var(--vscode-descriptionForeground); overflow: hidden; text-overflow: ellipsis; }
.diag { overflow: hidden; text-overflow: ellipsis; flex-shrink: 1; }
.diag.error { color: var(--vscode-editorError-foreground); } .diag.warning { color: var(--vscode-editorWarning-foreground); }
.diag.information, .diag.hint { color: var(--vscode-editorInfo-foreground); }
.toggle { background: none; border: 1px solid var(--vscode-button-border, var(--vscode-descriptionForeground)); color: var(--vscode-foreground); border-radius: 3px; font-size: 0.85em; padding: 0 4px; cursor: pointer; flex-shrink: 0; }
.more { grid-column: 3 / 5; margin: 0 0 4px 0; padding: 0 0 0 12%; list-style: none; font-family: var(--vscode-editor-font-family); font-size: var(--vscode-editor-font-size); }
.more li { height: var(--sub); line-height: var(--sub); white-space: pre; overflow: hidden; text-overflow: ellipsis; }
.more li.diag-line { font-family: var(--vscode-font-family); }
.row:hover { background: var(--vscode-list-hoverBackground); }
.row.current { background: var(--vscode-list-inactiveSelectionBackground); }
.row.active { background: var(--vscode-list-activeSelectionBackground); color: var(--vscode-list-activeSelectionForeground); }
#scroller:focus .row.active { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
.row.loading .label { color: var(--vscode-descriptionForeground); }
.empty { padding: 12px; color: var(--vscode-descriptionForeground); }
`;

// The page's script: plain JavaScript, run once in the webview.
const script = `(() => {
const vscode = acquireVsCodeApi();
const S = JSON.parse(document.body.dataset.strings);
const fmt = (s, ...a) => s.replace(/\\{(\\d)\\}/g, (_, i) => String(a[Number(i)]));
const ROW = 28, SUB = 18, OVERSCAN = 20, FETCH = 60;
const scroller = document.getElementById('scroller');
const spacer = document.getElementById('spacer');
const select = document.getElementById('sessions');
const summary = document.getElementById('summary');
let version = -1, total = 0, sessions = [], sessionsKey = '', loaded = false;
let rows = new Map(), phases = new Map();
let expanded = new Map();
let active = -1, current = -1;
const live = new Map();
let pendingWindow = '', fetchTimer = 0, viewportTimer = 0;

function extraOf(row) { return row ? (row.lines ? row.lines.length : 0) * SUB + row.diagnostics.length * SUB + 4 : 0; }
function expandedList() { return [...expanded].sort((a, b) => a[0] - b[0]); }
function offsetOf(i) { let y = i * ROW; for (const [e, extra] of expandedList()) { if (e < i) y += extra; else break; } return y; }
function indexAt(y) {
  let acc = 0;
  for (const [e, extra] of expandedList()) {
    const top = e * ROW + acc;
    if (y < top) break;
    if (y < top + ROW + extra) return e;
    acc += extra;
  }
  return Math.max(0, Math.floor((y - acc) / ROW));
}
function expandable(row) { return !!row && ((row.lines && row.lines.length > 1) || row.diagnostics.length > 0); }

function labelOf(row) {
  if (row.kind === 'message') return row.lineCount ? fmt(S.message, row.lineCount) : S.messageHidden;
  if (row.kind === 'auth-data') return fmt(S.authData, row.authMechanism || 'AUTH');
  if (row.kind === 'command' && row.authMechanism) return row.text + ' ' + S.hiddenCredential;
  return row.text;
}
function meaningOf(row) {
  if (row.enhanced) return row.enhanced + ' ' + (row.enhancedMeaning || '');
  return row.meaning || '';
}
function phasesAt(i) {
  const kinds = [];
  for (const p of phases.values()) if (p.firstRow <= i && i <= p.lastRow) kinds.push(p);
  return kinds;
}
function ariaOf(row, i) {
  const dir = row.from === 'client' ? S.clientToServer : S.serverToClient;
  const parts = [dir + ', ' + fmt(S.line, row.startLine + 1) + ': ' + labelOf(row)];
  const meaning = meaningOf(row) || row.meaning;
  if (meaning) parts.push(meaning);
  if (row.replyClass && S.classes[row.replyClass]) parts.push(S.classes[row.replyClass]);
  if (row.pipelined) parts.push(S.pipelined);
  if (row.unfinished) parts.push(S.unfinished);
  for (const d of row.diagnostics) parts.push(S.severity[d.severity] + ': ' + d.message);
  return parts.join('. ');
}

function createRow() {
  const el = document.createElement('div');
  el.setAttribute('role', 'option');
  const ln = document.createElement('span'); ln.className = 'ln';
  const ph = document.createElement('span'); ph.className = 'ph';
  for (const k of ['tls', 'auth', 'transaction']) { const s = document.createElement('span'); s.className = 'stripe ' + k; ph.appendChild(s); }
  const tag = document.createElement('span'); tag.className = 'tag'; ph.appendChild(tag);
  const lane = document.createElement('div'); lane.className = 'lane';
  const arrow = document.createElement('div'); arrow.className = 'arrow';
  const label = document.createElement('span'); label.className = 'label';
  arrow.appendChild(label); lane.appendChild(arrow);
  const note = document.createElement('div'); note.className = 'note';
  const toggle = document.createElement('button'); toggle.className = 'toggle'; toggle.tabIndex = -1;
  const meaning = document.createElement('span'); meaning.className = 'meaning';
  const diag = document.createElement('span'); diag.className = 'diag';
  note.append(toggle, meaning, diag);
  const more = document.createElement('ol'); more.className = 'more';
  el.append(ln, ph, lane, note, more);
  el._parts = { ln, tag, label, toggle, meaning, diag, more };
  toggle.addEventListener('click', (event) => { event.stopPropagation(); toggleRow(el._index); });
  el.addEventListener('click', () => { active = current = el._index; reveal(el._index); render(); });
  return el;
}

function fill(el, i) {
  const row = rows.get(i);
  const ph = phasesAt(i);
  const state = [row ? row._key : 'loading', expanded.has(i), i === active, i === current, ph.map((p) => p.kind + p.firstRow).join()].join('|');
  el._index = i;
  el.id = 'row-' + i;
  el.style.top = offsetOf(i) + 'px';
  if (el._state === state) return;
  el._state = state;
  const p = el._parts;
  el.setAttribute('aria-selected', String(i === active));
  if (!row) {
    el.className = 'row loading';
    p.ln.textContent = ''; p.tag.textContent = ''; p.label.textContent = S.loading; p.meaning.textContent = ''; p.diag.textContent = '';
    p.toggle.hidden = true; p.more.replaceChildren(); el.setAttribute('aria-label', S.loading);
    return;
  }
  const classes = ['row', row.from, 'kind-' + row.kind];
  if (row.replyClass) classes.push('c' + row.replyClass);
  if (row.pipelined) classes.push('pipelined');
  if (row.unfinished) classes.push('unfinished');
  for (const k of ph) classes.push('in-' + k.kind);
  if (i === active) classes.push('active');
  if (i === current) classes.push('current');
  el.className = classes.join(' ');
  p.ln.textContent = String(row.startLine + 1);
  const starts = ph.filter((x) => x.firstRow === i).map((x) => x.kind === 'tls' ? S.tls : x.kind === 'auth' ? fmt(S.auth, x.detail) : fmt(S.transaction, x.detail));
  p.tag.textContent = starts.join(' ');
  p.label.textContent = labelOf(row);
  p.meaning.textContent = meaningOf(row);
  const d = row.diagnostics;
  p.diag.className = 'diag ' + (d[0] ? d[0].severity : '');
  p.diag.textContent = d.length ? (d[0].severity === 'error' ? '\\u2716 ' : d[0].severity === 'warning' ? '\\u26a0 ' : '\\u2139 ') + d[0].message + (d.length > 1 ? ' (+' + (d.length - 1) + ')' : '') : '';
  p.diag.title = d.map((x) => x.message).join('\\n');
  p.toggle.hidden = !expandable(row);
  const open = expanded.has(i);
  p.toggle.textContent = open ? '\\u2212' : '+' + ((row.lines ? row.lines.length : 0) + d.length);
  p.toggle.title = open ? S.collapse : S.expand;
  p.toggle.setAttribute('aria-expanded', String(open));
  if (expandable(row)) el.setAttribute('aria-expanded', String(open)); else el.removeAttribute('aria-expanded');
  const items = [];
  if (open) {
    for (const l of row.lines || []) { const li = document.createElement('li'); li.textContent = l.text; items.push(li); }
    for (const x of d) { const li = document.createElement('li'); li.className = 'diag-line diag ' + x.severity; li.textContent = S.severity[x.severity] + ': ' + x.message; items.push(li); }
  }
  p.more.replaceChildren(...items);
  el.setAttribute('aria-label', ariaOf(row, i));
}

function render() {
  spacer.style.height = offsetOf(total) + 'px';
  if (!total) { for (const el of live.values()) el.remove(); live.clear(); return; }
  const top = scroller.scrollTop, height = scroller.clientHeight || 600;
  const first = Math.max(0, indexAt(top) - OVERSCAN);
  const last = Math.min(total - 1, indexAt(top + height) + OVERSCAN);
  for (const [i, el] of live) if (i < first || i > last) { el.remove(); live.delete(i); }
  let missing = -1, missingLast = -1;
  for (let i = first; i <= last; i++) {
    let el = live.get(i);
    if (!el) { el = createRow(); live.set(i, el); spacer.appendChild(el); }
    fill(el, i);
    if (!rows.has(i)) { if (missing < 0) missing = i; missingLast = i; }
  }
  if (missing >= 0) requestRows(missing, missingLast + 1);
  if (active >= 0 && live.has(active)) scroller.setAttribute('aria-activedescendant', 'row-' + active); else scroller.removeAttribute('aria-activedescendant');
  if (rows.size > 8000) for (const i of rows.keys()) if (i < first - 3000 || i > last + 3000) rows.delete(i);
}

function requestRows(from, to) {
  const f = Math.max(0, from - FETCH), t = Math.min(total, to + FETCH);
  const key = version + ':' + f + ':' + t;
  if (key === pendingWindow) return;
  pendingWindow = key;
  clearTimeout(fetchTimer);
  fetchTimer = setTimeout(() => vscode.postMessage({ type: 'window', from: f, to: t }), 16);
}

function visibleWindow() {
  const top = scroller.scrollTop, height = scroller.clientHeight || 600;
  return { from: Math.max(0, indexAt(top) - FETCH), to: Math.min(total, indexAt(top + height) + FETCH + 1) };
}

function addRows(view) {
  for (const row of view.rows) { row._key = JSON.stringify(row); rows.set(row.index, row); }
  for (const p of view.phases) phases.set(p.kind + ':' + p.firstRow, p);
}

function setSessions(list) {
  const key = JSON.stringify(list);
  if (key === sessionsKey) return;
  sessionsKey = key;
  sessions = list;
  const options = list.map((s) => {
    const o = document.createElement('option');
    o.value = String(s.index);
    const names = [s.server, s.client && '\\u2190 ' + s.client].filter(Boolean).join(' ');
    o.textContent = fmt(S.session, s.index + 1) + (names ? ' \\u00b7 ' + names : '') + ' \\u00b7 ' + fmt(S.line, s.startLine + 1) + (s.lastCode ? ' \\u00b7 ' + s.lastCode : '');
    return o;
  });
  select.replaceChildren(...options);
  select.disabled = list.length < 2;
}

function sessionOf(i) {
  let low = 0, high = sessions.length - 1, found = -1;
  while (low <= high) { const mid = (low + high) >> 1; if (sessions[mid].firstRow <= i) { found = mid; low = mid + 1; } else high = mid - 1; }
  return found;
}

function ensureVisible(i, center) {
  const y = offsetOf(i), h = scroller.clientHeight;
  if (y < scroller.scrollTop || y + ROW > scroller.scrollTop + h) scroller.scrollTop = center ? Math.max(0, y - h / 2) : y < scroller.scrollTop ? y : y + ROW - h;
}

function toggleRow(i, open) {
  const row = rows.get(i);
  if (!expandable(row)) return;
  const want = open === undefined ? !expanded.has(i) : open;
  if (want) expanded.set(i, extraOf(row)); else expanded.delete(i);
  render();
}

function reveal(i) {
  const row = rows.get(i);
  if (row) vscode.postMessage({ type: 'reveal', startLine: row.startLine, endLine: row.endLine });
}

function showSummary() {
  summary.textContent = total ? [fmt(S.arrows, total), fmt(S.diagnostics, lastView ? lastView.diagnosticCount : 0), lastView && lastView.producer].filter(Boolean).join(' \\u00b7 ') : '';
}

let lastView;
window.addEventListener('message', (event) => {
  const m = event.data;
  if (m.type === 'model') {
    const view = m.view;
    lastView = view;
    version = view.version; total = view.total; loaded = true;
    rows = new Map(); phases = new Map();
    addRows(view);
    if (view.sessions) setSessions(view.sessions);
    for (const i of [...expanded.keys()]) { const row = rows.get(i); if (i >= total || (row && !expandable(row))) expanded.delete(i); else if (row) expanded.set(i, extraOf(row)); }
    if (active >= total) active = total - 1;
    if (current >= total) current = -1;
    pendingWindow = '';
    showSummary();
    let empty = document.querySelector('.empty');
    if (!total && !empty) { empty = document.createElement('div'); empty.className = 'empty'; empty.textContent = S.empty; scroller.appendChild(empty); }
    if (total && empty) empty.remove();
    render();
  } else if (m.type === 'rows') {
    if (m.view.version !== version) return;
    addRows(m.view);
    pendingWindow = '';
    render();
  } else if (m.type === 'highlight') {
    if (m.version !== version) return;
    current = m.row;
    if (current >= 0) {
      active = current;
      ensureVisible(current, true);
      const s = sessionOf(current);
      if (s >= 0) select.value = String(s);
    }
    render();
  } else if (m.type === 'error') {
    summary.textContent = m.message;
  }
});

scroller.addEventListener('scroll', () => {
  render();
  const s = sessionOf(indexAt(scroller.scrollTop));
  if (s >= 0 && select.value !== String(s)) select.value = String(s);
  vscode.setState({ scrollTop: scroller.scrollTop });
  // The host asks for these rows again when the document changes, so that they update in place.
  clearTimeout(viewportTimer);
  viewportTimer = setTimeout(() => vscode.postMessage({ type: 'viewport', ...visibleWindow() }), 100);
});
new ResizeObserver(() => render()).observe(scroller);

select.addEventListener('change', () => {
  const s = sessions[Number(select.value)];
  if (!s) return;
  active = s.firstRow;
  scroller.scrollTop = offsetOf(s.firstRow);
  render();
  reveal(s.firstRow);
});

scroller.addEventListener('keydown', (event) => {
  if (!total) return;
  const page = Math.max(1, Math.floor(scroller.clientHeight / ROW) - 1);
  const move = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page, Home: -Infinity, End: Infinity }[event.key];
  if (move !== undefined) {
    active = Math.max(0, Math.min(total - 1, (active < 0 ? 0 : active) + move));
    ensureVisible(active, false);
    render();
    event.preventDefault();
  } else if (event.key === 'Enter' && active >= 0) { current = active; reveal(active); render(); event.preventDefault(); }
  else if ((event.key === ' ' || event.key === 'ArrowRight' || event.key === 'ArrowLeft') && active >= 0) {
    toggleRow(active, event.key === ' ' ? undefined : event.key === 'ArrowRight');
    event.preventDefault();
  }
});

const saved = vscode.getState();
vscode.postMessage({ type: 'ready', window: { from: 0, to: FETCH * 2 } });
if (saved && saved.scrollTop) requestAnimationFrame(() => { scroller.scrollTop = saved.scrollTop; });
})();`;
