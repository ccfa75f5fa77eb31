// Applying a step's change set to the checkout, all or nothing, and taking it back.
// A change set is applied only to paths that are as the step saw them (or already as the
// step left them: applying twice is harmless, which is how a continued run re-applies the
// changes of an earlier job). What each path held before is kept, so a run that does not
// succeed can put the checkout back as it was (DESIGN.md §5: the rollback).
import { createHash } from 'node:crypto';
import {
  chmod,
  lstat,
  mkdir,
  readFile,
  readlink,
  rename,
  rm,
  rmdir,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { ChangeRejectedError, type Change, type ChangeSet, type PriorState } from './change-set.js';
import { checkChangeSet, type ChangeRules } from './check.js';

/** What a path holds now: nothing (or a directory, which change sets never describe), a file, a symlink. */
type PathState =
  | { type: 'absent' }
  | { type: 'file'; sha256: string; executable: boolean }
  | { type: 'symlink'; target: string }
  /** A fifo, socket or device: never what a step saw or left, and never read. */
  | { type: 'special' };

/** What a path held before wflo wrote it, to put back. */
type Saved =
  | { type: 'absent' }
  | { type: 'file'; content: Buffer; mode: number }
  | { type: 'symlink'; target: string };

interface UndoEntry {
  path: string;
  saved: Saved;
  after: PathState;
}

/** Changes now in the checkout, with what they replaced. */
export interface AppliedChangeSet {
  /** Paths the change set changed in this call (those already as the step left them are not counted). */
  readonly written: number;
  /**
   * Puts back what the changes replaced. A path changed again since (by a person or a later
   * step) is left as it is, with a warning; the warnings are returned.
   */
  revert(): Promise<string[]>;
}

/** Paths read at once while a set is checked against the checkout. */
const INSPECT_AT_ONCE = 16;

/** `fn` over `items`, at most `limit` at a time, results in order. */
async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** A path's state, and what it holds to put back later: read once. */
async function inspect(target: string): Promise<{ state: PathState; saved: Saved }> {
  const stat = await lstat(target).catch(() => undefined);
  if (!stat || stat.isDirectory()) return { state: { type: 'absent' }, saved: { type: 'absent' } };
  if (stat.isSymbolicLink()) {
    const link = await readlink(target);
    return {
      state: { type: 'symlink', target: link },
      saved: { type: 'symlink', target: link },
    };
  }
  // Never read: a fifo would block, a device would never end.
  if (!stat.isFile()) return { state: { type: 'special' }, saved: { type: 'absent' } };
  const content = await readFile(target);
  return {
    state: { type: 'file', sha256: sha256(content), executable: (stat.mode & 0o111) !== 0 },
    saved: { type: 'file', content, mode: stat.mode & 0o777 },
  };
}

async function stateOf(target: string): Promise<PathState> {
  return (await inspect(target)).state;
}

function afterStateOf(change: Change): PathState {
  if (change.status === 'deleted') return { type: 'absent' };
  if (change.type === 'symlink') return { type: 'symlink', target: change.target };
  return {
    type: 'file',
    sha256: sha256(change.content),
    executable: (change.mode & 0o111) !== 0,
  };
}

/** The state the step saw, or undefined when it is unknown (a change set made by hand). */
function beforeStateOf(change: Change): PathState | undefined {
  if (change.status === 'added') return change.before ?? { type: 'absent' };
  return change.before satisfies PriorState | undefined;
}

function sameState(a: PathState, b: PathState): boolean {
  if (a.type === 'special' || b.type === 'special') return false;
  if (a.type === 'absent' || b.type === 'absent') return a.type === b.type;
  if (a.type === 'symlink') return b.type === 'symlink' && a.target === b.target;
  if (b.type === 'symlink') return false;
  return a.sha256 === b.sha256 && a.executable === b.executable;
}

/**
 * Applies a change set to the checkout. The whole set is checked first (checkChangeSet: real
 * paths, protected paths, symlinks resolved) and every path must be as the step saw it or as
 * the step left it; otherwise nothing is written and the error names the paths.
 */
export async function applyChanges(
  set: ChangeSet,
  checkout: string,
  rules: ChangeRules = {},
): Promise<AppliedChangeSet> {
  const checked = await checkChangeSet(set, checkout, rules);
  // Deletions first, so a file may replace a directory the step emptied, and the reverse.
  const ordered = [
    ...checked.changes.filter((c) => c.status === 'deleted'),
    ...checked.changes.filter((c) => c.status !== 'deleted'),
  ];
  const pending: { change: Change; saved: Saved }[] = [];
  const conflicts: string[] = [];
  // Reads only, so many at once; parents are real directories (checked above), so each reads
  // the path itself, not through a link.
  const states = await mapLimited(ordered, INSPECT_AT_ONCE, (c) => inspect(join(checkout, c.path)));
  for (const [i, change] of ordered.entries()) {
    const path = change.path;
    const now = states[i];
    if (now === undefined) continue;
    if (sameState(now.state, afterStateOf(change))) continue; // already there
    const before = beforeStateOf(change);
    if (before !== undefined && !sameState(now.state, before)) conflicts.push(path);
    else pending.push({ change: { ...change, path }, saved: now.saved });
  }
  if (conflicts.length > 0) {
    const shown = conflicts.slice(0, 5).join(', ');
    const more = conflicts.length > 5 ? ` and ${conflicts.length - 5} more` : '';
    throw new ChangeRejectedError(
      `the checkout is not as the step saw it: ${shown}${more} changed since the step read ${conflicts.length === 1 ? 'it' : 'them'}.`,
    );
  }

  const undo: UndoEntry[] = [];
  const createdDirs: string[] = [];
  const revert = async (): Promise<string[]> => {
    const warnings: string[] = [];
    const toRestore: UndoEntry[] = [];
    for (const entry of [...undo].reverse()) {
      if (!sameState(await stateOf(join(checkout, entry.path)), entry.after)) {
        warnings.push(
          `${entry.path} was left as it is: it changed after wflo applied the step's change`,
        );
        continue;
      }
      toRestore.push(entry);
    }
    // What the set added goes first, then the directories wflo made for it (when nothing else
    // came to live in them), then what it replaced: a file `a` comes back where `a/b` was.
    for (const entry of toRestore.filter((e) => e.saved.type === 'absent'))
      await restore(join(checkout, entry.path), entry.saved);
    for (const dir of [...createdDirs].reverse()) await rmdir(dir).catch(() => undefined);
    for (const entry of toRestore.filter((e) => e.saved.type !== 'absent'))
      await restore(join(checkout, entry.path), entry.saved);
    undo.length = 0;
    return warnings;
  };

  const known = new Set<string>();
  try {
    for (const { change, saved } of pending) {
      const target = join(checkout, change.path);
      const parent = posix.dirname(change.path);
      createdDirs.push(...(await realDirectory(checkout, parent === '.' ? '' : parent, known)));
      undo.push({ path: change.path, saved, after: afterStateOf(change) });
      await write(target, change);
    }
  } catch (error) {
    // All or nothing: what this call wrote goes back before the error is reported.
    await revert().catch(() => undefined);
    throw error;
  }
  return { written: undo.length, revert };
}

async function write(target: string, change: Change): Promise<void> {
  if (change.status === 'deleted') {
    const stat = await lstat(target).catch(() => undefined);
    if (stat && !stat.isDirectory()) await rm(target);
    return;
  }
  const existing = await lstat(target).catch(() => undefined);
  if (existing?.isDirectory()) {
    // Only an emptied directory may give way; rmdir refuses anything else.
    await rmdir(target).catch(() => {
      throw new ChangeRejectedError(
        `the change set replaces the non-empty directory ${change.path} with a file.`,
      );
    });
  }
  if (change.type === 'symlink') {
    if (existing && !existing.isDirectory()) await rm(target);
    await symlink(change.target, target);
  } else {
    await writeAtomically(target, change.content, change.mode);
  }
}

async function restore(target: string, saved: Saved): Promise<void> {
  const existing = await lstat(target).catch(() => undefined);
  if (saved.type === 'absent') {
    if (existing && !existing.isDirectory()) await rm(target);
    return;
  }
  // A folder the set made where a file was (delete `a`, add `a/b`) is empty again by now.
  if (existing?.isDirectory()) await rmdir(target);
  if (saved.type === 'symlink') {
    if (existing && !existing.isDirectory()) await rm(target);
    await mkdir(dirname(target), { recursive: true });
    await symlink(saved.target, target);
    return;
  }
  await mkdir(dirname(target), { recursive: true });
  await writeAtomically(target, saved.content, saved.mode);
}

/** Write then rename: a reader never sees half a file, and an existing symlink is replaced, not followed. */
async function writeAtomically(target: string, content: Buffer, mode: number): Promise<void> {
  const temp = join(dirname(target), `.wflo-${process.pid}-${Math.random().toString(36).slice(2)}`);
  // `wx`: the temp name is new, and a link planted under it is refused, not followed.
  await writeFile(temp, content, { mode, flag: 'wx' });
  await chmod(temp, mode);
  await rename(temp, target);
}

/**
 * Makes `dir` (relative) exist under root, every component checked with lstat as it is made,
 * refusing to go through a symlink; returns the directories it made.
 */
async function realDirectory(root: string, dir: string, known: Set<string>): Promise<string[]> {
  const made: string[] = [];
  let current = root;
  for (const part of dir.split('/').filter(Boolean)) {
    current = join(current, part);
    // Checked once per apply: nothing in a set turns a directory it wrote into into a link.
    if (known.has(current)) continue;
    known.add(current);
    const stat = await lstat(current).catch(() => undefined);
    if (!stat) {
      await mkdir(current);
      made.push(current);
    } else if (!stat.isDirectory()) {
      throw new ChangeRejectedError(
        `the change set writes through ${current}, which is not a directory.`,
      );
    }
  }
  return made;
}
