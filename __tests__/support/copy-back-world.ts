// The copy-back laws (issue #12), as a fast-check property shared by copy-back-laws.unit.test.ts
// and the invariant suite: for a random checkout (files, folders, symlink chains, some leading
// out) and a random change set (files, deletions, symlinks with random targets), applying
//   L1 refuses the whole set and leaves the checkout byte-for-byte as it was, or
//   L2 applies exactly the set: every path it names is as it says, every other one unchanged;
//   L3 every symlink the set added resolves, by the kernel's own realpath, inside the checkout
//      and outside any .git (or resolves nowhere);
//   L4 taking it back restores every file and link as before;
//   L5 nothing outside the checkout root ever changes.
import { createHash } from 'node:crypto';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { applyChanges } from '../../src/checkout/apply.js';
import { ChangeRejectedError, type Change } from '../../src/checkout/change-set.js';
import { hasDotGit } from '../../src/checkout/protected-paths.js';

const NAMES = ['a', 'b', 'd', 'D', 'e', '.GIT', 'up'];
const TOKENS = ['.', '..', '..', 'a', 'b', 'd', 'D', 'e', 'up', 'etc', '.git', 'outside'];

const pathFrom = (names: string[]) =>
  fc.array(fc.constantFrom(...names), { minLength: 1, maxLength: 3 }).map((p) => p.join('/'));
const pathArb = pathFrom(NAMES);
// A change set names .GIT now and then: most cases should reach the symlink and write rules.
const changePathArb = fc.oneof(
  { weight: 15, arbitrary: pathFrom(NAMES.filter((n) => n !== '.GIT')) },
  { weight: 1, arbitrary: pathArb },
);
const targetArb = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 5 })
      .map((t) => t.join('/')),
  },
  { weight: 1, arbitrary: fc.constantFrom('/etc/passwd', '/', '/tmp') },
);

export type EntryPlan =
  | { path: string; type: 'file'; text: string; exec: boolean }
  | { path: string; type: 'dir' }
  | { path: string; type: 'symlink'; target: string };

export type ChangePlan =
  | { path: string; op: 'file'; status: 'added' | 'modified'; text: string; exec: boolean }
  | { path: string; op: 'symlink'; status: 'added' | 'modified'; target: string }
  | { path: string; op: 'delete' };

export interface CopyBackCase {
  tree: EntryPlan[];
  changes: ChangePlan[];
}

export const copyBackCaseArb: fc.Arbitrary<CopyBackCase> = fc.record({
  tree: fc.array(
    fc.oneof(
      fc.record({
        path: pathArb,
        type: fc.constant('file' as const),
        text: fc.constantFrom('one\n', 'two\n', ''),
        exec: fc.boolean(),
      }),
      fc.record({ path: pathArb, type: fc.constant('dir' as const) }),
      fc.record({ path: pathArb, type: fc.constant('symlink' as const), target: targetArb }),
    ),
    { maxLength: 8 },
  ),
  changes: fc.array(
    fc.oneof(
      fc.record({
        path: changePathArb,
        op: fc.constant('file' as const),
        status: fc.constantFrom('added' as const, 'modified' as const),
        text: fc.constantFrom('new\n', 'one\n', '#!/bin/sh\n'),
        exec: fc.boolean(),
      }),
      fc.record({
        path: changePathArb,
        op: fc.constant('symlink' as const),
        status: fc.constantFrom('added' as const, 'modified' as const),
        target: targetArb,
      }),
      fc.record({ path: changePathArb, op: fc.constant('delete' as const) }),
    ),
    { minLength: 1, maxLength: 8 },
  ),
});

/** Files and links under `root` (folders only as the way to them), `.git` included. */
function entries(root: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (rel: string) => {
    for (const name of readdirSync(join(root, rel)).sort()) {
      const path = rel ? `${rel}/${name}` : name;
      const stat = lstatSync(join(root, path));
      if (stat.isSymbolicLink()) found.set(path, `link:${readlinkSync(join(root, path))}`);
      else if (stat.isDirectory()) walk(path);
      else {
        const sum = createHash('sha256')
          .update(readFileSync(join(root, path)))
          .digest('hex');
        found.set(path, `file:${(stat.mode & 0o111) !== 0}:${sum}`);
      }
    }
  };
  walk('');
  return found;
}

/** Everything under the temp root but the checkout, folders and modes included. */
function outsideHash(root: string): string {
  const hash = createHash('sha256');
  const walk = (rel: string) => {
    for (const name of readdirSync(join(root, rel)).sort()) {
      const path = rel ? `${rel}/${name}` : name;
      if (path === 'checkout') continue;
      const stat = lstatSync(join(root, path));
      hash.update(`${path}\0${stat.mode}\0${stat.mtimeMs}\0`);
      if (stat.isSymbolicLink()) hash.update(readlinkSync(join(root, path)));
      else if (stat.isDirectory()) walk(path);
      else hash.update(readFileSync(join(root, path)));
    }
  };
  walk('');
  return hash.digest('hex');
}

/** Builds the planned tree, never through a link or below a file (the user's own links may lead out). */
function build(checkout: string, tree: readonly EntryPlan[]): void {
  for (const entry of tree) {
    const parts = entry.path.split('/');
    let blocked = false;
    for (let i = 1; i < parts.length && !blocked; i++) {
      const parent = join(checkout, ...parts.slice(0, i));
      const stat = (() => {
        try {
          return lstatSync(parent);
        } catch {
          return undefined;
        }
      })();
      if (stat === undefined) mkdirSync(parent);
      else if (!stat.isDirectory()) blocked = true;
    }
    const target = join(checkout, entry.path);
    let exists = true;
    try {
      lstatSync(target);
    } catch {
      exists = false;
    }
    if (blocked || exists) continue;
    if (entry.type === 'dir') mkdirSync(target);
    else if (entry.type === 'symlink') symlinkSync(entry.target, target);
    else writeFileSync(target, entry.text, { mode: entry.exec ? 0o755 : 0o644 });
  }
}

function toChange(plan: ChangePlan): Change {
  const stat = { additions: 0, deletions: 0, binary: false };
  if (plan.op === 'delete') return { path: plan.path, status: 'deleted', ...stat };
  if (plan.op === 'symlink')
    return { path: plan.path, status: plan.status, type: 'symlink', target: plan.target, ...stat };
  return {
    path: plan.path,
    status: plan.status,
    type: 'file',
    mode: plan.exec ? 0o755 : 0o644,
    content: Buffer.from(plan.text),
    ...stat,
  };
}

/** Checks L1–L5 for one case; throws (with what broke) when a law does not hold. */
export async function checkCopyBackLaws(c: CopyBackCase): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'wflo-laws-'));
  try {
    const checkout = join(root, 'checkout');
    mkdirSync(join(checkout, '.git'), { recursive: true });
    writeFileSync(join(checkout, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    writeFileSync(join(root, 'sentinel'), 'outside\n');
    mkdirSync(join(root, 'outside', 'etc'), { recursive: true });
    writeFileSync(join(root, 'outside', 'etc', 'passwd'), 'root:x:0:0\n');
    build(checkout, c.tree);
    const outside = outsideHash(root);
    const before = entries(checkout);
    const set = { changes: c.changes.map(toChange) };

    let applied;
    try {
      applied = await applyChanges(set, checkout);
    } catch (error) {
      if (!(error instanceof ChangeRejectedError)) throw error;
      // L1: refused whole, nothing written.
      expect(entries(checkout), 'L1: a refused set left the checkout as it was').toEqual(before);
      expect(outsideHash(root), 'L5: nothing outside changed').toBe(outside);
      return;
    }
    // L2: exactly the set.
    const expected = new Map(before);
    for (const change of set.changes) {
      if (change.status === 'deleted') expected.delete(change.path);
      else if (change.type === 'symlink') expected.set(change.path, `link:${change.target}`);
      else {
        const sum = createHash('sha256').update(change.content).digest('hex');
        expected.set(change.path, `file:${(change.mode & 0o111) !== 0}:${sum}`);
      }
    }
    expect(entries(checkout), 'L2: the set was applied exactly').toEqual(expected);
    // L3: the kernel agrees every added link stays inside.
    const realRoot = realpathSync(checkout);
    for (const change of set.changes) {
      if (change.status === 'deleted' || change.type !== 'symlink') continue;
      let real: string;
      try {
        real = realpathSync(join(checkout, change.path));
      } catch {
        continue; // resolves nowhere (dangling or a loop the kernel refuses)
      }
      const inside = relative(realRoot, real);
      expect(
        inside === '' || (!inside.startsWith('..') && !inside.startsWith(sep)),
        `L3: ${change.path} -> ${change.target} resolves to ${real}, outside the checkout`,
      ).toBe(true);
      expect(hasDotGit(inside.split(sep).join('/')), `L3: ${change.path} leads into .git`).toBe(
        false,
      );
    }
    expect(outsideHash(root), 'L5: nothing outside changed').toBe(outside);
    // L4: taken back.
    await applied.revert();
    expect(entries(checkout), 'L4: revert restored every file and link').toEqual(before);
    expect(outsideHash(root), 'L5: nothing outside changed').toBe(outside);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
