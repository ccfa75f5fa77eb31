// A step's changes to the checkout (`workspace: copy`): what each path becomes, and what it
// was when the step read it. The second half is what makes a change set safe to hold, carry
// in a checkpoint to another job, and apply later: it is applied only to a checkout that
// still looks as the step saw it (src/checkout/apply.ts).
import { posix } from 'node:path';
import type { JsonObject, JsonValue } from '../workflow/model.js';
import { hasDotGit } from './protected-paths.js';
import { WfloError } from '../common/errors.js';

/** A path's state as the step saw it before it ran; absent when the path did not exist. */
export type PriorState = { type: 'file'; sha256: string; executable: boolean } | SymlinkState;

interface SymlinkState {
  type: 'symlink';
  target: string;
}

interface DiffStat {
  additions: number;
  deletions: number;
  binary: boolean;
}

export type Change =
  | ({
      path: string;
      status: 'added' | 'modified';
      type: 'file';
      mode: number;
      content: Buffer;
      before?: PriorState;
    } & DiffStat)
  | ({
      path: string;
      status: 'added' | 'modified';
      type: 'symlink';
      target: string;
      before?: PriorState;
    } & DiffStat)
  | ({ path: string; status: 'deleted'; before?: PriorState } & DiffStat);

export interface ChangeSet {
  changes: Change[];
}

/** A change set that must not reach the checkout; the message is one sentence for the user. */
export class ChangeRejectedError extends WfloError {
  constructor(message: string) {
    super(message);
    this.name = 'ChangeRejectedError';
  }
}

/** Whether a path is inside `.git` under any spelling a file system takes for it (`.GIT`, `git~1`). */
export function isGitPath(path: string): boolean {
  return hasDotGit(path);
}

/** Checks a path from a container or a checkpoint: relative, normalized, no `..`, nothing under `.git`. */
export function checkedPath(raw: string): string {
  if (raw.startsWith('/'))
    throw new ChangeRejectedError(`the workspace returned an absolute path (${raw}).`);
  const parts = raw.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.includes('..'))
    throw new ChangeRejectedError(`the workspace returned a path with '..' (${raw}).`);
  const path = parts.join('/');
  if (path === '') throw new ChangeRejectedError('the workspace returned an empty path.');
  if (isGitPath(path))
    throw new ChangeRejectedError(
      `the step wrote under .git (${path}), which is never taken back.`,
    );
  return path;
}

/**
 * A first look at a symlink, by its text only: absolute, climbing out or naming `.git`. Links
 * that pass are resolved for real over the checkout before anything is applied (check.ts).
 */
export function symlinkStaysInside(path: string, target: string): boolean {
  if (target.startsWith('/')) return false;
  const resolved = posix.normalize(posix.join(posix.dirname(path), target));
  return resolved !== '..' && !resolved.startsWith('../') && !isGitPath(resolved);
}

/** The `changes` output: each changed file with a diff stat, as `git diff --numstat` would list it. */
export function changesOutput(set: ChangeSet): JsonObject[] {
  return set.changes.map((c) => ({
    path: c.path,
    status: c.status,
    additions: c.additions,
    deletions: c.deletions,
    binary: c.binary,
    ...(c.status !== 'deleted' && c.type === 'symlink' ? { symlink: c.target } : {}),
  }));
}

export const CHANGE_SET_FORMAT = 'wflo.changes/1';

/**
 * The change set as JSON, to hold in the engine and carry in a checkpoint. Text files stay
 * text (they compress well in the PR comment that keeps a paused run); others are base64.
 */
export function encodeChangeSet(set: ChangeSet): JsonObject {
  return {
    format: CHANGE_SET_FORMAT,
    changes: set.changes.map((change): JsonObject => {
      const common: JsonObject = {
        path: change.path,
        status: change.status,
        additions: change.additions,
        deletions: change.deletions,
        binary: change.binary,
        ...(change.before ? { before: { ...change.before } } : {}),
      };
      if (change.status === 'deleted') return common;
      if (change.type === 'symlink') return { ...common, type: 'symlink', target: change.target };
      const text = asText(change.content);
      return {
        ...common,
        type: 'file',
        mode: change.mode,
        ...(text === undefined ? { base64: change.content.toString('base64') } : { text }),
      };
    }),
  };
}

function asText(content: Buffer): string | undefined {
  if (content.includes(0)) return undefined;
  const text = content.toString('utf8');
  return Buffer.from(text, 'utf8').equals(content) ? text : undefined;
}

/**
 * Reads a change set back from JSON, checking its shape. Paths and symlinks are checked
 * again when it is applied, so a forged change set cannot leave the checkout either.
 */
export function decodeChangeSet(json: JsonValue): ChangeSet {
  const bad = (why: string) =>
    new ChangeRejectedError(`the stored change set is malformed: ${why}.`);
  if (!isObject(json) || json.format !== CHANGE_SET_FORMAT || !Array.isArray(json.changes))
    throw bad(`it is not in the ${CHANGE_SET_FORMAT} format`);
  const changes = json.changes.map((raw, i): Change => {
    if (!isObject(raw) || typeof raw.path !== 'string') throw bad(`change ${i} has no path`);
    const stat: DiffStat = {
      additions: numberOr0(raw.additions),
      deletions: numberOr0(raw.deletions),
      binary: raw.binary === true,
    };
    const before = priorStateOf(raw.before);
    const path = raw.path;
    if (raw.status === 'deleted') return { path, status: 'deleted', before, ...stat };
    if (raw.status !== 'added' && raw.status !== 'modified')
      throw bad(`change ${i} (${path}) has status ${JSON.stringify(raw.status)}`);
    if (raw.type === 'symlink' && typeof raw.target === 'string')
      return { path, status: raw.status, type: 'symlink', target: raw.target, before, ...stat };
    if (raw.type !== 'file' || typeof raw.mode !== 'number')
      throw bad(`change ${i} (${path}) is neither a file nor a symlink`);
    let content: Buffer;
    if (typeof raw.text === 'string') content = Buffer.from(raw.text, 'utf8');
    else if (typeof raw.base64 === 'string') content = Buffer.from(raw.base64, 'base64');
    else throw bad(`change ${i} (${path}) has no content`);
    // Only the executable bit comes back; setuid/setgid never do.
    const mode = (raw.mode & 0o111) !== 0 ? 0o755 : 0o644;
    return { path, status: raw.status, type: 'file', mode, content, before, ...stat };
  });
  return { changes };
}

function priorStateOf(raw: JsonValue | undefined): PriorState | undefined {
  if (!isObject(raw)) return undefined;
  if (raw.type === 'symlink' && typeof raw.target === 'string')
    return { type: 'symlink', target: raw.target };
  if (raw.type === 'file' && typeof raw.sha256 === 'string')
    return { type: 'file', sha256: raw.sha256, executable: raw.executable === true };
  throw new ChangeRejectedError('the stored change set is malformed: a prior state is unreadable.');
}

function isObject(value: JsonValue | undefined): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function numberOr0(value: JsonValue | undefined): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}
