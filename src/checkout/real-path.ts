// Where a symlink really leads, over the checkout as it will be once a change set is applied:
// links already on disk plus those the set adds, replaces or deletes, followed one component
// at a time however they are chained (issue #12: `d -> .`, `up1 -> d/..`, …, `x -> up24/etc`
// each look inside as text and lead outside). Nothing here writes.
import { lstat, readdir, readlink } from 'node:fs/promises';
import path from 'node:path';
import type { ChangeSet } from './change-set.js';
import { foldName, hasDotGit, isDotGit } from './protected-paths.js';

/** What one checkout-relative path holds (a directory is anything a path can continue through). */
export type Entry =
  { type: 'symlink'; target: string } | { type: 'file' } | { type: 'dir' } | { type: 'absent' };

/** Where a link leads: a checkout-relative path (maybe not existing yet), or why it leaves. */
export type Resolution = { inside: true; path: string } | { inside: false; why: string };

/** The same limit Linux puts on links followed in one lookup (ELOOP). */
export const MAX_LINK_HOPS = 40;

/** The checkout as a change set would leave it, read from disk where the set says nothing. */
export class CheckoutTree {
  private readonly changed = new Map<string, Entry>();
  /** By folded path: on a case-insensitive checkout `D` is the `d` the set adds. */
  private readonly folded = new Map<string, Entry>();
  /** What disk lookups found, read once per check. */
  private readonly disk = new Map<string, Promise<Entry>>();

  constructor(
    readonly root: string,
    set?: ChangeSet,
  ) {
    for (const change of set?.changes ?? []) {
      const entry: Entry =
        change.status === 'deleted'
          ? { type: 'absent' }
          : change.type === 'symlink'
            ? { type: 'symlink', target: change.target }
            : { type: 'file' };
      this.changed.set(change.path, entry);
      this.folded.set(foldPath(change.path), entry);
    }
  }

  /**
   * The entry at `relative`, whose parents are real directories (or do not exist). `onDisk`
   * false: a parent does not exist after the set, so only the set itself can put something here.
   */
  async lookup(relative: string, onDisk = true): Promise<Entry> {
    const mine = this.changed.get(relative);
    if (mine) return mine;
    if (onDisk) {
      // One check of a large set asks about the same folders thousands of times.
      let seen = this.disk.get(relative);
      if (!seen) {
        seen = this.fromDisk(relative);
        this.disk.set(relative, seen);
      }
      const entry = await seen;
      if (entry.type !== 'absent') return entry;
    }
    return this.folded.get(foldPath(relative)) ?? { type: 'absent' };
  }

  private async fromDisk(relative: string): Promise<Entry> {
    const stat = await lstat(path.join(this.root, relative)).catch(() => undefined);
    if (stat?.isSymbolicLink())
      return { type: 'symlink', target: await readlink(path.join(this.root, relative)) };
    if (stat?.isDirectory()) return { type: 'dir' };
    return stat ? { type: 'file' } : { type: 'absent' };
  }
}

function foldPath(relative: string): string {
  return relative.split('/').map(foldName).join('/');
}

/**
 * Resolves the symlink at `linkPath` (checkout-relative) with target `target` over `tree`:
 * every component, every link on the way. Absolute targets, climbing above the checkout, more
 * than MAX_LINK_HOPS links (a loop) and ending inside any `.git` are each a way out.
 */
export async function resolveLink(
  tree: CheckoutTree,
  linkPath: string,
  target: string,
): Promise<Resolution> {
  if (target.startsWith('/')) return { inside: false, why: 'is absolute' };
  const done = linkPath.split('/').slice(0, -1);
  // Components still to walk, the next one last.
  const parts = (t: string) => t.split('/').reverse();
  const stack = parts(target);
  let hops = 0;
  // Once a component does not exist (or is a file), only the change set can add below it.
  let onDisk = true;
  while (stack.length > 0) {
    const next = stack.pop() ?? '';
    if (next === '' || next === '.') continue;
    if (next === '..') {
      if (done.length === 0) return { inside: false, why: 'leads above the checkout' };
      done.pop();
      continue;
    }
    const here = [...done, next].join('/');
    const entry = await tree.lookup(here, onDisk);
    if (entry.type === 'symlink') {
      if (++hops > MAX_LINK_HOPS)
        return { inside: false, why: `goes through more than ${MAX_LINK_HOPS} links (a loop)` };
      if (entry.target.startsWith('/'))
        return {
          inside: false,
          why: here === linkPath ? 'is absolute' : `goes through ${here}, which is absolute`,
        };
      stack.push(...parts(entry.target));
      continue;
    }
    if (entry.type !== 'dir') onDisk = false;
    done.push(next);
  }
  const resolved = done.join('/');
  if (done.some(isDotGit)) return { inside: false, why: 'leads into .git' };
  return { inside: true, path: resolved };
}

/** Every symlink under the checkout (not inside `.git`), checkout-relative; links are not followed. */
export async function symlinksIn(root: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(path.join(root, relative), { withFileTypes: true }).catch(
      () => [],
    );
    for (const entry of entries) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isSymbolicLink()) found.push(child);
      else if (entry.isDirectory() && !hasDotGit(entry.name)) await walk(child);
    }
  };
  await walk('');
  return found;
}
