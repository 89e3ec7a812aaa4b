/** Settings that change what the service reports, read per document by the server. */
import type { Lang } from '../knowledge/types';
import type { Severity } from './diagnosticRules';

export interface Settings {
  language: Lang;
  /** Per rule id: a severity, or 'off' to silence it. */
  severity: Record<string, Severity | 'off'>;
  inlayHints: boolean;
  /** Per-line information diagnostics in mail logs (quiet by default). */
  logPerLineDiagnostics: boolean;
}

export const defaultSettings: Settings = {
  language: 'en',
  severity: {},
  inlayHints: true,
  logPerLineDiagnostics: false,
};

/** Picks the language: an explicit setting wins, then the editor's locale, then English. */
export function resolveLanguage(setting: string | undefined, locale: string | undefined): Lang {
  if (setting === 'en' || setting === 'de') return setting;
  return locale?.toLowerCase().startsWith('de') ? 'de' : 'en';
}
