// Where checkpoints are kept, behind one small interface: the CLI's `--state DIR` keeps them
// in a directory; the action keeps them with the paused run on the pull request
// (src/github/checkpoint-comment.ts). The engine only saves; the edges load.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import {
  canonicalJson,
  checkShape,
  CHECKPOINT_VERSION,
  CheckpointError,
  sha256,
  unseal,
  type Checkpoint,
  type SealedCheckpoint,
} from './checkpoint.js';
import { appendFileNoFollow, writeFileAtomic, type WritePlace } from '../common/files.js';

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

/**
 * One checkpoint per workflow file in `dir` (created on first save), kept as a journal: the
 * first save of a run writes the run's start and the steps so far, every later save appends
 * one line with the steps finished since, so a run of 5,000 steps writes O(steps) bytes, not
 * O(steps²). Each line carries a digest chained to the line before it; a small head file,
 * replaced atomically after every append, names the last line and its digest, so an edit,
 * a cut or a line added by hand is refused. A checkpoint written whole by an earlier wflo
 * (one sealed JSON object) is still read.
 */
export function directoryStore(
  dir: string,
  workflowFile: string,
  place: WritePlace = {},
): CheckpointStore {
  const file = path.join(dir, checkpointFileName(workflowFile));
  const headFile = `${file}.head`;
  // This run's journal so far: lines written, steps written, last digest.
  let written: { lines: number; steps: number; digest: string } | undefined;
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
      if (!text.startsWith(JOURNAL_MARK)) return unseal(text, file);
      let head: string;
      try {
        head = await readFile(headFile, 'utf8');
      } catch (error) {
        throw new CheckpointError(
          `The checkpoint ${file} has no head file (${path.basename(headFile)}), so it is not trusted; delete it to start the run over.`,
          { cause: error },
        );
      }
      return readJournal(text, head, file);
    },
    async save(sealed) {
      const { steps, ...rest } = sealed.checkpoint;
      const moving = { status: rest.status, ledger: rest.ledger, updatedAt: rest.updatedAt };
      if (written === undefined) {
        // A run's first save starts the journal over: it is this run's checkpoint now.
        const body: JournalBody = { start: rest, steps };
        const digest = chained('', body);
        await writeFileAtomic(file, journalLine(body, digest), 'the checkpoint', {
          mode: 0o600,
          ...place,
        });
        written = { lines: 1, steps: steps.length, digest };
      } else {
        const body: JournalBody = { ...moving, steps: steps.slice(written.steps) };
        const digest = chained(written.digest, body);
        await appendFileNoFollow(file, journalLine(body, digest), 'the checkpoint', {
          mode: 0o600,
          ...place,
        });
        written = { lines: written.lines + 1, steps: steps.length, digest };
      }
      await writeFileAtomic(
        headFile,
        `${JSON.stringify({ lines: written.lines, digest: written.digest })}\n`,
        'the checkpoint',
        { mode: 0o600, ...place },
      );
      return undefined;
    },
  };
}

/** The first characters of a journal; a whole sealed checkpoint starts `{"digest"` or `{\n`. */
const JOURNAL_MARK = '{"journal":1,';

interface JournalBody {
  /** The first line only: every field of the checkpoint but its steps. */
  start?: Omit<Checkpoint, 'steps'>;
  status?: Checkpoint['status'];
  ledger?: Checkpoint['ledger'];
  updatedAt?: string;
  steps: Checkpoint['steps'];
}

function chained(previous: string, body: JournalBody): string {
  return sha256(`${previous}\n${canonicalJson(body)}`);
}

function journalLine(body: JournalBody, digest: string): string {
  return `${JOURNAL_MARK}"digest":${JSON.stringify(digest)},"body":${JSON.stringify(body)}}\n`;
}

function readJournal(text: string, headText: string, where: string): Checkpoint {
  const untrusted = (why: string) =>
    new CheckpointError(
      `The checkpoint ${where} was changed after wflo wrote it (${why}), so it is not trusted; delete it to start the run over.`,
    );
  let head: { lines?: unknown; digest?: unknown };
  try {
    head = JSON.parse(headText) as typeof head;
  } catch {
    throw untrusted('its head file is not JSON');
  }
  const count = head.lines;
  if (!Number.isSafeInteger(count) || (count as number) < 1 || typeof head.digest !== 'string')
    throw untrusted('its head file does not name a line and a digest');
  // Lines after the one the head names were written by a save that did not finish.
  const all = text.split('\n');
  if (all.at(-1) === '') all.pop();
  const lines = all.slice(0, count as number);
  if (lines.length < (count as number)) throw untrusted('lines are missing');
  let previous = '';
  let checkpoint: Record<string, unknown> | undefined;
  const steps: unknown[] = [];
  for (const [i, line] of lines.entries()) {
    let parsed: { digest?: unknown; body?: JournalBody };
    try {
      parsed = JSON.parse(line) as typeof parsed;
    } catch {
      throw untrusted(`line ${i + 1} is not JSON`);
    }
    const body = parsed.body;
    if (body === undefined || chained(previous, body) !== parsed.digest)
      throw untrusted(`its digest does not match at line ${i + 1}`);
    previous = parsed.digest;
    if (i === 0) {
      if (typeof body.start !== 'object' || body.start === null)
        throw untrusted('its first line does not start a run');
      checkpoint = { ...body.start };
    } else if (checkpoint) {
      Object.assign(checkpoint, {
        status: body.status,
        ledger: body.ledger,
        updatedAt: body.updatedAt,
      });
    }
    if (!Array.isArray(body.steps)) throw untrusted(`line ${i + 1} has no steps`);
    steps.push(...body.steps);
  }
  if (previous !== head.digest) throw untrusted('the last digest is not the one its head names');
  const whole: Record<string, unknown> = { ...checkpoint, steps };
  if (whole.version !== CHECKPOINT_VERSION) {
    throw new CheckpointError(
      `The checkpoint ${where} is not a wflo checkpoint of version ${CHECKPOINT_VERSION}; delete it to start the run over.`,
    );
  }
  return checkShape(whole, where);
}
