/**
 * The session diagram's page (client/src/sessionDiagramWebview.ts, which imports no vscode): its
 * policy and nonce-only script, its strings escaped, and its script run on a small stand-in DOM
 * with the service's real rows, so that a transcript line holding markup is shown as text. The
 * stand-in throws on every HTML sink (innerHTML, outerHTML, insertAdjacentHTML, document.write).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runInNewContext } from 'node:vm';
import { diagramHtml, type DiagramStrings } from '../../client/src/sessionDiagramWebview';
import { buildSessionDiagram } from '../../server/src/service/sessionDiagram';

const evil = '<script>alert(1)</script>';
const strings: DiagramStrings = {
  title: `Diagram "${evil}"`,
  client: 'Client',
  server: 'Server',
  sessions: 'Session:',
  session: 'Session {0}',
  line: 'line {0}',
  arrows: '{0} arrows',
  diagnostics: '{0} problems',
  loading: 'Loading…',
  empty: 'None.',
  message: 'Message ({0} lines)',
  messageHidden: 'Message (not shown)',
  authData: '{0} data (hidden)',
  hiddenCredential: '(credentials hidden)',
  clientToServer: 'Client to server',
  serverToClient: 'Server to client',
  tls: 'TLS on',
  auth: 'AUTH {0} exchange',
  transaction: 'Transaction {0}',
  pipelined: 'pipelined',
  unfinished: 'unfinished',
  expand: 'Show all',
  collapse: 'Hide',
  severity: { error: 'Error', warning: 'Warning', information: 'Note', hint: 'Hint' },
  classes: { '2': '2xx', '3': '3xx', '4': '4xx', '5': '5xx' },
};

const page = diagramHtml('n0nce', 'vscode-resource:', strings, 'en');

test('the diagram page: a strict policy, one script and one style, both with the nonce, and its strings escaped', () => {
  assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src vscode-resource:; style-src 'nonce-n0nce'; script-src 'nonce-n0nce';">/);
  const tags = page.replace(/<script nonce="n0nce">[\s\S]*?<\/script>/, '<script nonce="n0nce"></script>').match(/<[a-zA-Z][^>]*>/g) ?? [];
  assert.deepEqual(tags.filter((t) => /^<script\b/.test(t)), ['<script nonce="n0nce">']);
  assert.deepEqual(tags.filter((t) => /^<style\b/.test(t)), ['<style nonce="n0nce">']);
  assert.deepEqual(tags.filter((t) => /\son\w+=|\sstyle=|\ssrc=|\shref=/.test(t)), []);
  assert.equal(page.match(/<script\b/g)?.length, 1);
  assert.match(page, /<title>Diagram &quot;&lt;script&gt;alert\(1\)&lt;\/script&gt;&quot;<\/title>/);
  assert.match(page, /<body data-strings="\{&quot;title&quot;:&quot;Diagram \\&quot;&lt;script&gt;alert\(1\)&lt;\/script&gt;\\&quot;&quot;,/);
});

/** Just what the page's script uses of the DOM; text goes in through textContent only. */
class FakeElement {
  children: FakeElement[] = [];
  parent?: FakeElement;
  private text = '';
  className = '';
  id = '';
  title = '';
  value = '';
  hidden = false;
  disabled = false;
  tabIndex = 0;
  scrollTop = 0;
  clientHeight = 600;
  style: Record<string, string> = {};
  dataset: Record<string, string> = {};
  attributes = new Map<string, string>();
  listeners = new Map<string, ((event: unknown) => void)[]>();
  [key: string]: unknown;

  constructor(readonly tagName: string) {}
  get textContent(): string {
    return this.text + this.children.map((c) => c.textContent).join('');
  }
  set textContent(value: string) {
    this.text = String(value);
    this.children = [];
  }
  set innerHTML(_: string) {
    throw new Error('innerHTML set');
  }
  set outerHTML(_: string) {
    throw new Error('outerHTML set');
  }
  insertAdjacentHTML(): never {
    throw new Error('insertAdjacentHTML called');
  }
  appendChild(child: FakeElement): FakeElement {
    child.remove();
    child.parent = this;
    this.children.push(child);
    return child;
  }
  append(...children: FakeElement[]): void {
    for (const c of children) this.appendChild(c);
  }
  replaceChildren(...children: FakeElement[]): void {
    for (const c of [...this.children]) c.remove();
    this.append(...children);
  }
  remove(): void {
    if (this.parent) this.parent.children.splice(this.parent.children.indexOf(this), 1);
    this.parent = undefined;
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, String(value));
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }
  addEventListener(type: string, listener: (event: unknown) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  dispatch(type: string, event: object = {}): void {
    for (const l of this.listeners.get(type) ?? []) l({ stopPropagation() {}, preventDefault() {}, ...event });
  }
  *all(): Generator<FakeElement> {
    for (const c of this.children) {
      yield c;
      yield* c.all();
    }
  }
}

function unescapeAttribute(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

test('a transcript line holding markup is drawn as text by the page\'s script, never as markup', () => {
  const transcript = ['S: 220 mx.example.org ESMTP', 'C: EHLO client.example', 'S: 250-mx.example.org', `S: 250 ${evil}`, 'C: MAIL FROM:<a@b.example>', `S: 550 5.7.1 ${evil}`, 'C: QUIT', 'S: 221 bye'].join('\n');
  const view = buildSessionDiagram(transcript, 'smtp', 'en').view({ from: 0, to: 100, sessions: true });
  assert.ok(view.rows.some((r) => r.text.includes(evil)), 'the service keeps the text as it is');

  // The elements the page's markup holds, found by id as the script finds them.
  const body = new FakeElement('body');
  body.dataset.strings = unescapeAttribute(/<body data-strings="([^"]*)">/.exec(page)![1]);
  for (const [tag, id] of [['select', 'sessions'], ['span', 'summary'], ['div', 'scroller']] as const) {
    assert.match(page, new RegExp(`<${tag} id="${id}"`));
    body.appendChild(Object.assign(new FakeElement(tag), { id }));
  }
  const spacer = Object.assign(new FakeElement('div'), { id: 'spacer' });
  body.children[2].appendChild(spacer);
  const created: string[] = [];
  const windowListeners: ((event: { data: unknown }) => void)[] = [];
  const posted: unknown[] = [];
  const document = {
    body,
    createElement: (tag: string) => (created.push(tag), new FakeElement(tag)),
    getElementById: (id: string) => [...body.all()].find((e) => e.id === id) ?? null,
    querySelector: (selector: string) => [...body.all()].find((e) => selector === `.${e.className}`) ?? null,
    write: () => {
      throw new Error('document.write called');
    },
  };
  runInNewContext(/<script nonce="n0nce">([\s\S]*)<\/script>/.exec(page)![1], {
    document,
    window: { addEventListener: (type: string, l: (event: { data: unknown }) => void) => type === 'message' && windowListeners.push(l) },
    acquireVsCodeApi: () => ({ postMessage: (m: unknown) => posted.push(m), getState: () => undefined, setState: () => undefined }),
    ResizeObserver: class {
      observe(): void {}
    },
    requestAnimationFrame: () => 0,
    setTimeout: () => 0,
    clearTimeout: () => undefined,
  });
  // Posted from the page's own realm: compared as data.
  assert.deepEqual(JSON.parse(JSON.stringify(posted)), [{ type: 'ready', window: { from: 0, to: 120 } }]);
  assert.equal(windowListeners.length, 1);
  windowListeners[0]({ data: { type: 'model', view: { ...view, version: 1 } } });

  const rows = spacer.children;
  assert.equal(rows.length, view.total);
  const labels = rows.map((r) => [...r.all()].find((e) => e.className === 'label')!.textContent);
  assert.deepEqual(labels, view.rows.map((r) => r.text));
  assert.equal(labels[4], `550 5.7.1 ${evil}`);
  assert.match(rows[4].getAttribute('aria-label') ?? '', /^Server to client, line 6: 550 5\.7\.1 <script>alert\(1\)<\/script>/);
  // The multi-line reply opened: each of its lines is a list item of text.
  const reply = rows[2];
  assert.equal(view.rows[2].lines?.length, 2);
  [...reply.all()].find((e) => e.className === 'toggle')!.dispatch('click');
  const items = [...reply.all()].filter((e) => e.tagName === 'li');
  assert.deepEqual(items.map((li) => li.textContent), ['250-mx.example.org', `250 ${evil}`]);
  assert.deepEqual(items.map((li) => li.children.length), [0, 0]);
  assert.ok(!created.includes('script'), `created: ${[...new Set(created)].join(' ')}`);
});
