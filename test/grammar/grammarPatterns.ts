// Every regex of every grammar, with where it comes from.
import { grammarJson, projectGrammars } from './grammarHarness';

export interface GrammarPattern {
  grammar: string;
  /** JSON path of the rule, e.g. `repository.reply.patterns[2].begin`. */
  where: string;
  source: string;
}

export function allPatterns(): GrammarPattern[] {
  const out: GrammarPattern[] = [];
  const visit = (grammar: string, node: any, where: string) => {
    if (Array.isArray(node)) {
      node.forEach((n, i) => visit(grammar, n, `${where}[${i}]`));
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const key of ['match', 'begin', 'end', 'while']) {
      if (typeof node[key] === 'string') out.push({ grammar, where: `${where}.${key}`, source: node[key] });
    }
    for (const [k, v] of Object.entries(node)) {
      if (typeof v === 'object') visit(grammar, v, where ? `${where}.${k}` : k);
    }
  };
  for (const g of projectGrammars) visit(g.id, grammarJson(g), '');
  return out;
}
