/**
 * A stray line after the final line of an EHLO reply ("250 DSN" then "250 2.0.0 extra") is read by
 * a client as the reply to its next command, so every later reply lands one command too early:
 * DATA gets the RCPT's 250, QUIT gets DATA's 354. A transcript printed by the client shows the
 * stray line after that next command, where the first pass paired it. The first model gives this
 * away by its consequences: replies a command cannot get that all fit once the line after the EHLO
 * reply is set aside. Those lines are returned, so that the model is built again with them unpaired.
 */
import { isReplyAllowed } from './replyRules';
import type { Command, Reply, TranscriptModel } from './sessionModel';

/** Units of the replies the first pass paired although they were stray lines after an EHLO reply. */
export function strayRepliesAfterEhlo(model: TranscriptModel): Set<number> {
  const strays = new Set<number>();
  let afterEhlo: Reply | undefined;
  let window: Reply[] = [];
  const judge = () => {
    if (afterEhlo && window.length > 1 && shiftFits(window)) strays.add(window[0].lines[0].unit);
    afterEhlo = undefined;
    window = [];
  };
  for (const event of model.events) {
    if (event.kind !== 'reply') continue;
    const { reply } = event;
    // An EHLO reply whose command the tool did not print (its keywords gave it away) counts as one.
    const verb = reply.answers?.verb ?? (reply.ehloLines ? 'EHLO' : undefined);
    if (verb === 'EHLO' || verb === 'HELO' || verb === 'LHLO' || verb === 'CONNECT') {
      judge();
      if (verb !== 'CONNECT' && reply.code[0] === '2') afterEhlo = reply;
      continue;
    }
    if (!afterEhlo) continue;
    if (!window.length && (reply.code !== afterEhlo.code || reply.lines.length > 1 || !reply.answers)) {
      afterEhlo = undefined;
      continue;
    }
    if (!reply.answers || reply.answers.authOf) {
      judge();
      continue;
    }
    window.push(reply);
    // The message text after a 354 is not in the window: the comparison ends where DATA would go on.
    if (reply.code === '354' || reply.answers.verb === 'DATA-END') judge();
  }
  judge();
  return strays;
}

// RFC 3463 §3.2: the address subjects that name the recipient's or the sender's address.
const recipientDetails = new Set(['1', '2', '3', '4', '5', '6', '10']);
const senderDetails = new Set(['7', '8']);

/** Whether the reply's enhanced code speaks of the address the command gave (RCPT's recipient, MAIL's sender). */
function addressFits(verb: string, reply: Reply): boolean {
  const code = reply.lines[0].enhanced?.code.split('.');
  if (!code || code[1] !== '1') return false;
  return verb === 'RCPT' ? recipientDetails.has(code[2]) : verb === 'MAIL' && senderDetails.has(code[2]);
}

/**
 * Whether the replies from the suspected stray line on fit their commands only when shifted by one:
 * each command takes the reply after the one it was given. The shift must leave no reply a command
 * cannot get, and must be better than what it replaces: it removes two misfits or a 354 that only
 * DATA gets, or it gives the address codes (X.1.5 "destination address valid") to the commands they
 * speak of. One odd reply alone is a server's own fault (a 250 to QUIT).
 */
function shiftFits(window: Reply[]): boolean {
  const commands = window.map((r) => r.answers as Command);
  let misfits = 0;
  let misplaced354 = false;
  let fitsBefore = 0;
  let fitsAfter = 0;
  for (let i = 0; i < window.length; i++) {
    if (addressFits(commands[i].verb, window[i])) fitsBefore++;
    if (isReplyAllowed(commands[i].verb, window[i].code)) continue;
    misfits++;
    if (window[i].code === '354') misplaced354 = true;
  }
  if (misfits === 0) return false;
  for (let i = 0; i + 1 < window.length; i++) {
    if (commands[i].verb === 'DATA-END' || !isReplyAllowed(commands[i].verb, window[i + 1].code)) return false;
    if (addressFits(commands[i].verb, window[i + 1])) fitsAfter++;
  }
  if (fitsAfter < fitsBefore) return false;
  return misfits >= 2 || misplaced354 || fitsAfter > fitsBefore;
}
