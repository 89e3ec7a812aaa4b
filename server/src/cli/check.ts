/**
 * `smtp-codes check <file-or-dir>...`: the diagnostics the editor would show. Exit 1 on a finding
 * of error severity, 2 on an unreadable or binary file (after reporting every readable one), else 0.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { getLanguageService } from '../service/languageService';
import { defaultSettings, type Settings } from '../service/settings';
import { option, UsageError, type CliRun } from './cliCommand';
import { forEachTextFile } from './files';
import { collectFiles, languageOf } from './languageFiles';

const severityNames: Record<number, string> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info',
  [DiagnosticSeverity.Hint]: 'hint',
};

export const runCheck: CliRun = (inputs, options, io) => {
  const format = option(options.format, ['text', 'json'] as const, 'format', 'text');
  if (!inputs.length) throw new UsageError('check needs at least one file or directory');
  const service = getLanguageService();
  const settings: Settings = { ...defaultSettings, language: options.lang };
  const { files, failed } = collectFiles(inputs, io);
  let hasErrors = false;
  const results: { file: string; languageId: string; diagnostics: Diagnostic[] }[] = [];
  const readFailed = forEachTextFile(files, io, (file, text) => {
    const languageId = languageOf(file, text, options.language);
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
  }, options.progress);
  const ioFailed = failed || readFailed;
  if (format === 'json') io.out(JSON.stringify(results, null, 2) + '\n');
  else if (!ioFailed) {
    const count = results.reduce((n, r) => n + r.diagnostics.length, 0);
    io.err(`${results.length} file${results.length === 1 ? '' : 's'} checked, ${count} diagnostic${count === 1 ? '' : 's'}\n`);
  }
  if (ioFailed) return 2;
  return hasErrors ? 1 : 0;
};
