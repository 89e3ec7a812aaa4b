/**
 * tcpdump's packets. Without `-A` a packet's head is followed on its line by the payload's first line
 * only (`excerptPacketHead`). `tcpdump -A` prints each packet's bytes as text below its head: first the IP and TCP headers (mostly
 * dots, but any printable byte, and a 0x0a byte breaks the line), then the payload. The head gives the
 * payload's length, so the payload is the dump's last that many bytes, wherever the headers end.
 */
import type { SourceLine } from '../lines';

/** A packet's head that names the length of a payload printed below it ("… Flags [P.], seq 1:45, …, length 44"). */
const asciiPacketHead = /Flags \[[^\]]{1,8}\],.*\blength (\d+)$/;
/** tcpdump's head of a packet whose payload it prints after it, first line only ("… Flags [P.], …, length 24: SMTP: "). */
export const excerptPacketHead = /Flags \[[^\]]{1,8}\],.*length \d+: (?:SMTP: )?$/;
/** Any packet's head: a dump ends where the next packet begins. */
const packetHead = /^\d\d:\d\d:\d\d\.\d{6} IP6? /;
/** A line that may be a packet's head, of either form: the lines after it are read together. */
export const packetHeadLike = /Flags \[|^\d\d:\d\d:\d\d\.\d{6} IP6? /;

export interface PacketDumps {
  /** Lines that hold only header bytes. */
  headers: Set<number>;
  /** Where the payload starts on a line whose start is header bytes: line → column. */
  payloadColumn: Map<number, number>;
}

export function packetDumps(lines: SourceLine[]): PacketDumps {
  const dumps: PacketDumps = { headers: new Set(), payloadColumn: new Map() };
  for (let head = 0; head < lines.length; head++) {
    const m = asciiPacketHead.exec(lines[head].text);
    if (!m) continue;
    let end = head + 1;
    while (end < lines.length && !packetHead.test(lines[end].text)) end++;
    let remaining = Number(m[1]);
    if (remaining === 0) {
      for (let k = head + 1; k < end; k++) dumps.headers.add(k);
      head = end - 1;
      continue;
    }
    // Every byte is one character, every line break one byte (a CRLF in the payload prints as two breaks).
    let line = end - 1;
    for (; line > head && remaining > lines[line].text.length + 1; line--) remaining -= lines[line].text.length + 1;
    const column = lines[line].text.length + 1 - remaining;
    if (line === head || column < 0) continue;
    for (let k = head + 1; k < line; k++) dumps.headers.add(k);
    if (column > 0) dumps.payloadColumn.set(line, column);
    head = end - 1;
  }
  return dumps;
}
