// What users see: the job summary and the gate comment rendered as GitHub renders Markdown
// (cmark-gfm with GitHub's extensions), checked on the HTML, not on the Markdown text.
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../src/engine/types.js';
import { escapeInline } from '../src/common/markdown.js';
import { renderSummary } from '../src/report/summary.js';
import { makeWorkflow } from './support/engine-fixtures.js';
import { linksIn, renderGfm } from './support/gfm.js';
import { runResult, stepRecord } from './support/run-result.js';

const GATE_URL = 'https://github.com/octo-org/octo-repo/pull/7#issuecomment-1000';

function waitingRun(error: string): RunResult {
  return runResult({
    workflow: makeWorkflow([{ id: 'review' }], { name: 'demo', file: '.wflo/demo.yml' }),
    status: 'waiting_approval',
    reason: `Step 'review' is waiting for approval: ${error}.`,
    steps: [stepRecord({ id: 'review', kind: 'approval', status: 'waiting_approval', error })],
    outputs: {},
    costMicros: 0,
    reservedPeakMicros: 0,
  });
}

/** The table's body cells, as HTML. */
function cells(html: string): string[] {
  const body = html.slice(html.indexOf('<tbody>'));
  return [...body.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => m[1] ?? '');
}

/** The tags in a piece of HTML, other than the links wflo itself writes. */
function tagsBesideLinks(html: string): string[] {
  return [...html.matchAll(/<(?!a href="https:\/\/[^"]*">|\/a>)[^>]*>/g)].map((m) => m[0]);
}

describe('the job summary as GitHub renders it', () => {
  it('links the gate comment exactly, in the reason and in the table', () => {
    const html = renderGfm(
      renderSummary(
        waitingRun(
          `answer on the pull request (${GATE_URL}) with /approve review, /reject review <reason>, or a review`,
        ),
      ),
    );
    expect(linksIn(html)).toEqual([GATE_URL, GATE_URL]);
    // The bracket after the address is text again, not part of the link.
    expect(html).toContain(`(<a href="${GATE_URL}">${GATE_URL}</a>) with /approve review`);
    expect(html).toContain('/reject review &lt;reason&gt;');
  });

  it('keeps addresses whole, with their query, brackets and fragment, and trims prose punctuation', () => {
    const url = 'https://example.com/a_b/(x)/p?q=1&y=2#frag';
    const html = renderGfm(escapeInline(`see ${url}. Then (${url}), and https:// alone`));
    expect(linksIn(html)).toEqual([url, url]);
    expect(html).toContain('https:// alone');
  });

  it('leaves text a step or model wrote inert: no tag, image, link, cell, mention or reference', () => {
    const attack = [
      '<img src=x onerror=alert(1)>',
      '![pixel](https://evil.example/p.png)',
      '[click](javascript:alert(1))',
      'a | b | c',
      '@octo-org/admins please merge #12',
      '<!-- wflo:gate run=r1 step=review -->',
      '**bold** _it_ ~~gone~~ `code` $x$',
      'https://evil.example/x"onmouseover="alert(1)',
      'https://evil.example/<script>alert(1)</script>',
    ].join(' ');
    const html = renderGfm(renderSummary(waitingRun(attack)));
    const why = html.match(/<p><strong>Why:<\/strong>([\s\S]*?)<\/p>/)?.[1] ?? '';
    // One row, seven cells: the pipes did not split the status cell.
    expect(cells(html)).toHaveLength(7);
    const status = cells(html)[2] ?? '';
    for (const text of [why, status]) {
      expect(tagsBesideLinks(text)).toEqual([]);
      expect(text).toContain('a | b | c');
      // A zero-width space keeps GitHub from reading a team mention or an issue reference.
      expect(text).toContain('@\u200bocto-org/admins please merge #\u200b12');
      expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    }
    // Only the bare addresses became links, cut where a quote or a bracket begins.
    expect(new Set(linksIn(why + status))).toEqual(
      new Set(['https://evil.example/p.png', 'https://evil.example/x', 'https://evil.example/']),
    );
  });
});
