/** Suggests the command a misspelled verb was meant to be (HELLO → HELO, EHL0 → EHLO, RCTP → RCPT). */
import { knowledge } from '../../knowledge';

const verbs = knowledge.commands.map((c) => c.command);

/** Optimal string alignment distance: edits plus swaps of neighbours, so RCTP is one step from RCPT. */
function osaDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

export function suggestCommand(word: string): string | undefined {
  const upper = word.toUpperCase();
  if (upper.length < 3 || upper.length > 9) return undefined;
  // Digits that look like letters are the classic typo (EHL0); normalise them before comparing.
  const normalised = upper.replace(/0/g, 'O').replace(/1/g, 'L');
  for (const candidate of [normalised, upper]) {
    const hits = verbs.filter((v) => osaDistance(candidate, v) <= (candidate === upper ? 1 : 0));
    if (hits.length === 1) return hits[0];
  }
  return undefined;
}
