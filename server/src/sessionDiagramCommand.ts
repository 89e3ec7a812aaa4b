/**
 * `smtpCodes.server.sessionDiagram`: the session diagram of an open `smtp` or `eml` document, cut to
 * the window of arrows a view shows. The diagram is built once per document version and display
 * language and kept for the next windows (scrolling asks again and again); a transcript's diagram is
 * drawn from the session model of the language service's cached analysis of the same version, so a
 * document the editor has analysed is not read again.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from './knowledge/types';
import type { CommandContext } from './commands';
import { buildSessionDiagram, diagramOfModel, type DiagramView, type SessionDiagram } from './service/sessionDiagram';
import { transcriptModelOf } from './service/transcript/transcriptAnalyzer';

/**
 * The arguments: the document (`uri`), the window of arrows [`from`, `to`), a `line` whose arrow to
 * find, and `sessions: true` for the session list (the overview a view keeps per version).
 */
export interface SessionDiagramArguments {
  uri?: string;
  from?: number;
  to?: number;
  line?: number;
  sessions?: boolean;
}

export type SessionDiagramAnswer = (DiagramView & { uri: string; version: number }) | { error: string };

export const diagramLanguages = new Set(['smtp', 'eml']);

const errors: Record<Lang, { noDocument: string; notTranscript: string }> = {
  en: { noDocument: 'Open an SMTP transcript or a bounce first.', notTranscript: 'The session diagram shows SMTP transcripts and bounces.' },
  de: { noDocument: 'Öffnen Sie zuerst ein SMTP-Transkript oder einen Bounce.', notTranscript: 'Das Sitzungsdiagramm zeigt SMTP-Transkripte und Bounces.' },
};

/** The last few documents' diagrams: a view scrolls one document at a time, edits replace the entry. */
class SessionDiagramCache {
  private readonly entries = new Map<string, { version: number; key: string; diagram: SessionDiagram }>();

  constructor(private readonly size: number) {}

  get(document: TextDocument, key: string, build: () => SessionDiagram): SessionDiagram {
    const hit = this.entries.get(document.uri);
    if (hit && hit.version === document.version && hit.key === key) return hit.diagram;
    const diagram = build();
    this.entries.delete(document.uri);
    this.entries.set(document.uri, { version: document.version, key, diagram });
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!);
    return diagram;
  }
}

const cache = new SessionDiagramCache(4);

export async function sessionDiagramCommand(args: SessionDiagramArguments, lang: Lang, ctx: CommandContext): Promise<SessionDiagramAnswer> {
  const document = ctx.document;
  if (!document) return { error: errors[lang].noDocument };
  if (!diagramLanguages.has(document.languageId)) return { error: errors[lang].notTranscript };
  const settings = await ctx.settingsFor(document);
  const effective = settings ? { ...settings, language: lang } : undefined;
  const key = `${document.languageId}|${lang}|${JSON.stringify(effective?.severity ?? {})}`;
  const diagram = cache.get(document, key, () => {
    // The diagnostics as the editor shows them (severities as configured, silenced ones left out), from the cached analysis.
    const diagnostics = effective ? ctx.service.doValidation(document, effective) : [];
    // A bounce's analysis holds no session model (its diagram reads only the transcript it quotes); a binary document's neither.
    const model = effective && document.languageId === 'smtp' ? transcriptModelOf(ctx.service.analyze(document, effective)) : undefined;
    return model ? diagramOfModel(model, 'transcript', lang, diagnostics) : buildSessionDiagram(document.getText(), document.languageId, lang, diagnostics);
  });
  return { uri: document.uri, version: document.version, ...diagram.view(args) };
}
