/**
 * Deterministic inputs for the benchmark and the linearity tests: SMTP transcripts of many
 * sessions, a Postfix log and a Postfix main.cf of any size. The same size gives the same text on
 * every run (a seeded generator), so two runs measure the same work.
 */

/** A small seeded generator (mulberry32): the same seed gives the same sequence everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const domains = ['example.com', 'example.org', 'example.net', 'mail.example.de', 'corp.example.io'];
const users = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi'];
const failures = [
  '550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table',
  '450 4.2.0 <{rcpt}>: Recipient address rejected: Greylisted, see https://postgrey.example.org/',
  '554 5.7.1 <{rcpt}>: Relay access denied',
  '552 5.2.2 <{rcpt}>: Mailbox full',
  '421 4.7.0 Too many connections, try again later',
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/** One session of a transcript in `S:`/`C:` form: greeting, EHLO, STARTTLS, transactions, QUIT. */
function transcriptSession(random: () => number, index: number): string[] {
  const server = `mx${index % 7}.${pick(random, domains)}`;
  const client = `client${index}.${pick(random, domains)}`;
  const lines = [
    `S: 220 ${server} ESMTP Postfix`,
    `C: EHLO ${client}`,
    `S: 250-${server}`,
    'S: 250-PIPELINING',
    'S: 250-SIZE 10240000',
    'S: 250-STARTTLS',
    'S: 250-AUTH PLAIN LOGIN',
    'S: 250-ENHANCEDSTATUSCODES',
    'S: 250 8BITMIME',
  ];
  const transactions = 1 + Math.floor(random() * 3);
  for (let t = 0; t < transactions; t++) {
    const from = `${pick(random, users)}@${pick(random, domains)}`;
    lines.push(`C: MAIL FROM:<${from}> SIZE=${1000 + Math.floor(random() * 90000)}`, 'S: 250 2.1.0 Ok');
    const recipients = 1 + Math.floor(random() * 3);
    let accepted = 0;
    for (let r = 0; r < recipients; r++) {
      const rcpt = `${pick(random, users)}${r}@${pick(random, domains)}`;
      lines.push(`C: RCPT TO:<${rcpt}>`);
      if (random() < 0.2) lines.push(`S: ${pick(random, failures).replace('{rcpt}', rcpt)}`);
      else {
        lines.push('S: 250 2.1.5 Ok');
        accepted++;
      }
    }
    if (!accepted) {
      lines.push('C: RSET', 'S: 250 2.0.0 Ok');
      continue;
    }
    lines.push('C: DATA', 'S: 354 End data with <CR><LF>.<CR><LF>', `C: Subject: message ${index}.${t}`, 'C: ', `C: Body line of message ${index}.${t}.`, 'C: .');
    lines.push(`S: 250 2.0.0 Ok: queued as ${(0x1a2b3c + index * 7 + t).toString(16).toUpperCase()}`);
  }
  lines.push('C: QUIT', 'S: 221 2.0.0 Bye');
  return lines;
}

/** A transcript of about `lineCount` lines, as many sessions as fit. */
export function generateTranscript(lineCount: number, seed = 1): string {
  const random = seededRandom(seed);
  const lines: string[] = [];
  for (let session = 0; lines.length < lineCount; session++) lines.push(...transcriptSession(random, session));
  lines.length = lineCount;
  return lines.join('\n') + '\n';
}

const markWord = (k: number) => Array.from({ length: 4 }, (_, d) => String.fromCharCode(97 + (Math.floor(k / 26 ** d) % 26))).join('');

/** The shapes that once made the transcript analysis quadratic, each about `lineCount` lines. */
export const transcriptShapes: Record<string, (lineCount: number) => string> = {
  /** A tool that shows the client's side only: no reply ever drains the queue of unanswered commands. */
  "client's side only": (lineCount) =>
    generateTranscript(lineCount * 2)
      .split('\n')
      .filter((l) => l.startsWith('C:'))
      .slice(0, lineCount)
      .join('\n'),
  /** One transaction with ever more recipients. */
  'one transaction, many RCPTs': (lineCount) =>
    [
      'S: 220 mx ESMTP',
      'C: EHLO c',
      'S: 250 mx',
      'C: MAIL FROM:<a@example.org>',
      'S: 250 Ok',
      ...Array.from({ length: lineCount / 2 }, (_, i) => [`C: RCPT TO:<u${i}@example.com>`, 'S: 250 Ok']).flat(),
      'C: DATA',
    ].join('\n'),
  /** Sendmail sessions whose end of data got no reply while the transcript goes on. */
  'end of data without a reply': (lineCount) =>
    Array.from({ length: Math.ceil(lineCount / 9) }, (_, i) => [
      `... while talking to mx${i}.example.com.:`,
      '>>> MAIL FROM:<a@example.org>',
      '<<< 250 ok',
      '>>> RCPT TO:<b@example.com>',
      '<<< 250 ok',
      '>>> DATA',
      '<<< 354 go ahead',
      '>>> .',
      '>>> QUIT',
    ])
      .flat()
      .join('\n'),
  /** A server that says ever more lines without a code before its reply. */
  'server lines without a code': (lineCount) => ['S: 220 mx ESMTP', 'C: EHLO c', ...Array.from({ length: lineCount }, (_, i) => `S: banner text ${i}`), 'S: 250 mx'].join('\n'),
  /** Many marks that are decided (seen twice before replies) beside marks seen once: the reader's mark grouping. */
  'many marks, half seen once': (lineCount) =>
    Array.from({ length: lineCount / 4 }, (_, i) => [`mark${markWord(i)}: 250 ok`, `mark${markWord(i)}: 250 ok`, `once${markWord(i)}: NOOP`, `other${markWord(i)}: 250 ok`])
      .flat()
      .join('\n'),
};

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A Postfix log of about `bytes` bytes: connections, queue ids, deliveries, deferrals and rejections. */
export function generatePostfixLog(bytes: number, seed = 2): string {
  const random = seededRandom(seed);
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const second = i % 60;
    const time = `${months[Math.floor(i / 2_000_000) % 12]} ${String(1 + (Math.floor(i / 100_000) % 28)).padStart(2)} ${String(Math.floor(i / 3600) % 24).padStart(2, '0')}:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(second).padStart(2, '0')}`;
    const queueId = (0x3c0f10 + i).toString(16).toUpperCase();
    const pid = 20000 + (i % 9000);
    const rcpt = `${pick(random, users)}@${pick(random, domains)}`;
    const relay = `mx${i % 5}.${pick(random, domains)}`;
    const roll = random();
    let line: string;
    if (roll < 0.25) line = `${time} mx1 postfix/smtpd[${pid}]: connect from client${i % 997}.${pick(random, domains)}[192.0.2.${i % 250}]`;
    else if (roll < 0.45) line = `${time} mx1 postfix/qmgr[1022]: ${queueId}: from=<${pick(random, users)}@${pick(random, domains)}>, size=${1000 + (i % 50000)}, nrcpt=1 (queue active)`;
    else if (roll < 0.75)
      line = `${time} mx1 postfix/smtp[${pid}]: ${queueId}: to=<${rcpt}>, relay=${relay}[198.51.100.${i % 250}]:25, delay=0.58, delays=0.32/0.01/0.02/0.23, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as ${queueId}0)`;
    else if (roll < 0.87)
      line = `${time} mx1 postfix/smtp[${pid}]: ${queueId}: to=<${rcpt}>, relay=${relay}[198.51.100.${i % 250}]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=4.2.0, status=deferred (host ${relay}[198.51.100.${i % 250}] said: 450 4.2.0 <${rcpt}>: Recipient address rejected: Greylisted (in reply to RCPT TO command))`;
    else if (roll < 0.95)
      line = `${time} mx1 postfix/smtpd[${pid}]: NOQUEUE: reject: RCPT from unknown[203.0.113.${i % 250}]: 554 5.7.1 <${rcpt}>: Relay access denied; from=<spam@example.net> to=<${rcpt}> proto=ESMTP helo=<spammer>`;
    else
      line = `${time} mx1 postfix/smtp[${pid}]: ${queueId}: to=<${rcpt}>, relay=${relay}[198.51.100.${i % 250}]:25, delay=2, delays=0.1/0/0.5/1.4, dsn=5.1.1, status=bounced (host ${relay}[198.51.100.${i % 250}] said: 550 5.1.1 <${rcpt}>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n') + '\n';
}

const mainCfParameters = [
  'smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination, reject_rbl_client zen.spamhaus.org',
  'smtpd_helo_required = yes',
  'unknown_local_recipient_reject_code = 550',
  'smtpd_tls_security_level = may',
  'message_size_limit = 10240000',
  'maps_rbl_reject_code = 554',
  'smtpd_client_restrictions =\n    permit_mynetworks,\n    reject_unknown_client_hostname',
  'relay_domains = $mydestination, example.org',
];

/** A Postfix main.cf of about `entryCount` entries (a parameter and its continuation lines each). */
export function generateMainCf(entryCount: number, seed = 3): string {
  const random = seededRandom(seed);
  const entries: string[] = [];
  for (let i = 0; i < entryCount; i++) {
    if (i % 10 === 0) entries.push(`# section ${i / 10}`);
    entries.push(pick(random, mainCfParameters));
  }
  return entries.join('\n') + '\n';
}
