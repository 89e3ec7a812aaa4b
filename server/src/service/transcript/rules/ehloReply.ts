/**
 * The shape of a positive EHLO reply (RFC 5321 §4.1.1.1): "250-" Domain first, then one ehlo-line
 * (a keyword and its parameters) per line, and nothing after the line with "250 ".
 */
import { range } from '../../analysis';
import { isEhloKeyword } from '../commandSyntax';
import { replies, type TranscriptRule } from './ruleContext';


export const ehloReplyRule: TranscriptRule = {
  ids: ['smtp.malformed-ehlo-reply'],
  check({ model, report }) {
    const all = replies(model);
    for (let i = 0; i < all.length; i++) {
      const reply = all[i].reply;
      if (reply.strayAfterEhlo) {
        const l = reply.lines[0];
        report('smtp.malformed-ehlo-reply', range(l.line, l.col, l.endCol), ['stray-line', l.code]);
      }
      if (reply.strayText) {
        const s = reply.strayText;
        report('smtp.malformed-ehlo-reply', range(s.line, s.col, s.col + s.text.length), ['stray-text', s.text]);
      }
      if (!reply.ehloLines) continue;
      const [first, ...rest] = reply.lines;
      const word = reply.ehloFirstWord!;
      // The server's domain comes first; a keyword there is lost to clients that skip that line.
      if (rest.length && isEhloKeyword(word.text) && !word.text.includes('.')) {
        report('smtp.malformed-ehlo-reply', range(first.line, word.col, word.col + word.text.length), ['keyword-first', word.text]);
      }
      const last = rest[rest.length - 1];
      if (last && !last.text.trim()) report('smtp.malformed-ehlo-reply', range(last.line, last.col, last.endCol), ['empty-last', last.code]);
      for (const e of reply.ehloLines) {
        // "250-50000000": a SIZE value that lost its keyword (RFC 1870 §4 writes "SIZE 50000000").
        if (/^\d+$/.test(e.keyword)) report('smtp.malformed-ehlo-reply', range(e.line, e.col, e.col + e.written.length), ['value-alone', e.written]);
      }
    }
  },
};
