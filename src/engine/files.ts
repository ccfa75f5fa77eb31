// Files wflo writes for the user (the report, checkpoints): checked before the first step, so
// a path that cannot be written is found before any money is spent, and written atomically
// (a temp file beside the target, then a rename), so a reader never sees half a file and a
// failed write leaves no temp file behind. Failures are one sentence naming the file.
import { constants } from 'node:fs';
import { lstat, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/** A file wflo could not write: the message is one sentence for the user. */
export class FileWriteError extends Error {
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
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

function refusal(what: string, target: string, reason: string, cause?: unknown): FileWriteError {
  return new FileWriteError(`cannot write ${what} to ${target}: ${reason}`, { cause });
}

/**
 * Checks that `target` can be written as `what` ("the report", "the checkpoint") before the
 * run starts: not under /proc, /sys or /dev, not a directory or other non-file, and its
 * directory (created if missing) takes a small file. Throws FileWriteError.
 */
export async function preflightWrite(target: string, what: string): Promise<void> {
  const resolved = path.resolve(target);
  if (SPECIAL_ROOTS.some((root) => resolved === root || resolved.startsWith(`${root}/`))) {
    throw refusal(what, target, `${resolved.split('/')[1] ?? ''} is not a place for files`);
  }
  try {
    const existing = await lstat(resolved);
    if (existing.isDirectory()) throw refusal(what, target, 'it is a directory');
    if (!existing.isFile() && !existing.isSymbolicLink())
      throw refusal(what, target, 'it is not a regular file');
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
  const probe = path.join(dir, `.wflo-probe-${process.pid}-${Date.now().toString(36)}`);
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
 * when anything fails. Throws FileWriteError naming `what` and the reason.
 */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  what: string,
  options: { mode?: number } = {},
): Promise<void> {
  const resolved = path.resolve(target);
  const temp = path.join(
    path.dirname(resolved),
    `.${path.basename(resolved)}.${process.pid}.${++counter}.tmp`,
  );
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
