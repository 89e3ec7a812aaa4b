/**
 * Window progress for a long analysis (LSP work-done progress, which vscode-languageclient shows in
 * the status bar). An analysis is one synchronous call, so no timer can fire while it runs: the
 * decision is made before it starts, from the document's size and the speed measured on earlier
 * analyses of the same kind (a cautious guess until then). Only analyses expected to take more
 * than half a second get progress, and only for clients that announce `window.workDoneProgress`.
 * While such an analysis waits for the client to accept its progress token, every other request
 * for the same document waits for it too, so the analysis is never run outside the progress.
 */
import { WorkDoneProgress, WorkDoneProgressCreateRequest, type Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from './knowledge/types';
import type { LanguageService } from './service/languageService';
import type { Settings } from './service/settings';

/** An analysis expected to take longer than this shows progress. */
export const progressAfterMs = 500;
/** Analyses of at least this many characters are timed to learn the speed (below, fixed costs blur it). */
const learnFromChars = 64 * 1024;
/**
 * Milliseconds per million characters until an analysis of the kind has been timed, on the slow
 * side of a busy two-core machine: a guess too slow shows progress a little early, never late.
 * A mail log opened without per-line diagnostics is only scanned on open.
 */
const guessedMsPerMillion: Record<string, number> = { smtp: 2000, eml: 800, 'mail-log': 20, 'mail-log|per-line': 1000 };
const otherKindsMsPerMillion = 1500;

const titles: Record<Lang, (name: string) => string> = {
  en: (name) => `SMTP Codes: analysing ${name}`,
  de: (name) => `SMTP Codes: analysiere ${name}`,
};

export class AnalysisProgress {
  private supported = false;
  private nextToken = 0;
  /** Measured milliseconds per million characters, by kind of analysis. */
  private readonly msPerMillion = new Map<string, number>();
  /** The analysis key each open document was last analysed with here (a reopened document is a new object). */
  private readonly analysed = new WeakMap<TextDocument, string>();
  private readonly running = new WeakMap<TextDocument, { key: string; done: Promise<void> }>();

  constructor(
    private readonly connection: Connection,
    private readonly service: LanguageService,
  ) {}

  /** From the client's capabilities at initialize. */
  setClientSupport(workDoneProgress: boolean | undefined): void {
    this.supported = !!workDoneProgress;
  }

  /**
   * Makes sure the document's analysis for these settings is done before the caller asks the
   * service for it: under window progress when it is expected to be long (the returned promise),
   * else at once and synchronously, or not at all when it is already cached or the client shows
   * no progress (undefined: the caller analyses as it always did).
   */
  ready(document: TextDocument, settings: Settings): Promise<void> | undefined {
    if (!this.supported) return undefined;
    const key = analysisKey(document, settings);
    if (this.analysed.get(document) === key) return undefined;
    const running = this.running.get(document);
    if (running?.key === key) return running.done;
    const chars = document.getText().length;
    if ((chars / 1e6) * this.speedOf(settings, document) < progressAfterMs) {
      if (chars >= learnFromChars) this.analyse(document, settings);
      return undefined;
    }
    const done = this.analyseWithProgress(document, settings).finally(() => {
      if (this.running.get(document)?.done === done) this.running.delete(document);
    });
    this.running.set(document, { key, done });
    return done;
  }

  private async analyseWithProgress(document: TextDocument, settings: Settings): Promise<void> {
    const token = `smtp-codes/analysis/${++this.nextToken}`;
    try {
      await this.connection.sendRequest(WorkDoneProgressCreateRequest.type, { token });
    } catch {
      // The client refused the token: analyse without progress.
      return this.analyse(document, settings);
    }
    const name = decodeURIComponent(document.uri.slice(document.uri.lastIndexOf('/') + 1));
    await this.connection.sendProgress(WorkDoneProgress.type, token, { kind: 'begin', title: titles[settings.language](name), cancellable: false });
    // The begin must leave before the analysis holds the event loop, or it would arrive with the end.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    try {
      this.analyse(document, settings);
    } finally {
      await this.connection.sendProgress(WorkDoneProgress.type, token, { kind: 'end' });
    }
  }

  /** Analyses the document's current version (the cache keeps it for the requests that follow) and learns the speed. */
  private analyse(document: TextDocument, settings: Settings): void {
    const chars = document.getText().length;
    const start = Date.now();
    this.service.analyze(document, settings);
    if (chars >= learnFromChars) this.msPerMillion.set(kindOf(document, settings), (Date.now() - start) / (chars / 1e6));
    this.analysed.set(document, analysisKey(document, settings));
  }

  private speedOf(settings: Settings, document: TextDocument): number {
    const kind = kindOf(document, settings);
    return this.msPerMillion.get(kind) ?? guessedMsPerMillion[kind] ?? otherKindsMsPerMillion;
  }
}

function kindOf(document: TextDocument, settings: Settings): string {
  return document.languageId === 'mail-log' && settings.logPerLineDiagnostics ? 'mail-log|per-line' : document.languageId;
}

/** What the service's AnalysisCache keys an analysis by, with the version. */
function analysisKey(document: TextDocument, settings: Settings): string {
  return `${document.version}|${document.languageId}|${settings.language}|${settings.logPerLineDiagnostics}`;
}
