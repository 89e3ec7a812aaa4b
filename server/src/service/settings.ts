/** Settings that change what the service reports, read per document by the server. */
import type { Lang } from '../knowledge/types';
import type { Severity } from './diagnosticRules';

export interface Settings {
  language: Lang;
  /** Per rule id: a severity, or 'off' to silence it. */
  severity: Record<string, Severity | 'off'>;
  /** Which codes get their meaning as an inlay hint: failures only (the default), all, or none. */
  inlayHints: InlayHintMode;
  /** Per-line information diagnostics in mail logs (quiet by default). */
  logPerLineDiagnostics: boolean;
}

export const defaultSettings: Settings = {
  language: 'en',
  severity: {},
  inlayHints: 'failures',
  logPerLineDiagnostics: false,
};

export type InlayHintMode = 'failures' | 'all' | 'off';

/** The setting's value; the boolean of earlier versions still works (true: all, false: off). */
export function inlayHintMode(value: unknown): InlayHintMode {
  if (value === 'failures' || value === 'all' || value === 'off') return value;
  if (value === true) return 'all';
  if (value === false) return 'off';
  return defaultSettings.inlayHints;
}

/** Picks the language: an explicit setting wins, then the editor's locale, then English. */
export function resolveLanguage(setting: string | undefined, locale: string | undefined): Lang {
  if (setting === 'en' || setting === 'de') return setting;
  return locale?.toLowerCase().startsWith('de') ? 'de' : 'en';
}
