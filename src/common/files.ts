// Files wflo writes for the user (the report, checkpoints): checked before the first step, so
// a path that cannot be written is found before any money is spent, and written atomically
// (a temp file beside the target, then a rename), so a reader never sees half a file and a
// failed write leaves no temp file behind. Failures are one sentence naming the file.
//
// They are never written through a symlink (issue #12: a step planted `report.json -> /etc/x`):
// the file itself is refused when it is a link, and when it lies inside the checkout, so is
// every folder between the checkout and it. Outside the checkout the folders are the user's own
// and are taken as given (on macOS /tmp itself is a link). docs/faults.md says the same.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { appendFile, lstat, mkdir, open, realpath, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { messageOf, WfloError } from './errors.js';

/** A file wflo could not write: the message is one sentence for the user. */
export class FileWriteError extends WfloError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FileWriteError';
  }
}

// Pseudo file systems: a write there is not a file (under /proc it can spin for ever).
const SPECIAL_ROOTS = ['/proc', '/sys', '/dev'];

/** What an errno means for a file being written, in words. */
export function ioReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    case 'EROFS':
      return 'the file system is read-only';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    case 'ENOTDIR':
      return 'a part of its path is a file, not a directory';
    case 'ENOENT':
      return 'its directory does not exist';
    case 'ENAMETOOLONG':
      return 'the path is too long';
    case 'ELOOP':
      return 'it is a symbolic link, and wflo never writes its files through one';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open';
    default:
      return messageOf(error);
  }
}

function refusal(what: string, target: string, reason: string, cause?: unknown): FileWriteError {
  return new FileWriteError(`cannot write ${what} to ${target}: ${reason}`, { cause });
}

/** Where wflo writes a file of its own: `checkout` is the run's checkout, whose links are never followed. */
export interface WritePlace {
  checkout?: string;
}

const NO_LINKS = 'and wflo never writes its files through one';

/**
 * Refuses `resolved` when it is a symlink, or when it lies inside the checkout and a folder
 * between the checkout and it is one (a step may have planted it). Missing parts are fine:
 * they are made as real directories.
 */
async function refuseLinks(
  resolved: string,
  what: string,
  target: string,
  place: WritePlace,
): Promise<void> {
  const self = await lstat(resolved).catch(() => undefined);
  if (self?.isSymbolicLink()) throw refusal(what, target, `it is a symbolic link, ${NO_LINKS}`);
  if (place.checkout === undefined) return;
  const lexical = path.resolve(place.checkout);
  const real = await realpath(lexical).catch(() => lexical);
  for (const root of new Set([lexical, real])) {
    const relative = path.relative(root, path.dirname(resolved));
    if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative))
      continue;
    let current = root;
    for (const part of relative.split(path.sep).filter(Boolean)) {
      current = path.join(current, part);
      const info = await lstat(current).catch(() => undefined);
      if (info === undefined) return;
      if (info.isSymbolicLink())
        throw refusal(
          what,
          target,
          `${current} is a symbolic link inside the checkout, ${NO_LINKS}`,
        );
    }
    return;
  }
}

/**
 * Checks that `target` can be written as `what` ("the report", "the checkpoint") before the
 * run starts: not under /proc, /sys or /dev, not a directory, link or other non-file, not
 * reached through a link inside the checkout, and its directory (created if missing) takes a
 * small file. Throws FileWriteError.
 */
export async function preflightWrite(
  target: string,
  what: string,
  place: WritePlace = {},
): Promise<void> {
  const resolved = path.resolve(target);
  if (SPECIAL_ROOTS.some((root) => resolved === root || resolved.startsWith(`${root}/`))) {
    throw refusal(what, target, `${resolved.split('/')[1] ?? ''} is not a place for files`);
  }
  await refuseLinks(resolved, what, target, place);
  try {
    const existing = await lstat(resolved);
    if (existing.isDirectory()) throw refusal(what, target, 'it is a directory');
    if (!existing.isFile()) throw refusal(what, target, 'it is not a regular file');
  } catch (error) {
    if (error instanceof FileWriteError) throw error;
    if ((error as { code?: unknown }).code !== 'ENOENT')
      throw refusal(what, target, ioReason(error), error);
  }
  await probeDirectory(path.dirname(resolved), what, target);
}

/** The directory (created if missing) takes a 4 KiB file: permissions and space both. */
async function probeDirectory(dir: string, what: string, target: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    const info = await stat(dir);
    if (!info.isDirectory()) throw refusal(what, target, `${dir} is not a directory`);
  } catch (error) {
    if (error instanceof FileWriteError) throw error;
    throw refusal(what, target, ioReason(error), error);
  }
  // Random too: two runs of one process (the CLI in a test, an embedder) may probe one directory in the same millisecond.
  const probe = path.join(
    dir,
    `.wflo-probe-${process.pid}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`,
  );
  try {
    const handle = await open(probe, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL);
    try {
      await handle.write(Buffer.alloc(4096));
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw refusal(what, target, ioReason(error), error);
  } finally {
    await rm(probe, { force: true }).catch(() => undefined);
  }
}

let counter = 0;

/**
 * Writes `data` to `target` through a temp file in the same directory and a rename: the
 * target is the old file or the new one, never half of one, and the temp file is removed
 * when anything fails. A link at the target or (inside the checkout) on the way is refused.
 * Throws FileWriteError naming `what` and the reason.
 */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  what: string,
  options: { mode?: number } & WritePlace = {},
): Promise<void> {
  const resolved = path.resolve(target);
  const temp = path.join(
    path.dirname(resolved),
    `.${path.basename(resolved)}.${process.pid}.${++counter}.tmp`,
  );
  await refuseLinks(resolved, what, target, options);
  try {
    await mkdir(path.dirname(resolved), { recursive: true });
    const handle = await open(temp, 'wx', options.mode ?? 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, resolved);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw refusal(what, target, ioReason(error), error);
  }
}

/**
 * Appends `data` to `target`, opened with O_NOFOLLOW so a link planted there is refused, not
 * followed; folders on the way are checked as for writeFileAtomic. Throws FileWriteError.
 */
export async function appendFileNoFollow(
  target: string,
  data: string,
  what: string,
  options: { mode?: number } & WritePlace = {},
): Promise<void> {
  const resolved = path.resolve(target);
  await refuseLinks(resolved, what, target, options);
  const flags = constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_NOFOLLOW;
  try {
    await appendFile(resolved, data, { mode: options.mode ?? 0o644, flag: flags });
  } catch (error) {
    throw refusal(what, target, ioReason(error), error);
  }
}
