// A run's escrow (src/pools/run-pools.ts) against a file store: what it asks for, what it
// becomes (the ledger's budget), what a continued run carries, and what it settles.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FilePoolStore } from '../src/pools/file-store.js';
import { escrowForRun, settleRun, type EscrowForRun } from '../src/pools/run-pools.js';
import { knownSchemes } from '../src/pools/stores.js';
import { parseWorkflow } from '../src/workflow/load.js';
import { dummyRegistry } from './support/workflow-registry.js';

const workflow = (budget = 2, extra = '') =>
  parseWorkflow(
    `version: 1
inputs:
  team: { type: string, default: core }
budget:
  max_usd: ${budget}
${extra}  pools:
    - { key: 'team-\${{ inputs.team }}', max_usd: 5 }
    - { key: 'pr-\${{ github.event.number }}', max_usd: 3, period: day }
steps:
  - id: a
    shell: { run: echo }
`,
    'wf.yml',
    { registry: dummyRegistry() },
  );

async function start(over: Partial<EscrowForRun> = {}) {
  const dir = await mkdtemp(path.join(tmpdir(), 'wflo-run-pools-'));
  const warnings: string[] = [];
  const escrow = await escrowForRun({
    workflow: workflow(),
    context: { inputs: { team: 'web' }, github: { event: { number: 7 } } },
    storeUrl: `file:${dir}`,
    storeContext: { env: {}, cwd: dir },
    leaseId: 'lease-1',
    holder: 'test',
    now: () => new Date('2026-12-03T10:00:00Z'),
    warn: (m) => warnings.push(m),
    ...over,
  });
  return { escrow, dir, warnings };
}

describe('escrowForRun', () => {
  it('evaluates the keys and holds min(run budget, worst case, left) from each pool', async () => {
    const { escrow } = await start({ worstCaseMicros: 1_500_000, budgetMicros: 1_800_000 });
    expect(escrow?.heldMicros).toBe(1_500_000);
    expect(escrow?.budgetMicros).toBe(1_500_000);
    expect(escrow?.pools.map((p) => [p.key, p.heldMicros])).toEqual([
      ['team-web', 1_500_000],
      ['pr-7', 1_500_000],
    ]);
  });

  it('without a known worst case holds the run budget, cut to the smallest pool', async () => {
    const { escrow } = await start({ workflow: workflow(4) });
    expect(escrow?.heldMicros).toBe(3_000_000); // pr-7 has $3
  });

  it('lets a continued run hold only what it has left to spend, and settles only its own spend', async () => {
    const { escrow, dir } = await start({ carriedMicros: 500_000 });
    expect(escrow?.heldMicros).toBe(1_500_000); // $2 budget less the $0.50 an earlier attempt spent
    expect(escrow?.budgetMicros).toBe(2_000_000); // the ledger carries the $0.50 itself
    if (!escrow) return;
    expect(await settleRun(escrow, 900_000, new Date('2026-12-03T10:05:00Z'))).toBeUndefined();
    const standings = await new FilePoolStore(dir).list(new Date('2026-12-03T10:06:00Z'));
    expect(standings.map((p) => [p.key, p.spentMicros, p.heldMicros])).toEqual([
      ['pr-7', 400_000, 0],
      ['team-web', 400_000, 0],
    ]);
  });

  it('takes nothing when the run cannot spend anything', async () => {
    const { escrow, dir } = await start({ worstCaseMicros: 0 });
    expect(escrow).toBeUndefined();
    expect(await new FilePoolStore(dir).list(new Date())).toEqual([]);
  });

  it('under run-alone, a store that fails is one warning and no hold', async () => {
    const { escrow, warnings } = await start({
      workflow: workflow(2, '  on_store_error: run-alone\n'),
      storeUrl: 'nope:x',
    });
    expect(escrow).toBeUndefined();
    expect(warnings).toEqual([
      `the budget store 'nope:x' is not one this build knows (${knownSchemes()
        .map((s) => `${s}:`)
        .join(
          ', ',
        )}); the run goes on within its own budget only (on_store_error: run-alone), so the pools do not count it`,
    ]);
  });
});
