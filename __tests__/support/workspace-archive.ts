import { Readable } from 'node:stream';
import * as tar from 'tar-stream';

export type ArchiveEntry = tar.Headers & { body?: string | Buffer };

/** A tar as Docker's getArchive('/workspace') returns it, entries under `workspace/`. */
export async function workspaceArchive(entries: ArchiveEntry[]): Promise<Readable> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((r) => pack.on('end', r));
  pack.entry({ name: 'workspace/', type: 'directory', mode: 0o755 });
  for (const { body, ...header } of entries) pack.entry({ mode: 0o644, ...header }, body);
  pack.finalize();
  await done;
  return Readable.from([Buffer.concat(chunks)]);
}
