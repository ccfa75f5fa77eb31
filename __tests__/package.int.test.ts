// The npm package as a user gets it: `npm pack` lists only what runs, and the tarball,
// installed with no dependencies and nothing else around it, gives a working `wflo`.
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/action-harness.js';

const run = promisify(execFile);

/** What the package holds besides dist/: the schema for editors, the action, and the papers. */
const BESIDE_DIST = [
  'CHANGELOG.md',
  'LICENSE',
  'README.md',
  'action.yml',
  'package.json',
  'schema/workflow.schema.json',
];

interface PackResult {
  filename: string;
  files: Array<{ path: string }>;
}

async function pack(args: string[]): Promise<PackResult> {
  const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', ...args], {
    cwd: REPO_ROOT,
  });
  const [result] = JSON.parse(stdout) as PackResult[];
  if (!result) throw new Error(`npm pack printed no result: ${stdout}`);
  return result;
}

async function distFiles(): Promise<string[]> {
  const dir = path.join(REPO_ROOT, 'dist');
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.posix.join('dist', path.relative(dir, path.join(e.parentPath, e.name))));
}

describe('the npm package', () => {
  it('`npm pack --dry-run` lists dist/, the schema, action.yml and the papers, nothing else', async () => {
    const listed = (await pack(['--dry-run'])).files.map((f) => f.path).sort();
    expect(listed).toEqual([...BESIDE_DIST, ...(await distFiles())].sort());
    expect(listed).toContain('dist/cli.js');
    expect(listed).toContain('dist/index.js');
    expect(listed).toContain('dist/wflo.js');
  });

  it('dist/ is at most 12 MiB (docs/performance.md: one shared bundle, no copy per edge)', async () => {
    let bytes = 0;
    for (const file of await distFiles()) bytes += (await stat(path.join(REPO_ROOT, file))).size;
    expect(bytes / 1024 / 1024).toBeLessThanOrEqual(12);
  });

  it('declares no runtime dependencies and can be published', async () => {
    const pkg = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies'])
      expect(pkg[field], `package.json ${field}: the bundle holds every library`).toBeUndefined();
    expect(pkg.private).toBeUndefined();
    expect(pkg.bin).toEqual({ wflo: 'dist/cli.js' });
  });

  it(
    'installed from its tarball with no dependencies, `wflo` prints its version and validates a file',
    { timeout: 180_000 },
    async () => {
      const work = await mkdtemp(path.join(tmpdir(), 'wflo-package-'));
      const { filename } = await pack(['--pack-destination', work]);
      const prefix = path.join(work, 'prefix');
      await run(
        'npm',
        [
          'install',
          '--global',
          '--prefix',
          prefix,
          '--cache',
          path.join(work, 'npm-cache'),
          '--offline',
          '--no-audit',
          '--no-fund',
          path.join(work, filename),
        ],
        { cwd: work },
      );
      // Only the package's own files: no node_modules beside or above it to fall back on.
      const installed = path.join(prefix, 'lib', 'node_modules', 'wflo');
      expect((await readdir(installed)).sort()).toEqual(
        [
          'CHANGELOG.md',
          'LICENSE',
          'README.md',
          'action.yml',
          'dist',
          'package.json',
          'schema',
        ].sort(),
      );
      const hello = path.join(work, 'hello.yml');
      await copyFile(path.join(REPO_ROOT, 'workflows-examples', 'hello.yml'), hello);
      const env = {
        ...process.env,
        PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
      };
      const bin = path.join(prefix, 'bin', 'wflo');
      const version = await run(bin, ['--version'], { cwd: work, env });
      const pkg = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
        version: string;
      };
      expect(version.stdout).toBe(`${pkg.version}\n`);
      const validated = await run(bin, ['validate', 'hello.yml'], { cwd: work, env });
      expect(validated.stdout).toBe('hello.yml: valid\n');
      const planned = await run(bin, ['plan', 'hello.yml'], { cwd: work, env });
      expect(planned.stdout).toContain('greet');
    },
  );
});
