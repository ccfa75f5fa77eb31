import * as tar from 'tar-stream';
import type { JsonObject } from '../workflow/model.js';

// $WFLO_OUTPUT lives in a small volume of its own: /tmp is a tmpfs, gone when the
// container stops, and the root filesystem is read-only.

export const OUTPUT_DIR = '/run/wflo';
export const OUTPUT_FILE = '/run/wflo/out/output.json';
const MAX_OUTPUT_BYTES = 1024 * 1024;

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

/** Reads `output.json` from a tar of OUTPUT_DIR; no file means no extra outputs. */
export async function readOutputFile(archive: NodeJS.ReadableStream): Promise<JsonObject> {
  const extract = tar.extract();
  let text: string | undefined;
  let problem: string | undefined;
  await new Promise<void>((resolve, reject) => {
    extract.on('entry', (header, stream, next) => {
      const isOutput = /(^|\/)out\/output\.json$/.test(header.name) && header.type === 'file';
      if (!isOutput) {
        stream.resume();
        stream.on('end', () => next());
        return;
      }
      if ((header.size ?? 0) > MAX_OUTPUT_BYTES) {
        problem = `it is larger than ${MAX_OUTPUT_BYTES} bytes`;
        stream.resume();
        stream.on('end', () => next());
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        text = Buffer.concat(chunks).toString('utf8');
        next();
      });
    });
    extract.on('finish', resolve);
    extract.on('error', reject);
    archive.pipe(extract);
  });
  if (problem) throw new Error(problem);
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
