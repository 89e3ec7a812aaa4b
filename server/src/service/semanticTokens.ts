/**
 * Semantic tokens for transcripts: reply codes, enhanced codes, commands and EHLO keywords, taken
 * from the spans the transcript reader produced, so the colours follow whatever dialect the reader
 * understood (known markers or inferred ones) and a number the reader did not take for a code is
 * never coloured. Each type and modifier maps, through package.json `semanticTokenScopes`, onto
 * the exact scope the TextMate grammar gives the same thing, so every theme colours both alike.
 */
import type { Range, SemanticTokensLegend } from 'vscode-languageserver-types';
import { knowledge } from '../knowledge';
import { parseEnhancedCode } from '../knowledge/codes';
import type { Analysis, Span } from './analysis';

export const semanticTokenTypes = ['smtpReplyCode', 'smtpEnhancedCode', 'smtpCommand', 'smtpKeyword'] as const;
/** The grammar's class names (`reply-code.permanent`), plus `obsolete` for SEND, SOML, SAML and TURN. */
export const semanticTokenModifiers = ['success', 'intermediate', 'transient', 'permanent', 'obsolete'] as const;
export type SemanticTokenType = (typeof semanticTokenTypes)[number];
export type SemanticTokenModifier = (typeof semanticTokenModifiers)[number];

export const semanticTokensLegend: SemanticTokensLegend = { tokenTypes: [...semanticTokenTypes], tokenModifiers: [...semanticTokenModifiers] };

/** One token at an absolute position, with its legend indices (modifiers as a bit set). */
export interface SemanticToken {
  line: number;
  character: number;
  length: number;
  tokenType: number;
  tokenModifiers: number;
}

/** Reads the document's text after a span; a function so this file needs no TextDocument. */
export type TextAfter = (line: number, character: number, length: number) => string;

const classByDigit: Record<string, SemanticTokenModifier> = { '2': 'success', '3': 'intermediate', '4': 'transient', '5': 'permanent' };

/** The tokens of a transcript's analysis, sorted, single-line and non-overlapping. Memoised per analysis. */
export function transcriptSemanticTokens(analysis: Analysis, textAfter: TextAfter): SemanticToken[] {
  let tokens = memo.get(analysis);
  if (!tokens) {
    tokens = buildTokens(keyedSpans(analysis), textAfter);
    memo.set(analysis, tokens);
  }
  return tokens;
}

const memo = new WeakMap<Analysis, SemanticToken[]>();

/** The tokens that touch `range` (all of them without one). */
export function tokensInRange(tokens: SemanticToken[], range?: Range): SemanticToken[] {
  if (!range) return tokens;
  const { start, end } = range;
  return tokens.filter(
    (t) =>
      (t.line > start.line || (t.line === start.line && t.character + t.length > start.character)) &&
      (t.line < end.line || (t.line === end.line && t.character < end.character)),
  );
}

/** A keyed single-line span, as tokens need it. */
interface KeyedSpan {
  key: string;
  line: number;
  start: number;
  end: number;
}

/** The keyed, non-empty single-line spans, read from the span table where the analysis has one (no span objects built). */
function keyedSpans(analysis: Analysis): KeyedSpan[] {
  const keyed: KeyedSpan[] = [];
  const table = analysis.spanTable;
  if (table) {
    for (let i = 0; i < table.length; i++) {
      const key = table.key(i);
      if (key && table.end(i) > table.start(i)) keyed.push({ key, line: table.line(i), start: table.start(i), end: table.end(i) });
    }
    return keyed;
  }
  for (const s of analysis.spans as Span[]) {
    if (s.key && s.range.start.line === s.range.end.line && s.range.end.character > s.range.start.character) {
      keyed.push({ key: s.key, line: s.range.start.line, start: s.range.start.character, end: s.range.end.character });
    }
  }
  return keyed;
}

function buildTokens(keyed: KeyedSpan[], textAfter: TextAfter): SemanticToken[] {
  // An EHLO keyword stands right behind its line's reply code ("250-SIZE"); a MAIL parameter never does.
  const replyCodeEnds = new Set(keyed.filter((s) => /^\d{3}$/.test(s.key)).map((s) => `${s.line}:${s.end}`));
  const tokens: SemanticToken[] = [];
  const push = (line: number, character: number, length: number, type: SemanticTokenType, ...modifiers: SemanticTokenModifier[]) => {
    const tokenModifiers = modifiers.reduce((bits, m) => bits | (1 << semanticTokenModifiers.indexOf(m)), 0);
    tokens.push({ line, character, length, tokenType: semanticTokenTypes.indexOf(type), tokenModifiers });
  };
  for (const span of keyed) {
    const { key, line, start: character } = span;
    const length = span.end - character;
    if (/^\d{3}$/.test(key)) {
      if (classByDigit[key[0]]) push(line, character, length, 'smtpReplyCode', classByDigit[key[0]]);
      continue;
    }
    const enhanced = parseEnhancedCode(key);
    if (enhanced) {
      push(line, character, length, 'smtpEnhancedCode', classByDigit[enhanced.cls]);
      continue;
    }
    if (replyCodeEnds.has(`${line}:${character - 1}`)) {
      if (knowledge.extension(key)) push(line, character, length, 'smtpKeyword');
      continue;
    }
    const command = knowledge.command(key);
    const after = textAfter(line, character + length, 16);
    // "AUTH=<>" on a MAIL line is a parameter that shares its name with a command.
    if (!command || after.startsWith('=')) continue;
    const obsolete = command.status === 'obsolete' || command.status === 'deprecated';
    push(line, character, length, 'smtpCommand', ...(obsolete ? (['obsolete'] as const) : []));
    // The grammar colours the FROM of "MAIL FROM:" and the TO of "RCPT TO:" as part of the command.
    const pathWord = /^(?:MAIL|SEND|SOML|SAML)$/.test(key) ? 'FROM' : key === 'RCPT' ? 'TO' : undefined;
    const m = pathWord ? /^([ \t]+)([A-Za-z]+):/.exec(after) : null;
    if (m && m[2].toUpperCase() === pathWord) push(line, character + length + m[1].length, m[2].length, 'smtpCommand');
  }
  tokens.sort((a, b) => a.line - b.line || a.character - b.character);
  // Two producers may explain the same code; one token each place, never two that overlap.
  const kept: SemanticToken[] = [];
  for (const t of tokens) {
    const last = kept[kept.length - 1];
    if (!last || t.line > last.line || t.character >= last.character + last.length) kept.push(t);
  }
  return kept;
}
