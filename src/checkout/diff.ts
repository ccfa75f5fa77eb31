// Held changes as a reviewer reads them (DESIGN.md §6): a git-style unified diff per path, the
// old side read from the checkout (which a held change has not touched yet), made with the
// `diff` package (jsdiff: structuredPatch + formatPatch), not by hand.
import { createHash } from 'node:crypto';
import { lstat, readFile, readlink, realpath } from 'node:fs/promises';
import path from 'node:path';
import { formatPatch, structuredPatch, type StructuredPatch } from 'diff';
import type { ChangeSetData } from './port.js';
import { decodeChangeSet, type Change, type PriorState } from './change-set.js';
import { messageOf } from '../common/errors.js';

/** Files bigger than this (either side) are listed, not diffed: a reviewer cannot read them anyway. */
export const MAX_DIFFED_BYTES = 1_000_000;

/** One path's change, as a reviewer sees it. */
export interface FileDiff {
  /** The step whose changes these are. */
  step: string;
  path: string;
  /** Git-style unified diff of this path (`diff --git` header, mode lines, hunks), newline-ended. */
  patch: string;
  additions: number;
  deletions: number;
}

/** What the checkout holds at a path now, as far as the diff needs it. */
type Current =
  | { type: 'file'; content: Buffer; executable: boolean; tooLarge?: true }
  | { type: 'symlink'; target: string }
  | { type: 'none' }
  | { type: 'unreadable'; why: string };

/**
 * The diff of the changes held for a gate against the checkout at `workspace`, step by step
 * in order. Paths whose content the checkout already has (a change applied before) are left out.
 */
export async function diffHeld(
  workspace: string,
  held: readonly (readonly [string, ChangeSetData])[],
): Promise<FileDiff[]> {
  const root = await realpath(workspace).catch(() => path.resolve(workspace));
  const files: FileDiff[] = [];
  for (const [step, data] of held) {
    for (const change of decodeChangeSet(data).changes) {
      const current = await readCurrent(root, change.path);
      const file = diffOne(step, change, current);
      if (file) files.push(file);
    }
  }
  return files;
}

/** The diffs of many paths as one text, as `git diff` prints them. */
export function unifiedDiff(files: readonly FileDiff[]): string {
  return files.map((f) => f.patch).join('');
}

async function readCurrent(root: string, relative: string): Promise<Current> {
  const full = path.join(root, relative);
  try {
    const stats = await lstat(full);
    if (stats.isSymbolicLink()) return { type: 'symlink', target: await readlink(full) };
    if (!stats.isFile()) return { type: 'unreadable', why: 'it is not a regular file' };
    // Only what lies inside the checkout is read: a parent may be a link planted elsewhere.
    const real = await realpath(full);
    if (!real.startsWith(root + path.sep)) return { type: 'unreadable', why: 'it lies outside' };
    const executable = (stats.mode & 0o111) !== 0;
    if (stats.size > MAX_DIFFED_BYTES)
      return { type: 'file', content: Buffer.alloc(0), executable, tooLarge: true };
    return { type: 'file', content: await readFile(real), executable };
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return { type: 'none' };
    return { type: 'unreadable', why: messageOf(error) };
  }
}

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

function asText(content: Buffer): string | undefined {
  if (content.includes(0)) return undefined;
  const text = content.toString('utf8');
  return Buffer.from(text, 'utf8').equals(content) ? text : undefined;
}

/** The old side of the diff: what the step saw, when the checkout still has it. */
interface OldSide {
  mode?: string;
  /** Text, or undefined for binary/not UTF-8/too large/not as the step saw it. */
  text?: string;
  /** Why the text is not shown, when it is not. */
  why?: string;
  exists: boolean;
}

function oldSideOf(before: PriorState | undefined, current: Current, status: string): OldSide {
  if (before === undefined) {
    // An added path: there was nothing; anything there now came after the step.
    return status === 'added' || current.type === 'none'
      ? { exists: false }
      : { exists: true, why: 'the checkout has a file here the step did not see' };
  }
  if (before.type === 'symlink') return { exists: true, mode: '120000', text: before.target };
  const mode = before.executable ? '100755' : '100644';
  if (current.type !== 'file') return { exists: true, mode, why: 'the checkout no longer has it' };
  if (current.tooLarge === true) return { exists: true, mode, why: 'it is too large to show' };
  if (sha256(current.content) !== before.sha256)
    return { exists: true, mode, why: 'the checkout changed it since the step read it' };
  const text = asText(current.content);
  return text === undefined ? { exists: true, mode, why: 'binary' } : { exists: true, mode, text };
}

function diffOne(step: string, change: Change, current: Current): FileDiff | undefined {
  const old = oldSideOf(change.before, current, change.status);
  const a = `a/${change.path}`;
  const b = `b/${change.path}`;
  let newMode: string | undefined;
  let newText: string | undefined;
  let newWhy: string | undefined;
  if (change.status === 'deleted') {
    newText = '';
  } else if (change.type === 'symlink') {
    newMode = '120000';
    newText = change.target;
    if (current.type === 'symlink' && current.target === change.target) return undefined;
  } else {
    newMode = (change.mode & 0o111) !== 0 ? '100755' : '100644';
    if (
      current.type === 'file' &&
      current.content.equals(change.content) &&
      current.executable === (newMode === '100755')
    )
      return undefined;
    if (change.content.length > MAX_DIFFED_BYTES) newWhy = 'it is too large to show';
    else {
      newText = asText(change.content);
      if (newText === undefined) newWhy = 'binary';
    }
  }
  const header: StructuredPatch = {
    oldFileName: old.exists ? a : '/dev/null',
    newFileName: change.status === 'deleted' ? '/dev/null' : b,
    oldHeader: undefined,
    newHeader: undefined,
    hunks: [],
    isGit: true,
    ...(old.exists ? {} : { isCreate: true }),
    ...(change.status === 'deleted' ? { isDelete: true } : {}),
    // Modes are shown as git shows them: on creation, deletion, or when they change.
    ...(old.mode === undefined || old.mode === newMode ? {} : { oldMode: old.mode }),
    ...(newMode === undefined || old.mode === newMode ? {} : { newMode }),
  };
  const oldText = old.exists ? old.text : '';
  const why = old.why ?? newWhy;
  let patch: string;
  let additions = 0;
  let deletions = 0;
  if (oldText === undefined || newText === undefined) {
    const gitHeader = formatPatch({ ...header, oldFileName: a, newFileName: b });
    additions = change.additions;
    deletions = change.deletions;
    patch =
      why === 'binary'
        ? `${gitHeader}Binary files ${header.oldFileName} and ${header.newFileName} differ\n`
        : `${gitHeader}(content not shown: ${why ?? 'unknown'}; +${change.additions} -${change.deletions})\n`;
  } else {
    const hunks = structuredPatch(a, b, oldText, newText, undefined, undefined, { context: 3 });
    patch = formatPatch({ ...header, hunks: hunks.hunks });
    for (const line of hunks.hunks.flatMap((h) => h.lines)) {
      if (line.startsWith('+')) additions++;
      else if (line.startsWith('-')) deletions++;
    }
  }
  if (!patch.endsWith('\n')) patch += '\n';
  return { step, path: change.path, patch, additions, deletions };
}
