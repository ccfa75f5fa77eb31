// The one Markdown escaper (issue #13): two named variants, each rendering exactly what its
// users rendered before the two escapers became one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMENT_TEXT_MAX, escapeInline, escapeMarkdown } from '../src/common/markdown.js';
import { escapeText } from '../src/github/gate-comment.js';

/** Text with the characters either variant acts on, and long enough to be cut. */
const risky = fc.string({
  unit: fc.constantFrom(
    'a',
    '1',
    '@',
    '#',
    '&',
    '<',
    '>',
    '|',
    '\n',
    '😀',
    '![i](https://x.io/i.png)',
    'https://x.io/a#b',
    ' ',
  ),
  maxLength: 400,
});

describe('escapeMarkdown', () => {
  it('in the comment variant leaves no tag, mention, reference or image, and keeps to its cap', () => {
    fc.assert(
      fc.property(risky, fc.integer({ min: 20, max: 500 }), (text, max) => {
        const out = escapeMarkdown(text, { kind: 'comment', max });
        expect(out.length).toBeLessThanOrEqual(max);
        expect(out).not.toMatch(/[<>]|@[A-Za-z0-9]|#\d|!\[/);
        // What is not cut reads back as the text: entities decode to what was written.
        if (!out.endsWith('… (truncated)')) {
          const decoded = out
            .replaceAll('\u200b', '')
            .replaceAll('&lt;', '<')
            .replaceAll('&gt;', '>')
            .replaceAll('&amp;', '&');
          expect(decoded).toBe(text);
        }
      }),
    );
    const long = '<@a #1 ![x](https://e.io/p.png) '.repeat(5_000);
    const out = escapeMarkdown(long, { kind: 'comment', max: COMMENT_TEXT_MAX });
    expect(out.length).toBeLessThanOrEqual(COMMENT_TEXT_MAX);
    expect(escapeText(long)).toBe(out);
  });

  it('in the inline variant is escapeInline', () => {
    fc.assert(
      fc.property(risky, (text) => {
        expect(escapeMarkdown(text, { kind: 'inline' })).toBe(escapeInline(text));
      }),
    );
  });

  it('keeps the variants apart: a comment stays readable, inline text is references on one line', () => {
    const text = 'a < b & @octo #7\nnext';
    expect(escapeMarkdown(text, { kind: 'comment', max: 100 })).toBe(
      'a &lt; b &amp; @\u200bocto #\u200b7\nnext',
    );
    expect(escapeMarkdown(text, { kind: 'inline' })).toBe(
      'a &#60; b &#38; &#64;\u200bocto &#35;\u200b7 next',
    );
  });
});
