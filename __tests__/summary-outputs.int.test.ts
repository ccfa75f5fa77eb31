// `show-outputs`: what the models said, in the job summary as GitHub renders it.
import { describe, expect, it } from 'vitest';
import { createRedactor } from '../src/common/secrets.js';
import { MAX_TEXT_SHOWN } from '../src/report/model-texts.js';
import { renderSummary } from '../src/report/summary.js';
import { renderGfm } from './support/gfm.js';
import { runResult, stepRecord } from './support/run-result.js';

const answer = 'Use `x`:\n\n```js\nx()\n```\n<img src=x onerror=alert(1)> @octocat #12 </details>';

function withModels(text = answer) {
  return runResult({
    steps: [
      stepRecord({ id: 'ask', kind: 'llm', outputs: { text } }),
      stepRecord({
        id: 'fixer',
        kind: 'agent',
        outputs: {
          text: 'Fixed the test.',
          transcript: [
            { turn: 1, type: 'reply', text: '', finish_reason: 'tool_calls', tool_calls: ['run'] },
            {
              turn: 1,
              type: 'tool',
              id: 'c1',
              tool: 'run',
              arguments: '{}',
              ok: true,
              result: '',
              duration_ms: 1200,
            },
            {
              turn: 2,
              type: 'tool',
              id: 'c2',
              tool: 'write_file',
              arguments: '{}',
              ok: false,
              result: '',
              duration_ms: 30,
            },
          ],
        },
      }),
      stepRecord({ id: 'lint', kind: 'shell', outputs: { text: 'not a model' } }),
    ],
  });
}

describe('show-outputs in the job summary', () => {
  it("shows each model step's final text literally, collapsed; an agent's tool calls once, in their table", () => {
    const html = renderGfm(renderSummary(withModels(), { showOutputs: true }));
    const section = html.slice(html.indexOf('What the models said'));
    expect(section.match(/<details>/g)).toHaveLength(2);
    expect(section).not.toMatch(/<details open/);
    expect(section).toContain('<summary><code>ask</code> (llm): ');
    const code =
      /<pre><code class="language-text">([\s\S]*?)<\/code><\/pre>/.exec(section)?.[1] ?? '';
    expect(
      code
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&'),
    ).toBe(`${answer}\n`);
    expect(section).not.toMatch(/<img|<a /);
    const table = html.slice(
      html.indexOf('Agent tool calls'),
      html.indexOf('What the models said'),
    );
    expect(html.match(/Agent tool calls/g)).toHaveLength(1);
    expect(table).toMatch(/<td>run<\/td>\n<td>–<\/td>\n<td>ok<\/td>/);
    expect(table).toMatch(/<td>write_file<\/td>\n<td>–<\/td>\n<td>error<\/td>/);
    expect(section).not.toContain('<td>run</td>');
    expect(section).not.toContain('not a model');
  });

  it('leaves the texts out unless asked, and cuts a long one with a pointer to the report', () => {
    expect(renderSummary(withModels())).not.toContain('What the models said');
    const long = 'y'.repeat(MAX_TEXT_SHOWN + 500);
    const html = renderGfm(renderSummary(withModels(long), { showOutputs: true }));
    expect(html).toContain('8,500 characters, the first 8,000 shown');
    expect(html).toContain('y'.repeat(MAX_TEXT_SHOWN));
    expect(html).not.toContain('y'.repeat(MAX_TEXT_SHOWN + 1));
  });

  it('hides the run’s secrets before it cuts', () => {
    const secret = 'sk-live-abcdef123456';
    const result = {
      ...withModels(`${'z'.repeat(MAX_TEXT_SHOWN - 5)}${secret}`),
      redactor: createRedactor([secret]),
    };
    const md = renderSummary(result, { showOutputs: true });
    expect(md).not.toContain('sk-li');
  });
});
