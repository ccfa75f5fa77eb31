import * as tar from 'tar-stream';
import type { JsonObject } from '../workflow/model.js';

// $WFLO_OUTPUT lives in a small volume of its own: /tmp is a tmpfs, gone when the
// container stops, and the root filesystem is read-only.

export const OUTPUT_DIR = '/run/wflo';
export const OUTPUT_FILE = '/run/wflo/out/output.json';
/** The most the output folder may hold, output.json included. */
export const MAX_OUTPUT_BYTES = 1024 * 1024;

/** The `out/` directory, owned by the step's user, put into the volume before start. */
export async function outputDirArchive(uid: number, gid: number): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    pack.on('end', resolve);
    pack.on('error', reject);
  });
  pack.entry({ name: 'out/', type: 'directory', mode: 0o755, uid, gid });
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}

/**
 * Reads `output.json` from a tar of OUTPUT_DIR; no file means no extra outputs. Sizes are
 * checked at each header, before any body is read: the first entry that would take the
 * folder past MAX_OUTPUT_BYTES refuses the whole read (a sparse 5 GiB file costs nothing).
 */
export async function readOutputFile(archive: NodeJS.ReadableStream): Promise<JsonObject> {
  const extract = tar.extract();
  let text: string | undefined;
  let bytes = 0;
  await new Promise<void>((resolve, reject) => {
    const refuse = (why: string) => {
      archive.unpipe(extract);
      extract.destroy();
      reject(new Error(why));
    };
    extract.on('entry', (header, stream, next) => {
      const isOutput = /(^|\/)out\/output\.json$/.test(header.name) && header.type === 'file';
      const size = header.size ?? 0;
      if (isOutput && size > MAX_OUTPUT_BYTES)
        return refuse(`it is larger than ${MAX_OUTPUT_BYTES} bytes`);
      bytes += size;
      if (bytes > MAX_OUTPUT_BYTES)
        return refuse(
          `the folder it is in (${OUTPUT_DIR}/out) holds more than ${MAX_OUTPUT_BYTES} bytes`,
        );
      const chunks: Buffer[] = [];
      if (isOutput) stream.on('data', (c: Buffer) => chunks.push(c));
      else stream.resume();
      stream.on('end', () => {
        if (isOutput) text = Buffer.concat(chunks).toString('utf8');
        next();
      });
    });
    extract.on('finish', resolve);
    extract.on('error', reject);
    archive.on('error', reject);
    archive.pipe(extract);
  });
  if (text === undefined || text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error('it is not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new Error('it is not a JSON object');
  return parsed as JsonObject;
}
