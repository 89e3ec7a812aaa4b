/**
 * Reads one message as a bounce: its RFC 3464 report if it has one, otherwise the human-readable
 * text that Postfix, Sendmail, Exim, qmail, Exchange, Gmail and others write, or the JSON of an
 * Amazon SES notification. The result names each recipient with the codes the message gives for
 * it, and where in the document each value came from; a value the message does not give stays null.
 */
import { findAddresses } from './bounceText';
import type { DsnPart, MessageResult, RecipientResult } from './bounceTypes';
import { looksLikeEmbeddedDsn, readDsn } from './dsn';
import { addSources, dsnRecipient, fillFromText, fromDsn } from './dsnRecipients';
import type { BounceKind } from './emlMessages';
import { feedbackRecipients, isFeedbackPart, isProviderComplaint, looksLikeFeedbackFields } from './feedbackReport';
import { decodeEncodedWords, header, type MimeEntity, type ParsedDocument } from './mime';
import { notification, readNotificationText } from './notificationText';
import { isListRefusal } from './senderFamilies';
import { readSesNotification, type SesNotification } from './sesNotification';
import { textRecipients } from './textBounce';
import { bodyView, type TextView } from './textView';

export type { CodeInText, DsnPart, DsnRecipient, MessageResult, RecipientResult, RecipientSummary } from './bounceTypes';

interface PartInfo {
  entity: MimeEntity;
  /** How many message/rfc822 parts enclose it. */
  level: number;
  attachment: boolean;
}

function collectParts(root: MimeEntity): PartInfo[] {
  const out: PartInfo[] = [];
  const stack: PartInfo[] = [{ entity: root, level: 0, attachment: false }];
  while (stack.length) {
    const info = stack.pop()!;
    out.push(info);
    const e = info.entity;
    const next: PartInfo[] = e.children.map((child) => ({
      entity: child,
      level: info.level,
      attachment: /^\s*attachment/i.test(header(child, 'content-disposition')?.value ?? ''),
    }));
    if (e.message) next.push({ entity: e.message, level: info.level + 1, attachment: false });
    for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]);
  }
  return out;
}

const subjectBounce =
  /undeliver|returned mail|returning message|delivery (?:status notification|failure|failed|has failed|problem|notification|report)|failure notice|mail delivery failed|non-?delivery|could not be delivered|not delivered|returned to sender|mail system error|error sending your mail|nondeliverable|delivery status|delivery failure|mail failure|failed mail\b/i;
const subjectDelay = /\(delay\)|\bdelayed\b|delivery delay|\bwarning\b.*\b(?:delay|could not send)|not yet been delivered/i;
const bodyBounce =
  /could not be delivered|undeliverable|delivery (?:has )?failed|(?:wasn't|was not|not) able to deliver|failed permanently|was not delivered|wasn't delivered|permanent (?:fatal )?errors?|not be delivered|unable to deliver|did not reach the following|could not deliver|delivery failure|returned permanent errors|delivery problems|could not be sent|was automatically rejected|(?:mail|message) (?:has been|was) returned/i;
const bodyDelay =
  /this is a warning message only|has not yet been delivered|not been delivered yet|will (?:continue|keep) trying|delivery (?:is|has been) delayed|temporarily (?:deferred|delayed)|message is delayed|only a temporary failure|you do not need to re-?send/i;
/**
 * Notices in other languages (SinaMail's "邮件传输失败", German "unzustellbar", French "non remis", …):
 * counted only when a mailer daemon or a null sender sent them, as the English body phrases are.
 */
const localizedBounce =
  /退信|退回|无法送达|無法送達|投递失败|投遞失敗|传输失败|傳輸失敗|无法发送|無法發送|配信できませんでした|配信に失敗|不達|전송\s?실패|배달\s?실패|반송|unzustellbar|nicht zugestellt|non remis|n'a pas pu être (?:remis|distribué)|échec de (?:la )?remise|no se (?:ha )?(?:pudo|podido) entregar|não (?:pôde|foi possível) (?:ser )?entregue|не доставлено|недоставлен|ошибка доставки|niedoręcz|non (?:è stato )?recapitat|mancato recapito|onbestelbaar|niet (?:worden )?bezorgd/i;
const daemonSender = /^(?:mailer[-_.]?daemon|postmaster|post_master|mail[-_.]?delivery(?:[-_.]system)?|mdaemon|double-bounce)$/i;
/** Actions that report a failure: RFC 3464's `failed`, and `expired` that SendGrid and some others write instead. */
const failingActions = new Set(['failed', 'expired', 'bounced', 'undeliverable']);
const autoReplySubject = /^(?:auto(?:matic)?[- ]?(?:reply|response|antwort)|out of (?:the )?office|abwesenheit|away from|vacation|auto:|automatische antwort)/i;

export function extractMessage(doc: ParsedDocument, root: MimeEntity): MessageResult {
  const parts = collectParts(root);
  // A part may be read as a report, as feedback fields and as notification text: decode it once.
  const views = new Map<MimeEntity, TextView>();
  const viewOf = (entity: MimeEntity): TextView => {
    let view = views.get(entity);
    if (!view) views.set(entity, (view = bodyView(doc, entity)));
    return view;
  };
  const headerText = (name: string): string => decodeEncodedWords(header(root, name)?.value ?? '');
  const subject = headerText('subject');
  const from = headerText('from');
  const to = headerText('to');
  const ownAddresses = new Set([...findAddresses(from), ...findAddresses(to)].map((a) => a.address.toLowerCase()));
  const fromAddress = findAddresses(from)[0]?.address ?? '';
  const fromDaemon = daemonSender.test(fromAddress.split('@')[0] ?? '') || /mail delivery|mailer-daemon/i.test(from);
  const returnPath = header(root, 'return-path')?.value.trim() ?? '';
  const xFailed = header(root, 'x-failed-recipients');
  const reportType = root.contentType.mime === 'multipart/report' ? (root.contentType.params['report-type'] ?? '').toLowerCase() : '';

  // Delivery-status parts: those closest to the top (the report itself, not a returned bounce).
  const statusParts = parts.filter((p) => p.entity.contentType.mime === 'message/delivery-status' || p.entity.contentType.mime === 'message/global-delivery-status');
  const reportLevel = statusParts.length ? Math.min(...statusParts.map((p) => p.level)) : 0;
  const dsnParts: DsnPart[] = statusParts
    .filter((p) => p.level === reportLevel)
    .map((p) => {
      const view = viewOf(p.entity);
      return { entity: p.entity, view, report: readDsn(view), embedded: false };
    });
  const feedbackPart = (entity: MimeEntity, view: TextView): DsnPart => ({ entity, view, report: readDsn(view), embedded: false });
  const feedbackParts: DsnPart[] = parts.filter((p) => p.level === 0 && isFeedbackPart(p.entity)).map((p) => feedbackPart(p.entity, viewOf(p.entity)));
  // Providers that put the report fields into a text part instead of a message/feedback-report one.
  if (!feedbackParts.length && !statusParts.length) {
    for (const p of parts) {
      if (p.level !== 0 || p.entity.contentType.type !== 'text') continue;
      const view = viewOf(p.entity);
      if (looksLikeFeedbackFields(view)) feedbackParts.push(feedbackPart(p.entity, view));
    }
  }

  // The notification: the text parts of the report, up to where the returned message starts.
  // A multipart left unsplit at the nesting cap is read as text, so that its codes are not lost.
  const textParts = parts.filter(
    (p) =>
      p.level === reportLevel &&
      ((p.entity.contentType.type === 'text' && p.entity.contentType.subtype !== 'rfc822-headers') || (p.entity.capped && p.entity.contentType.type === 'multipart')) &&
      (!p.attachment || p.entity === root),
  );
  const plain = textParts.filter((p) => p.entity.contentType.subtype === 'plain');
  const notificationParts = (plain.length ? plain : textParts).map((p) => p.entity);
  const notes = notificationParts.map((entity) => notification(doc, entity, viewOf(entity)));

  if (!dsnParts.some((p) => p.report.recipients.length)) {
    for (const note of notes) {
      if (looksLikeEmbeddedDsn(note.view.lines.slice(0, note.end))) {
        const view: TextView = { ...note.view, lines: note.view.lines.slice(0, note.end) };
        const report = readDsn(view, true);
        if (report.recipients.length) dsnParts.push({ entity: note.entity, view, report, embedded: true });
      }
    }
  }

  const text = readNotificationText(notes, ownAddresses);
  const isFeedback = reportType === 'feedback-report' || feedbackParts.length > 0 || (isProviderComplaint(root) && !statusParts.length);
  const dsnRecipients = dsnParts.flatMap((p) => p.report.recipients.map((r) => dsnRecipient(r.fields)));

  let kind: BounceKind;
  let recipients: RecipientResult[];
  let ses: SesNotification | undefined;
  if (isFeedback) {
    kind = 'feedback-report';
    recipients = feedbackRecipients(root, feedbackParts);
  } else if (dsnRecipients.length) {
    recipients = dsnRecipients.map((r) => fromDsn(r));
    fillFromText(recipients, text);
    addSources(recipients, text);
    const actions = recipients.map((r) => r.action ?? (r.status?.[0] === '5' ? 'failed' : r.status?.[0] === '4' ? 'delayed' : r.status?.[0] === '2' ? 'delivered' : null));
    kind = actions.some((a) => a && failingActions.has(a)) ? 'bounce' : actions.includes('delayed') ? 'delay' : actions.some((a) => a) ? 'not-a-bounce' : 'bounce';
  } else if ((ses = notes.map((n) => readSesNotification(n.view, n.end)).find((n) => n))) {
    kind = ses.kind;
    recipients = ses.recipients;
  } else {
    const xFailedAddresses = xFailed ? findAddresses(xFailed.value).map((a) => a.address) : [];
    const autoSubmitted = header(root, 'auto-submitted')?.value ?? '';
    // A Sieve `reject` (RFC 5429: Dovecot/Pigeonhole, Cyrus) answers "auto-replied (rejected)": a refusal, not an auto-reply.
    const sieveReject = /\(rejected\)/i.test(autoSubmitted);
    const autoReply =
      (/auto-replied/i.test(autoSubmitted) ||
        !!header(root, 'x-autoreply') ||
        !!header(root, 'x-autorespond') ||
        /auto_reply/i.test(header(root, 'precedence')?.value ?? '') ||
        autoReplySubject.test(subject.trim())) &&
      !fromDaemon &&
      !subjectBounce.test(subject) &&
      !xFailedAddresses.length &&
      !sieveReject &&
      reportType !== 'delivery-status';
    const listRefusal = isListRefusal(text);
    // One space for any run of white space: Postfix breaks "could not\nbe delivered" across lines.
    const noteText = notes.map((n) => n.view.lines.slice(0, n.end).join(' ')).join(' ').replace(/\s+/g, ' ');
    // Each phrase list is tested over the whole text at most once.
    let saysBounce: boolean | undefined;
    let saysDelay: boolean | undefined;
    const bodySaysBounce = () => (saysBounce ??= bodyBounce.test(noteText));
    const bodySaysDelay = () => (saysDelay ??= bodyDelay.test(noteText));
    const bounceSignal = listRefusal || sieveReject || reportType === 'delivery-status' || xFailedAddresses.length > 0 || subjectBounce.test(subject) || ((fromDaemon || returnPath === '<>') && (text.codes.length > 0 || bodySaysBounce() || localizedBounce.test(subject) || localizedBounce.test(noteText) || subjectDelay.test(subject) || bodySaysDelay())) || (text.mentions.length > 0 && bodySaysBounce());
    if (autoReply) kind = 'auto-reply';
    else if (bounceSignal) kind = subjectDelay.test(subject) || (bodySaysDelay() && !bodySaysBounce()) ? 'delay' : 'bounce';
    else kind = 'not-a-bounce';
    recipients = kind === 'bounce' || kind === 'delay' ? textRecipients(text, xFailedAddresses, kind) : [];
  }
  return {
    entity: root,
    kind,
    subject,
    recipients,
    dsnParts,
    feedbackParts,
    textCodes: text.codes.filter((c) => c.exact).map((c) => ({ hit: c.hit, range: c.range, context: c.context, host: c.host })),
    headerFields: root.headers,
  };
}

