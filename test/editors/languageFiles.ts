/** Sample files for every file name and extension that package.json's contributes.languages maps. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface Language { id: string; extensions?: string[]; filenames?: string[]; filenamePatterns?: string[]; firstLine?: string }

export const languages: Language[] = JSON.parse(readFileSync('package.json', 'utf8')).contributes.languages;

/**
 * Writes one empty file per extension, file name and file-name pattern (by an instance) under
 * `dir`, mail logs under `log/` (where editors' own syslog rules also look); returns path -> language id.
 */
export function writeLanguageSamples(dir: string): Record<string, string> {
  const samples: Record<string, string> = {};
  const write = (name: string, id: string) => {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, '');
    samples[path] = id;
  };
  for (const language of languages) {
    for (const extension of language.extensions ?? []) write(`sample${extension}`, language.id);
    for (const name of language.filenames ?? []) write(language.id === 'mail-log' ? `log/${name}` : name, language.id);
    for (const pattern of language.filenamePatterns ?? []) write(pattern.replace('*', 'smtpd'), language.id);
  }
  return samples;
}
