#!/usr/bin/env node
/**
 * smtp-codes: the command-line face of the same service the editor uses.
 * Exit codes: 0 fine, 1 findings of error severity (check) or no hover (hover), 2 usage or I/O error.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { Lang } from './knowledge/types';
import { compareQuery, explainQuery, UnknownCodeError, type OutputFormat } from './service/catalog';
import { isOwnLanguage, languageForFileName, transcriptFirstLine } from './service/documentKinds';
import { getLanguageService } from './service/languageService';
import { firstLine } from './service/lines';
import { looksLikeTranscript } from './service/transcriptDetection';
import { defaultSettings, type Settings } from './service/settings';
import { cliExtensions } from './cliExtensions';

const usage = `Usage:
  smtp-codes explain <code> [--lang en|de] [--format text|markdown|json]
  smtp-codes compare <codeA> <codeB> [--lang en|de] [--format text|markdown|json]
  smtp-codes check <file-or-dir>... [--format text|json] [--language <id>] [--lang en|de]
  smtp-codes hover <file> <line>:<col> [--format markdown|json] [--language <id>] [--lang en|de]
${cliExtensions.map((c) => `  ${c.usage}`).join('\n')}`.trimEnd();

export class UsageError extends Error {}

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

const severityNames: Record<number, string> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info',
  [DiagnosticSeverity.Hint]: 'hint',
};

function option<T extends string>(value: string | undefined, allowed: readonly T[], name: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got '${value}')`);
  return value as T;
}

export function runCli(argv: string[], io: CliIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        lang: { type: 'string' },
        format: { type: 'string' },
        language: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    io.err(`smtp-codes: ${(e as Error).message.split('\n')[0]}\n`);
    return 2;
  }
  const [command, ...rest] = parsed.positionals;
  if (parsed.values.help || !command) {
    (parsed.values.help ? io.out : io.err)(`${usage}\n`);
    return parsed.values.help ? 0 : 2;
  }
  try {
    const lang = option(parsed.values.lang, ['en', 'de'] as const, 'lang', 'en');
    switch (command) {
      case 'explain':
        if (rest.length !== 1) throw new UsageError('explain takes exactly one code');
        io.out(explainQuery(rest[0], lang, option(parsed.values.format, ['text', 'markdown', 'json'] as const, 'format', 'text')));
        return 0;
      case 'compare':
        if (rest.length !== 2) throw new UsageError('compare takes exactly two codes');
        io.out(compareQuery(rest[0], rest[1], lang, option(parsed.values.format, ['text', 'markdown', 'json'] as const, 'format', 'text')));
        return 0;
      case 'check':
        return check(rest, lang, option(parsed.values.format, ['text', 'json'] as const, 'format', 'text'), parsed.values.language, io);
      case 'hover':
        return hover(rest, lang, option(parsed.values.format, ['markdown', 'json'] as const, 'format', 'markdown'), parsed.values.language, io);
      default: {
        const extension = cliExtensions.find((c) => c.name === command);
        if (extension) return extension.run(rest, { lang, format: parsed.values.format, language: parsed.values.language }, io);
        throw new UsageError(`unknown command '${command}'\n${usage}`);
      }
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof UnknownCodeError) {
      io.err(`smtp-codes: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

/** How much of the text is searched for a NUL: the editor's rule (analyzeSafely in languageService.ts). */
const binarySniffLength = 8192;

/**
 * Reads a text file as UTF-8 (invalid bytes become U+FFFD, as in VS Code, so line:column agree with
 * the editor), refusing binary content with a clear reason. The NUL is looked for among the first
 * 8192 characters of the decoded text, not bytes, so that the CLI refuses exactly what the editor
 * marks as binary (multi-byte characters would otherwise move the limit).
 */
export function readTextFile(path: string): string {
  const text = readFileSync(path).toString('utf8');
  if (text.slice(0, binarySniffLength).includes('\u0000')) throw new Error('binary file (contains NUL bytes)');
  return text;
}

function languageOf(path: string, text: string, override: string | undefined): string | undefined {
  if (override) return override;
  // A file named for nothing (a paste saved as .txt) is a transcript when it reads like one, as in the editor.
  const transcript = transcriptFirstLine.test(firstLine(text.slice(0, 1000))) || looksLikeTranscript(text);
  return languageForFileName(path) ?? (transcript ? 'smtp' : undefined);
}

function collectFiles(inputs: string[], io: CliIo): { files: string[]; failed: boolean } {
  const files: string[] = [];
  let failed = false;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && languageForFileName(path)) files.push(path);
    }
  };
  for (const input of inputs) {
    try {
      if (statSync(input).isDirectory()) walk(input);
      else files.push(input);
    } catch (e) {
      io.err(`smtp-codes: ${input}: ${ioReason(e)}\n`);
      failed = true;
    }
  }
  return { files, failed };
}

/**
 * Reads each file and hands its text to `use`; a file that cannot be read or is binary is reported
 * in one line and skipped, so every readable file is still handled. Returns whether any failed.
 */
export function forEachTextFile(files: string[], io: CliIo, use: (file: string, text: string) => boolean | void): boolean {
  let failed = false;
  for (const file of files) {
    let text: string;
    try {
      text = readTextFile(file);
    } catch (e) {
      io.err(`smtp-codes: ${file}: ${ioReason(e)}\n`);
      failed = true;
      continue;
    }
    if (use(file, text) === false) failed = true;
  }
  return failed;
}

export function ioReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (e as Error).message.split('\n')[0];
}

function check(inputs: string[], lang: Lang, format: 'text' | 'json', language: string | undefined, io: CliIo): number {
  if (!inputs.length) throw new UsageError('check needs at least one file or directory');
  const service = getLanguageService();
  const settings: Settings = { ...defaultSettings, language: lang };
  const { files, failed } = collectFiles(inputs, io);
  let hasErrors = false;
  const results: { file: string; languageId: string; diagnostics: Diagnostic[] }[] = [];
  const readFailed = forEachTextFile(files, io, (file, text) => {
    const languageId = languageOf(file, text, language);
    if (!languageId) {
      io.err(`smtp-codes: ${file}: cannot tell the file's language from its name; pass --language <id>\n`);
      return false;
    }
    const document = TextDocument.create(`file://${file}`, languageId, 1, text);
    const diagnostics = service.doValidation(document, settings);
    service.forget(document.uri);
    hasErrors ||= diagnostics.some((d) => d.severity === DiagnosticSeverity.Error);
    results.push({ file, languageId, diagnostics: diagnostics.map(({ data: _data, ...d }) => d) });
    if (format === 'text') {
      for (const d of diagnostics) {
        io.out(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${severityNames[d.severity ?? 1]} ${d.code}: ${d.message}\n`);
      }
    }
  });
  const ioFailed = failed || readFailed;
  if (format === 'json') io.out(JSON.stringify(results, null, 2) + '\n');
  else if (!ioFailed) {
    const count = results.reduce((n, r) => n + r.diagnostics.length, 0);
    io.err(`${results.length} file${results.length === 1 ? '' : 's'} checked, ${count} diagnostic${count === 1 ? '' : 's'}\n`);
  }
  if (ioFailed) return 2;
  return hasErrors ? 1 : 0;
}

function hover(args: string[], lang: Lang, format: 'markdown' | 'json', language: string | undefined, io: CliIo): number {
  if (args.length !== 2) throw new UsageError('hover takes a file and a position <line>:<col>');
  const [file, position] = args;
  const m = /^(\d+):(\d+)$/.exec(position);
  if (!m || Number(m[1]) < 1 || Number(m[2]) < 1) throw new UsageError(`position must be <line>:<col>, 1-based (got '${position}')`);
  let text: string;
  try {
    text = readTextFile(file);
  } catch (e) {
    throw new UsageError(`${file}: ${ioReason(e)}`);
  }
  const languageId = languageOf(file, text, language);
  if (!languageId) throw new UsageError(`${file}: cannot tell the file's language from its name; pass --language <id>`);
  if (!isOwnLanguage(languageId) && !language) throw new UsageError(`${file}: unsupported language '${languageId}'`);
  const document = TextDocument.create(`file://${file}`, languageId, 1, text);
  const result = getLanguageService().doHover(document, { line: Number(m[1]) - 1, character: Number(m[2]) - 1 }, { ...defaultSettings, language: lang });
  if (!result) {
    io.err(`smtp-codes: no hover at ${file}:${position}\n`);
    return 1;
  }
  io.out(format === 'json' ? JSON.stringify(result, null, 2) + '\n' : (result.contents as { value: string }).value);
  return 0;
}

