// Writes <corpus>/expected.json for a log corpus folder: every reply code and enhanced code in the
// positions where these MTAs log a remote or local reply, found by the literal markers below (kept
// independent of the server's reader). Review the printed annotations before committing.
//   node test/corpus/logs/tools/annotate.mjs test/corpus/logs/dev
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const folder = process.argv[2];
const replyBefore = /(?:: |\(|stat="|stat=|result="|=> |said:_|C="|\\n|rejected: |S: |error: |\._)$/;
// dev2 (second measurement round) adds the positions of the MTAs it brought in, only for its own folders:
// OpenSMTPD traces (`>>> 250`), Exchange protocol logs (`,>,250` and `,>,"250`), Haraka's last
// response (`lr="501`) and Courier's `msg="502`.
const replyBeforeDev2 = /(?:>>> |,>,|,>,"|lr="|msg=")$/;
const isDev2 = /(?:^|[\\/])dev2(?:[\\/]|$)/.test(path.resolve(folder));
// dev3 (third measurement round) uses the dev2 markers and adds the reply inside the `{LED=550 5.7.1 ...}`
// field of Exchange message tracking RecipientStatus and Microsoft 365 message trace reasons, and Sendmail's
// `reject=550` (check_rcpt). Reviewed by hand after writing: see the README's dev3 section.
const isDev3 = /(?:^|[\\/])dev3(?:[\\/]|$)/.test(path.resolve(folder));
const replyBeforeDev3 = /(?:\{LED=|reject=)$/;
const reply = /(?<![0-9.])[2-5]\d\d(?=[ _\-"]|$)/g;
const enhanced = /(?<![0-9A-Za-z.:])[245]\.\d{1,3}\.\d{1,3}(?!\.?\d)(?=[ _;:",]|$)/g;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'tools' ? [] : files(full);
    return name.endsWith('.json') ? [] : [full];
  });
}

const logs = [];
for (const file of files(folder).sort()) {
  const codes = [];
  readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    for (const m of line.matchAll(reply)) {
      if (!replyBefore.test(line.slice(0, m.index)) && !((isDev2 || isDev3) && replyBeforeDev2.test(line.slice(0, m.index))) && !(isDev3 && replyBeforeDev3.test(line.slice(0, m.index)))) continue;
      const code = { line: i + 1, code: m[0], col: m.index + 1 };
      enhanced.lastIndex = m.index + 4;
      const e = enhanced.exec(line);
      if (e && e.index === m.index + 4 && /[ _-]/.test(line[m.index + 3])) Object.assign(code, { enhanced: e[0], ecol: e.index + 1 });
      codes.push(code);
    }
    const taken = new Set(codes.filter((c) => c.line === i + 1 && c.ecol).map((c) => c.ecol));
    enhanced.lastIndex = 0;
    for (const e of line.matchAll(enhanced)) {
      // An enhanced code on its own: after a dsn= field, a colon (Exim rejects) or a (# in qmail.
      if (taken.has(e.index + 1) || !/(?:dsn=|: |\(#)$/.test(line.slice(0, e.index))) continue;
      codes.push({ line: i + 1, code: e[0], col: e.index + 1 });
    }
    for (const c of codes.filter((c) => c.line === i + 1)) console.log(`${path.relative(folder, file)}:${c.line}:${c.col} ${c.code}${c.enhanced ? ' ' + c.enhanced : ''}  …${line.slice(Math.max(0, c.col - 25), c.col + 12)}`);
  });
  logs.push({ file: path.relative(folder, file), producer: path.relative(folder, file).split(path.sep)[0], codes });
}
writeFileSync(path.join(folder, 'expected.json'), JSON.stringify({ logs }, null, 1) + '\n');
