/**
 * Markdown escaping. Text from a document (a reply text, an address) must never turn into
 * a link, an image, HTML or emphasis in a hover; knowledge prose may only use `code` spans.
 */

// Characters that start emphasis, code, links, images, tables or HTML anywhere in a line.
const inlineSpecial = /[\\`*_[\]|~<>&@]/g;
// Bare URLs that GFM would turn into links.
const autolink = /\b(https?|ftp|mailto)(:)|\b(www)(\.)/gi;
// Line starts that make a heading, list, quote or rule.
const blockStart = /^(\s*)([#>+=-]|\d+[.)](?=\s|$))/;

/** Escapes every character markdown or HTML could interpret, and nothing more. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(inlineSpecial, (ch) => (ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '&' ? '&amp;' : `\\${ch}`))
    .replace(autolink, (_all, scheme?: string, _colon?: string, www?: string) => (scheme ? `${scheme}\\:` : `${www}\\.`))
    .replace(blockStart, (_all, space: string, marker: string) => `${space}${marker.replace(/[#+=.)-]/, (c) => `\\${c}`)}`);
}

/** Escapes knowledge prose but keeps its `inline code` spans. */
export function escapeProse(text: string): string {
  return text
    .split('`')
    .map((part, i) => (i % 2 === 1 ? inlineCode(part) : escapeMarkdown(part)))
    .join('');
}

/** A code span that survives any content, including backticks. */
export function inlineCode(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\r?\n/g, ' ')}${pad}${fence}`;
}

/** Knowledge prose for plain-text output: backticks removed. */
export function plainProse(text: string): string {
  return text.replace(/`/g, '');
}
