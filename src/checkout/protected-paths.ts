// Paths the host's own tools execute or obey (DESIGN.md §5, issue #12): a step's change set may
// not touch them unless the step opts in per path. Names are compared the way git compares
// `.git` on case-insensitive file systems (`is_ntfs_dotgit`, `is_hfs_dotgit`): any letter
// case, HFS+ ignorable code points dropped, NTFS trailing dots and spaces and `:stream`
// suffixes dropped, NTFS 8.3 short names (`GIT~1`) taken for the long name.
import { execFile } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import type { ProtectedPathName } from '../workflow/protected-names.js';

/** The protected places of one checkout: fixed names plus its `core.hooksPath`, checkout-relative. */
export interface ProtectedPaths {
  /**
   * The `core.hooksPath` folder inside the checkout, as components (none: the checkout itself),
   * as configured and as its real path; empty when unset or outside the checkout.
   */
  readonly hooksPaths?: readonly (readonly string[])[];
}

// Code points HFS+ ignores when it compares names (git's `next_hfs_char`).
const HFS_IGNORABLE = new Set([
  0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x206a, 0x206b, 0x206c,
  0x206d, 0x206e, 0x206f, 0xfeff,
]);

/** A path component as a case-insensitive, Unicode-folding file system would see it. */
export function foldName(name: string): string {
  let folded = [...name.normalize('NFC')]
    .filter((c) => !HFS_IGNORABLE.has(c.codePointAt(0) ?? 0))
    .join('');
  // NTFS: `name:stream` opens `name`; trailing dots and spaces are dropped.
  const colon = folded.indexOf(':');
  if (colon > 0) folded = folded.slice(0, colon);
  folded = folded.replace(/[. ]+$/u, '');
  return folded.toLowerCase();
}

/**
 * Whether a component may stand for the dotted name `long` (e.g. `.git`): folded equal, or an
 * NTFS short name of it (`git~1`, or the hashed forms git knows for .gitmodules/.gitattributes).
 */
function standsFor(component: string, long: string, hashed: readonly string[] = []): boolean {
  const folded = foldName(component);
  if (folded === long) return true;
  const short = /^([a-z0-9]{1,6})~[1-9]$/u.exec(folded);
  if (!short?.[1]) return false;
  const stem = long.replace(/^\./u, '').replace(/[^a-z0-9]/gu, '');
  return stem.slice(0, 6) === short[1] || hashed.includes(short[1]);
}

/** Whether a path component is `.git` under any spelling a file system would take for it. */
export function isDotGit(component: string): boolean {
  return standsFor(component, '.git');
}

/** Whether any component of a relative path is `.git` (so the path is inside a repository's internals). */
export function hasDotGit(relative: string): boolean {
  return relative.split('/').some(isDotGit);
}

/**
 * The protected name a checkout-relative path falls under, if any (`.git` included): `.git`,
 * `.husky/` and `.github/workflows/` at any depth, `.gitmodules` and `.gitattributes` files at
 * any depth, and the checkout's `core.hooksPath` folder.
 */
export function protectedNameOf(
  relative: string,
  paths: ProtectedPaths = {},
): ProtectedPathName | '.git' | undefined {
  const parts = relative.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.some(isDotGit)) return '.git';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (standsFor(part, '.husky')) return '.husky';
    // `.github` itself too: a link or file there would stand in for the workflows folder.
    const next = parts[i + 1];
    if (standsFor(part, '.github') && (next === undefined || standsFor(next, 'workflows')))
      return '.github/workflows';
    if (standsFor(part, '.gitmodules', ['gi7eba'])) return '.gitmodules';
    if (standsFor(part, '.gitattributes', ['gi7d29'])) return '.gitattributes';
  }
  // After the fixed names: with `core.hooksPath .husky`, allowing `.husky` lets its hooks through.
  for (const hooks of paths.hooksPaths ?? []) {
    // Inside the folder, or the folder or one of its parents itself (a link there moves it).
    const n = Math.min(hooks.length, parts.length);
    if (hooks.slice(0, n).every((h, i) => foldName(parts[i] ?? '') === foldName(h)))
      return 'core.hooksPath';
  }
  return undefined;
}

/** The protected paths of the checkout at `checkout`: reads `core.hooksPath` from its git config. */
export async function protectedPathsOf(checkout: string): Promise<ProtectedPaths> {
  const [hooks, top] = await Promise.all([
    git(checkout, ['config', '--get', 'core.hooksPath']),
    git(checkout, ['rev-parse', '--show-toplevel']),
  ]);
  if (hooks === undefined || hooks === '' || top === undefined) return {};
  const hooksPaths = await hooksInside(checkout, top, hooks);
  return { hooksPaths };
}

/**
 * `core.hooksPath` is relative to the repository's top level (git runs hooks from there); the
 * checkout may be a folder below it. Returns the folder as checkout-relative components (as
 * configured and as its real path), none when it lies outside (no change set reaches it then).
 */
export async function hooksInside(
  checkout: string,
  topLevel: string,
  hooksPath: string,
): Promise<string[][]> {
  const expanded = hooksPath.startsWith('~/')
    ? path.join(process.env.HOME ?? '/', hooksPath.slice(2))
    : hooksPath;
  const real = async (p: string) => realpath(p).catch(() => path.resolve(p));
  const root = await real(checkout);
  const absolute = path.resolve(await real(topLevel), expanded);
  // As configured, and where it really is when a link on the way moves it.
  const found: string[][] = [];
  for (const place of new Set([absolute, await real(absolute)])) {
    const relative = path.relative(root, place);
    if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative))
      continue;
    // The whole checkout as the hooks folder: every path in it is protected.
    found.push(relative === '' ? [] : relative.split(path.sep));
  }
  return found;
}

function git(cwd: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, timeout: 10_000 }, (error, stdout) => {
      resolve(error ? undefined : stdout.trim());
    });
  });
}

/** How a refusal tells the user to open a protected path, one clause. */
export function howToAllow(name: ProtectedPathName | '.git'): string {
  return name === '.git'
    ? 'which is never taken back'
    : `which is protected; add '${name}' to the step's protected_paths_allowed to let it through`;
}
