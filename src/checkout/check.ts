// The way back (DESIGN.md §5, issue #12): a step's change set is data from an adversary. Before
// anything is written it is checked whole against the checkout as the set would leave it, and
// refused whole on the first violation, with one sentence naming the path.
import { readlink } from 'node:fs/promises';
import path from 'node:path';
import type { ChangeRules } from './port.js';
import { ChangeRejectedError, checkedPath, type Change, type ChangeSet } from './change-set.js';
import { foldName, howToAllow, protectedNameOf, protectedPathsOf } from './protected-paths.js';
import { CheckoutTree, resolveLink, symlinksIn } from './real-path.js';

export type { ChangeRules };

/**
 * Checks a change set against the checkout at `checkout` and returns it with normalized paths.
 * Refused (ChangeRejectedError) when a path is absolute, climbs with `..`, lies in `.git` or a
 * protected place the step did not open, goes through a symlink or file, collides with another
 * under case folding, or when a symlink — the set's, or one already there that the set re-aims —
 * resolves outside the checkout or into `.git`.
 */
export async function checkChangeSet(
  set: ChangeSet,
  checkout: string,
  rules: ChangeRules = {},
): Promise<ChangeSet> {
  const changes: Change[] = set.changes.map((c) => ({ ...c, path: checkedPath(c.path) }));
  const normalized = { changes };
  refuseCollisions(changes);
  const allowed = new Set(rules.protectedPathsAllowed ?? []);
  const protectedPaths = await protectedPathsOf(checkout);
  for (const { path: p } of changes) {
    const name = protectedNameOf(p, protectedPaths);
    if (name !== undefined && (name === '.git' || !allowed.has(name)))
      throw new ChangeRejectedError(`the change set writes ${p}, ${howToAllow(name)}.`);
  }
  const tree = new CheckoutTree(checkout, normalized);
  const before = new CheckoutTree(checkout);
  // Deletions happen first, in the checkout as it is; the rest in the checkout as the set leaves it.
  for (const change of changes)
    await refuseLinkedParents(change.status === 'deleted' ? before : tree, change.path);
  const links = changes.flatMap((c) =>
    c.status !== 'deleted' && c.type === 'symlink' ? [{ path: c.path, target: c.target }] : [],
  );
  for (const link of links) {
    const where = await resolveLink(tree, link.path, link.target);
    if (!where.inside) {
      throw new ChangeRejectedError(
        `the change set holds a symlink ${link.path} -> ${link.target} that ${where.why}, and symlinks are kept only when they lead inside the checkout.`,
      );
    }
  }
  if (links.length > 0) await refuseReaimedLinks(tree, before, checkout, normalized);
  return normalized;
}

/** Two paths one case-insensitive file system takes for one (`a` and `A`) would overwrite each other. */
function refuseCollisions(changes: readonly Change[]): void {
  const seen = new Map<string, string>();
  for (const { path: p } of changes) {
    const key = p.split('/').map(foldName).join('/');
    const other = seen.get(key);
    if (other !== undefined) {
      throw new ChangeRejectedError(
        other === p
          ? `the change set holds ${p} twice.`
          : `the change set holds both ${other} and ${p}, which are one path on a case-insensitive file system.`,
      );
    }
    seen.set(key, p);
  }
}

/**
 * Refuses a path whose parent directories, as the set leaves them, are not real directories:
 * nothing is ever written through a symlink (on disk or added by the set) or below a file.
 */
async function refuseLinkedParents(tree: CheckoutTree, relative: string): Promise<void> {
  const parts = relative.split('/');
  let onDisk = true;
  for (let i = 1; i < parts.length; i++) {
    const parent = parts.slice(0, i).join('/');
    const entry = await tree.lookup(parent, onDisk);
    if (entry.type === 'dir') continue;
    if (entry.type === 'absent') {
      onDisk = false;
      continue;
    }
    const what = entry.type === 'symlink' ? 'a symlink' : 'a file';
    throw new ChangeRejectedError(
      `the change set writes through ${parent}, which is not a directory (it is ${what}), to reach ${relative}.`,
    );
  }
}

/**
 * A link already in the checkout that led inside must still lead inside once the set's links
 * are there (`up -> d/..` is harmless until a later step adds `d -> .`).
 */
async function refuseReaimedLinks(
  after: CheckoutTree,
  before: CheckoutTree,
  checkout: string,
  set: ChangeSet,
): Promise<void> {
  const touched = new Set(set.changes.map((c) => c.path));
  for (const link of await symlinksIn(checkout)) {
    if (touched.has(link)) continue;
    const target = await readlink(path.join(checkout, link)).catch(() => undefined);
    if (target === undefined) continue;
    // A link that already led outside is the user's own, not the set's doing.
    if (!(await resolveLink(before, link, target)).inside) continue;
    const now = await resolveLink(after, link, target);
    if (!now.inside) {
      throw new ChangeRejectedError(
        `the change set makes the symlink ${link} -> ${target} already in the checkout lead outside it (it ${now.why}).`,
      );
    }
  }
}
