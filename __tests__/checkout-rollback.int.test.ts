// The rollback (DESIGN.md §5, issue #6): a run that does not succeed leaves the checkout as it
// was before any `copy` step applied changes — through the CLI, with real containers.
import { chmod, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main.js';
import { requireDocker, TEST_IMAGE } from './support/docker.js';
import { treeHash } from './support/docker-tree.js';

beforeAll(() => requireDocker(), 180_000);

const flow = (testCommand: string) => `version: 1
name: rollback
steps:
  - id: fix
    sandbox:
      image: ${TEST_IMAGE}
      workspace: copy
      run: "sed -i s/bug/ok/ src/app.txt && rm obsolete.txt && mkdir -p lib/new && echo util > lib/new/util.txt"
  - id: tests
    sandbox: { image: ${TEST_IMAGE}, workspace: read-only, run: "${testCommand}" }
`;

async function project(testCommand: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'wflo-rollback-'));
  await mkdir(path.join(dir, 'src'));
  await writeFile(path.join(dir, 'src', 'app.txt'), 'a bug\n');
  await writeFile(path.join(dir, 'obsolete.txt'), 'old\n');
  await writeFile(path.join(dir, 'flow.yml'), flow(testCommand));
  await chmod(dir, 0o755);
  return dir;
}

async function run(dir: string) {
  let output = '';
  const code = await runCli(
    // The file relative to the CLI's working directory, as a user types it.
    ['run', 'flow.yml', '--report', path.join(dir, '..', `${path.basename(dir)}.json`)],
    {
      out: (t) => void (output += t),
      err: (t) => void (output += t),
      cwd: dir,
      env: { PATH: process.env.PATH },
      onInterrupt: () => () => undefined,
      forceExit: () => undefined,
    },
  );
  if (code === 2) throw new Error(output);
  const report = JSON.parse(
    await readFile(path.join(dir, '..', `${path.basename(dir)}.json`), 'utf8'),
  ) as { changes: unknown[] };
  return { code, output, report };
}

describe('the checkout after a run', () => {
  it('is put back byte for byte when a later step fails', { timeout: 120_000 }, async () => {
    const dir = await project('grep -q ok src/app.txt && exit 1');
    const before = treeHash(dir);
    const { code, output, report } = await run(dir);
    expect(code, output).toBe(1);
    expect(treeHash(dir)).toBe(before);
    expect(output).toContain("the changes of step 'fix' were taken back: the run ended failed");
    expect(report.changes).toEqual([
      {
        step: 'fix',
        outcome: 'reverted',
        files: 3,
        reason: 'the run ended failed',
        diff: null,
      },
    ]);
  });

  it(
    'keeps the changes when every step succeeds, and the later step saw them',
    { timeout: 120_000 },
    async () => {
      const dir = await project('grep -q ok src/app.txt');
      const { code, output, report } = await run(dir);
      expect(code, output).toBe(0);
      expect(await readFile(path.join(dir, 'src', 'app.txt'), 'utf8')).toBe('a ok\n');
      expect(await readFile(path.join(dir, 'lib', 'new', 'util.txt'), 'utf8')).toBe('util\n');
      expect(report.changes).toEqual([
        { step: 'fix', outcome: 'applied', files: 3, reason: null, diff: null },
      ]);
    },
  );
});
