// Every way a run ends, as the job page shows it, and the gate comment with held changes:
// rendered by cmark-gfm as GitHub renders them, checked on the HTML. With WFLO_PAGES_DIR set,
// the Markdown is also written there for scripts/screenshots.sh to photograph.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { linksIn, renderGfm } from './support/gfm.js';
import {
  GATE_URL,
  gateCommentApproved,
  gateCommentWithDiff,
  RUNS,
  summaryOf,
} from './support/pages.js';

const out = process.env.WFLO_PAGES_DIR;

function page(name: string, markdown: string): string {
  if (out !== undefined) {
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, `${name}.md`), markdown);
  }
  return renderGfm(markdown);
}

/** What a reader would see as text: tags dropped, entities decoded once, as a browser does. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

function expectReadable(html: string): void {
  // No entity shows through as text (an escape applied twice, like `&#35;` in a link).
  expect(visibleText(html)).not.toMatch(/&(#\d+|[a-z]+);/);
  // Every link goes somewhere a reader can open.
  for (const href of linksIn(html)) expect(href).toMatch(/^https:\/\/github\.com\/[^\s<>"]+$/);
  // Every collapsed block stays collapsed.
  expect(html).not.toMatch(/<details open/);
  // Every table rendered as a table (a stray pipe would break it into text).
  expect(html).not.toMatch(/^\| /m);
}

describe('the job page', () => {
  for (const name of Object.keys(RUNS) as (keyof typeof RUNS)[]) {
    it(`reads cleanly for a run that ended ${name}`, () => {
      const html = page(`summary-${name}`, summaryOf(name));
      expectReadable(html);
      expect(html).toContain('<table>');
      expect(html).toContain('report: wflo-report-mx1-4f2a.json');
    });
  }

  it('links the gate from a waiting run, once in the reason and once in its row', () => {
    const html = renderGfm(summaryOf('waiting'));
    expect(linksIn(html).filter((h) => h === GATE_URL)).toHaveLength(2);
  });

  it('shows what the models said, collapsed, in a succeeded run', () => {
    const html = renderGfm(summaryOf('succeeded'));
    expect(html).toContain('<h3>What the models said</h3>');
    expect(html.match(/<details>/g)).toHaveLength(2);
    // The agent's tool calls once, in the summary's table, with the MCP server column.
    expect(html.match(/<h3>Agent tool calls<\/h3>/g)).toHaveLength(1);
    expect(html).toContain('<td>run</td>\n<td>–</td>\n<td>error</td>');
  });

  it('shows a failure that was allowed apart from the one that failed the run', () => {
    const html = renderGfm(summaryOf('failed'));
    expect(html).toContain('⚠️ failed (allowed by continue_on_error): it exited 2');
    expect(html).toContain('❌ failed: its command exited 1');
  });

  it('says the budget sentence once in a budget-stopped run', () => {
    const text = visibleText(renderGfm(summaryOf('budget')));
    expect(text.split('its reservation of $0.002100')).toHaveLength(2);
  });

  it('gives a second step refused by the same budget its short sentence, in its own row', () => {
    const html = renderGfm(summaryOf('budget'));
    const row = /<tr>\s*<td>review<\/td>[\s\S]*?<\/tr>/.exec(html)?.[0] ?? '';
    expect(visibleText(row)).toContain(
      "its reservation of $0.001800 does not fit the $0.000595 left of the run's budget either",
    );
    expect(visibleText(row)).not.toContain('held by calls in flight');
  });

  it('names who rejected and why', () => {
    const text = visibleText(renderGfm(summaryOf('rejected')));
    expect(text).toContain('the check belongs in the parser, not in the caller');
    expect(text).toContain('carol');
  });
});

describe('the gate comment with held changes', () => {
  it('shows the diff literally, collapsed, after what is asked and how to answer', () => {
    const html = page('gate-comment-diff', gateCommentWithDiff());
    expectReadable(html);
    expect(html).toContain(
      '<summary>Held changes: 3 files, +7 −1 (from <code>fix</code>)</summary>',
    );
    const code = /<pre><code class="language-diff">([\s\S]*?)<\/code><\/pre>/.exec(html)?.[1] ?? '';
    expect(code).toContain('``` and &lt;/details&gt; in a file stay text');
    expect(code).toContain('Binary files a/docs/logo.png and b/docs/logo.png differ');
    expect(html.indexOf('<strong>How:</strong>')).toBeLessThan(html.indexOf('<details>'));
  });
});

describe('the gate comment once approved', () => {
  it('says who approved, why, with a working link to the answer, and asks nothing more', () => {
    const html = page('gate-comment-approved', gateCommentApproved());
    expectReadable(html);
    const text = visibleText(html);
    expect(text).toContain('carol');
    expect(text).toContain('looks right; the 30 February test is the one we missed');
    expect(html).toMatch(/href="https:\/\/github\.com\/[^"]*#issuecomment-1001"/);
    expect(text).not.toContain('Who may answer');
  });
});
