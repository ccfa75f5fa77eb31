import { createHash } from 'node:crypto';
import * as tar from 'tar-stream';
import { CheckoutDir, CheckoutReadError, readCheckoutFile } from './checkout-read.js';
import {
  ChangeRejectedError,
  checkedPath,
  symlinkStaysInside,
  type Change,
  type ChangeSet,
  type PriorState,
} from '../checkout/change-set.js';

// `workspace: copy`: the checkout (without .git) goes into a private volume, the
// step works on it, and what comes back is checked before it may touch the checkout.

export type SnapshotEntry =
  | { type: 'file'; mode: number; size: number; sha256: string }
  | { type: 'symlink'; target: string };

/** The checkout as it was when the step started, by relative POSIX path. */
export type Snapshot = Map<string, SnapshotEntry>;

export interface ChangeLimits {
  /** Most changed paths accepted. */
  maxFiles: number;
  /** Most bytes read back from the workspace, changed or not. */
  maxBytes: number;
}

export const defaultChangeLimits: ChangeLimits = { maxFiles: 10_000, maxBytes: 100 * 1024 * 1024 };

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** What a path was when the step started, as the change set records it. */
function priorOf(entry: SnapshotEntry | undefined): PriorState | undefined {
  if (!entry) return undefined;
  return entry.type === 'symlink'
    ? { type: 'symlink', target: entry.target }
    : { type: 'file', sha256: entry.sha256, executable: (entry.mode & 0o111) !== 0 };
}

/**
 * Walks the checkout, leaving out `.git` (its internals never enter a container). Each file
 * is opened once without following links and read from that descriptor (checkout-read.ts):
 * a file swapped for a symlink mid-walk is refused, never read through.
 */
export async function snapshotCheckout(root: string): Promise<Snapshot> {
  const snapshot: Snapshot = new Map();
  async function walk(dir: CheckoutDir): Promise<void> {
    for (const entry of await dir.list()) {
      if (entry.name === '.git') continue;
      const path = dir.rel ? `${dir.rel}/${entry.name}` : entry.name;
      if (entry.kind === 'directory') {
        const sub = await dir.openDir(entry.name);
        try {
          await walk(sub);
        } finally {
          await sub.close();
        }
      } else if (entry.kind === 'symlink') {
        snapshot.set(path, { type: 'symlink', target: await dir.readlink(entry.name) });
      } else if (entry.kind === 'file') {
        const { data, mode } = await dir.readFile(entry.name);
        snapshot.set(path, {
          type: 'file',
          mode: mode & 0o777,
          size: data.length,
          sha256: sha256(data),
        });
      }
      // Sockets, fifos and devices in a checkout are not copied.
    }
  }
  const top = await CheckoutDir.openRoot(root);
  try {
    await walk(top);
  } finally {
    await top.close();
  }
  return snapshot;
}

/** A file's bytes now, only if they are still those the snapshot hashed. */
async function snapshotBytes(root: string, path: string, entry: SnapshotEntry): Promise<Buffer> {
  const { data } = await readCheckoutFile(root, path);
  if (entry.type !== 'file' || data.length !== entry.size || sha256(data) !== entry.sha256)
    throw new CheckoutReadError(
      `${path} in the checkout changed while it was being copied, so nothing was copied`,
    );
  return data;
}

/**
 * A tar stream of the snapshot's files, owned by the sandbox user, to extract into
 * /workspace. Files are read one at a time as the engine consumes the stream, so a large
 * checkout never sits in memory whole; destroy the stream to stop early.
 */
export function packCheckout(root: string, snapshot: Snapshot, uid: number, gid: number): tar.Pack {
  const pack = tar.pack();
  let closed = false;
  pack.on('close', () => (closed = true));
  // The callback fires once the consumer has room: that is the back-pressure.
  const add = (header: tar.Headers, body?: Buffer) =>
    new Promise<void>((resolve, reject) => {
      if (closed) reject(new Error('the workspace archive was closed'));
      else
        pack.entry({ ...header, uid, gid }, body ?? Buffer.alloc(0), (error) =>
          error ? reject(error) : resolve(),
        );
    });
  const produce = async () => {
    const dirs = new Set<string>();
    for (const [path, entry] of snapshot) {
      const parts = path.split('/').slice(0, -1);
      for (let i = 1; i <= parts.length; i++) {
        const dir = parts.slice(0, i).join('/');
        if (dirs.has(dir)) continue;
        dirs.add(dir);
        await add({ name: `${dir}/`, type: 'directory', mode: 0o755 });
      }
      if (entry.type === 'symlink') {
        await add({ name: path, type: 'symlink', linkname: entry.target, mode: 0o777 });
      } else {
        // Writable by the owner so the step can edit its copy.
        // Read again by the same safe walk, and only what the snapshot hashed goes in.
        await add(
          { name: path, type: 'file', mode: entry.mode | 0o600 },
          await snapshotBytes(root, path, entry),
        );
      }
    }
    pack.finalize();
  };
  produce().catch((error: unknown) => {
    const failure = error instanceof Error ? error : new Error(String(error));
    const fail = () => {
      if (!closed) pack.destroy(failure);
    };
    // The engine may not be uploading yet (the container is still being created): the error
    // waits for its listener, so it fails the upload instead of crashing the process.
    if (pack.listenerCount('error') > 0) return fail();
    const onListener = (event: string | symbol) => {
      if (event !== 'error') return;
      pack.off('newListener', onListener);
      queueMicrotask(fail);
    };
    pack.on('newListener', onListener);
  });
  return pack;
}

function lineStat(
  before: Buffer | undefined,
  after: Buffer | undefined,
): { additions: number; deletions: number; binary: boolean } {
  const binary = [before, after].some((b) => b !== undefined && b.subarray(0, 8000).includes(0));
  if (binary) return { additions: 0, deletions: 0, binary };
  const counts = new Map<string, number>();
  const lines = (b: Buffer | undefined) =>
    b && b.length > 0 ? b.toString('utf8').replace(/\n$/, '').split('\n') : [];
  for (const line of lines(before)) counts.set(line, (counts.get(line) ?? 0) + 1);
  let additions = 0;
  for (const line of lines(after)) {
    const left = counts.get(line) ?? 0;
    if (left > 0) counts.set(line, left - 1);
    else additions++;
  }
  let deletions = 0;
  for (const left of counts.values()) deletions += left;
  return { additions, deletions, binary: false };
}

/** Reads one entry's body, which its header said fits the budget (checked again as it flows). */
function readBody(
  stream: NodeJS.ReadableStream,
  limit: number,
  tooBig: () => Error,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else reject(tooBig());
    });
    stream.on('error', reject);
    stream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

/** The old bytes of a checkout file for the diff stat, read as safely as the snapshot was. */
async function checkoutBytes(root: string, path: string): Promise<Buffer | undefined> {
  try {
    return (await readCheckoutFile(root, path)).data;
  } catch (error) {
    // The change set still carries the prior state: applying it then refuses a changed file.
    if (error instanceof CheckoutReadError) return undefined;
    throw error;
  }
}

/** A name from a tar header that is not valid UTF-8 reaches us with U+FFFD in its place. */
function refuseUndecodable(name: string): void {
  if (name.includes('\uFFFD'))
    throw new ChangeRejectedError(
      `the step left a name that is not valid UTF-8 (${name.replaceAll('\uFFFD', '\\ufffd')}), which is never taken back.`,
    );
}

/**
 * Reads the container's /workspace (a tar from `getArchive`, entries under `workspace/`)
 * and returns what differs from the snapshot, refusing anything unsafe. Each header is
 * checked (type, path, size against what is left of `maxBytes`) before its body is read,
 * and a hard link counts at its target's full size each time it appears: memory never holds
 * more than the cap, and the first entry past it refuses the whole archive at once.
 */
export async function readChanges(
  archive: NodeJS.ReadableStream,
  root: string,
  snapshot: Snapshot,
  limits: ChangeLimits = defaultChangeLimits,
): Promise<ChangeSet> {
  const seen = new Set<string>();
  const files = new Map<string, Buffer>();
  const changes: Change[] = [];
  let bytes = 0;
  const extract = tar.extract();
  const finished = new Promise<void>((resolve, reject) => {
    extract.on('entry', (header, stream, next) => {
      handle(header, stream).then(
        () => next(),
        (error: unknown) => {
          // Stop here: neither this body nor the rest of the archive is read.
          archive.unpipe(extract);
          extract.destroy();
          reject(error);
        },
      );
    });
    extract.on('finish', resolve);
    extract.on('error', reject);
    archive.on('error', reject);
  });

  const tooBig = (path: string, link: boolean) =>
    new ChangeRejectedError(
      `the workspace grew past the ${limits.maxBytes}-byte limit at ${path}${link ? ' (a hard link counts at the full size of its target)' : ''}.`,
    );

  async function handle(header: tar.Headers, stream: NodeJS.ReadableStream): Promise<void> {
    const name = header.name.replace(/^\/?workspace(\/|$)/, '');
    refuseUndecodable(name);
    if (name === '' || header.type === 'directory') {
      if (name !== '') checkedPath(name);
      stream.resume();
      return;
    }
    const path = checkedPath(name);
    seen.add(path);
    const before = snapshot.get(path);
    if (header.type === 'symlink') {
      stream.resume();
      const change = symlinkChange(path, header.linkname ?? '', before);
      if (change) changes.push(change);
      return;
    }
    let content: Buffer;
    if (header.type === 'link') {
      stream.resume();
      refuseUndecodable(header.linkname ?? '');
      const linked = files.get(
        checkedPath((header.linkname ?? '').replace(/^\/?workspace(\/|$)/, '')),
      );
      if (!linked)
        throw new ChangeRejectedError(
          `the step left a hard link ${path} to a file outside the workspace.`,
        );
      // Applied, each link is a full copy: it costs what its target costs.
      if (linked.length > limits.maxBytes - bytes) throw tooBig(path, true);
      bytes += linked.length;
      content = linked;
    } else if (header.type === 'file' || header.type === 'contiguous-file') {
      if ((header.size ?? 0) > limits.maxBytes - bytes) throw tooBig(path, false);
      content = await readBody(stream, limits.maxBytes - bytes, () => tooBig(path, false));
      bytes += content.length;
    } else {
      throw new ChangeRejectedError(
        `the step left a special file (${header.type ?? 'unknown'}) at ${path}.`,
      );
    }
    files.set(path, content);
    const change = await fileChange(root, path, content, header.mode, before);
    if (!change) return;
    changes.push(change);
    if (changes.length > limits.maxFiles)
      throw new ChangeRejectedError(`the step changed more than ${limits.maxFiles} files.`);
  }

  archive.pipe(extract);
  await finished;
  changes.push(...(await deletedChanges(root, snapshot, seen)));
  if (changes.length > limits.maxFiles)
    throw new ChangeRejectedError(`the step changed more than ${limits.maxFiles} files.`);
  changes.sort((a, b) => (a.path < b.path ? -1 : 1));
  return { changes };
}

/** A symlink the step left: no change when the checkout had it as is; refused when it leads out. */
function symlinkChange(
  path: string,
  target: string,
  before: SnapshotEntry | undefined,
): Change | undefined {
  refuseUndecodable(target);
  // A link the checkout already had, unchanged, is not a change (wherever it points).
  if (before?.type === 'symlink' && before.target === target) return undefined;
  if (!symlinkStaysInside(path, target)) {
    throw new ChangeRejectedError(
      `the step left a symlink ${path} -> ${target} that points outside the workspace.`,
    );
  }
  return {
    path,
    status: before ? 'modified' : 'added',
    before: priorOf(before),
    type: 'symlink',
    target,
    additions: 0,
    deletions: 0,
    binary: false,
  };
}

/** A file the step left: no change when its bytes and executable bit are the checkout's. */
async function fileChange(
  root: string,
  path: string,
  content: Buffer,
  headerMode: number | undefined,
  before: SnapshotEntry | undefined,
): Promise<Change | undefined> {
  const mode = (headerMode ?? 0o644) & 0o777;
  // setuid/setgid bits never come back.
  const executable = (mode & 0o111) !== 0;
  if (
    before?.type === 'file' &&
    before.sha256 === sha256(content) &&
    ((before.mode & 0o111) !== 0) === executable
  )
    return undefined;
  const old = before?.type === 'file' ? await checkoutBytes(root, path) : undefined;
  const stat = lineStat(old, content);
  return {
    path,
    status: before ? 'modified' : 'added',
    before: priorOf(before),
    type: 'file',
    mode: executable ? 0o755 : 0o644,
    content,
    ...stat,
  };
}

/** What the checkout had that the step's workspace no longer has. */
async function deletedChanges(
  root: string,
  snapshot: Snapshot,
  seen: ReadonlySet<string>,
): Promise<Change[]> {
  const deleted: Change[] = [];
  for (const [path, entry] of snapshot) {
    if (seen.has(path)) continue;
    const old = entry.type === 'file' ? await checkoutBytes(root, path) : undefined;
    const stat = lineStat(old, undefined);
    deleted.push({
      path,
      status: 'deleted',
      before: priorOf(entry),
      additions: 0,
      deletions: stat.deletions,
      binary: stat.binary,
    });
  }
  return deleted;
}
