// The built CLI (dist/cli.js) as a user runs it.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/action-harness.js';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const HELLO = path.join(REPO_ROOT, 'workflows-examples', 'hello.yml');

function wflo(
  args: string[],
  cwd = REPO_ROOT,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('dist/cli.js', () => {
  it('is an executable with a node shebang', async () => {
    expect((await readFile(CLI, 'utf8')).startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect((await stat(CLI)).mode & 0o111).not.toBe(0);
  });

  it('validates every example in workflows-examples/ and exits 0', async () => {
    const dir = path.join(REPO_ROOT, 'workflows-examples');
    const examples = (await readdir(dir))
      .filter((f) => f.endsWith('.yml'))
      .map((f) => path.join(dir, f));
    expect(examples.length).toBeGreaterThanOrEqual(2);
    const r = await wflo(['validate', ...examples]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`${examples.length} files valid\n`);
  });

  it('validates the workflow snippet the README shows', async () => {
    const readme = await readFile(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const snippet = /```yaml\n(# yaml-language-server[\s\S]*?)```/.exec(readme)?.[1];
    expect(snippet).toBeDefined();
    const dir = await mkdtemp(path.join(tmpdir(), 'wflo-cli-'));
    await writeFile(path.join(dir, 'readme.yml'), snippet ?? '');
    const r = await wflo(['validate', 'readme.yml'], dir);
    expect(r.code, r.stderr).toBe(0);
  });

  it('plans an LLM step with its worst-case cost', async () => {
    const r = await wflo(['plan', path.join(REPO_ROOT, 'workflows-examples', 'fix-tests.yml')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/2\s+diagnose\s+llm\s+tests\s+\$0\.\d+/);
    expect(r.stdout).toMatch(/run worst case: \$0\.\d+/);
  });

  it('prints every error of a broken file as file:line:col and exits 2', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'wflo-cli-'));
    await writeFile(
      path.join(dir, 'broken.yml'),
      'version: 1\nname: broken\nsteps:\n  - id: a\n    shell: { run: "echo ${{ inputs.x }}" }\n  - id: a\n    shell: { run: "true" }\n',
    );
    const r = await wflo(['validate', 'broken.yml'], dir);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line).toMatch(/^broken\.yml:\d+:\d+: \S/);
  });

  it('plans the example, showing the parallel wave', async () => {
    const r = await wflo(['plan', HELLO]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('wave 2: shout, count run in parallel');
  });

  it('runs the example end to end and writes the report', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'wflo-cli-'));
    const r = await wflo(['run', HELLO, '--input', 'who=cli', '--report', 'report.json'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('▶ greet (shell)');
    expect(r.stdout).toMatch(/^wflo: hello succeeded/);
    const report = JSON.parse(await readFile(path.join(dir, 'report.json'), 'utf8'));
    expect(report).toMatchObject({
      status: 'succeeded',
      exit_code: 0,
      outputs: { loud: 'HELLO, CLI', letters: 10 },
    });
  });

  it('exits 1 when a step fails', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'wflo-cli-'));
    await writeFile(
      path.join(dir, 'f.yml'),
      'version: 1\nname: f\nsteps:\n  - id: boom\n    shell: { run: "exit 4" }\n',
    );
    const r = await wflo(['run', 'f.yml'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Step 'boom' failed");
  });

  it('exits 2 naming the flag for a bad --budget-usd', async () => {
    const r = await wflo(['run', HELLO, '--budget-usd', 'abc']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "--budget-usd must be a positive number of dollars (e.g. 2.50), got 'abc'",
    );
  });
});

describe('dist/cli.js at an approval gate', () => {
  const gated =
    'version: 1\nname: gated\nsteps:\n  - id: gate\n    approval: { message: "Ship it?" }\n  - id: after\n    shell: { run: "echo shipped" }\n';

  it('passes the gate given --approve', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'wflo-cli-'));
    await writeFile(path.join(dir, 'g.yml'), gated);
    const r = await wflo(['run', 'g.yml', '--approve', 'gate'], dir);
    expect(r.code, r.stderr + r.stdout).toBe(0);
    expect(r.stderr).toContain('shipped');
  });

  it('exits 4 at a gate nobody answered and says how to answer', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'wflo-cli-'));
    await writeFile(path.join(dir, 'g.yml'), gated);
    const r = await wflo(['run', 'g.yml'], dir);
    expect(r.code, r.stderr + r.stdout).toBe(4);
    expect(r.stdout + r.stderr).toContain('--approve gate');
  });

  it('exits 4 when the gate is rejected', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'wflo-cli-'));
    await writeFile(path.join(dir, 'g.yml'), gated);
    const r = await wflo(['run', 'g.yml', '--reject', 'gate'], dir);
    expect(r.code, r.stderr + r.stdout).toBe(4);
    expect(r.stderr).not.toContain('shipped');
  });
});
