/**
 * Which analyzer serves which language id. The six languages of the extension get their own
 * analyzers; any other language a user adds gets codes in strong contexts only.
 */
import type { Lang } from '../knowledge/types';
import type { Analysis } from './analysis';
import { analyzeStrongContexts } from './strongContext';
import { analyzeTranscript } from './transcript/transcriptAnalyzer';
import { analyzeEml } from './eml/emlAnalyzer';
import { analyzeMailLog } from './log/logAnalyzer';
import { analyzePostfixMain, analyzePostfixMaster } from './postfix/postfixConfig';
import { analyzePostfixLookup } from './postfix/lookupTable';
import type { Settings } from './settings';

/** `uri` names the document where its kind depends on the file name (a Postfix table's kind). */
export type Analyzer = (text: string, lang: Lang, settings: Settings, uri?: string) => Analysis;

export const ownLanguages = ['smtp', 'eml', 'mail-log', 'postfix-main', 'postfix-master', 'postfix-lookup'] as const;
export type OwnLanguage = (typeof ownLanguages)[number];

const analyzers: Record<OwnLanguage, Analyzer> = {
  smtp: analyzeTranscript,
  eml: analyzeEml,
  'mail-log': analyzeMailLog,
  'postfix-main': analyzePostfixMain,
  'postfix-master': analyzePostfixMaster,
  'postfix-lookup': analyzePostfixLookup,
};

export function analyzerFor(languageId: string): Analyzer {
  return analyzers[languageId as OwnLanguage] ?? analyzeStrongContexts;
}

export function isOwnLanguage(languageId: string): languageId is OwnLanguage {
  return (ownLanguages as readonly string[]).includes(languageId);
}

/** The language VS Code would pick for a file name (package.json contributes.languages). */
export function languageForFileName(path: string): OwnLanguage | undefined {
  const name = path.split(/[\\/]/).pop()!.toLowerCase();
  if (name.endsWith('.smtp') || name.endsWith('.smtp.log')) return 'smtp';
  if (name.endsWith('.eml') || name.endsWith('.mbox')) return 'eml';
  if (['maillog', 'mail.log', 'mail.err', 'mail.warn', 'mail.info', 'mainlog', 'rejectlog', 'paniclog'].includes(name)) return 'mail-log';
  if (name === 'main.cf') return 'postfix-main';
  if (name === 'master.cf') return 'postfix-master';
  if (
    name.endsWith('.pcre') ||
    name.endsWith('.regexp') ||
    name.endsWith('_access') ||
    name.endsWith('_checks') ||
    ['access', 'header_checks', 'body_checks', 'mime_header_checks', 'nested_header_checks'].includes(name)
  ) {
    return 'postfix-lookup';
  }
  return undefined;
}

/** VS Code's firstLine detection for transcripts (package.json `firstLine`). */
export const transcriptFirstLine = /^(?:\s*(?:S:|S>|Server:)\s*220[ -]|220[ -][\w.-]+ .*E?SMTP|=== Trying )/;
