// DESIGN.md §9: `wflo validate` warns where text an outside author controls reaches a model's
// instructions and power follows with no approval gate between, at file:line:col, naming the
// source and the sink. Built on the real kinds' traits, never on their names.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main.js';
import type { CliIo } from '../src/cli/io.js';
import { builtinKinds } from '../src/steps/index.js';
import { formatDiagnostic } from '../src/workflow/errors.js';
import { parseWorkflow } from '../src/workflow/load.js';
import { AUTHOR_TEXT } from '../src/workflow/taint.js';

const registry = builtinKinds();

function warnings(source: string): string[] {
  const wf = parseWorkflow(source, 'wf.yml', { registry });
  return (wf.warnings ?? []).map(formatDiagnostic);
}

const head = `version: 1
name: t
defaults:
  llm: { model: gpt-4o-mini, max_tokens: 100 }
  sandbox: { image: 'busybox:1.36' }
steps:
`;

const LLM = (id: string, prompt: string) => `  - id: ${id}
    llm:
      prompt: "${prompt}"
`;
const SHELL = (id: string, env = '') => `  - id: ${id}
    shell:
      run: echo "$X"
${env ? `      env: { X: "${env}" }\n` : ''}`;
const GATE = (id: string) => `  - id: ${id}
    approval:
      message: go on?
`;
const COPY = (id: string) => `  - id: ${id}
    sandbox:
      run: 'true'
      workspace: copy
`;
const READ = (id: string) => `  - id: ${id}
    sandbox:
      run: cat README.md
      workspace: read-only
`;

describe('taint at validation', () => {
  it('warns at the reference, naming the source and the step with power', () => {
    const out = warnings(
      head +
        LLM('sum', 'Summarise: ${{ github.event.pull_request.body }}') +
        SHELL('post', '${{ steps.sum.outputs.text }}'),
    );
    expect(out).toHaveLength(1);
    const [line] = out;
    expect(line).toMatch(/^wf\.yml:9:\d+: /);
    const col = Number(/^wf\.yml:9:(\d+)/.exec(line ?? '')?.[1]);
    const source = head + LLM('sum', 'Summarise: ${{ github.event.pull_request.body }}');
    expect(source.split('\n')[8]?.slice(col - 1)).toMatch(/^github\.event\.pull_request\.body/);
    expect(line).toContain("step 'sum': llm.prompt reads github.event.pull_request.body");
    expect(line).toContain("pull request's author");
    expect(line).toContain("step 'post' after it can run commands on the runner");
  });

  it('names what a step output carries when the text arrives through another step', () => {
    const out = warnings(
      head +
        SHELL('title', '${{ github.event.issue.title }}') +
        LLM('plan', '${{ steps.title.outputs.stdout }}') +
        SHELL('act'),
    );
    // The first shell step is not itself a model: only the llm step is a sink.
    expect(out).toHaveLength(1);
    expect(out[0]).toContain(
      "llm.prompt reads steps.title.outputs.stdout, which carries github.event.issue.title (written by the issue's author)",
    );
  });

  it('counts the checkout (a fork writes it) as outside text', () => {
    const out = warnings(
      head + READ('look') + LLM('judge', '${{ steps.look.outputs.stdout }}') + COPY('fix'),
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toContain('which carries the checkout');
    expect(out[0]).toContain("step 'fix' after it can change the checkout");
  });

  it('is quiet when a gate stands between, or nothing with power follows', () => {
    expect(
      warnings(head + LLM('sum', '${{ github.event.comment.body }}') + GATE('ok') + SHELL('post')),
    ).toEqual([]);
    expect(
      warnings(head + LLM('sum', '${{ github.event.comment.body }}') + LLM('again', 'x')),
    ).toEqual([]);
    expect(
      warnings(head + LLM('sum', '${{ github.event.pull_request.number }}') + SHELL('p')),
    ).toEqual([]);
  });

  it('holds a copy step’s changes for a gate after it, but not a shell step', () => {
    expect(warnings(head + LLM('s', '${{ github.head_ref }}') + COPY('fix') + GATE('ok'))).toEqual(
      [],
    );
    expect(
      warnings(head + LLM('s', '${{ github.head_ref }}') + SHELL('run') + GATE('ok')),
    ).toHaveLength(1);
  });

  it('warns of an agent whose tools read the checkout and whose changes no gate holds', () => {
    const agent = (tools: string) => `  - id: fix
    agent:
      model: gpt-4o-mini
      task: Fix the tests.
      max_tokens: 100
      tools: ${tools}
      sandbox: { image: 'busybox:1.36' }
`;
    const [found, ...more] = warnings(head + agent('[read_file, write_file]'));
    expect(more).toEqual([]);
    expect(found).toMatch(
      /^wf\.yml:8:5: step 'fix': its tools read the checkout \(written by a fork's author/,
    );
    expect(found).toContain('its changes reach the checkout with no approval gate after it');
    expect(warnings(head + agent('[read_file, write_file]') + GATE('ok'))).toEqual([]);
    expect(warnings(head + agent('[read_file, list_files]'))).toEqual([]);
  });

  it('warns when outside text names the image the runner pulls, unless a gate comes first', () => {
    const pull = `  - id: box
    sandbox:
      image: "\${{ steps.pick.outputs.text }}"
      run: 'true'
`;
    const out = warnings(head + LLM('pick', '${{ github.event.issue.body }}') + pull);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(
      /^wf\.yml:12:\d+: step 'box': sandbox\.image reads steps\.pick\.outputs\.text, which carries github\.event\.issue\.body/,
    );
    expect(out[0]).toContain('the runner fetches what it names over its own network');
    expect(
      warnings(head + LLM('pick', '${{ github.event.issue.body }}') + GATE('ok') + pull),
    ).toEqual([]);
    expect(warnings(head + LLM('pick', 'hello') + pull)).toEqual([]);
  });

  it('does not count a gate a step runs past with always()', () => {
    const bypass = `  - id: post
    if: \${{ always() }}
    shell:
      run: echo hi
`;
    expect(
      warnings(head + LLM('s', '${{ github.event.review.body }}') + GATE('ok') + bypass),
    ).toHaveLength(1);
  });

  it('reads into containers: toJSON of the event, a commit list, case-insensitive', () => {
    for (const expr of [
      'toJSON(github.event)',
      'toJSON(github.event.pull_request)',
      'github.event.commits[0].message',
      'GITHUB.EVENT.HEAD_COMMIT.MESSAGE',
      'github.event.pull_request.labels[0].name',
    ]) {
      expect(warnings(head + LLM('s', `\${{ ${expr} }}`) + SHELL('p')), expr).toHaveLength(1);
    }
  });

  it('follows top-level env into a prompt', () => {
    const source = `version: 1
name: t
env: { TITLE: '\${{ github.event.issue.title }}' }
defaults:
  llm: { model: gpt-4o-mini, max_tokens: 100 }
steps:
${LLM('s', '${{ env.TITLE }}')}${SHELL('p')}`;
    expect(warnings(source)[0]).toContain('env.TITLE, which carries github.event.issue.title');
  });

  it('leaves the shipped examples without a warning (each has its gate)', () => {
    for (const file of [
      'workflows-examples/fix-tests.yml',
      'workflows-examples/agent-fix-test/agent-fix-test.yml',
      'workflows-examples/hello.yml',
      'workflows-examples/matrix-review.yml',
    ]) {
      const wf = parseWorkflow(readFileSync(file, 'utf8'), file, { registry });
      expect(wf.warnings ?? [], file).toEqual([]);
    }
  });

  it('lists its sources once each, all under github', () => {
    const paths = AUTHOR_TEXT.map((t) => t.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const p of paths) expect(p).toMatch(/^github\./);
  });

  // The law: with outside text in a prompt and power after it, a gate anywhere between them
  // removes the warning and taking it away brings it back, whatever else stands around them.
  it('a gate between source and sink removes the warning; removing it brings it back', () => {
    const source = fc.constantFrom(...AUTHOR_TEXT.map((t) => t.path.replaceAll('.*', '[0]')));
    const filler = fc.array(fc.constantFrom('llm', 'read'), { maxLength: 3 });
    const power = fc.constantFrom('shell', 'copy');
    fc.assert(
      fc.property(source, filler, filler, power, fc.boolean(), (src, before, after, pow, gated) => {
        let i = 0;
        const make = (what: string) => (what === 'llm' ? LLM(`n${i++}`, 'hello') : READ(`n${i++}`));
        const body = [
          LLM('sink', `\${{ ${src} }}`),
          ...before.map(make),
          ...(gated ? [GATE('gate')] : []),
          ...after.map(make),
          pow === 'shell' ? SHELL('act') : COPY('act'),
        ].join('');
        // A read-only step after the sink reads the checkout, not power: no warning of its own.
        const found = warnings(head + body).filter((w) => w.includes("step 'sink'"));
        expect(found.length).toBe(gated ? 0 : 1);
      }),
      { numRuns: 60 },
    );
  });
});

describe('wflo validate and its warnings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wflo-taint-'));
  const file = join(dir, 'wf.yml');
  writeFileSync(file, head + LLM('sum', '${{ github.event.pull_request.title }}') + SHELL('post'));
  async function validate(args: string[]) {
    let stdout = '';
    let stderr = '';
    const io: CliIo = {
      out: (t) => void (stdout += t),
      err: (t) => void (stderr += t),
      cwd: dir,
      env: {},
      onInterrupt: () => () => undefined,
      forceExit: () => undefined,
    };
    const code = await runCli(['validate', ...args], io);
    return { code, stdout, stderr };
  }

  it('prints file:line:col: warning: and exits 0; --strict exits 2 (docs/cli.md)', async () => {
    const loose = await validate(['wf.yml']);
    expect(loose.code).toBe(0);
    expect(loose.stderr).toMatch(
      /^wf\.yml:9:\d+: warning: step 'sum': llm\.prompt reads github\.event\.pull_request\.title/,
    );
    expect(loose.stdout).toBe('wf.yml: valid\n');
    const strict = await validate(['--strict', 'wf.yml']);
    expect(strict.code).toBe(2);
    expect(strict.stderr).toBe(loose.stderr);
    expect(strict.stdout).toBe('');
  });
});
