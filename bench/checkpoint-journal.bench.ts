// Checkpoints in --state (issue #18): the journal (one appended line per step) against
// rewriting the whole sealed checkpoint after every step, as wflo did before. Bytes written
// are counted too: the journal's grow with the steps, the rewrite's with their square.
import { mkdtempSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { CHECKPOINT_VERSION, seal, type Checkpoint } from '../src/checkpoint/checkpoint.js';
import { directoryStore } from '../src/checkpoint/store.js';
import { writeFileAtomic } from '../src/common/files.js';
import { reportFigure } from './report.js';

function checkpointOf(steps: Checkpoint['steps']): Checkpoint {
  return {
    version: CHECKPOINT_VERSION,
    runId: 'bench',
    workflow: { file: 'a.yml', name: 'a', hash: 'sha256:wf' },
    inputs: {},
    inputsHash: 'sha256:in',
    status: 'running',
    ledger: { spentMicros: steps.length, reservedPeakMicros: steps.length },
    steps: steps.slice(),
    updatedAt: new Date(0).toISOString(),
  };
}

function step(i: number): Checkpoint['steps'][number] {
  return {
    id: `step-${i}`,
    inputHash: `sha256:${'0'.repeat(60)}${i}`,
    costMicros: 100,
    record: {
      id: `step-${i}`,
      kind: 'shell',
      status: 'succeeded',
      attempts: 1,
      started_at: new Date(0).toISOString(),
      finished_at: new Date(0).toISOString(),
      duration_ms: 12,
      cost_usd: 0.0001,
      outputs: { stdout: 'ok\n', exit_code: 0 },
      continue_on_error: false,
    },
  };
}

async function journal(n: number): Promise<{ ms: number; bytes: number }> {
  const store = directoryStore(mkdtempSync(join(tmpdir(), 'wflo-bench-')), 'a.yml');
  const steps: Checkpoint['steps'] = [];
  let bytes = 0;
  let before = 0;
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    steps.push(step(i));
    await store.save(seal(checkpointOf(steps)));
    const size = (await stat(store.where)).size;
    bytes += size - before + 60; // the appended line, and the head file
    before = size;
  }
  return { ms: performance.now() - start, bytes };
}

async function rewrite(n: number): Promise<{ ms: number; bytes: number }> {
  const file = join(mkdtempSync(join(tmpdir(), 'wflo-bench-')), 'a.checkpoint.json');
  const steps: Checkpoint['steps'] = [];
  let bytes = 0;
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    steps.push(step(i));
    const text = `${JSON.stringify(seal(checkpointOf(steps)), null, 2)}\n`;
    bytes += Buffer.byteLength(text);
    await writeFileAtomic(file, text, 'the checkpoint');
  }
  return { ms: performance.now() - start, bytes };
}

it('keeps a checkpoint of 1,000 and of 5,000 steps', async () => {
  const [j1, r1] = [await journal(1000), await rewrite(1000)];
  reportFigure({
    bench: 'checkpoint',
    case: '1,000 steps, one save each',
    wflo_ms: j1.ms,
    baseline_ms: r1.ms,
    ratio: j1.ms / r1.ms,
    note: `baseline: whole rewrite; bytes written ${(j1.bytes / 1e6).toFixed(2)} MB vs ${(r1.bytes / 1e6).toFixed(1)} MB`,
  });
  const j5 = await journal(5000);
  reportFigure({
    bench: 'checkpoint',
    case: '5,000 steps, one save each (journal only)',
    wflo_ms: j5.ms,
    baseline_ms: j1.ms,
    ratio: j5.ms / j1.ms,
    note: `baseline: the journal at 1,000 steps; bytes written ${(j5.bytes / 1e6).toFixed(2)} MB`,
  });
});
