// Checkpoints written by the scheduler, their digest, and the local-directory store.
import { mkdtempSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  CHECKPOINT_VERSION,
  CheckpointError,
  seal,
  stepInputHash,
  unseal,
  type Checkpoint,
} from '../src/checkpoint/checkpoint.js';
import { directoryStore } from '../src/checkpoint/store.js';
import { runWorkflow } from '../src/engine/run.js';
import type { StepKind } from '../src/engine/types.js';
import { makeWorkflow, scriptedKind, services } from './support/engine-fixtures.js';
import { memoryStore, paidKind } from './support/checkpoint-fixtures.js';

const tempDir = mkdtempSync(join(tmpdir(), 'wflo-checkpoint-'));

describe('checkpoints written by a run', () => {
  it('records each step before the next one starts', async () => {
    const store = memoryStore(20);
    const seenAtStart: string[][] = [];
    const kind: StepKind = {
      kind: 'test',
      async run(ctx) {
        seenAtStart.push(store.saved.at(-1)?.checkpoint.steps.map((s) => s.id) ?? []);
        return { status: 'succeeded', outputs: { me: ctx.step.id } };
      },
    };
    const wf = makeWorkflow([{ id: 'a' }, { id: 'b' }, { id: 'c' }]);
    const result = await runWorkflow({
      workflow: wf,
      inputs: {},
      registry: new Map([['test', kind]]),
      services: services(),
      workspace: tempDir,
      tempDir,
      checkpoint: { store },
    });
    expect(result.status).toBe('succeeded');
    expect(seenAtStart).toEqual([[], ['a'], ['a', 'b']]);
    const last = store.saved.at(-1)?.checkpoint;
    expect(last?.status).toBe('succeeded');
    expect(last?.runId).toBe(result.runId);
  });

  it('keeps the step’s input hash, status, outputs, usage, cost, attempts and the ledger', async () => {
    const store = memoryStore(1);
    const paid = paidKind();
    const wf = makeWorkflow(
      [{ id: 'ask', kind: 'paid', config: { prompt: '${{ inputs.q }}', cost: 1234 } }],
      { inputs: { q: { type: 'string', required: true } }, hash: 'sha256:file' },
    );
    const result = await runWorkflow({
      workflow: wf,
      inputs: { q: 'why' },
      registry: new Map([['paid', paid]]),
      services: services(),
      workspace: tempDir,
      tempDir,
      checkpoint: { store },
    });
    const cp = store.saved.at(-1)?.checkpoint as Checkpoint;
    expect(cp.workflow).toEqual({ file: 'test.yml', name: 'test', hash: 'sha256:file' });
    expect(cp.inputs).toEqual({ q: 'why' });
    expect(cp.ledger.spentMicros).toBe(1234);
    const [step] = cp.steps;
    expect(step).toMatchObject({
      id: 'ask',
      costMicros: 1234,
      record: {
        status: 'succeeded',
        attempts: 1,
        cost_usd: 0.001234,
        outputs: { text: 'answer to why' },
        usage: { input_tokens: 10, output_tokens: 5 },
      },
    });
    const spec = wf.steps[0];
    if (!spec) throw new Error('no step');
    expect(step?.inputHash).toBe(stepInputHash(spec, { prompt: 'why', cost: 1234 }, undefined));
    expect(result.costMicros).toBe(1234);
  });
});

describe('secrets and the checkpoint', () => {
  /** One run of a step that takes a runner secret and a declared one in its env. */
  async function checkpointWith(apiKey: string, dbPassword: string): Promise<Checkpoint> {
    const store = memoryStore(1);
    const kind: StepKind = {
      kind: 'test',
      run: async () => ({ status: 'succeeded', outputs: {} }),
    };
    const wf = makeWorkflow([
      {
        id: 'deploy',
        config: {
          run: 'deploy',
          env: { OPENAI_API_KEY: '${{ env.OPENAI_API_KEY }}', DB_PASSWORD: dbPassword },
        },
      },
    ]);
    await runWorkflow({
      workflow: wf,
      inputs: {},
      registry: new Map([['test', kind]]),
      services: { ...services(), hostEnv: { OPENAI_API_KEY: apiKey } },
      workspace: tempDir,
      tempDir,
      checkpoint: { store },
    });
    return store.saved.at(-1)?.checkpoint as Checkpoint;
  }

  it('neither holds a secret nor a hash that depends on one, so a rotated key reuses the step', async () => {
    const first = await checkpointWith('sk-live-0123456789abcdef', 'hunter2!');
    expect(JSON.stringify(first)).not.toContain('sk-live-0123456789abcdef');
    const rotated = await checkpointWith('sk-live-fedcba9876543210', 'hunter3!');
    expect(rotated.steps[0]?.inputHash).toBe(first.steps[0]?.inputHash);
  });

  it('still tells apart steps whose other fields differ', async () => {
    const spec = makeWorkflow([{ id: 'a' }]).steps[0];
    if (!spec) throw new Error('no step');
    const env = { OPENAI_API_KEY: 'sk-x-123456' };
    expect(stepInputHash(spec, { run: 'make a' }, undefined, env)).not.toBe(
      stepInputHash(spec, { run: 'make b' }, undefined, env),
    );
  });
});

describe('a checkpoint that cannot be saved', () => {
  it('is a warning naming the store; the run itself goes on', async () => {
    const warnings: string[] = [];
    const kind = scriptedKind();
    const result = await runWorkflow({
      workflow: makeWorkflow([{ id: 'a' }, { id: 'b' }]),
      inputs: {},
      registry: new Map([['test', kind]]),
      services: services(),
      workspace: tempDir,
      tempDir,
      observer: { warning: (m) => warnings.push(m) },
      checkpoint: {
        store: {
          where: '/nowhere/state.json',
          load: async () => undefined,
          save: async () => {
            throw new Error('EACCES: permission denied');
          },
        },
      },
    });
    expect(result.status).toBe('succeeded');
    expect(kind.calls.map((c) => c.id)).toEqual(['a', 'b']);
    expect(warnings).toEqual([
      'the checkpoint could not be saved to /nowhere/state.json: EACCES: permission denied',
    ]);
  });
});

describe('the checkpoint digest', () => {
  const checkpoint: Checkpoint = {
    version: CHECKPOINT_VERSION,
    runId: 'r1',
    workflow: { file: 'w.yml', name: 'w', hash: 'sha256:x' },
    inputs: {},
    inputsHash: 'sha256:y',
    status: 'waiting_approval',
    ledger: { spentMicros: 10, reservedPeakMicros: 10 },
    steps: [],
    updatedAt: '2026-01-01T00:00:00.000Z',
  };

  it('does not depend on the order of keys', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: null }] })).toBe('{"a":[{"c":null,"d":2}],"b":1}');
  });

  it('reads back what it sealed', () => {
    expect(unseal(JSON.stringify(seal(checkpoint)), 'here')).toEqual(checkpoint);
  });

  it('refuses a checkpoint whose spend was edited, in one sentence', () => {
    const text = JSON.stringify(seal(checkpoint)).replace(/"spentMicros":\d+/, '"spentMicros":0');
    expect(text).toContain('"spentMicros":0');
    expect(() => unseal(text, 'in state/w.json')).toThrow(
      new CheckpointError(
        'The checkpoint in state/w.json was changed after wflo wrote it (its digest does not match), so it is not trusted; delete it to start the run over.',
      ),
    );
  });

  it('refuses a checkpoint whose digest differs from the one recorded apart', () => {
    const text = JSON.stringify(seal(checkpoint));
    expect(() => unseal(text, 'x', 'sha256:0000')).toThrow(CheckpointError);
  });

  it('refuses text that is not a checkpoint', () => {
    expect(() => unseal('{"digest":"a"}', 'x')).toThrow(/not a wflo checkpoint of version 2/);
    expect(() => unseal('{', 'x')).toThrow(/not valid JSON/);
  });
});

describe('the directory store', () => {
  it('saves, loads and refuses a tampered file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wflo-state-'));
    const store = directoryStore(dir, 'flows/a.yml');
    expect(await store.load()).toBeUndefined();
    const kind = scriptedKind();
    await runWorkflow({
      workflow: makeWorkflow([{ id: 'a', config: { outputs: { n: 1 } } }]),
      inputs: {},
      registry: new Map([['test', kind]]),
      services: services(),
      workspace: tempDir,
      tempDir,
      checkpoint: { store },
    });
    const loaded = await store.load();
    expect(loaded?.steps.map((s) => s.record.outputs)).toEqual([{ n: 1 }]);
    const text = await readFile(store.where, 'utf8');
    await writeFile(store.where, text.replace('"n":1', '"n":2'));
    await expect(store.load()).rejects.toThrow(/was changed after wflo wrote it/);
  });

  it('keeps one file per workflow file', () => {
    const dir = '/tmp/x';
    expect(directoryStore(dir, 'a.yml').where).not.toBe(directoryStore(dir, 'b/a.yml').where);
    expect(directoryStore(dir, 'a.yml').where).toBe(directoryStore(dir, 'a.yml').where);
  });
});

describe('the directory store as a journal', () => {
  const stepOf = (i: number): Checkpoint['steps'][number] => ({
    id: `s${i}`,
    inputHash: `sha256:${i}`,
    costMicros: i,
    record: {
      id: `s${i}`,
      kind: 'shell',
      status: 'succeeded',
      attempts: 1,
      cost_usd: i / 1e6,
      outputs: { n: i },
      continue_on_error: false,
    },
  });
  const checkpointOf = (steps: number, status: Checkpoint['status'] = 'running'): Checkpoint => ({
    version: CHECKPOINT_VERSION,
    runId: 'run-1',
    workflow: { file: 'a.yml', name: 'a', hash: 'sha256:wf' },
    inputs: { q: 'x' },
    inputsHash: 'sha256:in',
    status,
    ledger: { spentMicros: steps, reservedPeakMicros: steps },
    steps: Array.from({ length: steps }, (_, i) => stepOf(i)),
    updatedAt: '2026-01-01T00:00:00.000Z',
  });

  async function journalOf(steps: number): Promise<{ bytes: number; where: string }> {
    const dir = mkdtempSync(join(tmpdir(), 'wflo-journal-'));
    const store = directoryStore(dir, 'a.yml');
    for (let n = 1; n <= steps; n++) await store.save(seal(checkpointOf(n)));
    await store.save(seal(checkpointOf(steps, 'succeeded')));
    const text = await readFile(store.where, 'utf8');
    return { bytes: Buffer.byteLength(text), where: store.where };
  }

  it('writes bytes in proportion to the steps, not to their square', async () => {
    const small = await journalOf(100);
    const large = await journalOf(400);
    // Whole rewrites would write 16 times as much for 4 times the steps.
    expect(large.bytes / small.bytes).toBeLessThan(4.5);
    expect(large.bytes / small.bytes).toBeGreaterThan(3.5);
  });

  it('reads back what was saved, the last head fields and every step in order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wflo-journal-'));
    const store = directoryStore(dir, 'a.yml');
    for (let n = 1; n <= 5; n++) await store.save(seal(checkpointOf(n)));
    await store.save(seal(checkpointOf(5, 'waiting_approval')));
    expect(await directoryStore(dir, 'a.yml').load()).toEqual(checkpointOf(5, 'waiting_approval'));
  });

  it('never appends through a link planted at the journal or writes through a linked state folder in the checkout', async () => {
    const root = mkdtempSync(join(tmpdir(), 'wflo-journal-link-'));
    const checkout = join(root, 'checkout');
    const outside = join(root, 'outside.txt');
    await mkdir(join(checkout, '.wflo'), { recursive: true });
    await writeFile(outside, 'outside\n');
    const store = directoryStore(join(checkout, '.wflo'), 'a.yml', { checkout });
    await store.save(seal(checkpointOf(1)));
    // A link swapped in for the journal between two saves: the append is refused, not followed.
    await rm(store.where);
    await symlink(outside, store.where);
    await expect(store.save(seal(checkpointOf(2)))).rejects.toThrow(
      `cannot write the checkpoint to ${store.where}: it is a symbolic link, and wflo never writes its files through one`,
    );
    // The state folder itself a link out of the checkout: refused before anything is written.
    await rm(join(checkout, '.wflo'), { recursive: true });
    await symlink(root, join(checkout, '.wflo'));
    const linked = directoryStore(join(checkout, '.wflo'), 'a.yml', { checkout });
    await expect(linked.save(seal(checkpointOf(1)))).rejects.toThrow(
      'is a symbolic link inside the checkout',
    );
    expect(await readFile(outside, 'utf8')).toBe('outside\n');
    expect((await readdir(root)).sort()).toEqual(['checkout', 'outside.txt']);
  });

  it('starts the journal over on the first save of the next run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wflo-journal-'));
    const first = directoryStore(dir, 'a.yml');
    for (let n = 1; n <= 3; n++) await first.save(seal(checkpointOf(n)));
    const second = directoryStore(dir, 'a.yml');
    await second.save(seal(checkpointOf(1, 'succeeded')));
    expect(await second.load()).toEqual(checkpointOf(1, 'succeeded'));
    expect((await readFile(second.where, 'utf8')).trim().split('\n')).toHaveLength(1);
  });

  it('refuses a line edited, lines cut, or a head that names another digest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wflo-journal-'));
    const store = directoryStore(dir, 'a.yml');
    for (let n = 1; n <= 3; n++) await store.save(seal(checkpointOf(n)));
    const text = await readFile(store.where, 'utf8');
    const head = await readFile(`${store.where}.head`, 'utf8');

    await writeFile(store.where, text.replace('"n":1', '"n":7'));
    await expect(store.load()).rejects.toThrow(/its digest does not match at line 2/);

    await writeFile(store.where, text.split('\n').slice(0, 2).join('\n') + '\n');
    await expect(store.load()).rejects.toThrow(/lines are missing/);

    await writeFile(store.where, text);
    await writeFile(`${store.where}.head`, head.replace(/sha256:[0-9a-f]+/, 'sha256:00'));
    await expect(store.load()).rejects.toThrow(/the last digest is not the one its head names/);
  });

  it('ignores a line a crash left half written after the one its head names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wflo-journal-'));
    const store = directoryStore(dir, 'a.yml');
    for (let n = 1; n <= 2; n++) await store.save(seal(checkpointOf(n)));
    await writeFile(store.where, (await readFile(store.where, 'utf8')) + '{"journal":1,"dig');
    expect((await store.load())?.steps).toHaveLength(2);
  });

  it('still reads a checkpoint an earlier wflo wrote whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wflo-journal-'));
    const store = directoryStore(dir, 'a.yml');
    await writeFile(store.where, `${JSON.stringify(seal(checkpointOf(2)), null, 2)}\n`);
    expect(await store.load()).toEqual(checkpointOf(2));
  });
});

describe('the shape of a checkpoint whose digest matches', () => {
  const base = (): Checkpoint => ({
    version: CHECKPOINT_VERSION,
    runId: 'r',
    workflow: { file: 'a.yml', name: 'a', hash: 'h' },
    inputs: {},
    inputsHash: 'i',
    status: 'waiting_approval',
    ledger: { spentMicros: 5, reservedPeakMicros: 5 },
    steps: [
      {
        id: 'a',
        costMicros: 5,
        record: {
          id: 'a',
          kind: 'llm',
          status: 'succeeded',
          attempts: 1,
          cost_usd: 0.000005,
          outputs: {},
          continue_on_error: false,
        },
      },
    ],
    updatedAt: 'now',
  });
  it.each([
    [
      'a negative spend',
      (c: Checkpoint) => (c.ledger.spentMicros = -5),
      'ledger.spentMicros must be a whole number of micro-dollars, 0 or more (got -5)',
    ],
    [
      'steps that are not a list',
      (c: Checkpoint) => ((c as unknown as { steps: unknown }).steps = {}),
      'steps must be a list',
    ],
    [
      'a step without a record',
      (c: Checkpoint) => delete (c.steps[0] as { record?: unknown }).record,
      'steps[0].record must be an object',
    ],
    [
      'an unknown status',
      (c: Checkpoint) => ((c as { status: string }).status = 'paused'),
      'status must be a run status (got "paused")',
    ],
    [
      'a fractional cost',
      (c: Checkpoint) => ((c.steps[0] ?? { costMicros: 0 }).costMicros = 0.5),
      'steps[0].costMicros must be a whole number',
    ],
    ['a repeated step', (c: Checkpoint) => c.steps.push(...c.steps), "steps[1] repeats step 'a'"],
  ])('refuses %s in one sentence', (_name, edit, problem) => {
    const c = base();
    edit(c);
    const text = JSON.stringify(seal(c));
    expect(() => unseal(text, 'in st/a.json')).toThrow(
      new RegExp(
        `^The checkpoint in st/a\\.json is not one wflo can continue from: ${problem.replace(/[()[\]."]/g, '\\$&')}.*; delete it to start the run over\\.$`,
      ),
    );
  });
});
