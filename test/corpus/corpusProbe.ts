/**
 * What the corpus tests ask the real server about one document, as the editor would: open it over
 * LSP and wait for its diagnostics, hover a position, tell whether a code has its class colour
 * (the grammar's scope or the server's semantic token), and hover every other number.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DidOpenTextDocumentNotification, HoverRequest, SemanticTokensRequest, type Diagnostic, type Hover, type SemanticTokensLegend } from 'vscode-languageserver-protocol/node';
import { decodeSemanticTokens, messageOf, startLspClient, withTimeout, type LspClient } from '../protocol/lspClient';
import { repoRoot, scopesAt, type Token } from '../grammar/grammarHarness';

export type CodeKind = 'reply-code' | 'enhanced-code';
const classNames: Record<string, string> = { '2': 'success', '3': 'intermediate', '4': 'transient', '5': 'permanent' };
// The first line of a code's hover names the code (as the corpus-score yardstick reads it).
const codeTitle = /^#+\s*(?:\S+\s+)?([1-5]\d\d|[245X]\.\d{1,3}\.\d{1,3})\b/;

export interface ProbedDocument {
  text: string;
  diagnostics: Diagnostic[];
  /** The first line of the hover at a 0-based position, Markdown escapes removed. */
  hover(line: number, character: number): Promise<string>;
  /** The code at a 0-based position has its class colour, by the grammar or by a semantic token. */
  coloured(line: number, character: number, kind: CodeKind, code: string): boolean;
  /** Numbers outside `codeSpans` (0-based line → [from, to) columns) whose hover explains them as a code. */
  falseHovers(codeSpans: Map<number, [number, number][]>): Promise<string[]>;
}

export class CorpusProbe {
  private version = 0;
  private constructor(
    private readonly client: LspClient,
    private readonly legend: SemanticTokensLegend,
  ) {}

  static async start(): Promise<CorpusProbe> {
    const client = await startLspClient({
      capabilities: {
        workspace: { configuration: true },
        textDocument: { semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] } },
      },
    });
    return new CorpusProbe(client, client.initializeResult.capabilities.semanticTokensProvider!.legend);
  }

  stop(): Promise<void> {
    return this.client.stop();
  }

  async open(folder: string, file: string, languageId: string, grammarTokens: (text: string) => Token[][]): Promise<ProbedDocument> {
    const { client, legend } = this;
    const text = readFileSync(path.join(repoRoot, folder, file), 'utf8');
    const uri = `file:///corpus/${folder}/${file}`;
    const from = client.published.length;
    const v = ++this.version;
    void client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: v, text } });
    const published = await client.nextDiagnostics(`diagnostics of ${file}`, (p) => p.uri === uri && (p.version === undefined || p.version === v), from);
    const semantic = await withTimeout(client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }), `semantic tokens of ${file}`);
    // "line:col" → "type.modifier…" for every character a semantic token covers.
    const colours = new Map<string, string>();
    for (const t of decodeSemanticTokens(semantic?.data ?? [], legend)) for (let c = t.character; c < t.character + t.length; c++) colours.set(`${t.line}:${c}`, t.name);
    const grammar = grammarTokens(text);
    const hover = async (line: number, character: number) =>
      hoverTitle(await withTimeout(client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } }), `hover in ${file}`));
    return {
      text,
      diagnostics: published.diagnostics,
      hover,
      coloured(line, character, kind, code) {
        const cls = classNames[code[0]];
        const semanticType = `${kind === 'reply-code' ? 'smtpReplyCode' : 'smtpEnhancedCode'}.${cls}`;
        return !!colours.get(`${line}:${character}`)?.startsWith(semanticType) || scopesAt(grammar, line, character).some((s) => s.includes(`${kind}.${cls}`));
      },
      async falseHovers(codeSpans) {
        const found: string[] = [];
        const lines = text.split(/\r\n|\r|\n/);
        for (let line = 0; line < lines.length; line++) {
          for (const m of lines[line].matchAll(/\d+/g)) {
            if ((codeSpans.get(line) ?? []).some(([a, b]) => m.index! >= a && m.index! < b)) continue;
            const got = await hover(line, m.index!);
            if (codeTitle.test(got)) found.push(`${file}:${line + 1}:${m.index! + 1} "${m[0]}" → ${got.slice(0, 50)}`);
          }
        }
        return found;
      },
    };
  }
}

function hoverTitle(hover: Hover | null): string {
  const value = hover ? (hover.contents as { value: string }).value : '';
  return (value.split('\n').find((l) => l.trim()) ?? '').trim().replace(/\\(.)/g, '$1');
}

export interface FaultJudgement {
  found: number;
  misses: string[];
  falseAlarms: string[];
}

/**
 * The listed faults of a file against the warnings and errors the server gave it: a fault counts
 * as found when one lies within a line of it; one near no listed fault is a false alarm, unless its
 * id is among `notFaults` (findings true wherever they fire that no corpus lists as a fault).
 */
export function judgeFaults(file: string, diagnostics: Diagnostic[], faults: { line: number; what: string }[], notFaults = new Set<string>()): FaultJudgement {
  const alarms = diagnostics.filter((d) => (d.severity ?? 1) <= 2);
  const near = (line: number, d: Diagnostic) => Math.abs(d.range.start.line + 1 - line) <= 1;
  const out: FaultJudgement = { found: 0, misses: [], falseAlarms: [] };
  for (const f of faults) {
    if (alarms.some((d) => near(f.line, d))) out.found++;
    else out.misses.push(`${file}:${f.line} fault not reported: ${f.what}`);
  }
  for (const d of alarms) {
    if (notFaults.has(String(d.code)) || faults.some((f) => near(f.line, d))) continue;
    out.falseAlarms.push(`${file}:${d.range.start.line + 1} ${d.code}: ${messageOf(d).slice(0, 80)}`);
  }
  return out;
}

export function percent(n: number, of: number): string {
  return of ? `${((100 * n) / of).toFixed(1)}%` : '–';
}
