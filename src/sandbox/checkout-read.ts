// Reading the checkout to copy it into a container, so that nothing outside it can be read
// instead: a host-side process may swap a file or a folder for a symlink between the listing
// and the read. Every component is opened once with O_NOFOLLOW and what was opened is checked
// (a folder is a folder, a file is a regular file); the data comes from that descriptor only.
// On Linux a folder, once opened, is addressed through its descriptor (/proc/self/fd/N/name,
// as openat would), so swapping a folder above it after the open redirects nothing.
import { existsSync, constants, type Dirent } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { lstat, open, readdir, readlink, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { WfloError } from '../common/errors.js';

const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const DIRECTORY = constants.O_DIRECTORY ?? 0;
// A fifo swapped in for a file must not block the open.
const NONBLOCK = constants.O_NONBLOCK ?? 0;
const BY_FD = process.platform === 'linux' && existsSync('/proc/self/fd');

/** The checkout could not be read safely; the message is a clause naming the path. */
export class CheckoutReadError extends WfloError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CheckoutReadError';
  }
}

/** A name's bytes with anything but printable ASCII as `\xNN`, to show a name that is not UTF-8. */
export function escapedName(bytes: Buffer): string {
  let out = '';
  for (const byte of bytes) {
    out +=
      byte >= 0x20 && byte < 0x7f && byte !== 0x5c
        ? String.fromCharCode(byte)
        : `\\x${byte.toString(16).padStart(2, '0')}`;
  }
  return out;
}

function notUtf8(path: string): CheckoutReadError {
  return new CheckoutReadError(
    `the checkout holds a name that is not valid UTF-8 (${path}), which a copy workspace does not carry; rename it or use workspace: read-only`,
  );
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** ELOOP, ENOTDIR, ENOENT: what a swap between listing and reading looks like. */
function readFailure(path: string, error: unknown): CheckoutReadError {
  if (error instanceof CheckoutReadError) return error;
  const code = codeOf(error);
  if (code === 'ELOOP' || code === 'ENOTDIR' || code === 'ENOENT' || code === 'EINVAL')
    return changed(path, error);
  return new CheckoutReadError(
    `could not read ${path} from the checkout (${code ?? String(error)})`,
    {
      cause: error,
    },
  );
}

function changed(path: string, cause?: unknown): CheckoutReadError {
  return new CheckoutReadError(
    `${path} in the checkout changed while it was being copied (a file became a link or went away), so nothing was copied`,
    { cause },
  );
}

export type EntryKind = 'file' | 'directory' | 'symlink' | 'other';

export interface ListedEntry {
  name: string;
  kind: EntryKind;
}

function kindOf(entry: Dirent<Buffer> | import('node:fs').Stats): EntryKind | undefined {
  if (entry.isDirectory()) return 'directory';
  if (entry.isSymbolicLink()) return 'symlink';
  if (entry.isFile()) return 'file';
  if (entry.isFIFO() || entry.isSocket() || entry.isBlockDevice() || entry.isCharacterDevice())
    return 'other';
  return undefined;
}

/** A folder of the checkout, opened once; `rel` is its path inside the checkout. */
export class CheckoutDir {
  private constructor(
    private readonly handle: FileHandle,
    private readonly abs: string,
    readonly rel: string,
  ) {}

  /** The checkout's root: the one path that is followed (the caller chose it). */
  static async openRoot(root: string): Promise<CheckoutDir> {
    const handle = await open(root, constants.O_RDONLY | DIRECTORY).catch((error: unknown) => {
      throw new CheckoutReadError(
        `could not open the checkout ${root} (${codeOf(error) ?? String(error)})`,
        {
          cause: error,
        },
      );
    });
    return new CheckoutDir(handle, root, '');
  }

  private at(name: string): string {
    return BY_FD ? `/proc/self/fd/${this.handle.fd}/${name}` : join(this.abs, name);
  }

  private relOf(name: string): string {
    return this.rel ? `${this.rel}/${name}` : name;
  }

  /** The folder's entries sorted by name; a name that is not UTF-8 is refused. */
  async list(): Promise<ListedEntry[]> {
    let entries: Dirent<Buffer>[];
    try {
      entries = await readdir(this.at('.'), { withFileTypes: true, encoding: 'buffer' });
    } catch (error) {
      throw readFailure(this.rel || '.', error);
    }
    const listed: ListedEntry[] = [];
    for (const entry of entries) {
      if (!isUtf8(entry.name)) throw notUtf8(this.relOf(escapedName(entry.name)));
      const name = entry.name.toString('utf8');
      // Some filesystems do not give the type in the listing.
      const kind =
        kindOf(entry) ??
        kindOf(
          await lstat(this.at(name)).catch((error: unknown) => {
            throw readFailure(this.relOf(name), error);
          }),
        ) ??
        'other';
      listed.push({ name, kind });
    }
    return listed.sort((a, b) => (a.name < b.name ? -1 : 1));
  }

  async openDir(name: string): Promise<CheckoutDir> {
    const rel = this.relOf(name);
    let handle: FileHandle;
    try {
      handle = await open(this.at(name), constants.O_RDONLY | DIRECTORY | NOFOLLOW);
    } catch (error) {
      throw readFailure(rel, error);
    }
    const stat = await handle.stat();
    if (!stat.isDirectory()) {
      await handle.close();
      throw changed(rel);
    }
    return new CheckoutDir(handle, join(this.abs, name), rel);
  }

  /** A regular file's bytes and mode, from the one descriptor opened. */
  async readFile(name: string): Promise<{ data: Buffer; mode: number }> {
    const rel = this.relOf(name);
    let handle: FileHandle;
    try {
      handle = await open(this.at(name), constants.O_RDONLY | NOFOLLOW | NONBLOCK);
    } catch (error) {
      throw readFailure(rel, error);
    }
    try {
      const stat = await handle.stat();
      if (!stat.isFile()) throw changed(rel);
      return { data: await handle.readFile(), mode: stat.mode & 0o7777 };
    } catch (error) {
      throw readFailure(rel, error);
    } finally {
      await handle.close();
    }
  }

  /** A symlink's target, read from the link itself (never followed). */
  async readlink(name: string): Promise<string> {
    const rel = this.relOf(name);
    let target: Buffer;
    try {
      target = await readlink(this.at(name), { encoding: 'buffer' });
    } catch (error) {
      throw readFailure(rel, error);
    }
    if (!isUtf8(target)) throw notUtf8(`${rel} -> ${escapedName(target)}`);
    return target.toString('utf8');
  }

  async close(): Promise<void> {
    await this.handle.close().catch(() => undefined);
  }
}

/** One file of the checkout by its relative POSIX path, each folder on the way opened as above. */
export async function readCheckoutFile(
  root: string,
  path: string,
): Promise<{ data: Buffer; mode: number }> {
  const parts = path.split('/');
  const last = parts.pop() ?? path;
  let dir = await CheckoutDir.openRoot(root);
  const opened: CheckoutDir[] = [dir];
  try {
    for (const part of parts) {
      dir = await dir.openDir(part);
      opened.push(dir);
    }
    return await dir.readFile(last);
  } finally {
    for (const dir of opened) await dir.close();
  }
}
