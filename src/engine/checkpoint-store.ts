// Where checkpoints are kept, behind one small interface: the CLI's `--state DIR` keeps them
// in a directory; the action keeps them with the paused run on the pull request
// (src/github/checkpoint-comment.ts). The engine only saves; the edges load.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { writeFileAtomic } from './files.js';
import { unseal, type Checkpoint, type SealedCheckpoint } from './checkpoint.js';

export interface CheckpointStore {
  /** Where this store keeps the checkpoint, for messages. */
  readonly where: string;
  /** The verified checkpoint, or undefined when there is none; throws CheckpointError when it cannot be trusted. */
  load(): Promise<Checkpoint | undefined>;
  /**
   * Replaces the checkpoint. The engine waits for this before it starts another step. A store
   * that had to keep less than it was given (a size limit) says so with a warning.
   */
  save(sealed: SealedCheckpoint): Promise<{ warning: string } | undefined>;
}

/** The file a workflow's checkpoint is kept in: readable name, plus a hash of the full path. */
export function checkpointFileName(workflowFile: string): string {
  const base = path.basename(workflowFile).replace(/[^A-Za-z0-9._-]/g, '_');
  const id = createHash('sha256').update(path.resolve(workflowFile)).digest('hex').slice(0, 8);
  return `${base}-${id}.checkpoint.json`;
}

/** One checkpoint per workflow file in `dir` (created on first save), written atomically. */
export function directoryStore(dir: string, workflowFile: string): CheckpointStore {
  const file = path.join(dir, checkpointFileName(workflowFile));
  return {
    where: file,
    async load() {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        if ((error as { code?: string }).code === 'ENOENT') return undefined;
        throw error;
      }
      return unseal(text, file);
    },
    async save(sealed) {
      // A crash mid-write must not leave half a checkpoint, nor a failed write a temp file.
      await writeFileAtomic(file, `${JSON.stringify(sealed, null, 2)}\n`, 'the checkpoint', {
        mode: 0o600,
      });
    },
  };
}
