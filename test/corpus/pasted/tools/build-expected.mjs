// Builds <group>/expected.json from the hand-written per-file annotations in annotations.mjs.
// Each annotation names the prefix (regex) after which a server reply or a client command starts on a line;
// this script only turns that into exact 1-based columns. Usage: node tools/build-expected.mjs [dev|opened|holdout]
// (a group name builds that group only). Faults a reviewer added by hand ("added") are kept from the existing file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FILES as WRITTEN_AGAINST } from './annotations.mjs';
import { FILES as HELD_OUT } from './annotationsHoldout.mjs';

// The held-out group's annotations live apart, so that whoever writes the reader never opens them.
const FILES = [...WRITTEN_AGAINST, ...HELD_OUT];

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const VERBS = new Set(['EHLO', 'HELO', 'LHLO', 'MAIL', 'RCPT', 'DATA', 'QUIT', 'RSET', 'NOOP', 'STARTTLS', 'AUTH', 'VRFY', 'EXPN', 'HELP', 'BDAT', 'ETRN', 'TURN']);
const CODE = /^([1-5]\d\d)(?=$|[\s\-\]'"\\)<])/;
// Rule option `comma`: a code followed by a comma, as in a Python tuple `(535, b'5.7.8 …')`; opt-in, since `code: 250,` elsewhere is no reply.
const CODE_COMMA = /^([1-5]\d\d)(?=$|[\s\-\]'"\\)<,])/;
// Rule option `colon`: a code followed by a colon, as in vibe.d's `got 502:  5.5.1 …` or `"535: 5.7.8 …"`; opt-in likewise.
const CODE_COLON = /^([1-5]\d\d)(?=$|[\s\-\]'"\\)<:])/;
const ENH = /^([245]\.\d{1,3}\.\d{1,3})(?![\d.])/;

function reply(line, pos, textSkip = /^[\]\-\s'"]*/, comma = false) {
  const m = (comma === 'colon' ? CODE_COLON : comma ? CODE_COMMA : CODE).exec(line.slice(pos));
  if (!m) return null;
  const after = pos + 3;
  const skip = textSkip.exec(line.slice(after));
  const tpos = after + (skip ? skip.index + skip[0].length : 0);
  const rest = line.slice(tpos);
  const r = { code: m[1], col: pos + 1, text: rest.replace(/\\r\\n.*$/, '').replace(/["']\s*$/, '').replace(/\s*<<\s*$/, '').trim() };
  const e = ENH.exec(rest);
  if (e) Object.assign(r, { enhanced: e[1], ecol: tpos + 1 });
  return r;
}
function command(line, pos) {
  const m = /^([A-Za-z]+)(?=$|[\s'"\\<:`])/.exec(line.slice(pos));
  if (!m || !VERBS.has(m[1].toUpperCase())) return null;
  return { col: pos + 1, verb: m[1].toUpperCase() };
}
function matchEnd(re, line) {
  const m = re.exec(line);
  return m ? m.index + m[0].length : -1;
}

const only = process.argv[2];
const groups = {};
for (const f of FILES) {
  if (only && f.group !== only) continue;
  const text = readFileSync(join(ROOT, f.group, f.file), 'utf8');
  const lines = text.split(/\r\n|\r|\n/);
  const out = { file: f.file, producer: f.producer, replies: [], commands: [], faults: [] };
  let prevServer = false;
  lines.forEach((line, i) => {
    const ln = i + 1;
    let handled = false;
    for (const [side, re, opt = {}] of f.rules) {
      if (side === 'E') {
        for (const m of line.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'))) {
          const r = reply(line, m.index + m[0].length, opt.textSkip, opt.colon ? 'colon' : opt.comma);
          if (r) out.replies.push({ line: ln, ...r, echo: true });
        }
        continue;
      }
      if (handled) continue;
      const pos = matchEnd(re, line);
      if (pos < 0) continue;
      if (side === 'S') {
        const r = reply(line, pos, opt.textSkip);
        if (r) {
          out.replies.push({ line: ln, ...r }); handled = true; prevServer = true;
          // `more`: further reply lines on the same logged line, each after this separator
          if (opt.more) {
            r.text = r.text.split(opt.more)[0];
            for (const m of line.slice(pos).matchAll(new RegExp(opt.more.source, 'g'))) {
              const next = reply(line, pos + m.index + m[0].length, opt.textSkip);
              if (next) out.replies.push({ line: ln, ...next, text: next.text.split(opt.more)[0] });
            }
          }
        }
      } else if (side === 'C') {
        const c = command(line, pos);
        if (c && !(f.skipCommands ?? []).includes(ln)) { out.commands.push({ line: ln, ...c }); handled = true; prevServer = false; }
        else if (c) handled = true;
        // a marked client line that is not a command (SASL data, message text) ends a server block
        else if (re.source !== '^') prevServer = false;
      }
    }
    if (!handled && f.cont && prevServer) {
      const m = /^\s*/.exec(line);
      const r = reply(line, m[0].length);
      if (r) { out.replies.push({ line: ln, ...r, continuation: true }); handled = true; }
      else prevServer = false;
    }
  });
  for (const ft of f.faults ?? []) {
    let n = 0, at = -1;
    lines.forEach((l, i) => { if (at < 0 && ft.at.test(l) && ++n === (ft.n ?? 1)) at = i + 1; });
    if (at < 0) throw new Error(`${f.file}: fault anchor ${ft.at} not found`);
    out.faults.push({ line: at, what: ft.what });
  }
  for (const r of out.replies) { delete r.continuation; }
  (groups[f.group] ??= []).push(out);
}
for (const [g, transcripts] of Object.entries(groups)) {
  const path = join(ROOT, g, 'expected.json');
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const before = existing ? JSON.parse(existing).transcripts : [];
  // Keep the indentation the file has (the reviewed file was re-indented by hand), so a rebuild changes no byte of it.
  const indent = /^\{\n( +)"/.exec(existing)?.[1].length ?? 1;
  for (const t of transcripts) {
    const added = (before.find((b) => b.file === t.file)?.faults ?? []).filter((x) => x.added);
    t.faults.push(...added.filter((a) => !t.faults.some((x) => x.line === a.line && x.what === a.what)));
  }
  writeFileSync(join(ROOT, g, 'expected.json'), JSON.stringify({ transcripts }, null, indent) + '\n');
  const n = (k) => transcripts.reduce((s, t) => s + t[k].length, 0);
  console.log(`${g}: ${transcripts.length} files, ${new Set(transcripts.map((t) => t.producer)).size} producers, ${n('replies')} replies, ${n('commands')} commands, ${n('faults')} faults`);
}
