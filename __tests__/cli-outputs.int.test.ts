// What `wflo run` leaves on the terminal: the workflow's outputs at the end, or with --json the
// report and nothing else on stdout (so it pipes into jq).
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { wfloIn } from './support/cli-io.js';
import { REPO_ROOT } from './support/action-harness.js';

const HELLO = path.join(REPO_ROOT, 'workflows-examples', 'hello.yml');

async function wflo(args: string[], cwd?: string) {
  const dir = cwd ?? (await mkdtemp(path.join(tmpdir(), 'wflo-out-')));
  return wfloIn(dir, { PATH: process.env.PATH }, args);
}

describe('wflo run on the terminal', () => {
  it("ends with the workflow's outputs", async () => {
    const r = await wflo(['run', HELLO, '--input', 'who=cli']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /^wflo: hello succeeded in .*\noutputs:\n {2}loud: HELLO, CLI\n {2}letters: 10\n$/,
    );
  });

  it('prints a multi-line output as an indented block, without terminal control sequences', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'wflo-out-'));
    await writeFile(
      path.join(dir, 'f.yml'),
      `version: 1
name: lines
steps:
  - id: say
    shell: { run: "printf 'one\\\\n\\\\033[31mtwo\\\\n'" }
outputs:
  said: \${{ steps.say.outputs.stdout }}
`,
    );
    const r = await wflo(['run', 'f.yml'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('outputs:\n  said: |\n    one\n    two\n');
  });

  it('with --json prints the report on stdout and nothing else', async () => {
    const r = await wflo(['run', HELLO, '--input', 'who=json', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { status: string; outputs: unknown };
    expect(report).toMatchObject({ status: 'succeeded', outputs: { loud: 'HELLO, JSON' } });
    expect(r.stderr).toMatch(/^wflo: hello succeeded/m);
  });
});
