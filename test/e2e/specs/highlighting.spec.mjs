// Colour carries meaning: 2xx, 3xx, 4xx and 5xx replies render in four different colours, each
// different from plain text, in a dark and in a light theme. "Different" is measured as a person
// sees it: a CIE76 colour difference of at least 10 between every pair.
import { after, describe } from 'node:test';
import assert from 'node:assert/strict';

const replyLines = {
  '2xx': ['250', /^250 2\.1\.0 Ok$/],
  '3xx': ['354', /^354 /],
  '4xx': ['450', /^450 4\.2\.0 /],
  '5xx': ['550', /^550 5\.1\.1 /],
};

/** CIE L*a*b* of a computed CSS colour `rgb(r, g, b)`. */
function lab(css) {
  const [r, g, b] = css.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((c) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  const f = (t) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047);
  const y = f(r * 0.2126 + g * 0.7152 + b * 0.0722);
  const z = f((r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

/** CIE76 colour difference: about 2 is barely noticeable, 10 and more is plainly different. */
export function colourDifference(a, b) {
  const [l1, a1, b1] = lab(a);
  const [l2, a2, b2] = lab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

const plainlyDifferent = 10;

/** Pairs of classes (and plain text) whose colours are closer than plainly different. */
function tooClose(colours) {
  const names = ['2xx', '3xx', '4xx', '5xx', 'plain'];
  const close = [];
  for (let i = 0; i < names.length; i += 1) {
    for (let j = i + 1; j < names.length; j += 1) {
      const difference = colourDifference(colours[names[i]], colours[names[j]]);
      if (difference < plainlyDifferent) close.push(`${names[i]}/${names[j]} ΔE ${difference.toFixed(1)}`);
    }
  }
  return close;
}

export const themes = [
  ['Default Dark Modern', 'dark'],
  ['Default Light Modern', 'light'],
];

/** Computed colours of one reply code per class, and of plain text, in the active editor. */
export async function replyColours(workbench) {
  const colours = {};
  for (const [cls, [needle, line]] of Object.entries(replyLines)) {
    colours[cls] = await workbench.tokenColor(needle, { line });
  }
  colours.plain = await workbench.defaultForeground();
  return colours;
}

export async function switchTheme(workbench, current, theme, kind) {
  if ((await workbench.themeKind()) === kind && current.settings['workbench.colorTheme'] === theme) return;
  await current.updateSettings({ 'workbench.colorTheme': theme });
  await workbench.until(async () => (await workbench.themeKind()) === kind || `theme is ${await workbench.themeKind()}`, `the ${theme} theme`);
}

export default function highlightingSpecs(session) {
  describe('highlighting', () => {
    for (const [theme, kind] of themes) {
      session.test(`reply classes get four different colours in ${theme}`, async (workbench, current) => {
        await switchTheme(workbench, current, theme, kind);
        await workbench.openFile('transcripts/rejected-recipient.smtp');
        let colours = {};
        // Tokenization and theme application are asynchronous: wait until the colours are distinct.
        await workbench.until(async () => {
          colours = await replyColours(workbench);
          const close = tooClose(colours);
          return close.length === 0 || `too close: ${close.join(', ')} in ${JSON.stringify(colours)}`;
        }, `four reply colours in ${theme}, each plainly different from the others and from plain text`);
        assert.deepEqual(tooClose(colours), []);
      });
    }
    after(async () => {
      if (session.workbench) await switchTheme(session.workbench, session, 'Default Dark Modern', 'dark');
    });
  });
}
