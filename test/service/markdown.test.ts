import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeMarkdown, escapeProse, inlineCode } from '../../server/src/service/markdown';

const escapes: [string, string][] = [
  ['[click](http://x.example)', '\\[click\\](http\\://x.example)'],
  ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
  ['*bold* _it_ `code`', '\\*bold\\* \\_it\\_ \\`code\\`'],
  ['# heading', '\\# heading'],
  ['- item', '\\- item'],
  ['1. item', '1\\. item'],
  ['5.1.1 user unknown', '5.1.1 user unknown'],
  ['see www.example.com or user@example.com', 'see www\\.example.com or user\\@example.com'],
  ['a | b', 'a \\| b'],
];

for (const [input, expected] of escapes) {
  test(`escapeMarkdown(${JSON.stringify(input)})`, () => assert.equal(escapeMarkdown(input), expected));
}

test('prose keeps its code spans and escapes the rest', () => {
  assert.equal(escapeProse('Use `MAIL FROM:<a@b>` then *retry*'), 'Use `MAIL FROM:<a@b>` then \\*retry\\*');
});

test('inline code survives backticks', () => {
  assert.equal(inlineCode('a`b'), '``a`b``');
  assert.equal(inlineCode('`x'), '`` `x ``');
});
