// The CLI in-process, with a fake loader and a scripted kind in front of the real engine.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../src/cli/io.js';
import { runCli } from '../src/cli/main.js';
import { runWorkflow } from '../src/engine/run.js';
import type { StepKindRegistry } from '../src/engine/types.js';
import type { Engine } from '../src/wiring/engine.js';
import { WFLO_VERSION } from '../src/wiring/version.js';
import { WorkflowError } from '../src/workflow/errors.js';
import type { Workflow } from '../src/workflow/model.js';
import { makeWorkflow, scriptedKind } from './support/engine-fixtures.js';

interface Captured extends CliIo {
  stdout: string;
  stderr: string;
  interrupt(signal: string): void;
  forced: number[];
}

function captureIo(cwd = process.cwd()): Captured {
  let handler: ((s: string) => void) | undefined;
  const io: Captured = {
    stdout: '',
    stderr: '',
    out: (t) => void (io.stdout += t),
    err: (t) => void (io.stderr += t),
    cwd,
    env: {},
    onInterrupt(h) {
      handler = h;
      return () => (handler = undefined);
    },
    interrupt: (s) => handler?.(s),
    forced: [],
    forceExit: (code) => void io.forced.push(code),
  };
  return io;
}

function fakeEngine(files: Record<string, Workflow>): Engine {
  const kind = scriptedKind('test');
  const registry: StepKindRegistry = new Map([['test', kind]]);
  return {
    async load(file) {
      const wf = files[file];
      if (wf) return wf;
      throw new WorkflowError([
        { file, line: 3, col: 5, message: "step 'b' needs 'zz', which is not a step" },
        { file, line: 9, col: 1, message: 'unknown key "stepz"' },
      ]);
    },
    run: runWorkflow,
    registry: () => registry,
  };
}

const ok = makeWorkflow(
  [
    { id: 'a', config: { outputs: { n: 1 } } },
    { id: 'b', needs: ['a'] },
    { id: 'c', needs: ['a'] },
  ],
  { name: 'ok', file: 'ok.yml' },
);
const failing = makeWorkflow([{ id: 'boom', config: { status: 'failed' } }], {
  name: 'failing',
  file: 'failing.yml',
});
const slow = makeWorkflow([{ id: 'wait', config: { delay_ms: 30_000 } }], {
  name: 'slow',
  file: 'slow.yml',
});
const withInput = makeWorkflow([{ id: 'a' }], {
  name: 'inputs',
  file: 'inputs.yml',
  inputs: { n: { type: 'number', required: true } },
});
const engine = fakeEngine({
  'ok.yml': ok,
  'failing.yml': failing,
  'slow.yml': slow,
  'inputs.yml': withInput,
});

describe('wflo validate', () => {
  it('exits 0 for a valid file', async () => {
    const io = captureIo();
    expect(await runCli(['validate', 'ok.yml'], io, engine)).toBe(0);
    expect(io.stdout).toBe('ok.yml: valid\n');
  });

  it('exits 2 with one file:line:col line per error on stderr', async () => {
    const io = captureIo();
    expect(await runCli(['validate', 'ok.yml', 'broken.yml'], io, engine)).toBe(2);
    expect(io.stderr).toBe(
      "broken.yml:3:5: step 'b' needs 'zz', which is not a step\nbroken.yml:9:1: unknown key \"stepz\"\n",
    );
  });

  it('exits 2 when no file is given, saying so', async () => {
    const io = captureIo();
    expect(await runCli(['validate'], io, engine)).toBe(2);
    expect(io.stderr).toContain("'wflo validate' needs at least one FILE");
  });
});

describe('wflo plan', () => {
  it('prints the waves, the parallel steps and the worst-case column', async () => {
    const io = captureIo();
    expect(await runCli(['plan', 'ok.yml'], io, engine)).toBe(0);
    expect(io.stdout).toContain('ok (ok.yml): 3 steps, max_parallel 4');
    expect(io.stdout).toContain('wave 2: b, c run in parallel');
    expect(io.stdout).toMatch(/wave\s+step\s+kind\s+needs\s+worst case/);
  });
});

describe('wflo run', () => {
  it('runs the workflow, prints progress on stderr and a final line, and writes the report', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'wflo-cli-'));
    const io = captureIo(dir);
    expect(
      await runCli(
        ['run', 'ok.yml', '--report', 'out/report.json', '--budget-usd', '1.5'],
        io,
        engine,
      ),
    ).toBe(0);
    expect(io.stderr).toContain('▶ a (test)');
    expect(io.stderr).toMatch(/✓ c succeeded in/);
    expect(io.stdout).toMatch(/^wflo: ok succeeded in .*\$0\.00 of \$1\.50 budget spent/);
    const report = JSON.parse(await readFile(path.join(dir, 'out/report.json'), 'utf8'));
    expect(report).toMatchObject({
      version: 1,
      workflow: 'ok',
      status: 'succeeded',
      exit_code: 0,
      budget_usd: 1.5,
      cost_usd: 0,
    });
    expect(report.steps.map((s: { id: string }) => s.id)).toEqual(['a', 'b', 'c']);
  });

  it('exits 1 when a step fails and says which one', async () => {
    const io = captureIo();
    expect(await runCli(['run', 'failing.yml'], io, engine)).toBe(1);
    expect(io.stdout).toContain("Step 'boom' failed");
  });

  it('ends as cancelled with exit 1 on SIGINT, without waiting for the step', async () => {
    const io = captureIo();
    const started = Date.now();
    const done = runCli(['run', 'slow.yml'], io, engine);
    await new Promise((r) => setTimeout(r, 100));
    io.interrupt('SIGINT');
    expect(await done).toBe(1);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(io.stdout).toContain('slow cancelled');
    expect(io.forced).toEqual([]);
  });

  it('exits at once on a second SIGINT while steps are still stopping', async () => {
    const hanging = makeWorkflow([{ id: 'stuck', config: { delay_ms: 400, hang: true } }], {
      name: 'stuck',
      file: 'stuck.yml',
    });
    const io = captureIo();
    const done = runCli(['run', 'stuck.yml'], io, fakeEngine({ 'stuck.yml': hanging }));
    await new Promise((r) => setTimeout(r, 50));
    io.interrupt('SIGINT');
    io.interrupt('SIGINT');
    expect(io.forced).toEqual([130]);
    await done;
  });

  it('exits 2 naming the flag for a bad budget, an unknown flag or a malformed --input', async () => {
    const cases: Array<[string[], string]> = [
      [
        ['run', 'ok.yml', '--budget-usd', 'lots'],
        "--budget-usd must be a positive number of dollars (e.g. 2.50), got 'lots'",
      ],
      [['run', 'ok.yml', '--budget'], "unknown flag '--budget' for 'wflo run'"],
      [['run', 'ok.yml', '--input', 'novalue'], "--input must be NAME=VALUE, got 'novalue'"],
      [['run', 'ok.yml', '--report'], "flag '--report' needs a value"],
      [
        ['run', 'ok.yml', '--approve', 'g', '--reject', 'g'],
        "step 'g' is given to both --approve and --reject",
      ],
    ];
    for (const [argv, message] of cases) {
      const io = captureIo();
      expect(await runCli(argv, io, engine), argv.join(' ')).toBe(2);
      expect(io.stderr).toContain(message);
    }
  });

  it('exits 2 when an input does not fit the workflow', async () => {
    const io = captureIo();
    expect(await runCli(['run', 'inputs.yml', '--input', 'n=many'], io, engine)).toBe(2);
    expect(io.stderr).toContain("input 'n' must be a number");
  });

  it('exits 2 for an invalid file, printing its errors', async () => {
    const io = captureIo();
    expect(await runCli(['run', 'broken.yml'], io, engine)).toBe(2);
    expect(io.stderr).toContain('broken.yml:3:5:');
  });
});

describe('help and version', () => {
  it('prints one screen of help listing every command and the exit codes', async () => {
    const io = captureIo();
    expect(await runCli(['--help'], io, engine)).toBe(0);
    for (const word of ['validate', 'plan', 'run', '--budget-usd', 'Exit codes'])
      expect(io.stdout).toContain(word);
    expect(io.stdout.split('\n').length).toBeLessThanOrEqual(25);
  });

  it('prints help for one command', async () => {
    const io = captureIo();
    expect(await runCli(['run', '--help'], io, engine)).toBe(0);
    expect(io.stdout).toMatch(/^Usage: wflo run FILE/);
  });

  it('prints the version, which is package.json’s', async () => {
    const io = captureIo();
    expect(await runCli(['--version'], io, engine)).toBe(0);
    const pkg = JSON.parse(
      await readFile(path.join(import.meta.dirname, '..', 'package.json'), 'utf8'),
    );
    expect(io.stdout).toBe(`${pkg.version}\n`);
    expect(WFLO_VERSION).toBe(pkg.version);
  });

  it('exits 2 for an unknown command', async () => {
    const io = captureIo();
    expect(await runCli(['deploy'], io, engine)).toBe(2);
    expect(io.stderr).toContain("unknown command 'deploy'");
  });
});
