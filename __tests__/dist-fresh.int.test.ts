// dist/ is committed (the runner executes it straight from the repository), so it must
// be exactly what `npm run build` makes of src/ today.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { REPO_ROOT } from './support/action-harness.js';

const run = promisify(execFile);

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

it(
  'dist/ is byte for byte the build of src/ (run `npm run build` and commit dist/ if not)',
  { timeout: 180_000 },
  async () => {
    const fresh = await mkdtemp(path.join(tmpdir(), 'wflo-dist-'));
    await run(process.execPath, [path.join(REPO_ROOT, 'scripts/build.mjs'), fresh], {
      cwd: REPO_ROOT,
    });
    const committed = path.join(REPO_ROOT, 'dist');
    const hint = 'dist/ is stale: run `npm run build` and commit dist/';
    expect(await filesUnder(committed), hint).toEqual(await filesUnder(fresh));
    for (const file of await filesUnder(fresh)) {
      const same = (await readFile(path.join(committed, file))).equals(
        await readFile(path.join(fresh, file)),
      );
      expect(same, `${hint} (${file} differs)`).toBe(true);
    }
  },
);
