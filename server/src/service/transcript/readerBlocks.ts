/**
 * Tools that show a TCP conversation in blocks (ngrep, sslsplit, ssldump, tcpflow) name the
 * direction once, in a header line ("T 127.0.0.1:587 -> 127.0.0.1:46398 [AP] #4", "S>C",
 * "127.000.000.001.00587-127.000.000.001.37734: 220 …"), and print the data below it without a
 * mark. The headers are grouped by the direction they name, and each direction's side is decided
 * from what its blocks hold, as the reader decides marks: mostly replies is the server, mostly
 * commands the client. Nothing is assumed about ports or about which endpoint is which.
 */
import type { SourceLine } from '../lines';
import { isCommandText, peelNoise, replyAt } from './readerMarks';
import type { ClassifiedLine, Direction } from './transcriptLines';

interface Header {
  key: string;
  /** Where the data starts on the header's own line (tcpflow), or -1 when the data is below. */
  dataAt: number;
  /** A speaker's label alone on its line ("SERVER:", "CLIENT (DATA):"): a word, not a direction. */
  label?: boolean;
}

const endpoint = String.raw`(?:\[[0-9a-fA-F:.]+\]|(?:\d{1,3}\.){3}\d{1,3}|localhost)`;
/** "127.0.0.1:587 -> 127.0.0.1:46398", "[::1]:25 > [::1]:5000", ettercap's "127.0.0.1:587 --> …" (ports or service names). */
const endpointArrow = new RegExp(String.raw`${endpoint}[:.]([\w-]{1,12})\s+-{0,2}>\s+${endpoint}[:.]([\w-]{1,12})(?=[\s:(]|$)`);
/** tcpflow: "127.000.000.001.00587-127.000.000.001.37734: " before the data. */
const tcpflowHead = /^(?:\d{3}\.){3}\d{3}\.(\d{5})-(?:\d{3}\.){3}\d{3}\.(\d{5}): ?/;
/** ssldump and similar: "S>C", "C>S" with the record's timing. */
const sideArrow = /(?:^|\s)([SC]>[SC])(?:\s|$)/;
/** curl --trace-ascii: "=> Send header, 18 bytes (0x12)", "<= Recv SSL data, 5 bytes (0x5)" (after a time with --trace-time). */
const traceHead = /^(?:\d\d:\d\d:\d\d\.\d+ )?(=>|<=) (Send|Recv) ((?:SSL )?data|header)\b/;
/** A trace's row with its offset ("0000: EHLO …"); a row past the first continues the line above. */
const offsetRow = /^([0-9a-f]{4}): /;
/** A short label alone on its line, before the lines it names ("SERVER:", "CLIENT (DATA):", "Response:"). */
const labelHead = /^\s*([A-Za-z][A-Za-z _-]{0,15}?)\s*(?:\([^)]{0,20}\))?\s*:\s*$/;
/** A stream's dump framed by arrows ("<<<<<<< read <<<<<<", ">>>>>>> send >>>>>>", "<<<<<<< end read <<<<<<"): the word is the key. */
const framedHead = /^\s*([<>=])\1{2,}\s*(end\s+)?([A-Za-z]{2,12})\s*\1{2,}\s*$/;
/** A debug log's line before the bytes it moved ("[DEBUG] Sent 0x15 bytes:", "Received 44 bytes"): the verb is the key. */
const bytesHead = /^((?:sent|send|sending|received|receiving|recv|read|wrote|write|got)) (?:0x[0-9a-f]+|\d+) bytes?\b[^:]{0,20}:?\s*$/i;
/** A data line shown as a string's repr (pwntools' "    b'EHLO x\\r\\n'"): the protocol text is inside the quotes. */
const reprLine = /^(\s*(?:b(['"])|(['"])(?=.*\\n\3(?:\s+\3.*\3)?\s*$)))(.*?)(?:\\r)?(?:\\n)?(?:\2|\3)\s*$/;
/** Tree glyphs a tool draws in front of a block's lines ("└──220 …"). */
const treeGlyphs = /^[\s\u2500-\u257f]*/;
/** Rules and separators between blocks ("------", "##"). */
const separator = /^\s*(?:-{4,}|#{1,8}|={4,})\s*$/;

function headerOf(text: string): Header | undefined {
  const flow = tcpflowHead.exec(text);
  if (flow) return { key: `${flow[1]}>${flow[2]}`, dataAt: flow[0].length };
  const arrow = endpointArrow.exec(text);
  if (arrow && !replyAt.test(text) && !isCommandText(text)) return { key: `${arrow[1]}>${arrow[2]}`, dataAt: -1 };
  const side = sideArrow.exec(text);
  if (side && text.trim().length <= 60 && !replyAt.test(text.trim())) return { key: side[1], dataAt: -1 };
  const trace = traceHead.exec(text);
  if (trace) return { key: `${trace[1]} ${trace[2]} ${trace[3]}`, dataAt: -1 };
  const framed = framedHead.exec(text);
  if (framed) return { key: framed[2] ? '' : framed[3].toLowerCase(), dataAt: -1 };
  const moved = bytesHead.exec(text.slice(peelNoise(text)));
  if (moved) return { key: moved[1].toLowerCase(), dataAt: -1 };
  const label = labelHead.exec(text);
  if (label) return { key: label[1].toLowerCase(), dataAt: -1, label: true };
  return undefined;
}

interface BlockLine {
  line: number;
  start: number;
  text: string;
  key: string;
}

/**
 * Fills `known` for the lines of a block layout: headers and separators become tool output, data
 * lines the protocol text of the side their header's direction was decided to be. Returns the
 * producer's description, or undefined when the document has no such layout.
 */
export function readBlocks(lines: SourceLine[], known: (ClassifiedLine | undefined)[]): string | undefined {
  const data: BlockLine[] = [];
  const headers: number[] = [];
  // Per label key: as first written ("SERVER:") and how many blocks it heads.
  const labels = new Map<string, { name: string; blocks: number }>();
  const wrapped: number[] = [];
  let key: string | undefined;
  lines.forEach((l, line) => {
    if (known[line]) {
      key = undefined;
      return;
    }
    const header = headerOf(l.text);
    if (header) {
      headers.push(line);
      // A block's closing frame ("<<<<<<< end read <<<<<<"): what follows is the tool's until the next header.
      if (!header.key) {
        key = undefined;
        return;
      }
      key = header.key;
      if (header.label) {
        const label = labels.get(key) ?? { name: l.text.trim(), blocks: 0 };
        label.blocks++;
        labels.set(key, label);
      }
      const rest = header.dataAt >= 0 ? l.text.slice(header.dataAt) : '';
      if (rest.trim()) data.push({ line, start: header.dataAt, text: rest, key });
      return;
    }
    // A timestamp alone (ettercap's line before each packet's header) is the tool's, not data.
    if (key === undefined || !l.text.trim() || separator.test(l.text) || peelNoise(l.text) >= l.text.trimEnd().length) return;
    const row = offsetRow.exec(l.text);
    // A row past the first holds the rest of the line above, wrapped by the tool.
    if (row && row[1] !== '0000') {
      wrapped.push(line);
      return;
    }
    // Under a label, a line that heads something else ("MaxBulk sends commands like:") ends the block.
    if (labels.has(key) && /:\s*$/.test(l.text)) {
      key = undefined;
      return;
    }
    const glyphs = labels.has(key) ? treeGlyphs.exec(l.text)![0].length : 0;
    const repr = reprLine.exec(l.text.slice(glyphs));
    if (repr) {
      // (A second string after the first is the tool's buffer, a repeat of earlier data: node_mailer's
      // `└──"250 DSN\r\n" "250-SMTPUTF8\r\n…"`.)
      const quote = repr[2] ?? repr[3];
      const close = repr[4].search(new RegExp(`(?<!\\\\)${quote}`));
      const inner = close < 0 ? repr[4] : repr[4].slice(0, close).replace(/(?:\\r)?(?:\\n)?$/, '');
      data.push({ line, start: glyphs + repr[1].length, text: inner, key });
      return;
    }
    const start = glyphs || (row ? row[0].length : 0);
    // Under a label whose lines are indented, a line at the margin is the tool's own again.
    if (start === 0 && data.at(-1)?.key === key && data.at(-1)!.start > 0 && headers.at(-1)! < data.at(-1)!.line) {
      key = undefined;
      return;
    }
    data.push({ line, start, text: l.text.slice(start), key });
  });
  if (headers.length < 2) return undefined;
  // ngrep prints a CR as ".": where nearly every data line ends so, the dot is the line ending.
  const shownCr = data.length > 0 && data.filter((d) => d.text.trimEnd().endsWith('.')).length >= 0.9 * data.length;
  // A table's cell border after the text ("HELO mx |") is no part of it.
  const text = (d: BlockLine) => {
    const t = d.text.replace(/\s+\|\s*$/, '').trimEnd();
    return shownCr && t.endsWith('.') ? t.slice(0, -1) : t;
  };
  const tally = new Map<string, { replies: number; commands: number }>();
  for (const d of data) {
    const t = tally.get(d.key) ?? { replies: 0, commands: 0 };
    if (replyAt.test(text(d))) t.replies++;
    else if (isCommandText(text(d))) t.commands++;
    tally.set(d.key, t);
  }
  const sides = new Map<string, Direction>();
  for (const [k, t] of tally) {
    // A label is a word that could head anything ("Output:"): it names a side only where it heads
    // several blocks and they hold that side's lines nearly alone.
    const labelled = labels.get(k)?.blocks;
    if (labelled !== undefined && (labelled < 2 || Math.min(t.replies, t.commands) * 5 > Math.max(t.replies, t.commands))) continue;
    if (t.replies > 0 && t.replies >= 2 * t.commands) sides.set(k, 'server');
    else if (t.commands > 0 && t.commands >= 2 * t.replies) sides.set(k, 'client');
  }
  const decided = [...sides.values()];
  if (!decided.includes('server') || !decided.includes('client')) return undefined;
  for (const line of [...headers, ...wrapped]) known[line] = { kind: 'info', start: 0, text: lines[line].text };
  for (const d of data) {
    const direction = sides.get(d.key);
    if (direction) known[d.line] = { kind: 'protocol', dialect: 'inferred', direction, start: d.start, text: text(d) };
  }
  const named = (side: Direction) => [...sides].filter(([, s]) => s === side).map(([k]) => labels.get(k)?.name ?? k).slice(0, 2).join(', ');
  return `inferred from block headers: ${named('server')} / ${named('client')}`;
}
