/**
 * Finds reply and enhanced codes only where the surrounding text makes them SMTP codes
 * (a reply line with an enhanced code, `said: 550`, `dsn=5.1.1`, `Status: 5.1.1`, a transcript
 * marker), never on a bare number. Used for user-added languages such as `log` or `plaintext`.
 */
import { parseEnhancedCode, replyCodeProblem } from '../knowledge/codes';
import type { Lang } from '../knowledge/types';
import { emptyAnalysis, range, type Analysis, type Span } from './analysis';
import { shortMeaning } from './explain';
import { lineTexts } from './lines';

// Each pattern names its groups: `reply` for a three-digit code, `enhanced` for an enhanced code.
const strongPatterns: RegExp[] = [
  // "550 5.1.1", "550-5.1.1", "550 #5.1.1" — a reply code directly followed by an enhanced code.
  /(?<![\w.:/-])(?<reply>[2-5][0-5]\d)[ -]#?(?<enhanced>[245]\.\d{1,3}\.\d{1,3})(?![\w.])/g,
  // "said: 550 …", "host said: 550", "reply: 550", "returned '550 …'" (a bare "error: 550" is too weak, and so
  // is "returned 200 in 250 ms" without a colon or quote).
  /\b(?:said|reply|answered|returned)(?:\s*:\s*['"(]?|\s*['"(])(?<reply>[2-5][0-5]\d)(?=[ -]|$)(?![ -]\d)/gi,
  // "dsn=5.1.1", "stat=Sent (…)" has none; "dsn: 5.1.1", "Status: 5.1.1", "status code 5.7.1".
  /\b(?:dsn|status)\s*[=:]\s*(?<enhanced>[245]\.\d{1,3}\.\d{1,3})(?![\w.])/gi,
  // Transcript markers: "<<< 550", "SMTP<< 550", "<- 550", "S: 550"; curl's bare "< 550" only at the
  // start of a line ("delay < 300 s" in prose is no reply).
  /(?:^|\s)(?:<<<|SMTP<<|<-|<~\*?|<\*\*|S:|S>|Server:)\s+(?<reply>[2-5][0-5]\d)(?=[ -]|$)/g,
  /^<\s+(?<reply>[2-5][0-5]\d)(?=[ -]|$)/g,
  // Postfix: "host mx.example[192.0.2.1] refused to talk to me: 554 …".
  /\brefused to talk to me:\s+(?<reply>[2-5][0-5]\d)(?=[ -]|$)/g,
  // "Diagnostic-Code: smtp; 550 …".
  /\bsmtp;\s*(?<reply>[2-5][0-5]\d)(?=[ -]|$)/gi,
  // Mail-log and MTA-configuration contexts (server/src/service/log, server/src/service/postfix).
  // Exim: "SMTP error from remote mail server after RCPT TO:<a@b>: 550 …", confirmations C="250 …".
  /SMTP error from remote (?:mail server|mailer) after [^\n]{0,400}?: (?<reply>[2-5][0-5]\d)(?=[ -]|$)/g,
  /\bC="(?<reply>[2-5][0-5]\d)(?=[ -])/g,
  // Exim ACLs: "message = 550 5.7.1 …" (the enhanced code is found by the first pattern).
  /\bmessage\s*=\s*"?(?<reply>[2-5][0-5]\d)(?= )/g,
  // Sendmail: "reject=550 5.7.1 …", access entries ERROR:"550 5.7.1 …" and ERROR:5.7.1:550 ….
  /\breject=(?<reply>[2-5][0-5]\d)(?=[ -]|$)/g,
  /\bERROR:"?(?<reply>[2-5][0-5]\d)(?=[ "]|$)/g,
  /\bERROR:"?(?<enhanced>[245]\.\d{1,3}\.\d{1,3}):[2-5][0-5]\d(?=[ "]|$)/g,
  /\bERROR:"?[245]\.\d{1,3}\.\d{1,3}:(?<reply>[2-5][0-5]\d)(?=[ "]|$)/g,
  // qmail: "Remote_host_said:_550_5.1.1_…" (underscores stand for spaces).
  /Remote_host_said:_(?<reply>[2-5][0-5]\d)(?:[_-](?<enhanced>[245]\.\d{1,3}\.\d{1,3})(?![\d.]))?(?=[_-]|$)/g,
  // qmail's own status at the end of its text: "Sorry,_no_mailbox_here_by_that_name._(#5.1.1)/".
  /\(#(?<enhanced>[245]\.\d{1,3}\.\d{1,3})\)/g,
  // Courier and Exim: "addr=<a@b>: 550 …", "to=<>: 550 …", "RCPT TO:<a@b>: 550 …" (an address, then the reply).
  /<[^<>\s]{0,300}>: (?<reply>[2-5][0-5]\d)(?=[ -]|$)/g,
];

export function analyzeStrongContexts(text: string, lang: Lang): Analysis {
  const out = emptyAnalysis();
  const lines = lineTexts(text);
  lines.forEach((line, i) => {
    for (const span of strongSpans(line, i)) {
      out.spans.push(span);
    }
  });
  for (const span of out.spans) {
    const meaning = span.key ? shortMeaning(span.key, lang) : undefined;
    if (meaning) out.inlayHints.push({ line: span.range.end.line, character: span.range.end.character, label: meaning, code: span.key });
  }
  return out;
}

/** The code spans of one line, each position reported once. */
export function strongSpans(line: string, lineNumber: number): Span[] {
  const seen = new Set<number>();
  const spans: Span[] = [];
  for (const re of strongPatterns) {
    re.lastIndex = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const groups = m.groups ?? {};
      for (const name of ['reply', 'enhanced'] as const) {
        const code = groups[name];
        if (!code) continue;
        const col = m.index + m[0].indexOf(code, name === 'enhanced' && groups.reply ? m[0].indexOf(groups.reply) + 3 : 0);
        if (seen.has(col)) continue;
        if (name === 'reply' ? replyCodeProblem(code) : !parseEnhancedCode(code)) continue;
        seen.add(col);
        spans.push({ range: range(lineNumber, col, col + code.length), key: code, providerText: line.slice(col) });
      }
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return spans.sort((a, b) => a.range.start.character - b.range.start.character);
}
