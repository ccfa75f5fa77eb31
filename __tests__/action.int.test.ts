// The built action (dist/index.js) run as the runner runs it, main then post.
import { access, copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAKE_GITHUB_TOKEN, REPO_ROOT, runAction } from './support/action-harness.js';

async function workspaceWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'wflo-ws-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}

const exists = (p: string) =>
  access(p).then(
    () => true,
    () => false,
  );

describe('the action over dist/', () => {
  it('runs a shell workflow and writes status, outputs, cost, report file and a summary with the steps table', async () => {
    const ws = await workspaceWith({});
    await mkdir(path.join(ws, '.wflo'));
    await copyFile(
      path.join(REPO_ROOT, 'workflows-examples/hello.yml'),
      path.join(ws, '.wflo/hello.yml'),
    );
    const { main, post } = await runAction({
      workspace: ws,
      with: { workflow: '.wflo/hello.yml', inputs: '{who: runner}', 'budget-usd': '1.25' },
    });
    expect(main.exitCode, main.stdout + main.stderr).toBe(0);
    expect(main.outputs.status).toBe('succeeded');
    expect(main.outputs['cost-usd']).toBe('0');
    expect(main.outputs['budget-usd']).toBe('1.25');
    expect(JSON.parse(main.outputs.outputs ?? '')).toEqual({ loud: 'HELLO, RUNNER', letters: 13 });
    const report = JSON.parse(await readFile(main.outputs['report-file'] ?? '', 'utf8'));
    expect(report).toMatchObject({
      version: 1,
      workflow: 'hello',
      status: 'succeeded',
      exit_code: 0,
      budget_usd: 1.25,
    });
    expect(report.steps.map((s: { id: string }) => s.id)).toEqual([
      'greet',
      'shout',
      'count',
      'report',
    ]);

    expect(main.summary).toContain('| Step | Kind | Status |');
    for (const id of ['greet', 'shout', 'count', 'report'])
      expect(main.summary).toMatch(new RegExp(`\\| ${id} \\| shell \\| ✅ succeeded \\|`));
    expect(main.summary).toContain('$0.00 of $1.25 budget spent');

    // One group per step, and the token masked before anything else is logged.
    const groups = main.commands.filter((c) => c.command === 'group').map((c) => c.message);
    expect(groups.some((g) => g.startsWith('✓ report (shell) succeeded'))).toBe(true);
    expect(main.stdout).toMatch(
      /::group::✓ report \(shell\) succeeded[^\n]*\n::stop-commands::(\S+)\nHELLO, RUNNER has 13 characters\n::\1::\n::endgroup::/,
    );
    expect(main.commands.find((c) => c.command === 'add-mask')?.message).toBe(FAKE_GITHUB_TOKEN);
    expect(main.stdout.split(FAKE_GITHUB_TOKEN)).toHaveLength(2); // only in the add-mask line

    expect(post.exitCode).toBe(0);
    expect(main.state['temp-dir']).toBeTruthy();
    expect(await exists(main.state['temp-dir'] ?? '')).toBe(false);
  });

  it('warns at the line of a gate that may wait longer than a job may run, before anything runs', async () => {
    const ws = await workspaceWith({
      '.wflo/gate.yml':
        'version: 1\nname: gate\nsteps:\n  - id: review\n    approval:\n      auto_approve: true\n      timeout: 24h\n  - id: forever\n    approval:\n      auto_approve: true\n  - id: short\n    approval:\n      auto_approve: true\n      timeout: 2h\n',
    });
    const { main } = await runAction({ workspace: ws, with: { workflow: '.wflo/gate.yml' } });
    expect(main.exitCode, main.stdout + main.stderr).toBe(0);
    const warnings = main.commands.filter((c) => c.command === 'warning');
    expect(warnings.map((w) => [w.properties.file, w.properties.line, w.properties.col])).toEqual([
      ['.wflo/gate.yml', '7', '16'],
      ['.wflo/gate.yml', '8', '5'],
    ]);
    expect(warnings[0]?.message).toBe(
      "The gate 'review' may wait 1d in this job (approval-mode: wait), but GitHub stops a job after 6 h by default and bills the runner while it waits; use approval-mode: resume (the job ends at the gate and the answer's comment continues the run) or a timeout of at most 6h.",
    );
    expect(warnings[1]?.message).toMatch(
      /^The gate 'forever' has no timeout, so it waits in this job until someone answers/,
    );
    // Said before the first step's group opens.
    expect(main.stdout.indexOf('::warning')).toBeLessThan(main.stdout.indexOf('▶ review'));
  });

  it('never lets what a step prints act as a workflow command', async () => {
    const ws = await workspaceWith({
      'w.yml':
        'version: 1\nname: sly\nsteps:\n  - id: sly\n    shell:\n      run: |\n        echo "::add-mask::HELLO"\n        echo "::error file=x,line=1::pwned"\n        echo "::set-output name=status::succeeded"\n',
    });
    const { main } = await runAction({ workspace: ws, with: { workflow: 'w.yml' } });
    expect(main.exitCode, main.stdout).toBe(0);
    expect(main.stdout).toContain('::error file=x,line=1::pwned');
    const commands = main.commands.map((c) => `${c.command}:${c.message}`);
    expect(commands).not.toContain('error:pwned');
    expect(commands).not.toContain('add-mask:HELLO');
    expect(commands.some((c) => c.startsWith('set-output'))).toBe(false);
  });

  it('registers a secret a step echoes with the runner, and keeps it out of the log, summary and report', async () => {
    const secret = 'tok-action-0123456789abcdef';
    const ws = await workspaceWith({
      'w.yml': `version: 1
name: echoes
env: { MY_TOKEN: "${secret}" }
steps:
  - id: short
    shell:
      env: { SHORT_TOKEN: "${secret.slice(0, 10)}" }
      run: echo "short $SHORT_TOKEN"
  - id: leak
    shell:
      env: { MY_TOKEN: "\${{ env.MY_TOKEN }}" }
      run: echo "token $MY_TOKEN $(printf %s "$MY_TOKEN" | base64)"
`,
    });
    const { main } = await runAction({ workspace: ws, with: { workflow: 'w.yml' } });
    expect(main.exitCode, main.stdout).toBe(0);
    const masks = main.commands.filter((c) => c.command === 'add-mask').map((c) => c.message);
    expect(masks).toContain(secret);
    expect(masks).toContain(secret.slice(0, 10));
    // Only the ::add-mask:: lines carry it (the runner swallows those).
    const printed = main.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    expect(printed).toContain('token ***');
    expect(printed).not.toContain(secret);
    expect(printed).not.toContain(Buffer.from(secret).toString('base64').slice(0, 24));
    const report = await readFile(main.outputs['report-file'] ?? '', 'utf8');
    for (const text of [printed, main.summary, report])
      expect(text).not.toContain('0123456789abcdef');
  });

  it('fails the job with one sentence saying which step failed and why', async () => {
    const ws = await workspaceWith({
      'w.yml':
        'version: 1\nname: breaks\nsteps:\n  - id: boom\n    shell: { run: "echo about to fail; exit 3" }\n',
    });
    const { main } = await runAction({ workspace: ws, with: { workflow: 'w.yml' } });
    expect(main.exitCode).toBe(1);
    expect(main.outputs.status).toBe('failed');
    const errors = main.commands.filter((c) => c.command === 'error').map((c) => c.message);
    expect(errors.at(-1)).toMatch(/^wflo: Step 'boom' failed: [^.]*code 3[^.]*\.$/);
    expect(main.summary).toContain('**Why:**');
  });

  it('turns each validation error into an annotation on the workflow file’s line and column', async () => {
    const ws = await workspaceWith({
      'bad.yml':
        'version: 1\nname: bad\nsteps:\n  - id: a\n    shell: { run: "true" }\n  - id: b\n    needs: [nope]\n    shell: { run: "true" }\n',
    });
    const { main } = await runAction({ workspace: ws, with: { workflow: 'bad.yml' } });
    expect(main.exitCode).toBe(1);
    const annotations = main.commands.filter((c) => c.command === 'error' && c.properties.file);
    expect(annotations.length).toBeGreaterThan(0);
    expect(annotations[0]?.properties).toMatchObject({ file: 'bad.yml', line: '7' });
    expect(Number(annotations[0]?.properties.col)).toBeGreaterThan(0);
    expect(annotations[0]?.message).toContain('nope');
    expect(main.commands.at(-1)?.message).toMatch(
      /^The workflow file bad\.yml has \d+ errors?; see the annotations on it\.$/,
    );
    expect(main.outputs.status).toBeUndefined();
    expect(main.summary).toMatch(
      /^## ❌ wflo: bad\.yml is not a valid workflow\n\n- bad\.yml:7:\d+: .*nope/,
    );
  });

  it('names the input and the expected form when an input is wrong, before running anything', async () => {
    const ws = await workspaceWith({
      'w.yml': 'version: 1\nname: x\nsteps:\n  - id: a\n    shell: { run: "touch ran" }\n',
    });
    const { main } = await runAction({
      workspace: ws,
      with: { workflow: 'w.yml', 'budget-usd': 'abc' },
    });
    expect(main.exitCode).toBe(1);
    expect(main.commands.filter((c) => c.command === 'error').map((c) => c.message)).toEqual([
      "Input 'budget-usd' must be a positive number of dollars with at most 6 decimals, e.g. '2.00', got 'abc'",
    ]);
    expect(await exists(path.join(ws, 'ran'))).toBe(false);
  });

  it('prints the plan on a dry run and runs nothing', async () => {
    const ws = await workspaceWith({
      'w.yml': 'version: 1\nname: x\nsteps:\n  - id: a\n    shell: { run: "touch ran" }\n',
    });
    const { main } = await runAction({
      workspace: ws,
      with: { workflow: 'w.yml', 'dry-run': 'true' },
    });
    expect(main.exitCode).toBe(0);
    expect(main.stdout).toMatch(/wave\s+step\s+kind/);
    expect(main.summary).toContain('dry run: nothing ran');
    expect(main.outputs.status).toBeUndefined();
    expect(await exists(path.join(ws, 'ran'))).toBe(false);
  });

  it('ends as cancelled on SIGINT, writes its outputs, and still runs post', async () => {
    const ws = await workspaceWith({
      'w.yml':
        'version: 1\nname: slow\nsteps:\n  - id: wait\n    shell: { run: "sleep 30" }\n  - id: after\n    shell: { run: "touch ran" }\n',
    });
    const started = Date.now();
    const { main, post } = await runAction({
      workspace: ws,
      with: { workflow: 'w.yml' },
      cancelWhen: (stdout) => stdout.includes('▶ wait (shell) started'),
    });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(main.exitCode).toBe(1);
    expect(main.outputs.status).toBe('cancelled');
    expect(await exists(path.join(ws, 'ran'))).toBe(false);
    const report = JSON.parse(await readFile(main.outputs['report-file'] ?? '', 'utf8'));
    expect(report.status).toBe('cancelled');
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain('cleaned up after run');
    expect(await exists(main.state['temp-dir'] ?? '')).toBe(false);
  });
});
