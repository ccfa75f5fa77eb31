// `wflo diff --state DIR [FILE]`: the changes a paused run holds, as the unified diff its gate
// shows, against the checkout in the current directory, so `--approve` is never given blind.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { directoryStore } from '../checkpoint/store.js';
import { CheckpointError, type Checkpoint } from '../checkpoint/checkpoint.js';
import { diffHeld, unifiedDiff } from '../checkout/diff.js';
import { EXIT_INVALID } from '../report/report.js';
import { parseCommandArgs } from './args.js';
import type { CliIo } from './io.js';
import { terminalSafe } from './local-approvals.js';
import { UsageError } from './usage-error.js';

const SUFFIX = '.checkpoint.json';

export async function diffCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('diff', args, { state: { type: 'string' } });
  if (values.state === undefined) throw new UsageError("'wflo diff' needs --state DIR", 'diff');
  if (positionals.length > 1)
    throw new UsageError(
      `'wflo diff' takes at most one FILE, got also '${positionals[1]}'`,
      'diff',
    );
  const dir = path.resolve(io.cwd, values.state);
  let checkpoint: Checkpoint | undefined;
  try {
    const file = positionals[0] ?? (await onlyWorkflowIn(dir, io.cwd));
    checkpoint = await directoryStore(dir, path.resolve(io.cwd, file), {
      checkout: io.cwd,
    }).load();
    if (checkpoint === undefined) {
      io.err(`wflo: ${values.state} holds no checkpoint of ${file}\n`);
      return EXIT_INVALID;
    }
  } catch (err) {
    if (!(err instanceof CheckpointError)) throw err;
    io.err(`wflo: ${err.message}\n`);
    return EXIT_INVALID;
  }
  const held = checkpoint.steps.flatMap((s) =>
    s.changes === undefined ? [] : [[s.id, s.changes] as const],
  );
  // Changes the checkout already has (applied after an earlier gate) drop out of the diff.
  const files = await diffHeld(io.cwd, held);
  const status = checkpoint.status.replaceAll('_', ' ');
  if (files.length === 0) {
    io.err(`wflo: run ${checkpoint.runId} (${status}) holds no changes this checkout lacks\n`);
    return 0;
  }
  const steps = [...new Set(files.map((f) => f.step))].join(', ');
  io.err(
    `wflo: run ${checkpoint.runId} (${status}) holds ${files.length} changed ${files.length === 1 ? 'file' : 'files'} from ${steps}\n`,
  );
  io.out(terminalSafe(unifiedDiff(files)));
  return 0;
}

/** The workflow file of the one checkpoint in `dir`; a usage error when there are none or several. */
async function onlyWorkflowIn(dir: string, cwd: string): Promise<string> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith(SUFFIX));
  } catch {
    throw new UsageError(`--state ${path.relative(cwd, dir) || dir} is not a directory`, 'diff');
  }
  if (names.length !== 1) {
    throw new UsageError(
      names.length === 0
        ? `${path.relative(cwd, dir) || dir} holds no checkpoint`
        : `${path.relative(cwd, dir) || dir} holds checkpoints of ${names.length} workflows; name the FILE`,
      'diff',
    );
  }
  const first = (await readFile(path.join(dir, names[0] ?? ''), 'utf8')).split('\n', 1)[0] ?? '';
  const file = workflowFileOf(first);
  if (file === undefined)
    throw new UsageError(
      `the checkpoint ${names[0] ?? ''} does not name its workflow file; name the FILE`,
      'diff',
    );
  return file;
}

/** The workflow file a checkpoint's first line names (journal or whole sealed checkpoint). */
function workflowFileOf(line: string): string | undefined {
  try {
    const parsed = JSON.parse(line) as {
      body?: { start?: { workflow?: { file?: unknown } } };
      checkpoint?: { workflow?: { file?: unknown } };
    };
    const file = parsed.body?.start?.workflow?.file ?? parsed.checkpoint?.workflow?.file;
    return typeof file === 'string' ? file : undefined;
  } catch {
    return undefined;
  }
}
