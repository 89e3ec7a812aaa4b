/**
 * Feedback reports (ARF, RFC 5965) and the provider variants that bend it: a
 * `message/feedback-report` part without `report-type=feedback-report` on the container, the
 * report fields in a text part (`Feedback-Type: abuse` among its first lines), or Microsoft's
 * JMRP/SNDS reports, which carry `X-HmXmrOriginalRecipient` instead. Each names the complaining
 * recipient in `Original-Rcpt-To` where it names one.
 */
import { findAddresses } from './bounceText';
import { emptySummary, type DsnPart, type RecipientResult } from './bounceTypes';
import { addressOf } from './dsn';
import { header, type MimeEntity } from './mime';
import type { TextView } from './textView';

export function isFeedbackPart(entity: MimeEntity): boolean {
  const mime = entity.contentType.mime;
  return mime === 'message/feedback-report' || mime === 'message/global-feedback-report';
}

/** A text part that holds the report fields themselves: `Feedback-Type:` with `User-Agent:` or `Version:` near the top. */
export function looksLikeFeedbackFields(view: TextView): boolean {
  const head = view.lines.slice(0, 20);
  return head.some((l) => /^Feedback-Type:\s*\S/i.test(l)) && head.some((l) => /^(?:User-Agent|Version):\s*\S/i.test(l));
}

/** Microsoft's complaint reports (JMRP) are no ARF but name the complainer in a header of their own. */
export function isProviderComplaint(root: MimeEntity): boolean {
  return !!header(root, 'x-hmxmroriginalrecipient');
}

export function feedbackRecipients(root: MimeEntity, parts: DsnPart[]): RecipientResult[] {
  const fromFields = parts.flatMap((p) =>
    p.report.fields.filter((f) => f.lower === 'original-rcpt-to').map((f) => ({ ...emptySummary(), recipient: addressOf(f.value), anchor: f.nameRange })),
  );
  if (fromFields.length) return fromFields;
  const jmrp = header(root, 'x-hmxmroriginalrecipient');
  const address = jmrp ? findAddresses(jmrp.value)[0]?.address : undefined;
  return address ? [{ ...emptySummary(), recipient: address }] : [];
}
