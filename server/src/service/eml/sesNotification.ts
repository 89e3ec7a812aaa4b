/**
 * Amazon SES notifications sent by mail (through an SNS e-mail subscription): the body is the
 * JSON event itself, `{"notificationType":"Bounce","bounce":{"bouncedRecipients":[…]}}` (or
 * `eventType` in event publishing), for bounces, deliveries and complaints. Each recipient takes
 * only what the event gives: its address, action, status and diagnostic code.
 */
import type { Range } from 'vscode-languageserver-types';
import { parseEnhancedCode } from '../../knowledge/codes';
import type { RecipientResult } from './bounceTypes';
import { diagnosticOf } from './dsn';
import type { BounceKind } from './emlMessages';
import type { TextView } from './textView';

export interface SesNotification {
  kind: BounceKind;
  recipients: RecipientResult[];
}

/** Notifications are small; a larger body is not one. */
const maxJsonChars = 200_000;

type Json = Record<string, unknown>;
const record = (v: unknown): Json | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined);
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Reads the notification in a text part, or returns undefined when the part holds none. */
export function readSesNotification(view: TextView, end: number): SesNotification | undefined {
  const first = view.lines.findIndex((l, i) => i < end && l.trim() !== '');
  if (first < 0 || !view.lines[first].trimStart().startsWith('{') || !/"(?:notificationType|eventType)"\s*:/.test(view.lines.slice(first, Math.min(end, first + 50)).join('\n'))) return undefined;
  let last = first;
  let size = 0;
  for (let i = first; i < end && size < maxJsonChars; i++) {
    size += view.lines[i].length + 1;
    if (view.lines[i].trimEnd().endsWith('}')) last = i;
    if (view.lines[i].trim() === '--') break;
  }
  if (size >= maxJsonChars) return undefined;
  let event: Json | undefined;
  try {
    event = record(JSON.parse(view.lines.slice(first, last + 1).join('\n')));
  } catch {
    return undefined;
  }
  if (!event) return undefined;
  const type = (text(event.notificationType) ?? text(event.eventType) ?? '').toLowerCase();
  const anchorOf = (address: string | null): Range | undefined => {
    if (!address) return undefined;
    for (let i = first; i <= last; i++) {
      const col = view.lines[i].indexOf(`"${address}"`);
      if (col >= 0) return { start: view.position(i, col + 1), end: view.position(i, col + 1 + address.length) };
    }
    return undefined;
  };
  const codes = (status: string | null, diagnostic: string | null) => {
    const diag = diagnostic ? diagnosticOf(diagnostic) : undefined;
    const given = status && parseEnhancedCode(status) ? status : null;
    return { status: given ?? diag?.enhancedCode?.code ?? null, replyCode: diag?.replyCode?.code ?? null, diagnostic: diag ? diag.text.replace(/\s+/g, ' ').trim() || null : null };
  };

  if (type === 'bounce') {
    const bounce = record(event.bounce) ?? {};
    const remoteMta = text(bounce.remoteMtaIp);
    const recipients = list(bounce.bouncedRecipients).map((entry) => {
      const r = record(entry) ?? {};
      const recipient = text(r.emailAddress);
      return { recipient, action: text(r.action)?.toLowerCase() ?? null, ...codes(text(r.status), text(r.diagnosticCode)), remoteMta, anchor: anchorOf(recipient) };
    });
    return { kind: 'bounce', recipients };
  }
  if (type === 'delivery' || type === 'deliverydelay') {
    const delivery = record(event.delivery) ?? record(event.deliveryDelay) ?? {};
    const remoteMta = text(delivery.remoteMtaIp);
    const response = text(delivery.smtpResponse);
    const recipients = list(delivery.recipients ?? delivery.delayedRecipients).map((entry) => {
      const r = record(entry);
      const recipient = r ? text(r.emailAddress) : text(entry);
      const found = codes(r ? text(r.status) : null, r ? text(r.diagnosticCode) : response);
      return { recipient, action: type === 'delivery' ? 'delivered' : 'delayed', ...found, remoteMta, anchor: anchorOf(recipient) };
    });
    return { kind: type === 'delivery' ? 'not-a-bounce' : 'delay', recipients };
  }
  if (type === 'complaint') {
    const complaint = record(event.complaint) ?? {};
    const recipients = list(complaint.complainedRecipients).map((entry) => {
      const recipient = text(record(entry)?.emailAddress);
      return { recipient, action: null, status: null, replyCode: null, diagnostic: null, remoteMta: null, anchor: anchorOf(recipient) };
    });
    return { kind: 'feedback-report', recipients };
  }
  return undefined;
}
